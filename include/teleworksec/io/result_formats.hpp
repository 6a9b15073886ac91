#pragma once

// The documents a rating is written as, chosen by name: the one place the
// CLI (`rate --format`, `export`), the C API (tws_rate_format,
// tws_export_catalog) and the WebAssembly build pick a writer, so that every
// format gives the same bytes through every interface.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/html_report.hpp"
#include "teleworksec/io/oscal_catalog.hpp"
#include "teleworksec/io/oscal_results.hpp"
#include "teleworksec/io/result_writer.hpp"
#include "teleworksec/io/sarif.hpp"
#include "teleworksec/names.hpp"

namespace teleworksec {

/// A document written from one rating.
enum class result_format : std::uint8_t {
  json,   ///< teleworksec/result/v1
  oscal,  ///< OSCAL 1.1.2 assessment-results
  sarif,  ///< SARIF 2.1.0 log
  html,   ///< the self-contained, printable report
};

template <>
struct enum_names<result_format> {
  static constexpr std::array<enum_name<result_format>, 4> table{{
      {result_format::json, "json", "teleworksec/result/v1 JSON", "teleworksec/result/v1 JSON"},
      {result_format::oscal, "oscal", "OSCAL 1.1.2 assessment results", "OSCAL 1.1.2 評価結果"},
      {result_format::sarif, "sarif", "SARIF 2.1.0 log", "SARIF 2.1.0 ログ"},
      {result_format::html, "html", "printable HTML report", "印刷用 HTML レポート"},
  }};
};

/// A document written from a catalog alone.
enum class catalog_format : std::uint8_t {
  oscal_catalog,  ///< OSCAL 1.1.2 catalog
};

template <>
struct enum_names<catalog_format> {
  static constexpr std::array<enum_name<catalog_format>, 1> table{{
      {catalog_format::oscal_catalog, "oscal-catalog", "OSCAL 1.1.2 catalog", "OSCAL 1.1.2 カタログ"},
  }};
};

/// The languages of the human-readable formats.
inline constexpr std::array<std::string_view, 2> report_languages{"en", "ja"};

/// Whether `lang` is one of report_languages.
constexpr bool is_report_language(std::string_view lang) noexcept {
  for (const auto l : report_languages) {
    if (l == lang) return true;
  }
  return false;
}

/// The rating `r` of `doc` as a document in format `f`. `file_name` is how
/// the assessment is named (SARIF's locations); `lang` ("en" or "ja") is the
/// language of the HTML report.
template <catalog C>
std::string result_document(C c, const assessment_document& doc, const result_t<C>& r,
                            result_format f, std::string_view file_name, std::string_view lang) {
  switch (f) {
    case result_format::oscal:
      return oscal_results_text(c, doc, r);
    case result_format::sarif:
      return sarif_text(c, doc, r, file_name);
    case result_format::html:
      return html_report_text(c, doc, r, lang);
    case result_format::json:
      break;
  }
  return result_text(c, doc, r);
}

/// Catalog `c` as a document in format `f`.
template <catalog C>
std::string catalog_document(C c, catalog_format f) {
  switch (f) {
    case catalog_format::oscal_catalog:
      break;
  }
  return oscal_catalog_text(c);
}

}  // namespace teleworksec
