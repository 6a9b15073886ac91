#pragma once

// Optional JSON layer (needs nlohmann/json): reads teleworksec/assessment/v1
// files into the core assessment and writes teleworksec/result/v1. The only
// header that allocates and throws: every problem with an input is an
// input_error naming the file, the JSON path and what was expected.

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "teleworksec/teleworksec.hpp"

namespace teleworksec {

/// Bad input: names the file, the JSON path ($.answers["…"]) and the problem.
class input_error : public std::runtime_error {
 public:
  input_error(std::string file, std::string path, std::string problem)
      : std::runtime_error(file + ": " + (path.empty() ? "" : path + ": ") + problem),
        file_(std::move(file)),
        path_(std::move(path)),
        problem_(std::move(problem)) {}
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] const std::string& problem() const noexcept { return problem_; }

 private:
  std::string file_;
  std::string path_;
  std::string problem_;
};

#if !defined(__cpp_exceptions)
/// Built without exceptions (-fno-exceptions, as examples/wasm is), a bad input
/// goes here instead of being thrown: the program defines this handler, which
/// must not return (e.g. it calls into the host to abandon the call).
[[noreturn]] void on_input_error(const input_error& error) noexcept;
#endif

namespace detail {

// Every bad input leaves the JSON layer through here.
[[noreturn]] inline void raise_input_error(std::string file, std::string path,
                                           std::string problem) {
#if defined(__cpp_exceptions)
  throw input_error(std::move(file), std::move(path), std::move(problem));
#else
  on_input_error(input_error(std::move(file), std::move(path), std::move(problem)));
#endif
}

}  // namespace detail

/// Limits of the reader: larger or deeper inputs are rejected, not parsed.
inline constexpr std::size_t max_input_bytes = std::size_t{16} << 20;
inline constexpr std::size_t max_nesting = 32;

namespace detail {

using json = nlohmann::json;

// A SAX handler that builds the document like nlohmann's own, but rejects
// duplicate keys and deep nesting, and remembers where it is for messages.
class strict_builder {
 public:
  explicit strict_builder(std::string file) : file_(std::move(file)) {}

  bool null() { return put(json(nullptr)); }
  bool boolean(bool v) { return put(json(v)); }
  bool number_integer(json::number_integer_t v) { return put(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return put(json(v)); }
  bool string(json::string_t& v) { return put(json(v)); }
  bool binary(json::binary_t& v) { return put(json::binary(v)); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(json::string_t& k) {
    auto& frame = stack_.back();
    frame.has_key = false;  // the path is the object's own until the new key is accepted
    if (frame.value->contains(k)) {
      raise_input_error(file_, path() + member(k), "duplicate key \"" + k + "\"");
    }
    frame.key = k;
    frame.has_key = true;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: …"
    if (const auto at = what.find("] "); at != std::string::npos) what = what.substr(at + 2);
    raise_input_error(file_, path(), "not valid JSON: " + printable(what));
  }

  // The parser quotes the bytes it read last ("last read: '…'"), which may be
  // ill-formed UTF-8 or control characters: those become \xNN, so a message
  // is always clean UTF-8 (terminals, logs, JSON reports).
  static std::string printable(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      std::size_t len = b < 0x80                    ? 1
                        : b >= 0xC2 && b <= 0xDF    ? 2
                        : b >= 0xE0 && b <= 0xEF    ? 3
                        : b >= 0xF0 && b <= 0xF4    ? 4
                                                    : 0;
      for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) len = 0;
      }
      if (len > 2) {
        // The second byte's narrower ranges: no overlong forms, no surrogates,
        // nothing above U+10FFFF (what nlohmann/json's writer accepts).
        const auto second = static_cast<unsigned char>(s[i + 1]);
        if ((b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) ||
            (b == 0xF0 && second < 0x90) || (b == 0xF4 && second > 0x8F)) {
          len = 0;
        }
      }
      if (len == 0 || (len == 1 && (b < 0x20 || b == 0x7F))) {
        char hex[5];
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(b));
        out += hex;
        ++i;
        continue;
      }
      out.append(s, i, len);
      i += len;
    }
    return out;
  }

  json result() { return std::move(root_); }

 private:
  struct stack_frame {
    json* value;
    std::string key;
    bool has_key = false;
  };

  static std::string member(const std::string& k) { return "[\"" + k + "\"]"; }

  // The path of the value being read: an open array's last element is the
  // container being filled, except in the innermost array, where the next
  // element is the one being read.
  [[nodiscard]] std::string path() const {
    std::string p = "$";
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      const auto& f = stack_[i];
      if (f.value->is_object()) {
        if (f.has_key) p += member(f.key);
      } else {
        // Appended piece by piece: g++ 12 at -O3 reports "[" + std::string as
        // an overlapping copy (a false -Wrestrict, GCC bug 105651).
        const bool innermost = i + 1 == stack_.size();
        p += '[';
        p += std::to_string(f.value->size() - (innermost ? 0 : 1));
        p += ']';
      }
    }
    return p;
  }

  // A member's value is complete: until the next key, the path is the object's.
  void value_done() {
    if (!stack_.empty()) stack_.back().has_key = false;
  }

  json* place(json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    auto& f = stack_.back();
    if (f.value->is_array()) {
      f.value->push_back(std::move(v));
      return &f.value->back();
    }
    auto& slot = (*f.value)[f.key];
    slot = std::move(v);
    return &slot;
  }
  bool put(json v) {
    place(std::move(v));
    value_done();
    return true;
  }
  bool open(json v) {
    if (stack_.size() >= max_nesting) {
      raise_input_error(file_, path(),
                        "nesting deeper than " + std::to_string(max_nesting) + " levels");
    }
    stack_.push_back({place(std::move(v)), {}, false});
    return true;
  }
  bool close() {
    stack_.pop_back();
    value_done();
    return true;
  }

  std::string file_;
  json root_;
  std::vector<stack_frame> stack_;
};

}  // namespace detail

