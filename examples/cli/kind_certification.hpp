#pragma once

// The certification kind (coworking-v2, certification-v2; SPEC §4) as the
// commands see it: every function here takes the catalog tag first and is
// chosen by overload against the other kinds' adapters.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "changes.hpp"
#include "questionnaire.hpp"
#include "report.hpp"
#include "rules_markdown.hpp"
#include "wording.hpp"

namespace cli {

// --- words -------------------------------------------------------------------

/// "★★★ Safe", "★★★ 安全", "Not certifiable", "認証不可".
template <certification_catalog C>
std::string level_label(C, std::uint8_t n, lang l) {
  const auto& level = tws::level_named(C::program_catalog::program, n);
  const std::string name{say(l, level.name_en, level.name_ja)};
  return n == 0 ? name : stars(n) + " " + name;
}

/// The level, marked indicative when there is no diagnosis.
template <certification_catalog C>
std::string level_text(C c, const tws::result_t<C>& r, lang l) {
  return level_label(c, r.level.stars, l) +
         (r.level.indicative ? say(l, " (indicative: no diagnosis)", "（参考値：診断なし）")
                             : std::string{});
}

/// A category title, e.g. "3 Network equipment (Wi-Fi access points, routers)".
template <certification_catalog C>
std::string category_title(C, std::size_t cat, lang l) {
  return numbered_title(C::checklist.categories[cat], l);
}

/// The title of measure m, which is also its audit item: the catalog's
/// English title, or the 確認内容 of the audit table.
template <certification_catalog C>
std::string measure_title(C, std::size_t m, lang l) {
  return say(l, C::checklist.measures[m].en, C::program_catalog::program.audit_items[m].ja);
}

/// The title of diagnosis check k: English, or its 調査 (with its 検査方法
/// when `detailed`).
template <certification_catalog C>
std::string check_title(C, std::size_t k, lang l, bool detailed = false) {
  const auto& def = C::program_catalog::program.checks[k];
  if (l == lang::en) return std::string{def.en};
  return std::string{def.subject_ja} + (detailed ? "：" + std::string{def.method_ja} : "");
}

/// The ID measure m is overridden by: its audit item, or the measure itself.
template <certification_catalog C>
std::string audit_id(C c, std::size_t m) {
  return std::string{tws::override_id(c, m).view()};
}

/// What a mark of the 評価一覧 tables asks of an audit item.
inline std::string mark_need(tws::mark m, lang l) {
  const std::string sym{tws::symbol(m)};
  switch (m) {
    case tws::mark::required:
      return sym + say(l, " requires compliant", " 準拠が必要");
    case tws::mark::partial_ok:
      return sym + say(l, " requires partial or better", " 一部準拠で可");
    case tws::mark::not_assessed:
      break;
  }
  return sym + say(l, " not assessed", " 評価対象外");
}

/// The worst grade a check may have to meet mark `m` and a level that allows
/// diagnosis grades up to `level_max` (from the rules, not restated here).
template <certification_catalog C>
tws::grade check_grade_needed(C, tws::mark m, tws::grade level_max) {
  using rules = typename C::default_rules;
  using tws::check_outcome;
  auto needed = tws::grade::A;
  const auto consider = [&](check_outcome o) {
    const auto g = rules::check_grade(o);
    if (g <= level_max && rules::check_meets(m, o)) needed = tws::worst(needed, g);
  };
  consider(check_outcome::passed());
  for (auto s :
       {tws::severity::low, tws::severity::medium, tws::severity::high, tws::severity::urgent}) {
    consider(check_outcome::findings(s));
  }
  return needed;
}

/// Why a failing question fails: no, unanswered, or a yes without acceptable evidence.
template <certification_catalog C>
std::string question_state(C, const tws::result_t<C>& r, std::size_t q, lang l) {
  if (r.unanswered.test(q)) return label(tws::answer::unanswered, l);
  if (!r.unverified.test(q)) return label(tws::answer::no, l);
  std::string kinds;
  const auto accepted = C::checklist.questions[q].evidence;
  for (const auto& kind : tws::enum_names<tws::evidence_kind>::table) {
    if (accepted.contains(kind.value)) kinds += (kinds.empty() ? "" : ", ") + std::string{kind.id};
  }
  return say(l, "yes, unverified (evidence needed: ", "はい・証跡なし（必要な証跡：") + kinds +
         say(l, ")", "）");
}

// --- rate and gaps -----------------------------------------------------------

/// The diagnosis entry of check `id`, or null when the file has none.
inline const tws::check_entry* diagnosis_entry(const tws::assessment_document& doc,
                                               const std::string& id) {
  const auto it = doc.diagnosis.find(id);
  return it == doc.diagnosis.end() ? nullptr : &it->second;
}

/// Where a diagnosis check's status came from: the scans that tested it (or,
/// if none did, the scans that could not), or by hand.
inline std::string check_origin(const tws::check_entry& e, lang l) {
  if (e.sources.empty()) return say(l, "by hand", "手入力");
  std::string tested;
  std::string untested;
  for (const auto& src : e.sources) {
    auto& list = src.not_covered.empty() ? tested : untested;
    list += (list.empty() ? "" : ", ") + src.file;
  }
  if (!tested.empty()) return say(l, "scan ", "スキャン ") + tested;
  return say(l, "untested by scan ", "スキャンで未検査 ") + untested;
}

/// Why a check is in its state: the findings that set its grade, or why it
/// was not performed (the importer's reasons, in English).
inline std::string check_explanation(const tws::check_entry* e, tws::check_outcome o, lang l) {
  std::string text;
  if (o.what() == tws::check_outcome::kind::not_performed) {
    for (const auto& why : tws::why_not_performed(e)) text += (text.empty() ? "" : " / ") + why;
    return text;
  }
  if (e == nullptr) return text;
  std::size_t others = 0;
  for (const auto& f : e->findings) {
    if (!tws::sets_grade(*e, f)) {
      ++others;
      continue;
    }
    text += (text.empty() ? "" : " / ") + std::string{label(f.level, l)} + ": " + f.title;
  }
  if (others > 0) {
    text += l == lang::ja ? "（ほか " + std::to_string(others) + " 件）"
                          : " (and " + std::to_string(others) + " lesser)";
  }
  return text;
}

/// The sections that say what blocks the next level. `full` adds every failing
/// question with its text, grouped by category; otherwise one short section
/// that points to `teleworksec gaps <file>`.
template <certification_catalog C>
void add_gap_sections(report& rep, C c, const tws::assessment_document& doc,
                      const tws::result_t<C>& r, lang l, bool full, const std::string& file = {}) {
  using res = tws::result_t<C>;
  const auto& program = C::program_catalog::program;
  const auto g = tws::gaps_to_next_level(c, r);

  section head;
  if (g.target_stars == 0) {
    head.heading = say(l, "Next level", "次のレベル");
    head.paragraphs.emplace_back(say(l, "Nothing blocks: this is the highest level.",
                                     "最高レベルです。妨げるものはありません。"));
    if (r.level.indicative) {
      head.paragraphs.emplace_back(say(
          l, "The level is indicative until a vulnerability diagnosis (脆弱性診断) is performed.",
          "脆弱性診断を実施するまで、レベルは参考値です。"));
    }
    rep.sections.push_back(std::move(head));
    return;
  }
  const auto target = level_label(c, g.target_stars, l);
  const auto col =
      static_cast<std::size_t>(tws::level_named(program, g.target_stars).column_required);
  head.heading = l == lang::ja ? target + " に必要なこと" : "What blocks " + target;
  head.columns = {say(l, "what", "項目"), say(l, "state", "状態"), say(l, "needed", "必要")};
  if (g.diagnosis_missing) {
    const std::string id{C::id};
    head.paragraphs.emplace_back(
        !tws::has_diagnosis_v<C>
            ? (l == lang::ja
                   ? id + " には脆弱性診断がないため、レベルは参考値です。認証には同じ回答を " +
                         std::string{C::program_catalog::id} +
                         " として脆弱性診断とあわせて評価します。"
                   : id + " has no diagnosis, so the level is indicative: certification rates "
                          "the same answers as " +
                         std::string{C::program_catalog::id} +
                         " with a vulnerability diagnosis (脆弱性診断).")
            : say(l,
                  "No diagnosis check was performed: the level is indicative until a "
                  "vulnerability diagnosis (脆弱性診断) is made.",
                  "脆弱性診断が実施されていないため、レベルは参考値です。"));
  }
  if (!full) {
    const auto command = "teleworksec gaps " + file;
    head.paragraphs.push_back(l == lang::ja
                                  ? "不足している質問の全文は `" + command + "` で表示します。"
                                  : "`" + command + "` lists the failing questions in full.");
  }
  if (g.audit_grade_blocks) {
    head.rows.push_back({say(l, "audit grade", "情報セキュリティ監査の評価"),
                         std::string{tws::to_string(r.audit_grade)},
                         grade_range(g.audit_grade_needed)});
  }
  if (g.diagnosis_grade_blocks) {
    head.rows.push_back({say(l, "diagnosis grade", "脆弱性診断の評価"),
                         std::string{tws::to_string(r.diagnosis_grade)},
                         grade_range(g.diagnosis_grade_needed)});
  }

  const auto item_row = [&](std::size_t m) {
    std::string state{label(r.measure_status[m], l)};
    if (r.overridden.test(m)) state += say(l, " (set by inspector)", "（検査員による設定）");
    return std::vector<std::string>{audit_id(c, m) + " " + measure_title(c, m, l), state,
                                    mark_need(program.audit_items[m].marks[col], l)};
  };
  std::vector<section> by_category(res::category_count);
  g.audit_items.for_each([&](std::size_t m) {
    const std::size_t cat = C::checklist_scoring.measure_category[m];
    auto& rows = full ? by_category[cat].rows : head.rows;
    rows.push_back(item_row(m));
    if (!full) return;
    (C::checklist_scoring.measure_questions[m] & g.questions).for_each([&](std::size_t q) {
      rows.push_back({"  " + std::string{tws::question_id(c, q).view()}, question_state(c, r, q, l),
                      std::string{C::checklist.questions[q].ja}});
    });
  });

  section checks;
  checks.heading = say(l, "Diagnosis checks", "脆弱性診断の検査項目");
  checks.columns = head.columns;
  for (std::size_t k = 0; k < C::check_count; ++k) {
    const auto m = program.checks[k].marks[col];
    const auto title = std::string{tws::check_id(c, k).view()} + " " + check_title(c, k, l, full);
    if (g.checks_not_performed.test(k)) {
      const auto* entry = diagnosis_entry(doc, std::string{tws::check_id(c, k).view()});
      (full ? checks.rows : head.rows)
          .push_back({title,
                      label(tws::check_outcome::kind::not_performed, l) + ": " +
                          check_explanation(entry, r.checks[k], l),
                      std::string{tws::symbol(m)} + say(l, " requires it", " 実施が必要")});
    } else if (g.checks_too_low.test(k)) {
      (full ? checks.rows : head.rows)
          .push_back({title, say(l, "grade ", "評価 ") + std::string{tws::to_string(r.check_grade[k])},
                      grade_range(check_grade_needed(c, m, g.diagnosis_grade_needed))});
    }
  }

  rep.sections.push_back(std::move(head));
  if (!full) return;
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    if (by_category[cat].rows.empty()) continue;
    by_category[cat].heading = category_title(c, cat, l);
    by_category[cat].columns = {say(l, "audit item / question", "監査項目・質問"),
                                say(l, "state", "状態"),
                                say(l, "needed / question", "必要・質問文")};
    rep.sections.push_back(std::move(by_category[cat]));
  }
  if (!checks.rows.empty()) rep.sections.push_back(std::move(checks));
}

