#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

// The shape of a risk-and-countermeasure list (source 004, user side of a
// coworking space): risk groups and risks, measure groups and measures, and
// which measures mitigate which risks.

namespace teleworksec {

/// A group of risks or of measures, numbered from 1 as in the source.
struct risk_group_def {
  std::uint8_t no;
  std::string_view ja;
  std::string_view en;  ///< our own short title (informative)
};

/// A reference to a risk by group and number, e.g. {1, 4} for risk 1.4.
struct risk_ref {
  std::uint8_t group;
  std::uint8_t no;
};

/// One risk: its bold title and its sentence, verbatim.
struct risk_def {
  std::uint8_t group;
  std::uint8_t no;  ///< position within its group, from 1
  std::string_view title_ja;
  std::string_view ja;
  std::string_view en;
};

/// One countermeasure and the risks it mitigates. The source lists risks and
/// measures side by side without linking them: `mitigates` is our reading
/// (README, Interpretations).
struct risk_measure_def {
  std::uint8_t group;
  std::uint8_t no;  ///< number within its group, as printed
  std::string_view title_ja;
  std::string_view ja;
  std::string_view en;
  std::array<risk_ref, 6> mitigates;
  std::uint8_t mitigates_count;
};

/// A risk catalog: risk groups, risks, measure groups and measures in source order.
template <std::size_t RG, std::size_t R, std::size_t MG, std::size_t M>
struct risk_catalog {
  static constexpr std::size_t risk_group_count = RG;
  static constexpr std::size_t risk_count = R;
  static constexpr std::size_t group_count = MG;
  static constexpr std::size_t measure_count = M;

  std::string_view id;
  std::array<risk_group_def, RG> risk_groups;
  std::array<risk_def, R> risks;
  std::array<risk_group_def, MG> groups;
  std::array<risk_measure_def, M> measures;
};

/// True when the tables are consistent: groups and numbers run from 1 in
/// order, every measure mitigates at least one existing risk, and every risk
/// is mitigated by at least one measure. Catalog headers static_assert it.
template <std::size_t RG, std::size_t R, std::size_t MG, std::size_t M>
constexpr bool valid_risk_catalog(const risk_catalog<RG, R, MG, M>& c) noexcept {
  const auto numbered = [](const auto& rows, std::size_t groups) {
    std::uint8_t group = 1;
    std::uint8_t no = 0;
    for (const auto& row : rows) {
      if (row.group == group + 1) {
        group = row.group;
        no = 0;
      }
      if (row.group != group || row.no != no + 1 || row.group > groups) return false;
      no = row.no;
    }
    return group == groups;
  };
  for (std::size_t g = 0; g < RG; ++g) {
    if (c.risk_groups[g].no != g + 1) return false;
  }
  for (std::size_t g = 0; g < MG; ++g) {
    if (c.groups[g].no != g + 1) return false;
  }
  if (!numbered(c.risks, RG) || !numbered(c.measures, MG)) return false;
  std::array<bool, R> mitigated{};
  for (const auto& m : c.measures) {
    if (m.mitigates_count == 0 || m.mitigates_count > m.mitigates.size()) return false;
    for (std::size_t i = 0; i < m.mitigates_count; ++i) {
      bool found = false;
      for (std::size_t r = 0; r < R; ++r) {
        if (c.risks[r].group == m.mitigates[i].group && c.risks[r].no == m.mitigates[i].no) {
          mitigated[r] = found = true;
        }
      }
      if (!found) return false;
    }
  }
  for (bool b : mitigated) {
    if (!b) return false;
  }
  return true;
}

}  // namespace teleworksec
