#pragma once

// Text from other people's files (facility names, reasons, notes, evidence
// references, scan finding titles) kept text in every output: an assessment
// travels from a facility to its auditor, so whatever it says must neither
// run as markup where a report is rendered (HTML, Markdown, OSCAL's markup
// fields) nor become a link, an image or formatting, and nothing invisible
// may reorder or hide what stands beside it.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace teleworksec {

/// Where Markdown text goes: a one-line field (OSCAL markup-line), one of
/// several lines (markup-multiline), or inside a line that something else
/// starts — a table cell, a list item, a heading — where no block can begin
/// and line breaks and tabs become spaces.
enum class markdown_field : std::uint8_t { line, multiline, inline_span };

namespace detail {

// "[U+202E]": a code point a reader should see rather than have applied.
inline void append_visible(std::string& out, std::uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "[U+%04X]", static_cast<unsigned>(cp));
  out += buf;
}

// Control characters (C0, DEL, C1) and the Unicode controls that reorder,
// isolate or break text: bidi embeddings and overrides U+202A–U+202E, bidi
// isolates U+2066–U+2069, and the line and paragraph separators U+2028/2029.
constexpr bool invisible_control(std::uint32_t cp) noexcept {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x2028 && cp <= 0x2029) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// The code point of the UTF-8 sequence at s[i] and its length. A byte that
// starts no complete sequence has length 1 and counts as U+FFFD, so that it is
// passed through as it is (the JSON layer checks text) and a stray
// continuation byte is never taken for a C1 control.
constexpr std::uint32_t decode_utf8(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  constexpr std::uint32_t not_a_sequence = 0xFFFD;
  const auto b = static_cast<unsigned char>(s[i]);
  len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (i + len > s.size()) {
    len = 1;
    return not_a_sequence;
  }
  if (len == 1) return b < 0x80 ? b : not_a_sequence;
  std::uint32_t cp = b & (0x7FU >> len);
  for (std::size_t k = 1; k < len; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
  }
  return cp;
}

}  // namespace detail

/// `s` with every control character that could hide or reorder text made
/// visible as "[U+XXXX]" (see detail::invisible_control), line feed and tab
/// kept.
inline std::string visible_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const std::uint32_t cp = detail::decode_utf8(s, i, len);
    if (cp != '\n' && cp != '\t' && detail::invisible_control(cp)) {
      detail::append_visible(out, cp);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

/// `s` as HTML text or a quoted attribute value: & < > " ' as entities, and
/// its controls visible (visible_controls).
inline std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : visible_controls(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

/// `text` as Markdown that renders as exactly this text (CommonMark and
/// GitHub's extensions): the punctuation that can start markup
/// backslash-escaped (\ ` * _ [ ] | ~ anywhere; # + - = and a number's "." or
/// ")" at the start of a line), < > & as character references, and control
/// characters and bidi controls shown as "[U+XXXX]". In a multiline field a
/// line feed (or CR LF) stays a line break; in a one-line field it is shown
/// as "[U+000A]" too; inline, line feeds and tabs become spaces and nothing
/// is escaped for starting a line.
inline std::string markdown_escape(std::string_view text,
                                   markdown_field field = markdown_field::multiline) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  bool line_start = true;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const std::uint32_t cp = detail::decode_utf8(text, i, len);
    const char c = text[i];
    if (field == markdown_field::inline_span && (c == '\n' || c == '\t')) {
      ++i;
      out += ' ';
      continue;
    }
    const bool at_line_start = line_start && field != markdown_field::inline_span;
    line_start = line_start && c == ' ';  // up to a block's marker, indent counts as start
    if (field == markdown_field::multiline &&
        (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))) {
      i += c == '\r' ? 2 : 1;
      out += '\n';
      line_start = true;
      continue;
    }
    if (len > 1 || cp >= 0x80) {
      if (detail::invisible_control(cp)) {
        detail::append_visible(out, cp);
      } else {
        out.append(text.substr(i, len));
      }
      i += len;
      continue;
    }
    ++i;
    if (detail::invisible_control(cp)) {
      detail::append_visible(out, cp);
      continue;
    }
    switch (c) {
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '&':
        out += "&amp;";
        continue;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
        out += '\\';
        out += c;
        continue;
      case '#':
      case '+':
      case '-':
      case '=':
        if (at_line_start) out += '\\';
        out += c;
        continue;
      default:
        break;
    }
    // "1." or "1)" at the start of a line would begin an ordered list.
    if (at_line_start && c >= '0' && c <= '9') {
      std::size_t end = i;
      while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
      out.append(text.substr(i - 1, end - i + 1));
      i = end;
      if (i < text.size() && (text[i] == '.' || text[i] == ')')) {
        out += '\\';
        out += text[i++];
      }
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace teleworksec
