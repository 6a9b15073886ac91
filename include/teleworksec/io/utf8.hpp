#pragma once

// Well-formed UTF-8 as RFC 3629 defines it (and nlohmann/json's lexer and
// writer accept it): no overlong forms, no surrogates, nothing above
// U+10FFFF. The one check behind the JSON reader, the messages that quote
// input bytes and the nmap reader, which refuses a scan that is not UTF-8.

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace teleworksec::detail {

/// The length (1–4) of the well-formed UTF-8 sequence at s[i], or 0 when the
/// bytes there start none (a stray continuation byte, a cut or overlong
/// sequence, a surrogate, a code point above U+10FFFF).
constexpr std::size_t well_formed_utf8_length(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return 1;
  std::size_t len = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    if (b == 0xE0) low = 0xA0;
    if (b == 0xED) high = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    if (b == 0xF0) low = 0x90;
    if (b == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (s.size() - i < len) return 0;
  const auto second = static_cast<unsigned char>(s[i + 1]);
  if (second < low || second > high) return 0;
  for (std::size_t k = 2; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) return 0;
  }
  return len;
}

/// The offset of the first byte of `s` that starts no well-formed UTF-8
/// sequence, or std::string_view::npos when all of `s` is UTF-8.
constexpr std::size_t first_ill_formed_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = well_formed_utf8_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

/// Appends the byte `b` as the four characters \xNN.
inline void append_escaped_byte(std::string& out, unsigned char b) {
  char hex[5];
  std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(b));
  out += hex;
}

/// `s` with every byte that starts no well-formed UTF-8 sequence written as
/// the four characters \xNN, and everything else as it is: text that any
/// JSON writer accepts and that still shows the bytes it was given.
inline std::string ill_formed_utf8_escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = well_formed_utf8_length(s, i);
    if (len == 0) {
      append_escaped_byte(out, static_cast<unsigned char>(s[i]));
      ++i;
    } else {
      out.append(s, i, len);
      i += len;
    }
  }
  return out;
}

}  // namespace teleworksec::detail
