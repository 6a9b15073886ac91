// Two facts with the id "byod".
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr fact_def bad_facts[] = {
    {"byod", "リモートデスクトップ方式", "remote desktop"},
    {"byod", "私用端末の利用", "private devices"},
};

inline constexpr auto catalog = self_check_catalog<2, 2, 1, 1, 2, 1>{"broken",
                                                                     headings,
                                                                     std::to_array(bad_facts),
                                                                     std::to_array(roles),
                                                                     std::to_array(groups),
                                                                     std::to_array(patterns),
                                                                     std::to_array(items),
                                                                     std::to_array(cases)};
}  // namespace broken

static_assert(teleworksec::validate_self_check<broken::catalog>());
