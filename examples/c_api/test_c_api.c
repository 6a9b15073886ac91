/* Tests of the C API, in plain C99.
 *
 *   test_c_api BAD_FILE SAMPLE...
 *
 * Every SAMPLE must rate TWS_OK; BAD_FILE must be refused with a message
 * naming it. Exit status 0 when every check passes, 1 otherwise. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "teleworksec/teleworksec.h"

static int failures = 0;

#define CHECK(cond)                                                        \
  do {                                                                     \
    if (!(cond)) {                                                         \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      ++failures;                                                          \
    }                                                                      \
  } while (0)

static char* read_file(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  char* text;
  long size;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    return NULL;
  }
  text = (char*)malloc((size_t)size + 1);
  if (text != NULL) {
    *len = fread(text, 1, (size_t)size, f);
    text[*len] = '\0';
  }
  fclose(f);
  return text;
}

/* Rates `text` into a buffer of exactly the needed size. */
static tws_status rate_alloc(const char* text, size_t len, const char* name, char** out,
                             size_t* out_len) {
  tws_status s = tws_rate_json(text, len, name, NULL, 0, out_len);
  *out = NULL;
  if (s != TWS_BUFFER_TOO_SMALL) return s;
  *out = (char*)malloc(*out_len + 1);
  if (*out == NULL) return TWS_INTERNAL;
  return tws_rate_json(text, len, name, *out, *out_len + 1, out_len);
}

static void test_sample(const char* path) {
  size_t len = 0, out_len = 0, small_len = 0;
  char* text = read_file(path, &len);
  char* out = NULL;
  char small[16];
  tws_status s;
  CHECK(text != NULL);
  if (text == NULL) return;
  s = rate_alloc(text, len, path, &out, &out_len);
  if (s != TWS_OK) fprintf(stderr, "%s: status %d\n", path, (int)s);
  CHECK(s == TWS_OK);
  if (s == TWS_OK) {
    CHECK(out_len > 100);
    CHECK(out[out_len] == '\0');
    CHECK(strlen(out) == out_len);
    CHECK(out[out_len - 1] == '\n');
    CHECK(strstr(out, "\"schema\": \"teleworksec/result/v1\"") != NULL);
    /* Too small a buffer: the status says so and out_len the size needed. */
    s = tws_rate_json(text, len, path, small, sizeof small, &small_len);
    CHECK(s == TWS_BUFFER_TOO_SMALL);
    CHECK(small_len == out_len);
    /* Exactly the size: fits, without room for a NUL. */
    {
      char* exact = (char*)malloc(out_len);
      size_t exact_len = 0;
      CHECK(exact != NULL);
      if (exact != NULL) {
        CHECK(tws_rate_json(text, len, path, exact, out_len, &exact_len) == TWS_OK);
        CHECK(exact_len == out_len);
        CHECK(memcmp(exact, out, out_len) == 0);
        free(exact);
      }
      CHECK(tws_rate_json(text, len, path, out, out_len - 1, &exact_len) == TWS_BUFFER_TOO_SMALL);
      CHECK(exact_len == out_len);
    }
  }
  free(out);
  free(text);
}

static void test_bad_file(const char* path) {
  size_t len = 0, out_len = 0;
  char* text = read_file(path, &len);
  char* out = NULL;
  tws_status s;
  CHECK(text != NULL);
  if (text == NULL) return;
  s = rate_alloc(text, len, path, &out, &out_len);
  CHECK(s == TWS_BAD_INPUT);
  if (out != NULL) {
    CHECK(strncmp(out, path, strlen(path)) == 0); /* "PATH: $...: problem" */
    CHECK(strstr(out, ": ") != NULL);
    CHECK(strchr(out, '\n') == NULL);
  }
  free(out);
  /* A bad input with no room: the size of the message, to retry with. */
  CHECK(tws_rate_json(text, len, path, NULL, 0, &out_len) == TWS_BUFFER_TOO_SMALL);
  CHECK(out_len > strlen(path));
  free(text);
}

