// Tests of catalogs/csaj_home_2018.hpp: the catalog against source 003 (CSAJ,
// 中小企業でのIT利活用によるテレワーク実現に向けたガイドライン（在宅勤務編）, sections 5–10).
// Every expected number below was counted off the source by hand (tags
// （遵守事項）/（推奨事項）/（許容事項） in sections 5–8, the requirement sentences and
// 規程例 clauses of section 9, the 理解させる headings of section 10, the
// checklist numbers of the 事例紹介 and product tables) and is written here,
// never computed from the catalog. The catalog is constexpr, so nearly
// everything is a STATIC_REQUIRE; helpers return the index of the first
// offending entry (the size when there is none). With the source documents
// present (TELEWORKSEC_SEEDS_DIR) every text is also looked up in the seed.

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/catalogs/csaj_home_2018.hpp"

namespace {

using namespace std::string_view_literals;
using teleworksec::obligation;

constexpr const auto& csaj = teleworksec::catalogs::csaj_home_2018_catalog;

// --- small constexpr helpers --------------------------------------------------

constexpr std::size_t count_level(int group, obligation level) {
  std::size_t n = 0;
  for (const auto& s : csaj.statements) {
    if (csaj.sections[s.section].group == group && s.level == level) ++n;
  }
  return n;
}

constexpr std::size_t count_read(int group, bool read) {
  std::size_t n = 0;
  for (const auto& s : csaj.statements) {
    if (csaj.sections[s.section].group == group && s.level_read == read) ++n;
  }
  return n;
}

constexpr std::size_t count_all(obligation level, bool read) {
  std::size_t n = 0;
  for (const auto& s : csaj.statements) {
    if (s.level == level && s.level_read == read) ++n;
  }
  return n;
}

constexpr std::size_t sections_of_group(int group) {
  std::size_t n = 0;
  for (const auto& s : csaj.sections) {
    if (s.group == group) ++n;
  }
  return n;
}

constexpr std::size_t index_of_section(std::string_view no) {
  for (std::size_t i = 0; i < csaj.sections.size(); ++i) {
    if (csaj.sections[i].no == no) return i;
  }
  return csaj.sections.size();
}

constexpr std::size_t statements_in(std::string_view no) {
  const auto at = index_of_section(no);
  std::size_t n = 0;
  for (const auto& s : csaj.statements) {
    if (std::size_t{s.section} == at) ++n;
  }
  return n;
}

// The statement with ID csaj-home-2018/<section>.<n> (n from 1), or the size.
constexpr std::size_t index_of_statement(std::string_view section, std::size_t n) {
  const auto at = index_of_section(section);
  std::size_t seen = 0;
  for (std::size_t i = 0; i < csaj.statements.size(); ++i) {
    if (std::size_t{csaj.statements[i].section} == at && ++seen == n) return i;
  }
  return csaj.statements.size();
}

// "5.1.1" → its first number.
constexpr int top_of(std::string_view no) {
  int n = 0;
  for (char c : no) {
    if (c == '.') break;
    n = n * 10 + (c - '0');
  }
  return n;
}

// First section whose group does not match its number, or out of order.
constexpr std::size_t first_misplaced_section() {
  for (std::size_t i = 0; i < csaj.sections.size(); ++i) {
    const auto& s = csaj.sections[i];
    if (s.group < 1 || s.group > 6) return i;
    if (csaj.groups[s.group - 1u].section != top_of(s.no)) return i;
    if (i > 0 && s.group < csaj.sections[i - 1].group) return i;
    if (s.no.empty() || s.ja.empty() || s.en.empty()) return i;
  }
  return csaj.sections.size();
}

// First statement that stands out of document order or lacks a text.
constexpr std::size_t first_bad_statement() {
  for (std::size_t i = 0; i < csaj.statements.size(); ++i) {
    const auto& s = csaj.statements[i];
    if (std::size_t{s.section} >= csaj.sections.size()) return i;
    if (i > 0 && s.section < csaj.statements[i - 1].section) return i;
    if (s.ja.empty() || s.en.empty()) return i;
  }
  return csaj.statements.size();
}

// First section that holds no statement.
constexpr std::size_t first_empty_section() {
  for (std::size_t i = 0; i < csaj.sections.size(); ++i) {
    if (statements_in(csaj.sections[i].no) == 0) return i;
  }
  return csaj.sections.size();
}

// Sections 5–8 are tagged (one untagged sentence, 5.2.4.1); 9 and 10 are not.
constexpr std::size_t first_wrongly_read() {
  const auto untagged_sentence = index_of_statement("5.2.4", 1);
  for (std::size_t i = 0; i < csaj.statements.size(); ++i) {
    const auto& s = csaj.statements[i];
    const bool untagged_section = csaj.sections[s.section].group >= 5;
    const bool expected = untagged_section || i == untagged_sentence;
    if (s.level_read != expected) return i;
  }
  return csaj.statements.size();
}

struct checklist_ref {
  std::string_view section;
  std::size_t n;
  std::uint8_t no;
};

// The checklist numbers the document quotes (12 事例紹介 and 15 製品・サービス
// tables), each on the statement(s) it names. Not mapped: 21 (9.3 as a whole)
// and 43 (the label of 46, a misprint by our reading).
constexpr std::array checklist_refs{
    checklist_ref{"5.1.1", 1, 30}, checklist_ref{"5.1.1", 2, 31}, checklist_ref{"5.1.3", 1, 33},
    checklist_ref{"5.1.4", 1, 34}, checklist_ref{"5.1.5", 1, 35}, checklist_ref{"5.1.6", 1, 36},
    checklist_ref{"5.2.4", 1, 45}, checklist_ref{"6.2.1", 1, 4},  checklist_ref{"7.1.1", 1, 10},
    checklist_ref{"7.1.3", 1, 12}, checklist_ref{"7.1.4", 1, 14}, checklist_ref{"7.1.5", 1, 15},
    checklist_ref{"8.2.1", 1, 46}, checklist_ref{"8.2.2", 1, 46}, checklist_ref{"8.3.1", 1, 48},
    checklist_ref{"9.1", 1, 19},   checklist_ref{"9.3.1", 1, 22}, checklist_ref{"9.3.1", 2, 22},
    checklist_ref{"9.3.1", 3, 22}, checklist_ref{"9.3.2", 2, 23}, checklist_ref{"9.3.3", 1, 24},
    checklist_ref{"9.3.3", 2, 24}, checklist_ref{"9.3.4", 1, 25}, checklist_ref{"9.3.4", 2, 25},
    checklist_ref{"9.3.4", 3, 25}, checklist_ref{"9.3.4", 4, 25}, checklist_ref{"9.3.4", 5, 25},
    checklist_ref{"9.3.4", 6, 25}, checklist_ref{"9.3.4", 7, 25}, checklist_ref{"9.3.4", 8, 25},
    checklist_ref{"10.1", 1, 26},
};

// First statement whose checklist number differs from the table above.
constexpr std::size_t first_wrong_checklist_no() {
  std::array<std::uint8_t, csaj.statement_count> expected{};
  for (const auto& ref : checklist_refs) {
    const auto at = index_of_statement(ref.section, ref.n);
    if (at == csaj.statements.size()) return at;
    expected[at] = ref.no;
  }
  for (std::size_t i = 0; i < csaj.statements.size(); ++i) {
    if (csaj.statements[i].checklist_no != expected[i]) return i;
  }
  return csaj.statements.size();
}

}  // namespace

