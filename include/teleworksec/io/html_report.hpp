#pragma once

// A rating as one self-contained, printable HTML page: no script, no network,
// the styles inline and the charts inline SVG, laid out for A4 paper. It says
// what rate's report says — the facility, date, fingerprint, grades and level,
// a chart per category or group, what blocks the next level, what was excluded
// and why, and the diagnosis with its findings — in English or Japanese. Every
// text the assessment brings is escaped (html_escape) and wraps, however long.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/result_parts.hpp"
#include "teleworksec/io/text_escape.hpp"

namespace teleworksec {

namespace detail::html {

/// The English or the Japanese of a phrase.
struct language {
  bool ja = false;
  [[nodiscard]] std::string_view operator()(std::string_view en, std::string_view jp) const {
    return ja ? jp : en;
  }
  template <named_enum E>
  [[nodiscard]] std::string_view operator()(E e) const {
    return ja ? name_ja(e) : name_en(e);
  }
};

/// One part of a bar: how many, the colour, what they are.
struct segment {
  std::size_t count;
  std::string_view colour;
  std::string label;
};

/// A chart row: a category or group and its bar.
struct chart_row {
  std::string title;
  std::vector<segment> segments;
};

/// A table of the page: a heading, a note, columns and rows of plain text.
struct table {
  std::string heading;
  std::string note;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

/// What the page says, as plain text; render() escapes it.
struct page {
  std::string title;
  std::string level;  ///< the rating in a few words, shown large
  std::vector<std::pair<std::string, std::string>> fields;
  std::string chart_heading;
  std::vector<chart_row> charts;
  std::vector<table> tables;
};

inline constexpr std::string_view green = "#2e7d32";
inline constexpr std::string_view amber = "#f9a825";
inline constexpr std::string_view red = "#c62828";
inline constexpr std::string_view grey = "#9e9e9e";

/// A stacked bar as inline SVG, each segment as wide as its share, with a
/// text equivalent for screen readers.
inline std::string bar_svg(const std::vector<segment>& segments) {
  std::size_t total = 0;
  std::string label;
  for (const auto& s : segments) {
    total += s.count;
    if (s.count != 0) {
      label += (label.empty() ? "" : ", ") + std::to_string(s.count) + " " + s.label;
    }
  }
  std::string out =
      "<svg class=\"bar\" viewBox=\"0 0 300 16\" width=\"300\" height=\"16\" role=\"img\" "
      "aria-label=\"" + html_escape(label) + "\"><title>" + html_escape(label) + "</title>";
  if (total == 0) {
    out += "<rect x=\"0\" y=\"0\" width=\"300\" height=\"16\" fill=\"#eeeeee\"/>";
  }
  std::size_t before = 0;
  for (const auto& s : segments) {
    if (s.count == 0) continue;
    const std::size_t x = before * 300 / total;
    before += s.count;
    out += "<rect x=\"" + std::to_string(x) + "\" y=\"0\" width=\"" +
           std::to_string(before * 300 / total - x) + "\" height=\"16\" fill=\"" +
           std::string{s.colour} + "\"/>";
  }
  return out + "</svg>";
}

/// The page's styles: readable on a screen, A4 on paper, long words wrapped.
inline constexpr std::string_view style = R"(
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif;
  margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #212121; line-height: 1.45; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #bdbdbd; margin-top: 1.5rem; }
.level { font-size: 1.6rem; font-weight: bold; margin: .5rem 0 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: .9rem; }
th, td { border: 1px solid #bdbdbd; padding: .2rem .4rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
h1, dd, td, th, p { overflow-wrap: anywhere; word-break: break-word; white-space: pre-line; }
.chart td:first-child { width: 45%; }
.chart td:last-child { width: 30%; }
svg.bar { display: block; width: 100%; height: 1rem; }
.fp { font-family: monospace; }
footer { margin-top: 2rem; font-size: .8rem; color: #616161; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, .chart { break-inside: avoid; }
}
)";

/// `s` escaped on one line: a name in the title or a field cannot forge a line
/// of its own there (a table cell keeps its line breaks: reasons have paragraphs).
inline std::string html_line(std::string s) {
  for (auto& c : s) {
    if (c == '\n') c = ' ';
  }
  return html_escape(s);
}

/// The page as HTML.
inline std::string render(const page& p, language l) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += l.ja ? "ja" : "en";
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         html_line(p.title) + "</title>\n<style>" + std::string{style} +
         "</style>\n</head>\n<body>\n<h1>" + html_line(p.title) +
         "</h1>\n<p class=\"level\" id=\"level\">" + html_line(p.level) + "</p>\n<dl>\n";
  for (const auto& [label, value] : p.fields) {
    out += "<dt>" + html_line(label) + "</dt><dd>" + html_line(value) + "</dd>\n";
  }
  out += "</dl>\n<h2>" + html_escape(p.chart_heading) + "</h2>\n<table class=\"chart\">\n";
  for (const auto& row : p.charts) {
    std::string counts;
    for (const auto& s : row.segments) {
      if (s.count != 0) counts += (counts.empty() ? "" : ", ") + std::to_string(s.count) + " " + s.label;
    }
    out += "<tr><td>" + html_escape(row.title) + "</td><td>" + bar_svg(row.segments) +
           "</td><td>" + html_escape(counts) + "</td></tr>\n";
  }
  out += "</table>\n";
  for (const auto& t : p.tables) {
    out += "<section>\n<h2>" + html_escape(t.heading) + "</h2>\n";
    if (!t.note.empty()) out += "<p>" + html_escape(t.note) + "</p>\n";
    if (t.rows.empty()) {
      out += "</section>\n";
      continue;
    }
    out += "<table>\n<thead><tr>";
    for (const auto& c : t.columns) out += "<th>" + html_escape(c) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
      out += "<tr>";
      for (const auto& cell : row) out += "<td>" + html_escape(cell) + "</td>";
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
  }
  out += "<footer>teleworksec " + std::string{version_string} + "</footer>\n</body>\n</html>\n";
  return out;
}

/// The fields every page starts with: who, which catalog, the date and the
/// fingerprint of the rules that rated it.
inline page page_head(const assessment_document& doc, std::uint64_t fingerprint, language l,
                      std::string_view who_ja) {
  page p;
  p.title = std::string{l("Security rating: ", "セキュリティ評価：")} +
            (doc.facility_name.empty() ? doc.catalog : doc.facility_name);
  p.fields = {
      {std::string{l("Facility", who_ja)},
       doc.facility_name.empty() ? std::string{l("(unnamed)", "（名称なし）")} : doc.facility_name},
      {std::string{l("Catalog", "カタログ")}, doc.catalog},
      {std::string{l("Date", "評価日")},
       doc.date.empty() ? std::string{l("(not dated)", "（日付なし）")} : doc.date},
      {std::string{l("Fingerprint", "フィンガープリント")}, fingerprint_hex(fingerprint)},
  };
  return p;
}

/// "yes — 3 unanswered" or "no".
inline std::string provisional_text(bool provisional, std::size_t unanswered, language l) {
  if (!provisional) return std::string{l("no — every applicable item is answered", "いいえ — すべて回答済み")};
  return std::string{l("yes — ", "はい — 未回答 ")} + std::to_string(unanswered) +
         std::string{l(" unanswered (counted as not met)", " 件（未達として評価）")};
}

/// The excluded ("na") items of a document with their reasons, as a table.
template <class C, class Set>
table excluded_table(C c, const assessment_document& doc, const Set& na, language l) {
  table t{std::string{l("Excluded as not applicable (na)", "対象外（na）とした項目")}, {},
          {std::string{l("item", "項目")}, std::string{l("reason", "理由")}}, {}};
  na.for_each([&](std::size_t i) {
    const std::string id{answer_id(c, i).view()};
    const auto it = doc.answers.find(id);
    t.rows.push_back({id, it == doc.answers.end() || it->second.reason.empty()
                              ? std::string{l("(no reason given)", "（理由なし）")}
                              : it->second.reason});
  });
  if (t.rows.empty()) t.note = std::string{l("None.", "ありません。")};
  return t;
}

/// Implemented against applicable as a bar.
inline std::vector<segment> tally_segments(tally t, language l) {
  return {{std::size_t{t.implemented}, green, std::string{l("implemented", "実施済み")}},
          {std::size_t{t.applicable} - t.implemented, red,
           std::string{l("not implemented", "未実施")}}};
}

// --- certification ------------------------------------------------------------

template <class C>
page certification_page(C c, const assessment_document& doc, const certification_result<C>& r,
                        language l) {
  using res = certification_result<C>;
  const auto& program = C::program_catalog::program;
  const auto& checklist = C::checklist;
  const auto level_label = [&](std::uint8_t stars) {
    const auto& def = level_named(program, stars);
    std::string s;
    for (std::uint8_t n = 0; n < stars; ++n) s += "★";
    return s + (s.empty() ? "" : " ") + std::string{l.ja ? def.name_ja : def.name_en};
  };
  page p = page_head(doc, r.fingerprint, l, "施設");
  p.level = level_label(r.level.stars) +
            std::string{r.level.indicative ? l(" (indicative: no diagnosis)", "（参考値：診断なし）")
                                           : ""};
  p.fields.emplace_back(l("Policy", "評価方針"), l(r.policy));
  p.fields.emplace_back(l("Audit grade", "情報セキュリティ監査"), to_string(r.audit_grade));
  p.fields.emplace_back(l("Diagnosis grade", "脆弱性診断"),
                        r.has_diagnosis ? to_string(r.diagnosis_grade)
                                        : l("no diagnosis — level is indicative",
                                            "診断なし — レベルは参考値"));
  p.fields.emplace_back(l("Level", "認証レベル"), p.level);
  p.fields.emplace_back(l("Provisional", "暫定"),
                        provisional_text(r.provisional, r.unanswered_count, l));

  p.chart_heading = l("Audit items by category", "カテゴリ別の監査項目");
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    std::size_t counts[4] = {};
    for (std::size_t m = 0; m < res::measure_count; ++m) {
      if (C::checklist_scoring.measure_category[m] == cat) {
        ++counts[static_cast<std::size_t>(r.measure_status[m])];
      }
    }
    const auto& def = checklist.categories[cat];
    p.charts.push_back({std::to_string(def.no) + " " + std::string{l(def.en, def.ja)},
                        {{counts[static_cast<std::size_t>(status::compliant)], green,
                          std::string{l(status::compliant)}},
                         {counts[static_cast<std::size_t>(status::partial)], amber,
                          std::string{l(status::partial)}},
                         {counts[static_cast<std::size_t>(status::noncompliant)], red,
                          std::string{l(status::noncompliant)}},
                         {counts[static_cast<std::size_t>(status::not_applicable)], grey,
                          std::string{l(status::not_applicable)}}}});
  }

