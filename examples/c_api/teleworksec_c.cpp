// The C API of teleworksec/teleworksec.h over the header-only C++ engine.
// Every entry point catches everything: no exception crosses into C. Built
// without exceptions (examples/wasm), there is nothing to catch: a bad input
// ends in teleworksec::on_input_error, which that build defines.

#include "teleworksec/teleworksec.h"

#include <cstddef>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#include "teleworksec/io/json.hpp"
#include "teleworksec/teleworksec.hpp"

namespace {

namespace tws = teleworksec;
using cert = tws::catalogs::certification_v2_t;

static_assert(tws::certification_assessment<cert>::question_count == TWS_CERT_QUESTIONS);
static_assert(tws::certification_assessment<cert>::check_count == TWS_CERT_CHECKS);
static_assert(tws::certification_assessment<cert>::fact_count == TWS_CERT_FACTS);
static_assert(tws::check_outcome::code_count == 7);

// The fact order teleworksec.h documents for the compact entry's bit mask.
constexpr bool facts_in_documented_order() {
  constexpr std::string_view documented[TWS_CERT_FACTS] = {
      "membership",         "handles_personal_info", "website",
      "registration_website", "wifi",                "shared_wifi_passphrase",
      "multiple_aps_or_wired", "network_printers",    "network_ops_outsourced",
      "connected_devices",  "mfp",                   "mfp_storage_features",
      "rental_pcs",         "rental_pc_free_software", "shared_rental_pcs",
      "web_meetings"};
  for (std::size_t f = 0; f < TWS_CERT_FACTS; ++f) {
    if (cert::checklist.facts[f].id != documented[f]) return false;
  }
  return true;
}
static_assert(facts_in_documented_order());

// The question order documented there: the IDs sorted as text.
constexpr bool questions_sorted() {
  for (std::size_t q = 1; q < TWS_CERT_QUESTIONS; ++q) {
    if (!(tws::question_id(tws::catalogs::certification_v2, q - 1).view() <
          tws::question_id(tws::catalogs::certification_v2, q).view())) {
      return false;
    }
  }
  return true;
}
static_assert(questions_sorted());

// Copies `text` out: the size always, the bytes when they fit (plus a NUL
// when there is room).
tws_status put(std::string_view text, char* out, std::size_t out_cap, std::size_t* out_len,
               tws_status ok) {
  *out_len = text.size();
  if (out == nullptr) out_cap = 0;
  if (text.size() > out_cap) return TWS_BUFFER_TOO_SMALL;
  if (!text.empty()) std::memcpy(out, text.data(), text.size());
  if (text.size() < out_cap) out[text.size()] = '\0';
  return ok;
}

std::string rate(std::string_view text, const std::string& name) {
  const auto doc = tws::read_assessment(text, name);
  std::string out;
  const bool known = tws::visit_catalog(doc.catalog, [&](auto c) {
    const auto r = tws::evaluate(c, tws::to_assessment(c, doc));
    out = tws::dump(tws::result_to_json(c, doc, r));
  });
  // read_assessment has already refused an unknown catalog: empty means a bug.
  if (!known) out.clear();
  return out;
}

tws_status rate_into(const char* json, std::size_t json_len, const char* name, char* out,
                     std::size_t out_cap, std::size_t* out_len) {
  const std::string file = name != nullptr ? std::string{name} : std::string{"<input>"};
  const auto text =
      rate(json_len == 0 ? std::string_view{} : std::string_view{json, json_len}, file);
  if (text.empty()) return TWS_INTERNAL;
  return put(text, out, out_cap, out_len, TWS_OK);
}

tws_status catalogs_into(char* out, std::size_t out_cap, std::size_t* out_len) {
  auto list = nlohmann::json::array();
  for (const auto id : tws::catalogs::all::ids) {
    tws::visit_catalog(id, [&](auto c) {
      using catalog = decltype(c);
      list.push_back({{"id", std::string{id}},
                      {"fingerprint", tws::fingerprint_hex(tws::fingerprint_v<catalog>)}});
    });
  }
  return put(list.dump(), out, out_cap, out_len, TWS_OK);
}

}  // namespace

