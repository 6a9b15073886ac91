#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/detail/fnv1a.hpp"

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

  /// Feeds every entry, texts included, to the fingerprint.
  constexpr void hash_into(detail::fnv1a& h) const noexcept {
    const auto hash_groups = [&h](const auto& rows) {
      for (const auto& g : rows) {
        h.number(g.no);
        h.text(g.ja);
        h.text(g.en);
      }
    };
    hash_groups(risk_groups);
    hash_groups(groups);
    for (const auto& r : risks) {
      h.number(r.group);
      h.number(r.no);
      h.text(r.title_ja);
      h.text(r.ja);
      h.text(r.en);
    }
    for (const auto& m : measures) {
      h.number(m.group);
      h.number(m.no);
      h.text(m.title_ja);
      h.text(m.ja);
      h.text(m.en);
      for (std::size_t i = 0; i < m.mitigates_count; ++i) {
        h.number(m.mitigates[i].group);
        h.number(m.mitigates[i].no);
      }
    }
  }
};

}  // namespace teleworksec