  const auto item_title = [&](std::size_t m) {
    return std::string{override_id(c, m).view()} + " " +
           std::string{l.ja ? program.audit_items[m].ja : checklist.measures[m].en};
  };
  const auto check_title = [&](std::size_t k) {
    return std::string{check_id(c, k).view()} + " " +
           std::string{l.ja ? program.checks[k].subject_ja : program.checks[k].en};
  };

  const auto g = gaps_to_next_level(c, r);
  table gaps;
  gaps.columns = {std::string{l("what", "項目")}, std::string{l("state", "状態")},
                  std::string{l("needed", "必要")}};
  if (g.target_stars == 0) {
    gaps.heading = l("Next level", "次のレベル");
    gaps.note = l("Nothing blocks: this is the highest level.", "最高レベルです。妨げるものはありません。");
  } else {
    const auto col =
        static_cast<std::size_t>(level_named(program, g.target_stars).column_required);
    gaps.heading = l.ja ? level_label(g.target_stars) + " に必要なこと"
                        : "What blocks " + level_label(g.target_stars);
    if (g.diagnosis_missing) {
      gaps.note = l("No vulnerability diagnosis (脆弱性診断) was performed: the level is indicative.",
                    "脆弱性診断が実施されていないため、レベルは参考値です。");
    }
    if (g.audit_grade_blocks) {
      gaps.rows.push_back({std::string{l("audit grade", "情報セキュリティ監査の評価")},
                           std::string{to_string(r.audit_grade)},
                           "A–" + std::string{to_string(g.audit_grade_needed)}});
    }
    if (g.diagnosis_grade_blocks) {
      gaps.rows.push_back({std::string{l("diagnosis grade", "脆弱性診断の評価")},
                           std::string{to_string(r.diagnosis_grade)},
                           "A–" + std::string{to_string(g.diagnosis_grade_needed)}});
    }
    g.audit_items.for_each([&](std::size_t m) {
      std::string failing;
      (C::checklist_scoring.measure_questions[m] & g.questions).for_each([&](std::size_t q) {
        failing += (failing.empty() ? "" : ", ") + std::string{question_id(c, q).view()};
      });
      gaps.rows.push_back({item_title(m),
                           std::string{l(r.measure_status[m])} +
                               (failing.empty() ? "" : std::string{l(": ", "：")} + failing),
                           std::string{symbol(program.audit_items[m].marks[col])}});
    });
    for (std::size_t k = 0; k < res::check_count; ++k) {
      if (g.checks_not_performed.test(k)) {
        gaps.rows.push_back({check_title(k), std::string{l(check_outcome::kind::not_performed)},
                             std::string{symbol(program.checks[k].marks[col])}});
      } else if (g.checks_too_low.test(k)) {
        gaps.rows.push_back({check_title(k),
                             std::string{l("grade ", "評価 ")} +
                                 std::string{to_string(r.check_grade[k])},
                             std::string{symbol(program.checks[k].marks[col])}});
      }
    }
  }
  p.tables.push_back(std::move(gaps));

