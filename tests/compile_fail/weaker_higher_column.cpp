// Marks ● ▲ -: the ★★★ column would ask less than the ★ column.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr audit_item_def audit_items[] = {
    {1, 1, 1, basic, {R, R, R}, "セキュリティポリシーの策定"},
    {2, 1, 2, advanced, {R, P, N}, "会員区分の明確化"},
    {3, 2, 1, basic, {R, R, R}, "最新ファームウェアの適用"},
};
// clang-format on

inline constexpr auto program = make_program(audit_items, checks, grades, grades, levels);
}  // namespace broken

static_assert(teleworksec::validate_program<small::checklist, broken::program>());
