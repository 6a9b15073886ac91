// The CLI's template entry point over a list of its own: a teleworksec that
// knows two of the shipped catalogs (a self-check and a risk catalog) and
// nothing else, as a tool author with catalogs of their own would build it.

#include "cli.hpp"
#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"

int main(int argc, char** argv) {
  using namespace teleworksec::catalogs;
  return cli::main<teleworksec::catalog_list<mic_telework_v4_t, coworking_user_t>>(argc, argv);
}