/// Parses JSON text strictly (size, nesting and duplicate keys checked).
inline nlohmann::json parse_json(std::string_view text, const std::string& file) {
  if (text.size() > max_input_bytes) {
    detail::raise_input_error(file, "",
                              "larger than " + std::to_string(max_input_bytes >> 20) +
                                  " MiB; an assessment is a few kilobytes");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    detail::raise_input_error(file, "", "empty; expected a JSON object");
  }
  detail::strict_builder builder{file};
  nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
  return builder.result();
}

/// One piece of evidence for a "yes": its kind and an opaque reference.
struct evidence_ref {
  evidence_kind kind = evidence_kind::document;
  std::string ref;
  friend bool operator==(const evidence_ref&, const evidence_ref&) = default;
};

/// An answer as written in the file, with what the engine does not need.
struct answer_entry {
  answer value = answer::unanswered;
  std::vector<evidence_ref> evidence;
  std::string reason;
  bool object_form = false;  ///< written as {"answer": …} rather than "yes"
  friend bool operator==(const answer_entry&, const answer_entry&) = default;
};

/// One finding of a diagnosis check.
struct finding_entry {
  severity level = severity::low;
  std::string title;
  std::string ref;
  std::string scan;  ///< the imported scan it came from (its ID); empty: entered by hand
  friend bool operator==(const finding_entry&, const finding_entry&) = default;
};

/// A scan an importer read for a check: its identity, the file it was read
/// from, and, when the scan did not test the check, why.
struct scan_source {
  std::string scan;          ///< "nmap:" and a hash of the scan's bytes
  std::string file;          ///< the name it was imported under (first import)
  std::string not_covered;   ///< empty: the scan decided the check
  friend bool operator==(const scan_source&, const scan_source&) = default;
};

/// A diagnosis check as written in the file.
struct check_entry {
  check_outcome::kind status = check_outcome::kind::not_performed;
  std::vector<finding_entry> findings;
  std::string note;
  std::vector<scan_source> sources;  ///< scans an importer read; empty: set by hand
  bool object_form = false;
  friend bool operator==(const check_entry&, const check_entry&) = default;
};

/// Why a diagnosis check is not performed, in words for its reader: each
/// scan's reason, the note of a status set by hand, or that the file has no
/// entry (`e` null).
inline std::vector<std::string> why_not_performed(const check_entry* e) {
  if (e == nullptr) return {"not in the assessment's diagnosis"};
  std::vector<std::string> why;
  for (const auto& src : e->sources) {
    if (!src.not_covered.empty()) why.push_back(src.file + ": " + src.not_covered);
  }
  if (!e->note.empty()) why.push_back(e->note);
  if (why.empty()) why.emplace_back("set to not_performed by hand");
  return why;
}

/// Whether a finding sets its check's grade: it has the check's worst severity.
inline bool sets_grade(const check_entry& e, const finding_entry& f) {
  return std::none_of(e.findings.begin(), e.findings.end(),
                      [&](const finding_entry& other) { return other.level > f.level; });
}

/// An inspector's override of a measure's status.
struct override_entry {
  teleworksec::status value = teleworksec::status::noncompliant;
  std::string by;
  std::string note;
  friend bool operator==(const override_entry&, const override_entry&) = default;
};