/// The report of `rate`: the level, the grades, and in short what blocks the
/// next level; `file` names the input in hints.
template <certification_catalog C>
report rate_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l,
                   const std::string& file) {
  using res = tws::result_t<C>;
  report rep;
  rep.title = say(l, "Security rating: ", "セキュリティ評価：") +
              (doc.facility_name.empty() ? doc.catalog : doc.facility_name);
  add_identity(rep, doc, r.fingerprint, "施設", l);
  rep.fields.emplace_back(say(l, "Policy", "評価方針"), label(r.policy, l));
  rep.fields.emplace_back(say(l, "Date", "評価日"), date_text(doc, l));
  rep.fields.emplace_back(say(l, "Audit grade", "情報セキュリティ監査"),
                          std::string{tws::to_string(r.audit_grade)});
  rep.fields.emplace_back(
      say(l, "Diagnosis grade", "脆弱性診断"),
      r.has_diagnosis ? std::string{tws::to_string(r.diagnosis_grade)}
                      : say(l, "no diagnosis — level is indicative", "診断なし — レベルは参考値"));
  rep.fields.emplace_back(say(l, "Level", "認証レベル"), level_text(c, r, l));
  const auto n = std::to_string(r.unanswered_count);
  rep.fields.emplace_back(
      say(l, "Provisional", "暫定"),
      r.provisional
          ? (l == lang::ja
                 ? "はい — 該当する質問のうち " + n + " 問が未回答（「いいえ」として評価）"
                 : "yes — " + n + " applicable question" + (r.unanswered_count == 1 ? "" : "s") +
                       " unanswered (counted as no)")
          : say(l, "no — every applicable question is answered",
                "いいえ — 該当する質問はすべて回答済み"));

  section categories;
  categories.heading = say(l, "Audit by category", "カテゴリ別の監査結果");
  categories.columns = {say(l, "category", "カテゴリ"), say(l, "status", "状態")};
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    categories.rows.push_back({category_title(c, cat, l), label(r.category_status[cat], l)});
  }
  rep.sections.push_back(std::move(categories));

  if (r.overridden.any()) {
    section set;
    set.heading = say(l, "Set by an inspector", "検査員が設定した状態");
    set.columns = {say(l, "audit item", "監査項目"), say(l, "status", "状態"),
                   say(l, "by", "設定者"), say(l, "note", "備考")};
    r.overridden.for_each([&](std::size_t m) {
      const auto id = audit_id(c, m);
      const auto it = doc.overrides.find(id);
      set.rows.push_back({id + " " + measure_title(c, m, l), label(r.measure_status[m], l),
                          it == doc.overrides.end() ? "" : it->second.by,
                          it == doc.overrides.end() ? "" : it->second.note});
    });
    rep.sections.push_back(std::move(set));
  }

  if (r.has_diagnosis) {
    section diagnosis;
    diagnosis.heading = say(l, "Diagnosis", "脆弱性診断");
    diagnosis.columns = {say(l, "check", "検査項目"), say(l, "state", "状態"),
                         say(l, "from", "出典"), say(l, "why", "理由")};
    std::size_t counts[4] = {};
    for (std::size_t k = 0; k < res::check_count; ++k) {
      const auto kind = r.checks[k].what();
      ++counts[static_cast<std::size_t>(kind)];
      const auto id = std::string{tws::check_id(c, k).view()};
      const auto* entry = diagnosis_entry(doc, id);
      if (entry == nullptr) continue;
      diagnosis.rows.push_back(
          {id + " " + check_title(c, k, l),
           kind == tws::check_outcome::kind::findings
               ? say(l, "grade ", "評価 ") + std::string{tws::to_string(r.check_grade[k])}
               : label(kind, l),
           check_origin(*entry, l), check_explanation(entry, r.checks[k], l)});
    }
    std::string summary;
    for (auto kind :
         {tws::check_outcome::kind::passed, tws::check_outcome::kind::findings,
          tws::check_outcome::kind::not_applicable, tws::check_outcome::kind::not_performed}) {
      summary += (summary.empty() ? "" : ", ") + label(kind, l) + " " +
                 std::to_string(counts[static_cast<std::size_t>(kind)]);
    }
    diagnosis.paragraphs.push_back(summary);
    rep.sections.push_back(std::move(diagnosis));
  }

  add_excluded_section(rep, c, doc, r.explicit_na, "対象外（na）とした質問", "question", "質問", l);
  add_expiry_sections(rep, doc, l);
  add_gap_sections(rep, c, doc, r, l, false, file);
  return rep;
}

