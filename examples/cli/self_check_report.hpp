#pragma once

// `rate` and `gaps` for a self-check catalog (mic-telework-v4, SPEC §5): the
// level of the weakest threat group, each group by role, and the unmet items,
// basic before recommended.

#include <cstddef>
#include <string>
#include <vector>

#include "report.hpp"
#include "telework_wording.hpp"

namespace cli {

/// The gap sections: unmet basic items, then unmet recommended ones. `full`
/// adds the Japanese text of each item; otherwise a pointer to `gaps`.
template <class Catalog>
void add_self_check_gaps(report& rep, Catalog c, const tws::self_check_result<Catalog>& r, lang l,
                         bool full, const std::string& file = {}) {
  const auto& cat = Catalog::catalog;
  if (r.unmet_basic.none() && r.unmet_recommended.none()) {
    section done;
    done.heading = say(l, "Next steps", "次にすべきこと");
    done.paragraphs.emplace_back(say(l, "Nothing left: every applicable item is implemented.",
                                     "該当する項目はすべて実施済みです。"));
    rep.sections.push_back(std::move(done));
    return;
  }
  const auto add = [&](const auto& set, std::string heading, std::string_view pointer_en,
                       std::string_view pointer_ja) {
    if (set.none()) return;
    section s;
    s.heading = std::move(heading);
    s.columns = {say(l, "item", "項目"), say(l, "group", "分類"), say(l, "state", "状態")};
    if (full) s.columns.push_back(say(l, "text", "内容"));
    set.for_each([&](std::size_t i) {
      const auto& item = cat.items[i];
      std::string id{tws::item_id(c, i).view()};
      if (l == lang::en) id += " " + std::string{item.en};
      std::vector<std::string> row{id, std::to_string(item.group), item_state_name(r, i, l)};
      if (full) row.push_back(one_line(item.ja));
      s.rows.push_back(std::move(row));
    });
    if (!full && !file.empty()) {
      const auto command = "teleworksec gaps " + file;
      s.paragraphs.push_back(l == lang::ja ? std::string{pointer_ja} + "全文は `" + command +
                                                 "` で表示します。"
                                           : "`" + command + "` " + std::string{pointer_en});
    }
    rep.sections.push_back(std::move(s));
  };
  add(r.unmet_basic,
      say(l, "Basic measures not implemented (基本対策事項) — first",
          "未実施の基本対策事項（最初に対応）"),
      "prints each item in full.", "各項目の");
  add(r.unmet_recommended,
      say(l, "Recommended measures not implemented (推奨対策事項)", "未実施の推奨対策事項"),
      "prints each item in full.", "各項目の");
}

/// The report of `rate` for a self-check catalog.
template <class Catalog>
report self_check_report(Catalog c, const tws::assessment_document& doc,
                         const tws::self_check_result<Catalog>& r, lang l,
                         const std::string& file) {
  const auto& cat = Catalog::catalog;
  auto rep = telework_rate_report(
      "Telework security self-check: ", "テレワークセキュリティ自己点検：", doc, r.fingerprint, l);
  std::string weakest;
  r.weakest.for_each(
      [&](std::size_t g) { weakest += (weakest.empty() ? "" : ", ") + group_title(c, g, l); });
  rep.fields.emplace_back(say(l, "Level", "レベル"),
                          self_check_level_name(r.level, l) + " (" +
                              std::string{tws::to_string(r.level)} + ")");
  rep.fields.emplace_back(say(l, "Weakest groups", "最も弱い分類"),
                          weakest.empty() ? say(l, "(no applicable item)", "（該当項目なし）")
                                          : weakest);
  std::string patterns;
  const auto& facts = cat.facts;
  for (std::size_t f = 0; f < facts.size(); ++f) {
    const auto it = doc.facts.find(std::string{facts[f].id});
    const bool value = it == doc.facts.end() || it->second;
    if (facts[f].id == "byod") {
      rep.fields.emplace_back(say(l, "Private devices (BYOD)", "私用端末の利用"),
                              value ? say(l, "yes", "あり") : say(l, "no", "なし"));
    } else if (value) {
      patterns += (patterns.empty() ? "" : ", ") + std::string{say(l, facts[f].en, facts[f].ja)};
    }
  }
  rep.fields.emplace_back(say(l, "Telework patterns", "テレワークのパターン"),
                          patterns.empty() ? say(l, "(none)", "（なし）") : patterns);
  rep.fields.emplace_back(say(l, "Provisional", "暫定"),
                          provisional_text(r.provisional, r.unanswered_count, l, "item", "項目"));

  section groups;
  groups.heading = say(l, "By threat group", "対策の分類別");
  groups.columns = {say(l, "group", "分類"), say(l, "level", "レベル"),
                    say(l, "implemented", "実施/該当")};
  for (std::size_t ro = 0; ro < cat.role_count; ++ro) {
    groups.columns.push_back(role_name(c, ro, l));
  }
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    std::vector<std::string> row{group_title(c, g, l),
                                 r.rated_groups.test(g)
                                     ? std::string{tws::to_string(r.group_level[g])}
                                     : say(l, "(not rated)", "（評価対象外）"),
                                 tally_text(r.by_group[g])};
    for (std::size_t ro = 0; ro < cat.role_count; ++ro) {
      row.push_back(tally_text(r.by_role_group[ro][g]));
    }
    groups.rows.push_back(std::move(row));
  }
  std::string roles;
  for (std::size_t ro = 0; ro < cat.role_count; ++ro) {
    roles += (roles.empty() ? "" : ", ") + role_name(c, ro, l) + " " +
             tally_text(r.by_role[ro]);
  }
  groups.paragraphs.push_back(
      say(l, "Columns: group, level, implemented/applicable, then by role.",
          "列：分類、レベル、実施/該当、役割別の実施/該当。"));
  groups.paragraphs.push_back(say(l, "Implemented/applicable by role: ", "役割別の実施/該当：") +
                              roles);
  rep.sections.push_back(std::move(groups));

  add_self_check_gaps(rep, c, r, l, false, file);
  add_excluded_section(rep, c, doc, r.explicit_na, l);
  return rep;
}

}  // namespace cli
