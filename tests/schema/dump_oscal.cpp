// Writes the OSCAL assessment-results document of each assessment file named
// on the command line, each followed by a NUL byte (JSON text never holds
// one), so that tests/schema/oscal_validate.py checks thousands of documents
// with one process. A file that is not a valid assessment gives "error: …"
// in place of its document. Exit 3 when anything else is thrown (a bug).

#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "teleworksec/io/json.hpp"
#include "teleworksec/io/oscal_results.hpp"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string file = argv[i];
    std::ifstream in(file, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    try {
      const auto doc = teleworksec::read_assessment(text, file);
      teleworksec::visit_catalog(doc.catalog, [&](auto catalog) {
        const auto r = teleworksec::evaluate(catalog, teleworksec::to_assessment(catalog, doc));
        std::cout << teleworksec::oscal_results_text(catalog, doc, r);
      });
    } catch (const teleworksec::input_error& e) {
      std::cout << "error: " << e.what();
    } catch (const std::exception& e) {
      std::cerr << file << ": internal error: " << e.what() << '\n';
      return 3;
    }
    std::cout << '\0';
  }
  return 0;
}
