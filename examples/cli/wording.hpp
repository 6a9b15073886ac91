#pragma once

// The words of the CLI's output in English and Japanese. Catalog texts come
// from the catalog: Japanese titles and questions are the source's own
// (authoritative), English titles are the catalog's short informative ones.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "args.hpp"
#include "rules_markdown.hpp"
#include "teleworksec/io/json.hpp"

namespace cli {

namespace tws = teleworksec;

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

inline std::string status_name(tws::status s, lang l) {
  switch (s) {
    case tws::status::compliant:
      return say(l, "compliant", "適合");
    case tws::status::partial:
      return say(l, "partial", "一部適合");
    case tws::status::noncompliant:
      return say(l, "noncompliant", "不適合");
    case tws::status::not_applicable:
      break;
  }
  return say(l, "not applicable", "対象外");
}

inline std::string answer_name(tws::answer a, lang l) {
  switch (a) {
    case tws::answer::yes:
      return say(l, "yes", "はい");
    case tws::answer::no:
      return say(l, "no", "いいえ");
    case tws::answer::not_applicable:
      return say(l, "na", "対象外");
    case tws::answer::unanswered:
      break;
  }
  return say(l, "unanswered", "未回答");
}

inline std::string check_state_name(tws::check_outcome::kind k, lang l) {
  switch (k) {
    case tws::check_outcome::kind::passed:
      return say(l, "passed", "指摘なし");
    case tws::check_outcome::kind::findings:
      return say(l, "findings", "指摘あり");
    case tws::check_outcome::kind::not_applicable:
      return say(l, "not applicable", "対象外");
    case tws::check_outcome::kind::not_performed:
      break;
  }
  return say(l, "not performed", "未実施");
}

inline std::string severity_name(tws::severity s, lang l) {
  switch (s) {
    case tws::severity::low:
      return say(l, "low", "低");
    case tws::severity::medium:
      return say(l, "medium", "中");
    case tws::severity::high:
      return say(l, "high", "高");
    case tws::severity::urgent:
      break;
  }
  return say(l, "urgent", "緊急");
}

inline std::string policy_name(tws::evidence_policy p, lang l) {
  return p == tws::evidence_policy::audit
             ? say(l, "audit (a yes needs evidence)", "監査（「はい」には証跡が必要）")
             : say(l, "self-assessment (answers as given)", "自己評価（回答どおり）");
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

/// "★★★ Safe", "★★★ 安全", "Not certifiable", "認証不可".
inline std::string level_label(std::uint8_t n, lang l) {
  const auto& level = tws::level_named(tws::catalogs::certification_v2_program, n);
  const std::string name{say(l, level.name_en, level.name_ja)};
  return n == 0 ? name : stars(n) + " " + name;
}

/// A numbered definition's title, e.g. "2 Malware" / "2 悪意のソフトウェアに対する対策".
template <class Def>
std::string numbered_title(const Def& def, lang l) {
  return std::to_string(def.no) + " " + say(l, def.en, def.ja);
}

/// A category title, e.g. "3 Network equipment (Wi-Fi access points, routers)".
template <class Catalog>
std::string category_title(Catalog /*catalog*/, std::size_t cat, lang l) {
  return numbered_title(Catalog::checklist.categories[cat], l);
}

/// The title of measure m, which is also its audit item: the catalog's
/// English title, or the 確認内容 of 001's audit table.
template <class Catalog>
std::string item_title(Catalog /*catalog*/, std::size_t m, lang l) {
  return say(l, Catalog::checklist.measures[m].en,
             Catalog::program_catalog::program.audit_items[m].ja);
}

/// The title of diagnosis check k: English, or the 調査 of 001 (with its
/// 検査方法 when `detailed`).
template <class Catalog>
std::string check_title(Catalog /*catalog*/, std::size_t k, lang l, bool detailed = false) {
  const auto& def = Catalog::program_catalog::program.checks[k];
  if (l == lang::en) return std::string{def.en};
  return std::string{def.subject_ja} + (detailed ? "：" + std::string{def.method_ja} : "");
}

/// The ID of the audit item of measure m as the file format names it.
template <class Catalog>
std::string item_id(Catalog c, std::size_t m) {
  return std::string{tws::override_id(c, m).view()};
}

}  // namespace cli
