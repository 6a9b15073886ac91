#pragma once

// A report is a title, labelled fields and sections of rows; the same report
// renders as aligned plain text for a terminal or as Markdown for a document,
// so `rate`, `gaps` and `diff` say the same thing in both forms.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {

/// The parts one after another. Appended, not `"…" + std::string{…}`: g++ 12
/// at -O3 reports that form's insert at the front as an overlapping copy (a
/// false -Wrestrict, GCC bug 105651).
template <class... Parts>
std::string concat(const Parts&... parts) {
  std::string out;
  (out.append(parts), ...);
  return out;
}

/// One section: a heading, paragraphs, then rows under column headers.
struct section {
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<std::string> columns;  ///< headers (Markdown only)
  std::vector<std::vector<std::string>> rows;
};

/// A report: title, "label: value" fields, sections.
struct report {
  std::string title;
  std::vector<std::pair<std::string, std::string>> fields;
  std::vector<section> sections;
};

/// Columns a string takes in a terminal: East Asian wide characters take two.
inline std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = b;
    std::size_t len = 1;
    if (b >= 0xF0) {
      len = 4;
      cp = b & 0x07U;
    } else if (b >= 0xE0) {
      len = 3;
      cp = b & 0x0FU;
    } else if (b >= 0xC0) {
      len = 2;
      cp = b & 0x1FU;
    }
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3FU);
    }
    i += len;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
  }
  return width;
}

/// `s` followed by spaces up to `width` display columns.
inline std::string pad(const std::string& s, std::size_t width) {
  const auto w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

/// Plain text: fields aligned, rows in aligned columns (the last one free).
inline std::string render_text(const report& r) {
  std::string out = r.title + "\n";
  std::size_t label_width = 0;
  for (const auto& [label, value] : r.fields) {
    label_width = std::max(label_width, display_width(label) + 1);
  }
  for (const auto& [label, value] : r.fields) {
    out += "  ";
    out += pad(label + ":", label_width);
    out += "  " + value + "\n";
  }
  for (const auto& s : r.sections) {
    out += "\n" + s.heading + "\n";
    for (const auto& p : s.paragraphs) out += "  " + p + "\n";
    std::vector<std::size_t> widths;
    for (const auto& row : s.rows) {
      widths.resize(std::max(widths.size(), row.size()), 0);
      for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        widths[c] = std::max(widths[c], display_width(row[c]));
      }
    }
    for (const auto& row : s.rows) {
      std::string line = " ";
      for (std::size_t c = 0; c < row.size(); ++c) {
        line += " " + (c + 1 < row.size() ? pad(row[c], widths[c]) + " " : row[c]);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
  }
  return out;
}

/// A Markdown table cell: pipes escaped, line breaks flattened.
inline std::string markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

/// Markdown: fields as a list, each section a heading and a table.
inline std::string render_markdown(const report& r) {
  std::string out = concat("# ", markdown_cell(r.title), "\n\n");
  for (const auto& [label, value] : r.fields) {
    out += concat("- **", markdown_cell(label), ":** ", markdown_cell(value), "\n");
  }
  for (const auto& s : r.sections) {
    out += concat("\n## ", markdown_cell(s.heading), "\n");
    for (const auto& p : s.paragraphs) out += concat("\n", markdown_cell(p), "\n");
    if (s.rows.empty()) continue;
    std::size_t count = s.columns.size();
    for (const auto& row : s.rows) count = std::max(count, row.size());
    out += "\n|";
    for (std::size_t c = 0; c < count; ++c) {
      out += concat(" ", c < s.columns.size() ? markdown_cell(s.columns[c]) : std::string{}, " |");
    }
    out += "\n|";
    for (std::size_t c = 0; c < count; ++c) out += "---|";
    out += "\n";
    for (const auto& row : s.rows) {
      out += "|";
      for (std::size_t c = 0; c < count; ++c) {
        out += concat(" ", c < row.size() ? markdown_cell(row[c]) : std::string{}, " |");
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace cli
