#pragma once

// Words and small helpers shared by the commands for the telework catalogs
// (mic-telework-v4, csaj-home-2018, coworking-user; SPEC §5). Catalog texts
// come from the catalog: Japanese texts are the source's own, English titles
// the catalog's short informative ones.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "report.hpp"
#include "wording.hpp"

namespace cli {

/// True for the catalogs rated by the certification engine (SPEC §4).
template <class Catalog>
inline constexpr bool certification_kind = Catalog::kind == tws::catalog_kind::certification;

/// A text on one line: line breaks (a few statements span paragraphs) become spaces.
inline std::string one_line(std::string_view s) {
  std::string out{s};
  for (auto& ch : out) {
    if (ch == '\n' || ch == '\r') ch = ' ';
  }
  return out;
}

/// "3/5": implemented of applicable.
inline std::string tally_text(tws::tally t) {
  return std::to_string(t.implemented) + "/" + std::to_string(t.applicable);
}

/// The fields that name what was rated (facility, catalog, fingerprint, date).
inline void add_telework_identity(report& rep, const tws::assessment_document& doc,
                                  std::uint64_t fingerprint, lang l) {
  rep.fields.emplace_back(say(l, "Facility", "組織"), doc.facility_name.empty()
                                                          ? say(l, "(unnamed)", "（名称なし）")
                                                          : doc.facility_name);
  rep.fields.emplace_back(say(l, "Catalog", "カタログ"), doc.catalog);
  rep.fields.emplace_back(say(l, "Fingerprint", "フィンガープリント"),
                          tws::fingerprint_hex(fingerprint));
  rep.fields.emplace_back(say(l, "Date", "評価日"),
                          doc.date.empty() ? say(l, "(not dated)", "（日付なし）") : doc.date);
}

/// The head of `rate`'s report for a telework catalog: the title, `what`
/// followed by the facility's name (or the catalog), then the identity fields.
inline report telework_rate_report(std::string_view what_en, std::string_view what_ja,
                                   const tws::assessment_document& doc, std::uint64_t fingerprint,
                                   lang l) {
  report rep;
  rep.title =
      say(l, what_en, what_ja) + (doc.facility_name.empty() ? doc.catalog : doc.facility_name);
  add_telework_identity(rep, doc, fingerprint, l);
  return rep;
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

/// What became of an answerable item of a self-check or risk result.
template <class Result>
std::string item_state_name(const Result& r, std::size_t i, lang l) {
  if (r.explicit_na.test(i)) return say(l, "na", "対象外");
  if (!r.applicable.test(i)) return say(l, "not applicable", "非該当");
  if (r.implemented.test(i)) return say(l, "implemented", "実施済み");
  return r.unanswered.test(i) ? say(l, "unanswered", "未回答") : say(l, "not implemented", "未実施");
}

/// The "na" answers with their reasons, as a report section.
template <class Catalog, class Set>
void add_excluded_section(report& rep, Catalog c, const tws::assessment_document& doc,
                          const Set& na, lang l) {
  if (na.none()) return;
  section excluded;
  excluded.heading = say(l, "Excluded as not applicable (na)", "対象外（na）とした項目");
  excluded.columns = {say(l, "item", "項目"), say(l, "reason", "理由")};
  na.for_each([&](std::size_t i) {
    const std::string id{tws::item_id(c, i).view()};
    const auto it = doc.answers.find(id);
    const bool has_reason = it != doc.answers.end() && !it->second.reason.empty();
    excluded.rows.push_back(
        {id, has_reason ? it->second.reason : say(l, "(no reason given)", "（理由なし）")});
  });
  rep.sections.push_back(std::move(excluded));
}

/// The title of group g of a telework catalog: its threat group (mic-telework-v4),
/// statement group (csaj-home-2018) or measure group (coworking-user), e.g.
/// "2 Malware" / "2 悪意のソフトウェアに対する対策", "1 Lent devices and home LAN".
template <class Catalog>
std::string group_title(Catalog /*catalog*/, std::size_t g, lang l) {
  return numbered_title(Catalog::catalog.groups[g], l);
}

// --- mic-telework-v4 ---------------------------------------------------------

/// The name of role r of a self-check catalog, as the catalog gives it.
template <class Catalog>
std::string role_name(Catalog /*catalog*/, std::size_t r, lang l) {
  const auto& role = Catalog::catalog.roles[r];
  return std::string{l == lang::en ? role.en : role.ja};
}

inline std::string self_check_level_name(tws::self_check_level v, lang l) {
  return say(l, tws::name_en(v), tws::name_ja(v));
}

/// "basic", "recommended", "basic+recommended" for a self-check item.
inline std::string item_marks(const tws::self_check_item_def& item, lang l) {
  std::string s;
  if (item.basic) s += say(l, "basic", "基本");
  if (item.recommended) s += (s.empty() ? "" : "+") + say(l, "recommended", "推奨");
  return s.empty() ? say(l, "(unmarked: basic)", "（記載なし：基本）") : s;
}

// --- csaj-home-2018 ------------------------------------------------------------

inline std::string obligation_name(tws::obligation o, lang l) {
  switch (o) {
    case tws::obligation::shall:
      return say(l, "SHALL", "遵守事項");
    case tws::obligation::should:
      return say(l, "SHOULD", "推奨事項");
    case tws::obligation::may:
      break;
  }
  return say(l, "MAY", "許容事項");
}

inline std::string decision_name(tws::decision d, lang l) {
  switch (d) {
    case tws::decision::implemented:
      return say(l, "implemented", "実施済み");
    case tws::decision::planned:
      return say(l, "planned", "実施予定");
    case tws::decision::not_needed:
      return say(l, "not needed (tailored out)", "不要（適用除外）");
    case tws::decision::undecided:
      break;
  }
  return say(l, "undecided", "未判定");
}

inline std::string impact_name(tws::impact i, lang l) {
  switch (i) {
    case tws::impact::minor:
      return say(l, "minor", "軽微");
    case tws::impact::serious:
      return say(l, "serious", "重大");
    case tws::impact::critical:
      return say(l, "critical", "極めて重大");
    case tws::impact::unrated:
      break;
  }
  return say(l, "unrated", "未評価");
}

/// A statement's title: its English title, or the Japanese statement itself.
template <class Catalog>
std::string statement_title(Catalog /*catalog*/, std::size_t n, lang l) {
  const auto& def = Catalog::catalog.statements[n];
  return one_line(say(l, def.en, def.ja));
}

/// The decision of statement n as the result says it.
template <class Result>
tws::decision decision_of(const Result& r, std::size_t n) {
  if (r.implemented.test(n)) return tws::decision::implemented;
  if (r.planned.test(n)) return tws::decision::planned;
  return r.explicit_na.test(n) ? tws::decision::not_needed : tws::decision::undecided;
}

/// The entry of statement n in the document, or nullptr.
template <class Catalog>
const tws::decision_entry* decision_entry_of(Catalog c, const tws::assessment_document& doc,
                                             std::size_t n) {
  const auto it = doc.decisions.find(std::string{tws::item_id(c, n).view()});
  return it == doc.decisions.end() ? nullptr : &it->second;
}

// --- coworking-user ------------------------------------------------------------

/// A measure's or risk's title: English, or its Japanese bold title.
template <class Def>
std::string risk_row_title(const Def& def, lang l) {
  return say(l, def.en, def.title_ja);
}

/// The measures that mitigate risk k (from the engine's own tables).
template <class Catalog>
auto mitigators_of(Catalog /*catalog*/, std::size_t k) {
  return tws::engine_tables_v<Catalog>.mitigators[k];
}

}  // namespace cli
