// The only measure group is numbered 2.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr risk_group_def bad_measure_groups[] = {{2, "情報管理面の対策", "information"}};

inline constexpr auto catalog =
    risk_catalog<1, 2, 1, 2>{"broken", std::to_array(risk_groups), std::to_array(risks),
                             std::to_array(bad_measure_groups), std::to_array(measures)};
}  // namespace broken

static_assert(teleworksec::validate_risk<broken::catalog>());
