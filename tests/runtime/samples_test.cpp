// The bundled sample assessments (examples/assessments/) through json.hpp and
// the engine. The expected grades and levels (SPEC §4) and the outcomes of the
// telework catalogs (SPEC §5: level and weakest groups, conformance and plan,
// residual risks) are derived by hand in examples/assessments/EXPECTED.md and
// written here as tables, not computed: a disagreement is a bug in the engine,
// the reader or the derivation, never something to paper over by copying the
// engine's answer.

#include <catch2/catch.hpp>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <ios>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "test_files.hpp"

#include "teleworksec/io/json.hpp"

#ifndef TELEWORKSEC_SOURCE_DIR
// tests/data lives two levels below the repository root.
#define TELEWORKSEC_SOURCE_DIR TELEWORKSEC_TEST_DATA_DIR "/../.."
#endif

namespace {

namespace tws = teleworksec;
using tws::grade;

const std::filesystem::path samples_dir =
    std::filesystem::path{TELEWORKSEC_SOURCE_DIR} / "examples" / "assessments";

using test_files::read_file;

struct expectation {
  std::string_view file;
  grade audit;
  std::optional<grade> diagnosis;  ///< nothing: no check performed (no diagnosis)
  std::uint8_t stars;
  bool indicative;
  bool provisional;
  std::size_t unanswered;
};

constexpr std::optional<grade> none = std::nullopt;

// examples/assessments/EXPECTED.md gives the derivation of every row.
// clang-format off
const expectation expected[] = {
  // file                                   audit     diagnosis  stars indicative provisional unanswered
  {"drop-in-shared-passphrase.json",        grade::E, none,      0,    true,      true,       2},
  {"members-office-ic-biometric.json",      grade::B, grade::B,  3,    false,     false,      0},
  {"municipal-satellite-rental-pcs.json",   grade::C, grade::C,  2,    false,     false,      0},
  {"guest-ap-wep.json",                     grade::D, grade::D,  0,    false,     false,      0},
  {"four-stars.json",                       grade::A, grade::B,  4,    false,     false,      0},
  {"coworking-checklist-self-check.json",   grade::B, none,      3,    true,      true,       2},
  {"station-booths-unverified.json",        grade::D, grade::A,  0,    false,     false,      0},
};
// clang-format on

using id_list = std::vector<std::string>;

// mic-telework-v4 (SPEC §5): the weakest group's level, the weakest groups
// (1-based), and the gaps, basic before recommended, in catalog order.
struct mic_expectation {
  std::string_view file;
  tws::self_check_level level;
  std::vector<std::size_t> weakest;
  id_list unmet_basic;
  id_list unmet_recommended;
  std::size_t applicable;
  std::size_t implemented;
  bool provisional;
  std::size_t unanswered;
};

// csaj-home-2018 (SPEC §5): conformance, the nonconforming SHALLs and the
// overdue statements (catalog order), the plan (in plan order), and the
// implemented / applicable counts per level (shall, should, may).
struct csaj_expectation {
  std::string_view file;
  bool conformant;
  id_list nonconforming;
  id_list overdue;
  id_list plan;
  std::array<std::array<std::size_t, 2>, 3> levels;
  bool provisional;
  std::size_t undecided;
};

// coworking-user (SPEC §5): the residual risks, implemented / applicable per
// measure group and overall.
struct coworking_user_expectation {
  std::string_view file;
  id_list residual;
  std::array<std::array<std::size_t, 2>, 5> groups;
  std::array<std::size_t, 2> overall;
  bool provisional;
  std::size_t unanswered;
};

// clang-format off
const mic_expectation mic_expected[] = {
  {"mic-software-company-home.json", tws::self_check_level::basic, {2, 4},
   {},
   {"mic-telework-v4/admin/10", "mic-telework-v4/worker/15"},
   41, 39, false, 0},
  {"mic-design-studio-byod.json", tws::self_check_level::basic_unmet, {1, 4, 6},
   {"mic-telework-v4/executive/1", "mic-telework-v4/executive/4", "mic-telework-v4/admin/18",
    "mic-telework-v4/worker/13"},
   {"mic-telework-v4/admin/6", "mic-telework-v4/admin/9", "mic-telework-v4/admin/10",
    "mic-telework-v4/admin/12", "mic-telework-v4/worker/15", "mic-telework-v4/worker/18"},
   40, 30, true, 1},
};

const csaj_expectation csaj_expected[] = {
  {"csaj-software-company-home.json", true,
   {},
   {"csaj-home-2018/6.1.1.3"},
   {"csaj-home-2018/6.1.1.3", "csaj-home-2018/7.2.1.1", "csaj-home-2018/5.1.9.2",
    "csaj-home-2018/6.1.4.2", "csaj-home-2018/5.2.4.4", "csaj-home-2018/8.3.1.1"},
   {{{60, 60}, {10, 16}, {1, 1}}}, false, 0},
  {"csaj-tax-office-not-conformant.json", false,
   {"csaj-home-2018/5.1.4.1", "csaj-home-2018/5.2.2.1", "csaj-home-2018/7.1.5.1",
    "csaj-home-2018/8.1.1.1", "csaj-home-2018/8.2.2.1", "csaj-home-2018/9.1.3"},
   {"csaj-home-2018/5.2.2.1"},
   {"csaj-home-2018/5.2.2.1", "csaj-home-2018/9.1.3", "csaj-home-2018/5.1.4.1",
    "csaj-home-2018/9.2.6", "csaj-home-2018/7.1.5.1", "csaj-home-2018/8.1.1.1",
    "csaj-home-2018/8.2.2.1", "csaj-home-2018/8.3.1.1"},
   {{{53, 59}, {4, 6}, {1, 1}}}, true, 3},
};

const coworking_user_expectation coworking_user_expected[] = {
  {"coworking-user-consultancy.json",
   {"coworking-user/risk/3.1", "coworking-user/risk/4.1", "coworking-user/risk/4.2"},
   {{{3, 5}, {3, 5}, {0, 2}, {1, 3}, {1, 3}}}, {8, 18}, true, 1},
  {"coworking-user-no-bcp.json",
   {"coworking-user/risk/3.2"},
   {{{5, 5}, {5, 5}, {3, 3}, {3, 3}, {0, 3}}}, {16, 19}, false, 0},
};
// clang-format on

// Every sample file named in one of the tables above.
std::vector<std::string> all_samples() {
  std::vector<std::string> files;
  for (const auto& e : expected) files.emplace_back(e.file);
  for (const auto& e : mic_expected) files.emplace_back(e.file);
  for (const auto& e : csaj_expected) files.emplace_back(e.file);
  for (const auto& e : coworking_user_expected) files.emplace_back(e.file);
  return files;
}

// The IDs of a set's members, in catalog order.
template <class Set, class Id>
id_list ids_of(const Set& set, Id id) {
  id_list out;
  set.for_each([&](std::size_t i) { out.emplace_back(id(i).view()); });
  return out;
}

// Reads and rates one sample; f gets the catalog and the result.
template <class F>
void rate_sample(std::string_view file, F&& f) {
  const auto text = read_file(samples_dir / std::string{file});
  const auto doc = tws::read_assessment(text, std::string{file});
  const bool known = tws::visit_catalog(doc.catalog, [&](auto catalog) {
    f(catalog, tws::evaluate(catalog, tws::to_assessment(catalog, doc)));
  });
  REQUIRE(known);
}

std::string describe(const expectation& e) {
  std::ostringstream s;
  s << e.file << ": audit " << tws::to_string(e.audit) << ", diagnosis "
    << (e.diagnosis ? tws::to_string(*e.diagnosis) : "none") << ", " << int{e.stars} << " stars";
  return s.str();
}

}  // namespace

