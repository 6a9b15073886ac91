#pragma once

// A rating as an OSCAL 1.1.2 assessment-results document (JSON): one result
// with the grades, level, fingerprint and provisional flag as props; the
// facility as the subject (an inventory item whose props are the facts);
// one observation per answer, decision, override and diagnosis check with
// its evidence; one finding per measure, audit item, check, item, statement
// or risk, whose target is the statement part of that control in the
// catalog oscal_catalog_text() writes, satisfied or not-satisfied. Every UUID
// is a UUIDv5 of the fingerprint and the assessment, so the same input gives
// the same bytes. Text from the assessment file (names, reasons, notes,
// evidence references, finding titles) only ever goes into OSCAL's Markdown
// fields, escaped (text_escape.hpp), never into props.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/oscal_catalog.hpp"
#include "teleworksec/io/oscal_parts.hpp"

namespace teleworksec {

namespace detail::oscal {

// Everything in an assessment document, each text length-prefixed: the name
// from which the document's UUID derives.
inline std::string document_key(const assessment_document& doc) {
  std::string k;
  const auto text = [&k](std::string_view s) {
    k += std::to_string(s.size());
    k += ':';
    k += s;
  };
  text(doc.catalog);
  text(to_string(doc.policy));
  text(doc.date);
  text(doc.facility_name);
  for (const auto& [id, v] : doc.facts) {
    text(id);
    text(v ? "true" : "false");
  }
  for (const auto& [id, a] : doc.answers) {
    text(id);
    text(to_string(a.value));
    text(a.reason);
    for (const auto& ev : a.evidence) {
      text(to_string(ev.kind));
      text(ev.ref);
    }
    text("/");
  }
  // (entry.first/second, not a structured binding: clang 14 cannot capture one)
  for (const auto& entry : doc.overrides) {
    const auto& id = entry.first;
    const auto& o = entry.second;
    text(id);
    text(to_string(o.value));
    text(o.by);
    text(o.note);
  }
  text(doc.has_diagnosis ? "diagnosis" : "no diagnosis");
  for (const auto& entry : doc.diagnosis) {
    const auto& id = entry.first;
    const auto& e = entry.second;
    text(id);
    text(to_string(e.status));
    text(e.note);
    for (const auto& f : e.findings) {
      text(to_string(f.level));
      text(f.title);
      text(f.ref);
      text(f.scan);
    }
    text("/");
    for (const auto& src : e.sources) {
      text(src.scan);
      text(src.file);
      text(src.not_covered);
    }
    text("/");
  }
  for (const auto& [id, d] : doc.decisions) {
    text(id);
    text(to_string(d.value));
    text(d.deadline);
    text(d.justification);
    text(d.note);
    for (const auto i : d.impacts) text(to_string(i));
  }
  return k;
}

// The OSCAL method of an evidence kind: documents, records, configurations
// and what an inspector saw are examined; interviews and the facility's own
// declaration are interviews; a scan report is a test.
constexpr std::string_view method_of(evidence_kind k) noexcept {
  switch (k) {
    case evidence_kind::interview:
    case evidence_kind::self_declaration:
      return "INTERVIEW";
    case evidence_kind::scan_report:
      return "TEST";
    case evidence_kind::document:
    case evidence_kind::record:
    case evidence_kind::configuration:
    case evidence_kind::observation:
      break;
  }
  return "EXAMINE";
}

// The document being written: its writer, its UUIDs, what every part shares.
class results_writer {
 public:
  results_writer(std::uint64_t fingerprint, const assessment_document& doc)
      : doc_(doc),
        root_(uuid5(oscal_uuid_namespace, "assessment-results:" + fingerprint_hex(fingerprint) +
                                              ":" + document_key(doc))),
        collected_(oscal_timestamp(doc.date)),
        w_{std::size_t{128} * 1024} {}

  writer& w() { return w_; }
  [[nodiscard]] const assessment_document& doc() const { return doc_; }
  [[nodiscard]] const std::string& timestamp() const { return collected_; }

  // The UUID of a part of this document, named e.g. "observation:answer:<id>".
  [[nodiscard]] std::string uuid_of(std::string_view part) const {
    return uuid5(root_, part).text();
  }
  [[nodiscard]] std::string root_uuid() const { return root_.text(); }

