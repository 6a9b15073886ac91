// Diagnosis checks numbered 2, 1.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr check_def checks[] = {
    {2, wifi, {N, P, R}, "アクセスポイントのスクリーン", "アクセスポイントの調査",
     "管理下・非管理を確認する", "Rogue access points"},
    {1, network, {P, R, R}, "ホストのスクリーン", "ポートスキャン", "ポートを確認する", "Port scan"},
};
// clang-format on

inline constexpr auto program = make_program(audit_items, checks, grades, grades, levels);
}  // namespace broken

static_assert(teleworksec::validate_program<small::checklist, broken::program>());
