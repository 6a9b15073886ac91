// An item's scope needs fact(2), but the catalog defines only two facts.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
// clang-format off
constexpr self_check_item_def bad_items[] = {
    {exec, 1, 1, true, false, {}, any, 22, "情報セキュリティポリシーを定める。", "policy"},
    {admin, 1, 1, false, true, fact(0), {fact(2), {}}, 23, "技術的対策を講じる。", "measures"},
};
// clang-format on

inline constexpr auto catalog = self_check_catalog<2, 2, 1, 1, 2, 1>{"broken",
                                                                     headings,
                                                                     std::to_array(facts),
                                                                     std::to_array(roles),
                                                                     std::to_array(groups),
                                                                     std::to_array(patterns),
                                                                     std::to_array(bad_items),
                                                                     std::to_array(cases)};
}  // namespace broken

static_assert(teleworksec::validate_self_check<broken::catalog>());
