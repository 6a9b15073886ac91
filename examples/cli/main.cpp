// teleworksec: rate a shared office's or a company's telework security from
// an assessment file, say what to do next, and fill in, compare and explain
// assessments — over the catalogs this library ships.

#include "cli.hpp"
#include "teleworksec/catalogs/all.hpp"

int main(int argc, char** argv) { return cli::main<teleworksec::catalogs::all>(argc, argv); }