  if (r.overridden.any()) {
    table set{std::string{l("Set by an inspector", "検査員が設定した状態")}, {},
              {std::string{l("audit item", "監査項目")}, std::string{l("status", "状態")},
               std::string{l("by", "設定者")}, std::string{l("note", "備考")}},
              {}};
    r.overridden.for_each([&](std::size_t m) {
      const auto it = doc.overrides.find(std::string{override_id(c, m).view()});
      set.rows.push_back({item_title(m), std::string{l(r.measure_status[m])},
                          it == doc.overrides.end() ? "" : it->second.by,
                          it == doc.overrides.end() ? "" : it->second.note});
    });
    p.tables.push_back(std::move(set));
  }
  p.tables.push_back(excluded_table(c, doc, r.explicit_na, l));

  if constexpr (res::check_count != 0) {
    table diagnosis{std::string{l("Diagnosis", "脆弱性診断")}, {},
                    {std::string{l("check", "検査項目")}, std::string{l("state", "状態")},
                     std::string{l("findings or why", "指摘事項・理由")}},
                    {}};
    if (!r.has_diagnosis) diagnosis.note = l("No diagnosis.", "診断なし。");
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const auto it = doc.diagnosis.find(std::string{check_id(c, k).view()});
      if (it == doc.diagnosis.end()) continue;
      const auto& e = it->second;
      std::string state{l(r.checks[k].what())};
      if (r.checks[k].what() == check_outcome::kind::findings) {
        state += std::string{l(", grade ", "、評価 ")} + std::string{to_string(r.check_grade[k])};
      }
      std::string detail;
      for (const auto& f : e.findings) {
        detail += (detail.empty() ? "" : "\n") + std::string{l(f.level)} + ": " + f.title +
                  (f.ref.empty() ? "" : " (" + f.ref + ")");
      }
      if (r.checks[k].what() == check_outcome::kind::not_performed) {
        for (const auto& why : why_not_performed(&e)) detail += (detail.empty() ? "" : "\n") + why;
      } else if (!e.note.empty()) {
        detail += (detail.empty() ? "" : "\n") + e.note;
      }
      diagnosis.rows.push_back({check_title(k), std::move(state), std::move(detail)});
    }
    if (r.has_diagnosis) p.tables.push_back(std::move(diagnosis));
  }
  return p;
}