TEST_CASE("csaj-home-2018 has the groups and sections of 003", "[csaj]") {
  STATIC_REQUIRE(csaj.id == "csaj-home-2018"sv);
  STATIC_REQUIRE(csaj.group_count == 6);
  STATIC_REQUIRE(csaj.section_count == 43);
  STATIC_REQUIRE(csaj.statement_count == 86);

  STATIC_REQUIRE(csaj.groups[0].ja == "貸与端末、宅内LAN"sv);
  STATIC_REQUIRE(csaj.groups[1].ja == "Active Directory"sv);
  STATIC_REQUIRE(csaj.groups[2].ja == "VPN・その他通信"sv);
  STATIC_REQUIRE(csaj.groups[3].ja == "ログ"sv);
  STATIC_REQUIRE(csaj.groups[4].ja == "規程"sv);
  STATIC_REQUIRE(csaj.groups[5].ja == "教育"sv);
  for (std::size_t g = 0; g < csaj.groups.size(); ++g) {
    CAPTURE(g);
    CHECK(std::size_t{csaj.groups[g].no} == g + 1);
    CHECK(std::size_t{csaj.groups[g].section} == g + 5);
  }

  // Headings that hold statements: 5.1.1–5.1.9, 5.2.1–5.2.4 | 6.1.1–6.1.4,
  // 6.2.1, 6.3.1–6.3.3 | 7.1.1–7.1.6, 7.2.1, 7.2.2 | 8.1.1, 8.2.1, 8.2.2, 8.3.1 |
  // 9.1, 9.2, 9.3.1–9.3.4 | 10.1–10.4.
  STATIC_REQUIRE(sections_of_group(1) == 13);
  STATIC_REQUIRE(sections_of_group(2) == 8);
  STATIC_REQUIRE(sections_of_group(3) == 8);
  STATIC_REQUIRE(sections_of_group(4) == 4);
  STATIC_REQUIRE(sections_of_group(5) == 6);
  STATIC_REQUIRE(sections_of_group(6) == 4);
  STATIC_REQUIRE(first_misplaced_section() == csaj.sections.size());
  STATIC_REQUIRE(first_empty_section() == csaj.sections.size());
  CHECK(first_misplaced_section() == csaj.sections.size());
  CHECK(first_empty_section() == csaj.sections.size());

  STATIC_REQUIRE(csaj.sections[0].no == "5.1.1"sv);
  STATIC_REQUIRE(csaj.sections[0].ja == "貸与PCのセットアップ"sv);
  STATIC_REQUIRE(index_of_section("9.1") == 33);
  STATIC_REQUIRE(csaj.sections[index_of_section("9.1")].ja == "データの暗号化"sv);
  STATIC_REQUIRE(csaj.sections[index_of_section("6.3.3")].ja ==
                 "AdministrtorアカウントでサーバーへのRDP接続を行わない"sv);  // sic
  STATIC_REQUIRE(csaj.sections[42].no == "10.4"sv);
}

