// A condition names fact(5), but the catalog defines only two facts.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr question_def questions[] = {
    {1, 1, always, doc, "セキュリティポリシーを策定していますか?"},
    {1, 2, fact(5), doc, "会員とゲストを区分していますか?"},
    {2, 1, always, cfg, "ファームウェアは最新ですか?"},
};
// clang-format on

inline constexpr auto checklist = make_checklist("broken", facts, categories, measures, questions);
}  // namespace broken

static_assert(teleworksec::validate_checklist<broken::checklist>());