// --- self-check, policy, risk ----------------------------------------------------

template <class C>
page self_check_page(C c, const assessment_document& doc, const self_check_result<C>& r,
                     language l) {
  const auto& cat = C::catalog;
  page p = page_head(doc, r.fingerprint, l, "組織");
  p.level = l(r.level);
  p.fields.emplace_back(l("Level", "レベル"), p.level);
  p.fields.emplace_back(l("Provisional", "暫定"),
                        provisional_text(r.provisional, r.unanswered_count, l));
  p.chart_heading = l("Items by threat group", "対策の分類別の項目");
  for (std::size_t g = 0; g < C::catalog.group_count; ++g) {
    p.charts.push_back({std::to_string(cat.groups[g].no) + " " +
                            std::string{l(cat.groups[g].en, cat.groups[g].ja)} + " — " +
                            std::string{l(r.group_level[g])},
                        tally_segments(r.by_group[g], l)});
  }
  table gaps{std::string{l("What to do next", "次にすべきこと")}, {},
             {std::string{l("item", "項目")}, std::string{l("kind", "区分")},
              std::string{l("state", "状態")}},
             {}};
  const auto add = [&](std::size_t i, std::string_view kind) {
    gaps.rows.push_back({std::string{answer_id(c, i).view()} + " " +
                             std::string{l(cat.items[i].en, cat.items[i].ja)},
                         std::string{kind},
                         std::string{r.unanswered.test(i) ? l("unanswered", "未回答")
                                                          : l("not implemented", "未実施")}});
  };
  r.unmet_basic.for_each([&](std::size_t i) { add(i, l("basic", "基本対策事項")); });
  r.unmet_recommended.for_each([&](std::size_t i) { add(i, l("recommended", "推奨対策事項")); });
  if (gaps.rows.empty()) gaps.note = l("Every applicable item is implemented.", "該当する項目はすべて実施済みです。");
  p.tables.push_back(std::move(gaps));
  p.tables.push_back(excluded_table(c, doc, r.explicit_na, l));
  return p;
}