extern "C" {

TWS_API tws_status tws_rate_json(const char* json, std::size_t json_len, const char* name,
                                 char* out, std::size_t out_cap, std::size_t* out_len) {
  if (out_len == nullptr) return TWS_INTERNAL;
  *out_len = 0;
  if (json == nullptr && json_len != 0) return TWS_INTERNAL;
#if defined(__cpp_exceptions)
  try {
    try {
      return rate_into(json, json_len, name, out, out_cap, out_len);
    } catch (const tws::input_error& e) {
      return put(e.what(), out, out_cap, out_len, TWS_BAD_INPUT);
    }
  } catch (...) {
    *out_len = 0;
    return TWS_INTERNAL;
  }
#else
  return rate_into(json, json_len, name, out, out_cap, out_len);
#endif
}

TWS_API tws_status tws_catalogs(char* out, std::size_t out_cap, std::size_t* out_len) {
  if (out_len == nullptr) return TWS_INTERNAL;
  *out_len = 0;
#if defined(__cpp_exceptions)
  try {
    return catalogs_into(out, out_cap, out_len);
  } catch (...) {
    *out_len = 0;
    return TWS_INTERNAL;
  }
#else
  return catalogs_into(out, out_cap, out_len);
#endif
}

TWS_API const char* tws_version(void) { return tws::version_string; }

TWS_API int tws_rate_certification_compact_evidence(const unsigned char* answers,
                                                    const unsigned char* checks,
                                                    const unsigned char* evidence,
                                                    unsigned int false_facts, int audit_policy,
                                                    tws_compact_result* out) {
  if (answers == nullptr || checks == nullptr || out == nullptr) return TWS_INTERNAL;
  // Validate everything before touching anything.
  for (std::size_t q = 0; q < TWS_CERT_QUESTIONS; ++q) {
    if (answers[q] > TWS_ANSWER_NA) return TWS_BAD_INPUT;
    if (evidence != nullptr && evidence[q] > 0x7FU) return TWS_BAD_INPUT;
  }
  for (std::size_t k = 0; k < TWS_CERT_CHECKS; ++k) {
    if (checks[k] >= tws::check_outcome::code_count) return TWS_BAD_INPUT;
  }
  if ((false_facts >> TWS_CERT_FACTS) != 0U) return TWS_BAD_INPUT;
  if (audit_policy != TWS_POLICY_SELF_ASSESSMENT && audit_policy != TWS_POLICY_AUDIT) {
    return TWS_BAD_INPUT;
  }

  tws::certification_assessment<cert> a{};
  a.policy = audit_policy == TWS_POLICY_AUDIT ? tws::evidence_policy::audit
                                              : tws::evidence_policy::self_assessment;
  for (unsigned f = 0; f < TWS_CERT_FACTS; ++f) {
    if (((false_facts >> f) & 1U) != 0U) a.set_fact(f, false);
  }
  for (std::size_t q = 0; q < TWS_CERT_QUESTIONS; ++q) {
    a.set_answer(q, static_cast<tws::answer>(answers[q]));
    if (evidence == nullptr) continue;
    for (unsigned kind = 0; kind < 7; ++kind) {
      if (((evidence[q] >> kind) & 1U) != 0U) {
        a.add_evidence(q, static_cast<tws::evidence_kind>(kind));
      }
    }
  }
  for (std::size_t k = 0; k < TWS_CERT_CHECKS; ++k) {
    a.diagnose(k, tws::check_outcome::from_code(checks[k]));
  }

  const auto r = tws::evaluate(tws::catalogs::certification_v2, a);
  out->audit_grade = static_cast<unsigned char>(r.audit_grade);
  out->diagnosis_grade =
      r.has_diagnosis ? static_cast<signed char>(r.diagnosis_grade) : static_cast<signed char>(-1);
  out->stars = r.level.stars;
  out->indicative = r.level.indicative ? 1 : 0;
  out->provisional = r.provisional ? 1 : 0;
  out->unanswered = static_cast<unsigned short>(r.unanswered_count);
  out->fingerprint = r.fingerprint;
  return TWS_OK;
}

TWS_API int tws_rate_certification_compact(const unsigned char* answers,
                                           const unsigned char* checks, unsigned int false_facts,
                                           int audit_policy, tws_compact_result* out) {
  return tws_rate_certification_compact_evidence(answers, checks, nullptr, false_facts,
                                                 audit_policy, out);
}

}  // extern "C"
