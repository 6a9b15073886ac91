// A statement of section 5.1.1 follows one of section 5.1.2.
#include "small_telework.hpp"

namespace broken {
using namespace small_telework;
// clang-format off
constexpr policy_statement_def bad_statements[] = {
    {1, obligation::should, false, 0, "", "データを保存しない。", "no local data"},
    {0, obligation::shall, false, 30, "新規セットアップ", "新規にセットアップする。", "fresh set-up"},
};
// clang-format on

inline constexpr auto catalog = policy_catalog<1, 2, 2>{
    "broken", std::to_array(policy_groups), std::to_array(sections), std::to_array(bad_statements)};
}  // namespace broken

static_assert(teleworksec::validate_policy<broken::catalog>());