/// A policy statement's decision as written in the file (csaj-home-2018).
struct decision_entry {
  teleworksec::decision value = decision::undecided;
  std::string deadline;       ///< YYYY-MM-DD; planned statements only, and required there
  std::string justification;  ///< not_needed statements only, and required there
  std::array<teleworksec::impact, aspect_count> impacts{};
  std::string note;
  bool object_form = false;  ///< written as {"decision": …} rather than "implemented"
  friend bool operator==(const decision_entry&, const decision_entry&) = default;
};

/// A teleworksec/assessment/v1 document, as read (IDs validated for its catalog).
struct assessment_document {
  std::string catalog;
  evidence_policy policy = evidence_policy::self_assessment;
  std::string date;  ///< YYYY-MM-DD, or empty
  std::string facility_name;
  std::map<std::string, bool> facts;
  std::map<std::string, answer_entry> answers;
  std::map<std::string, override_entry> overrides;
  std::map<std::string, check_entry> diagnosis;
  bool has_diagnosis = false;  ///< the file has a "diagnosis" object
  std::map<std::string, decision_entry> decisions;  ///< policy catalogs only
  friend bool operator==(const assessment_document&, const assessment_document&) = default;
};

/// Whether `d` is a calendar date written YYYY-MM-DD.
inline bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  const int y = std::stoi(d.substr(0, 4));
  const int m = std::stoi(d.substr(5, 2));
  const int day = std::stoi(d.substr(8, 2));
  if (m < 1 || m > 12 || day < 1) return false;
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return day <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

inline constexpr std::string_view assessment_schema = "teleworksec/assessment/v1";
inline constexpr std::string_view result_schema = "teleworksec/result/v1";

/// Calls f with the catalog tag named `id` among `Catalogs` (by default the
/// shipped ones, catalogs::all); returns false when none has that id.
template <class Catalogs = catalogs::all, class F>
bool visit_catalog(std::string_view id, F&& f) {
  return Catalogs::visit(id, std::forward<F>(f));
}

/// The calendar day of a valid YYYY-MM-DD date, or 0 for an empty one.
inline calendar_day day_of(const std::string& date) {
  if (date.empty()) return 0;
  return static_cast<calendar_day>(std::stoul(date.substr(0, 4)) * 10000 +
                                   std::stoul(date.substr(5, 2)) * 100 +
                                   std::stoul(date.substr(8, 2)));
}

/// The YYYY-MM-DD text of a calendar day.
inline std::string date_text(calendar_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

namespace detail {
template <class Catalog>
constexpr bool certification_kind_v = Catalog::kind == catalog_kind::certification;

/// What the IDs of a catalog's answers start with: certification-v2 is
/// answered with the coworking-v2 questions.
template <class Catalog>
std::string answers_prefix() {
  if constexpr (certification_kind_v<Catalog>) {
    return std::string{Catalog::checklist.id} + "/";
  } else {
    return std::string{Catalog::id} + "/";
  }
}

/// How the IDs of a catalog's answers look, for messages.
template <class Catalog>
std::string answer_id_form() {
  const std::string prefix = answers_prefix<Catalog>();
  if constexpr (Catalog::kind == catalog_kind::self_check) {
    std::string roles;
    for (const auto& r : Catalog::catalog.roles) {
      if (!roles.empty()) roles += "|";
      roles += r.id;
    }
    return prefix + "<" + roles + ">/<no>";
  }
  switch (Catalog::kind) {
    case catalog_kind::certification:
      return prefix + "<category>.<measure>.<n>";
    case catalog_kind::self_check:
    case catalog_kind::policy:
      return prefix + "<section>.<n>";
    case catalog_kind::risk:
      break;
  }
  return prefix + "<group>.<n>";
}
}  // namespace detail

/// The ID an override is keyed by: the audit item for certification-v2, the
/// measure for a checklist-only catalog.
template <class Catalog>
id_string override_id(Catalog c, std::size_t m) {
  if constexpr (!detail::certification_kind_v<Catalog>) {
    return {};  // only certification catalogs take overrides
  } else if constexpr (has_diagnosis_v<Catalog>) {
    return audit_item_id(c, m);
  } else {
    return measure_id(c, m);
  }
}

/// The measure index of an override ID (see override_id), or nothing.
template <class Catalog>
std::optional<std::size_t> find_override(Catalog c, std::string_view id) {
  if constexpr (!detail::certification_kind_v<Catalog>) {
    return std::nullopt;
  } else if constexpr (has_diagnosis_v<Catalog>) {
    return find_audit_item(c, id);
  } else {
    const auto prefix = std::string{Catalog::checklist.id} + "/";
    return id.substr(0, prefix.size()) == prefix ? find_measure(c, id) : std::nullopt;
  }
}


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



 private:
  std::string file_;
};




