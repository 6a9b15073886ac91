// utf8.hpp: which bytes are well-formed UTF-8 (RFC 3629, table 3-7 of the
// Unicode standard), at compile time and at run time.

#include <catch2/catch.hpp>

#include <string_view>

#include "teleworksec/io/utf8.hpp"

namespace {

using teleworksec::detail::first_ill_formed_utf8;
using teleworksec::detail::well_formed_utf8_length;
constexpr auto none = std::string_view::npos;

}  // namespace

TEST_CASE("utf8.well_formed_utf8_length") {
  // One case per row of the table: the first and last sequence of each range.
  STATIC_REQUIRE(well_formed_utf8_length("a", 0) == 1);
  STATIC_REQUIRE(well_formed_utf8_length("\x7F", 0) == 1);
  STATIC_REQUIRE(well_formed_utf8_length("\xC2\x80", 0) == 2);          // U+0080
  STATIC_REQUIRE(well_formed_utf8_length("\xDF\xBF", 0) == 2);          // U+07FF
  STATIC_REQUIRE(well_formed_utf8_length("\xE0\xA0\x80", 0) == 3);      // U+0800
  STATIC_REQUIRE(well_formed_utf8_length("\xE5\xAE\x89", 0) == 3);      // 安
  STATIC_REQUIRE(well_formed_utf8_length("\xED\x9F\xBF", 0) == 3);      // U+D7FF
  STATIC_REQUIRE(well_formed_utf8_length("\xEE\x80\x80", 0) == 3);      // U+E000
  STATIC_REQUIRE(well_formed_utf8_length("\xF0\x90\x80\x80", 0) == 4);  // U+10000
  STATIC_REQUIRE(well_formed_utf8_length("\xF4\x8F\xBF\xBF", 0) == 4);  // U+10FFFF
  // Ill-formed: stray continuation, overlong forms, surrogates, above U+10FFFF, cut.
  STATIC_REQUIRE(well_formed_utf8_length("\x85", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xC0\xAF", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xC1\xBF", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xE0\x9F\xBF", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xED\xA0\x80", 0) == 0);      // U+D800
  STATIC_REQUIRE(well_formed_utf8_length("\xF0\x8F\xBF\xBF", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xF4\x90\x80\x80", 0) == 0);  // U+110000
  STATIC_REQUIRE(well_formed_utf8_length("\xF5\x80\x80\x80", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xE5\xAE", 0) == 0);
  STATIC_REQUIRE(well_formed_utf8_length("\xE5\xAE" "a", 0) == 0);
  // The same at run time, from a string the compiler cannot see through.
  const std::string_view runtime_cases[] = {"\xE5\xAE\x89", "\xED\xA0\x80", "\xF4\x8F\xBF\xBF", "\xC0\xAF"};
  const std::size_t expected[] = {3, 0, 4, 0};
  for (std::size_t k = 0; k < 4; ++k) CHECK(well_formed_utf8_length(runtime_cases[k], 0) == expected[k]);
}

TEST_CASE("utf8.first_ill_formed_utf8") {
  STATIC_REQUIRE(first_ill_formed_utf8("") == none);
  STATIC_REQUIRE(first_ill_formed_utf8("caf\xC3\xA9 \xE5\xAE\x89\xE5\x85\xA8") == none);
  STATIC_REQUIRE(first_ill_formed_utf8("caf\xE9.example.jp") == 3);  // Latin-1 é
  STATIC_REQUIRE(first_ill_formed_utf8("127.0.0.\x85" "1") == 8);
  STATIC_REQUIRE(first_ill_formed_utf8("ok\xE5\xAE") == 2);          // cut at the end
  const std::string latin1 = "host caf\xE9";
  CHECK(first_ill_formed_utf8(latin1) == 8);
  CHECK(first_ill_formed_utf8(latin1.substr(0, 8)) == none);
}
