#pragma once

// Name-based UUIDs, version 5 (RFC 9562 §5.5, SHA-1): the same namespace and
// name give the same UUID on every machine, so documents that carry UUIDs
// (OSCAL) are byte-identical for identical input.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "teleworksec/detail/sha1.hpp"

namespace teleworksec {

/// A UUID as its 16 bytes, in network order.
struct uuid {
  std::array<std::uint8_t, 16> bytes{};

  /// The lower-case 8-4-4-4-12 text form.
  [[nodiscard]] std::string text() const {
    constexpr std::string_view hex = "0123456789abcdef";
    std::string s;
    s.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
      s += hex[bytes[i] >> 4U];
      s += hex[bytes[i] & 0xFU];
    }
    return s;
  }
  friend constexpr bool operator==(const uuid&, const uuid&) noexcept = default;
};

/// The UUID version 5 of `name` in namespace `ns`.
constexpr uuid uuid5(const uuid& ns, std::string_view name) noexcept {
  detail::sha1 h;
  h.update(ns.bytes.data(), ns.bytes.size());
  h.update(name);
  const auto d = h.digest();
  uuid u;
  for (std::size_t i = 0; i < u.bytes.size(); ++i) u.bytes[i] = d[i];
  u.bytes[6] = static_cast<std::uint8_t>((u.bytes[6] & 0x0FU) | 0x50U);  // version 5
  u.bytes[8] = static_cast<std::uint8_t>((u.bytes[8] & 0x3FU) | 0x80U);  // variant 10
  return u;
}

/// The namespace of fully qualified domain names (RFC 9562 §6.6).
inline constexpr uuid dns_namespace{{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4,
                                     0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}};
/// The namespace of URLs (RFC 9562 §6.6).
inline constexpr uuid url_namespace{{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4,
                                     0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}};

}  // namespace teleworksec