template <class C>
page policy_page(C c, const assessment_document& doc, const policy_result<C>& r, language l) {
  const auto& cat = C::catalog;
  page p = page_head(doc, r.fingerprint, l, "組織");
  p.level = r.conformant ? l("Conformant", "適合") : l("Not conformant", "不適合");
  p.fields.emplace_back(l("Conformance", "適合性"), p.level);
  p.fields.emplace_back(l("Undecided", "未決定"), std::to_string(r.unanswered_count));
  p.chart_heading = l("Statements by group (implemented of applicable)", "グループ別の対策項目（実施済み／対象）");
  for (std::size_t g = 0; g < C::catalog.group_count; ++g) {
    tally t{};
    for (const auto& per_level : r.by_group[g]) {
      t.applicable = static_cast<decltype(t.applicable)>(t.applicable + per_level.applicable);
      t.implemented = static_cast<decltype(t.implemented)>(t.implemented + per_level.implemented);
    }
    p.charts.push_back({std::to_string(cat.groups[g].no) + " " +
                            std::string{l(cat.groups[g].en, cat.groups[g].ja)},
                        tally_segments(t, l)});
  }
  table plan{std::string{l("Plan: open statements by impact, then deadline",
                           "計画：影響度、期限の順の未実施項目")},
             {},
             {std::string{l("statement", "対策項目")}, std::string{l("level", "区分")},
              std::string{l("decision", "判定")}, std::string{l("deadline", "期限")}},
             {}};
  for (std::size_t k = 0; k < r.plan_size; ++k) {
    const std::size_t n = r.plan[k];
    const std::string id{answer_id(c, n).view()};
    const auto it = doc.decisions.find(id);
    plan.rows.push_back(
        {id + " " + std::string{l(cat.statements[n].en, cat.statements[n].ja)},
         std::string{l(cat.statements[n].level)},
         std::string{l(r.planned.test(n) ? decision::planned : decision::undecided)},
         (it == doc.decisions.end() ? std::string{} : it->second.deadline) +
             (r.overdue.test(n) ? std::string{l(" OVERDUE", " 期限超過")} : std::string{})});
  }
  if (plan.rows.empty()) plan.note = l("No open statement.", "未実施の項目はありません。");
  p.tables.push_back(std::move(plan));
  table tailored{std::string{l("Tailored out (not needed)", "不要とした項目")}, {},
                 {std::string{l("statement", "対策項目")}, std::string{l("justification", "理由")}},
                 {}};
  r.explicit_na.for_each([&](std::size_t n) {
    const std::string id{answer_id(c, n).view()};
    const auto it = doc.decisions.find(id);
    tailored.rows.push_back({id, it == doc.decisions.end() ? "" : it->second.justification});
  });
  if (tailored.rows.empty()) tailored.note = l("None.", "ありません。");
  p.tables.push_back(std::move(tailored));
  return p;
}