  // Opens an observation or finding: {"uuid" (of `part`), "title",
  // "description", "props" (written by `props`), …
  template <class Props>
  void open_entry(const std::string& part, std::string_view title, const std::string& description,
                  Props props) {
    w_.begin_object();
    w_.key("uuid");
    w_.name(uuid_of(part));
    w_.key("title");
    w_.value(markdown_escape(title, markdown_field::line));
    w_.key("description");
    w_.value(description);
    w_.key("props");
    w_.begin_array();
    props();
    w_.end_array();
  }

  // {"uuid", "title", "description", "props", "methods", "subjects",
  //  "relevant-evidence"?, "collected"}: one observation.
  template <class Props>
  void observation(std::string_view name, std::string_view title, const std::string& description,
                   const std::vector<std::string_view>& methods, Props props,
                   const std::vector<std::string>& evidence) {
    open_entry("observation:" + std::string{name}, title, description, props);
    w_.key("methods");
    w_.begin_array();
    for (const auto m :
         {std::string_view{"EXAMINE"}, std::string_view{"INTERVIEW"}, std::string_view{"TEST"}}) {
      if (std::find(methods.begin(), methods.end(), m) != methods.end()) w_.name(m);
    }
    w_.end_array();
    w_.key("subjects");
    w_.begin_array();
    w_.begin_object();
    w_.key("subject-uuid");
    w_.name(uuid_of("facility"));
    w_.key("type");
    w_.name("inventory-item");
    w_.end_object();
    w_.end_array();
    if (!evidence.empty()) {
      w_.key("relevant-evidence");
      w_.begin_array();
      for (const auto& e : evidence) {
        w_.begin_object();
        w_.key("description");
        w_.value(e);
        w_.end_object();
      }
      w_.end_array();
    }
    w_.key("collected");
    w_.name(collected_);
    w_.end_object();
  }

  // {"uuid", "title", "description", "props", "target", "related-observations"?}:
  // one finding on the control `id` (our ID), satisfied or not.
  template <class Props>
  void finding(std::string_view id, std::string_view title, const std::string& description,
               bool satisfied, Props props, const std::vector<std::string>& observations) {
    open_entry("finding:" + std::string{id}, title, description, props);
    w_.key("target");
    w_.begin_object();
    w_.key("type");
    w_.name("statement-id");
    w_.key("target-id");
    w_.name(oscal_token(id) + "_smt");
    w_.key("status");
    w_.begin_object();
    w_.key("state");
    w_.name(satisfied ? "satisfied" : "not-satisfied");
    w_.end_object();
    w_.end_object();
    if (!observations.empty()) {
      w_.key("related-observations");
      w_.begin_array();
      for (const auto& o : observations) {
        w_.begin_object();
        w_.key("observation-uuid");
        w_.name(uuid_of("observation:" + o));
        w_.end_object();
      }
      w_.end_array();
    }
    w_.end_object();
  }

  // The observation of an answer: its value, reason and evidence.
  void answer_observation(const std::string& id, const answer_entry& a) {
    std::string description = "Answer to " + markdown_escape(id, markdown_field::line) + ": " +
                              std::string{to_string(a.value)} + ".";
    if (!a.reason.empty()) description += "\n\nReason: " + markdown_escape(a.reason);
    std::vector<std::string_view> methods;
    std::vector<std::string> evidence;
    for (const auto& ev : a.evidence) {
      methods.push_back(method_of(ev.kind));
      evidence.push_back(std::string{to_string(ev.kind)} + ": " + markdown_escape(ev.ref));
    }
    if (methods.empty()) methods.emplace_back("INTERVIEW");  // the assessment's own word
    observation(
        "answer:" + id, "Answer to " + id, description, methods,
        [&] {
          prop(w_, "answer", to_string(a.value));
          for (const auto& ev : a.evidence) prop(w_, "evidence-kind", to_string(ev.kind));
        },
        evidence);
  }

  // The observations of every answer of the document.
  void answer_observations() {
    for (const auto& [id, a] : doc_.answers) answer_observation(id, a);
  }

  // The observation names of the answers among `ids` that the document has.
  template <class Ids>
  [[nodiscard]] std::vector<std::string> answered(const Ids& ids) const {
    std::vector<std::string> names;
    for (const auto& id : ids) {
      const std::string key{id};
      if (doc_.answers.contains(key) || doc_.decisions.contains(key)) {
        names.push_back("answer:" + key);
      }
    }
    return names;
  }

