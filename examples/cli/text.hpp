#pragma once

// Text as the CLI handles it: the one UTF-8 decoder (for the width of a cell
// in a terminal and for what a person may type), and the limits of what the
// assessment format carries, named once.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cli {

/// The longest facility or company name the assessment format takes, in bytes.
inline constexpr std::size_t max_name_bytes = 200;
/// The longest free text (a reason, a justification) the format takes, in bytes.
inline constexpr std::size_t max_text_bytes = 4096;

/// One character decoded from UTF-8: its code point and its length in bytes;
/// an ill-formed byte is one character of its own, marked not `valid`.
struct utf8_char {
  std::uint32_t code_point;
  std::size_t length;
  bool valid;
};

/// The character at byte `i` of `s` (no overlong forms, no surrogates,
/// nothing above U+10FFFF).
inline utf8_char decode_utf8(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1, true};
  const std::size_t length = b >= 0xC2 && b <= 0xDF   ? 2
                             : b >= 0xE0 && b <= 0xEF ? 3
                             : b >= 0xF0 && b <= 0xF4 ? 4
                                                      : 0;
  if (length == 0 || i + length > s.size()) return {b, 1, false};
  std::uint32_t cp = b & (0x7FU >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(s[i + k]);
    if ((next & 0xC0U) != 0x80U) return {b, 1, false};
    cp = (cp << 6) | (next & 0x3FU);
  }
  constexpr std::uint32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < shortest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return {b, 1, false};
  }
  return {cp, length, true};
}

/// Well-formed UTF-8 without control characters: what the file format can carry.
inline bool valid_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto ch = decode_utf8(s, i);
    if (!ch.valid || ch.code_point < 0x20 || ch.code_point == 0x7F) return false;
    i += ch.length;
  }
  return true;
}

/// Columns a string takes in a terminal: East Asian wide characters take two.
inline std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto ch = decode_utf8(s, i);
    const auto cp = ch.code_point;
    i += ch.length;
    const bool wide = ch.valid &&
                      ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                       (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                       (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
    width += wide ? 2 : 1;
  }
  return width;
}

/// `s` followed by spaces up to `width` display columns.
inline std::string pad(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

/// A text on one line: line breaks (a few statements span paragraphs) become spaces.
inline std::string one_line(std::string_view s) {
  std::string out{s};
  for (auto& ch : out) {
    if (ch == '\n' || ch == '\r') ch = ' ';
  }
  return out;
}

}  // namespace cli
