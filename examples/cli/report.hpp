#pragma once

// A report is a title, labelled fields and sections of rows; the same report
// renders as aligned plain text for a terminal or as Markdown for a document,
// so `rate`, `gaps` and `diff` say the same thing in both forms.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text.hpp"

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
