# pugixml (Debian: libpugixml-dev) for teleworksec::nmap, <teleworksec/io/nmap.hpp>:
# its CMake package, else pkg-config. Sets TELEWORKSEC_PUGIXML_TARGET to a
# target to link, or leaves it empty when pugixml is not installed. Used by the
# build and, installed as teleworksecPugixml.cmake, by the package config, so
# that both find pugixml the same way and name the same target.

set(TELEWORKSEC_PUGIXML_TARGET "")
find_package(pugixml QUIET CONFIG)
if(TARGET pugixml::pugixml)
  set(TELEWORKSEC_PUGIXML_TARGET pugixml::pugixml)
else()
  find_package(PkgConfig QUIET)
  if(PKG_CONFIG_FOUND AND NOT TARGET PkgConfig::TELEWORKSEC_PUGIXML)
    pkg_check_modules(TELEWORKSEC_PUGIXML QUIET IMPORTED_TARGET pugixml)
  endif()
  if(TARGET PkgConfig::TELEWORKSEC_PUGIXML)
    set(TELEWORKSEC_PUGIXML_TARGET PkgConfig::TELEWORKSEC_PUGIXML)
  endif()
endif()
