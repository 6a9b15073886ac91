// Section 5.1.2 stands in policy group 2; the catalog has one group.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
constexpr policy_section_def bad_sections[] = {
    {"5.1.1", 1, "セットアップ", "set-up"},
    {"5.1.2", 2, "データ管理", "data"},
};

inline constexpr auto catalog = policy_catalog<1, 2, 2>{
    "broken", std::to_array(policy_groups), std::to_array(bad_sections), std::to_array(statements)};
}  // namespace broken

static_assert(teleworksec::validate_policy<broken::catalog>());