// The "decisions" of a policy catalog (csaj-home-2018).
// A diagnosis check's "sources" as the assessment and the result write them.
inline json sources_json(const check_entry& e) {
  auto list = json::array();
  for (const auto& src : e.sources) {
    auto& row = list.emplace_back(json{{"scan", src.scan}, {"file", src.file}});
    if (!src.not_covered.empty()) row["not_covered"] = src.not_covered;
  }
  return list;
}

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
    in.object(v, at, {"decision", "deadline", "justification", "impact", "note"});
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
        in.object(v, at, {"answer", "evidence", "reason"});
        if (!v.contains("answer")) in.fail(at, "missing key \"answer\" (yes, no or na)");
        e.value = in.choice<answer>(v["answer"], member_path(at, "answer"));
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
      in.object(v, at, {"status", "by", "note"});
      if (!v.contains("status")) in.fail(at, "missing key \"status\"");
      override_entry e;
      e.value = in.choice<status>(v["status"], member_path(at, "status"));
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

/// Reads a teleworksec/assessment/v1 document for one of `Catalogs`. `file`
/// names the input in messages. Throws input_error.
template <class Catalogs = catalogs::all>
assessment_document read_assessment(std::string_view text, const std::string& file) {
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

/// Writes an assessment document back (round trip: reading the output gives
/// an equal document).
template <class Catalogs = catalogs::all>
nlohmann::json to_json(const assessment_document& doc) {
  nlohmann::json j;
  j["schema"] = assessment_schema;
  j["catalog"] = doc.catalog;
  j["policy"] = to_string(doc.policy);
  if (!doc.date.empty()) j["date"] = doc.date;
  auto& facility = j["facility"] = nlohmann::json::object();
  if (!doc.facility_name.empty()) facility["name"] = doc.facility_name;
  facility["facts"] = nlohmann::json::object();
  for (const auto& [k, v] : doc.facts) facility["facts"][k] = v;
  auto answers = nlohmann::json::object();
  for (const auto& [id, e] : doc.answers) {
    if (!e.object_form) {
      answers[id] = to_string(e.value);
      continue;
    }
    auto& a = answers[id] = {{"answer", to_string(e.value)}};
    if (!e.reason.empty()) a["reason"] = e.reason;
    if (!e.evidence.empty()) {
      a["evidence"] = nlohmann::json::array();
      for (const auto& ev : e.evidence) {
        a["evidence"].push_back({{"kind", to_string(ev.kind)}, {"ref", ev.ref}});
      }
    }
  }
  // A policy catalog takes decisions, every other catalog answers: each writes
  // its own, even none.
  bool policy_catalog = false;
  visit_catalog<Catalogs>(doc.catalog, [&](auto c) {
    policy_catalog = decltype(c)::kind == catalog_kind::policy;
  });
  if (!policy_catalog) j["answers"] = std::move(answers);
  if (!doc.overrides.empty()) {
    for (const auto& [id, e] : doc.overrides) {
      auto& o = j["overrides"][id] = {{"status", to_string(e.value)}};
      if (!e.by.empty()) o["by"] = e.by;
      if (!e.note.empty()) o["note"] = e.note;
    }
  }
  if (policy_catalog) {
    j["decisions"] = nlohmann::json::object();
    for (const auto& [id, e] : doc.decisions) {
      if (!e.object_form) {
        j["decisions"][id] = to_string(e.value);
        continue;
      }
      auto& d = j["decisions"][id] = {{"decision", to_string(e.value)}};
      if (!e.deadline.empty()) d["deadline"] = e.deadline;
      if (!e.justification.empty()) d["justification"] = e.justification;
      if (!e.note.empty()) d["note"] = e.note;
      for (std::size_t k = 0; k < aspect_count; ++k) {
        if (e.impacts[k] != impact::unrated) {
          d["impact"][std::string{to_string(static_cast<aspect>(k))}] = to_string(e.impacts[k]);
        }
      }
    }
  }
  if (doc.has_diagnosis) {
    auto& diagnosis = j["diagnosis"] = nlohmann::json::object();
    for (const auto& [id, e] : doc.diagnosis) {
      if (!e.object_form) {
        diagnosis[id] = to_string(e.status);
        continue;
      }
      auto& d = diagnosis[id] = {{"status", to_string(e.status)}};
      if (!e.note.empty()) d["note"] = e.note;
      if (!e.sources.empty()) d["sources"] = detail::sources_json(e);
      if (!e.findings.empty()) {
        d["findings"] = nlohmann::json::array();
        for (const auto& f : e.findings) {
          nlohmann::json fj{{"severity", to_string(f.level)}};
          if (!f.title.empty()) fj["title"] = f.title;
          if (!f.ref.empty()) fj["ref"] = f.ref;
          if (!f.scan.empty()) fj["scan"] = f.scan;
          d["findings"].push_back(std::move(fj));
        }
      }
    }
  }
  return j;
}

/// The core assessment of a document read for a self-check, policy or risk
/// catalog: self_check_assessment, policy_assessment or risk_assessment.
template <class Catalog>
  requires(!detail::certification_kind_v<Catalog>)
auto to_assessment(Catalog c, const assessment_document& doc) {
  if constexpr (Catalog::kind == catalog_kind::policy) {
    policy_assessment<Catalog> a{};
    a.evaluated_on = day_of(doc.date);
    for (const auto& [id, e] : doc.decisions) {
      const auto n = *find_answer(c, id);
      a.decide(n, e.value, day_of(e.deadline));
      for (std::size_t k = 0; k < aspect_count; ++k) {
        a.rate_impact(n, static_cast<aspect>(k), e.impacts[k]);
      }
    }
    return a;
  } else {
    const auto fill = [&](auto a) {
      for (const auto& [id, value] : doc.facts) a.set_fact(*find_fact(c, id), value);
      for (const auto& [id, e] : doc.answers) a.set_answer(*find_answer(c, id), e.value);
      return a;
    };
    if constexpr (Catalog::kind == catalog_kind::self_check) {
      return fill(self_check_assessment<Catalog>{});
    } else {
      return fill(risk_assessment<Catalog>{});
    }
  }
}

/// The core assessment of a document read for a certification catalog.
template <class Catalog>
  requires detail::certification_kind_v<Catalog>
certification_assessment<Catalog> to_assessment(Catalog c, const assessment_document& doc) {
  certification_assessment<Catalog> a{};
  a.policy = doc.policy;
  for (const auto& [id, value] : doc.facts) a.set_fact(*find_fact(c, id), value);
  for (const auto& [id, e] : doc.answers) {
    const auto q = *find_question(c, id);
    a.set_answer(q, e.value);
    for (const auto& ev : e.evidence) a.add_evidence(q, ev.kind);
  }
  for (const auto& [id, e] : doc.overrides) {
    a.override_status(*find_override(c, id), e.value);
  }
  if constexpr (has_diagnosis_v<Catalog>) {
    for (const auto& [id, e] : doc.diagnosis) {
      check_outcome o;
      switch (e.status) {
        case check_outcome::kind::passed: o = check_outcome::passed(); break;
        case check_outcome::kind::not_applicable: o = check_outcome::not_applicable(); break;
        case check_outcome::kind::not_performed: break;
        case check_outcome::kind::findings:
          o = check_outcome::findings(e.findings.front().level);
          for (const auto& f : e.findings) o.add_finding(f.level);
          break;
      }
      a.diagnose(*find_check(c, id), o);
    }
  }
  return a;
}

/// The fingerprint as 16 lower-case hex digits.
inline std::string fingerprint_hex(std::uint64_t f) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(f));
  return buf;
}

