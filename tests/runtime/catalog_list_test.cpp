// Tests of catalog_list.hpp and catalogs/all.hpp: the one list of shipped
// catalogs, in the order tools list them (SPEC §2), found by id, and lists of
// one's own.

#include "teleworksec/catalog_list.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <string_view>

#include "teleworksec/catalogs/all.hpp"

namespace {

namespace tws = teleworksec;
using namespace std::string_view_literals;
using all = tws::catalogs::all;

// SPEC §2's catalog table, in its order.
constexpr std::array<std::string_view, 5> expected_ids{
    "coworking-v2", "certification-v2", "mic-telework-v4", "csaj-home-2018", "coworking-user"};
constexpr std::array<tws::catalog_kind, 5> expected_kinds{
    tws::catalog_kind::certification, tws::catalog_kind::certification,
    tws::catalog_kind::self_check, tws::catalog_kind::policy, tws::catalog_kind::risk};

// What visit(id) hands to its function: the tag's id and kind, and how often
// it was called.
struct visited {
  std::string_view id;
  tws::catalog_kind kind{};
  int calls = 0;
  bool found = false;
};
template <class List>
constexpr visited visit(std::string_view id) {
  visited v;
  v.found = List::visit(id, [&v](auto tag) {
    v.id = decltype(tag)::id;
    v.kind = decltype(tag)::kind;
    ++v.calls;
  });
  return v;
}

// The ids for_each hands out, in its order.
template <class List>
constexpr std::array<std::string_view, List::size> ids_in_order() {
  std::array<std::string_view, List::size> ids{};
  std::size_t n = 0;
  List::for_each([&](auto tag) { ids[n++] = decltype(tag)::id; });
  return ids;
}

using mine = tws::catalog_list<tws::catalogs::mic_telework_v4_t, tws::catalogs::coworking_user_t>;

}  // namespace

TEST_CASE("catalogs::all lists the five catalogs of SPEC §2 in order", "[catalog_list]") {
  STATIC_REQUIRE(all::size == 5);
  STATIC_REQUIRE(all::ids == expected_ids);
  STATIC_REQUIRE(ids_in_order<all>() == expected_ids);
}

TEST_CASE("catalogs::all visits each catalog by its id", "[catalog_list]") {
  for (std::size_t i = 0; i < expected_ids.size(); ++i) {
    CAPTURE(expected_ids[i]);
    const auto v = visit<all>(expected_ids[i]);
    CHECK(v.found);
    CHECK(v.calls == 1);
    CHECK(v.id == expected_ids[i]);
    CHECK(v.kind == expected_kinds[i]);
    CHECK(all::contains(expected_ids[i]));
  }
  STATIC_REQUIRE(visit<all>("mic-telework-v4").kind == tws::catalog_kind::self_check);
  STATIC_REQUIRE(visit<all>("certification-v2").id == "certification-v2"sv);
}

TEST_CASE("catalogs::all refuses an unknown id without calling", "[catalog_list]") {
  for (auto id : {"", "coworking", "coworking-v3", "Coworking-v2", "coworking-v2/1.1.1",
                  "mic-telework-v4 ", "certification"}) {
    CAPTURE(id);
    const auto v = visit<all>(id);
    CHECK_FALSE(v.found);
    CHECK(v.calls == 0);
    CHECK_FALSE(all::contains(id));
  }
  STATIC_REQUIRE_FALSE(visit<all>("coworking-v3").found);
  STATIC_REQUIRE_FALSE(all::contains(""));
}

TEST_CASE("a tool's own list holds its catalogs only", "[catalog_list]") {
  STATIC_REQUIRE(mine::size == 2);
  STATIC_REQUIRE(mine::ids == std::array<std::string_view, 2>{"mic-telework-v4", "coworking-user"});
  STATIC_REQUIRE(visit<mine>("coworking-user").kind == tws::catalog_kind::risk);
  STATIC_REQUIRE_FALSE(visit<mine>("certification-v2").found);
  STATIC_REQUIRE_FALSE(mine::contains("csaj-home-2018"));
  STATIC_REQUIRE(ids_in_order<mine>() == mine::ids);
}
