// Risks numbered 1.2, 1.1.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr risk_def bad_risks[] = {
    {1, 2, "盗難・紛失", "紛失する。", "theft"},
    {1, 1, "会話漏えい", "聞かれる。", "overheard"},
};

inline constexpr auto catalog =
    risk_catalog<1, 2, 1, 2>{"broken", std::to_array(risk_groups), std::to_array(bad_risks),
                             std::to_array(measure_groups), std::to_array(measures)};
}  // namespace broken

static_assert(teleworksec::validate_risk<broken::catalog>());
