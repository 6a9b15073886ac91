// Risk 1.2 is mitigated by no measure.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr risk_measure_def bad_measures[] = {
    {1, 1, "静音スペース", "個室を使う。", "quiet room", {{{1, 1}}}, 1},
    {1, 2, "荷物の管理", "放置しない。", "belongings", {{{1, 1}}}, 1},
};

inline constexpr auto catalog =
    risk_catalog<1, 2, 1, 2>{"broken", std::to_array(risk_groups), std::to_array(risks),
                             std::to_array(measure_groups), std::to_array(bad_measures)};
}  // namespace broken

static_assert(teleworksec::validate_risk<broken::catalog>());
