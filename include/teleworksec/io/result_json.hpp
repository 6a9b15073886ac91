#pragma once

// The teleworksec/result/v1 document of a result as an nlohmann::json value,
// for callers that want to pick it apart (the CLI's `gaps --format json`).
// Its dump() text is what result_text() (result_writer.hpp) writes directly.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/assessment_json.hpp"
#include "teleworksec/io/result_parts.hpp"

namespace teleworksec {

namespace detail {

// "exclusions": the exclusions that expired and those expiring within 30 days.
inline nlohmann::json exclusions_json(const assessment_document& doc) {
  nlohmann::json j{{"expired", nlohmann::json::array()}, {"expiring", nlohmann::json::array()}};
  for (const auto& x : dated_exclusions(doc)) {
    j[x.term == exclusion_term::expired ? "expired" : "expiring"].push_back(
        {{"id", x.id},
         {"kind", x.kind},
         {"approved_by",
          x.approved_by.empty() ? nlohmann::json(nullptr) : nlohmann::json(x.approved_by)},
         {"expires", x.expires}});
  }
  return j;
}

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
  j["exclusions"] = exclusions_json(doc);
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


}  // namespace teleworksec
