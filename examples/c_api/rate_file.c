/* Rates an assessment file through the C API and prints the result, as
 * `teleworksec rate --format FORMAT [--lang LANG] FILE`, or writes a catalog
 * as `teleworksec export FORMAT CATALOG`.
 *
 *   rate_file FILE [FORMAT [LANG]]     FORMAT json (default), oscal, sarif, html
 *   rate_file --catalog CATALOG FORMAT FORMAT oscal-catalog
 *
 * Exit status: 0 rated, 2 bad input (the message goes to standard error),
 * 1 any other failure. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "teleworksec/teleworksec.h"

static char* read_file(const char* path, size_t* len) {
  FILE* f = fopen(path, "rb");
  char* text = NULL;
  size_t cap = 0;
  *len = 0;
  if (f == NULL) return NULL;
  for (;;) {
    size_t n;
    if (*len == cap) {
      char* bigger = (char*)realloc(text, cap == 0 ? 4096 : cap * 2);
      if (bigger == NULL) break;
      text = bigger;
      cap = cap == 0 ? 4096 : cap * 2;
    }
    n = fread(text + *len, 1, cap - *len, f);
    *len += n;
    if (n == 0) break;
  }
  if (ferror(f)) {
    free(text);
    text = NULL;
  }
  fclose(f);
  return text;
}

int main(int argc, char** argv) {
  size_t len = 0;
  size_t cap = 256; /* deliberately small: the loop below grows it */
  size_t needed = 0;
  char* text = NULL;
  char* out = NULL;
  tws_status status;
  const int export_catalog = argc == 4 && strcmp(argv[1], "--catalog") == 0;
  const char* format = argc >= 3 ? argv[2] : "json";
  const char* lang = argc >= 4 ? argv[3] : NULL;

  if (export_catalog) {
    format = argv[3];
  } else if (argc < 2 || argc > 4 || argv[1][0] == '-') {
    fprintf(stderr, "usage: rate_file FILE [FORMAT [LANG]] | rate_file --catalog CATALOG FORMAT\n");
    return 2;
  } else {
    text = read_file(argv[1], &len);
    if (text == NULL) {
      fprintf(stderr, "%s: cannot read\n", argv[1]);
      return 2;
    }
  }
  for (;;) {
    char* bigger = (char*)realloc(out, cap);
    if (bigger == NULL) {
      status = TWS_INTERNAL;
      break;
    }
    out = bigger;
    if (export_catalog) {
      status = tws_export_catalog(argv[2], format, out, cap, &needed);
    } else if (argc == 2) {
      status = tws_rate_json(text, len, argv[1], out, cap, &needed);
    } else {
      status = tws_rate_format(text, len, argv[1], format, lang, out, cap, &needed);
    }
    if (status != TWS_BUFFER_TOO_SMALL) break;
    cap = needed + 1; /* room for the NUL too */
  }
  free(text);
  if (status == TWS_OK) {
    fwrite(out, 1, needed, stdout);
  } else if (status == TWS_BAD_INPUT) {
    fprintf(stderr, "%.*s\n", (int)needed, out);
  } else {
    fprintf(stderr, "%s: error (status %d)\n", argv[export_catalog ? 2 : 1], (int)status);
  }
  free(out);
  return status == TWS_OK ? 0 : status == TWS_BAD_INPUT ? 2 : 1;
}
