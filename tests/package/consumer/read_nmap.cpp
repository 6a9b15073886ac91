// A consumer of teleworksec::nmap: reads a recorded nmap scan of weak services
// (tests/data/nmap/loopback-weak-tcp.xml): check 22 (weak ciphers) has
// findings; check 21 (SSLv2) is not decided, with a reason, because port 443
// was not in that scan's port list.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <teleworksec/io/nmap.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto scan = teleworksec::nmap::read_scan(text, argv[1]);
  using kind = teleworksec::check_outcome::kind;
  std::cout << scan.decided.size() << " checks decided\n";
  const bool untested_21 = std::any_of(scan.not_covered.begin(), scan.not_covered.end(),
                                       [](const auto& u) { return u.check == 21 && !u.reason.empty(); });
  return scan.decided.at(22).status == kind::findings && untested_21 ? 0 : 1;
}
