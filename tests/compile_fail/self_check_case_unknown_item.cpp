// A trouble case names admin 9, which the self-check list does not have.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr trouble_case_def bad_cases[] = {{1, 26, "トラブル事例", "case", {{{admin, 9}}}, 1}};

inline constexpr auto catalog = self_check_catalog<2, 2, 1, 1, 2, 1>{"broken",
                                                                     headings,
                                                                     std::to_array(facts),
                                                                     std::to_array(roles),
                                                                     std::to_array(groups),
                                                                     std::to_array(patterns),
                                                                     std::to_array(items),
                                                                     std::to_array(bad_cases)};
}  // namespace broken

static_assert(teleworksec::validate_self_check<broken::catalog>());
