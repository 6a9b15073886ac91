#pragma once

#include <cstdint>

namespace teleworksec {

/// Which engine rates a catalog; every catalog tag names its kind.
enum class catalog_kind : std::uint8_t {
  certification,  ///< coworking-v2 / certification-v2: audit, diagnosis, stars (SPEC §4)
  self_check,     ///< mic-telework-v4: items by role and threat group (SPEC §5)
  policy,         ///< csaj-home-2018: SHALL/SHOULD/MAY statements and a plan (SPEC §5)
  risk,           ///< coworking-user: measures and the risks they leave (SPEC §5)
};

/// A catalog tag of the given kind.
template <class Catalog, catalog_kind K>
concept catalog_of_kind = Catalog::kind == K;

}  // namespace teleworksec
