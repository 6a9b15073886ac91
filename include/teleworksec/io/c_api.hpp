#pragma once

// The JSON entry points of <teleworksec/teleworksec.h> — tws_rate_json,
// tws_catalogs, tws_version — over a list of catalogs. The shipped library
// defines them over catalogs::all (examples/c_api/teleworksec_c.cpp); a tool
// with catalogs of its own gets a C API over its list with one line in one
// C++ file (examples/custom_catalog/c_api.cpp):
//
//   TELEWORKSEC_DEFINE_C_API(teleworksec::catalog_list<my_catalog_t>)
//
// Every entry point catches everything: no exception crosses into C. Built
// without exceptions (examples/wasm), there is nothing to catch: a bad input
// ends in teleworksec::on_input_error, which that build defines.

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "teleworksec/catalog_list.hpp"
#include "teleworksec/io/json.hpp"
#include "teleworksec/teleworksec.h"
#include "teleworksec/version.hpp"

namespace teleworksec::c_api {

/// Copies `text` out: the size always, the bytes when they fit (plus a NUL
/// when there is room); `ok` when they fit.
inline tws_status put(std::string_view text, char* out, std::size_t out_cap, std::size_t* out_len,
                      tws_status ok) {
  *out_len = text.size();
  if (out == nullptr) out_cap = 0;
  if (text.size() > out_cap) return TWS_BUFFER_TOO_SMALL;
  if (!text.empty()) std::memcpy(out, text.data(), text.size());
  if (text.size() < out_cap) out[text.size()] = '\0';
  return ok;
}

/// The result document of an assessment of one of `Catalogs` on the file's
/// date, or today's (UTC) when it has none, or "" on a bug
/// (read_assessment refuses unknown catalogs itself).
template <class Catalogs>
std::string rate(std::string_view text, const std::string& name) {
  auto doc = read_assessment<Catalogs>(text, name);
  set_evaluation_date(doc);  // the file's date, else today's (UTC), as the CLI rates
  std::string out;
  visit_catalog<Catalogs>(doc.catalog, [&](auto c) {
    out = result_text(c, doc, evaluate(c, to_assessment(c, doc)));
  });
  return out;
}

/// tws_rate_json over `Catalogs`.
template <class Catalogs>
tws_status rate_json(const char* json, std::size_t json_len, const char* name, char* out,
                     std::size_t out_cap, std::size_t* out_len) noexcept {
  if (out_len == nullptr) return TWS_INTERNAL;
  *out_len = 0;
  if (json == nullptr && json_len != 0) return TWS_INTERNAL;
  const auto run = [&] {
    const std::string file = name != nullptr ? std::string{name} : std::string{"<input>"};
    const auto text =
        rate<Catalogs>(json_len == 0 ? std::string_view{} : std::string_view{json, json_len}, file);
    if (text.empty()) return TWS_INTERNAL;
    return put(text, out, out_cap, out_len, TWS_OK);
  };
#if defined(__cpp_exceptions)
  try {
    try {
      return run();
    } catch (const input_error& e) {
      return put(e.what(), out, out_cap, out_len, TWS_BAD_INPUT);
    }
  } catch (...) {
    *out_len = 0;
    return TWS_INTERNAL;
  }
#else
  return run();
#endif
}

/// tws_catalogs over `Catalogs`: [{"fingerprint", "id"}, …] in list order.
template <class Catalogs>
tws_status list_catalogs(char* out, std::size_t out_cap, std::size_t* out_len) noexcept {
  if (out_len == nullptr) return TWS_INTERNAL;
  *out_len = 0;
  const auto run = [&] {
    auto list = nlohmann::json::array();
    Catalogs::for_each([&](auto c) {
      using catalog = decltype(c);
      list.push_back({{"id", std::string{catalog::id}},
                      {"fingerprint", fingerprint_hex(fingerprint_v<catalog>)}});
    });
    return put(list.dump(), out, out_cap, out_len, TWS_OK);
  };
#if defined(__cpp_exceptions)
  try {
    return run();
  } catch (...) {
    *out_len = 0;
    return TWS_INTERNAL;
  }
#else
  return run();
#endif
}

}  // namespace teleworksec::c_api

/// Defines tws_rate_json, tws_catalogs and tws_version over a catalog_list.
#define TELEWORKSEC_DEFINE_C_API(...)                                                         \
  extern "C" {                                                                                \
  TWS_API tws_status tws_rate_json(const char* json, std::size_t json_len, const char* name,  \
                                   char* out, std::size_t out_cap, std::size_t* out_len) {    \
    return teleworksec::c_api::rate_json<__VA_ARGS__>(json, json_len, name, out, out_cap,     \
                                                      out_len);                               \
  }                                                                                           \
  TWS_API tws_status tws_catalogs(char* out, std::size_t out_cap, std::size_t* out_len) {     \
    return teleworksec::c_api::list_catalogs<__VA_ARGS__>(out, out_cap, out_len);             \
  }                                                                                           \
  TWS_API const char* tws_version(void) { return teleworksec::version_string; }              \
  }