/// --require 2|3|4|★★|★★★|★★★★ as a star count.
inline std::uint8_t parse_required_level(const arguments& args, const std::string& v) {
  for (std::uint8_t n = 2; n <= 4; ++n) {
    if (v == std::to_string(n) || v == stars(n)) return n;
  }
  throw usage_error(args.command, "--require \"" + v + "\": expected 2, 3, 4, ★★, ★★★ or ★★★★");
}

/// What --require asks: a level. Empty when the result meets it, otherwise why not.
template <certification_catalog C>
std::string shortfall(C c, const arguments& args, const std::string& value,
                      const tws::result_t<C>& r, lang l) {
  const auto required = parse_required_level(args, value);
  const std::uint8_t reached = r.level.stars;
  if (reached >= required) return {};
  return l == lang::ja ? "レベル " + level_label(c, reached, l) + " は必要な " +
                             level_label(c, required, l) + " に達していません"
                       : "level " + level_label(c, reached, l) + " is below the required " +
                             level_label(c, required, l);
}

/// The key of the result document that `gaps --format json` prints.
template <certification_catalog C>
std::string_view gaps_key(C) {
  return "gaps";
}

/// The report of `gaps`: what blocks the next level, every failing question in full.
template <certification_catalog C>
report gaps_report(C c, const tws::assessment_document& doc, const tws::result_t<C>& r, lang l) {
  report rep;
  rep.title = say(l, "What blocks the next level", "次のレベルへの課題");
  add_identity(rep, doc, r.fingerprint, "施設", l);
  rep.fields.emplace_back(say(l, "Level", "認証レベル"), level_text(c, r, l));
  add_gap_sections(rep, c, doc, r, l, true);
  return rep;
}