static void test_bad_inline(void) {
  const char* text = "{\"schema\": \"teleworksec/assessment/v1\", \"catalog\": \"nope\"}";
  char out[1024];
  size_t out_len = 0;
  CHECK(tws_rate_json(text, strlen(text), NULL, out, sizeof out, &out_len) == TWS_BAD_INPUT);
  CHECK(strncmp(out, "<input>: $[\"catalog\"]: unknown catalog", 38) == 0);
  CHECK(tws_rate_json("", 0, "empty.json", out, sizeof out, &out_len) == TWS_BAD_INPUT);
  CHECK(strstr(out, "empty.json: ") == out);
  CHECK(tws_rate_json("[1,", 3, "x.json", out, sizeof out, &out_len) == TWS_BAD_INPUT);
  CHECK(strstr(out, "not valid JSON") != NULL);
  CHECK(tws_rate_json(text, strlen(text), NULL, out, sizeof out, NULL) == TWS_INTERNAL);
}

static void test_compact(void) {
  unsigned char answers[TWS_CERT_QUESTIONS];
  unsigned char checks[TWS_CERT_CHECKS];
  unsigned char evidence[TWS_CERT_QUESTIONS];
  tws_compact_result r, untouched;
  size_t i;
  memset(answers, TWS_ANSWER_YES, sizeof answers);
  memset(checks, TWS_CHECK_PASSED, sizeof checks);
  memset(&r, 0x5A, sizeof r);

  CHECK(tws_rate_certification_compact(answers, checks, 0, TWS_POLICY_SELF_ASSESSMENT, &r) ==
        TWS_OK);
  CHECK(r.stars == 4);
  CHECK(r.audit_grade == 0);
  CHECK(r.diagnosis_grade == 0);
  CHECK(r.indicative == 0);
  CHECK(r.provisional == 0);
  CHECK(r.unanswered == 0);
  CHECK(r.fingerprint != 0);

  /* Under audit, no evidence: every yes is unverified. */
  CHECK(tws_rate_certification_compact(answers, checks, 0, TWS_POLICY_AUDIT, &r) == TWS_OK);
  CHECK(r.stars == 0);
  /* With a document for every question, the audit gives ★★★★ too. */
  memset(evidence, TWS_EVIDENCE_DOCUMENT | TWS_EVIDENCE_RECORD | TWS_EVIDENCE_CONFIGURATION |
                       TWS_EVIDENCE_OBSERVATION | TWS_EVIDENCE_INTERVIEW |
                       TWS_EVIDENCE_SCAN_REPORT,
         sizeof evidence);
  CHECK(tws_rate_certification_compact_evidence(answers, checks, evidence, 0, TWS_POLICY_AUDIT,
                                                &r) == TWS_OK);
  CHECK(r.stars == 4);

  /* No diagnosis: indicative, diagnosis grade -1. */
  memset(checks, TWS_CHECK_NOT_PERFORMED, sizeof checks);
  CHECK(tws_rate_certification_compact(answers, checks, 0, TWS_POLICY_SELF_ASSESSMENT, &r) ==
        TWS_OK);
  CHECK(r.diagnosis_grade == -1);
  CHECK(r.indicative == 1);
  memset(checks, TWS_CHECK_PASSED, sizeof checks);

  /* Unanswered: provisional. */
  answers[0] = TWS_ANSWER_UNANSWERED;
  CHECK(tws_rate_certification_compact(answers, checks, 0, TWS_POLICY_SELF_ASSESSMENT, &r) ==
        TWS_OK);
  CHECK(r.provisional == 1);
  CHECK(r.unanswered == 1);
  answers[0] = TWS_ANSWER_YES;

  /* Out-of-range codes, at every position: TWS_BAD_INPUT, result untouched. */
  memset(&untouched, 0x5A, sizeof untouched);
  for (i = 0; i < TWS_CERT_QUESTIONS; ++i) {
    r = untouched;
    answers[i] = 4;
    CHECK(tws_rate_certification_compact(answers, checks, 0, 0, &r) == TWS_BAD_INPUT);
    CHECK(memcmp(&r, &untouched, sizeof r) == 0);
    answers[i] = 255;
    CHECK(tws_rate_certification_compact(answers, checks, 0, 0, &r) == TWS_BAD_INPUT);
    answers[i] = TWS_ANSWER_YES;
    evidence[i] = 0x80;
    CHECK(tws_rate_certification_compact_evidence(answers, checks, evidence, 0, 1, &r) ==
          TWS_BAD_INPUT);
    evidence[i] = TWS_EVIDENCE_DOCUMENT;
  }
  for (i = 0; i < TWS_CERT_CHECKS; ++i) {
    checks[i] = 7;
    CHECK(tws_rate_certification_compact(answers, checks, 0, 0, &r) == TWS_BAD_INPUT);
    checks[i] = 200;
    CHECK(tws_rate_certification_compact(answers, checks, 0, 0, &r) == TWS_BAD_INPUT);
    checks[i] = TWS_CHECK_FINDINGS_URGENT;
    CHECK(tws_rate_certification_compact(answers, checks, 0, 0, &r) == TWS_OK);
    checks[i] = TWS_CHECK_PASSED;
  }
  CHECK(tws_rate_certification_compact(answers, checks, 1u << TWS_CERT_FACTS, 0, &r) ==
        TWS_BAD_INPUT);
  CHECK(tws_rate_certification_compact(answers, checks, (1u << TWS_CERT_FACTS) - 1u, 0, &r) ==
        TWS_OK);
  CHECK(tws_rate_certification_compact(answers, checks, 0, 2, &r) == TWS_BAD_INPUT);
  CHECK(tws_rate_certification_compact(answers, checks, 0, -1, &r) == TWS_BAD_INPUT);
  CHECK(tws_rate_certification_compact(NULL, checks, 0, 0, &r) == TWS_INTERNAL);
  CHECK(tws_rate_certification_compact(answers, checks, 0, 0, NULL) == TWS_INTERNAL);
}

