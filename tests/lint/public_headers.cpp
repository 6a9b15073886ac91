// What lint.clang_tidy checks: every public header, the JSON layer and (with
// pugixml) the nmap importer included.
#include <teleworksec/io/json.hpp>
#include <teleworksec/io/result_formats.hpp>
#include <teleworksec/teleworksec.hpp>
#if __has_include(<pugixml.hpp>)
#include <teleworksec/io/nmap.hpp>
#endif
