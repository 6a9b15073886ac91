#pragma once

#include <cstdint>
#include <string_view>

namespace teleworksec::detail {

// FNV-1a, 64 bit: tiny, constexpr, and stable across compilers and platforms
// because every input is fed byte by byte in a fixed order. The fingerprint
// hashes catalog content and tabulated rules with it.
class fnv1a {
 public:
  constexpr void byte(std::uint8_t b) noexcept {
    hash_ ^= b;
    hash_ *= 0x100000001b3ULL;
  }
  constexpr void number(std::uint64_t v) noexcept {
    for (int i = 0; i < 8; ++i) byte(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  // Length first, so that adjacent strings cannot run into each other.
  constexpr void text(std::string_view s) noexcept {
    number(s.size());
    for (char c : s) byte(static_cast<std::uint8_t>(c));
  }
  [[nodiscard]] constexpr std::uint64_t value() const noexcept { return hash_; }

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

}  // namespace teleworksec::detail
