#pragma once

// The words of the CLI's output in English and Japanese, and the small pieces
// every kind of catalog shares. Catalog texts come from the catalog: Japanese
// titles and questions are the source's own (authoritative), English titles
// the catalog's short informative ones.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "args.hpp"
#include "report.hpp"
#include "teleworksec/io/json.hpp"
#include "text.hpp"

namespace cli {

namespace tws = teleworksec;

/// A catalog rated by the certification engine (SPEC §4).
template <class C>
concept certification_catalog = tws::catalog_of_kind<C, tws::catalog_kind::certification>;
/// A self-check catalog: items by role and threat group (SPEC §5).
template <class C>
concept self_check_catalog = tws::catalog_of_kind<C, tws::catalog_kind::self_check>;
/// A policy catalog: SHALL/SHOULD/MAY statements decided one by one (SPEC §5).
template <class C>
concept policy_catalog = tws::catalog_of_kind<C, tws::catalog_kind::policy>;
/// A risk catalog: measures and the risks they mitigate (SPEC §5).
template <class C>
concept risk_catalog = tws::catalog_of_kind<C, tws::catalog_kind::risk>;

/// The language of the output.
enum class lang : std::uint8_t { en, ja };

/// --lang ja|en (default en).
inline lang parse_lang(const arguments& args) {
  return args.choice("lang", {"en", "ja"}, "en") == "ja" ? lang::ja : lang::en;
}

/// The English or the Japanese of a phrase.
inline std::string say(lang l, std::string_view en, std::string_view ja) {
  return std::string{l == lang::ja ? ja : en};
}

/// "★★★" for 3; "" for 0.
inline std::string stars(std::uint8_t n) {
  std::string s;
  for (std::uint8_t i = 0; i < n; ++i) s += "★";
  return s;
}

/// The grades from A up to `worst`: "A", "A–C".
inline std::string grade_range(tws::grade worst) {
  return worst == tws::grade::A ? "A" : "A–" + std::string{tws::to_string(worst)};
}

/// The label of an enum value (a status, an answer, a grade, a decision …)
/// in the output's language, from the enum's names table.
template <tws::named_enum E>
std::string label(E e, lang l) {
  return say(l, tws::name_en(e), tws::name_ja(e));
}

/// A numbered definition's title, e.g. "2 Malware" / "2 悪意のソフトウェアに対する対策".
template <class Def>
std::string numbered_title(const Def& def, lang l) {
  return std::to_string(def.no) + " " + say(l, def.en, def.ja);
}

/// The title of group g of a self-check, policy or risk catalog, e.g.
/// "2 Malware" / "2 悪意のソフトウェアに対する対策", "1 Lent devices and home LAN".
template <tws::catalog C>
requires(!certification_catalog<C>) std::string group_title(C, std::size_t g, lang l) {
  return numbered_title(C::catalog.groups[g], l);
}

/// "3/5": implemented of applicable.
inline std::string tally_text(tws::tally t) {
  return std::to_string(t.implemented) + "/" + std::to_string(t.applicable);
}

/// What became of answerable item i, in words (na and not applicable apart).
template <class Result>
std::string item_state_name(const Result& r, std::size_t i, lang l) {
  if (r.explicit_na.test(i)) return say(l, "na", "対象外");
  if (!r.applicable.test(i)) return say(l, "not applicable", "非該当");
  if (r.implemented.test(i)) return say(l, "implemented", "実施済み");
  return r.unanswered.test(i) ? say(l, "unanswered", "未回答")
                              : say(l, "not implemented", "未実施");
}

/// "yes — 3 applicable items unanswered (counted as not implemented)".
inline std::string provisional_text(bool provisional, std::size_t count, lang l,
                                    std::string_view noun_en, std::string_view noun_ja) {
  const auto n = std::to_string(count);
  if (!provisional) {
    return l == lang::ja ? "いいえ — 該当する" + std::string{noun_ja} + "はすべて回答済み"
                         : "no — every applicable " + std::string{noun_en} + " is answered";
  }
  return l == lang::ja ? "はい — 該当する" + std::string{noun_ja} + "のうち " + n +
                             " 件が未回答（未実施として評価）"
                       : "yes — " + n + " applicable " + std::string{noun_en} +
                             (count == 1 ? "" : "s") + " unanswered (counted as not implemented)";
}

/// The date field's value: the date, or that there is none.
inline std::string date_text(const tws::assessment_document& doc, lang l) {
  return doc.date.empty() ? say(l, "(not dated)", "（日付なし）") : doc.date;
}

/// The fields that name what was rated: the facility (`who_ja`: 施設 for a
/// shared office, 組織 for a company), the catalog and the fingerprint.
inline void add_identity(report& rep, const tws::assessment_document& doc,
                         std::uint64_t fingerprint, std::string_view who_ja, lang l) {
  rep.fields.emplace_back(say(l, "Facility", who_ja), doc.facility_name.empty()
                                                          ? say(l, "(unnamed)", "（名称なし）")
                                                          : doc.facility_name);
  rep.fields.emplace_back(say(l, "Catalog", "カタログ"), doc.catalog);
  rep.fields.emplace_back(say(l, "Fingerprint", "フィンガープリント"),
                          tws::fingerprint_hex(fingerprint));
}

/// The fields that name a company's own assessment (self-check, policy,
/// risk): who, which catalog, the fingerprint and the date.
inline void add_company_identity(report& rep, const tws::assessment_document& doc,
                                 std::uint64_t fingerprint, lang l) {
  add_identity(rep, doc, fingerprint, "組織", l);
  rep.fields.emplace_back(say(l, "Date", "評価日"), date_text(doc, l));
}

/// The head of `rate`'s report on a company's own assessment: `what`
/// followed by its name (or the catalog), then its identity.
inline report company_rate_head(std::string_view what_en, std::string_view what_ja,
                                const tws::assessment_document& doc, std::uint64_t fingerprint,
                                lang l) {
  report rep;
  rep.title =
      say(l, what_en, what_ja) + (doc.facility_name.empty() ? doc.catalog : doc.facility_name);
  add_company_identity(rep, doc, fingerprint, l);
  return rep;
}

/// The head of `gaps`' report on a company's own assessment.
inline report company_gaps_head(const tws::assessment_document& doc, std::uint64_t fingerprint,
                                lang l) {
  report rep;
  rep.title = say(l, "What to do next", "次にすべきこと");
  add_company_identity(rep, doc, fingerprint, l);
  return rep;
}

/// The head of `rules`' report: the catalog, its fingerprint and rules version.
template <class C>
report rules_head(C) {
  report rep;
  rep.title = std::string{C::id} + " rating rules";
  rep.fields.emplace_back("Fingerprint", tws::fingerprint_hex(tws::fingerprint_v<C>));
  rep.fields.emplace_back("Rules", std::string{C::default_rules::version});
  rep.fields.emplace_back("teleworksec", std::string{tws::version_string});
  return rep;
}

/// A section of the `rules` report: a heading over columns, or paragraphs.
inline section rules_section(std::string heading, std::vector<std::string> columns,
                             std::vector<std::string> paragraphs = {}) {
  section s;
  s.heading = std::move(heading);
  s.columns = std::move(columns);
  s.paragraphs = std::move(paragraphs);
  return s;
}

/// The head of `rules --format json`: the catalog, its kind, fingerprint and
/// rules version.
template <class C>
nlohmann::json rules_json_head(C, std::string_view kind) {
  return {{"catalog", C::id},
          {"kind", kind},
          {"fingerprint", tws::fingerprint_hex(tws::fingerprint_v<C>)},
          {"rules_version", C::default_rules::version}};
}

/// The `rules` report as --format asks: aligned text or Markdown.
inline std::string render(const report& rep, std::string_view format) {
  return format == "text" ? render_text(rep) : render_markdown(rep);
}

/// The "na" answers with their reasons, as a report section.
template <class C, class Set>
void add_excluded_section(report& rep, C c, const tws::assessment_document& doc, const Set& na,
                          std::string_view heading_ja, std::string_view column_en,
                          std::string_view column_ja, lang l) {
  if (na.none()) return;
  section excluded;
  excluded.heading = say(l, "Excluded as not applicable (na)", heading_ja);
  excluded.columns = {say(l, column_en, column_ja), say(l, "reason", "理由")};
  na.for_each([&](std::size_t i) {
    const std::string id{tws::answer_id(c, i).view()};
    const auto it = doc.answers.find(id);
    const bool has_reason = it != doc.answers.end() && !it->second.reason.empty();
    excluded.rows.push_back(
        {id, has_reason ? it->second.reason : say(l, "(no reason given)", "（理由なし）")});
  });
  rep.sections.push_back(std::move(excluded));
}

/// The exclusions (na answers, overrides, not_needed decisions) that expired
/// before the evaluation date, and so no longer count, and those expiring
/// within 30 days, with who approved them: one section each, when there are any.
inline void add_expiry_sections(report& rep, const tws::assessment_document& doc, lang l) {
  const auto list = tws::dated_exclusions(doc);
  for (const auto term : {tws::exclusion_term::expired, tws::exclusion_term::expiring}) {
    section s;
    s.heading = term == tws::exclusion_term::expired
                    ? say(l, "Expired exclusions (no longer apply: rated as unanswered or derived)",
                          "期限切れの除外（適用されず、未回答・未判定として評価）")
                    : say(l, "Exclusions expiring within 30 days", "30日以内に期限が切れる除外");
    s.columns = {"ID", say(l, "exclusion", "除外"), say(l, "last day", "期限"),
                 say(l, "approved by", "承認者")};
    for (const auto& x : list) {
      if (x.term != term) continue;
      const std::string kind = x.kind == "override"     ? say(l, "override", "判定の上書き")
                               : x.kind == "not_needed" ? say(l, "not_needed", "不要（適用除外）")
                                                        : say(l, "na", "対象外（na）");
      s.rows.push_back({std::string{x.id}, kind, std::string{x.expires},
                        x.approved_by.empty() ? say(l, "(not given)", "（記載なし）")
                                              : std::string{x.approved_by}});
    }
    if (!s.rows.empty()) rep.sections.push_back(std::move(s));
  }
}

/// The result of a document: its catalog's engine on its assessment.
template <class C>
tws::result_t<C> rate(C c, const tws::assessment_document& doc) {
  return tws::evaluate(c, tws::to_assessment(c, doc));
}

/// The items a document's facts make applicable, as the engine decides it:
/// its facts rated alone, so that no answer ("na") takes an item away.
template <class C>
auto applicable_by_facts(C c, const tws::assessment_document& doc) {
  tws::assessment_document facts_only;
  facts_only.catalog = doc.catalog;
  facts_only.facts = doc.facts;
  return rate(c, facts_only).applicable;
}

}  // namespace cli
