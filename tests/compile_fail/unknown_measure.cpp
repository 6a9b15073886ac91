// A question under measure 2.5, which the catalog does not have.
#include "small_catalog.hpp"

namespace broken {
using namespace small;

// clang-format off
constexpr question_def questions[] = {
    {1, 1, always, doc, "セキュリティポリシーを策定していますか?"},
    {1, 2, always, doc, "会員とゲストを区分していますか?"},
    {2, 1, always, cfg, "ファームウェアは最新ですか?"},
    {2, 5, always, cfg, "存在しない対策の質問ですか?"},
};
// clang-format on

inline constexpr auto checklist = make_checklist("broken", facts, categories, measures, questions);
}  // namespace broken

static_assert(teleworksec::validate_checklist<broken::checklist>());
