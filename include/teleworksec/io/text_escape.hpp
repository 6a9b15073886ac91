#pragma once

// Text that other people wrote — facility names, reasons, notes, evidence
// references, scan finding titles — kept text in every output: an assessment
// travels from a facility to its auditor, so whatever it says must neither run
// as markup where a report is rendered nor hide or reorder what stands beside
// it.

#include <cstdio>
#include <string>
#include <string_view>

namespace teleworksec {

/// `s` with every control character that could hide or reorder text made
/// visible as "[U+XXXX]": the C0 controls but line feed and tab, DEL, and
/// the Unicode bidi embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069), which can make a line read differently from what it says.
inline std::string visible_controls(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto visible = [&](unsigned code_point) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "[U+%04X]", code_point);
    out += buf;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
      visible(b);
      continue;
    }
    // U+202A–U+202E are E2 80 AA–AE in UTF-8, U+2066–U+2069 are E2 81 A6–A9.
    if (b == 0xE2 && i + 2 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      const auto b2 = static_cast<unsigned char>(s[i + 2]);
      if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
        visible(0x2000U + (b1 & 0x3FU) * 64U + (b2 & 0x3FU));
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(b);
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

}  // namespace teleworksec
