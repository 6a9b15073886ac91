// The public IDs of the telework catalogs (SPEC §2) against golden lists:
// tests/data/golden_ids_<catalog>.txt. A renamed ID fails here, so no release
// renames one silently. Also: every ID is found again, and IDs that do not
// exist are refused.

#include <catch2/catch.hpp>
#include <cstddef>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"
#include "teleworksec/ids.hpp"

namespace {

namespace tws = teleworksec;
using namespace std::string_view_literals;

std::vector<std::string> golden(const std::string& name) {
  std::ifstream in(std::string(TELEWORKSEC_TEST_DATA_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Facts, then items, then risks (coworking-user), as the golden files list them.
template <class Catalog>
std::vector<std::string> library_ids(Catalog c) {
  std::vector<std::string> ids;
  for (const auto& f : tws::facts_of(c)) ids.push_back("fact:" + std::string(f.id));
  for (std::size_t i = 0; i < tws::item_count_of<Catalog>(); ++i) {
    ids.emplace_back(tws::item_id(c, i).view());
    REQUIRE(tws::find_item(c, tws::item_id(c, i).view()) == i);
  }
  if constexpr (Catalog::kind == tws::catalog_kind::risk) {
    for (std::size_t r = 0; r < Catalog::catalog.risk_count; ++r) {
      ids.emplace_back(tws::risk_id(c, r).view());
      REQUIRE(tws::find_risk(c, tws::risk_id(c, r).view()) == r);
    }
  }
  return ids;
}

}  // namespace

TEST_CASE("mic-telework-v4 IDs match the golden list", "[ids][mic]") {
  const auto ids = library_ids(tws::catalogs::mic_telework_v4);
  CHECK(ids.size() == 7 + 5 + 18 + 20);
  CHECK(ids == golden("golden_ids_mic_telework_v4.txt"));
  // The example of SPEC §2.
  STATIC_REQUIRE(tws::find_item(tws::catalogs::mic_telework_v4, "mic-telework-v4/admin/13"));
  STATIC_REQUIRE(!tws::find_item(tws::catalogs::mic_telework_v4, "admin/19"));
  STATIC_REQUIRE(!tws::find_item(tws::catalogs::mic_telework_v4, "executive/6"));
}

TEST_CASE("csaj-home-2018 IDs match the golden list", "[ids][csaj]") {
  const auto ids = library_ids(tws::catalogs::csaj_home_2018);
  CHECK(ids == golden("golden_ids_csaj_home_2018.txt"));
  // The example of SPEC §2.
  STATIC_REQUIRE(tws::find_item(tws::catalogs::csaj_home_2018, "csaj-home-2018/5.2.2.1"));
  STATIC_REQUIRE(!tws::find_item(tws::catalogs::csaj_home_2018, "5.2.2.9"));
  STATIC_REQUIRE(!tws::find_item(tws::catalogs::csaj_home_2018, "4.5.1"));
}

TEST_CASE("coworking-user IDs match the golden list", "[ids][risk]") {
  const auto ids = library_ids(tws::catalogs::coworking_user);
  CHECK(ids.size() == 19 + 10);
  CHECK(ids == golden("golden_ids_coworking_user.txt"));
  STATIC_REQUIRE(tws::find_item(tws::catalogs::coworking_user, "coworking-user/2.1"));
}
