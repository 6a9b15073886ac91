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

#include "teleworksec/io/text_escape.hpp"
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

/// Text on one line of a terminal that stays text: line breaks and tabs as
/// spaces (a name cannot forge a line of the report), controls — escape
/// sequences too — and bidi overrides visible (tws::visible_controls).
inline std::string text_line(std::string_view s) {
  std::string out = teleworksec::visible_controls(s);
  for (auto& ch : out) {
    if (ch == '\n' || ch == '\t') ch = ' ';
  }
  return out;
}

/// Plain text: fields aligned, rows in aligned columns (the last one free);
/// every text on one line (text_line).
inline std::string render_text(const report& r) {
  std::string out = text_line(r.title) + "\n";
  std::size_t label_width = 0;
  for (const auto& [label, value] : r.fields) {
    label_width = std::max(label_width, display_width(label) + 1);
  }
  for (const auto& [label, value] : r.fields) {
    out += "  ";
    out += pad(text_line(label) + ":", label_width);
    out += "  " + text_line(value) + "\n";
  }
  for (const auto& s : r.sections) {
    out += "\n" + text_line(s.heading) + "\n";
    for (const auto& p : s.paragraphs) out += "  " + text_line(p) + "\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : s.rows) {
      auto& line = rows.emplace_back();
      for (const auto& cell : row) line.push_back(text_line(cell));
    }
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
      widths.resize(std::max(widths.size(), row.size()), 0);
      for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        widths[c] = std::max(widths[c], display_width(row[c]));
      }
    }
    for (const auto& row : rows) {
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

/// Text in Markdown that stays text, for a table cell, a list item or a
/// heading (tws::markdown_escape inline): the facility's own texts come from
/// files that other people write.
inline std::string markdown_cell(std::string_view s) {
  return teleworksec::markdown_escape(s, teleworksec::markdown_field::inline_span);
}

/// A paragraph of Markdown that stays text: as a cell (markdown_cell), and a
/// leading `#`, `+`, `-` or `1.` escaped so that it starts no heading or list.
inline std::string markdown_paragraph(std::string_view s) {
  std::string out = markdown_cell(s);
  const auto start = out.find_first_not_of(' ');
  if (start == std::string::npos) return out;
  if (out[start] == '#' || out[start] == '+' || out[start] == '-') {
    out.insert(start, 1, '\\');
  } else if (const auto digits = out.find_first_not_of("0123456789", start);
             digits != start && digits != std::string::npos &&
             (out[digits] == '.' || out[digits] == ')')) {
    out.insert(digits, 1, '\\');
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
    for (const auto& p : s.paragraphs) out += concat("\n", markdown_paragraph(p), "\n");
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