 private:
  const assessment_document& doc_;
  uuid root_;
  std::string collected_;
  writer w_;
};

// --- certification -----------------------------------------------------------

template <class Catalog>
requires(Catalog::kind ==
         catalog_kind::certification) void result_props(results_writer& out, Catalog,
                                                        const result_t<Catalog>& r) {
  auto& w = out.w();
  const auto& level = level_named(Catalog::program_catalog::program, r.level.stars);
  prop(w, "audit-grade", to_string(r.audit_grade));
  if (r.has_diagnosis) prop(w, "diagnosis-grade", to_string(r.diagnosis_grade));
  prop_number(w, "level-stars", r.level.stars);
  prop(w, "level", level.name_en);
  prop_flag(w, "level-indicative", r.level.indicative);
  prop_flag(w, "provisional", r.provisional);
  prop_number(w, "unanswered", r.unanswered_count);
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::certification) void observations(results_writer& out,
                                                                         Catalog,
                                                                         const result_t<Catalog>&) {
  const auto& doc = out.doc();
  out.answer_observations();
  for (const auto& entry : doc.overrides) {
    const auto& id = entry.first;
    const auto& o = entry.second;
    std::string description =
        "Status set to " + std::string{to_string(o.value)} + " by an inspector";
    if (!o.by.empty()) description += " (" + markdown_escape(o.by, markdown_field::line) + ")";
    description += ".";
    if (!o.note.empty()) description += "\n\nNote: " + markdown_escape(o.note);
    out.observation("override:" + id, "Status of " + id + " set by an inspector", description,
                    {"EXAMINE"}, [&] { prop(out.w(), "status", to_string(o.value)); }, {});
  }
  for (const auto& entry : doc.diagnosis) {
    const auto& id = entry.first;
    const auto& e = entry.second;
    std::string description = "Diagnosis check " + markdown_escape(id, markdown_field::line) +
                              ": " + std::string{to_string(e.status)} + ".";
    if (!e.note.empty()) description += "\n\nNote: " + markdown_escape(e.note);
    std::vector<std::string> evidence;
    for (const auto& f : e.findings) {
      description +=
          "\n\nFinding (" + std::string{to_string(f.level)} + "): " + markdown_escape(f.title);
      if (!f.ref.empty()) evidence.push_back("Finding reference: " + markdown_escape(f.ref));
    }
    for (const auto& src : e.sources) {
      std::string s = "Scan " + markdown_escape(src.scan, markdown_field::line) + " read from " +
                      markdown_escape(src.file, markdown_field::line);
      if (!src.not_covered.empty()) s += "; not covered: " + markdown_escape(src.not_covered);
      evidence.push_back(s);
    }
    out.observation(
        "diagnosis:" + id, "Diagnosis check " + id, description, {"TEST"},
        [&] {
          prop(out.w(), "check-status", to_string(e.status));
          for (const auto& f : e.findings) {
            prop(out.w(), "finding-severity", to_string(f.level));
          }
        },
        evidence);
  }
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::certification) void findings(results_writer& out, Catalog c,
                                                                     const result_t<Catalog>& r) {
  auto& w = out.w();
  const auto& checklist = Catalog::checklist;
  const auto& program = Catalog::program_catalog::program;
  const auto& doc = out.doc();
  const auto question_list = [&](const auto& set) {
    std::vector<std::string> ids;
    set.for_each([&](std::size_t q) { ids.emplace_back(question_id(c, q).view()); });
    return ids;
  };
  // A measure's (or its audit item's) observations: its answers, its override.
  const auto measure_observations = [&](std::size_t m) {
    auto names = out.answered(question_list(Catalog::checklist_scoring.measure_questions[m]));
    const std::string key{override_id(c, m).view()};
    if (doc.overrides.contains(key)) names.push_back("override:" + key);
    return names;
  };
  const auto status_description = [&](std::size_t m) {
    const auto qs = Catalog::checklist_scoring.measure_questions[m];
    std::string d =
        "Status: " + std::string{to_string(r.measure_status[m])} +
        (r.overridden.test(m) ? ", set by an inspector." : ", derived from the answers.");
    const auto list = [&](std::string_view what, const auto& set) {
      if (set.none()) return;
      d += "\n\n" + std::string{what} + ":";
      for (const auto& id : question_list(set))
        d += " " + markdown_escape(id, markdown_field::line);
    };
    list("Failing questions", qs & r.failing);
    list("Unverified questions (a yes without acceptable evidence)", qs & r.unverified);
    return d;
  };
  for (std::size_t m = 0; m < checklist.measure_count; ++m) {
    const auto id = measure_id(c, m);
    const auto st = r.measure_status[m];
    out.finding(
        id.view(),
        "Measure " + std::string{id.view()} + ": " + std::string{checklist.measures[m].en},
        status_description(m), st == status::compliant || st == status::not_applicable,
        [&] {
          prop(w, "status", to_string(st));
          prop_flag(w, "set-by-inspector", r.overridden.test(m));
        },
        measure_observations(m));
  }
  if constexpr (has_diagnosis_v<Catalog>) {
    constexpr std::string_view met_names[] = {"met-column-1", "met-column-2", "met-column-3"};
    for (std::size_t m = 0; m < checklist.measure_count; ++m) {
      const auto id = audit_item_id(c, m);
      bool met = true;
      for (std::size_t col = 0; col < column_count; ++col) met = met && !r.audit_unmet[col].test(m);
      out.finding(
          id.view(),
          "Audit item " + std::string{id.view()} + ": " + std::string{checklist.measures[m].en},
          status_description(m), met,
          [&] {
            prop(w, "status", to_string(r.measure_status[m]));
            for (std::size_t col = 0; col < column_count; ++col) {
              prop_flag(w, met_names[col], !r.audit_unmet[col].test(m));
            }
          },
          measure_observations(m));
    }
    for (std::size_t k = 0; k < program.check_count; ++k) {
      const auto id = check_id(c, k);
      const auto what = r.checks[k].what();
      const bool performed = r.checks[k].performed();
      std::string d = "Status: " + std::string{to_string(what)} + ".";
      if (performed) d += " Grade: " + std::string{to_string(r.check_grade[k])} + ".";
      std::vector<std::string> names;
      if (doc.diagnosis.contains(std::string{id.view()})) {
        names.push_back("diagnosis:" + std::string{id.view()});
      }
      out.finding(
          id.view(),
          "Diagnosis check " + std::string{id.view()} + ": " + std::string{program.checks[k].en}, d,
          what == check_outcome::kind::passed || what == check_outcome::kind::not_applicable,
          [&] {
            prop(w, "check-status", to_string(what));
            if (performed) prop(w, "grade", to_string(r.check_grade[k]));
          },
          names);
    }
  }
}

// --- self-check ------------------------------------------------------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::self_check) void result_props(results_writer& out, Catalog,
                                                                      const result_t<Catalog>& r) {
  auto& w = out.w();
  prop(w, "level", to_string(r.level));
  prop_flag(w, "provisional", r.provisional);
  prop_number(w, "unanswered", r.unanswered_count);
}

// --- policy ----------------------------------------------------------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::policy) void result_props(results_writer& out, Catalog,
                                                                  const result_t<Catalog>& r) {
  auto& w = out.w();
  prop_flag(w, "conformant", r.conformant);
  prop_flag(w, "provisional", r.provisional);
  prop_number(w, "undecided", r.unanswered_count);
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::policy) void observations(results_writer& out, Catalog,
                                                                  const result_t<Catalog>&) {
  for (const auto& entry : out.doc().decisions) {
    const auto& id = entry.first;
    const auto& d = entry.second;
    std::string description = "Decision on " + markdown_escape(id, markdown_field::line) + ": " +
                              std::string{to_string(d.value)} + ".";
    if (!d.deadline.empty()) description += " Deadline: " + d.deadline + ".";
    if (!d.justification.empty())
      description += "\n\nJustification: " + markdown_escape(d.justification);
    if (!d.note.empty()) description += "\n\nNote: " + markdown_escape(d.note);
    out.observation("answer:" + id, "Decision on " + id, description, {"INTERVIEW"},
                    [&] {
                      prop(out.w(), "decision", to_string(d.value));
                      if (!d.deadline.empty()) prop(out.w(), "deadline", d.deadline);
                      for (std::size_t k = 0; k < aspect_count; ++k) {
                        if (d.impacts[k] == impact::unrated) continue;
                        prop(out.w(), "impact", to_string(d.impacts[k]),
                             to_string(static_cast<aspect>(k)));
                      }
                    },
                    {});
  }
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::policy) void findings(results_writer& out, Catalog c,
                                                              const result_t<Catalog>& r) {
  auto& w = out.w();
  const auto& cat = Catalog::catalog;
  for (std::size_t n = 0; n < cat.statement_count; ++n) {
    const auto id = item_id(c, n);
    const auto d = r.implemented.test(n)   ? decision::implemented
                   : r.planned.test(n)     ? decision::planned
                   : r.explicit_na.test(n) ? decision::not_needed
                                           : decision::undecided;
    std::string description = std::string{name_en(cat.statements[n].level)} + " statement, " +
                              std::string{to_string(d)} + (r.overdue.test(n) ? ", overdue." : ".");
    out.finding(
        id.view(), "Statement " + std::string{id.view()} + ": " + std::string{cat.statements[n].en},
        description, d == decision::implemented || d == decision::not_needed,
        [&] {
          prop(w, "decision", to_string(d));
          prop(w, "level", name_en(cat.statements[n].level));
          prop_flag(w, "overdue", r.overdue.test(n));
          if (r.open.test(n)) prop(w, "priority", to_string(r.priority[n]));
        },
        out.answered(std::array{id.view()}));
  }
}