// --- template ------------------------------------------------------------------

/// The texts a person filling in the template needs, keyed by the same IDs.
template <certification_catalog C>
nlohmann::json template_hints(C c) {
  const auto& checklist = C::checklist;
  const auto& scoring = C::checklist_scoring;
  nlohmann::json h;
  h["answers"] =
      "each question ID: \"yes\", \"no\", \"na\" or {\"answer\": …, \"evidence\": [{\"kind\": …, "
      "\"ref\": …}], \"reason\": …, on na \"approved_by\": …, \"expires\": \"YYYY-MM-DD\"}; a "
      "question left out is unanswered (counted as no)";
  h["facts"] = nlohmann::json::object();
  for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
    const auto& def = checklist.facts[f];
    auto list = nlohmann::json::array();
    scoring.questions_needing[f].for_each(
        [&](std::size_t q) { list.push_back(tws::question_id(c, q).view()); });
    h["facts"][std::string{def.id}] = {{"ja", def.ja}, {"en", def.en}, {"false_excludes", list}};
  }
  for (std::size_t q = 0; q < checklist.question_count; ++q) {
    const auto& def = checklist.questions[q];
    const std::size_t m = scoring.question_measure[q];
    nlohmann::json hint{{"ja", def.ja},
                        {"measure", tws::measure_id(c, m).view()},
                        {"measure_en", checklist.measures[m].en},
                        {"measure_ja", checklist.measures[m].ja},
                        {"tier", tws::to_string(checklist.measures[m].tier)},
                        {"condition", nlohmann::json::array()},
                        {"evidence", nlohmann::json::array()}};
    for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
      if (def.condition.contains(tws::fact(static_cast<unsigned>(f)))) {
        hint["condition"].push_back(checklist.facts[f].id);
      }
    }
    for (const auto& kind : tws::enum_names<tws::evidence_kind>::table) {
      if (def.evidence.contains(kind.value)) hint["evidence"].push_back(kind.id);
    }
    h["questions"][std::string{tws::question_id(c, q).view()}] = std::move(hint);
  }
  if (tws::has_diagnosis_v<C>) {
    h["diagnosis"] =
        "each check ID: \"passed\", \"not_applicable\", \"not_performed\" or {\"status\": "
        "\"findings\", \"findings\": [{\"severity\": \"low|medium|high|urgent\", \"title\": …, "
        "\"ref\": …}]}; a check left out is not performed";
    const auto& program = C::program_catalog::program;
    for (std::size_t k = 0; k < program.checks.size(); ++k) {
      const auto& def = program.checks[k];
      h["checks"][std::string{tws::check_id(c, k).view()}] = {
          {"en", def.en}, {"subject_ja", def.subject_ja}, {"method_ja", def.method_ja}};
    }
  }
  return h;
}

