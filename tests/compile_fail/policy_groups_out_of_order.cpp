// The only policy group is numbered 2.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr policy_group_def bad_groups[] = {{2, 5, "貸与端末", "lent devices"}};

inline constexpr auto catalog = policy_catalog<1, 2, 2>{
    "broken", std::to_array(bad_groups), std::to_array(sections), std::to_array(statements)};
}  // namespace broken

static_assert(teleworksec::validate_policy<broken::catalog>());