// --- self-check and risk: one finding per answerable item ------------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::self_check ||
         Catalog::kind == catalog_kind::risk) void observations(results_writer& out, Catalog,
                                                                const result_t<Catalog>&) {
  out.answer_observations();
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::self_check ||
         Catalog::kind == catalog_kind::risk) void item_findings(results_writer& out, Catalog c,
                                                                 const result_t<Catalog>& r) {
  auto& w = out.w();
  for (std::size_t i = 0; i < Catalog::item_count; ++i) {
    const auto id = item_id(c, i);
    const auto state = item_state(r, i);
    std::string title;
    if constexpr (Catalog::kind == catalog_kind::self_check) {
      title = "Item " + std::string{id.view()} + ": " + std::string{Catalog::catalog.items[i].en};
    } else {
      title =
          "Measure " + std::string{id.view()} + ": " + std::string{Catalog::catalog.measures[i].en};
    }
    out.finding(
        id.view(), title, "Status: " + std::string{state} + ".",
        r.implemented.test(i) || !r.applicable.test(i), [&] { prop(w, "status", state); },
        out.answered(std::array{id.view()}));
  }
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::self_check) void findings(results_writer& out, Catalog c,
                                                                  const result_t<Catalog>& r) {
  item_findings(out, c, r);
}

