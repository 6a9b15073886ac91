// The only threat group has no text.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr threat_group_def bad_groups[] = {
    {1, "", "大枠", "framework"}};

inline constexpr auto catalog = self_check_catalog<2, 2, 1, 1, 2, 1>{"broken",
                                                                     headings,
                                                                     std::to_array(facts),
                                                                     std::to_array(roles),
                                                                     std::to_array(bad_groups),
                                                                     std::to_array(patterns),
                                                                     std::to_array(items),
                                                                     std::to_array(cases)};
}  // namespace broken

static_assert(teleworksec::validate_self_check<broken::catalog>());
