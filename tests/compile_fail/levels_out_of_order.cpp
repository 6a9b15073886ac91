// The level table lists ★★★ before ★★★★.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr level_def levels[] = {
    {3, "安全", "Safe", "中", "", grade::B, grade::B, column::two_stars},
    {4, "信頼", "Trusted", "低", "", grade::A, grade::B, column::three_stars},
    {2, "安心", "Reassuring", "注意", "", grade::C, grade::C, column::one_star},
    {0, "認証不可", "Not certifiable", "高", "", grade::E, grade::E, column::one_star},
};
// clang-format on

inline constexpr auto program = make_program(audit_items, checks, grades, grades, levels);
}  // namespace broken

static_assert(teleworksec::validate_program<small::checklist, broken::program>());