namespace detail {

// The common head of every result document.
inline nlohmann::json result_head(std::string_view catalog, std::uint64_t fingerprint,
                                  const assessment_document& doc) {
  nlohmann::json j;
  j["schema"] = result_schema;
  j["catalog"] = catalog;
  j["fingerprint"] = fingerprint_hex(fingerprint);
  j["policy"] = to_string(doc.policy);
  j["facility"] = doc.facility_name;
  j["date"] = doc.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(doc.date);
  return j;
}

// The IDs of the set bits, in catalog order.
template <class Catalog, class Set>
nlohmann::json item_ids(Catalog c, const Set& set) {
  auto list = nlohmann::json::array();
  set.for_each([&](std::size_t i) { list.push_back(item_id(c, i).view()); });
  return list;
}

// The explicit "na" answers with their reasons.
template <class Catalog, class Set>
nlohmann::json excluded_json(Catalog c, const assessment_document& doc, const Set& na) {
  auto list = nlohmann::json::array();
  na.for_each([&](std::size_t i) {
    const std::string id{item_id(c, i).view()};
    const auto it = doc.answers.find(id);
    list.push_back({{"id", id}, {"reason", it == doc.answers.end() ? "" : it->second.reason}});
  });
  return list;
}

}  // namespace detail

/// A tally as result documents write it: {"applicable": n, "implemented": m}.
inline nlohmann::json tally_json(tally t) {
  return {{"implemented", t.implemented}, {"applicable", t.applicable}};
}

/// What became of answerable item i of a self-check or risk result, as result
/// documents name it: implemented, not_implemented, unanswered or not_applicable.
template <class Result>
std::string_view item_state(const Result& r, std::size_t i) {
  if (!r.applicable.test(i)) return "not_applicable";
  if (r.implemented.test(i)) return "implemented";
  return r.unanswered.test(i) ? "unanswered" : "not_implemented";
}