TEST_CASE("every sample assessment has a hand-derived expectation", "[samples]") {
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(samples_dir)) {
    if (entry.path().extension() == ".json") on_disk.insert(entry.path().filename().string());
  }
  std::set<std::string> listed;
  for (const auto& file : all_samples()) CHECK(listed.insert(file).second);
  CHECK(on_disk == listed);
  CHECK(on_disk.size() >= 6);
}

TEST_CASE("sample assessments rate as derived by hand", "[samples]") {
  for (const auto& e : expected) {
    INFO(describe(e));
    const auto text = read_file(samples_dir / std::string{e.file});
    const auto doc = tws::read_assessment(text, std::string{e.file});
    const bool known = tws::visit_catalog(doc.catalog, [&](auto catalog) {
      if constexpr (decltype(catalog)::kind != tws::catalog_kind::certification) {
        FAIL("not a certification catalog: " << doc.catalog);
      } else {
        const auto a = tws::to_assessment(catalog, doc);
        const auto r = tws::evaluate(catalog, a);
        CHECK(r.audit_grade == e.audit);
        CHECK(r.has_diagnosis == e.diagnosis.has_value());
        if (e.diagnosis && r.has_diagnosis) CHECK(r.diagnosis_grade == *e.diagnosis);
        CHECK(int{r.level.stars} == int{e.stars});
        CHECK(r.level.indicative == e.indicative);
        CHECK(r.provisional == e.provisional);
        CHECK(r.unanswered_count == e.unanswered);
      }
    });
    REQUIRE(known);
  }
}