static void test_catalogs(void) {
  char out[512];
  size_t out_len = 0;
  tws_compact_result r;
  unsigned char answers[TWS_CERT_QUESTIONS] = {0};
  unsigned char checks[TWS_CERT_CHECKS] = {0};
  char fingerprint[96];
  CHECK(tws_catalogs(out, sizeof out, &out_len) == TWS_OK);
  CHECK(out_len == strlen(out));
  CHECK(out[0] == '[' && out[out_len - 1] == ']');
  CHECK(strstr(out, "\"id\":\"coworking-v2\"") != NULL);
  CHECK(strstr(out, "\"id\":\"certification-v2\"") != NULL);
  /* The certification fingerprint is the one the compact result carries. */
  CHECK(tws_rate_certification_compact(answers, checks, 0, 0, &r) == TWS_OK);
  snprintf(fingerprint, sizeof fingerprint, "{\"fingerprint\":\"%016llx\",\"id\":\"certification-v2\"}",
          r.fingerprint);
  CHECK(strstr(out, fingerprint) != NULL);
  CHECK(tws_catalogs(out, 10, &out_len) == TWS_BUFFER_TOO_SMALL);
  CHECK(out_len > 10);
  CHECK(tws_version() != NULL && strlen(tws_version()) >= 5);
}

int main(int argc, char** argv) {
  int i;
  if (argc < 3) {
    fprintf(stderr, "usage: test_c_api BAD_FILE SAMPLE...\n");
    return 2;
  }
  test_bad_file(argv[1]);
  for (i = 2; i < argc; ++i) test_sample(argv[i]);
  test_bad_inline();
  test_compact();
  test_catalogs();
  if (failures != 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("C API: all checks passed (%d samples)\n", argc - 2);
  return 0;
}