// --- risk --------------------------------------------------------------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::risk) void result_props(results_writer& out, Catalog,
                                                                const result_t<Catalog>& r) {
  auto& w = out.w();
  prop_number(w, "implemented", r.overall.implemented);
  prop_number(w, "applicable", r.overall.applicable);
  prop_number(w, "residual-risks", r.residual.count());
  prop_flag(w, "provisional", r.provisional);
  prop_number(w, "unanswered", r.unanswered_count);
}

template <class Catalog>
requires(Catalog::kind == catalog_kind::risk) void findings(results_writer& out, Catalog c,
                                                            const result_t<Catalog>& r) {
  item_findings(out, c, r);
  auto& w = out.w();
  const auto& cat = Catalog::catalog;
  constexpr const auto& tables = engine_tables_v<Catalog>;
  for (std::size_t k = 0; k < cat.risk_count; ++k) {
    const auto id = risk_id(c, k);
    std::vector<std::string> mitigators;
    tables.mitigators[k].for_each(
        [&](std::size_t m) { mitigators.emplace_back(item_id(c, m).view()); });
    std::string description = r.residual.test(k) ? "Residual: none of its measures is implemented."
                                                 : "Mitigated by an implemented measure.";
    out.finding(
        id.view(), "Risk " + std::string{id.view()} + ": " + std::string{cat.risks[k].en},
        description, !r.residual.test(k), [&] { prop_flag(w, "residual", r.residual.test(k)); },
        out.answered(mitigators));
  }
}

}  // namespace detail::oscal