template <class C>
page risk_page(C c, const assessment_document& doc, const risk_result<C>& r, language l) {
  const auto& cat = C::catalog;
  constexpr const auto& tables = engine_tables_v<C>;
  page p = page_head(doc, r.fingerprint, l, "組織");
  const auto n = r.residual.count();
  p.level = n == 0 ? std::string{l("No residual risk", "残存リスクなし")}
                   : std::string{l("Residual risks: ", "残存リスク：")} + std::to_string(n);
  p.fields.emplace_back(l("Residual risks", "残存リスク"), std::to_string(n));
  p.fields.emplace_back(l("Provisional", "暫定"),
                        provisional_text(r.provisional, r.unanswered_count, l));
  p.chart_heading = l("Measures by group", "グループ別の対策");
  for (std::size_t g = 0; g < C::catalog.group_count; ++g) {
    p.charts.push_back({std::to_string(cat.groups[g].no) + " " +
                            std::string{l(cat.groups[g].en, cat.groups[g].ja)},
                        tally_segments(r.groups[g], l)});
  }
  table residual{std::string{l("Residual risks and the measures that would mitigate them",
                               "残存リスクと軽減する対策")},
                 {},
                 {std::string{l("risk", "リスク")}, std::string{l("measures", "対策")}},
                 {}};
  r.residual.for_each([&](std::size_t k) {
    std::string measures;
    tables.mitigators[k].for_each([&](std::size_t m) {
      measures += (measures.empty() ? "" : "\n") + std::string{answer_id(c, m).view()} + " " +
                  std::string{l(cat.measures[m].en, cat.measures[m].title_ja)};
    });
    residual.rows.push_back({std::string{risk_id(c, k).view()} + " " +
                                 std::string{l(cat.risks[k].en, cat.risks[k].title_ja)},
                             measures});
  });
  if (residual.rows.empty()) residual.note = l("None.", "ありません。");
  p.tables.push_back(std::move(residual));
  p.tables.push_back(excluded_table(c, doc, r.explicit_na, l));
  return p;
}

}  // namespace detail::html

/// The rating as one self-contained printable HTML page in `lang` ("ja", or
/// English for anything else).
template <catalog C>
std::string html_report_text(C c, const assessment_document& doc, const result_t<C>& r,
                             std::string_view lang) {
  const detail::html::language l{lang == "ja"};
  if constexpr (C::kind == catalog_kind::certification) {
    return render(detail::html::certification_page(c, doc, r, l), l);
  } else if constexpr (C::kind == catalog_kind::self_check) {
    return render(detail::html::self_check_page(c, doc, r, l), l);
  } else if constexpr (C::kind == catalog_kind::policy) {
    return render(detail::html::policy_page(c, doc, r, l), l);
  } else {
    return render(detail::html::risk_page(c, doc, r, l), l);
  }
}

}  // namespace teleworksec
