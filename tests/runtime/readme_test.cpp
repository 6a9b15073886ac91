// The README's rule tables are generated from the catalog data by the same
// generators as `teleworksec rules` (examples/cli/rules_markdown.hpp): this
// test regenerates them and fails when the README drifts from the data.

#include <catch2/catch.hpp>
#include <string>

#include "rules_markdown.hpp"
#include "test_files.hpp"

TEST_CASE("the README's rule tables match the catalog data", "[readme]") {
  namespace md = cli::markdown;
  const auto text = test_files::read_file(TELEWORKSEC_README);
  REQUIRE_FALSE(text.empty());
  for (const auto& table : {md::audit_table(), md::diagnosis_table(), md::level_table(),
                            md::mic_item_table(), md::csaj_statement_table(),
                            md::risk_matrix_table()}) {
    INFO("expected in README.md:\n" << table);
    CHECK(text.find(table) != std::string::npos);
  }
}
