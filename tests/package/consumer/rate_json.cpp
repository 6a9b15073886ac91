// A consumer of teleworksec::json: reads a certification-v2 assessment file,
// rates it, and prints its teleworksec/result/v1 document. The sample given
// (four-stars.json) is ★★★★; anything else fails.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <teleworksec/io/json.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  namespace tws = teleworksec;
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto doc = tws::read_assessment(text, argv[1]);
  constexpr auto catalog = tws::catalogs::certification_v2;
  const auto result = tws::evaluate(catalog, tws::to_assessment(catalog, doc));
  std::cout << tws::dump(tws::result_to_json(catalog, doc, result));
  return result.level.stars == 4 ? 0 : 1;
}
