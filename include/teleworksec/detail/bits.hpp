#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "teleworksec/config.hpp"

namespace teleworksec::detail {

// A constexpr fixed-size bit set (std::bitset is not constexpr before C++23).
// The engine keeps one bit per question, measure or check, so that a whole
// catalog is scored with a handful of word operations.
/// std::popcount, except where g++ would call libgcc's __popcountdi2 (no
/// POPCNT instruction enabled): there the same SWAR sum clang inlines.
[[nodiscard]] constexpr std::size_t popcount64(std::uint64_t x) noexcept {
#if defined(__GNUC__) && !defined(__clang__) && !defined(__POPCNT__)
  x -= (x >> 1) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<std::size_t>((x * 0x0101010101010101ULL) >> 56);
#else
  return static_cast<std::size_t>(std::popcount(x));
#endif
}

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
  /// 1 when any bit is set, else 0: arithmetic, not a comparison, so a loop
  /// of them is a few independent ALU operations per step (no flag, no setcc
  /// merging into a register that a previous step wrote).
  [[nodiscard]] constexpr std::uint64_t any_bit() const noexcept {
    std::uint64_t w = 0;
    for (auto x : words_) w |= x;
    return (w | (0 - w)) >> 63;
  }
  /// Ors `bit` (0 or 1) into bit i.
  constexpr void or_bit(std::size_t i, std::uint64_t bit) noexcept {
    TELEWORKSEC_ASSERT(i < N && bit <= 1);
    words_[i / 64] |= bit << (i % 64);
  }
  /// The 64-bit word w (bits 64w … 64w+63).
  [[nodiscard]] constexpr std::uint64_t word(std::size_t w) const noexcept {
    TELEWORKSEC_ASSERT(w < word_count);
    return words_[w];
  }
  /// Sets the 64-bit word w (bits 64w … 64w+63); bits past N are dropped.
  constexpr void set_word(std::size_t w, std::uint64_t value) noexcept {
    TELEWORKSEC_ASSERT(w < word_count);
    if constexpr (N % 64 != 0) {
      if (w == word_count - 1) value &= (std::uint64_t{1} << (N % 64)) - 1;
    }
    words_[w] = value;
  }
  [[nodiscard]] constexpr std::size_t count() const noexcept {
    std::size_t n = 0;
    for (auto w : words_) n += popcount64(w);
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

  /// Bits i … i+7 (i a multiple of 8), as the low byte of the result.
  [[nodiscard]] constexpr std::uint64_t byte_at(std::size_t i) const noexcept {
    TELEWORKSEC_ASSERT(i % 8 == 0 && i < N);
    return (words_[i / 64] >> (i % 64)) & 0xFFU;
  }

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

/// Byte b of the result is bit b of x (x < 256): broadcast x to every byte,
/// keep bit b in byte b, then carry it down to the byte's lowest bit. With
/// it, per-element codes kept as bit planes become bytes eight at a time.
[[nodiscard]] constexpr std::uint64_t spread_byte(std::uint64_t x) noexcept {
  const std::uint64_t diagonal = (x * 0x0101010101010101ULL) & 0x8040201008040201ULL;
  return ((diagonal + 0x7F7F7F7F7F7F7F7FULL) >> 7) & 0x0101010101010101ULL;
}

/// Bytes a[n] … a[n+7] (zeros past the end) as a little-endian word: one
/// load at run time, a loop in constant evaluation.
template <class T, std::size_t N>
[[nodiscard]] constexpr std::uint64_t load_bytes8(const std::array<T, N>& a,
                                                  std::size_t n) noexcept {
  static_assert(sizeof(T) == 1, "bytes only");
  if (!std::is_constant_evaluated() && std::endian::native == std::endian::little &&
      n + 8 <= N) {
    std::uint64_t v = 0;
    std::memcpy(&v, a.data() + n, 8);
    return v;
  }
  std::uint64_t v = 0;
  for (std::size_t k = 0; k < 8 && n + k < N; ++k) {
    v |= std::uint64_t{static_cast<std::uint8_t>(a[n + k])} << (8 * k);
  }
  return v;
}

/// Stores the bytes of the little-endian word v as a[n] … a[n+7] (those
/// past the end are dropped): load_bytes8's inverse.
template <class T, std::size_t N>
constexpr void store_bytes8(std::array<T, N>& a, std::size_t n, std::uint64_t v) noexcept {
  static_assert(sizeof(T) == 1, "bytes only");
  if (!std::is_constant_evaluated() && std::endian::native == std::endian::little &&
      n + 8 <= N) {
    std::memcpy(a.data() + n, &v, 8);
    return;
  }
  for (std::size_t k = 0; k < 8 && n + k < N; ++k) {
    a[n + k] = static_cast<T>(static_cast<std::uint8_t>(v >> (8 * k)));
  }
}

/// Bit b of the result is the lowest bit of byte b of x: the inverse of
/// spread_byte, so that per-element codes kept as bytes become bit planes
/// eight at a time (one multiply gathers the eight bits into the top byte).
[[nodiscard]] constexpr std::uint64_t gather_byte_lows(std::uint64_t x) noexcept {
  return ((x & 0x0101010101010101ULL) * 0x0102040810204080ULL) >> 56;
}

}  // namespace teleworksec::detail
