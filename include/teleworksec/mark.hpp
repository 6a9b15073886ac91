#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "teleworksec/names.hpp"

namespace teleworksec {

/// A requirement mark of the 評価一覧 tables of 001.
enum class mark : std::uint8_t {
  required,      ///< ● 準拠が必要
  partial_ok,    ///< ▲ 一部準拠で可
  not_assessed,  ///< - 評価対象外
};

/// 基本対策 or 応用対策 (000).
enum class tier : std::uint8_t { basic, advanced };

/// The symbol as printed in the source (●, ▲, -).
constexpr std::string_view symbol(mark m) noexcept {
  switch (m) {
    case mark::required: return "●";
    case mark::partial_ok: return "▲";
    case mark::not_assessed: break;
  }
  return "-";
}

/// 基本対策 and 応用対策.
template <>
struct enum_names<tier> {
  static constexpr std::array<enum_name<tier>, 2> table{{
      {tier::basic, "basic", "basic", "基本対策"},
      {tier::advanced, "advanced", "advanced", "応用対策"},
  }};
};

}  // namespace teleworksec
