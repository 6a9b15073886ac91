// libFuzzer target for the nmap importer: any bytes either import or fail
// with an input_error, never crash, and a scan that imports merges into an
// assessment that writes and reads back equal.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "teleworksec/io/nmap.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace nm = teleworksec::nmap;
  static const nm::mapping mapping = nm::default_mapping();
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  try {
    for (const bool outside : {false, true}) {
      const auto scan = nm::read_scan(text, "fuzz.xml", mapping, {outside});
      teleworksec::assessment_document doc;
      doc.catalog = "certification-v2";
      nm::merge(doc, scan, nm::on_conflict::fail);
      nm::merge(doc, scan, nm::on_conflict::fail);  // a second import changes nothing
      const auto written = teleworksec::dump(teleworksec::to_json(doc));
      if (teleworksec::read_assessment(written, "fuzz.json") != doc) std::abort();
    }
  } catch (const teleworksec::input_error&) {
  }
  return 0;
}
