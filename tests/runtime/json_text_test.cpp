// json_text.hpp: the scanner's string token at every position of the 8-byte
// fast path, and the mask that finds where plain ASCII ends.

#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "teleworksec/io/json_text.hpp"

namespace {

namespace jt = teleworksec::json_text;

// The 8 bytes of `s` as a little-endian word.
constexpr std::uint64_t word(std::string_view s) {
  std::uint64_t v = 0;
  for (std::size_t i = 8; i-- > 0;) v = (v << 8) | static_cast<unsigned char>(s[i]);
  return v;
}

// The index of the first byte the mask marks (8: none).
constexpr int first_marked(std::string_view s) {
  const auto m = jt::detail::not_plain_ascii_mask8(word(s));
  return m == 0 ? 8 : std::countr_zero(m) / 8;
}

}  // namespace

TEST_CASE("json_text.not_plain_ascii_mask8") {
  STATIC_REQUIRE(first_marked("abcdefgh") == 8);
  STATIC_REQUIRE(first_marked("abc\"efgh") == 3);
  STATIC_REQUIRE(first_marked("\\bcdefgh") == 0);
  STATIC_REQUIRE(first_marked("abcdefg\x1f") == 7);
  STATIC_REQUIRE(first_marked("ab\xE5\xAE\x89" "fgh") == 2);
  // Bytes that borrow in the subtraction (below 0x20, a quote) may mark the
  // bytes above them too; the lowest mark is still the first special byte.
  STATIC_REQUIRE(first_marked("a\x01\"\x01\"fgh") == 1);
  STATIC_REQUIRE(first_marked("ab\"!\"!gh") == 2);
  STATIC_REQUIRE(first_marked(" ~~~~~~~") == 8);  // 0x20 and 0x7E are plain
}

TEST_CASE("json_text.scanner.string") {
  // The closing quote, an escape and a UTF-8 sequence at every offset across
  // two words, so that every exit from the fast path is taken.
  for (std::size_t n = 0; n < 20; ++n) {
    const std::string plain(n, 'x');
    INFO(n);
    std::string scratch;
    std::string_view out;
    const std::string text_a = "\"" + plain + "\"";
    jt::scanner a{text_a};
    REQUIRE(a.string(out, scratch));
    CHECK(out == plain);
    CHECK(a.at_end());
    const std::string text_b = "\"" + plain + "\\n" + plain + "\"";
    jt::scanner b{text_b};
    REQUIRE(b.string(out, scratch));
    CHECK(out == plain + "\n" + plain);
    const std::string text_c = "\"" + plain + "\xE5\xAE\x89" + plain + "\"";
    jt::scanner c{text_c};
    REQUIRE(c.string(out, scratch));
    CHECK(out == plain + "\xE5\xAE\x89" + plain);
    const std::string text_d = "\"" + plain + "\x01\"";  // a raw control character
    jt::scanner d{text_d};
    CHECK(!d.string(out, scratch));
    const std::string text_e = "\"" + plain + "\xC0\xAF\"";  // an overlong sequence
    jt::scanner e{text_e};
    CHECK(!e.string(out, scratch));
    const std::string text_f = "\"" + plain;  // no closing quote
    jt::scanner f{text_f};
    CHECK(!f.string(out, scratch));
  }
}