TEST_CASE("csaj-home-2018 statements by group and level", "[csaj]") {
  STATIC_REQUIRE(first_bad_statement() == csaj.statements.size());
  CHECK(first_bad_statement() == csaj.statements.size());

  // 5 貸与端末、宅内LAN: 16 (遵守事項) + the untagged 5.2.4.1, 5 (推奨事項), 2 (許容事項).
  STATIC_REQUIRE(count_level(1, obligation::shall) == 17);
  STATIC_REQUIRE(count_level(1, obligation::should) == 5);
  STATIC_REQUIRE(count_level(1, obligation::may) == 2);
  // 6 Active Directory: 8 (遵守事項), 6 (推奨事項), one of them split 「(推 奨事項)」.
  STATIC_REQUIRE(count_level(2, obligation::shall) == 8);
  STATIC_REQUIRE(count_level(2, obligation::should) == 6);
  STATIC_REQUIRE(count_level(2, obligation::may) == 0);
  // 7 VPN・その他通信: 7 + 1.
  STATIC_REQUIRE(count_level(3, obligation::shall) == 7);
  STATIC_REQUIRE(count_level(3, obligation::should) == 1);
  STATIC_REQUIRE(count_level(3, obligation::may) == 0);
  // 8 ログ: 3 + 1.
  STATIC_REQUIRE(count_level(4, obligation::shall) == 3);
  STATIC_REQUIRE(count_level(4, obligation::should) == 1);
  STATIC_REQUIRE(count_level(4, obligation::may) == 0);
  // 9 規程, read: 9.1 6 (4 shall, 1 should, 1 may), 9.2 10 (7, 3, 0),
  // 9.3.1 3 (2, 0, 1), 9.3.2 3, 9.3.3 2, 9.3.4 8 (all shall).
  STATIC_REQUIRE(count_level(5, obligation::shall) == 26);
  STATIC_REQUIRE(count_level(5, obligation::should) == 4);
  STATIC_REQUIRE(count_level(5, obligation::may) == 2);
  // 10 教育, read: one 〜させる requirement per 10.1–10.4.
  STATIC_REQUIRE(count_level(6, obligation::shall) == 4);
  STATIC_REQUIRE(count_level(6, obligation::should) == 0);
  STATIC_REQUIRE(count_level(6, obligation::may) == 0);

  // Tagged against read levels.
  STATIC_REQUIRE(count_read(1, false) == 23);
  STATIC_REQUIRE(count_read(1, true) == 1);
  STATIC_REQUIRE(count_read(2, false) == 14);
  STATIC_REQUIRE(count_read(3, false) == 8);
  STATIC_REQUIRE(count_read(4, false) == 4);
  STATIC_REQUIRE(count_read(5, true) == 32);
  STATIC_REQUIRE(count_read(6, true) == 4);
  STATIC_REQUIRE(count_all(obligation::shall, false) == 34);
  STATIC_REQUIRE(count_all(obligation::should, false) == 13);
  STATIC_REQUIRE(count_all(obligation::may, false) == 2);
  STATIC_REQUIRE(count_all(obligation::shall, true) == 31);
  STATIC_REQUIRE(count_all(obligation::should, true) == 4);
  STATIC_REQUIRE(count_all(obligation::may, true) == 2);
  STATIC_REQUIRE(first_wrongly_read() == csaj.statements.size());
  CHECK(first_wrongly_read() == csaj.statements.size());

  // Statements per section where there is more than one.
  STATIC_REQUIRE(statements_in("5.1.1") == 2);
  STATIC_REQUIRE(statements_in("5.1.2") == 3);
  STATIC_REQUIRE(statements_in("5.2.3") == 2);
  STATIC_REQUIRE(statements_in("5.2.4") == 4);
  STATIC_REQUIRE(statements_in("6.1.1") == 3);
  STATIC_REQUIRE(statements_in("9.1") == 6);
  STATIC_REQUIRE(statements_in("9.2") == 10);
  STATIC_REQUIRE(statements_in("9.3.4") == 8);
  STATIC_REQUIRE(statements_in("7.1.1") == 1);
}