// --- ask -------------------------------------------------------------------------

/// The words of the questionnaire.
template <certification_catalog C>
ask_words words_of(C) {
  return {"Facility name",
          "施設名",
          "  The facility's name as it should appear in reports; Enter leaves it as it is.\n",
          "  レポートに表示する施設名です。Enter でそのままにします。\n",
          "  y: true, n: false (its questions do not apply), skip: leave it unstated "
          "(counts as true), back: previous step, quit: save and stop\n",
          "  y：該当、n：非該当（関連する質問は対象外）、skip：未記入（該当とみなす）、"
          "back：前へ、quit：保存して終了\n",
          "  y: yes, n: no, na: not applicable (asks for a reason), skip: leave it "
          "unanswered (counts as no), back: previous question, quit: save and stop\n",
          "  y：はい、n：いいえ、na：対象外（理由を入力）、skip：未回答（「いいえ」とみなす）、"
          "back：前へ、quit：保存して終了\n"};
}

/// The facts still worth asking: those on which some question turns that the
/// facts stated false so far do not already exclude (no Wi-Fi: no question
/// about its passphrase), as the engine decides it.
template <certification_catalog C>
std::vector<std::size_t> fact_steps(C c, const tws::assessment_document& doc) {
  std::vector<std::size_t> facts;
  for (std::size_t f = 0; f < C::checklist.fact_count; ++f) {
    auto if_true = doc;
    if_true.facts[std::string{C::checklist.facts[f].id}] = true;
    if ((applicable_by_facts(c, if_true) & C::checklist_scoring.questions_needing[f]).any()) {
      facts.push_back(f);
    }
  }
  return facts;
}

