// Control: the small catalog the other cases break is itself valid, so a
// harness that fails every compilation cannot pass them silently.
#include "small_catalog.hpp"

static_assert(teleworksec::validate_checklist<small::checklist>());
static_assert(teleworksec::validate_program<small::checklist, small::program>());
