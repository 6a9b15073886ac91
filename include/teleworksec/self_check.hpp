#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/catalog.hpp"
#include "teleworksec/facts.hpp"

// The shape of a self-check list by role and threat group (source 002, the
// MIC テレワークセキュリティガイドライン): items, the telework patterns that
// decide where an item applies, and the trouble cases that illustrate items.

namespace teleworksec {

/// Who carries out an item: 経営者, システム管理者, テレワーク勤務者.
enum class role : std::uint8_t { executive, admin, worker };
inline constexpr std::size_t role_count = 3;

/// The ID segment of a role ("executive", "admin", "worker").
constexpr std::string_view to_string(role r) noexcept {
  switch (r) {
    case role::executive: return "executive";
    case role::admin: return "admin";
    case role::worker: break;
  }
  return "worker";
}

/// How the use of private devices (BYOD, 私用端末) bears on an item.
enum class byod_rule : std::uint8_t {
  any_device,    ///< applies whatever the devices
  byod_only,     ///< applies only when private devices are used
  byod_variant,  ///< applies always, with its own （私用端末利用の場合） wording
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

/// A telework pattern ①–⑥ with its row of 表1, verbatim.
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
  teleworksec::role role;
  std::uint8_t no;     ///< number within its role, 1-based, as in the list
  std::uint8_t group;  ///< threat group 1–6
  bool basic;          ///< the explanation has a 基本対策事項 block for this role
  bool recommended;    ///< the explanation has a 推奨対策事項 block for this role
  /// 【対象】: applicable only when one of these pattern facts is true; empty
  /// when the text names no pattern (then it applies to every pattern).
  fact_set patterns;
  byod_rule byod;
  std::uint8_t page;  ///< page reference given in the list
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// A reference to an item by role and number.
struct item_ref {
  teleworksec::role role;
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

/// A self-check catalog: facts, groups, patterns, items and trouble cases in
/// source order.
template <std::size_t F, std::size_t G, std::size_t P, std::size_t I, std::size_t T>
struct self_check_catalog {
  static constexpr std::size_t fact_count = F;
  static constexpr std::size_t group_count = G;
  static constexpr std::size_t pattern_count = P;
  static constexpr std::size_t item_count = I;
  static constexpr std::size_t case_count = T;

  std::string_view id;
  std::array<fact_def, F> facts;
  std::array<threat_group_def, G> groups;
  std::array<pattern_def, P> patterns;
  std::array<self_check_item_def, I> items;
  std::array<trouble_case_def, T> cases;
};

/// True when the tables are consistent: roles in the order executive, admin,
/// worker with items numbered from 1, groups and patterns numbered from 1,
/// every item in an existing group, every 【対象】 a set of pattern facts, and
/// every trouble case naming existing items. Catalog headers static_assert it.
template <std::size_t F, std::size_t G, std::size_t P, std::size_t I, std::size_t T>
constexpr bool valid_self_check_catalog(const self_check_catalog<F, G, P, I, T>& c) noexcept {
  for (std::size_t g = 0; g < G; ++g) {
    if (c.groups[g].no != g + 1 || c.groups[g].ja.empty()) return false;
  }
  fact_set pattern_facts{};
  for (std::size_t p = 0; p < P; ++p) {
    if (c.patterns[p].no != p + 1 || p >= F) return false;
    pattern_facts = pattern_facts | fact(static_cast<unsigned>(p));
  }
  const auto exists = [&c](item_ref ref) {
    for (const auto& item : c.items) {
      if (item.role == ref.role && item.no == ref.no) return true;
    }
    return false;
  };
  role previous_role = role::executive;
  std::uint8_t previous_no = 0;
  for (const auto& item : c.items) {
    if (item.role != previous_role) {
      if (static_cast<unsigned>(item.role) != static_cast<unsigned>(previous_role) + 1) return false;
      previous_role = item.role;
      previous_no = 0;
    }
    if (item.no != previous_no + 1 || item.group < 1 || item.group > G) return false;
    if (!pattern_facts.contains(item.patterns) || item.ja.empty() || item.page == 0) return false;
    previous_no = item.no;
  }
  for (std::size_t t = 0; t < T; ++t) {
    const auto& k = c.cases[t];
    if (k.no != t + 1 || k.item_count == 0 || k.item_count > k.items.size()) return false;
    for (std::size_t i = 0; i < k.item_count; ++i) {
      if (!exists(k.items[i])) return false;
    }
  }
  return true;
}

}  // namespace teleworksec
