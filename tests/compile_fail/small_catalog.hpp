// A small valid catalog in the shape of include/teleworksec/catalogs/*.hpp:
// each compile-fail case replaces one of its tables with a broken one.
// control_valid.cpp proves that this catalog itself compiles.
#pragma once

#include "teleworksec/checklist.hpp"
#include "teleworksec/certification.hpp"
#include "teleworksec/validate.hpp"

namespace small {

using namespace teleworksec;

constexpr auto R = mark::required;      // ●
constexpr auto P = mark::partial_ok;    // ▲
constexpr auto N = mark::not_assessed;  // -
constexpr auto basic = tier::basic;
constexpr auto advanced = tier::advanced;
constexpr auto network = check_area::network;
constexpr auto wifi = check_area::wifi;
constexpr auto doc = evidence_of(evidence_kind::document);
constexpr auto cfg = evidence_of(evidence_kind::configuration);

// Tables in the catalog headers' one-row-per-line layout.
// clang-format off
constexpr fact_def facts[] = {
    {"wifi", "無線LANアクセスポイントを提供", "provides Wi-Fi"},
    {"mfp", "複合機がある", "has a multifunction printer"},
};

constexpr category_def categories[] = {
    {1, "管理体制", "Governance"},
    {2, "ネットワーク機器", "Network equipment"},
};

constexpr measure_def measures[] = {
    {1, 1, basic, "セキュリティポリシーの策定", "Security policy"},
    {1, 2, advanced, "会員区分の明確化", "Member classes"},
    {2, 1, basic, "最新のファームウェアの適用", "Firmware"},
};

constexpr question_def questions[] = {
    {1, 1, always, doc, "セキュリティポリシーを策定していますか?"},
    {1, 2, always, doc, "会員とゲストを区分していますか?"},
    {2, 1, fact(0), cfg, "アクセスポイントのファームウェアは最新ですか?"},
    {2, 1, fact(1), cfg, "複合機のファームウェアは最新ですか?"},
};

constexpr audit_item_def audit_items[] = {
    {1, 1, 1, basic, {R, R, R}, "セキュリティポリシーの策定"},
    {2, 1, 2, advanced, {N, P, R}, "会員区分の明確化"},
    {3, 2, 1, basic, {R, R, R}, "最新ファームウェアの適用"},
};

constexpr check_def checks[] = {
    {1, network, {P, R, R}, "ホストのスクリーン", "ポートスキャン", "ポートを確認する", "Port scan"},
    {2, wifi, {N, P, R}, "アクセスポイントのスクリーン", "アクセスポイントの調査",
     "管理下・非管理を確認する", "Rogue access points"},
};

constexpr grade_def grades[] = {
    {grade::A, "無", "A"}, {grade::B, "低", "B"}, {grade::C, "中", "C"},
    {grade::D, "高", "D"}, {grade::E, "緊急", "E"},
};

constexpr level_def levels[] = {
    {4, "信頼", "Trusted", "低", "", grade::A, grade::B, column::three_stars},
    {3, "安全", "Safe", "中", "", grade::B, grade::B, column::two_stars},
    {2, "安心", "Reassuring", "注意", "", grade::C, grade::C, column::one_star},
    {0, "認証不可", "Not certifiable", "高", "", grade::E, grade::E, column::one_star},
};
// clang-format on

inline constexpr auto checklist = make_checklist("small", facts, categories, measures, questions);
inline constexpr auto program = make_program(audit_items, checks, grades, grades, levels);

}  // namespace small
