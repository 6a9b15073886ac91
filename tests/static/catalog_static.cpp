// Namespace-scope static_asserts on the two catalogs: compiling this file is
// passing. The full cross-check against the sources is
// tests/runtime/certification_catalog_test.cpp.

#include <string_view>

#include "teleworksec/catalogs/certification_v2.hpp"
#include "teleworksec/catalogs/coworking_v2.hpp"
#include "teleworksec/ids.hpp"
#include "teleworksec/validate.hpp"

namespace {

using namespace std::string_view_literals;
using namespace teleworksec;
using catalogs::certification_v2;
using catalogs::certification_v2_program;
using catalogs::coworking_v2_checklist;

// The tables are valid (the catalog headers assert it too).
static_assert(validate_checklist<coworking_v2_checklist>());
static_assert(validate_program<coworking_v2_checklist, certification_v2_program>());

// Sizes: 000 チェックシート and 001 評価一覧.
static_assert(coworking_v2_checklist.fact_count == 16);
static_assert(coworking_v2_checklist.category_count == 6);
static_assert(coworking_v2_checklist.measure_count == 32);
static_assert(coworking_v2_checklist.question_count == 56);
static_assert(certification_v2_program.audit_item_count == 32);
static_assert(certification_v2_program.check_count == 32);

// A few rows: 3.8 高度なセキュリティの導入 is 応用対策, 1.1 基本対策.
static_assert(coworking_v2_checklist.measures[19].ja == "高度なセキュリティの導入"sv);
static_assert(coworking_v2_checklist.measures[19].tier == tier::advanced);
static_assert(coworking_v2_checklist.measures[0].tier == tier::basic);

// Marks: audit #10 (電子的な入退室管理システムの導入) - ▲ ●; #1 ● ● ●.
static_assert(certification_v2_program.audit_items[9].marks[0] == mark::not_assessed);
static_assert(certification_v2_program.audit_items[9].marks[1] == mark::partial_ok);
static_assert(certification_v2_program.audit_items[9].marks[2] == mark::required);
static_assert(certification_v2_program.audit_items[0].marks[0] == mark::required);
// Diagnosis: ポートスキャン ▲ ● ●; DNS 再帰問い合わせ - ▲ ●; vuln/31 is Wi-Fi, ▲ ● ●.
static_assert(certification_v2_program.checks[0].marks[0] == mark::partial_ok);
static_assert(certification_v2_program.checks[2].marks[0] == mark::not_assessed);
static_assert(certification_v2_program.checks[30].area == check_area::wifi);
static_assert(certification_v2_program.checks[30].marks[0] == mark::partial_ok);
static_assert(certification_v2_program.checks[26].area == check_area::network);
static_assert(certification_v2_program.checks[27].area == check_area::wifi);

// Levels: ★★★★ 信頼 needs audit A and diagnosis at most B.
static_assert(certification_v2_program.levels[0].stars == 4);
static_assert(certification_v2_program.levels[0].max_audit == grade::A);
static_assert(certification_v2_program.levels[0].max_diagnosis == grade::B);
static_assert(certification_v2_program.levels[3].name_ja == "認証不可"sv);

// IDs of SPEC §2.
static_assert(question_id(certification_v2, 26) == "coworking-v2/3.4.3"sv);
static_assert(*find_check(certification_v2, "certification-v2/vuln/31") == 30);

}  // namespace
