// The first example of README.md, verbatim: it must keep compiling.
#include <teleworksec/teleworksec.hpp>
namespace tws = teleworksec;

constexpr auto rate_my_space() {
  tws::certification_assessment<tws::catalogs::certification_v2_t> a{};
  a.answer_all(tws::answer::yes);                                   // the チェックシート
  a.set_answer(*tws::find_question(tws::catalogs::certification_v2, "3.4.3"),
               tws::answer::no);                                    // no monthly passphrase change
  a.diagnose_all(tws::check_outcome::passed());                     // the 脆弱性診断
  return tws::evaluate(tws::catalogs::certification_v2, a);
}
static_assert(rate_my_space().audit_grade == tws::grade::D);         // a basic measure is partial
static_assert(rate_my_space().level.stars == 0);                     // 認証不可