/// The teleworksec/result/v1 document of a result (keys sorted, so the text
/// is byte-identical for identical input).
template <class Catalog>
nlohmann::json result_to_json(Catalog c, const assessment_document& doc,
                              const certification_result<Catalog>& r) {
  using res = certification_result<Catalog>;
  const auto& program = Catalog::program_catalog::program;
  const auto& checklist = Catalog::checklist;
  constexpr std::string_view column_names[] = {"★", "★★", "★★★"};
  const auto id_list = [&](const typename res::question_set& qs) {
    auto list = nlohmann::json::array();
    qs.for_each([&](std::size_t q) { list.push_back(question_id(c, q).view()); });
    return list;
  };

  auto j = detail::result_head(Catalog::id, r.fingerprint, doc);
  j["provisional"] = r.provisional;
  j["unanswered"] = r.unanswered_count;

  auto& audit = j["audit"];
  audit["grade"] = to_string(r.audit_grade);
  for (std::size_t col = 0; col < column_count; ++col) {
    audit["columns_met"][std::string{column_names[col]}] = r.audit_unmet[col].none();
  }
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    audit["categories"][std::to_string(cat + 1)] = {
        {"status", to_string(r.category_status[cat])},
        {"title_ja", checklist.categories[cat].ja},
        {"title_en", checklist.categories[cat].en}};
  }
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    const auto qs = Catalog::checklist_scoring.measure_questions[m];
    nlohmann::json item{{"status", to_string(r.measure_status[m])},
                        {"measure", measure_id(c, m).view()},
                        {"tier", to_string(checklist.measures[m].tier)},
                        {"title_ja", program.audit_items[m].ja},
                        {"title_en", checklist.measures[m].en},
                        {"set_by_inspector", r.overridden.test(m)},
                        {"failing", id_list(qs & r.failing)},
                        {"unverified", id_list(qs & r.unverified)}};
    audit["items"][std::string{override_id(c, m).view()}] = std::move(item);
  }

  if (!r.has_diagnosis) {
    j["diagnosis"] = nullptr;
  } else {
    auto& diagnosis = j["diagnosis"];
    diagnosis["grade"] = to_string(r.diagnosis_grade);
    for (std::size_t col = 0; col < column_count; ++col) {
      diagnosis["columns_met"][std::string{column_names[col]}] = r.diagnosis_unmet[col].none();
    }
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const auto id = std::string{check_id(c, k).view()};
      nlohmann::json check{{"status", to_string(r.checks[k].what())},
                           {"title_en", program.checks[k].en}};
      check["grade"] = r.checks[k].performed() ? nlohmann::json(to_string(r.check_grade[k]))
                                               : nlohmann::json(nullptr);
      const auto it = doc.diagnosis.find(id);
      const check_entry* entry = it == doc.diagnosis.end() ? nullptr : &it->second;
      check["origin"] = entry == nullptr ? "none" : entry->sources.empty() ? "hand" : "scan";
      if (entry != nullptr) {
        for (const auto& f : entry->findings) {
          nlohmann::json fj{{"severity", to_string(f.level)},
                            {"title", f.title},
                            {"ref", f.ref},
                            {"sets_grade", sets_grade(*entry, f)}};
          if (!f.scan.empty()) fj["scan"] = f.scan;
          check["findings"].push_back(std::move(fj));
        }
        if (!entry->sources.empty()) check["sources"] = detail::sources_json(*entry);
      }
      if (r.checks[k].what() == check_outcome::kind::not_performed) {
        check["why_not_performed"] = why_not_performed(entry);
      }
      diagnosis["checks"][id] = std::move(check);
    }
  }

  const auto& level = level_named(program, r.level.stars);
  j["level"] = {{"stars", r.level.stars},
                {"name_ja", level.name_ja},
                {"name_en", level.name_en},
                {"indicative", r.level.indicative}};

  const auto g = gaps_to_next_level(c, r);
  auto& gaps_json = j["gaps"];
  gaps_json["target_stars"] = g.target_stars;
  gaps_json["audit_items"] = nlohmann::json::array();
  gaps_json["checks"] = nlohmann::json::array();
  if (g.target_stars != 0) {
    const auto col = static_cast<std::size_t>(level_named(program, g.target_stars).column_required);
    g.audit_items.for_each([&](std::size_t m) {
      gaps_json["audit_items"].push_back(
          {{"id", override_id(c, m).view()},
           {"status", to_string(r.measure_status[m])},
           {"mark", symbol(program.audit_items[m].marks[col])},
           {"failing", id_list(Catalog::checklist_scoring.measure_questions[m] & g.questions)}});
    });
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const auto id = std::string{check_id(c, k).view()};
      const auto it = doc.diagnosis.find(id);
      const check_entry* entry = it == doc.diagnosis.end() ? nullptr : &it->second;
      if (g.checks_not_performed.test(k)) {
        gaps_json["checks"].push_back({{"id", id},
                                       {"reason", "not_performed"},
                                       {"why", why_not_performed(entry)},
                                       {"mark", symbol(program.checks[k].marks[col])}});
      } else if (g.checks_too_low.test(k)) {
        // The findings that set the grade: what to fix first.
        auto why = nlohmann::json::array();
        if (entry != nullptr) {
          for (const auto& f : entry->findings) {
            if (sets_grade(*entry, f)) why.push_back(f.title);
          }
        }
        gaps_json["checks"].push_back({{"id", id},
                                       {"reason", "grade_too_low"},
                                       {"why", std::move(why)},
                                       {"grade", to_string(r.check_grade[k])},
                                       {"mark", symbol(program.checks[k].marks[col])}});
      }
    }
    gaps_json["audit_grade_needed"] =
        g.audit_grade_blocks ? nlohmann::json(to_string(g.audit_grade_needed)) : nullptr;
    gaps_json["diagnosis_grade_needed"] =
        g.diagnosis_grade_blocks ? nlohmann::json(to_string(g.diagnosis_grade_needed)) : nullptr;
    gaps_json["diagnosis_missing"] = g.diagnosis_missing;
  }

  auto& excluded = j["excluded"] = nlohmann::json::array();
  r.explicit_na.for_each([&](std::size_t q) {
    const auto id = std::string{question_id(c, q).view()};
    const auto it = doc.answers.find(id);
    excluded.push_back({{"id", id}, {"reason", it == doc.answers.end() ? "" : it->second.reason}});
  });
  auto& evidence = j["evidence"] = nlohmann::json::object();
  for (const auto& [id, e] : doc.answers) {
    for (const auto& ev : e.evidence) {
      evidence[id].push_back({{"kind", to_string(ev.kind)}, {"ref", ev.ref}});
    }
  }
  return j;
}

