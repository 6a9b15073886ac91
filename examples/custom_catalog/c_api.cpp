// The C API of <teleworksec/teleworksec.h> over example-home-office: one line
// gives tws_rate_json, tws_catalogs and tws_version for this catalog, for C,
// Python's ctypes or any foreign-function interface.

#include "home_office.hpp"
#include "teleworksec/io/c_api.hpp"

TELEWORKSEC_DEFINE_C_API(teleworksec::catalog_list<example::home_office_t>)
