// Tests of ids.hpp: the public IDs of SPEC §2 of every catalog against golden
// lists written by hand from the sources (tests/data/golden_ids*.txt), lookups
// both ways (also through the generic answer_id / find_answer), and rejection
// of IDs that do not exist. A renamed ID fails here, so no release renames one
// silently.

#include "teleworksec/ids.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/catalogs/certification_v2.hpp"
#include "teleworksec/catalogs/coworking_user.hpp"
#include "teleworksec/catalogs/coworking_v2.hpp"
#include "teleworksec/catalogs/csaj_home_2018.hpp"
#include "teleworksec/catalogs/mic_telework_v4.hpp"

namespace {

namespace tws = teleworksec;
using namespace std::string_view_literals;
using teleworksec::catalogs::certification_v2;
using teleworksec::catalogs::coworking_user;
using teleworksec::catalogs::coworking_v2;
using teleworksec::catalogs::csaj_home_2018;
using teleworksec::catalogs::mic_telework_v4;

constexpr const auto& checklist = teleworksec::catalogs::coworking_v2_checklist;
constexpr const auto& program = teleworksec::catalogs::certification_v2_program;
constexpr std::size_t question_count = checklist.question_count;
constexpr std::size_t measure_count = checklist.measure_count;
constexpr std::size_t check_count = program.check_count;

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> golden(const std::string& name) {
  const auto lines = read_lines(std::string(TELEWORKSEC_TEST_DATA_DIR) + "/" + name);
  REQUIRE_FALSE(lines.empty());
  return lines;
}

// The IDs of a catalog of another kind than certification: facts, then items
// (statements, measures), then risks (coworking-user), as the golden files
// list them. Every ID is found again by find_answer / find_risk.
template <class Catalog>
std::vector<std::string> telework_ids(Catalog c) {
  std::vector<std::string> ids;
  for (const auto& f : tws::facts_of(c)) ids.push_back("fact:" + std::string(f.id));
  for (std::size_t i = 0; i < Catalog::item_count; ++i) {
    ids.emplace_back(tws::item_id(c, i).view());
    REQUIRE(tws::answer_id(c, i).view() == tws::item_id(c, i).view());
    REQUIRE(tws::find_answer(c, tws::item_id(c, i).view()) == i);
  }
  if constexpr (Catalog::kind == tws::catalog_kind::risk) {
    for (std::size_t r = 0; r < Catalog::catalog.risk_count; ++r) {
      ids.emplace_back(tws::risk_id(c, r).view());
      REQUIRE(tws::find_risk(c, tws::risk_id(c, r).view()) == r);
    }
  }
  return ids;
}

// Every public ID of coworking-v2 and certification-v2, in the order of the golden list.
std::vector<std::string> library_ids() {
  std::vector<std::string> ids;
  for (const auto& f : checklist.facts) ids.push_back("fact:" + std::string(f.id));
  for (std::size_t m = 0; m < measure_count; ++m) {
    ids.emplace_back(teleworksec::measure_id(certification_v2, m).view());
  }
  for (std::size_t q = 0; q < question_count; ++q) {
    ids.emplace_back(teleworksec::question_id(certification_v2, q).view());
  }
  for (std::size_t m = 0; m < measure_count; ++m) {
    ids.emplace_back(teleworksec::audit_item_id(certification_v2, m).view());
  }
  for (std::size_t k = 0; k < check_count; ++k) {
    ids.emplace_back(teleworksec::check_id(certification_v2, k).view());
  }
  return ids;
}

}  // namespace

TEST_CASE("every public ID matches the golden list", "[ids]") {
  const std::string path = std::string(TELEWORKSEC_TEST_DATA_DIR) + "/golden_ids.txt";
  const auto golden = read_lines(path);
  INFO("golden list: " << path);
  REQUIRE(golden.size() == 16 + 32 + 56 + 32 + 32);

  const auto ids = library_ids();
  std::size_t first_difference = 0;
  while (first_difference < golden.size() && first_difference < ids.size() &&
         golden[first_difference] == ids[first_difference]) {
    ++first_difference;
  }
  if (first_difference < golden.size() || first_difference < ids.size()) {
    const std::string want = first_difference < golden.size() ? golden[first_difference] : "<end>";
    const std::string got = first_difference < ids.size() ? ids[first_difference] : "<end>";
    FAIL("golden_ids.txt line " << first_difference + 1 << ": expected '" << want
                                << "', the library gives '" << got << "'");
  }
  REQUIRE(ids == golden);
}

