// text_escape.hpp: what other people's text becomes in markup outputs.

#include <catch2/catch.hpp>

#include "teleworksec/io/text_escape.hpp"

namespace tws = teleworksec;

TEST_CASE("text_escape.visible_controls") {
  // Line feed and tab stay; CR, ESC, BEL and DEL are shown by code point.
  CHECK(tws::visible_controls("a\nb\tc") == "a\nb\tc");
  CHECK(tws::visible_controls("\r\x1b[31m\x07\x7f") == "[U+000D][U+001B][31m[U+0007][U+007F]");
  // U+202E (E2 80 AE) and U+2066/U+2069 (E2 81 A6/A9) are shown; U+2014 (E2 80 94), a dash, is not.
  CHECK(tws::visible_controls("x\xE2\x80\xAEy") == "x[U+202E]y");
  CHECK(tws::visible_controls("\xE2\x81\xA6z\xE2\x81\xA9") == "[U+2066]z[U+2069]");
  CHECK(tws::visible_controls("\xE2\x80\x94") == "\xE2\x80\x94");
  CHECK(tws::visible_controls("\xE2\x80") == "\xE2\x80");  // truncated: left alone
  CHECK(tws::visible_controls("a\x85" "b") == "a\x85" "b");  // a stray continuation byte too
  CHECK(tws::visible_controls("a\xC2\x85" "b") == "a[U+0085]b");  // U+0085 (NEL), a C1 control
  CHECK(tws::visible_controls("a\xE2\x80\xA8" "b") == "a[U+2028]b");  // line separator
}

TEST_CASE("text_escape.html_escape") {
  CHECK(tws::html_escape("<script>alert('x')</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(tws::html_escape("a & \"b\"") == "a &amp; &quot;b&quot;");
  CHECK(tws::html_escape("&lt;") == "&amp;lt;");  // an entity in the text stays text
  CHECK(tws::html_escape("\xE2\x80\xAE<") == "[U+202E]&lt;");
  CHECK(tws::html_escape("安全 ★★★") == "安全 ★★★");
}
