#pragma once

// The reference reader of teleworksec/assessment/v1: parses into a DOM
// (json_dom.hpp), then walks it, every key in sorted order. It decides and
// words every error; read_assessment() (assessment_reader.hpp) is the fast
// reader, and hands any input it does not accept to this one.

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/input_error.hpp"
#include "teleworksec/io/json_dom.hpp"

namespace teleworksec {

namespace detail {

inline std::string member_path(const std::string& parent, const std::string& key) {
  return parent + "[\"" + key + "\"]";
}

class reader {
 public:
  explicit reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& problem) const {
    raise_input_error(file_, path, problem);
  }

  static std::string type_name(const json& v) {
    if (v.is_number()) return "a number";
    if (v.is_string()) return "a string";
    if (v.is_object()) return "an object";
    if (v.is_array()) return "an array";
    if (v.is_boolean()) return "a boolean";
    return "null";
  }

  // Most callers only want the check, so the result may be dropped.
  const json& object(const json& v, const std::string& path,  // NOLINT(modernize-use-nodiscard)
                     std::initializer_list<std::string_view> allowed) const {
    if (!v.is_object()) fail(path, "expected an object, got " + type_name(v));
    for (const auto& [k, value] : v.items()) {
      bool known = false;
      for (auto a : allowed) known = known || k == a;
      if (!known) {
        std::string keys;
        for (auto a : allowed) keys += (keys.empty() ? "" : ", ") + std::string{a};
        std::string problem = "unknown key \"" + k + "\"; expected one of: ";
        problem += keys;
        fail(member_path(path, k), problem);
      }
    }
    return v;
  }

  [[nodiscard]] std::string string(const json& v, const std::string& path,
                                   std::size_t max = 4096) const {
    if (!v.is_string()) fail(path, "expected a string, got " + type_name(v));
    auto s = v.get<std::string>();
    if (s.size() > max) fail(path, "string longer than " + std::to_string(max) + " bytes");
    return s;
  }

  [[nodiscard]] bool boolean(const json& v, const std::string& path) const {
    if (!v.is_boolean()) fail(path, "expected true or false, got " + type_name(v));
    return v.get<bool>();
  }

  /// A value of a named enum, spelled as its names table says files spell it.
  template <named_enum Enum>
  [[nodiscard]] Enum choice(const json& v, const std::string& path) const {
    const auto s = string(v, path);
    if (const auto value = from_string<Enum>(s)) return *value;
    std::string list;
    for (const auto& n : enum_names<Enum>::table) {
      if (n.in_files) list += (list.empty() ? "" : ", ") + std::string{n.id};
    }
    fail(path, "\"" + s + "\" is not one of: " + list);
  }


  /// An exclusion's "approved_by" and "expires" (YYYY-MM-DD) into e, where
  /// `excludes` says whether the entry is an exclusion; `what` names the
  /// entries that are, for the message.
  template <class Entry>
  void exclusion_terms(const json& v, const std::string& path, bool excludes,
                       std::string_view what, Entry& e) const {
    for (const char* key : {"approved_by", "expires"}) {
      if (v.contains(key) && !excludes) {
        fail(member_path(path, key), "only " + std::string{what} + " has \"" + key + "\"");
      }
    }
    if (v.contains("approved_by")) {
      e.approved_by = string(v["approved_by"], member_path(path, "approved_by"), 200);
    }
    if (v.contains("expires")) {
      e.expires = string(v["expires"], member_path(path, "expires"), 100);
      if (!valid_date(e.expires)) {
        fail(member_path(path, "expires"),
             "\"" + e.expires + "\" is not a date; expected YYYY-MM-DD");
      }
    }
  }