/// The canonical text of a JSON document: 2-space indent, UTF-8, newline.

/// The result document of a self-check catalog (mic-telework-v4): groups by
/// role, the weakest-group level, and the gaps, basic items first.
template <class Catalog>
nlohmann::json result_to_json(Catalog c, const assessment_document& doc,
                              const self_check_result<Catalog>& r) {
  const auto& cat = Catalog::catalog;
  auto j = detail::result_head(Catalog::id, r.fingerprint, doc);
  j["provisional"] = r.provisional;
  j["unanswered"] = r.unanswered_count;
  auto weakest = nlohmann::json::array();
  r.weakest.for_each([&](std::size_t g) { weakest.push_back(std::to_string(g + 1)); });
  j["level"] = {{"code", to_string(r.level)},
                {"name_ja", name_ja(r.level)},
                {"name_en", name_en(r.level)},
                {"weakest_groups", weakest}};
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    nlohmann::json group{{"title_ja", cat.groups[g].ja},
                         {"title_en", cat.groups[g].en},
                         {"rated", r.rated_groups.test(g)},
                         {"level", to_string(r.group_level[g])},
                         {"implemented", r.by_group[g].implemented},
                         {"applicable", r.by_group[g].applicable}};
    for (std::size_t role_index = 0; role_index < cat.role_count; ++role_index) {
      group["roles"][std::string{cat.roles[role_index].id}] =
          tally_json(r.by_role_group[role_index][g]);
    }
    j["groups"][std::to_string(g + 1)] = std::move(group);
  }
  for (std::size_t role_index = 0; role_index < cat.role_count; ++role_index) {
    j["roles"][std::string{cat.roles[role_index].id}] = tally_json(r.by_role[role_index]);
  }
  for (std::size_t i = 0; i < cat.item_count; ++i) {
    const auto& item = cat.items[i];
    j["items"][std::string{item_id(c, i).view()}] = {
        {"status", item_state(r, i)},
        {"group", std::to_string(item.group)},
        {"basic", item.basic},
        {"recommended", item.recommended},
        {"title_en", item.en}};
  }
  j["gaps"] = {{"basic", detail::item_ids(c, r.unmet_basic)},
               {"recommended", detail::item_ids(c, r.unmet_recommended)}};
  j["excluded"] = detail::excluded_json(c, doc, r.explicit_na);
  return j;
}

