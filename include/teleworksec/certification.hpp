#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/detail/bits.hpp"
#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/grade.hpp"
#include "teleworksec/mark.hpp"

namespace teleworksec {

/// The requirement columns ★ / ★★ / ★★★ of both 評価一覧 tables of 001. They
/// are the requirements of the levels ★★ / ★★★ / ★★★★ (our reading: the star
/// table starts at ★★).
enum class column : std::uint8_t { one_star, two_stars, three_stars };
inline constexpr std::size_t column_count = 3;

/// One row of 001's 情報セキュリティ監査 評価一覧: an audit item mapped to the
/// checklist measure it audits.
struct audit_item_def {
  std::uint8_t no;
  std::uint8_t category;
  std::uint8_t measure;
  teleworksec::tier tier;                ///< 基本対策 / 応用対策 as the table says
  std::array<mark, column_count> marks;  ///< ★, ★★, ★★★
  std::string_view ja;                   ///< 確認内容
};

/// The two inspections of 脆弱性診断.
enum class check_area : std::uint8_t {
  network,  ///< 検査手法①：ネットワーク脆弱性検査
  wifi,     ///< 検査手法②：WiFi脆弱性検査
};

/// One row of 001's 脆弱性診断 評価一覧.
struct check_def {
  std::uint8_t no;
  check_area area;
  std::array<mark, column_count> marks;  ///< ★, ★★, ★★★
  std::string_view group_ja;             ///< e.g. ネットワークサービスの脆弱性
  std::string_view subject_ja;           ///< e.g. DNSに関する調査
  std::string_view method_ja;            ///< 検査方法
  std::string_view en;                   ///< our own short title (informative)
};

/// One row of an A–E grade table (情報セキュリティ監査 or 脆弱性診断).
struct grade_def {
  teleworksec::grade grade;
  std::string_view risk_ja;
  std::string_view description_ja;
};

/// One row of 001's 認証レベル table. A level is granted when the audit grade is
/// at most `max_audit`, the diagnosis grade at most `max_diagnosis`, and the
/// requirement column `column_required` is met in both tables. The row with 0 stars
/// (認証不可) grants nothing and only carries its texts.
struct level_def {
  std::uint8_t stars;
  std::string_view name_ja;
  std::string_view name_en;
  std::string_view risk_ja;
  std::string_view description_ja;
  grade max_audit;
  grade max_diagnosis;
  column column_required;
};

/// The certification program: audit table, diagnosis table, grade and level tables.
template <std::size_t A, std::size_t K>
struct certification_program {
  static constexpr std::size_t audit_item_count = A;
  static constexpr std::size_t check_count = K;

  std::array<audit_item_def, A> audit_items;
  std::array<check_def, K> checks;
  std::array<grade_def, 5> audit_grades;
  std::array<grade_def, 5> diagnosis_grades;
  std::array<level_def, 4> levels;  ///< ★★★★, ★★★, ★★, 認証不可

  /// Feeds every entry, texts included, to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (const auto& i : audit_items) {
      h.number(i.no);
      h.number(i.category);
      h.number(i.measure);
      h.number(static_cast<std::uint8_t>(i.tier));
      for (auto m : i.marks) h.number(static_cast<std::uint8_t>(m));
      h.text(i.ja);
    }
    for (const auto& k : checks) {
      h.number(k.no);
      h.number(static_cast<std::uint8_t>(k.area));
      for (auto m : k.marks) h.number(static_cast<std::uint8_t>(m));
      h.text(k.group_ja);
      h.text(k.subject_ja);
      h.text(k.method_ja);
      h.text(k.en);
    }
    for (const auto* table : {&audit_grades, &diagnosis_grades}) {
      for (const auto& g : *table) {
        h.number(static_cast<std::uint8_t>(g.grade));
        h.text(g.risk_ja);
        h.text(g.description_ja);
      }
    }
    for (const auto& l : levels) {
      h.number(l.stars);
      h.text(l.name_ja);
      h.text(l.name_en);
      h.text(l.risk_ja);
      h.text(l.description_ja);
      h.number(static_cast<std::uint8_t>(l.max_audit));
      h.number(static_cast<std::uint8_t>(l.max_diagnosis));
      h.number(static_cast<std::uint8_t>(l.column_required));
    }
  }
};

/// Builds a program from the source-order tables of a catalog header.
template <std::size_t A, std::size_t K>
constexpr certification_program<A, K> make_program(const audit_item_def (&items)[A],
                                                   const check_def (&checks)[K],
                                                   const grade_def (&audit_grades)[5],
                                                   const grade_def (&diagnosis_grades)[5],
                                                   const level_def (&levels)[4]) noexcept {
  certification_program<A, K> p{};
  for (std::size_t i = 0; i < A; ++i) p.audit_items[i] = items[i];
  for (std::size_t i = 0; i < K; ++i) p.checks[i] = checks[i];
  for (std::size_t i = 0; i < 5; ++i) p.audit_grades[i] = audit_grades[i];
  for (std::size_t i = 0; i < 5; ++i) p.diagnosis_grades[i] = diagnosis_grades[i];
  for (std::size_t i = 0; i < 4; ++i) p.levels[i] = levels[i];
  return p;
}

/// The level a star count names, or the 認証不可 row for 0.
template <std::size_t A, std::size_t K>
constexpr const level_def& level_named(const certification_program<A, K>& p,
                                       std::uint8_t stars) noexcept {
  for (const auto& l : p.levels) {
    if (l.stars == stars) return l;
  }
  return p.levels[3];
}

/// The text-free part of a program the engine reads: marks as bit sets per
/// column, and the level rules.
template <std::size_t A, std::size_t K>
struct program_scoring {
  /// items[c][m]: audit items whose mark in column c is m.
  std::array<std::array<detail::bits<A>, 3>, column_count> item_marks{};
  std::array<std::array<detail::bits<K>, 3>, column_count> check_marks{};
  struct level_rule {
    std::uint8_t stars;
    grade max_audit;
    grade max_diagnosis;
    column column_required;
  };
  std::array<level_rule, 3> levels{};  ///< the granting rows, highest first
};

/// Derives the scoring tables of a validated program.
template <std::size_t A, std::size_t K>
constexpr program_scoring<A, K> make_scoring(const certification_program<A, K>& p) noexcept {
  program_scoring<A, K> s{};
  for (std::size_t c = 0; c < column_count; ++c) {
    for (std::size_t i = 0; i < A; ++i) {
      s.item_marks[c][static_cast<std::size_t>(p.audit_items[i].marks[c])].set(i);
    }
    for (std::size_t k = 0; k < K; ++k) {
      s.check_marks[c][static_cast<std::size_t>(p.checks[k].marks[c])].set(k);
    }
  }
  for (std::size_t l = 0; l < 3; ++l) {
    const auto& def = p.levels[l];
    s.levels[l] = {def.stars, def.max_audit, def.max_diagnosis, def.column_required};
  }
  return s;
}

}  // namespace teleworksec