 private:
  std::string file_;
};




// A diagnosis check's "sources": [{"scan", "file", "not_covered"?}, …].
inline void read_sources(const reader& in, const json& list, const std::string& path,
                         check_entry& e) {
  if (!list.is_array()) {
    in.fail(path, "expected an array of scan sources, got " + reader::type_name(list));
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto at = path + "[" + std::to_string(i) + "]";
    in.object(list[i], at, {"scan", "file", "not_covered"});
    for (const char* key : {"scan", "file"}) {
      if (!list[i].contains(key)) {
        in.fail(at, std::string{"missing key \""} + key +
                        "\" (a scan source is {\"scan\": ID, \"file\": NAME})");
      }
    }
    scan_source src;
    src.scan = in.string(list[i]["scan"], member_path(at, "scan"), 200);
    src.file = in.string(list[i]["file"], member_path(at, "file"));
    if (src.scan.empty()) in.fail(member_path(at, "scan"), "empty; expected a scan ID");
    if (src.file.empty()) in.fail(member_path(at, "file"), "empty; expected a scan file name");
    if (list[i].contains("not_covered")) {
      src.not_covered = in.string(list[i]["not_covered"], member_path(at, "not_covered"));
    }
    for (const auto& seen : e.sources) {
      if (seen.scan == src.scan) {
        in.fail(member_path(at, "scan"), "duplicate source \"" + src.scan + "\"");
      }
    }
    e.sources.push_back(std::move(src));
  }
}

// The "decisions" of a policy catalog (csaj-home-2018).
template <class Catalog>
void read_decisions(Catalog c, const reader& in, const json& decisions,
                    assessment_document& doc) {
  const std::string path = "$[\"decisions\"]";
  if (!decisions.is_object()) {
    in.fail(path, "expected an object, got " + reader::type_name(decisions));
  }
  for (const auto& [id, v] : decisions.items()) {
    const auto at = member_path(path, id);
    if (id.rfind(std::string{Catalog::id} + "/", 0) != 0 || !find_answer(c, id)) {
      in.fail(at, "unknown statement ID \"" + id + "\"; expected " + answer_id_form<Catalog>() +
                      " of catalog " + std::string{Catalog::id});
    }
    decision_entry e;
    if (!v.is_object()) {
      e.value = in.choice<decision>(v, at);
      if (e.value == decision::planned) {
        in.fail(at, "\"planned\" needs the object form with a \"deadline\" (YYYY-MM-DD)");
      }
      if (e.value == decision::not_needed) {
        in.fail(at, "\"not_needed\" needs the object form with a \"justification\"");
      }
      doc.decisions[id] = std::move(e);
      continue;
    }
    e.object_form = true;
    in.object(v, at, {"decision", "deadline", "justification", "impact", "note", "approved_by",
                      "expires"});
    if (!v.contains("decision")) {
      in.fail(at, "missing key \"decision\" (implemented, planned or not_needed)");
    }
    e.value = in.choice<decision>(v["decision"], member_path(at, "decision"));
    if (v.contains("deadline")) {
      e.deadline = in.string(v["deadline"], member_path(at, "deadline"), 100);
      if (!valid_date(e.deadline)) {
        in.fail(member_path(at, "deadline"),
                "\"" + e.deadline + "\" is not a date; expected YYYY-MM-DD");
      }
    }
    if ((e.value == decision::planned) != v.contains("deadline")) {
      in.fail(member_path(at, "deadline"), e.value == decision::planned
                                               ? "missing: a planned statement needs a deadline"
                                               : "only a planned statement has a deadline");
    }
    if (v.contains("justification")) {
      e.justification = in.string(v["justification"], member_path(at, "justification"));
    }
    if ((e.value == decision::not_needed) != !e.justification.empty()) {
      in.fail(member_path(at, "justification"),
              e.value == decision::not_needed
                  ? "missing or empty: tailoring a statement out needs a justification (003 §4.5)"
                  : "only a statement decided not_needed has a justification");
    }
    in.exclusion_terms(v, at, e.value == decision::not_needed,
                       "a statement decided not_needed (tailored out)", e);
    if (v.contains("note")) e.note = in.string(v["note"], member_path(at, "note"));
    if (v.contains("impact")) {
      const auto i_path = member_path(at, "impact");
      const auto& impacts = in.object(v["impact"], i_path,
                                      {"confidentiality", "integrity", "availability",
                                       "non_repudiation"});
      for (std::size_t k = 0; k < aspect_count; ++k) {
        const auto name = std::string{to_string(static_cast<aspect>(k))};
        if (impacts.contains(name)) {
          e.impacts[k] = in.choice<impact>(impacts[name], member_path(i_path, name));
        }
      }
    }
    doc.decisions[id] = std::move(e);
  }
}

template <class Catalog>
void read_sections(Catalog c, const reader& in, const json& root, assessment_document& doc) {
  const std::string qualifier = answers_prefix<Catalog>();
  if constexpr (!certification_kind_v<Catalog>) {
    if (doc.policy == evidence_policy::audit) {
      in.fail("$[\"policy\"]", "catalog " + std::string{Catalog::id} +
                                    " is a self-assessment; expected \"self_assessment\"");
    }
    for (const char* key : {"overrides", "diagnosis"}) {
      if (root.contains(key)) {
        in.fail(member_path("$", key), "catalog " + std::string{Catalog::id} + " has no " + key +
                                           "; they belong to certification-v2");
      }
    }
  }
  if constexpr (Catalog::kind == catalog_kind::policy) {
    if (root.contains("answers")) {
      in.fail("$[\"answers\"]", "catalog " + std::string{Catalog::id} +
                                     " takes \"decisions\" (implemented, planned, not_needed), "
                                     "not answers");
    }
    if (root.contains("decisions")) read_decisions(c, in, root["decisions"], doc);
  } else if (root.contains("decisions")) {
    in.fail("$[\"decisions\"]", "catalog " + std::string{Catalog::id} +
                                     " takes \"answers\"; decisions belong to csaj-home-2018");
  }
  if (root.contains("facility")) {
    const auto& facility = in.object(root["facility"], "$[\"facility\"]", {"name", "facts"});
    if (facility.contains("name")) {
      doc.facility_name = in.string(facility["name"], "$[\"facility\"][\"name\"]", 200);
    }
    if (facility.contains("facts")) {
      const std::string path = "$[\"facility\"][\"facts\"]";
      const auto& facts = facility["facts"];
      if (!facts.is_object()) in.fail(path, "expected an object, got " + reader::type_name(facts));
      for (const auto& [k, v] : facts.items()) {
        if (!find_fact(c, k)) {
          std::string known;
          for (const auto& f : facts_of(c)) {
            known += (known.empty() ? "" : ", ") + std::string{f.id};
          }
          std::string problem = "unknown fact \"" + k + "\"; expected ";
          problem += known.empty() ? "none: catalog " + std::string{Catalog::id} + " has no facts"
                                   : "one of: " + known;
          in.fail(member_path(path, k), problem);
        }
        doc.facts[k] = in.boolean(v, member_path(path, k));
      }
    }
  }
  if (root.contains("answers")) {
    const std::string path = "$[\"answers\"]";
    const auto& answers = root["answers"];
    if (!answers.is_object()) in.fail(path, "expected an object, got " + reader::type_name(answers));
    for (const auto& [id, v] : answers.items()) {
      const auto at = member_path(path, id);
      bool known = false;
      if constexpr (certification_kind_v<Catalog>) {
        known = find_question(c, id).has_value();
      } else {
        known = find_answer(c, id).has_value();
      }
      if (id.rfind(qualifier, 0) != 0 || !known) {
        std::string problem = "unknown question ID \"" + id + "\"; expected ";
        problem += answer_id_form<Catalog>() + " of catalog ";
        problem += Catalog::id;
        in.fail(at, problem);
      }
      answer_entry e;
      if (v.is_object()) {
        e.object_form = true;
        in.object(v, at, {"answer", "evidence", "reason", "approved_by", "expires"});
        if (!v.contains("answer")) in.fail(at, "missing key \"answer\" (yes, no or na)");
        e.value = in.choice<answer>(v["answer"], member_path(at, "answer"));
        in.exclusion_terms(v, at, e.value == answer::not_applicable, "an \"na\" answer", e);
        if (v.contains("reason")) e.reason = in.string(v["reason"], member_path(at, "reason"));
        if (v.contains("evidence")) {
          const auto ev_path = member_path(at, "evidence");
          const auto& list = v["evidence"];
          if (!list.is_array()) {
            in.fail(ev_path, "expected an array of {kind, ref}, got " + reader::type_name(list));
          }
          for (std::size_t i = 0; i < list.size(); ++i) {
            const auto item_path = ev_path + "[" + std::to_string(i) + "]";
            in.object(list[i], item_path, {"kind", "ref"});
            if (!list[i].contains("kind")) in.fail(item_path, "missing key \"kind\"");
            if (!list[i].contains("ref")) in.fail(item_path, "missing key \"ref\"");
            e.evidence.push_back({in.choice<evidence_kind>(list[i]["kind"], member_path(item_path, "kind")),
                                  in.string(list[i]["ref"], member_path(item_path, "ref"))});
          }
        }
      } else {
        e.value = in.choice<answer>(v, at);
      }
      doc.answers[id] = std::move(e);
    }
  }
  if (certification_kind_v<Catalog> && root.contains("overrides")) {
    const std::string path = "$[\"overrides\"]";
    const auto& overrides = root["overrides"];
    if (!overrides.is_object()) {
      in.fail(path, "expected an object, got " + reader::type_name(overrides));
    }
    for (const auto& [id, v] : overrides.items()) {
      const auto at = member_path(path, id);
      if (!find_override(c, id)) {
        in.fail(at, "unknown ID \"" + id + "\"; expected " +
                        std::string{override_id(c, 0).view()} + " and so on");
      }
      in.object(v, at, {"status", "by", "note", "approved_by", "expires"});
      if (!v.contains("status")) in.fail(at, "missing key \"status\"");
      override_entry e;
      e.value = in.choice<status>(v["status"], member_path(at, "status"));
      in.exclusion_terms(v, at, true, "an exclusion", e);
      if (v.contains("by")) e.by = in.string(v["by"], member_path(at, "by"), 200);
      if (v.contains("note")) e.note = in.string(v["note"], member_path(at, "note"));
      doc.overrides[id] = std::move(e);
    }
  }
  if (root.contains("diagnosis")) {
    const std::string path = "$[\"diagnosis\"]";
    if constexpr (!has_diagnosis_v<Catalog>) {
      in.fail(path, "catalog " + std::string{Catalog::id} +
                        " has no diagnosis; rate the answers with certification-v2 to add one");
    } else {
      const auto& diagnosis = root["diagnosis"];
      if (!diagnosis.is_object()) {
        in.fail(path, "expected an object, got " + reader::type_name(diagnosis));
      }
      doc.has_diagnosis = true;
      for (const auto& [id, v] : diagnosis.items()) {
        const auto at = member_path(path, id);
        if (!find_check(c, id)) {
          in.fail(at, "unknown check ID \"" + id + "\"; expected " +
                          std::string{Catalog::program_catalog::id} + "/vuln/1 … /vuln/" +
                          std::to_string(Catalog::check_count));
        }
        check_entry e;
        if (v.is_object()) {
          e.object_form = true;
          in.object(v, at, {"status", "findings", "note", "sources"});
          if (!v.contains("status")) in.fail(at, "missing key \"status\"");
          e.status = in.choice<check_outcome::kind>(v["status"], member_path(at, "status"));
          if (v.contains("note")) e.note = in.string(v["note"], member_path(at, "note"));
          if (v.contains("sources")) read_sources(in, v["sources"], member_path(at, "sources"), e);
          if (v.contains("findings")) {
            const auto f_path = member_path(at, "findings");
            const auto& list = v["findings"];
            if (!list.is_array()) {
              in.fail(f_path, "expected an array of findings, got " + reader::type_name(list));
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
              const auto item_path = f_path + "[" + std::to_string(i) + "]";
              in.object(list[i], item_path, {"severity", "title", "ref", "scan"});
              if (!list[i].contains("severity")) {
                in.fail(item_path, "missing key \"severity\" (low, medium, high or urgent)");
              }
              finding_entry f;
              f.level = in.choice<severity>(list[i]["severity"], member_path(item_path, "severity"));
              if (list[i].contains("title")) {
                f.title = in.string(list[i]["title"], member_path(item_path, "title"));
              }
              if (list[i].contains("ref")) {
                f.ref = in.string(list[i]["ref"], member_path(item_path, "ref"));
              }
              if (list[i].contains("scan")) {
                f.scan = in.string(list[i]["scan"], member_path(item_path, "scan"), 200);
                if (std::none_of(e.sources.begin(), e.sources.end(),
                                 [&](const scan_source& src) { return src.scan == f.scan; })) {
                  in.fail(member_path(item_path, "scan"),
                          "\"" + f.scan + "\" is not among the check's sources");
                }
              }
              e.findings.push_back(std::move(f));
            }
          }
          if (e.status == check_outcome::kind::findings && e.findings.empty()) {
            in.fail(member_path(at, "findings"),
                    "status \"findings\" needs at least one finding with a severity");
          }
          if (e.status != check_outcome::kind::findings && !e.findings.empty()) {
            in.fail(member_path(at, "findings"),
                    "findings are only allowed with status \"findings\"");
          }
        } else {
          e.status = in.choice<check_outcome::kind>(v, at);
          if (e.status == check_outcome::kind::findings) {
            in.fail(at, "\"findings\" needs the object form with a findings array");
          }
        }
        doc.diagnosis[id] = std::move(e);
      }
    }
  }
}

}  // namespace detail

