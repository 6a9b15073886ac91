// Control: the small telework catalogs the other cases break are valid, so a
// harness that fails every compilation cannot pass them silently.
#include "small_telework.hpp"

static_assert(teleworksec::validate_self_check<small_telework::self_check>());
static_assert(teleworksec::validate_policy<small_telework::policy>());
static_assert(teleworksec::validate_risk<small_telework::risk>());