/// A question's category: the questionnaire's sections.
template <certification_catalog C>
std::size_t section_of(C, std::size_t q) {
  return C::checklist_scoring.measure_category[C::checklist_scoring.question_measure[q]];
}

/// The heading of a section of the questionnaire.
template <certification_catalog C>
std::string section_title(C c, std::size_t cat, lang l) {
  return category_title(c, cat, l);
}

/// Asks question `seq[i].index`: its measure, then its text.
template <certification_catalog C>
void prompt_entry(const questionnaire<C>& q, const std::vector<step>& seq, std::size_t i) {
  const auto c = q.catalog();
  const auto l = q.language();
  const std::size_t n = seq[i].index;
  const std::size_t m = C::checklist_scoring.question_measure[n];
  const std::string id{tws::question_id(c, n).view()};
  std::cout << q.progress(seq, i, "question", "質問") << " · " << id << " · "
            << say(l, C::checklist.measures[m].en, C::checklist.measures[m].ja) << "\n  "
            << C::checklist.questions[n].ja;
  q.prompt_answer_keys(id);
}

/// What to do after the questionnaire: add the diagnosis by hand.
template <certification_catalog C>
void after_ask(C /*catalog*/, lang l) {
  if (!tws::has_diagnosis_v<C>) return;
  const std::string id{C::id};
  std::cout << (l == lang::ja
                    ? "脆弱性診断の結果は \"diagnosis\" に追加します（検査項目は teleworksec "
                      "template " + id + " --hints）。\n"
                    : "Add the vulnerability diagnosis (脆弱性診断) under \"diagnosis\" "
                      "(teleworksec template " + id + " --hints lists the checks).\n");
}

// --- diff ----------------------------------------------------------------------

