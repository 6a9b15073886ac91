// home-office: a teleworksec-compatible command for a catalog of our own.
// rate, gaps, template, ask, rules and diff work on example-home-office
// assessments exactly as teleworksec's do on the shipped catalogs.

#include "cli.hpp"
#include "home_office.hpp"
#include "teleworksec/catalog_list.hpp"

int main(int argc, char** argv) {
  return cli::main<teleworksec::catalog_list<example::home_office_t>>(argc, argv);
}
