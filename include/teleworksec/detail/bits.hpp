#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#include "teleworksec/config.hpp"

namespace teleworksec::detail {

// A constexpr fixed-size bit set (std::bitset is not constexpr before C++23).
// The engine keeps one bit per question, measure or check, so that a whole
// catalog is scored with a handful of word operations.
template <std::size_t N>
class bits {
 public:
  static constexpr std::size_t size = N;
  static constexpr std::size_t word_count = N == 0 ? 1 : (N + 63) / 64;

  constexpr bits() noexcept = default;

  /// All N bits set.
  static constexpr bits all() noexcept {
    bits b;
    for (std::size_t i = 0; i < N; ++i) b.set(i);
    return b;
  }

  constexpr void set(std::size_t i, bool value = true) noexcept {
    TELEWORKSEC_ASSERT(i < N);
    const std::uint64_t mask = std::uint64_t{1} << (i % 64);
    if (value) {
      words_[i / 64] |= mask;
    } else {
      words_[i / 64] &= ~mask;
    }
  }
  constexpr void reset(std::size_t i) noexcept { set(i, false); }
  /// Sets bit i when `cond`, without a branch: the engine's loops over random
  /// answers stay free of mispredictions and of memory round trips.
  constexpr void set_if(std::size_t i, bool cond) noexcept {
    TELEWORKSEC_ASSERT(i < N);
    words_[i / 64] |= static_cast<std::uint64_t>(cond) << (i % 64);
  }
  [[nodiscard]] constexpr bool test(std::size_t i) const noexcept {
    TELEWORKSEC_ASSERT(i < N);
    return ((words_[i / 64] >> (i % 64)) & 1U) != 0;
  }
  [[nodiscard]] constexpr bool any() const noexcept {
    for (auto w : words_) {
      if (w != 0) return true;
    }
    return false;
  }
  [[nodiscard]] constexpr bool none() const noexcept { return !any(); }
  [[nodiscard]] constexpr std::size_t count() const noexcept {
    std::size_t n = 0;
    for (auto w : words_) n += static_cast<std::size_t>(std::popcount(w));
    return n;
  }

  constexpr bits& operator&=(const bits& o) noexcept {
    for (std::size_t w = 0; w < word_count; ++w) words_[w] &= o.words_[w];
    return *this;
  }
  constexpr bits& operator|=(const bits& o) noexcept {
    for (std::size_t w = 0; w < word_count; ++w) words_[w] |= o.words_[w];
    return *this;
  }
  friend constexpr bits operator&(bits a, const bits& b) noexcept { return a &= b; }
  friend constexpr bits operator|(bits a, const bits& b) noexcept { return a |= b; }
  /// Complement within the N valid bits (padding bits stay clear).
  friend constexpr bits operator~(const bits& a) noexcept {
    bits r;
    for (std::size_t w = 0; w < word_count; ++w) r.words_[w] = ~a.words_[w];
    if constexpr (N % 64 != 0) r.words_[word_count - 1] &= (std::uint64_t{1} << (N % 64)) - 1;
    return r;
  }
  friend constexpr bool operator==(const bits&, const bits&) noexcept = default;

  /// Calls f(i) for each set bit, in increasing order.
  template <class F>
  constexpr void for_each(F&& f) const {
    for (std::size_t w = 0; w < word_count; ++w) {
      for (std::uint64_t word = words_[w]; word != 0; word &= word - 1) {
        f(w * 64 + static_cast<std::size_t>(std::countr_zero(word)));
      }
    }
  }

 private:
  std::array<std::uint64_t, word_count> words_{};
};

}  // namespace teleworksec::detail
