// Tests of the texts in catalogs/coworking_v2.hpp and catalogs/certification_v2.hpp:
// every Japanese text the catalogs carry as "verbatim" must stand, byte for
// byte, in the source documents. Runs only when the build found them
// (TELEWORKSEC_SEEDS_DIR); the documents are not part of the repository.

#include <catch2/catch.hpp>

#ifdef TELEWORKSEC_SEEDS_DIR

#include <cstddef>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "seed_files.hpp"
#include "teleworksec/catalogs/certification_v2.hpp"
#include "teleworksec/catalogs/coworking_v2.hpp"

namespace {

using seed_files::contains;
using seed_files::lines_of;
using seed_files::read_seed;

constexpr const auto& checklist = teleworksec::catalogs::coworking_v2_checklist;
constexpr const auto& program = teleworksec::catalogs::certification_v2_program;

// The チェックシート of 000: from the line starting "(参考) チェックシート" (the
// table of contents spells it with full-width parentheses) to the end.
std::string checksheet_of(const std::string& text) {
  constexpr std::string_view heading = "\n(参考) チェックシート";
  const auto at = text.find(heading);
  return at == std::string::npos ? std::string{} : text.substr(at + 1);
}

// True when `needle` stands in `text` as a whole table cell: between tabs or
// line ends, as the extraction writes table rows.
bool contains_cell(const std::string& text, std::string_view needle) {
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    const auto end = at + needle.size();
    const bool starts = at == 0 || text[at - 1] == '\t' || text[at - 1] == '\n';
    const bool ends =
        end == text.size() || text[end] == '\t' || text[end] == '\n' || text[end] == '\r';
    if (starts && ends) return true;
  }
  return false;
}

// One row of the チェックシート as printed: a category heading ("1. …"), a
// measure heading ("対策①:…") or a Y/N question in the 基本対策 (one tab before
// Y/N) or 応用対策 (two tabs) column.
struct sheet_row {
  enum kind_t { category, measure, question } kind;
  std::string text;
  bool advanced = false;
};

std::vector<sheet_row> parse_checksheet(const std::string& sheet) {
  std::vector<sheet_row> rows;
  constexpr std::string_view taisaku = "対策";
  for (const auto& line : lines_of(sheet)) {
    const auto tab = line.find('\t');
    const std::string first_cell = line.substr(0, tab);
    if (line.size() > 3 && line[0] >= '1' && line[0] <= '9' && line[1] == '.' && line[2] == ' ') {
      rows.push_back({sheet_row::category, first_cell.substr(3)});
    } else if (line.compare(0, taisaku.size(), taisaku) == 0) {
      // 対策, a circled digit, ':' and sometimes a space, then the measure.
      auto colon = first_cell.find(':');
      if (colon == std::string::npos) continue;
      ++colon;
      if (colon < first_cell.size() && first_cell[colon] == ' ') ++colon;
      rows.push_back({sheet_row::measure, first_cell.substr(colon)});
    } else if (const auto yn = line.find("Y/N");
               yn != std::string::npos && tab != std::string::npos) {
      rows.push_back({sheet_row::question, first_cell, yn - tab == 2});
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("coworking-v2 texts stand verbatim in 000's チェックシート", "[catalog][seeds]") {
  const std::string text = read_seed("000_44d4495b4830869e.txt");
  REQUIRE_FALSE(text.empty());
  const std::string sheet = checksheet_of(text);
  REQUIRE_FALSE(sheet.empty());

  for (const auto& c : checklist.categories) {
    CAPTURE(c.no, c.ja);
    CHECK(contains(sheet, c.ja));
  }
  for (const auto& m : checklist.measures) {
    CAPTURE(m.category, m.no, m.ja);
    CHECK(contains(sheet, m.ja));
  }
  for (std::size_t q = 0; q < checklist.questions.size(); ++q) {
    const auto& def = checklist.questions[q];
    CAPTURE(q, def.category, def.measure, def.ja);
    CHECK(contains(sheet, def.ja));
  }
}

TEST_CASE("coworking-v2 follows the チェックシート row by row", "[catalog][seeds]") {
  // The sheet parsed into its rows must give the catalog's categories,
  // measures and questions in the same order, each question under its own
  // measure, and each measure's tier from the column its Y/N stands in.
  const auto rows = parse_checksheet(checksheet_of(read_seed("000_44d4495b4830869e.txt")));
  std::size_t c = 0;
  std::size_t m = 0;
  std::size_t q = 0;
  for (const auto& row : rows) {
    CAPTURE(row.text);
    switch (row.kind) {
      case sheet_row::category:
        REQUIRE(c < checklist.categories.size());
        CHECK(checklist.categories[c].ja == row.text);
        ++c;
        break;
      case sheet_row::measure:
        REQUIRE(m < checklist.measures.size());
        CHECK(std::size_t{checklist.measures[m].category} == c);
        CHECK(checklist.measures[m].ja == row.text);
        ++m;
        break;
      case sheet_row::question: {
        REQUIRE(q < checklist.questions.size());
        REQUIRE(m > 0);
        const auto& def = checklist.questions[q];
        const auto& measure = checklist.measures[m - 1];
        CAPTURE(q);
        CHECK(def.ja == row.text);
        CHECK(def.category == measure.category);
        CHECK(def.measure == measure.no);
        CHECK((measure.tier == teleworksec::tier::advanced) == row.advanced);
        ++q;
        break;
      }
    }
  }
  CHECK(c == 6);
  CHECK(m == 32);
  CHECK(q == 56);
}

TEST_CASE("certification-v2 texts stand verbatim in 001", "[catalog][seeds]") {
  const std::string text = read_seed("001_b1f38fcd2151534b.txt");
  REQUIRE_FALSE(text.empty());

  // 情報セキュリティ監査：評価一覧, column 確認内容.
  for (const auto& item : program.audit_items) {
    CAPTURE(item.no, item.ja);
    CHECK(contains(text, item.ja));
    CHECK(contains_cell(text, item.ja));
  }
  // 脆弱性診断：評価一覧: the 検査方法 cells and the 調査 cells.
  for (const auto& check : program.checks) {
    CAPTURE(check.no, check.method_ja, check.subject_ja, check.group_ja);
    CHECK(contains(text, check.method_ja));
    CHECK(contains_cell(text, check.method_ja));
    CHECK(contains(text, check.subject_ja));
    CHECK(contains_cell(text, check.subject_ja));
    CHECK(contains_cell(text, check.group_ja));
  }
  // The two grade tables and the 認証レベル table.
  for (const auto& g : program.audit_grades) {
    CAPTURE(g.description_ja);
    CHECK(contains_cell(text, g.description_ja));
  }
  for (const auto& g : program.diagnosis_grades) {
    CAPTURE(g.description_ja);
    CHECK(contains_cell(text, g.description_ja));
  }
  for (const auto& l : program.levels) {
    CAPTURE(l.name_ja, l.description_ja);
    CHECK(contains(text, l.name_ja));
    CHECK(contains_cell(text, l.description_ja));
  }
}

#else

TEST_CASE("seed texts", "[catalog][seeds]") { WARN("seeds not found; text cross-check skipped"); }

#endif
