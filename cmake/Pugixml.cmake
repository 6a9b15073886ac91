# pugixml (Debian: libpugixml-dev) for the optional nmap importer,
# <teleworksec/io/nmap.hpp>: its CMake package, else pkg-config. Sets
# TELEWORKSEC_PUGIXML_TARGET to a target to link, or leaves it empty when
# pugixml is not installed (the nmap parts are then skipped). Included by
# each directory that needs it: imported targets are visible only there.

set(TELEWORKSEC_PUGIXML_TARGET "")
find_package(pugixml QUIET CONFIG)
if(TARGET pugixml::pugixml)
  set(TELEWORKSEC_PUGIXML_TARGET pugixml::pugixml)
else()
  find_package(PkgConfig QUIET)
  if(PKG_CONFIG_FOUND AND NOT TARGET PkgConfig::TELEWORKSEC_PUGIXML)
    pkg_check_modules(TELEWORKSEC_PUGIXML QUIET IMPORTED_TARGET GLOBAL pugixml)
  endif()
  if(TARGET PkgConfig::TELEWORKSEC_PUGIXML)
    set(TELEWORKSEC_PUGIXML_TARGET PkgConfig::TELEWORKSEC_PUGIXML)
  endif()
endif()
if(NOT TELEWORKSEC_PUGIXML_TARGET AND NOT TELEWORKSEC_PUGIXML_REPORTED)
  set(TELEWORKSEC_PUGIXML_REPORTED ON)
  message(STATUS "teleworksec: pugixml not found (Debian: libpugixml-dev); "
                 "no nmap import, its tests are skipped")
endif()
