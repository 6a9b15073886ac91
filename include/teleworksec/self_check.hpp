#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/facts.hpp"

// The shape of a self-check list by role and threat group (source 002, the
// MIC テレワークセキュリティガイドライン): items, the telework patterns that
// decide where an item applies, and the trouble cases that illustrate items.

namespace teleworksec {

/// A role that carries out items, e.g. 経営者; `id` is its ID segment
/// ("executive"). Roles are the catalog's data: any number, in source order.
struct role_def {
  std::string_view id;
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// Facts beyond the patterns that bear on an item, e.g. the use of private
/// devices (BYOD, 私用端末) in mic-telework-v4.
struct item_scope {
  fact_set needs;             ///< applicable only when all of these facts are true
  fact_set own_wording_when;  ///< the text has its own sentence for when these facts hold

  friend constexpr bool operator==(item_scope, item_scope) noexcept = default;
};

/// A threat group (対策の分類), numbered 1–6 as in the source.
struct threat_group_def {
  std::uint8_t no;
  std::string_view ja;              ///< heading in the self-check list (section 2)
  std::string_view explanation_ja;  ///< heading in the explanations (section 3)
  std::string_view en;              ///< our own short title (informative)
};

/// Whether the telework terminal keeps data (表1 「テレワーク端末に電子データを保存するか？」).
enum class data_on_terminal : std::uint8_t { none, either, stored };

/// A telework pattern (①–⑥ of 002's 表1) with its row, verbatim; a catalog
/// without such a table has none and leaves `headings.patterns_*` empty.
struct pattern_def {
  std::uint8_t no;
  std::string_view ja;  ///< e.g. リモートデスクトップ方式
  std::string_view en;
  std::string_view summary_ja;          ///< 概要
  data_on_terminal data;                ///< 電子データを保存するか？ (typed)
  std::string_view data_ja;             ///< 電子データを保存するか？ (verbatim)
  std::string_view same_environment_ja; ///< オフィスの端末と同じ環境を利用するか？
  std::string_view cloud_ja;            ///< クラウドサービスを利用するか？
  std::string_view byod_ja;             ///< 私用端末の利用(BYOD)との親和性
  std::string_view fast_line_ja;        ///< 高速インターネット回線の必要性
  std::string_view note_ja;             ///< 備考
};

/// One item of the self-check list (section 2), with what its explanation
/// (section 3) says of it.
struct self_check_item_def {
  std::uint8_t role;   ///< index into the catalog's roles
  std::uint8_t no;     ///< number within its role, 1-based, as in the list
  std::uint8_t group;  ///< threat group 1–6
  bool basic;          ///< the explanation has a 基本対策事項 block for this role
  bool recommended;    ///< the explanation has a 推奨対策事項 block for this role
  /// 【対象】: applicable only when one of these pattern facts is true; empty
  /// when the text names no pattern (then it applies to every pattern).
  fact_set patterns;
  item_scope scope;  ///< further facts the item needs, or that change its wording
  std::uint8_t page;  ///< page reference given in the list
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// A reference to an item by role and number.
struct item_ref {
  std::uint8_t role;  ///< index into the catalog's roles
  std::uint8_t no;
};

/// One テレワークトラブル事例 and the items whose explanation it illustrates.
struct trouble_case_def {
  std::uint8_t no;
  std::uint8_t page;
  std::string_view ja;  ///< e.g. 情報のレベル分けに関するトラブル事例
  std::string_view en;
  std::array<item_ref, 8> items;
  std::uint8_t item_count;
};

/// The headings a catalog gives its tables, printed by the tools; an empty
/// heading leaves its section out.
struct self_check_headings {
  std::string_view patterns_ja;  ///< e.g. 表1 テレワークの6種類のパターン
  std::string_view patterns_en;
  std::string_view cases_ja;  ///< e.g. テレワークトラブル事例
  std::string_view cases_en;
};

/// A self-check catalog: facts, roles, groups, patterns, items and trouble
/// cases in source order. Roles, groups and facts are data: a catalog has as
/// many as its source; the first P facts are its patterns.
template <std::size_t F, std::size_t R, std::size_t G, std::size_t P, std::size_t I,
          std::size_t T>
struct self_check_catalog {
  static constexpr std::size_t fact_count = F;
  static constexpr std::size_t role_count = R;
  static constexpr std::size_t group_count = G;
  static constexpr std::size_t pattern_count = P;
  static constexpr std::size_t item_count = I;
  static constexpr std::size_t case_count = T;

  std::string_view id;
  self_check_headings headings;
  std::array<fact_def, F> facts;
  std::array<role_def, R> roles;
  std::array<threat_group_def, G> groups;
  std::array<pattern_def, P> patterns;
  std::array<self_check_item_def, I> items;
  std::array<trouble_case_def, T> cases;

  /// Feeds every entry, texts included, to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (auto t : {headings.patterns_ja, headings.patterns_en, headings.cases_ja,
                   headings.cases_en}) {
      h.text(t);
    }
    for (const auto& f : facts) {
      h.text(f.id);
      h.text(f.ja);
      h.text(f.en);
    }
    for (const auto& r : roles) {
      h.text(r.id);
      h.text(r.ja);
      h.text(r.en);
    }
    for (const auto& g : groups) {
      h.number(g.no);
      h.text(g.ja);
      h.text(g.explanation_ja);
      h.text(g.en);
    }
    for (const auto& p : patterns) {
      h.number(p.no);
      h.number(static_cast<std::uint8_t>(p.data));
      for (auto t : {p.ja, p.en, p.summary_ja, p.data_ja, p.same_environment_ja, p.cloud_ja,
                     p.byod_ja, p.fast_line_ja, p.note_ja}) {
        h.text(t);
      }
    }
    for (const auto& i : items) {
      h.number(i.role);
      h.number(i.no);
      h.number(i.group);
      h.number(i.basic ? 1U : 0U);
      h.number(i.recommended ? 1U : 0U);
      h.number(i.patterns.bits);
      h.number(i.scope.needs.bits);
      h.number(i.scope.own_wording_when.bits);
      h.number(i.page);
      h.text(i.ja);
      h.text(i.en);
    }
    for (const auto& t : cases) {
      h.number(t.no);
      h.number(t.page);
      h.text(t.ja);
      h.text(t.en);
      for (std::size_t i = 0; i < t.item_count; ++i) {
        h.number(t.items[i].role);
        h.number(t.items[i].no);
      }
    }
  }
};

}  // namespace teleworksec