TEST_CASE("mic-telework-v4 samples rate as derived by hand", "[samples][mic]") {
  for (const auto& e : mic_expected) {
    INFO(e.file);
    rate_sample(e.file, [&](auto catalog, const auto& r) {
      if constexpr (decltype(catalog)::kind != tws::catalog_kind::self_check) {
        FAIL("not a self-check catalog");
      } else {
        CHECK(r.level == e.level);
        std::vector<std::size_t> weakest;
        r.weakest.for_each([&](std::size_t g) { weakest.push_back(g + 1); });
        CHECK(weakest == e.weakest);
        const auto id = [&](std::size_t i) { return tws::item_id(catalog, i); };
        CHECK(ids_of(r.unmet_basic, id) == e.unmet_basic);
        CHECK(ids_of(r.unmet_recommended, id) == e.unmet_recommended);
        CHECK(r.applicable.count() == e.applicable);
        CHECK(r.implemented.count() == e.implemented);
        CHECK(r.provisional == e.provisional);
        CHECK(r.unanswered_count == e.unanswered);
      }
    });
  }
}

TEST_CASE("csaj-home-2018 samples rate as derived by hand", "[samples][csaj]") {
  for (const auto& e : csaj_expected) {
    INFO(e.file);
    rate_sample(e.file, [&](auto catalog, const auto& r) {
      if constexpr (decltype(catalog)::kind != tws::catalog_kind::policy) {
        FAIL("not a policy catalog");
      } else {
        const auto id = [&](std::size_t n) { return tws::item_id(catalog, n); };
        CHECK(r.conformant == e.conformant);
        CHECK(ids_of(r.nonconforming, id) == e.nonconforming);
        CHECK(ids_of(r.overdue, id) == e.overdue);
        id_list plan;
        for (std::size_t p = 0; p < r.plan_size; ++p) plan.emplace_back(id(r.plan[p]).view());
        CHECK(plan == e.plan);
        for (std::size_t lv = 0; lv < 3; ++lv) {
          INFO("level " << lv);
          CHECK(r.by_level[lv].implemented == e.levels[lv][0]);
          CHECK(r.by_level[lv].applicable == e.levels[lv][1]);
        }
        CHECK(r.provisional == e.provisional);
        CHECK(r.unanswered_count == e.undecided);
      }
    });
  }
}

TEST_CASE("coworking-user samples rate as derived by hand", "[samples][coworking_user]") {
  for (const auto& e : coworking_user_expected) {
    INFO(e.file);
    rate_sample(e.file, [&](auto catalog, const auto& r) {
      if constexpr (decltype(catalog)::kind != tws::catalog_kind::risk) {
        FAIL("not a risk catalog");
      } else {
        CHECK(ids_of(r.residual, [&](std::size_t k) { return tws::risk_id(catalog, k); }) ==
              e.residual);
        for (std::size_t g = 0; g < 5; ++g) {
          INFO("group " << g + 1);
          CHECK(r.groups[g].implemented == e.groups[g][0]);
          CHECK(r.groups[g].applicable == e.groups[g][1]);
        }
        CHECK(r.overall.implemented == e.overall[0]);
        CHECK(r.overall.applicable == e.overall[1]);
        CHECK(r.provisional == e.provisional);
        CHECK(r.unanswered_count == e.unanswered);
      }
    });
  }
}

TEST_CASE("sample assessments round-trip: read, write, read gives an equal document",
          "[samples][json]") {
  for (const auto& file : all_samples()) {
    INFO(file);
    const auto doc = tws::read_assessment(read_file(samples_dir / file), file);
    const auto written = tws::dump(tws::to_json(doc));
    const auto again = tws::read_assessment(written, file + " (written back)");
    REQUIRE(again == doc);
    // Writing is canonical: what was written once is written the same again.
    REQUIRE(tws::dump(tws::to_json(again)) == written);
  }
}

TEST_CASE("sample results are byte-identical for identical input", "[samples][json]") {
  for (const auto& file : all_samples()) {
    INFO(file);
    const auto text = read_file(samples_dir / file);
    // Two independent reads and evaluations, so nothing is shared between them.
    const auto rate = [&] {
      const auto doc = tws::read_assessment(text, file);
      std::string out;
      tws::visit_catalog(doc.catalog, [&](auto catalog) {
        const auto r = tws::evaluate(catalog, tws::to_assessment(catalog, doc));
        out = tws::dump(tws::result_to_json(catalog, doc, r));
      });
      return out;
    };
    const auto first = rate();
    const auto second = rate();
    REQUIRE_FALSE(first.empty());
    REQUIRE(first == second);
    CHECK(first.back() == '\n');
  }
}
