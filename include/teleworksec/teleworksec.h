#ifndef TELEWORKSEC_TELEWORKSEC_H
#define TELEWORKSEC_TELEWORKSEC_H

/*
 * teleworksec C API (SPEC §6): the C++ engine behind plain C functions, for
 * C programs, Python (ctypes) and other foreign-function interfaces.
 *
 * C99 and C++ compatible. Built as a small shared or static library from
 * examples/c_api/teleworksec_c.cpp; the C++ headers stay header-only.
 *
 * No function throws, allocates memory the caller must free, or keeps state
 * between calls: every function is safe to call from several threads at once.
 * Output text is UTF-8 and NOT NUL-terminated when it fills the buffer
 * exactly; a NUL is appended whenever there is room for it (out_len never
 * counts it).
 */

#include <stddef.h>

#if defined(_WIN32) && !defined(TWS_STATIC)
#  if defined(TWS_BUILDING_LIBRARY)
#    define TWS_API __declspec(dllexport)
#  else
#    define TWS_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define TWS_API __attribute__((visibility("default")))
#else
#  define TWS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Status of every call. */
typedef enum tws_status {
  /* Success: the output is complete. */
  TWS_OK = 0,
  /* The input is not a valid teleworksec/assessment/v1 document (or a compact
   * code is out of range). tws_rate_json writes the error message — the name,
   * the JSON path and the problem, as the CLI prints it — into the buffer. */
  TWS_BAD_INPUT = 2,
  /* out_cap is smaller than the output: nothing useful was written, *out_len
   * holds the size needed (without a NUL); call again with a larger buffer. */
  TWS_BUFFER_TOO_SMALL = 3,
  /* tws_export_catalog: the catalog is not one this library knows. (The
   * rating calls report an unknown "catalog" in a document as TWS_BAD_INPUT,
   * with a message listing the catalogs.) */
  TWS_UNKNOWN_CATALOG = 4,
  /* A bug or an exhausted resource (out of memory), or a required pointer
   * argument was NULL. Nothing useful was written. */
  TWS_INTERNAL = 5
} tws_status;

/*
 * Rates a teleworksec/assessment/v1 document.
 *
 *   json, json_len  the document (UTF-8; need not be NUL-terminated)
 *   name            how the input is named in error messages (e.g. its file
 *                   name); NULL means "<input>"
 *   out, out_cap    the caller's buffer; out NULL counts as out_cap 0
 *   out_len         receives the size of the full output, always (required)
 *
 * On TWS_OK the buffer holds the teleworksec/result/v1 document, byte for byte
 * the output of `teleworksec rate --format json FILE` (2-space indent, sorted
 * keys, final newline). On TWS_BAD_INPUT it holds the one-line error message
 * ("NAME: $[\"answers\"]: ..."), without a newline. If either does not fit,
 * the call returns TWS_BUFFER_TOO_SMALL and *out_len tells the size to retry
 * with (a bad input then reports TWS_BUFFER_TOO_SMALL too, until the message
 * fits).
 */
TWS_API tws_status tws_rate_json(const char* json, size_t json_len, const char* name, char* out,
                                 size_t out_cap, size_t* out_len);

/*
 * Rates a teleworksec/assessment/v1 document as tws_rate_json does and writes
 * the result in `format`, byte for byte `teleworksec rate --format FORMAT
 * [--lang LANG] FILE`:
 *
 *   "json"   the teleworksec/result/v1 document (= tws_rate_json)
 *   "oscal"  an OSCAL 1.1.2 assessment-results document
 *   "sarif"  a SARIF 2.1.0 log; `name` is the file its locations point at
 *   "html"   the self-contained, printable report in `lang`
 *
 * lang is "en" or "ja" (NULL means "en"); only "html" reads it. An unknown
 * format or lang is TWS_BAD_INPUT with a message naming the choices; other
 * arguments and the buffer rules are those of tws_rate_json.
 */
TWS_API tws_status tws_rate_format(const char* json, size_t json_len, const char* name,
                                   const char* format, const char* lang, char* out,
                                   size_t out_cap, size_t* out_len);

/*
 * Writes a catalog (an id of tws_catalogs) as a document, byte for byte
 * `teleworksec export FORMAT CATALOG`: format "oscal-catalog" is the OSCAL
 * 1.1.2 catalog. An unknown catalog is TWS_UNKNOWN_CATALOG, an unknown format
 * TWS_BAD_INPUT with a message. Buffer rules as above.
 */
TWS_API tws_status tws_export_catalog(const char* catalog, const char* format, char* out,
                                      size_t out_cap, size_t* out_len);

/*
 * Lists the catalogs: a compact JSON array of objects {"fingerprint", "id"},
 * e.g. [{"fingerprint":"0123456789abcdef","id":"coworking-v2"},...], with the
 * fingerprint every result of that catalog carries. Buffer rules as above.
 */
TWS_API tws_status tws_catalogs(char* out, size_t out_cap, size_t* out_len);

/* The library version, e.g. "0.1.0" (static storage; never NULL). */
TWS_API const char* tws_version(void);

