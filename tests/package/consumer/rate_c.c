/* A consumer of teleworksec::c_api (or c_api_static), in C: rates an
 * assessment file with tws_rate_json. The sample given (four-stars.json) is
 * rated ★★★★; anything else fails. */
#include <stdio.h>
#include <string.h>
#include <teleworksec/teleworksec.h>

int main(int argc, char** argv) {
  static char text[1 << 20];
  static char out[1 << 20];
  size_t text_len;
  size_t out_len = 0;
  tws_status status;
  FILE* f;
  if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) return 2;
  text_len = fread(text, 1, sizeof text, f);
  fclose(f);
  status = tws_rate_json(text, text_len, argv[1], out, sizeof out, &out_len);
  if (status != TWS_OK) {
    fprintf(stderr, "tws_rate_json: status %d: %.*s\n", (int)status, (int)out_len, out);
    return 1;
  }
  fwrite(out, 1, out_len, stdout);
  return strstr(out, "\"stars\": 4") != NULL ? 0 : 1;
}