/// The result document of a policy catalog (csaj-home-2018): conformance, the
/// counts per group and level, and the plan.
template <class Catalog>
nlohmann::json result_to_json(Catalog c, const assessment_document& doc,
                              const policy_result<Catalog>& r) {
  const auto& cat = Catalog::catalog;
  auto j = detail::result_head(Catalog::id, r.fingerprint, doc);
  j["provisional"] = r.provisional;
  j["undecided"] = r.unanswered_count;
  j["conformant"] = r.conformant;
  j["nonconforming"] = detail::item_ids(c, r.nonconforming);
  for (std::size_t lv = 0; lv < obligation_count; ++lv) {
    j["levels"][std::string{to_string(static_cast<obligation>(lv))}] =
        tally_json(r.by_level[lv]);
  }
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    nlohmann::json group{{"title_ja", cat.groups[g].ja}, {"title_en", cat.groups[g].en}};
    for (std::size_t lv = 0; lv < obligation_count; ++lv) {
      group[std::string{to_string(static_cast<obligation>(lv))}] =
          tally_json(r.by_group[g][lv]);
    }
    j["groups"][std::to_string(g + 1)] = std::move(group);
  }
  const auto deadline_json = [&](std::size_t n) {
    const auto it = doc.decisions.find(std::string{item_id(c, n).view()});
    return it == doc.decisions.end() || it->second.deadline.empty()
               ? nlohmann::json(nullptr)
               : nlohmann::json(it->second.deadline);
  };
  for (std::size_t n = 0; n < cat.statement_count; ++n) {
    const auto d = r.implemented.test(n)  ? decision::implemented
                   : r.planned.test(n)    ? decision::planned
                   : r.explicit_na.test(n)   ? decision::not_needed
                                          : decision::undecided;
    j["statements"][std::string{item_id(c, n).view()}] = {
        {"decision", to_string(d)},
        {"level", to_string(cat.statements[n].level)},
        {"deadline", deadline_json(n)},
        {"overdue", r.overdue.test(n)},
        {"title_en", cat.statements[n].en}};
  }
  j["plan"] = nlohmann::json::array();
  for (std::size_t p = 0; p < r.plan_size; ++p) {
    const std::size_t n = r.plan[p];
    j["plan"].push_back({{"id", item_id(c, n).view()},
                         {"level", to_string(cat.statements[n].level)},
                         {"priority", to_string(r.priority[n])},
                         {"decision", r.planned.test(n) ? "planned" : "undecided"},
                         {"deadline", deadline_json(n)},
                         {"overdue", r.overdue.test(n)}});
  }
  j["tailored"] = nlohmann::json::array();
  r.explicit_na.for_each([&](std::size_t n) {
    const std::string id{item_id(c, n).view()};
    j["tailored"].push_back({{"id", id}, {"justification", doc.decisions.at(id).justification}});
  });
  return j;
}

/// The result document of a risk catalog (coworking-user): measures by group
/// and the residual risks.
template <class Catalog>
nlohmann::json result_to_json(Catalog c, const assessment_document& doc,
                              const risk_result<Catalog>& r) {
  const auto& cat = Catalog::catalog;
  constexpr const auto& tables = engine_tables_v<Catalog>;
  auto j = detail::result_head(Catalog::id, r.fingerprint, doc);
  j["provisional"] = r.provisional;
  j["unanswered"] = r.unanswered_count;
  j["overall"] = tally_json(r.overall);
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    auto group = tally_json(r.groups[g]);
    group["title_ja"] = cat.groups[g].ja;
    group["title_en"] = cat.groups[g].en;
    j["groups"][std::to_string(g + 1)] = std::move(group);
  }
  for (std::size_t m = 0; m < cat.measure_count; ++m) {
    j["measures"][std::string{item_id(c, m).view()}] = {{"status", item_state(r, m)},
                                                        {"title_ja", cat.measures[m].title_ja},
                                                        {"title_en", cat.measures[m].en}};
  }
  j["residual_risks"] = nlohmann::json::array();
  r.residual.for_each([&](std::size_t k) {
    j["residual_risks"].push_back({{"id", risk_id(c, k).view()},
                                   {"title_ja", cat.risks[k].title_ja},
                                   {"title_en", cat.risks[k].en},
                                   {"mitigated_by", detail::item_ids(c, tables.mitigators[k])}});
  });
  j["excluded"] = detail::excluded_json(c, doc, r.explicit_na);
  return j;
}

/// Rates a document read for one of `Catalogs` and returns its result document.
template <class Catalogs = catalogs::all>
nlohmann::json rate_to_json(const assessment_document& doc) {
  nlohmann::json out;
  visit_catalog<Catalogs>(doc.catalog, [&](auto c) {
    out = result_to_json(c, doc, evaluate(c, to_assessment(c, doc)));
  });
  return out;
}

inline std::string dump(const nlohmann::json& j) { return j.dump(2, ' ', false) + "\n"; }

}  // namespace teleworksec