TEST_CASE("coworking-v2 and certification-v2 name questions and measures alike", "[ids]") {
  for (std::size_t q = 0; q < question_count; ++q) {
    CAPTURE(q);
    REQUIRE(teleworksec::question_id(coworking_v2, q).view() ==
            teleworksec::question_id(certification_v2, q).view());
  }
  for (std::size_t m = 0; m < measure_count; ++m) {
    CAPTURE(m);
    REQUIRE(teleworksec::measure_id(coworking_v2, m).view() ==
            teleworksec::measure_id(certification_v2, m).view());
  }
}

TEST_CASE("every ID is found again", "[ids]") {
  constexpr std::string_view prefix = "coworking-v2/";
  for (std::size_t q = 0; q < question_count; ++q) {
    const auto id = teleworksec::question_id(certification_v2, q);
    const std::string full(id.view());
    CAPTURE(full);
    REQUIRE(full.substr(0, prefix.size()) == prefix);
    const std::string bare = full.substr(prefix.size());
    REQUIRE(teleworksec::find_question(certification_v2, full) == std::optional<std::size_t>{q});
    REQUIRE(teleworksec::find_question(certification_v2, bare) == std::optional<std::size_t>{q});
    REQUIRE(teleworksec::find_question(coworking_v2, full) == std::optional<std::size_t>{q});
    REQUIRE(teleworksec::find_question(coworking_v2, bare) == std::optional<std::size_t>{q});
  }
  for (std::size_t m = 0; m < measure_count; ++m) {
    const auto id = teleworksec::measure_id(certification_v2, m);
    const std::string full(id.view());
    CAPTURE(full);
    const std::string bare = full.substr(prefix.size());
    REQUIRE(teleworksec::find_measure(certification_v2, full) == std::optional<std::size_t>{m});
    REQUIRE(teleworksec::find_measure(certification_v2, bare) == std::optional<std::size_t>{m});
    REQUIRE(teleworksec::find_measure(coworking_v2, bare) == std::optional<std::size_t>{m});
    // A measure ID is no question ID, and the other way round.
    REQUIRE_FALSE(teleworksec::find_question(certification_v2, full).has_value());
  }
  for (std::size_t m = 0; m < measure_count; ++m) {
    const std::string id(teleworksec::audit_item_id(certification_v2, m).view());
    CAPTURE(id);
    REQUIRE(teleworksec::find_audit_item(certification_v2, id) == std::optional<std::size_t>{m});
  }
  for (std::size_t k = 0; k < check_count; ++k) {
    const std::string id(teleworksec::check_id(certification_v2, k).view());
    CAPTURE(id);
    REQUIRE(teleworksec::find_check(certification_v2, id) == std::optional<std::size_t>{k});
  }
}

TEST_CASE("unknown IDs are rejected", "[ids]") {
  STATIC_REQUIRE_FALSE(teleworksec::find_question(certification_v2, "coworking-v2/9.9.9"));
  STATIC_REQUIRE_FALSE(teleworksec::find_question(certification_v2, "coworking-v2/1.1.4"));
  STATIC_REQUIRE_FALSE(teleworksec::find_question(certification_v2, "1.1.4"));
  STATIC_REQUIRE_FALSE(teleworksec::find_question(certification_v2, "coworking-v2/1.1.0"));
  STATIC_REQUIRE_FALSE(teleworksec::find_question(certification_v2, "certification-v2/1.1.1"));
  STATIC_REQUIRE_FALSE(teleworksec::find_measure(certification_v2, "coworking-v2/9.9"));
  STATIC_REQUIRE_FALSE(teleworksec::find_measure(certification_v2, "coworking-v2/1.6"));
  STATIC_REQUIRE_FALSE(teleworksec::find_measure(certification_v2, "coworking-v2/1.1.1"));
  STATIC_REQUIRE_FALSE(teleworksec::find_audit_item(certification_v2, "certification-v2/audit/33"));
  STATIC_REQUIRE_FALSE(teleworksec::find_audit_item(certification_v2, "certification-v2/audit/0"));
  STATIC_REQUIRE_FALSE(teleworksec::find_audit_item(certification_v2, "audit/1"));
  STATIC_REQUIRE_FALSE(teleworksec::find_check(certification_v2, "certification-v2/vuln/0"));
  STATIC_REQUIRE_FALSE(teleworksec::find_check(certification_v2, "certification-v2/vuln/33"));
  STATIC_REQUIRE_FALSE(teleworksec::find_check(certification_v2, "certification-v2/audit/1"));
  // The empty ID names nothing.
  STATIC_REQUIRE_FALSE(teleworksec::find_question(certification_v2, ""));
  STATIC_REQUIRE_FALSE(teleworksec::find_measure(certification_v2, ""));
  STATIC_REQUIRE_FALSE(teleworksec::find_audit_item(certification_v2, ""));
  STATIC_REQUIRE_FALSE(teleworksec::find_check(certification_v2, ""));
}

