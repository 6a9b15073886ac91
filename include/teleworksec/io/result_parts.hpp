#pragma once

// What both result writers (result_json.hpp and result_writer.hpp) share.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/io/assessment_document.hpp"

namespace teleworksec {

/// The fingerprint as 16 lower-case hex digits.
inline std::string fingerprint_hex(std::uint64_t f) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(f));
  return buf;
}

/// What became of answerable item i of a self-check or risk result, as result
/// documents name it: implemented, not_implemented, unanswered or not_applicable.
template <class Result>
std::string_view item_state(const Result& r, std::size_t i) {
  if (!r.applicable.test(i)) return "not_applicable";
  if (r.implemented.test(i)) return "implemented";
  return r.unanswered.test(i) ? "unanswered" : "not_implemented";
}

/// An exclusion with a last day, as results list it under "exclusions".
struct dated_exclusion {
  std::string_view id;
  std::string_view kind;  ///< "na", "override" or "not_needed"
  std::string_view approved_by;
  std::string_view expires;
  exclusion_term term;
};

/// The document's exclusions that expired or expire within 30 days of its
/// date (expiry.hpp): na answers, then overrides, then not_needed decisions,
/// each in ID order.
inline std::vector<dated_exclusion> dated_exclusions(const assessment_document& doc) {
  std::vector<dated_exclusion> list;
  const auto on = day_of(doc.date);
  const auto add = [&](std::string_view id, std::string_view kind, const auto& e) {
    const auto t = term_on(day_of(e.expires), on);
    if (t != exclusion_term::holds) list.push_back({id, kind, e.approved_by, e.expires, t});
  };
  for (const auto& [id, e] : doc.answers) {
    if (e.value == answer::not_applicable) add(id, "na", e);
  }
  for (const auto& [id, e] : doc.overrides) add(id, "override", e);
  for (const auto& [id, e] : doc.decisions) {
    if (e.value == decision::not_needed) add(id, "not_needed", e);
  }
  return list;
}

}  // namespace teleworksec
