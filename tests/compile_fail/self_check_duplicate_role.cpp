// Two roles with the id "admin": item IDs would not be unique.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr role_def bad_roles[] = {
    {"admin", "経営者", "executives"},
    {"admin", "システム管理者", "system administrators"},
};

inline constexpr auto catalog = self_check_catalog<2, 2, 1, 1, 2, 1>{"broken",
                                                                     headings,
                                                                     std::to_array(facts),
                                                                     std::to_array(bad_roles),
                                                                     std::to_array(groups),
                                                                     std::to_array(patterns),
                                                                     std::to_array(items),
                                                                     std::to_array(cases)};
}  // namespace broken

static_assert(teleworksec::validate_self_check<broken::catalog>());
