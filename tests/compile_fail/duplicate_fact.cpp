// Two facts with the id "wifi".
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr fact_def facts[] = {
    {"wifi", "無線LANアクセスポイントを提供", "provides Wi-Fi"},
    {"wifi", "複合機がある", "has a multifunction printer"},
};
// clang-format on

inline constexpr auto checklist = make_checklist("broken", facts, categories, measures, questions);
}  // namespace broken

static_assert(teleworksec::validate_checklist<broken::checklist>());
