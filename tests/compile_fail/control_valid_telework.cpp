// Control: the small telework catalogs the other cases break are valid.
#include "small_telework.hpp"

static_assert(teleworksec::valid_self_check_catalog(small_telework::self_check));
static_assert(teleworksec::valid_policy_catalog(small_telework::policy));
static_assert(teleworksec::valid_risk_catalog(small_telework::risk));
