// The only telework pattern is numbered 2.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr pattern_def bad_patterns[] = {{2, "リモートデスクトップ方式", "remote desktop", "",
                                         data_on_terminal::none, "", "", "", "", "", ""}};

inline constexpr auto catalog = self_check_catalog<2, 2, 1, 1, 2, 1>{"broken",
                                                                     headings,
                                                                     std::to_array(facts),
                                                                     std::to_array(roles),
                                                                     std::to_array(groups),
                                                                     std::to_array(bad_patterns),
                                                                     std::to_array(items),
                                                                     std::to_array(cases)};
}  // namespace broken

static_assert(teleworksec::validate_self_check<broken::catalog>());
