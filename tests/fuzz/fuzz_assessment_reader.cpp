// libFuzzer target for the assessment reader of json.hpp (SPEC §8: "the JSON
// reader fuzzed with libFuzzer with no crash"). Any input either is rejected
// with teleworksec::input_error or is read, rated and written. Anything else
// escaping — another exception, a sanitizer report, a broken round trip or
// unstable output — is a bug: libFuzzer reports it with the input.
//
// Build: clang++ -std=c++20 -fsanitize=fuzzer,address,undefined (tests/fuzz/fuzz.cmake).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "teleworksec/io/json.hpp"

namespace {

namespace tws = teleworksec;

// A broken invariant: abort, so that libFuzzer keeps the input as a crash.
void require(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  tws::assessment_document doc;
  try {
    doc = tws::read_assessment(text, "fuzz.json");
  } catch (const tws::input_error& e) {
    require(e.file() == "fuzz.json");
    return 0;
  }

  // Round trip: what was read, written and read again is the same document,
  // and writing it is canonical.
  const auto written = tws::dump(tws::to_json(doc));
  const auto again = tws::read_assessment(written, "fuzz.json (written back)");
  require(again == doc);
  require(tws::dump(tws::to_json(again)) == written);

  // Rating and the result document: byte-identical for identical input.
  const bool known = tws::visit_catalog(doc.catalog, [&](auto catalog) {
    const auto a = tws::to_assessment(catalog, doc);
    const auto r = tws::evaluate(catalog, a);
    require(r == tws::evaluate(catalog, tws::to_assessment(catalog, again)));
    const auto first = tws::dump(tws::result_to_json(catalog, doc, r));
    const auto second = tws::dump(tws::result_to_json(catalog, again, r));
    require(first == second);
  });
  require(known);
  return 0;
}
