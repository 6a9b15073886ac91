#pragma once

// The one list of the catalogs this library ships; every tool that accepts a
// catalog by id takes its choices from here unless given a list of its own.

#include "teleworksec/catalog_list.hpp"
#include "teleworksec/catalogs/certification_v2.hpp"
#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/catalogs/coworking_v2.hpp"
#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"

namespace teleworksec::catalogs {

/// Every shipped catalog, in the order tools list them.
using all = catalog_list<coworking_v2_t, certification_v2_t, mic_telework_v4_t, csaj_home_2018_t,
                         coworking_user_t>;

}  // namespace teleworksec::catalogs
