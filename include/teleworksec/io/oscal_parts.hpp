#pragma once

// What the OSCAL catalog and assessment-results writers share: our property
// namespace, the UUID namespace of our documents, timestamps from dates, and
// the small objects both write (props, parts, metadata). OSCAL 1.1.2, JSON.

#include <cstdint>
#include <string>
#include <string_view>

#include "teleworksec/io/json_text.hpp"
#include "teleworksec/io/oscal_token.hpp"
#include "teleworksec/io/result_parts.hpp"
#include "teleworksec/io/text_escape.hpp"
#include "teleworksec/io/uuid.hpp"
#include "teleworksec/version.hpp"

namespace teleworksec {

/// The OSCAL version our documents follow.
inline constexpr std::string_view oscal_version = "1.1.2";
/// The namespace of our props ("ns"): the tier, marks, levels, grades, facts.
inline constexpr std::string_view oscal_namespace = "urn:teleworksec:ns:oscal";
/// The namespace of every UUID we write: uuid5(URL namespace, oscal_namespace).
inline constexpr uuid oscal_uuid_namespace = uuid5(url_namespace, oscal_namespace);
/// The timestamp written when there is no date to take one from: catalogs
/// (whose content the fingerprint identifies, not a time) and assessments
/// without a "date".
inline constexpr std::string_view oscal_fixed_timestamp = "2000-01-01T00:00:00Z";

/// Midnight UTC of a YYYY-MM-DD date, or the fixed timestamp for none and for
/// years before 2000 or after 2999 (OSCAL's date-time pattern takes no year
/// after 2999, nor 29 February of any year 19xx).
inline std::string oscal_timestamp(std::string_view date) {
  if (date.size() != 10 || date < "2000" || date >= "3000") {
    return std::string{oscal_fixed_timestamp};
  }
  return std::string{date} + "T00:00:00Z";
}

namespace detail::oscal {

using json_text::writer;

// {"name", "ns", "value"} in our namespace; our own values only (names,
// codes, IDs), never text from an assessment file.
inline void prop(writer& w, std::string_view name, std::string_view value,
                 std::string_view cls = {}) {
  w.begin_object();
  w.key("name");
  w.name(name);
  w.key("ns");
  w.name(oscal_namespace);
  w.key("value");
  w.value(value);
  if (!cls.empty()) {
    w.key("class");
    w.name(cls);
  }
  w.end_object();
}

inline void prop_flag(writer& w, std::string_view name, bool value) {
  prop(w, name, std::string_view{value ? "true" : "false"});
}

// A number as a prop value.
inline void prop_number(writer& w, std::string_view name, std::uint64_t value) {
  prop(w, name, std::to_string(value));
}

// {"id": <token>_smt, "name": "statement", "prose": …}: the Japanese text of
// an entry, the part findings point at (NIST's "_smt" convention).
inline void statement_part(writer& w, std::string_view token, std::string_view prose_ja) {
  w.begin_object();
  w.key("id");
  w.name(std::string{token} + "_smt");
  w.key("name");
  w.name("statement");
  w.key("prose");
  w.value(markdown_escape(prose_ja));
  w.end_object();
}

// "metadata": the title, the timestamp, the library's version, OSCAL's, and
// the fingerprint of the catalog.
inline void metadata(writer& w, std::string_view title, std::string_view last_modified,
                     std::uint64_t fingerprint) {
  w.key("metadata");
  w.begin_object();
  w.key("title");
  w.value(markdown_escape(title, markdown_field::line));
  w.key("last-modified");
  w.name(last_modified);
  w.key("version");
  w.name(version_string);
  w.key("oscal-version");
  w.name(oscal_version);
  w.key("props");
  w.begin_array();
  prop(w, "fingerprint", fingerprint_hex(fingerprint));
  w.end_array();
  w.end_object();
}

}  // namespace detail::oscal

}  // namespace teleworksec