/// Every difference between two documents and their results: facts, answers,
/// overrides, check results, then the statuses, grades and level.
template <certification_catalog C>
std::vector<change_group> diff_assessments(C c, const tws::assessment_document& a,
                                           const tws::assessment_document& b, lang l) {
  using res = tws::result_t<C>;
  using doc_t = tws::assessment_document;
  const auto ja = tws::to_json(a);
  const auto jb = tws::to_json(b);
  std::vector<change_group> groups;
  groups.push_back(meta_changes(a, b, true, "施設", l));
  groups.push_back(fact_changes(c, say(l, "Facts", "施設の条件"), ja, jb, a, b, l));
  groups.push_back(answer_changes(
      c, ja, jb, a, b,
      [&](const std::string& id) {
        return measure_title(c, C::checklist_scoring.question_measure[*tws::find_answer(c, id)], l);
      },
      [&](const tws::answer_entry& e) {
        std::string s;
        std::string kinds;
        for (const auto& ev : e.evidence) {
          kinds += (kinds.empty() ? "" : ", ") + std::string{tws::to_string(ev.kind)};
        }
        if (!kinds.empty()) s += say(l, " (evidence: ", "（証跡：") + kinds + say(l, ")", "）");
        if (!e.reason.empty()) s += say(l, ": ", "：") + e.reason;
        return s;
      },
      l));

  change_group overrides{"overrides", say(l, "Set by an inspector", "検査員による設定"), {}};
  compare_members(
      overrides, member_of(ja, "overrides"), member_of(jb, "overrides"), nullptr, a, b,
      [&](const std::string& id) { return *tws::find_override(c, id); },
      [&](const std::string& id) { return measure_title(c, *tws::find_override(c, id), l); },
      [&](const doc_t& d, const std::string& id) {
        const auto it = d.overrides.find(id);
        if (it == d.overrides.end()) return say(l, "derived from the answers", "回答から算出");
        return label(it->second.value, l) +
               (it->second.by.empty()
                    ? ""
                    : say(l, " by ", "（設定者：") + it->second.by + say(l, "", "）"));
      });
  groups.push_back(std::move(overrides));

  change_group checks{"diagnosis", say(l, "Diagnosis checks", "脆弱性診断の検査項目"), {}};
  compare_members(
      checks, member_of(ja, "diagnosis"), member_of(jb, "diagnosis"), "not_performed", a, b,
      [&](const std::string& id) { return *tws::find_check(c, id); },
      [&](const std::string& id) { return check_title(c, *tws::find_check(c, id), l); },
      [&](const doc_t& d, const std::string& id) {
        const auto it = d.diagnosis.find(id);
        if (it == d.diagnosis.end()) {
          return label(tws::check_outcome::kind::not_performed, l);
        }
        std::string s = label(it->second.status, l);
        std::string severities;
        for (const auto& f : it->second.findings) {
          severities += (severities.empty() ? "" : ", ") + label(f.level, l);
        }
        return severities.empty() ? s : s + " (" + severities + ")";
      });
  groups.push_back(std::move(checks));

  const auto ra = rate(c, a);
  const auto rb = rate(c, b);
  change_group items{"audit_items", say(l, "Audit items", "監査項目"), {}};
  for (std::size_t m = 0; m < res::measure_count; ++m) {
    items.add(audit_id(c, m), measure_title(c, m, l), tws::to_string(ra.measure_status[m]),
              tws::to_string(rb.measure_status[m]), label(ra.measure_status[m], l),
              label(rb.measure_status[m], l));
  }
  groups.push_back(std::move(items));

  change_group categories{"categories", say(l, "Categories", "カテゴリ"), {}};
  for (std::size_t cat = 0; cat < res::category_count; ++cat) {
    categories.add(std::to_string(cat + 1),
                   say(l, C::checklist.categories[cat].en, C::checklist.categories[cat].ja),
                   tws::to_string(ra.category_status[cat]), tws::to_string(rb.category_status[cat]),
                   label(ra.category_status[cat], l), label(rb.category_status[cat], l));
  }
  groups.push_back(std::move(categories));

  change_group rating{"rating", say(l, "Rating", "評価結果"), {}, false};
  rating.add("audit_grade", say(l, "audit grade", "情報セキュリティ監査"),
             tws::to_string(ra.audit_grade), tws::to_string(rb.audit_grade),
             std::string{tws::to_string(ra.audit_grade)},
             std::string{tws::to_string(rb.audit_grade)});
  const std::string no_diagnosis{say(l, "none", "なし")};
  const auto diagnosis_json = [](const res& r) {
    return r.has_diagnosis ? nlohmann::json(tws::to_string(r.diagnosis_grade))
                           : nlohmann::json(nullptr);
  };
  rating.add("diagnosis_grade", say(l, "diagnosis grade", "脆弱性診断"), diagnosis_json(ra),
             diagnosis_json(rb), text_of(diagnosis_json(ra), no_diagnosis),
             text_of(diagnosis_json(rb), no_diagnosis));
  rating.add("level", say(l, "level", "認証レベル"),
             {{"stars", ra.level.stars}, {"indicative", ra.level.indicative}},
             {{"stars", rb.level.stars}, {"indicative", rb.level.indicative}},
             level_text(c, ra, l), level_text(c, rb, l));
  rating.count("unanswered", say(l, "unanswered questions", "未回答の質問"), ra.unanswered_count,
               rb.unanswered_count);
  groups.push_back(std::move(rating));
  return groups;
}

// --- rules -----------------------------------------------------------------------

/// The rating tables as Markdown (the README's), for --format markdown and text.
template <certification_catalog C>
std::string rules_text(C c, std::string_view /*format*/) {
  const auto& program = C::program_catalog::program;
  const auto part = [](std::string_view heading, const std::string& table) {
    return "### " + std::string{heading} + "\n\n" + table + "\n";
  };
  std::string s = "## " + std::string{C::id} + " rating rules\n\nFingerprint `" +
                  tws::fingerprint_hex(tws::fingerprint_v<C>) + "`, rules " +
                  std::string{C::default_rules::version} + ", teleworksec " +
                  std::string{tws::version_string} + ".\n\n";
  if (!tws::has_diagnosis_v<C>) {
    return s + part("施設の条件 (facts)", markdown::fact_table(c)) +
           part("対策 (measures)", markdown::measure_table(c)) +
           part("情報セキュリティ監査 評価一覧", markdown::audit_table(c)) +
           part("認証レベル (indicative: " + std::string{C::id} + " has no diagnosis)",
                markdown::level_table(c)) +
           part("情報セキュリティ監査 評価基準", markdown::grade_table(program.audit_grades));
  }
  return s + part("認証レベル", markdown::level_table(c)) +
         part("情報セキュリティ監査 評価一覧", markdown::audit_table(c)) +
         part("脆弱性診断 評価一覧", markdown::diagnosis_table(c)) +
         part("情報セキュリティ監査 評価基準", markdown::grade_table(program.audit_grades)) +
         part("脆弱性診断 評価基準", markdown::grade_table(program.diagnosis_grades));
}

