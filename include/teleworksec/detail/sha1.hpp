#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace teleworksec::detail {

// SHA-1 (FIPS 180-4), constexpr and heap-free: only what name-based UUIDs
// (RFC 9562 version 5) need. Not for security: UUIDv5 is defined with SHA-1.
class sha1 {
 public:
  constexpr sha1& update(std::string_view bytes) noexcept {
    for (char c : bytes) push(static_cast<std::uint8_t>(c));
    return *this;
  }
  constexpr sha1& update(const std::uint8_t* bytes, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) push(bytes[i]);
    return *this;
  }

  /// The 20-byte digest; the hasher is spent afterwards.
  [[nodiscard]] constexpr std::array<std::uint8_t, 20> digest() noexcept {
    const std::uint64_t bits = length_ * 8;
    push(0x80);
    while (filled_ != 56) push(0);
    for (int i = 7; i >= 0; --i) push(static_cast<std::uint8_t>(bits >> (8 * i)));
    std::array<std::uint8_t, 20> out{};
    for (std::size_t i = 0; i < 5; ++i) {
      for (std::size_t b = 0; b < 4; ++b) {
        out[4 * i + b] = static_cast<std::uint8_t>(state_[i] >> (24 - 8 * b));
      }
    }
    return out;
  }

 private:
  static constexpr std::uint32_t rotl(std::uint32_t x, int n) noexcept {
    return (x << n) | (x >> (32 - n));
  }

  constexpr void push(std::uint8_t b) noexcept {
    block_[filled_++] = b;
    ++length_;
    if (filled_ == 64) compress();
  }

  constexpr void compress() noexcept {
    std::array<std::uint32_t, 80> w{};
    for (std::size_t t = 0; t < 16; ++t) {
      w[t] = static_cast<std::uint32_t>(block_[4 * t]) << 24 |
             static_cast<std::uint32_t>(block_[4 * t + 1]) << 16 |
             static_cast<std::uint32_t>(block_[4 * t + 2]) << 8 |
             static_cast<std::uint32_t>(block_[4 * t + 3]);
    }
    for (std::size_t t = 16; t < 80; ++t)
      w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    auto [a, b, c, d, e] = state_;
    for (std::size_t t = 0; t < 80; ++t) {
      std::uint32_t f = 0;
      std::uint32_t k = 0;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999U;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1U;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDCU;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6U;
      }
      const std::uint32_t next = rotl(a, 5) + f + e + k + w[t];
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = next;
    }
    state_[0] += a;
    state_[1] += b;
    state_[2] += c;
    state_[3] += d;
    state_[4] += e;
    filled_ = 0;
  }

  std::array<std::uint32_t, 5> state_{0x67452301U, 0xEFCDAB89U, 0x98BADCFEU, 0x10325476U,
                                      0xC3D2E1F0U};
  std::array<std::uint8_t, 64> block_{};
  std::size_t filled_ = 0;
  std::uint64_t length_ = 0;
};

}  // namespace teleworksec::detail