/// The rating `r` of the assessment `doc` as an OSCAL 1.1.2
/// assessment-results document (JSON text, fixed member order): the same
/// input gives the same bytes. Its findings point at the controls of
/// oscal_catalog_text(c).
template <catalog C>
std::string oscal_results_text(C c, const assessment_document& doc, const result_t<C>& r) {
  detail::oscal::results_writer out{r.fingerprint, doc};
  auto& w = out.w();
  const std::string facility =
      doc.facility_name.empty() ? std::string{"(no facility name)"} : doc.facility_name;
  w.begin_object();
  w.key("assessment-results");
  w.begin_object();
  w.key("uuid");
  w.name(out.root_uuid());
  detail::oscal::metadata(w, "teleworksec assessment results, " + std::string{C::id},
                          out.timestamp(), r.fingerprint);
  w.key("import-ap");
  w.begin_object();
  w.key("href");
  w.name("#" + out.uuid_of("assessment-plan"));
  w.end_object();
  w.key("results");
  w.begin_array();
  w.begin_object();
  w.key("uuid");
  w.name(out.uuid_of("result"));
  w.key("title");
  w.value(
      markdown_escape("Rating of " + facility + " by " + std::string{C::id}, markdown_field::line));
  w.key("description");
  w.value("Rated by teleworksec " + std::string{version_string} + " under the " +
          markdown_escape(to_string(doc.policy)) + " policy with catalog " +
          markdown_escape(std::string{C::id}) + ", fingerprint " + fingerprint_hex(r.fingerprint) +
          ".\n\nFacility: " + markdown_escape(facility));
  w.key("start");
  w.name(out.timestamp());
  w.key("props");
  w.begin_array();
  detail::oscal::prop(w, "catalog", C::id);
  detail::oscal::prop(w, "fingerprint", fingerprint_hex(r.fingerprint));
  detail::oscal::prop(w, "policy", to_string(doc.policy));
  if (!doc.date.empty()) detail::oscal::prop(w, "date", doc.date);
  detail::oscal::result_props(out, c, r);
  w.end_array();
  w.key("local-definitions");
  w.begin_object();
  w.key("inventory-items");
  w.begin_array();
  w.begin_object();
  w.key("uuid");
  w.name(out.uuid_of("facility"));
  w.key("description");
  w.value(markdown_escape(facility));
  const auto& facts = facts_of(c);
  if (!facts.empty()) {
    // Every fact of the catalog: as stated, or true when left out (SPEC §2).
    w.key("props");
    w.begin_array();
    for (const auto& f : facts) {
      const auto it = doc.facts.find(std::string{f.id});
      const bool stated = it != doc.facts.end();
      detail::oscal::prop(w, f.id, (!stated || it->second) ? "true" : "false",
                          stated ? "stated" : "assumed");
    }
    w.end_array();
  }
  w.end_object();
  w.end_array();
  w.end_object();
  w.key("reviewed-controls");
  w.begin_object();
  w.key("control-selections");
  w.begin_array();
  w.begin_object();
  w.key("include-all");
  w.begin_object();
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  if (!doc.answers.empty() || !doc.overrides.empty() || !doc.diagnosis.empty() ||
      !doc.decisions.empty()) {
    w.key("observations");
    w.begin_array();
    detail::oscal::observations(out, c, r);
    w.end_array();
  }
  w.key("findings");
  w.begin_array();
  detail::oscal::findings(out, c, r);
  w.end_array();
  w.end_object();
  w.end_array();
  w.key("back-matter");
  w.begin_object();
  w.key("resources");
  w.begin_array();
  w.begin_object();
  w.key("uuid");
  w.name(out.uuid_of("assessment-plan"));
  w.key("title");
  w.value("Assessment plan: the teleworksec assessment file");
  w.key("description");
  w.value(
      "There is no separate OSCAL assessment plan: the teleworksec/assessment/v1 file rated "
      "here stated what was assessed, against the catalog " +
      markdown_escape(std::string{C::id}) + " (teleworksec export oscal-catalog " +
      markdown_escape(std::string{C::id}) + ").");
  w.key("props");
  w.begin_array();
  detail::oscal::prop(w, "catalog", C::id);
  detail::oscal::prop(w, "fingerprint", fingerprint_hex(r.fingerprint));
  w.end_array();
  w.end_object();
  w.end_array();
  w.end_object();
  w.end_object();
  w.end_object();
  return w.finish();
}

}  // namespace teleworksec
