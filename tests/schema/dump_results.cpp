// Prints the teleworksec/result/v1 document of each assessment file named on
// the command line, one after the other, so that tests/schema/validate.py can
// check them against the result schema. Exit 2 on bad input, like the CLI;
// 3 when anything else is thrown (a bug).

#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "teleworksec/io/json.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " ASSESSMENT.json...\n";
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    const std::string file = argv[i];
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << file << ": cannot open\n";
      return 2;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    try {
      const auto doc = teleworksec::read_assessment(text, file);
      teleworksec::visit_catalog(doc.catalog, [&](auto catalog) {
        const auto r = teleworksec::evaluate(catalog, teleworksec::to_assessment(catalog, doc));
        std::cout << teleworksec::dump(teleworksec::result_to_json(catalog, doc, r));
      });
    } catch (const teleworksec::input_error& e) {
      std::cerr << e.what() << '\n';
      return 2;
    } catch (const std::exception& e) {  // a bug, not bad input: validate.py reports it
      std::cerr << file << ": internal error: " << e.what() << '\n';
      return 3;
    }
  }
  return 0;
}
