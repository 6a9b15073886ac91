// The only risk group is numbered 2.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr risk_group_def bad_risk_groups[] = {{2, "情報漏えいリスク", "leakage"}};

inline constexpr auto catalog =
    risk_catalog<1, 2, 1, 2>{"broken", std::to_array(bad_risk_groups), std::to_array(risks),
                             std::to_array(measure_groups), std::to_array(measures)};
}  // namespace broken

static_assert(teleworksec::validate_risk<broken::catalog>());
