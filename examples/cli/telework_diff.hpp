#pragma once

// `diff A B` for the telework catalogs: what changed in the files (facts,
// answers or decisions) and what that did to the result — item states, group
// levels and the level (mic-telework-v4); conformance, open SHALLs, overdue and
// undecided counts (csaj-home-2018); measure states and residual risks
// (coworking-user). Included by diff.hpp after change_group and detail_diff.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "telework_wording.hpp"

namespace cli {

/// Every difference between two documents of telework catalog `c`.
template <class Catalog>
std::vector<change_group> diff_telework(Catalog c, const tws::assessment_document& a,
                                        const tws::assessment_document& b, lang l) {
  using detail_diff::compare_members;
  using doc_t = tws::assessment_document;
  constexpr auto kind = Catalog::kind;
  const auto& cat = Catalog::catalog;
  const auto ja = tws::to_json(a);
  const auto jb = tws::to_json(b);
  const auto member = [](const nlohmann::json& j, const char* key) {
    return j.value(key, nlohmann::json::object());
  };
  const auto rank = [&](const std::string& id) { return *tws::find_answer(c, id); };
  const auto title = [&](const std::string& id) {
    const auto i = *tws::find_answer(c, id);
    if constexpr (kind == tws::catalog_kind::self_check) {
      return one_line(say(l, cat.items[i].en, cat.items[i].ja));
    } else if constexpr (kind == tws::catalog_kind::policy) {
      return statement_title(c, i, l);
    } else {
      return risk_row_title(cat.measures[i], l);
    }
  };
  std::vector<change_group> groups;

  change_group meta{"assessment", say(l, "Assessment", "評価の条件"), {}, false};
  const auto meta_of = [](const doc_t& d) {
    auto m = nlohmann::json::object();
    if (!d.facility_name.empty()) m["facility"] = d.facility_name;
    if (!d.date.empty()) m["date"] = d.date;
    return m;
  };
  compare_members(
      meta, meta_of(a), meta_of(b), nullptr, a, b, [](const std::string&) { return std::size_t{0}; },
      [&](const std::string& key) {
        return key == "date" ? say(l, "date", "評価日") : say(l, "facility", "組織");
      },
      [&](const doc_t& d, const std::string& key) {
        return detail_diff::text_of(meta_of(d).value(key, nlohmann::json()), "—");
      });
  groups.push_back(std::move(meta));

  if constexpr (kind == tws::catalog_kind::self_check) {
    groups.push_back(detail_diff::fact_changes(c, say(l, "Facts", "条件"), ja, jb, a, b, l));
  }

  if constexpr (kind == tws::catalog_kind::policy) {
    change_group decisions{"decisions", say(l, "Decisions", "実施判定"), {}};
    compare_members(decisions, member(ja, "decisions"), member(jb, "decisions"), "undecided", a,
                    b, rank, title, [&](const doc_t& d, const std::string& id) {
                      const auto it = d.decisions.find(id);
                      if (it == d.decisions.end()) return decision_name(tws::decision::undecided, l);
                      const auto& e = it->second;
                      std::string s = decision_name(e.value, l);
                      if (!e.deadline.empty()) s += say(l, " by ", "、期限 ") + e.deadline;
                      if (!e.justification.empty()) s += say(l, ": ", "：") + e.justification;
                      std::string impacts;
                      for (std::size_t k = 0; k < tws::aspect_count; ++k) {
                        if (e.impacts[k] == tws::impact::unrated) continue;
                        impacts += (impacts.empty() ? "" : ", ") +
                                   std::string{tws::to_string(static_cast<tws::aspect>(k))} + " " +
                                   impact_name(e.impacts[k], l);
                      }
                      if (!impacts.empty()) s += " (" + impacts + ")";
                      return s;
                    });
    groups.push_back(std::move(decisions));
  } else {
    change_group answers{"answers", say(l, "Answers", "回答"), {}};
    compare_members(answers, member(ja, "answers"), member(jb, "answers"), "unanswered", a, b,
                    rank, title, [&](const doc_t& d, const std::string& id) {
                      const auto it = d.answers.find(id);
                      if (it == d.answers.end()) return answer_name(tws::answer::unanswered, l);
                      std::string s = answer_name(it->second.value, l);
                      if (!it->second.reason.empty()) s += say(l, ": ", "：") + it->second.reason;
                      return s;
                    });
    groups.push_back(std::move(answers));
  }

  const auto ra = tws::evaluate(c, tws::to_assessment(c, a));
  const auto rb = tws::evaluate(c, tws::to_assessment(c, b));
  change_group rating{"rating", say(l, "Rating", "評価結果"), {}, false};
  const auto add = [&](change_group& g, std::string id, std::string what, nlohmann::json from,
                       nlohmann::json to, std::string from_text, std::string to_text) {
    if (from != to) {
      g.changes.push_back({std::move(id), std::move(what), std::move(from), std::move(to),
                           std::move(from_text), std::move(to_text)});
    }
  };
  const auto count = [&](std::string id, std::string what, std::size_t x, std::size_t y) {
    add(rating, std::move(id), std::move(what), x, y, std::to_string(x), std::to_string(y));
  };

  if constexpr (kind == tws::catalog_kind::self_check || kind == tws::catalog_kind::risk) {
    change_group items{kind == tws::catalog_kind::self_check ? "items" : "measures",
                       say(l, kind == tws::catalog_kind::self_check ? "Items" : "Measures",
                           kind == tws::catalog_kind::self_check ? "項目" : "対策"),
                       {}};
    const auto state = [](const auto& r, std::size_t i) {
      return std::string{tws::detail::item_state(r, i)};
    };
    for (std::size_t i = 0; i < Catalog::item_count; ++i) {
      if (state(ra, i) == state(rb, i)) continue;
      const std::string id{tws::item_id(c, i).view()};
      items.changes.push_back({id, title(id), state(ra, i), state(rb, i), item_state_name(ra, i, l),
                               item_state_name(rb, i, l)});
    }
    groups.push_back(std::move(items));
  }

  if constexpr (kind == tws::catalog_kind::self_check) {
    change_group levels{"groups", say(l, "Threat groups", "対策の分類"), {}, false};
    for (std::size_t g = 0; g < cat.group_count; ++g) {
      const auto level_of = [&](const auto& r) {
        return r.rated_groups.test(g) ? nlohmann::json(tws::to_string(r.group_level[g]))
                                      : nlohmann::json(nullptr);
      };
      const auto text = [&](const auto& r) {
        return (r.rated_groups.test(g) ? std::string{tws::to_string(r.group_level[g])}
                                       : say(l, "not rated", "評価対象外")) +
               " (" + tally_text(r.by_group[g]) + ")";
      };
      add(levels, std::to_string(g + 1), group_title(c, g, l),
          {{"level", level_of(ra)},
           {"implemented", ra.by_group[g].implemented},
           {"applicable", ra.by_group[g].applicable}},
          {{"level", level_of(rb)},
           {"implemented", rb.by_group[g].implemented},
           {"applicable", rb.by_group[g].applicable}},
          text(ra), text(rb));
    }
    groups.push_back(std::move(levels));
    add(rating, "level", say(l, "level", "レベル"), tws::to_string(ra.level),
        tws::to_string(rb.level), self_check_level_name(ra.level, l),
        self_check_level_name(rb.level, l));
    count("unanswered", say(l, "unanswered items", "未回答の項目"), ra.unanswered_count,
          rb.unanswered_count);
  } else if constexpr (kind == tws::catalog_kind::policy) {
    const auto yes_no = [&](bool v) { return v ? say(l, "yes", "はい") : say(l, "no", "いいえ"); };
    add(rating, "conformant", say(l, "conformant", "適合"), ra.conformant, rb.conformant,
        yes_no(ra.conformant), yes_no(rb.conformant));
    count("nonconforming", say(l, "open SHALL statements", "未対応の遵守事項"),
          ra.nonconforming.count(), rb.nonconforming.count());
    count("overdue", say(l, "overdue", "期限切れ"), ra.overdue.count(), rb.overdue.count());
    count("undecided", say(l, "undecided statements", "未判定の項目"), ra.unanswered_count,
          rb.unanswered_count);
    count("plan", say(l, "statements in the plan", "計画中の項目"), ra.plan_size, rb.plan_size);
  } else {
    change_group risks{"residual_risks", say(l, "Residual risks", "残存リスク"), {}};
    for (std::size_t k = 0; k < cat.risk_count; ++k) {
      const bool x = ra.residual.test(k);
      const bool y = rb.residual.test(k);
      if (x == y) continue;
      const auto word = [&](bool residual) {
        return residual ? say(l, "residual", "残存") : say(l, "mitigated", "対策済み");
      };
      risks.changes.push_back({std::string{tws::risk_id(c, k).view()},
                               risk_row_title(cat.risks[k], l), x ? "residual" : "mitigated",
                               y ? "residual" : "mitigated", word(x), word(y)});
    }
    groups.push_back(std::move(risks));
    count("residual", say(l, "residual risks", "残存リスク"), ra.residual.count(),
          rb.residual.count());
    add(rating, "implemented", say(l, "measures implemented", "実施済みの対策"),
        tws::detail::tally_json(ra.overall), tws::detail::tally_json(rb.overall),
        tally_text(ra.overall), tally_text(rb.overall));
    count("unanswered", say(l, "unanswered measures", "未回答の対策"), ra.unanswered_count,
          rb.unanswered_count);
  }
  groups.push_back(std::move(rating));
  return groups;
}

}  // namespace cli