TEST_CASE("csaj-home-2018 statement IDs follow the source", "[csaj]") {
  // SPEC §2's example: csaj-home-2018/5.2.2.1, the WPA2 statement.
  constexpr auto wpa2 = index_of_statement("5.2.2", 1);
  STATIC_REQUIRE(wpa2 < csaj.statements.size());
  STATIC_REQUIRE(csaj.statements[wpa2].title_ja == "宅内LANで無線LANを使用する際は、WPA2を使用する"sv);
  STATIC_REQUIRE(csaj.statements[wpa2].level == obligation::shall);
  STATIC_REQUIRE(index_of_statement("5.2.2", 2) == csaj.statements.size());

  // 5.1.2.3, the first 許容事項; 6.1.1.3, the second statement of line 701.
  STATIC_REQUIRE(csaj.statements[index_of_statement("5.1.2", 3)].level == obligation::may);
  STATIC_REQUIRE(csaj.statements[index_of_statement("6.1.1", 3)].ja == "NTLMの監査を実施する。"sv);
  STATIC_REQUIRE(csaj.statements[index_of_statement("6.1.1", 3)].level == obligation::should);
  STATIC_REQUIRE(csaj.statements[index_of_statement("6.3.1", 1)].level == obligation::should);
  // Read levels: 9.1.2 「望ましい」, 9.1.6 「使用できる」, 9.3.1.2 「求めることができる」.
  STATIC_REQUIRE(csaj.statements[index_of_statement("9.1", 2)].level == obligation::should);
  STATIC_REQUIRE(csaj.statements[index_of_statement("9.1", 6)].level == obligation::may);
  STATIC_REQUIRE(csaj.statements[index_of_statement("9.3.1", 2)].level == obligation::may);
  STATIC_REQUIRE(csaj.statements[index_of_statement("9.2", 4)].level == obligation::should);
  STATIC_REQUIRE(csaj.statements[index_of_statement("9.2", 7)].level == obligation::shall);
  STATIC_REQUIRE(csaj.statements[index_of_statement("9.2", 7)].title_ja ==
                 "第〇条(クレデンシャルの連絡方法)"sv);
  STATIC_REQUIRE(csaj.statements.back().section == 42);
}

TEST_CASE("csaj-home-2018 checklist numbers", "[csaj]") {
  STATIC_REQUIRE(first_wrong_checklist_no() == csaj.statements.size());
  CHECK(first_wrong_checklist_no() == csaj.statements.size());
  for (const auto& ref : checklist_refs) {
    CAPTURE(ref.section, ref.n, ref.no);
    CHECK(index_of_statement(ref.section, ref.n) < csaj.statements.size());
  }
  // 21 and 43 stay unmapped.
  for (const auto& s : csaj.statements) {
    CHECK(s.checklist_no != 21);
    CHECK(s.checklist_no != 43);
  }
}

