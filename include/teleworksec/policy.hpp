#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/detail/fnv1a.hpp"
#include "teleworksec/names.hpp"

// The shape of a security policy of tagged statements (source 003, the CSAJ
// 在宅勤務 guideline): groups, sections and statements, each SHALL, SHOULD or
// MAY, with its number in the document's security checklist where it has one.

namespace teleworksec {

/// 遵守事項 (SHALL / SHALL NOT), 推奨事項 (SHOULD / SHOULD NOT), 許容事項 (MAY / NEED NOT).
enum class obligation : std::uint8_t { shall, should, may };
inline constexpr std::size_t obligation_count = 3;

/// The three levels of 003's statements.
template <>
struct enum_names<obligation> {
  static constexpr std::array<enum_name<obligation>, 3> table{{
      {obligation::shall, "shall", "SHALL", "遵守事項"},
      {obligation::should, "should", "SHOULD", "推奨事項"},
      {obligation::may, "may", "MAY", "許容事項"},
  }};
};

/// A policy group, one per top-level section (5 貸与端末・宅内LAN … 10 教育).
struct policy_group_def {
  std::uint8_t no;      ///< 1-based
  std::uint8_t section; ///< the document's section number, 5–10
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// A numbered heading that holds statements, e.g. "5.1.1" 貸与PCのセットアップ.
struct policy_section_def {
  std::string_view no;  ///< as printed, e.g. "5.1.1" or "9.1"
  std::uint8_t group;   ///< policy group, 1-based
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// One policy statement. Its ID is `<section>.<n>`, n its position within
/// the section, so the ID follows from where it stands in the table.
struct policy_statement_def {
  std::uint8_t section;  ///< index into the sections table, 0-based
  obligation level;
  /// True when the source gives no （遵守事項）/（推奨事項）/（許容事項） tag and the
  /// level is our reading of the wording (README, Interpretations).
  bool level_read;
  std::uint8_t checklist_no;  ///< number in the security checklist, 0 when none
  std::string_view title_ja;  ///< the lead phrase before the colon, when there is one
  std::string_view ja;        ///< the statement, verbatim
  std::string_view en;        ///< our own short title (informative)
};

/// A policy catalog: groups, sections and statements in source order.
template <std::size_t G, std::size_t S, std::size_t N>
struct policy_catalog {
  static constexpr std::size_t group_count = G;
  static constexpr std::size_t section_count = S;
  static constexpr std::size_t statement_count = N;

  std::string_view id;
  std::array<policy_group_def, G> groups;
  std::array<policy_section_def, S> sections;
  std::array<policy_statement_def, N> statements;

  /// Feeds every entry, texts included, to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    for (const auto& g : groups) {
      h.number(g.no);
      h.number(g.section);
      h.text(g.ja);
      h.text(g.en);
    }
    for (const auto& s : sections) {
      h.text(s.no);
      h.number(s.group);
      h.text(s.ja);
      h.text(s.en);
    }
    for (const auto& st : statements) {
      h.number(st.section);
      h.number(static_cast<std::uint8_t>(st.level));
      h.number(st.level_read ? 1U : 0U);
      h.number(st.checklist_no);
      h.text(st.title_ja);
      h.text(st.ja);
      h.text(st.en);
    }
  }
};

}  // namespace teleworksec