TEST_CASE("the SPEC §2 example IDs name what the SPEC says", "[ids]") {
  // coworking-v2/3.4.3: the monthly passphrase change (一定の頻度(例:毎月)で更新).
  STATIC_REQUIRE(teleworksec::question_id(certification_v2,
                                          *teleworksec::find_question(certification_v2, "3.4.3")) ==
                 "coworking-v2/3.4.3"sv);
  STATIC_REQUIRE(
      checklist.questions[*teleworksec::find_question(certification_v2, "coworking-v2/3.4.3")]
          .ja.find("毎月") != std::string_view::npos);
  // coworking-v2/3.8: 高度なセキュリティの導入.
  STATIC_REQUIRE(
      checklist.measures[*teleworksec::find_measure(certification_v2, "coworking-v2/3.8")].ja ==
      "高度なセキュリティの導入"sv);
  STATIC_REQUIRE(teleworksec::measure_id(certification_v2, 19) == "coworking-v2/3.8"sv);
  // certification-v2/audit/16: 無線LANアクセスポイントのパスフレーズの設定と管理.
  STATIC_REQUIRE(
      program
          .audit_items[*teleworksec::find_audit_item(certification_v2, "certification-v2/audit/16")]
          .ja.find("パスフレーズ") != std::string_view::npos);
  STATIC_REQUIRE(*teleworksec::find_audit_item(certification_v2, "certification-v2/audit/16") ==
                 *teleworksec::find_measure(certification_v2, "3.4"));
  // certification-v2/vuln/31: weak access point encryption (open、WEP等).
  STATIC_REQUIRE(
      program.checks[*teleworksec::find_check(certification_v2, "certification-v2/vuln/31")]
          .method_ja.find("WEP") != std::string_view::npos);
  STATIC_REQUIRE(teleworksec::check_id(certification_v2, 30) == "certification-v2/vuln/31"sv);
  // The first and last ID of each kind.
  STATIC_REQUIRE(teleworksec::question_id(certification_v2, 0) == "coworking-v2/1.1.1"sv);
  STATIC_REQUIRE(teleworksec::question_id(certification_v2, 55) == "coworking-v2/6.3.1"sv);
  STATIC_REQUIRE(teleworksec::audit_item_id(certification_v2, 31) == "certification-v2/audit/32"sv);
  STATIC_REQUIRE(teleworksec::audit_item_id(coworking_v2, 0) == "certification-v2/audit/1"sv);
}

TEST_CASE("answer IDs of a certification catalog are its question IDs", "[ids]") {
  // The generic answer_id / find_answer, which tools use for every kind,
  // name and find the questions; item_count is the question count.
  STATIC_REQUIRE(tws::catalogs::certification_v2_t::item_count == question_count);
  STATIC_REQUIRE(tws::catalogs::coworking_v2_t::item_count == question_count);
  for (std::size_t q = 0; q < question_count; ++q) {
    const std::string full(tws::question_id(certification_v2, q).view());
    CAPTURE(full);
    REQUIRE(tws::answer_id(certification_v2, q).view() == full);
    REQUIRE(tws::answer_id(coworking_v2, q).view() == full);
    REQUIRE(tws::find_answer(certification_v2, full) == std::optional<std::size_t>{q});
    REQUIRE(tws::find_answer(coworking_v2, full.substr("coworking-v2/"sv.size())) ==
            std::optional<std::size_t>{q});
  }
  // certification-v2's answers carry the checklist's prefix, not its own.
  STATIC_REQUIRE(tws::find_answer(certification_v2, "coworking-v2/3.4.3") ==
                 tws::find_question(certification_v2, "3.4.3"));
  STATIC_REQUIRE_FALSE(tws::find_answer(certification_v2, "certification-v2/3.4.3"));
  STATIC_REQUIRE_FALSE(tws::find_answer(certification_v2, "coworking-v2/3.4"));
  STATIC_REQUIRE_FALSE(tws::find_answer(certification_v2, ""));
}

