// Tiny valid catalogs of the three telework kinds, in the shape of
// include/teleworksec/catalogs/*.hpp: each compile-fail case replaces one table
// and must be rejected by its kind's validator (validate.hpp) with the message
// of the one rule it breaks. control_valid_telework.cpp proves that these
// catalogs themselves compile.
#pragma once

#include <array>
#include <cstdint>

#include "teleworksec/policy.hpp"
#include "teleworksec/risk.hpp"
#include "teleworksec/self_check.hpp"
#include "teleworksec/validate.hpp"

namespace small_telework {

using namespace teleworksec;

// --- self-check: two roles, one group, one pattern, two items, one case ------

constexpr std::uint8_t exec = 0;
constexpr std::uint8_t admin = 1;
constexpr item_scope any{};

// clang-format off
constexpr self_check_headings headings{"表1 テレワークのパターン", "Table 1: patterns",
                                       "テレワークトラブル事例", "Trouble cases"};
constexpr fact_def facts[] = {
    {"pattern_1", "リモートデスクトップ方式", "remote desktop"},
    {"byod", "私用端末の利用", "private devices"},
};
constexpr role_def roles[] = {
    {"executive", "経営者", "executives"},
    {"admin", "システム管理者", "system administrators"},
};
constexpr threat_group_def groups[] = {{1, "情報セキュリティ保全対策の大枠", "大枠", "framework"}};
constexpr pattern_def patterns[] = {
    {1, "リモートデスクトップ方式", "remote desktop", "", data_on_terminal::none, "", "", "", "",
     "", ""}};
constexpr self_check_item_def items[] = {
    {exec, 1, 1, true, false, {}, any, 22, "情報セキュリティポリシーを定める。", "policy"},
    {admin, 1, 1, false, true, fact(0), {fact(1), {}}, 23, "技術的対策を講じる。", "measures"},
};
constexpr trouble_case_def cases[] = {{1, 26, "トラブル事例", "case", {{{exec, 1}}}, 1}};
// clang-format on

inline constexpr auto self_check = self_check_catalog<2, 2, 1, 1, 2, 1>{
    "small-self-check",    headings,
    std::to_array(facts),  std::to_array(roles),
    std::to_array(groups), std::to_array(patterns),
    std::to_array(items),  std::to_array(cases),
};

// --- policy: one group, two sections, two statements -----------------------

// clang-format off
constexpr policy_group_def policy_groups[] = {{1, 5, "貸与端末", "lent devices"}};
constexpr policy_section_def sections[] = {
    {"5.1.1", 1, "セットアップ", "set-up"},
    {"5.1.2", 1, "データ管理", "data"},
};
constexpr policy_statement_def statements[] = {
    {0, obligation::shall, false, 30, "新規セットアップ", "新規にセットアップする。", "fresh set-up"},
    {1, obligation::should, false, 0, "", "データを保存しない。", "no local data"},
};
// clang-format on

inline constexpr auto policy =
    policy_catalog<1, 2, 2>{"small-policy", std::to_array(policy_groups), std::to_array(sections),
                            std::to_array(statements)};

// --- risk: one risk group with two risks, one measure group with two measures -

// clang-format off
constexpr risk_group_def risk_groups[] = {{1, "情報漏えいリスク", "leakage"}};
constexpr risk_def risks[] = {
    {1, 1, "会話漏えい", "聞かれる。", "overheard"},
    {1, 2, "盗難・紛失", "紛失する。", "theft"},
};
constexpr risk_group_def measure_groups[] = {{1, "情報管理面の対策", "information"}};
constexpr risk_measure_def measures[] = {
    {1, 1, "静音スペース", "個室を使う。", "quiet room", {{{1, 1}}}, 1},
    {1, 2, "荷物の管理", "放置しない。", "belongings", {{{1, 2}}}, 1},
};
// clang-format on

inline constexpr auto risk =
    risk_catalog<1, 2, 1, 2>{"small-risk", std::to_array(risk_groups), std::to_array(risks),
                             std::to_array(measure_groups), std::to_array(measures)};

}  // namespace small_telework