/* ---- compact entry: certification-v2 without JSON -------------------- */

/* Sizes of the compact arrays (certification-v2). */
#define TWS_CERT_QUESTIONS 56 /* checklist questions, coworking-v2/1.1.1 … /6.3.1 */
#define TWS_CERT_CHECKS 32    /* diagnosis checks, certification-v2/vuln/1 … /32 */
#define TWS_CERT_FACTS 16     /* facility facts, membership … web_meetings */

/* Answer codes. */
#define TWS_ANSWER_UNANSWERED 0
#define TWS_ANSWER_YES 1
#define TWS_ANSWER_NO 2
#define TWS_ANSWER_NA 3

/* Check outcome codes (check_outcome::code() in C++). */
#define TWS_CHECK_NOT_PERFORMED 0
#define TWS_CHECK_NOT_APPLICABLE 1
#define TWS_CHECK_PASSED 2
#define TWS_CHECK_FINDINGS_LOW 3
#define TWS_CHECK_FINDINGS_MEDIUM 4
#define TWS_CHECK_FINDINGS_HIGH 5
#define TWS_CHECK_FINDINGS_URGENT 6

/* Evidence policies. */
#define TWS_POLICY_SELF_ASSESSMENT 0
#define TWS_POLICY_AUDIT 1

/* What the compact entry returns. */
typedef struct tws_compact_result {
  unsigned char audit_grade;    /* 0 = A … 4 = E */
  signed char diagnosis_grade;  /* 0 = A … 4 = E; -1 when no check was performed */
  unsigned char stars;          /* 4 ★★★★ 信頼, 3 ★★★ 安全, 2 ★★ 安心, 0 認証不可 */
  unsigned char indicative;     /* 1 when no diagnosis: the level follows from the audit */
  unsigned char provisional;    /* 1 when some applicable question is unanswered */
  unsigned short unanswered;    /* applicable questions unanswered (counted as no) */
  unsigned long long fingerprint; /* the catalog fingerprint the result carries */
} tws_compact_result;

/*
 * Rates certification-v2 from arrays, with no allocation and no JSON.
 *
 *   answers      TWS_CERT_QUESTIONS answer codes (TWS_ANSWER_*, 0..3), in the
 *                catalog's question order: coworking-v2/1.1.1, 1.1.2, 1.1.3,
 *                1.2.1, … 6.3.1 (the IDs sorted as text)
 *   checks       TWS_CERT_CHECKS outcome codes (TWS_CHECK_*, 0..6):
 *                certification-v2/vuln/1, vuln/2, … vuln/32
 *   false_facts  bit f set = fact f is stated false; a clear bit counts as
 *                true. Bits >= TWS_CERT_FACTS must be 0. The facts, bit 0
 *                first: membership, handles_personal_info, website,
 *                registration_website, wifi, shared_wifi_passphrase,
 *                multiple_aps_or_wired, network_printers,
 *                network_ops_outsourced, connected_devices, mfp,
 *                mfp_storage_features, rental_pcs, rental_pc_free_software,
 *                shared_rental_pcs, web_meetings
 *   audit_policy TWS_POLICY_SELF_ASSESSMENT or TWS_POLICY_AUDIT
 *   out          receives the result (required)
 *
 * The compact form carries no evidence: under TWS_POLICY_AUDIT every "yes" is
 * therefore unverified and counts as no. Pass evidence with
 * tws_rate_certification_compact_evidence to rate an audit.
 *
 * Returns TWS_OK, or TWS_BAD_INPUT when any code, fact bit or the policy is
 * out of range (every byte is checked; *out is then left unchanged), or
 * TWS_INTERNAL when a pointer is NULL. Matches tws_rate_json on the equivalent
 * document (no overrides).
 */
TWS_API int tws_rate_certification_compact(const unsigned char* answers,
                                           const unsigned char* checks, unsigned int false_facts,
                                           int audit_policy, tws_compact_result* out);

/* Evidence kinds, as bits of the evidence masks. */
#define TWS_EVIDENCE_DOCUMENT 0x01u
#define TWS_EVIDENCE_RECORD 0x02u
#define TWS_EVIDENCE_CONFIGURATION 0x04u
#define TWS_EVIDENCE_SCAN_REPORT 0x08u
#define TWS_EVIDENCE_INTERVIEW 0x10u
#define TWS_EVIDENCE_OBSERVATION 0x20u
#define TWS_EVIDENCE_SELF_DECLARATION 0x40u

/*
 * As tws_rate_certification_compact, with evidence: `evidence` is NULL (no
 * evidence) or TWS_CERT_QUESTIONS masks of TWS_EVIDENCE_* bits, one per
 * question; bit 7 must be 0.
 */
TWS_API int tws_rate_certification_compact_evidence(const unsigned char* answers,
                                                    const unsigned char* checks,
                                                    const unsigned char* evidence,
                                                    unsigned int false_facts, int audit_policy,
                                                    tws_compact_result* out);

#ifdef __cplusplus
}
#endif

#endif /* TELEWORKSEC_TELEWORKSEC_H */
