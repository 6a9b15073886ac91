// What lint.clang_tidy checks: every public header, the JSON layer and (with
// pugixml) the nmap importer included.
#include <teleworksec/io/html_report.hpp>
#include <teleworksec/io/json.hpp>
#include <teleworksec/io/oscal_results.hpp>
#include <teleworksec/io/sarif.hpp>
#include <teleworksec/teleworksec.hpp>
#if __has_include(<pugixml.hpp>)
#include <teleworksec/io/nmap.hpp>
#endif