TEST_CASE("mic-telework-v4 IDs match the golden list", "[ids][mic]") {
  const auto ids = telework_ids(mic_telework_v4);
  CHECK(ids.size() == 7 + 5 + 18 + 20);
  CHECK(ids == golden("golden_ids_mic_telework_v4.txt"));
  // The example of SPEC §2; the role segment is the catalog's roles table.
  STATIC_REQUIRE(tws::find_answer(mic_telework_v4, "mic-telework-v4/admin/13"));
  STATIC_REQUIRE(tws::item_id(mic_telework_v4, 0) == "mic-telework-v4/executive/1"sv);
  STATIC_REQUIRE(tws::item_id(mic_telework_v4, 42) == "mic-telework-v4/worker/20"sv);
  STATIC_REQUIRE(!tws::find_answer(mic_telework_v4, "admin/19"));
  STATIC_REQUIRE(!tws::find_answer(mic_telework_v4, "executive/6"));
  STATIC_REQUIRE(!tws::find_answer(mic_telework_v4, "manager/1"));
  STATIC_REQUIRE(!tws::find_answer(mic_telework_v4, ""));
}

TEST_CASE("csaj-home-2018 IDs match the golden list", "[ids][csaj]") {
  const auto ids = telework_ids(csaj_home_2018);
  CHECK(ids.size() == 86);
  CHECK(ids == golden("golden_ids_csaj_home_2018.txt"));
  // The example of SPEC §2.
  STATIC_REQUIRE(tws::find_answer(csaj_home_2018, "csaj-home-2018/5.2.2.1"));
  STATIC_REQUIRE(!tws::find_answer(csaj_home_2018, "5.2.2.9"));
  STATIC_REQUIRE(!tws::find_answer(csaj_home_2018, "4.5.1"));
}

TEST_CASE("coworking-user IDs match the golden list", "[ids][risk]") {
  const auto ids = telework_ids(coworking_user);
  CHECK(ids.size() == 19 + 10);
  CHECK(ids == golden("golden_ids_coworking_user.txt"));
  // The example of SPEC §2, the first and last measure, the last risk.
  STATIC_REQUIRE(tws::find_answer(coworking_user, "coworking-user/2.1") == std::size_t{5});
  STATIC_REQUIRE(tws::item_id(coworking_user, 0) == "coworking-user/1.1"sv);
  STATIC_REQUIRE(tws::item_id(coworking_user, 18) == "coworking-user/5.3"sv);
  STATIC_REQUIRE(tws::risk_id(coworking_user, 9) == "coworking-user/risk/4.2"sv);
  // A measure ID is no risk ID, and unknown numbers name nothing.
  STATIC_REQUIRE(!tws::find_answer(coworking_user, "2.6"));
  STATIC_REQUIRE(!tws::find_answer(coworking_user, "risk/1.1"));
  STATIC_REQUIRE(!tws::find_risk(coworking_user, "risk/5.1"));
  STATIC_REQUIRE(!tws::find_risk(coworking_user, "1.1"));
}

TEST_CASE("facts are found by their file-format id", "[ids]") {
  STATIC_REQUIRE(tws::find_fact(certification_v2, "wifi") == std::size_t{4});
  STATIC_REQUIRE(tws::find_fact(mic_telework_v4, "byod") == std::size_t{6});
  STATIC_REQUIRE(!tws::find_fact(mic_telework_v4, "wifi"));
  // Catalogs without facts find none.
  STATIC_REQUIRE(!tws::find_fact(csaj_home_2018, "byod"));
  STATIC_REQUIRE(!tws::find_fact(coworking_user, ""));
}
