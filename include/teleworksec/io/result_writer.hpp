#pragma once

// teleworksec/result/v1 written directly as text: the same bytes as
// dump(result_to_json(…)) (result_json.hpp), without building the document
// first. Every object's keys are written in byte order, as nlohmann/json's
// std::map orders them; members keyed by IDs or numbers follow tables sorted
// at compile time. Each function below writes one object of the document and
// names it in its first line, so that a change of the format is a change of
// one small function here and of its twin in result_json.hpp.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/id_index.hpp"
#include "teleworksec/io/json_text.hpp"
#include "teleworksec/io/result_parts.hpp"

namespace teleworksec {

namespace detail {

using json_text::writer;

// Members keyed "1", "2", …, "n" in byte order ("1", "10", "11", …, "2").
template <std::size_t N>
inline constexpr auto number_order =
    json_text::sorted_positions<N>([](std::size_t i) { return json_text::number_key(i + 1); });

// "1" … "99" without building them each time.
inline constexpr auto number_keys = [] {
  std::array<id_string, 100> keys{};
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = json_text::number_key(i);
  return keys;
}();
inline id_string number_text(std::size_t n) {
  return n < number_keys.size() ? number_keys[n] : json_text::number_key(n);
}

// A string as an id_string, for sorted_positions.
constexpr id_string key_of(std::string_view s) {
  id_string k;
  k += s;
  return k;
}

// {"applicable": n, "implemented": m}
inline void write_tally(writer& w, tally t) {
  w.begin_object();
  w.key("applicable");
  w.value(t.applicable);
  w.key("implemented");
  w.value(t.implemented);
  w.end_object();
}

// "★": met, "★★": met, "★★★": met (the columns' symbols sort by length).
template <class Unmet>
void write_columns_met(writer& w, const Unmet& unmet) {
  constexpr std::string_view column_names[] = {"★", "★★", "★★★"};
  w.begin_object();
  for (std::size_t col = 0; col < column_count; ++col) {
    w.key(column_names[col]);
    w.value(unmet[col].none());
  }
  w.end_object();
}

// The item IDs of the set bits, in catalog order.
template <class Catalog, class Set>
void write_item_ids(writer& w, Catalog /*c*/, const Set& set) {
  w.begin_array();
  set.for_each([&](std::size_t i) { w.name(answer_ids<Catalog>.ids[i].view()); });
  w.end_array();
}

// The question IDs of the set bits, in catalog order.
template <class Catalog, class Set>
void write_question_ids(writer& w, Catalog /*c*/, const Set& set) {
  w.begin_array();
  set.for_each([&](std::size_t q) { w.name(answer_ids<Catalog>.ids[q].view()); });
  w.end_array();
}

// "excluded": the explicit "na" answers with their reasons.
template <class Catalog, class Set>
void write_excluded(writer& w, Catalog, const assessment_document& doc, const Set& na) {
  w.begin_array();
  na.for_each([&](std::size_t i) {
    const auto& id = answer_ids<Catalog>.ids[i];
    std::string_view reason;
    if (const auto it = doc.answers.find(std::string{id.view()}); it != doc.answers.end()) {
      reason = it->second.reason;
    }
    w.begin_object();
    w.key("id");
    w.name(id.view());
    w.key("reason");
    w.value(reason);
    w.end_object();
  });
  w.end_array();
}

// "exclusions": the exclusions that expired and those expiring within 30 days.
inline void write_exclusions(writer& w, const assessment_document& doc) {
  const auto list = dated_exclusions(doc);
  w.begin_object();
  for (const auto term : {exclusion_term::expired, exclusion_term::expiring}) {
    w.key(term == exclusion_term::expired ? "expired" : "expiring");
    w.begin_array();
    for (const auto& x : list) {
      if (x.term != term) continue;
      w.begin_object();
      w.key("approved_by");
      w.string_or_null(x.approved_by);
      w.key("expires");
      w.name(x.expires);
      w.key("id");
      w.name(x.id);
      w.key("kind");
      w.name(x.kind);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

// The members every result has, written in their places among the others.
struct result_members {
  std::string_view catalog;
  std::uint64_t fingerprint;
  const assessment_document& doc;

  void catalog_member(writer& w) const {
    w.key("catalog");
    w.name(catalog);
  }
  void date_member(writer& w) const {
    w.key("date");
    w.string_or_null(doc.date);
  }
  void facility_and_fingerprint(writer& w) const {
    w.key("facility");
    w.value(doc.facility_name);
    w.key("fingerprint");
    w.name(fingerprint_hex(fingerprint));
  }
  void policy_member(writer& w) const {
    w.key("policy");
    w.name(to_string(doc.policy));
  }
  static void schema_member(writer& w) {
    w.key("schema");
    w.name(result_schema);
  }
  /// The members that sort last, "schema" and "unanswered", the end of the
  /// document, and its text.
  template <class Count>
  static std::string last_members(writer& w, Count unanswered) {
    schema_member(w);
    w.key("unanswered");
    w.value(unanswered);
    w.end_object();
    return w.finish();
  }
};

// --- certification --------------------------------------------------------

// "audit": the grade, the columns met, each category and each audit item.
template <class Catalog>
void write_audit(writer& w, Catalog c, const certification_result<Catalog>& r) {
  using res = certification_result<Catalog>;
  const auto& program = Catalog::program_catalog::program;
  const auto& checklist = Catalog::checklist;
  static constexpr auto measure_ids = [] {
    std::array<id_string, res::measure_count> ids{};
    for (std::size_t m = 0; m < ids.size(); ++m) ids[m] = measure_id(Catalog{}, m);
    return ids;
  }();
  // The members whose text never changes, rendered once: a category's titles;
  // an item's tier and titles.
  static const auto fixed = [&] {
    struct texts {
      std::array<std::string, res::category_count> category;
      std::array<std::string, res::measure_count> item;
    } t;
    for (std::size_t cat = 0; cat < res::category_count; ++cat) {
      t.category[cat] = writer::members_text(4, [&](writer& f) {
        f.key("title_en");
        f.value(checklist.categories[cat].en);
        f.key("title_ja");
        f.value(checklist.categories[cat].ja);
      });
    }
    for (std::size_t m = 0; m < res::measure_count; ++m) {
      t.item[m] = writer::members_text(4, [&](writer& f) {
        f.key("tier");
        f.name(to_string(checklist.measures[m].tier));
        f.key("title_en");
        f.value(checklist.measures[m].en);
        f.key("title_ja");
        f.value(program.audit_items[m].ja);
      });
    }
    return t;
  }();
  w.begin_object();
  w.key("categories");
  w.begin_object();
  for (const auto cat : number_order<res::category_count>) {
    w.key(number_text(std::size_t{cat} + 1).view());
    w.begin_object();
    w.key("status");
    w.name(to_string(r.category_status[cat]));
    w.members(fixed.category[cat], 2);
    w.end_object();
  }
  w.end_object();
  w.key("columns_met");
  write_columns_met(w, r.audit_unmet);
  w.key("grade");
  w.name(to_string(r.audit_grade));
  w.key("items");
  w.begin_object();
  for (const auto m : override_ids<Catalog>.sorted) {
    const auto qs = Catalog::checklist_scoring.measure_questions[m];
    w.key(override_ids<Catalog>.ids[m].view());
    w.begin_object();
    w.key("failing");
    write_question_ids(w, c, qs & r.failing);
    w.key("measure");
    w.name(measure_ids[m].view());
    w.key("set_by_inspector");
    w.value(r.overridden.test(m));
    w.key("status");
    w.name(to_string(r.measure_status[m]));
    w.members(fixed.item[m], 3);
    w.key("unverified");
    write_question_ids(w, c, qs & r.unverified);
    w.end_object();
  }
  w.end_object();
  w.end_object();
}

// One finding of a diagnosis check: {"ref", "scan"?, "sets_grade", "severity", "title"}.
inline void write_finding(writer& w, const check_entry& e, const finding_entry& f) {
  w.begin_object();
  w.key("ref");
  w.value(f.ref);
  if (!f.scan.empty()) {
    w.key("scan");
    w.value(f.scan);
  }
  w.key("sets_grade");
  w.value(sets_grade(e, f));
  w.key("severity");
  w.name(to_string(f.level));
  w.key("title");
  w.value(f.title);
  w.end_object();
}

// A check's scan sources: [{"file", "not_covered"?, "scan"}, …].
inline void write_sources(writer& w, const check_entry& e) {
  w.begin_array();
  for (const auto& src : e.sources) {
    w.begin_object();
    w.key("file");
    w.value(src.file);
    if (!src.not_covered.empty()) {
      w.key("not_covered");
      w.value(src.not_covered);
    }
    w.key("scan");
    w.value(src.scan);
    w.end_object();
  }
  w.end_array();
}

// A list of texts.
inline void write_texts(writer& w, const std::vector<std::string>& texts) {
  w.begin_array();
  for (const auto& t : texts) w.value(t);
  w.end_array();
}

// One diagnosis check: its findings as the file gave them, grade, where its
// status came from, its scans, status, title, and why it is not performed.
template <class Catalog>
void write_check(writer& w, const certification_result<Catalog>& r, std::size_t k,
                 const check_entry* entry) {
  const auto& program = Catalog::program_catalog::program;
  w.begin_object();
  if (entry != nullptr && !entry->findings.empty()) {
    w.key("findings");
    w.begin_array();
    for (const auto& f : entry->findings) write_finding(w, *entry, f);
    w.end_array();
  }
  w.key("grade");
  if (r.checks[k].performed()) {
    w.name(to_string(r.check_grade[k]));
  } else {
    w.value(nullptr);
  }
  w.key("origin");
  w.name(entry == nullptr ? "none" : entry->sources.empty() ? "hand" : "scan");
  if (entry != nullptr && !entry->sources.empty()) {
    w.key("sources");
    write_sources(w, *entry);
  }
  w.key("status");
  w.name(to_string(r.checks[k].what()));
  w.key("title_en");
  w.value(program.checks[k].en);
  if (r.checks[k].what() == check_outcome::kind::not_performed) {
    w.key("why_not_performed");
    write_texts(w, why_not_performed(entry));
  }
  w.end_object();
}

// "diagnosis": null without one, else each check, the columns met, the grade.
template <class Catalog>
void write_diagnosis(writer& w, Catalog /*c*/, const assessment_document& doc,
                     const certification_result<Catalog>& r) {
  if (!r.has_diagnosis) {
    w.value(nullptr);
    return;
  }
  w.begin_object();
  w.key("checks");
  w.begin_object();
  // The checks in ID order, as the file's entries are: one walk finds each.
  auto entry = doc.diagnosis.begin();
  for (const auto k : check_ids<Catalog>.sorted) {
    const auto& id = check_ids<Catalog>.ids[k];
    while (entry != doc.diagnosis.end() && std::string_view{entry->first} < id.view()) ++entry;
    const bool given = entry != doc.diagnosis.end() && entry->first == id.view();
    w.key(id.view());
    write_check(w, r, k, given ? &entry->second : nullptr);
  }
  w.end_object();
  w.key("columns_met");
  write_columns_met(w, r.diagnosis_unmet);
  w.key("grade");
  w.name(to_string(r.diagnosis_grade));
  w.end_object();
}

// "evidence": the references of every answer that has some, by answer ID.
inline void write_evidence(writer& w, const assessment_document& doc) {
  w.begin_object();
  for (const auto& [id, e] : doc.answers) {
    if (e.evidence.empty()) continue;
    w.key(id);
    w.begin_array();
    for (const auto& ev : e.evidence) {
      w.begin_object();
      w.key("kind");
      w.name(to_string(ev.kind));
      w.key("ref");
      w.value(ev.ref);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

// "gaps": what the next level needs.
template <class Catalog>
void write_certification_gaps(writer& w, Catalog c, const assessment_document& doc,
                              const certification_result<Catalog>& r) {
  using res = certification_result<Catalog>;
  const auto& program = Catalog::program_catalog::program;
  const auto g = gaps_to_next_level(c, r);
  w.begin_object();
  if (g.target_stars == 0) {
    w.key("audit_items");
    w.begin_array();
    w.end_array();
    w.key("checks");
    w.begin_array();
    w.end_array();
    w.key("target_stars");
    w.value(g.target_stars);
    w.end_object();
    return;
  }
  const auto col = static_cast<std::size_t>(level_named(program, g.target_stars).column_required);
  w.key("audit_grade_needed");
  w.string_or_null(g.audit_grade_blocks ? to_string(g.audit_grade_needed) : std::string_view{});
  w.key("audit_items");
  w.begin_array();
  g.audit_items.for_each([&](std::size_t m) {
    w.begin_object();
    w.key("failing");
    write_question_ids(w, c, Catalog::checklist_scoring.measure_questions[m] & g.questions);
    w.key("id");
    w.name(override_ids<Catalog>.ids[m].view());
    w.key("mark");
    w.name(symbol(program.audit_items[m].marks[col]));
    w.key("status");
    w.name(to_string(r.measure_status[m]));
    w.end_object();
  });
  w.end_array();
  w.key("checks");
  w.begin_array();
  {
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const bool not_performed = g.checks_not_performed.test(k);
      if (!not_performed && !g.checks_too_low.test(k)) continue;
      const auto id = check_id(c, k);  // (a checklist-only catalog has no check table)
      const auto it = doc.diagnosis.find(std::string{id.view()});
      const check_entry* entry = it == doc.diagnosis.end() ? nullptr : &it->second;
      w.begin_object();
      if (!not_performed) {
        w.key("grade");
        w.name(to_string(r.check_grade[k]));
      }
      w.key("id");
      w.name(id.view());
      w.key("mark");
      w.name(symbol(program.checks[k].marks[col]));
      w.key("reason");
      w.name(not_performed ? "not_performed" : "grade_too_low");
      w.key("why");
      if (not_performed) {
        write_texts(w, why_not_performed(entry));
      } else {
        // The findings that set the grade: what to fix first.
        w.begin_array();
        if (entry != nullptr) {
          for (const auto& f : entry->findings) {
            if (sets_grade(*entry, f)) w.value(f.title);
          }
        }
        w.end_array();
      }
      w.end_object();
    }
  }
  w.end_array();
  w.key("diagnosis_grade_needed");
  w.string_or_null(g.diagnosis_grade_blocks ? to_string(g.diagnosis_grade_needed)
                                            : std::string_view{});
  w.key("diagnosis_missing");
  w.value(g.diagnosis_missing);
  w.key("target_stars");
  w.value(g.target_stars);
  w.end_object();
}

// "level": the stars, their names, whether indicative.
template <class Catalog>
void write_certification_level(writer& w, const certification_result<Catalog>& r) {
  const auto& level = level_named(Catalog::program_catalog::program, r.level.stars);
  w.begin_object();
  w.key("indicative");
  w.value(r.level.indicative);
  w.key("name_en");
  w.value(level.name_en);
  w.key("name_ja");
  w.value(level.name_ja);
  w.key("stars");
  w.value(r.level.stars);
  w.end_object();
}

}  // namespace detail

/// The text of the teleworksec/result/v1 document of a certification result:
/// byte for byte dump(result_to_json(c, doc, r)), written directly.
template <class Catalog>
std::string result_text(Catalog c, const assessment_document& doc,
                        const certification_result<Catalog>& r) {
  const detail::result_members head{Catalog::id, r.fingerprint, doc};
  detail::writer w{std::size_t{32} * 1024};
  w.begin_object();
  w.key("audit");
  detail::write_audit(w, c, r);
  head.catalog_member(w);
  head.date_member(w);
  w.key("diagnosis");
  detail::write_diagnosis(w, c, doc, r);
  w.key("evidence");
  detail::write_evidence(w, doc);
  w.key("excluded");
  detail::write_excluded(w, c, doc, r.explicit_na);
  w.key("exclusions");
  detail::write_exclusions(w, doc);
  head.facility_and_fingerprint(w);
  w.key("gaps");
  detail::write_certification_gaps(w, c, doc, r);
  w.key("level");
  detail::write_certification_level(w, r);
  head.policy_member(w);
  w.key("provisional");
  w.value(r.provisional);
  return detail::result_members::last_members(w, r.unanswered_count);
}

/// The text of the result document of a self-check catalog (mic-telework-v4).
template <class Catalog>
std::string result_text(Catalog c, const assessment_document& doc,
                        const self_check_result<Catalog>& r) {
  const auto& cat = Catalog::catalog;
  static constexpr auto role_order = json_text::sorted_positions<Catalog::catalog.role_count>(
      [](std::size_t i) { return detail::key_of(Catalog::catalog.roles[i].id); });
  const detail::result_members head{Catalog::id, r.fingerprint, doc};
  detail::writer w{std::size_t{32} * 1024};
  w.begin_object();
  head.catalog_member(w);
  head.date_member(w);
  w.key("excluded");
  detail::write_excluded(w, c, doc, r.explicit_na);
  w.key("exclusions");
  detail::write_exclusions(w, doc);
  head.facility_and_fingerprint(w);
  w.key("gaps");
  w.begin_object();
  w.key("basic");
  detail::write_item_ids(w, c, r.unmet_basic);
  w.key("recommended");
  detail::write_item_ids(w, c, r.unmet_recommended);
  w.end_object();
  w.key("groups");
  w.begin_object();
  for (const auto g : detail::number_order<Catalog::catalog.group_count>) {
    w.key(detail::number_text(std::size_t{g} + 1).view());
    w.begin_object();
    w.key("applicable");
    w.value(r.by_group[g].applicable);
    w.key("implemented");
    w.value(r.by_group[g].implemented);
    w.key("level");
    w.name(to_string(r.group_level[g]));
    w.key("rated");
    w.value(r.rated_groups.test(g));
    w.key("roles");
    w.begin_object();
    for (const auto role : role_order) {
      w.key(cat.roles[role].id);
      detail::write_tally(w, r.by_role_group[role][g]);
    }
    w.end_object();
    w.key("title_en");
    w.value(cat.groups[g].en);
    w.key("title_ja");
    w.value(cat.groups[g].ja);
    w.end_object();
  }
  w.end_object();
  w.key("items");
  w.begin_object();
  for (const auto i : detail::answer_ids<Catalog>.sorted) {
    const auto& item = cat.items[i];
    w.key(detail::answer_ids<Catalog>.ids[i].view());
    w.begin_object();
    w.key("basic");
    w.value(item.basic);
    w.key("group");
    w.name(detail::number_text(std::size_t{item.group}).view());
    w.key("recommended");
    w.value(item.recommended);
    w.key("status");
    w.name(item_state(r, i));
    w.key("title_en");
    w.value(item.en);
    w.end_object();
  }
  w.end_object();
  w.key("level");
  w.begin_object();
  w.key("code");
  w.name(to_string(r.level));
  w.key("name_en");
  w.value(name_en(r.level));
  w.key("name_ja");
  w.value(name_ja(r.level));
  w.key("weakest_groups");
  w.begin_array();
  r.weakest.for_each([&](std::size_t g) { w.name(detail::number_text(g + 1).view()); });
  w.end_array();
  w.end_object();
  head.policy_member(w);
  w.key("provisional");
  w.value(r.provisional);
  w.key("roles");
  w.begin_object();
  for (const auto role : role_order) {
    w.key(cat.roles[role].id);
    detail::write_tally(w, r.by_role[role]);
  }
  w.end_object();
  return detail::result_members::last_members(w, r.unanswered_count);
}

/// The text of the result document of a policy catalog (csaj-home-2018).
template <class Catalog>
std::string result_text(Catalog c, const assessment_document& doc,
                        const policy_result<Catalog>& r) {
  const auto& cat = Catalog::catalog;
  // A group's members: the obligation levels' tallies and its two titles.
  static constexpr auto group_order = json_text::sorted_positions<obligation_count + 2>(
      [](std::size_t i) {
        if (i < obligation_count) return detail::key_of(to_string(static_cast<obligation>(i)));
        return detail::key_of(i == obligation_count ? "title_en" : "title_ja");
      });
  static constexpr auto level_order = json_text::sorted_positions<obligation_count>(
      [](std::size_t i) { return detail::key_of(to_string(static_cast<obligation>(i))); });
  // The deadlines by statement, found once.
  std::array<std::string_view, Catalog::catalog.statement_count> deadlines{};
  std::size_t rank_decisions = 0;
  for (const auto& [id, e] : doc.decisions) {
    if (const auto n = detail::answer_ids<Catalog>.find(id, rank_decisions)) deadlines[*n] = e.deadline;
  }
  const auto deadline = [&](std::size_t n) { return deadlines[n]; };
  const detail::result_members head{Catalog::id, r.fingerprint, doc};
  detail::writer w{std::size_t{32} * 1024};
  w.begin_object();
  head.catalog_member(w);
  w.key("conformant");
  w.value(r.conformant);
  head.date_member(w);
  w.key("exclusions");
  detail::write_exclusions(w, doc);
  head.facility_and_fingerprint(w);
  w.key("groups");
  w.begin_object();
  for (const auto g : detail::number_order<Catalog::catalog.group_count>) {
    w.key(detail::number_text(std::size_t{g} + 1).view());
    w.begin_object();
    for (const auto k : group_order) {
      if (k < obligation_count) {
        w.key(to_string(static_cast<obligation>(k)));
        detail::write_tally(w, r.by_group[g][k]);
      } else {
        w.key(k == obligation_count ? "title_en" : "title_ja");
        w.value(k == obligation_count ? cat.groups[g].en : cat.groups[g].ja);
      }
    }
    w.end_object();
  }
  w.end_object();
  w.key("levels");
  w.begin_object();
  for (const auto lv : level_order) {
    w.key(to_string(static_cast<obligation>(lv)));
    detail::write_tally(w, r.by_level[lv]);
  }
  w.end_object();
  w.key("nonconforming");
  detail::write_item_ids(w, c, r.nonconforming);
  w.key("plan");
  w.begin_array();
  for (std::size_t p = 0; p < r.plan_size; ++p) {
    const std::size_t n = r.plan[p];
    w.begin_object();
    w.key("deadline");
    w.string_or_null(deadline(n));
    w.key("decision");
    w.name(r.planned.test(n) ? "planned" : "undecided");
    w.key("id");
    w.name(detail::answer_ids<Catalog>.ids[n].view());
    w.key("level");
    w.name(to_string(cat.statements[n].level));
    w.key("overdue");
    w.value(r.overdue.test(n));
    w.key("priority");
    w.name(to_string(r.priority[n]));
    w.end_object();
  }
  w.end_array();
  head.policy_member(w);
  w.key("provisional");
  w.value(r.provisional);
  detail::result_members::schema_member(w);
  w.key("statements");
  w.begin_object();
  for (const auto n : detail::answer_ids<Catalog>.sorted) {
    const auto d = r.implemented.test(n)   ? decision::implemented
                   : r.planned.test(n)     ? decision::planned
                   : r.explicit_na.test(n) ? decision::not_needed
                                           : decision::undecided;
    w.key(detail::answer_ids<Catalog>.ids[n].view());
    w.begin_object();
    w.key("deadline");
    w.string_or_null(deadline(n));
    w.key("decision");
    w.name(to_string(d));
    w.key("level");
    w.name(to_string(cat.statements[n].level));
    w.key("overdue");
    w.value(r.overdue.test(n));
    w.key("title_en");
    w.value(cat.statements[n].en);
    w.end_object();
  }
  w.end_object();
  w.key("tailored");
  w.begin_array();
  r.explicit_na.for_each([&](std::size_t n) {
    const auto id = detail::answer_ids<Catalog>.ids[n].view();
    w.begin_object();
    w.key("id");
    w.name(id);
    w.key("justification");
    w.value(doc.decisions.at(std::string{id}).justification);
    w.end_object();
  });
  w.end_array();
  w.key("undecided");
  w.value(r.unanswered_count);
  w.end_object();
  return w.finish();
}

/// The text of the result document of a risk catalog (coworking-user).
template <class Catalog>
std::string result_text(Catalog c, const assessment_document& doc, const risk_result<Catalog>& r) {
  const auto& cat = Catalog::catalog;
  constexpr const auto& tables = engine_tables_v<Catalog>;
  const detail::result_members head{Catalog::id, r.fingerprint, doc};
  detail::writer w{std::size_t{32} * 1024};
  w.begin_object();
  head.catalog_member(w);
  head.date_member(w);
  w.key("excluded");
  detail::write_excluded(w, c, doc, r.explicit_na);
  w.key("exclusions");
  detail::write_exclusions(w, doc);
  head.facility_and_fingerprint(w);
  w.key("groups");
  w.begin_object();
  for (const auto g : detail::number_order<Catalog::catalog.group_count>) {
    w.key(detail::number_text(std::size_t{g} + 1).view());
    w.begin_object();
    w.key("applicable");
    w.value(r.groups[g].applicable);
    w.key("implemented");
    w.value(r.groups[g].implemented);
    w.key("title_en");
    w.value(cat.groups[g].en);
    w.key("title_ja");
    w.value(cat.groups[g].ja);
    w.end_object();
  }
  w.end_object();
  w.key("measures");
  w.begin_object();
  for (const auto m : detail::answer_ids<Catalog>.sorted) {
    w.key(detail::answer_ids<Catalog>.ids[m].view());
    w.begin_object();
    w.key("status");
    w.name(item_state(r, m));
    w.key("title_en");
    w.value(cat.measures[m].en);
    w.key("title_ja");
    w.value(cat.measures[m].title_ja);
    w.end_object();
  }
  w.end_object();
  w.key("overall");
  detail::write_tally(w, r.overall);
  head.policy_member(w);
  w.key("provisional");
  w.value(r.provisional);
  w.key("residual_risks");
  w.begin_array();
  r.residual.for_each([&](std::size_t k) {
    w.begin_object();
    w.key("id");
    w.name(risk_id(c, k).view());
    w.key("mitigated_by");
    detail::write_item_ids(w, c, tables.mitigators[k]);
    w.key("title_en");
    w.value(cat.risks[k].en);
    w.key("title_ja");
    w.value(cat.risks[k].title_ja);
    w.end_object();
  });
  w.end_array();
  return detail::result_members::last_members(w, r.unanswered_count);
}

/// Rates a document read for one of `Catalogs` and returns its result text.
template <class Catalogs = catalogs::all>
std::string rate_text(const assessment_document& doc) {
  std::string out;
  visit_catalog<Catalogs>(doc.catalog, [&](auto c) {
    out = result_text(c, doc, evaluate(c, to_assessment(c, doc)));
  });
  return out;
}

}  // namespace teleworksec