/// {"★": "●", "★★": "●", "★★★": "●"}
inline nlohmann::json marks_json(const std::array<tws::mark, tws::column_count>& marks) {
  auto j = nlohmann::json::object();
  for (std::size_t col = 0; col < tws::column_count; ++col) {
    j[std::string{markdown::column_names[col]}] = tws::symbol(marks[col]);
  }
  return j;
}

/// An A–E grade table as JSON.
inline nlohmann::json grades_json(const std::array<tws::grade_def, 5>& grades) {
  auto j = nlohmann::json::array();
  for (const auto& g : grades) {
    j.push_back({{"grade", tws::to_string(g.grade)},
                 {"risk_ja", g.risk_ja},
                 {"description_ja", g.description_ja}});
  }
  return j;
}

/// The rules as one JSON document: levels, the audit table and grades, and
/// the diagnosis table, or for a catalog without one the facts and measures.
template <certification_catalog C>
nlohmann::json rules_json(C c) {
  const auto& program = C::program_catalog::program;
  const auto& checklist = C::checklist;
  const auto& scoring = C::checklist_scoring;
  nlohmann::json j;
  j["catalog"] = C::id;
  j["fingerprint"] = tws::fingerprint_hex(tws::fingerprint_v<C>);
  j["rules_version"] = C::default_rules::version;
  for (const auto& l : program.levels) {
    nlohmann::json level{{"stars", l.stars},
                         {"name_ja", l.name_ja},
                         {"name_en", l.name_en},
                         {"risk_ja", l.risk_ja},
                         {"description_ja", l.description_ja}};
    if (l.stars != 0) {
      level["audit_grades"] = grade_range(l.max_audit);
      level["diagnosis_grades"] = grade_range(l.max_diagnosis);
      level["column"] = markdown::column_names[static_cast<std::size_t>(l.column_required)];
    }
    j["levels"].push_back(std::move(level));
  }
  for (std::size_t m = 0; m < program.audit_items.size(); ++m) {
    const auto& item = program.audit_items[m];
    j["audit_items"].push_back({{"id", audit_id(c, m)},
                                {"no", item.no},
                                {"measure", tws::measure_id(c, m).view()},
                                {"tier", tws::to_string(item.tier)},
                                {"title_ja", item.ja},
                                {"title_en", checklist.measures[m].en},
                                {"marks", marks_json(item.marks)}});
  }
  j["audit_grades"] = grades_json(program.audit_grades);
  if (tws::has_diagnosis_v<C>) {
    for (std::size_t k = 0; k < program.checks.size(); ++k) {
      const auto& def = program.checks[k];
      j["checks"].push_back({{"id", tws::check_id(c, k).view()},
                             {"no", def.no},
                             {"area", def.area == tws::check_area::network ? "network" : "wifi"},
                             {"group_ja", def.group_ja},
                             {"subject_ja", def.subject_ja},
                             {"method_ja", def.method_ja},
                             {"title_en", def.en},
                             {"marks", marks_json(def.marks)}});
    }
    j["diagnosis_grades"] = grades_json(program.diagnosis_grades);
    return j;
  }
  const auto ids = [&](const auto& questions) {
    auto list = nlohmann::json::array();
    questions.for_each([&](std::size_t q) { list.push_back(tws::question_id(c, q).view()); });
    return list;
  };
  for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
    const auto& def = checklist.facts[f];
    j["facts"].push_back({{"id", def.id},
                          {"ja", def.ja},
                          {"en", def.en},
                          {"questions", ids(scoring.questions_needing[f])}});
  }
  for (std::size_t m = 0; m < checklist.measures.size(); ++m) {
    const auto& def = checklist.measures[m];
    j["measures"].push_back({{"id", tws::measure_id(c, m).view()},
                             {"tier", tws::to_string(def.tier)},
                             {"title_ja", def.ja},
                             {"title_en", def.en},
                             {"question_count", scoring.measure_questions[m].count()},
                             {"questions", ids(scoring.measure_questions[m])}});
  }
  return j;
}

}  // namespace cli