/// Reads a teleworksec/assessment/v1 document for one of `Catalogs` by way of
/// a DOM: the reference for read_assessment(), which gives the same document
/// and the same errors, faster. `file` names the input in messages. Throws
/// input_error.
template <class Catalogs = catalogs::all>
assessment_document read_assessment_dom(std::string_view text, const std::string& file) {
  const auto root = parse_json(text, file);
  const detail::reader in{file};
  in.object(root, "$",
            {"schema", "catalog", "policy", "date", "facility", "answers", "overrides",
             "diagnosis", "decisions"});
  if (!root.contains("schema")) {
    in.fail("$", "missing key \"schema\"; expected \"" + std::string{assessment_schema} + "\"");
  }
  if (in.string(root["schema"], "$[\"schema\"]") != assessment_schema) {
    in.fail("$[\"schema\"]", "expected \"" + std::string{assessment_schema} + "\", got \"" +
                                 root["schema"].get<std::string>() + "\"");
  }
  assessment_document doc;
  if (!root.contains("catalog")) in.fail("$", "missing key \"catalog\"");
  doc.catalog = in.string(root["catalog"], "$[\"catalog\"]", 100);
  if (root.contains("policy")) {
    doc.policy = in.choice<evidence_policy>(root["policy"], "$[\"policy\"]");
  }
  if (root.contains("date")) {
    doc.date = in.string(root["date"], "$[\"date\"]", 100);
    if (!valid_date(doc.date)) {
      in.fail("$[\"date\"]", "\"" + doc.date + "\" is not a date; expected YYYY-MM-DD");
    }
  }
  const bool known = visit_catalog<Catalogs>(doc.catalog, [&](auto catalog) {
    detail::read_sections(catalog, in, root, doc);
  });
  if (!known) {
    std::string list;
    for (auto id : Catalogs::ids) list += (list.empty() ? "" : ", ") + std::string{id};
    in.fail("$[\"catalog\"]", "unknown catalog \"" + doc.catalog + "\"; expected one of: " + list);
  }
  return doc;
}

}  // namespace teleworksec
