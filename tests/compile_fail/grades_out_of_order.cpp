// The audit grade table lists B before A.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr grade_def audit_grades[] = {
    {grade::B, "低", "B"}, {grade::A, "無", "A"}, {grade::C, "中", "C"},
    {grade::D, "高", "D"}, {grade::E, "緊急", "E"},
};
// clang-format on

inline constexpr auto program = make_program(audit_items, checks, audit_grades, grades, levels);
}  // namespace broken

static_assert(teleworksec::validate_program<small::checklist, broken::program>());
