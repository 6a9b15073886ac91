#pragma once

// What both result writers (result_json.hpp and result_writer.hpp) share.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

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

}  // namespace teleworksec
