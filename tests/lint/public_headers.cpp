// What lint.clang_tidy checks: every public header, the JSON layer included.
#include <teleworksec/json.hpp>
#include <teleworksec/teleworksec.hpp>
