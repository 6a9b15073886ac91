// Two measures numbered 1.1: measure IDs would not be unique.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr measure_def measures[] = {
    {1, 1, basic, "セキュリティポリシーの策定", "Security policy"},
    {1, 1, advanced, "会員区分の明確化", "Member classes"},
    {2, 1, basic, "最新のファームウェアの適用", "Firmware"},
};
// clang-format on

// clang-format off
constexpr question_def questions[] = {
    {1, 1, always, doc, "セキュリティポリシーを策定していますか?"},
    {2, 1, always, cfg, "ファームウェアは最新ですか?"},
};
// clang-format on

inline constexpr auto checklist = make_checklist("broken", facts, categories, measures, questions);
}  // namespace broken

static_assert(teleworksec::validate_checklist<broken::checklist>());
