#pragma once

// A rating as a SARIF 2.1.0 log, for the security tab of a code-hosting
// service and any other SARIF viewer: one rule per requirement of the catalog
// (audit item and diagnosis check, self-check item, policy statement, risk
// measure), one result per requirement the assessment leaves unmet and per
// finding of the diagnosis, and what the facility excluded ("na", tailored
// out) or an inspector set as results suppressed with the reason given.
// Every result points at the assessment file (startLine 1: the document as
// read keeps no line numbers); an imported finding also at its scan.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/json_text.hpp"
#include "teleworksec/io/result_parts.hpp"
#include "teleworksec/io/text_escape.hpp"

namespace teleworksec {

namespace detail::sarif {

/// One reportingDescriptor: a requirement of the catalog.
struct rule {
  std::string id;
  std::string_view title_en;
  std::string_view title_ja;
  std::string help;  ///< what the requirement asks, Japanese verbatim
  std::string_view default_level;
  std::string_view tag;  ///< what part of the catalog it belongs to
};

/// One result: an unmet requirement, a finding, or a suppressed one.
struct result {
  std::size_t rule = 0;  ///< index into the rules
  std::string_view level;
  std::string message;
  std::string identity;       ///< what makes it this result, for its fingerprint
  std::string scan_uri;       ///< the scan an imported finding came from, or empty
  std::string justification;  ///< why it is suppressed
  bool suppressed = false;
};

/// Plain text of a SARIF message: its embedded-link syntax ([text](target))
/// escaped as SARIF §3.11.6 asks, so no text becomes a link, and controls
/// visible.
inline std::string message_text(std::string_view s) {
  std::string out;
  for (const char c : visible_controls(s)) {
    if (c == '\\' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

/// A file name as a relative URI reference: "./" dropped, "\" as "/", every
/// byte but the unreserved ones and "/" percent-encoded.
inline std::string uri_reference(std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out;
  for (const char c : path) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' ||
        b == '.' || b == '_' || b == '~' || b == '/') {
      out += c;
    } else if (b == '\\') {
      out += '/';
    } else {
      static constexpr char hex[] = "0123456789ABCDEF";
      out += '%';
      out += hex[b >> 4U];
      out += hex[b & 0xFU];
    }
  }
  return out;
}

/// "WiFiPassphraseManagement" of "Wi-Fi passphrase management": a rule's
/// name, an identifier a person can read (SARIF §3.49.7).
inline std::string pascal_case(std::string_view title) {
  std::string out;
  bool word_start = true;
  for (const char c : title) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      word_start = true;
      continue;
    }
    out += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    word_start = false;
  }
  return out;
}

/// The SARIF level of a finding's severity: urgent and high are errors,
/// medium a warning, low a note.
inline std::string_view level_of(severity s) {
  switch (s) {
    case severity::urgent:
    case severity::high: return "error";
    case severity::medium: return "warning";
    case severity::low: break;
  }
  return "note";
}

/// The SARIF level of an unmet requirement of the certification program by
/// the lowest level it blocks: ★★ (its ★ column) an error, ★★★ a warning,
/// only ★★★★ a note. `unmet_in(col)` says whether it fails column col.
template <class UnmetIn>
std::string_view level_by_column(UnmetIn unmet_in) {
  if (unmet_in(0)) return "error";
  return unmet_in(1) ? "warning" : "note";
}

/// "★ ● · ★★ ▲ · ★★★ ●": a row's marks in the requirement columns.
inline std::string marks_text(const std::array<mark, column_count>& marks) {
  constexpr std::string_view columns[] = {"★", "★★", "★★★"};
  std::string out;
  for (std::size_t col = 0; col < column_count; ++col) {
    out += (col == 0 ? "" : " · ") + std::string{columns[col]} + " " +
           std::string{symbol(marks[col])};
  }
  return out;
}

/// A result's stable fingerprint: its catalog, rule and identity hashed.
inline std::string fingerprint_of(std::string_view catalog, std::string_view rule_id,
                                  std::string_view identity) {
  fnv1a h;
  h.text(catalog);
  h.text(rule_id);
  h.text(identity);
  return fingerprint_hex(h.value());
}

/// A physicalLocation of line 1 of the file at `uri`.
inline void write_location(json_text::writer& w, std::string_view uri) {
  w.begin_object();
  w.key("physicalLocation");
  w.begin_object();
  w.key("artifactLocation");
  w.begin_object();
  w.key("uri");
  w.value(uri);
  w.end_object();
  w.key("region");
  w.begin_object();
  w.key("startLine");
  w.value(1);
  w.end_object();
  w.end_object();
  w.end_object();
}

/// {"text": text}
inline void write_message(json_text::writer& w, std::string_view key, std::string_view text) {
  w.key(key);
  w.begin_object();
  w.key("text");
  w.value(text);
  w.end_object();
}

/// What a log says besides its rules and results.
struct run_info {
  std::string_view catalog;
  std::uint64_t fingerprint;
  const assessment_document& doc;
  std::string summary;  ///< the rating in one line
};

/// The log: one run of teleworksec over one assessment file.
inline std::string write_log(const run_info& run, const std::vector<rule>& rules,
                             const std::vector<result>& results, std::string_view file_name) {
  const auto file_uri = uri_reference(file_name);
  json_text::writer w{std::size_t{64} * 1024};
  w.begin_object();
  w.key("$schema");
  w.name("https://json.schemastore.org/sarif-2.1.0.json");
  w.key("version");
  w.name("2.1.0");
  w.key("runs");
  w.begin_array();
  w.begin_object();
  w.key("tool");
  w.begin_object();
  w.key("driver");
  w.begin_object();
  w.key("name");
  w.name("teleworksec");
  w.key("semanticVersion");
  w.name(version_string);
  w.key("rules");
  w.begin_array();
  for (const auto& r : rules) {
    w.begin_object();
    w.key("id");
    w.name(r.id);
    w.key("name");
    w.value(pascal_case(r.title_en));
    write_message(w, "shortDescription", r.title_en);
    write_message(w, "fullDescription", r.title_ja);
    write_message(w, "help", r.help);
    w.key("defaultConfiguration");
    w.begin_object();
    w.key("level");
    w.name(r.default_level);
    w.end_object();
    w.key("properties");
    w.begin_object();
    w.key("tags");
    w.begin_array();
    w.name("security");
    w.value(run.catalog);
    w.name(r.tag);
    w.end_array();
    w.key("title_en");
    w.value(r.title_en);
    w.key("title_ja");
    w.value(r.title_ja);
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
  w.key("artifacts");
  w.begin_array();
  w.begin_object();
  w.key("location");
  w.begin_object();
  w.key("uri");
  w.value(file_uri);
  w.end_object();
  w.key("roles");
  w.begin_array();
  w.name("analysisTarget");
  w.end_array();
  w.end_object();
  w.end_array();
  w.key("results");
  w.begin_array();
  for (const auto& res : results) {
    const auto& r = rules[res.rule];
    w.begin_object();
    w.key("ruleId");
    w.name(r.id);
    w.key("ruleIndex");
    w.value(res.rule);
    w.key("kind");
    w.name("fail");
    w.key("level");
    w.name(res.level);
    write_message(w, "message", message_text(res.message));
    w.key("locations");
    w.begin_array();
    write_location(w, file_uri);
    if (!res.scan_uri.empty()) write_location(w, uri_reference(res.scan_uri));
    w.end_array();
    w.key("partialFingerprints");
    w.begin_object();
    w.key("teleworksecResult/v1");
    w.name(fingerprint_of(run.catalog, r.id, res.identity));
    w.end_object();
    if (res.suppressed) {
      w.key("suppressions");
      w.begin_array();
      w.begin_object();
      w.key("kind");
      w.name("external");
      w.key("status");
      w.name("accepted");
      w.key("justification");
      w.value(visible_controls(res.justification));
      w.end_object();
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.key("properties");
  w.begin_object();
  w.key("catalog");
  w.value(run.catalog);
  w.key("date");
  w.string_or_null(run.doc.date);
  w.key("facility");
  w.value(visible_controls(run.doc.facility_name));
  w.key("fingerprint");
  w.name(fingerprint_hex(run.fingerprint));
  w.key("policy");
  w.name(to_string(run.doc.policy));
  w.key("rating");
  w.value(run.summary);
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  return w.finish();
}

/// The reason given for an excluded item, or that none was.
inline std::string reason_or_none(std::string_view reason) {
  return reason.empty() ? std::string{"(no reason given)"} : std::string{reason};
}

/// The reason of answer `id` of the document.
inline std::string answer_reason(const assessment_document& doc, std::string_view id) {
  const auto it = doc.answers.find(std::string{id});
  return reason_or_none(it == doc.answers.end() ? std::string_view{} : it->second.reason);
}

// --- certification ------------------------------------------------------------

/// "noncompliant; failing: coworking-v2/1.1.1 (no), …"
template <class C>
std::string failing_text(C c, const certification_result<C>& r, std::size_t m) {
  std::string out{to_string(r.measure_status[m])};
  std::string failing;
  (C::checklist_scoring.measure_questions[m] & r.failing).for_each([&](std::size_t q) {
    failing += (failing.empty() ? "" : ", ") + std::string{question_id(c, q).view()} +
               (r.unanswered.test(q)   ? " (unanswered)"
                : r.unverified.test(q) ? " (yes without accepted evidence)"
                                       : " (no)");
  });
  return failing.empty() ? out : out + "; failing: " + failing;
}

template <class C>
std::string certification_log(C c, const assessment_document& doc,
                              const certification_result<C>& r, std::string_view file_name) {
  using res = certification_result<C>;
  const auto& program = C::program_catalog::program;
  std::vector<rule> rules;
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    const auto& item = program.audit_items[m];
    std::string help = "情報セキュリティ監査 " + std::to_string(item.no) + ": " +
                       std::string{item.ja} + " (" + marks_text(item.marks) +
                       "; the columns ★/★★/★★★ are the levels ★★/★★★/★★★★)";
    C::checklist_scoring.measure_questions[m].for_each([&](std::size_t q) {
      help += "\n" + std::string{question_id(c, q).view()} + " " +
              std::string{C::checklist.questions[q].ja};
    });
    rules.push_back({std::string{override_id(c, m).view()}, C::checklist.measures[m].en, item.ja,
                     std::move(help),
                     level_by_column([&](std::size_t col) {
                       return item.marks[col] != mark::not_assessed;
                     }),
                     "audit"});
  }
  for (std::size_t k = 0; k < res::check_count; ++k) {
    const auto& def = program.checks[k];
    rules.push_back({std::string{check_id(c, k).view()}, def.en, def.subject_ja,
                     "脆弱性診断 " + std::to_string(def.no) + ": " + std::string{def.subject_ja} +
                         "：" + std::string{def.method_ja} + " (" + marks_text(def.marks) + ")",
                     level_by_column([&](std::size_t col) {
                       return def.marks[col] != mark::not_assessed;
                     }),
                     "diagnosis"});
  }

  // What the answers alone would give where an inspector set a status.
  assessment_document derived_doc = doc;
  derived_doc.overrides.clear();
  const auto derived = evaluate(c, to_assessment(c, derived_doc));

  std::vector<result> results;
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    const std::string id{override_id(c, m).view()};
    const std::string title = id + " " + std::string{C::checklist.measures[m].en};
    const auto set = doc.overrides.find(id);
    const bool overridden = r.overridden.test(m) && set != doc.overrides.end();
    const std::string by_inspector =
        overridden ? "set to " + std::string{to_string(set->second.value)} + " by " +
                         (set->second.by.empty() ? std::string{"an inspector"} : set->second.by) +
                         (set->second.note.empty() ? "" : ": " + set->second.note)
                   : std::string{};
    if (r.audit_unmet[2].test(m)) {
      results.push_back(
          {m,
           level_by_column([&](std::size_t col) { return r.audit_unmet[col].test(m); }),
           title + ": " + failing_text(c, r, m) + (overridden ? " (" + by_inspector + ")" : ""),
           "unmet", {}, {}, false});
    } else if (overridden && derived.audit_unmet[2].test(m)) {
      results.push_back(
          {m,
           level_by_column([&](std::size_t col) { return derived.audit_unmet[col].test(m); }),
           title + " by the answers: " + failing_text(c, derived, m), "overridden", {},
           by_inspector, true});
    }
    (C::checklist_scoring.measure_questions[m] & r.explicit_na).for_each([&](std::size_t q) {
      const std::string qid{question_id(c, q).view()};
      std::string message = title;
      message.append(": ").append(qid).append(" excluded as not applicable (na)");
      results.push_back({m, rules[m].default_level, std::move(message), qid, {},
                         answer_reason(doc, qid), true});
    });
  }
  for (std::size_t k = 0; k < res::check_count; ++k) {
    const std::string id{check_id(c, k).view()};
    const std::string title = id + " " + std::string{program.checks[k].en};
    const auto entry = doc.diagnosis.find(id);
    if (r.checks[k].what() == check_outcome::kind::findings && entry != doc.diagnosis.end()) {
      std::size_t n = 0;
      for (const auto& f : entry->second.findings) {
        results.push_back({res::measure_count + k, level_of(f.level),
                           title + ": " + std::string{to_string(f.level)} + " finding: " + f.title +
                               (f.ref.empty() ? "" : " (" + f.ref + ")"),
                           std::to_string(n++) + " " + f.title,
                           f.scan.empty() ? std::string{} : f.ref, {}, false});
      }
    } else if (!r.checks[k].performed() && r.diagnosis_unmet[2].test(k)) {
      const check_entry* e = entry == doc.diagnosis.end() ? nullptr : &entry->second;
      std::string message = title + ": not performed: ";
      const char* separator = "";
      for (const auto& text : why_not_performed(e)) {
        message.append(separator).append(text);
        separator = " / ";
      }
      results.push_back(
          {res::measure_count + k,
           level_by_column([&](std::size_t col) { return r.diagnosis_unmet[col].test(k); }),
           std::move(message), "not_performed", {}, {}, false});
    }
  }
  const auto& level = level_named(program, r.level.stars);
  std::string summary;
  for (std::uint8_t n = 0; n < r.level.stars; ++n) summary += "★";
  summary += (summary.empty() ? "" : " ") + std::string{level.name_en} + " (" +
             std::string{level.name_ja} + "); audit " +
      std::string{to_string(r.audit_grade)} + ", diagnosis " +
      (r.has_diagnosis ? std::string{to_string(r.diagnosis_grade)} : std::string{"none"}) +
             (r.level.indicative ? "; indicative" : "") + (r.provisional ? "; provisional" : "");
  return write_log({C::id, r.fingerprint, doc, summary}, rules, results, file_name);
}

// --- self-check, policy, risk ----------------------------------------------------

/// "; provisional: 3 unanswered" when the result is provisional.
inline std::string provisional_note(bool provisional, std::size_t unanswered) {
  return provisional ? "; provisional: " + std::to_string(unanswered) + " unanswered" : "";
}

/// A result per excluded ("na") item of a self-check or risk catalog,
/// suppressed with its reason, at the level it would have when unmet.
template <class C, class Set, class LevelOf>
void add_excluded(C c, const assessment_document& doc, const Set& na, std::vector<result>& results,
                  LevelOf level_of_item) {
  na.for_each([&](std::size_t i) {
    const std::string id{answer_id(c, i).view()};
    results.push_back({i, level_of_item(i), id + " excluded as not applicable (na)", "excluded",
                       {}, answer_reason(doc, id), true});
  });
}

template <class C>
std::string self_check_log(C c, const assessment_document& doc, const self_check_result<C>& r,
                           std::string_view file_name) {
  const auto& cat = C::catalog;
  constexpr const auto& tables = engine_tables_v<C>;
  // Basic items unmet are errors (they decide the level), recommended ones warnings.
  const auto level_of_item = [&](std::size_t i) -> std::string_view {
    return tables.basic.test(i) ? "error" : "warning";
  };
  std::vector<rule> rules;
  for (std::size_t i = 0; i < C::item_count; ++i) {
    const auto& item = cat.items[i];
    rules.push_back({std::string{answer_id(c, i).view()}, item.en, item.ja,
                     std::string{cat.roles[item.role].ja} + " / " +
                         std::string{cat.groups[item.group - 1].ja} + " (" +
                         (tables.basic.test(i) ? "basic" : "recommended") + "): " +
                         std::string{item.ja},
                     level_of_item(i), cat.groups[item.group - 1].en});
  }
  std::vector<result> results;
  (r.unmet_basic | r.unmet_recommended).for_each([&](std::size_t i) {
    results.push_back({i, level_of_item(i),
                       std::string{answer_id(c, i).view()} + " " + std::string{cat.items[i].en} +
                           ": " + (r.unanswered.test(i) ? "unanswered" : "not implemented") +
                           (tables.basic.test(i) ? " (basic item)" : " (recommended item)"),
                       "unmet", {}, {}, false});
  });
  add_excluded(c, doc, r.explicit_na, results, level_of_item);
  const std::string summary = std::string{name_en(r.level)} + " (" + std::string{name_ja(r.level)} +
                              ")" + provisional_note(r.provisional, r.unanswered_count);
  return write_log({C::id, r.fingerprint, doc, summary}, rules, results, file_name);
}

template <class C>
std::string policy_log(C c, const assessment_document& doc, const policy_result<C>& r,
                       std::string_view file_name) {
  const auto& cat = C::catalog;
  // An open SHALL statement is an error, SHOULD a warning, MAY a note.
  const auto level_of_statement = [&](std::size_t n) -> std::string_view {
    switch (cat.statements[n].level) {
      case obligation::shall: return "error";
      case obligation::should: return "warning";
      case obligation::may: break;
    }
    return "note";
  };
  std::vector<rule> rules;
  for (std::size_t n = 0; n < C::item_count; ++n) {
    const auto& st = cat.statements[n];
    const auto& section = cat.sections[st.section];
    rules.push_back({std::string{answer_id(c, n).view()}, st.en, st.ja,
                     std::string{section.no} + " " + std::string{section.ja} + " (" +
                         std::string{name_en(st.level)} + ", " + std::string{name_ja(st.level)} +
                         "): " + std::string{st.ja},
                     level_of_statement(n), cat.groups[section.group - 1].en});
  }
  std::vector<result> results;
  r.open.for_each([&](std::size_t n) {
    const std::string id{answer_id(c, n).view()};
    const auto it = doc.decisions.find(id);
    const std::string deadline = it == doc.decisions.end() ? "" : it->second.deadline;
    results.push_back(
        {n, level_of_statement(n),
         id + " " + std::string{cat.statements[n].en} + " (" +
             std::string{name_en(cat.statements[n].level)} + "): " +
             (r.planned.test(n) ? "planned for " + deadline + (r.overdue.test(n) ? ", overdue" : "")
                                : std::string{"undecided"}),
         "open", {}, {}, false});
  });
  r.explicit_na.for_each([&](std::size_t n) {
    const std::string id{answer_id(c, n).view()};
    const auto it = doc.decisions.find(id);
    results.push_back({n, level_of_statement(n), id + " tailored out (not needed)", "tailored", {},
                       reason_or_none(it == doc.decisions.end() ? std::string_view{}
                                                                 : it->second.justification),
                       true});
  });
  const std::string summary = std::string{r.conformant ? "conformant" : "not conformant"} +
                              provisional_note(r.provisional, r.unanswered_count);
  return write_log({C::id, r.fingerprint, doc, summary}, rules, results, file_name);
}

template <class C>
std::string risk_log(C c, const assessment_document& doc, const risk_result<C>& r,
                     std::string_view file_name) {
  const auto& cat = C::catalog;
  constexpr const auto& tables = engine_tables_v<C>;
  // The risks each measure mitigates, and whether one of them is left residual.
  const auto risks_of = [&](std::size_t m) {
    std::string ids;
    bool residual = false;
    for (std::size_t k = 0; k < C::catalog.risk_count; ++k) {
      if (!tables.mitigators[k].test(m)) continue;
      ids += (ids.empty() ? "" : ", ") + std::string{risk_id(c, k).view()};
      residual = residual || r.residual.test(k);
    }
    return std::pair{ids, residual};
  };
  // A measure whose risk no implemented measure mitigates is an error, else a warning.
  const auto level_of_measure = [&](std::size_t m) -> std::string_view {
    return risks_of(m).second ? "error" : "warning";
  };
  std::vector<rule> rules;
  for (std::size_t m = 0; m < C::item_count; ++m) {
    const auto& def = cat.measures[m];
    rules.push_back({std::string{answer_id(c, m).view()}, def.en, def.title_ja,
                     std::string{def.title_ja} + ": " + std::string{def.ja} + " (mitigates " +
                         risks_of(m).first + ")",
                     "warning", cat.groups[def.group - 1].en});
  }
  std::vector<result> results;
  (r.applicable & ~r.implemented).for_each([&](std::size_t m) {
    const auto [risks, residual] = risks_of(m);
    results.push_back({m, level_of_measure(m),
                       std::string{answer_id(c, m).view()} + " " + std::string{cat.measures[m].en} +
                           ": " + (r.unanswered.test(m) ? "unanswered" : "not implemented") +
                           (residual ? "; residual risk among " : "; mitigates ") + risks,
                       "unmet", {}, {}, false});
  });
  add_excluded(c, doc, r.explicit_na, results, level_of_measure);
  const auto n = r.residual.count();
  const std::string summary = (n == 0 ? std::string{"no residual risk"}
                                      : std::to_string(n) + " residual risk" + (n == 1 ? "" : "s")) +
                              provisional_note(r.provisional, r.unanswered_count);
  return write_log({C::id, r.fingerprint, doc, summary}, rules, results, file_name);
}

}  // namespace detail::sarif

/// The SARIF 2.1.0 log of a rating: rules, results and suppressions as the
/// header describes; `file_name` is the assessment file as a path relative to
/// where the log is used (a repository's root). Deterministic: the same input
/// gives the same bytes.
template <catalog C>
std::string sarif_text(C c, const assessment_document& doc, const result_t<C>& r,
                       std::string_view file_name) {
  if constexpr (C::kind == catalog_kind::certification) {
    return detail::sarif::certification_log(c, doc, r, file_name);
  } else if constexpr (C::kind == catalog_kind::self_check) {
    return detail::sarif::self_check_log(c, doc, r, file_name);
  } else if constexpr (C::kind == catalog_kind::policy) {
    return detail::sarif::policy_log(c, doc, r, file_name);
  } else {
    return detail::sarif::risk_log(c, doc, r, file_name);
  }
}

}  // namespace teleworksec
