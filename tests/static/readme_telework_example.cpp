// The telework example of README.md ("What it rates"), verbatim: it must keep compiling.
#include <teleworksec/teleworksec.hpp>
namespace tws = teleworksec;

using namespace tws::catalogs;
constexpr auto home_office = [] {
  tws::self_check_assessment<mic_telework_v4_t> a{};
  a.answer_all(tws::answer::yes);
  a.set_answer(*tws::find_answer(mic_telework_v4, "worker/13"), tws::answer::no);  // 暗号化 (basic)
  return tws::evaluate(mic_telework_v4, a);
}();
static_assert(home_office.level == tws::self_check_level::basic_unmet);  // group 4 is the weakest
