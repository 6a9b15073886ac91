// The C API of teleworksec/teleworksec.h over the header-only C++ engine: the
// JSON entry points over the shipped catalogs (io/c_api.hpp) and the compact
// entry of certification-v2. No exception crosses into C.

#include "teleworksec/teleworksec.h"

#include <cstddef>
#include <string_view>

#include "teleworksec/io/c_api.hpp"
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

}  // namespace

// The JSON entry points over the shipped catalogs.
TELEWORKSEC_DEFINE_C_API(teleworksec::catalogs::all)

extern "C" {

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
