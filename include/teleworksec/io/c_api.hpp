#pragma once

// The JSON entry points of <teleworksec/teleworksec.h> — tws_rate_json,
// tws_rate_format, tws_export_catalog, tws_catalogs, tws_version — over a
// list of catalogs. The shipped library
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
#include "teleworksec/io/result_formats.hpp"
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

/// The result of an assessment of one of `Catalogs` on the file's date, or
/// today's (UTC) when it has none, as a document in format `f`; "" on a bug
/// (read_assessment refuses unknown catalogs itself).
template <class Catalogs>
std::string rate(std::string_view text, const std::string& name,
                 result_format f = result_format::json, std::string_view lang = "en") {
  auto doc = read_assessment<Catalogs>(text, name);
  set_evaluation_date(doc);  // the file's date, else today's (UTC), as the CLI rates
  std::string out;
  visit_catalog<Catalogs>(doc.catalog, [&](auto c) {
    out = result_document(c, doc, evaluate(c, to_assessment(c, doc)), f, name, lang);
  });
  return out;
}

/// Runs `make` (which returns the output text, "" on a bug) and copies its
/// text out; an input_error's message comes out as TWS_BAD_INPUT. No
/// exception leaves: built without exceptions, a bad input never returns here
/// (teleworksec::on_input_error).
template <class Make>
tws_status guarded(Make make, char* out, std::size_t out_cap, std::size_t* out_len) noexcept {
  const auto run = [&] {
    const std::string text = make();
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

/// The name of an input in messages: `name`, or "<input>" for NULL.
inline std::string input_name(const char* name) {
  return name != nullptr ? std::string{name} : std::string{"<input>"};
}

/// The input text: empty for a NULL pointer of length 0.
inline std::string_view input_text(const char* json, std::size_t json_len) noexcept {
  return json_len == 0 ? std::string_view{} : std::string_view{json, json_len};
}

/// tws_rate_json over `Catalogs`.
template <class Catalogs>
tws_status rate_json(const char* json, std::size_t json_len, const char* name, char* out,
                     std::size_t out_cap, std::size_t* out_len) noexcept {
  if (out_len == nullptr) return TWS_INTERNAL;
  *out_len = 0;
  if (json == nullptr && json_len != 0) return TWS_INTERNAL;
  return guarded([&] { return rate<Catalogs>(input_text(json, json_len), input_name(name)); },
                 out, out_cap, out_len);
}

/// tws_rate_format over `Catalogs`: an unknown format or language is
/// TWS_BAD_INPUT with a message naming the choices.
template <class Catalogs>
tws_status rate_format(const char* json, std::size_t json_len, const char* name,
                       const char* format, const char* lang, char* out, std::size_t out_cap,
                       std::size_t* out_len) noexcept {
  if (out_len == nullptr || format == nullptr) return TWS_INTERNAL;
  *out_len = 0;
  if (json == nullptr && json_len != 0) return TWS_INTERNAL;
  const auto f = from_string<result_format>(format);
  if (!f) {
    return put("format: expected json, oscal, sarif or html", out, out_cap, out_len,
               TWS_BAD_INPUT);
  }
  const std::string_view language = lang != nullptr ? lang : "en";
  if (!is_report_language(language)) {
    return put("lang: expected en or ja", out, out_cap, out_len, TWS_BAD_INPUT);
  }
  return guarded(
      [&] {
        return rate<Catalogs>(input_text(json, json_len), input_name(name), *f, language);
      },
      out, out_cap, out_len);
}

/// tws_export_catalog over `Catalogs`.
template <class Catalogs>
tws_status export_catalog(const char* catalog, const char* format, char* out,
                          std::size_t out_cap, std::size_t* out_len) noexcept {
  if (out_len == nullptr || catalog == nullptr || format == nullptr) return TWS_INTERNAL;
  *out_len = 0;
  const auto f = from_string<catalog_format>(format);
  if (!f) return put("format: expected oscal-catalog", out, out_cap, out_len, TWS_BAD_INPUT);
  bool known = false;
  const auto status = guarded(
      [&] {
        std::string text;
        known = visit_catalog<Catalogs>(catalog, [&](auto c) { text = catalog_document(c, *f); });
        return text;
      },
      out, out_cap, out_len);
  return known ? status : TWS_UNKNOWN_CATALOG;
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

/// Defines the tws_* JSON entry points over a catalog_list.
#define TELEWORKSEC_DEFINE_C_API(...)                                                         \
  extern "C" {                                                                                \
  TWS_API tws_status tws_rate_json(const char* json, std::size_t json_len, const char* name,  \
                                   char* out, std::size_t out_cap, std::size_t* out_len) {    \
    return teleworksec::c_api::rate_json<__VA_ARGS__>(json, json_len, name, out, out_cap,     \
                                                      out_len);                               \
  }                                                                                           \
  TWS_API tws_status tws_rate_format(const char* json, std::size_t json_len, const char* name, \
                                     const char* format, const char* lang, char* out,         \
                                     std::size_t out_cap, std::size_t* out_len) {             \
    return teleworksec::c_api::rate_format<__VA_ARGS__>(json, json_len, name, format, lang,   \
                                                        out, out_cap, out_len);               \
  }                                                                                           \
  TWS_API tws_status tws_export_catalog(const char* catalog, const char* format, char* out,   \
                                        std::size_t out_cap, std::size_t* out_len) {          \
    return teleworksec::c_api::export_catalog<__VA_ARGS__>(catalog, format, out, out_cap,     \
                                                           out_len);                          \
  }                                                                                           \
  TWS_API tws_status tws_catalogs(char* out, std::size_t out_cap, std::size_t* out_len) {     \
    return teleworksec::c_api::list_catalogs<__VA_ARGS__>(out, out_cap, out_len);             \
  }                                                                                           \
  TWS_API const char* tws_version(void) { return teleworksec::version_string; }              \
  }