#ifdef TELEWORKSEC_SEEDS_DIR

#include <sstream>
#include <string>

#include "seed_files.hpp"

namespace {

using seed_files::concat;
using seed_files::read_seed;

// The text without line breaks: a page break can split a statement (5.2.4.4,
// 6.2.1.1, 6.3.2.1, 7.2.1.1), and the catalog joins the parts; statements of
// several paragraphs (5.2.3.2, 9.1.5) are joined by one "\n".
std::string without_breaks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '\n' && c != '\r') out += c;
  }
  return out;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

std::size_t count_of(const std::string& text, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

constexpr std::string_view tag_of(obligation level) {
  switch (level) {
    case obligation::shall: return "(遵守事項)";
    case obligation::should: return "(推奨事項)";
    case obligation::may: break;
  }
  return "(許容事項)";
}

const std::string& seed003() {
  static const std::string text = read_seed("003_b1ac092379f0f923.txt");
  return text;
}

}  // namespace

TEST_CASE("csaj-home-2018 texts stand verbatim in 003", "[csaj][seeds]") {
  const std::string& text = seed003();
  REQUIRE_FALSE(text.empty());
  const std::string flat = without_breaks(text);

  for (const auto& g : csaj.groups) {
    CAPTURE(g.section, g.ja);
    CHECK(text.find(concat("\n(", g.ja, ")\n")) != std::string::npos);
  }
  for (const auto& s : csaj.sections) {
    CAPTURE(s.no, s.ja);
    // 10.2–10.4 lost their headings in the body; the contents and a product
    // table give them.
    if (top_of(s.no) == 10 && s.no != "10.1") {
      CHECK(text.find(s.ja) != std::string::npos);
    } else {
      CHECK(text.find(concat("\n", s.no, " ", s.ja, "\n")) != std::string::npos);
    }
  }
  for (std::size_t i = 0; i < csaj.statements.size(); ++i) {
    const auto& s = csaj.statements[i];
    CAPTURE(i, csaj.sections[s.section].no, s.title_ja, s.ja);
    CHECK(flat.find(s.title_ja) != std::string::npos);
    CHECK(flat.find(without_breaks(s.ja)) != std::string::npos);
  }
}

TEST_CASE("csaj-home-2018 tagged statements carry their tag in 003", "[csaj][seeds]") {
  const std::string& text = seed003();
  REQUIRE_FALSE(text.empty());
  const std::string flat = without_breaks(text);

  std::size_t tagged = 0;
  for (std::size_t i = 0; i < csaj.statements.size(); ++i) {
    const auto& s = csaj.statements[i];
    if (s.level_read) continue;
    ++tagged;
    CAPTURE(i, csaj.sections[s.section].no, s.ja);
    const std::string ja = without_breaks(s.ja);
    const auto at = flat.find(ja);
    REQUIRE(at != std::string::npos);
    // The tag follows, after at most a space; 6.3.1.1's is split 「(推 奨事項)」.
    const std::string after = without_spaces(flat.substr(at + ja.size(), 40));
    CHECK(after.compare(0, tag_of(s.level).size(), tag_of(s.level)) == 0);
  }
  CHECK(tagged == 49);

  // The tags as printed: 34 (遵守事項), 12 (推奨事項), 2 (許容事項) whole, all in
  // sections 5–8 (§4.7 writes 遵守事項(SHALL…), never "事項)"), and one more
  // (推奨事項) split by a space.
  CHECK(count_of(text, "遵守事項)") == 34);
  CHECK(count_of(text, "推奨事項)") == 12);
  CHECK(count_of(text, "許容事項)") == 2);
  CHECK(count_of(text, "(推 奨事項)") == 1);
  const std::string squeezed = without_spaces(text);
  CHECK(count_of(squeezed, "(遵守事項)") == count_all(obligation::shall, false));
  CHECK(count_of(squeezed, "(推奨事項)") == count_all(obligation::should, false));
  CHECK(count_of(squeezed, "(許容事項)") == count_all(obligation::may, false));
}

#else

TEST_CASE("csaj-home-2018 seed texts", "[csaj][seeds]") {
  WARN("seeds not found; text cross-check skipped");
}

#endif
