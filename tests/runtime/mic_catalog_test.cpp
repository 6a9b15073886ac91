// Tests of catalogs/mic_telework_v4.hpp against source 002 (テレワークセキュリティ
// ガイドライン 第4版, 総務省). Every expected number below was read off the source
// by hand (its section 2 list, the 基本対策事項 / 推奨対策事項 blocks of section 3,
// 表1, the ＜テレワークトラブル事例と対策一覧＞) and is written here, never computed
// from the catalog. The catalog is constexpr, so nearly everything is a
// STATIC_REQUIRE. With the seeds present, the texts are found in the source
// byte for byte, and the source's list and explanation blocks are parsed at
// test time and compared with the catalog.

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "teleworksec/catalogs/mic_telework_v4.hpp"

namespace {

using namespace std::string_view_literals;
using teleworksec::byod_rule;
using teleworksec::data_on_terminal;
using teleworksec::fact_set;
using teleworksec::role;
namespace mf = teleworksec::catalogs::mic_telework_v4_facts;

constexpr const auto& mic = teleworksec::catalogs::mic_telework_v4_catalog;

// --- expectations read from 002 ----------------------------------------------

// Items per threat group (1–6) for each role, counted in the section 2 list.
constexpr std::array<std::array<std::size_t, 6>, 3> expected_per_group{{
    {5, 0, 0, 0, 0, 0},  // (ア) 経営者: all under 情報セキュリティ保全対策の大枠
    {4, 7, 1, 1, 3, 2},  // (イ) システム管理者: 1–4, 5–11, 12, 13, 14–16, 17–18
    {4, 6, 2, 3, 3, 2},  // (ウ) テレワーク勤務者: 1–4, 5–10, 11–12, 13–15, 16–18, 19–20
}};

// Page references of the list rows, per role in list order.
constexpr std::array<std::uint8_t, 5> executive_pages{22, 25, 27, 29, 30};
constexpr std::array<std::uint8_t, 18> admin_pages{22, 25, 27, 29, 31, 33, 35, 37, 38,
                                                   39, 40, 43, 46, 48, 49, 51, 54, 56};
constexpr std::array<std::uint8_t, 20> worker_pages{22, 25, 27, 29, 31, 33, 35, 37, 38, 40,
                                                    42, 43, 45, 46, 47, 48, 49, 51, 54, 56};

// Items whose explanation has a block addressed to their role (section 3).
constexpr std::array<std::uint8_t, 5> executive_basic{1, 2, 3, 4, 5};
constexpr std::array<std::uint8_t, 10> admin_basic{2, 3, 4, 7, 8, 14, 15, 16, 17, 18};
constexpr std::array<std::uint8_t, 8> worker_basic{3, 4, 5, 7, 8, 10, 13, 14};
constexpr std::array<std::uint8_t, 4> executive_recommended{1, 2, 3, 4};
constexpr std::array<std::uint8_t, 13> admin_recommended{1, 2, 3, 4, 5, 6, 9,
                                                         10, 11, 12, 15, 16, 17};
constexpr std::array<std::uint8_t, 14> worker_recommended{1, 4, 6, 9, 10, 11, 12,
                                                          14, 15, 16, 17, 18, 19, 20};

// ＜テレワークトラブル事例と対策一覧＞: page and number of linked items.
constexpr std::array<std::uint8_t, 14> case_pages{26, 32, 34, 35, 37, 39, 41,
                                                  44, 45, 47, 50, 53, 55, 57};
constexpr std::array<std::uint8_t, 14> case_item_counts{3, 2, 2, 2, 2, 1, 2, 2, 1, 1, 2, 2, 2, 2};

// --- small constexpr helpers ---------------------------------------------------

constexpr std::size_t role_index(role r) { return static_cast<std::size_t>(r); }

constexpr std::size_t count_role(role r) {
  std::size_t n = 0;
  for (const auto& i : mic.items) {
    if (i.role == r) ++n;
  }
  return n;
}

constexpr std::size_t count_role_group(role r, int group) {
  std::size_t n = 0;
  for (const auto& i : mic.items) {
    if (i.role == r && i.group == group) ++n;
  }
  return n;
}

// The item (role, no), or nullptr.
constexpr const teleworksec::self_check_item_def* find_item(role r, int no) {
  for (const auto& i : mic.items) {
    if (i.role == r && i.no == no) return &i;
  }
  return nullptr;
}

// True when the items of role r with the given flag are exactly `nos`.
template <std::size_t N>
constexpr bool flag_is(role r, bool teleworksec::self_check_item_def::*flag,
                       const std::array<std::uint8_t, N>& nos) {
  std::size_t matched = 0;
  for (const auto& i : mic.items) {
    if (i.role != r) continue;
    bool listed = false;
    for (auto no : nos) listed = listed || no == i.no;
    if (listed != (i.*flag)) return false;
    if (listed) ++matched;
  }
  return matched == N;
}

template <std::size_t N>
constexpr bool pages_are(role r, const std::array<std::uint8_t, N>& pages) {
  std::size_t k = 0;
  for (const auto& i : mic.items) {
    if (i.role != r) continue;
    if (k >= N || i.page != pages[k]) return false;
    ++k;
  }
  return k == N;
}

// Index of the first item out of list order (roles executive, admin, worker;
// numbers 1, 2, … within a role; groups never going back), or the size.
constexpr std::size_t first_out_of_order() {
  role r = role::executive;
  int next = 1;
  int group = 1;
  for (std::size_t k = 0; k < mic.items.size(); ++k) {
    const auto& i = mic.items[k];
    if (i.role != r) {
      if (role_index(i.role) != role_index(r) + 1 || i.no != 1) return k;
      r = i.role;
      next = 1;
      group = 1;
    }
    if (i.no != next || i.group < group || i.group > 6) return k;
    ++next;
    group = i.group;
  }
  return mic.items.size();
}

constexpr std::size_t count_flag(bool teleworksec::self_check_item_def::*flag) {
  std::size_t n = 0;
  for (const auto& i : mic.items) {
    if (i.*flag) ++n;
  }
  return n;
}

constexpr std::size_t count_byod(byod_rule b) {
  std::size_t n = 0;
  for (const auto& i : mic.items) {
    if (i.byod == b) ++n;
  }
  return n;
}

constexpr std::size_t count_with_patterns() {
  std::size_t n = 0;
  for (const auto& i : mic.items) {
    if (!i.patterns.empty()) ++n;
  }
  return n;
}

// Index of the first case with a reference to no item, a page before one of
// its items' pages, or a wrong number; the size when there is none.
constexpr std::size_t first_bad_case() {
  for (std::size_t c = 0; c < mic.cases.size(); ++c) {
    const auto& tc = mic.cases[c];
    if (tc.no != c + 1 || tc.item_count == 0 || tc.item_count > tc.items.size()) return c;
    for (std::size_t k = 0; k < tc.item_count; ++k) {
      const auto* item = find_item(tc.items[k].role, tc.items[k].no);
      if (item == nullptr || item->page > tc.page) return c;
    }
  }
  return mic.cases.size();
}

constexpr bool case_links(std::size_t c, std::initializer_list<teleworksec::item_ref> refs) {
  const auto& tc = mic.cases[c];
  if (tc.item_count != refs.size()) return false;
  std::size_t k = 0;
  for (const auto& r : refs) {
    if (tc.items[k].role != r.role || tc.items[k].no != r.no) return false;
    ++k;
  }
  return true;
}

constexpr bool all_ascii(std::string_view s) {
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return !s.empty();
}

}  // namespace

TEST_CASE("mic-telework-v4 has the shape of 002", "[mic][catalog]") {
  STATIC_REQUIRE(mic.id == "mic-telework-v4"sv);
  STATIC_REQUIRE(mic.facts.size() == 7);
  STATIC_REQUIRE(mic.groups.size() == 6);
  STATIC_REQUIRE(mic.patterns.size() == 6);
  STATIC_REQUIRE(mic.items.size() == 43);
  STATIC_REQUIRE(mic.cases.size() == 14);

  // SPEC §2: pattern_1 … pattern_6 and byod, in that order (file format).
  STATIC_REQUIRE(mic.facts[0].id == "pattern_1"sv);
  STATIC_REQUIRE(mic.facts[1].id == "pattern_2"sv);
  STATIC_REQUIRE(mic.facts[2].id == "pattern_3"sv);
  STATIC_REQUIRE(mic.facts[3].id == "pattern_4"sv);
  STATIC_REQUIRE(mic.facts[4].id == "pattern_5"sv);
  STATIC_REQUIRE(mic.facts[5].id == "pattern_6"sv);
  STATIC_REQUIRE(mic.facts[6].id == "byod"sv);
  STATIC_REQUIRE(mf::byod == teleworksec::fact(6));
  STATIC_REQUIRE(mf::pattern_6 == teleworksec::fact(5));
  for (std::size_t p = 0; p < 6; ++p) {
    CAPTURE(p);
    CHECK(mic.facts[p].ja == mic.patterns[p].ja);  // the fact is the pattern's name
  }
}

TEST_CASE("mic-telework-v4 items: 5/18/20 by role, in the six groups", "[mic][catalog]") {
  STATIC_REQUIRE(count_role(role::executive) == 5);
  STATIC_REQUIRE(count_role(role::admin) == 18);
  STATIC_REQUIRE(count_role(role::worker) == 20);
  STATIC_REQUIRE(first_out_of_order() == mic.items.size());
  CHECK(first_out_of_order() == mic.items.size());

  for (const role r : {role::executive, role::admin, role::worker}) {
    for (int g = 1; g <= 6; ++g) {
      CAPTURE(teleworksec::to_string(r), g);
      CHECK(count_role_group(r, g) ==
            expected_per_group[role_index(r)][static_cast<std::size_t>(g - 1)]);
    }
  }
  STATIC_REQUIRE(count_role_group(role::admin, 2) == 7);
  STATIC_REQUIRE(count_role_group(role::worker, 4) == 3);

  STATIC_REQUIRE(pages_are(role::executive, executive_pages));
  STATIC_REQUIRE(pages_are(role::admin, admin_pages));
  STATIC_REQUIRE(pages_are(role::worker, worker_pages));

  for (const auto& i : mic.items) {
    CAPTURE(teleworksec::to_string(i.role), i.no);
    CHECK_FALSE(i.ja.empty());
    CHECK(all_ascii(i.en));
  }
}

TEST_CASE("mic-telework-v4 groups: list and explanation headings", "[mic][catalog]") {
  for (std::size_t g = 0; g < mic.groups.size(); ++g) {
    CAPTURE(g);
    CHECK(mic.groups[g].no == g + 1);
    CHECK(all_ascii(mic.groups[g].en));
  }
  // The two headings differ for groups 2 and 5 only.
  STATIC_REQUIRE(mic.groups[1].ja == "悪意のソフトウェアに対する対策"sv);
  STATIC_REQUIRE(mic.groups[1].explanation_ja == "マルウェアに対する対策"sv);
  STATIC_REQUIRE(mic.groups[4].ja == "不正侵入・踏み台に対する対策"sv);
  STATIC_REQUIRE(mic.groups[4].explanation_ja == "不正アクセスに対する対策"sv);
  STATIC_REQUIRE(mic.groups[0].ja == mic.groups[0].explanation_ja);
  STATIC_REQUIRE(mic.groups[2].ja == mic.groups[2].explanation_ja);
  STATIC_REQUIRE(mic.groups[3].ja == mic.groups[3].explanation_ja);
  STATIC_REQUIRE(mic.groups[5].ja == mic.groups[5].explanation_ja);
}

TEST_CASE("mic-telework-v4 basic and recommended blocks", "[mic][catalog]") {
  using item = teleworksec::self_check_item_def;
  STATIC_REQUIRE(count_flag(&item::basic) == 23);
  STATIC_REQUIRE(count_flag(&item::recommended) == 31);
  STATIC_REQUIRE(flag_is(role::executive, &item::basic, executive_basic));
  STATIC_REQUIRE(flag_is(role::admin, &item::basic, admin_basic));
  STATIC_REQUIRE(flag_is(role::worker, &item::basic, worker_basic));
  STATIC_REQUIRE(flag_is(role::executive, &item::recommended, executive_recommended));
  STATIC_REQUIRE(flag_is(role::admin, &item::recommended, admin_recommended));
  STATIC_REQUIRE(flag_is(role::worker, &item::recommended, worker_recommended));
  // No block at all: admin 13 (only ＜テレワーク勤務者＞ blocks follow it) and
  // worker 2 (only ＜経営者・システム管理者＞ blocks).
  STATIC_REQUIRE(!find_item(role::admin, 13)->basic);
  STATIC_REQUIRE(!find_item(role::admin, 13)->recommended);
  STATIC_REQUIRE(!find_item(role::worker, 2)->basic);
  STATIC_REQUIRE(!find_item(role::worker, 2)->recommended);
}

TEST_CASE("mic-telework-v4 patterns and BYOD", "[mic][catalog]") {
  // 表1, row テレワーク端末に電子データを保存するか？
  STATIC_REQUIRE(mic.patterns[0].data == data_on_terminal::none);
  STATIC_REQUIRE(mic.patterns[1].data == data_on_terminal::none);
  STATIC_REQUIRE(mic.patterns[2].data == data_on_terminal::either);
  STATIC_REQUIRE(mic.patterns[3].data == data_on_terminal::none);
  STATIC_REQUIRE(mic.patterns[4].data == data_on_terminal::none);
  STATIC_REQUIRE(mic.patterns[5].data == data_on_terminal::stored);
  for (std::size_t p = 0; p < 6; ++p) {
    CAPTURE(p);
    CHECK(mic.patterns[p].no == p + 1);
    CHECK(all_ascii(mic.patterns[p].en));
  }

  // Two 【対象】 markers: パターン⑥ under worker 11; ①②⑤⑥ under admin 14 and
  // worker 16 (read as covering both). Every other item: any pattern.
  STATIC_REQUIRE(count_with_patterns() == 3);
  STATIC_REQUIRE(find_item(role::worker, 11)->patterns == mf::pattern_6);
  constexpr fact_set remote = mf::pattern_1 | mf::pattern_2 | mf::pattern_5 | mf::pattern_6;
  STATIC_REQUIRE(find_item(role::admin, 14)->patterns == remote);
  STATIC_REQUIRE(find_item(role::worker, 16)->patterns == remote);
  STATIC_REQUIRE(!find_item(role::admin, 14)->patterns.intersects(mf::pattern_3 | mf::pattern_4));

  // BYOD: admin 9 is about private devices only; worker 6 has its own
  // (私用端末利用の場合) sentence.
  STATIC_REQUIRE(count_byod(byod_rule::byod_only) == 1);
  STATIC_REQUIRE(count_byod(byod_rule::byod_variant) == 1);
  STATIC_REQUIRE(count_byod(byod_rule::any_device) == 41);
  STATIC_REQUIRE(find_item(role::admin, 9)->byod == byod_rule::byod_only);
  STATIC_REQUIRE(find_item(role::worker, 6)->byod == byod_rule::byod_variant);
  for (const auto& i : mic.items) {
    CAPTURE(teleworksec::to_string(i.role), i.no, i.ja);
    CHECK((i.ja.find("私用端末利用の場合") != std::string_view::npos) ==
          (i.byod == byod_rule::byod_variant));
  }
}

TEST_CASE("mic-telework-v4 trouble cases", "[mic][catalog]") {
  STATIC_REQUIRE(first_bad_case() == mic.cases.size());
  CHECK(first_bad_case() == mic.cases.size());
  std::size_t links = 0;
  for (std::size_t c = 0; c < mic.cases.size(); ++c) {
    CAPTURE(c + 1);
    CHECK(mic.cases[c].page == case_pages[c]);
    CHECK(mic.cases[c].item_count == case_item_counts[c]);
    CHECK(all_ascii(mic.cases[c].en));
    links += mic.cases[c].item_count;
  }
  CHECK(links == 26);
  STATIC_REQUIRE(case_links(0, {{role::executive, 2}, {role::admin, 2}, {role::worker, 2}}));
  STATIC_REQUIRE(case_links(5, {{role::admin, 10}}));
  STATIC_REQUIRE(case_links(6, {{role::admin, 11}, {role::worker, 10}}));
  STATIC_REQUIRE(case_links(8, {{role::worker, 13}}));
  STATIC_REQUIRE(case_links(9, {{role::worker, 15}}));
  STATIC_REQUIRE(case_links(13, {{role::admin, 18}, {role::worker, 20}}));
}

#ifdef TELEWORKSEC_SEEDS_DIR

#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "seed_files.hpp"

namespace {

using seed_files::concat;
using seed_files::contains;
using seed_files::lines_of;

std::string read_002() { return seed_files::read_seed("002_8c09d1b49d27eae0.txt"); }

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The text between the first line starting with `from` and the first later
// line starting with `to`.
std::string section(const std::string& text, std::string_view from, std::string_view to) {
  std::string out;
  bool in = false;
  for (const auto& line : lines_of(text)) {
    if (!in && starts_with(line, from)) {
      in = true;
    } else if (in && starts_with(line, to)) {
      break;
    }
    if (in) out += line + "\n";
  }
  return out;
}

// Section 2's list: the rows "n<TAB>text<TAB>pp ページ", with the role heading
// ((ア) 経営者, (イ) システム管理者, (ウ) テレワーク勤務者) and the group heading
// (a line in half- or full-width parentheses) they stand under.
struct list_row {
  role r;
  int no;
  std::string group;
  std::string text;
  int page;
};

std::string strip_parens(const std::string& line) {
  for (const auto& [open, close] : {std::pair{"("sv, ")"sv}, std::pair{"（"sv, "）"sv}}) {
    if (starts_with(line, open) && line.size() > open.size() + close.size() &&
        std::string_view(line).substr(line.size() - close.size()) == close) {
      return line.substr(open.size(), line.size() - open.size() - close.size());
    }
  }
  return {};
}

std::vector<list_row> parse_list(const std::string& list) {
  std::vector<list_row> rows;
  role r = role::executive;
  std::string group;
  for (const auto& line : lines_of(list)) {
    if (contains(line, "経営者が実施すべき対策")) r = role::executive;
    if (contains(line, "システム管理者が実施すべき対策")) r = role::admin;
    if (contains(line, "テレワーク勤務者が実施すべき対策")) r = role::worker;
    if (const auto g = strip_parens(line); !g.empty()) group = g;
    const auto tab = line.find('\t');
    const auto last = line.rfind('\t');
    if (tab == std::string::npos || last == tab || line[0] < '1' || line[0] > '9') continue;
    const std::string page = line.substr(last + 1);
    if (!contains(page, "ページ")) continue;
    rows.push_back({r, std::stoi(line.substr(0, tab)), group, line.substr(tab + 1, last - tab - 1),
                    std::stoi(page)});
  }
  return rows;
}

// Section 3 read item by item: the item rows ("管理者 5<TAB>…", also as
// "<b>管理者 10</b>", "### 勤務者 13" or "**勤務者" + "15**" on two lines),
// the block headings (＜…＞基本対策事項 / 推奨対策事項, also with ASCII <…> and
// bold), the trouble case headings (テレワークトラブル事例と対策〈n〉 or <n>).
// A run of item rows opens an explanation; blocks and cases belong to it.
struct explanation {
  std::vector<std::pair<role, int>> items;
  std::vector<std::pair<role, bool>> blocks;  // role addressed, true = 基本
  std::vector<int> cases;
};

std::string normalized(std::string line) {
  for (std::string_view junk : {"<b>"sv, "</b>"sv, "**"sv, "#"sv}) {
    for (auto at = line.find(junk); at != std::string::npos; at = line.find(junk)) {
      line.erase(at, junk.size());
    }
  }
  const auto begin = line.find_first_not_of(' ');
  const auto end = line.find_last_not_of(' ');
  return begin == std::string::npos ? std::string{} : line.substr(begin, end - begin + 1);
}

bool item_row(const std::string& line, role& r, int& no) {
  static const std::pair<std::string_view, role> names[] = {
      {"経営者 ", role::executive}, {"管理者 ", role::admin}, {"勤務者 ", role::worker}};
  for (const auto& [name, who] : names) {
    if (!starts_with(line, name)) continue;
    const auto digits = line.substr(name.size());
    if (digits.empty() || digits[0] < '0' || digits[0] > '9') return false;
    r = who;
    no = std::stoi(digits);
    return true;
  }
  return false;
}

std::vector<explanation> parse_explanations(const std::string& part3) {
  std::vector<explanation> out;
  const auto lines = lines_of(part3);
  bool in_rows = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string line = normalized(lines[k]);
    if (line.empty() || starts_with(line, "---")) continue;
    if (line == "勤務者" && k + 1 < lines.size()) line += concat(" ", normalized(lines[++k]));
    role r{};
    int no = 0;
    if (item_row(line, r, no)) {
      if (!in_rows) out.emplace_back();
      out.back().items.emplace_back(r, no);
      in_rows = true;
      continue;
    }
    in_rows = false;
    if (out.empty()) continue;
    if (const auto at = line.find("テレワークトラブル事例と対策"); at != std::string::npos) {
      const std::string rest = line.substr(at + "テレワークトラブル事例と対策"sv.size());
      const auto digit = rest.find_first_of("0123456789");
      if (digit != std::string::npos) out.back().cases.push_back(std::stoi(rest.substr(digit)));
      continue;
    }
    const bool basic = contains(line, "基本対策事項");
    if (!basic && !contains(line, "推奨対策事項")) continue;
    if (!starts_with(line, "＜") && !starts_with(line, "<")) continue;
    const std::string who = line.substr(0, line.find("対策事項"));
    if (contains(who, "経営者")) out.back().blocks.emplace_back(role::executive, basic);
    if (contains(who, "システム管理者")) out.back().blocks.emplace_back(role::admin, basic);
    if (contains(who, "テレワーク勤務者")) out.back().blocks.emplace_back(role::worker, basic);
  }
  return out;
}

}  // namespace

TEST_CASE("mic-telework-v4 texts stand verbatim in 002", "[mic][catalog][seeds]") {
  const std::string text = read_002();
  REQUIRE_FALSE(text.empty());
  const std::string list = section(text, "## 2. テレワークセキュリティ対策のポイント",
                                   "### 3. テレワークセキュリティ対策の解説");
  const std::string part3 = section(text, "### 3. テレワークセキュリティ対策の解説", "## 用語集");
  REQUIRE_FALSE(list.empty());
  REQUIRE_FALSE(part3.empty());

  for (const auto& f : mic.facts) {
    CAPTURE(f.id, f.ja);
    CHECK(contains(text, f.ja));
  }
  for (const auto& g : mic.groups) {
    CAPTURE(g.no, g.ja, g.explanation_ja);
    CHECK((contains(list, concat("(", g.ja, ")")) || contains(list, concat("（", g.ja, "）"))));
    CHECK(contains(part3, concat(") ", g.explanation_ja, "\n")));
  }
  for (const auto& i : mic.items) {
    CAPTURE(teleworksec::to_string(i.role), i.no, i.ja);
    CHECK(contains(list, concat("\t", i.ja, "\t")));
  }
  // 表1: each row label, then the six pattern columns.
  const auto lines = lines_of(text);
  auto row_of = [&](std::string_view label) {
    std::vector<std::string> cells;
    for (const auto& line : lines) {
      if (!starts_with(line, std::string(label) + "\t")) continue;
      std::istringstream in(line);
      std::string cell;
      while (std::getline(in, cell, '\t')) cells.push_back(cell);
      break;
    }
    return cells;
  };
  const auto summary = row_of("概要");
  const auto data = row_of("テレワーク端末に電子データを保存するか？");
  const auto same = row_of("オフィスの端末と同じ環境を利用するか？");
  const auto cloud = row_of("クラウドサービスを利用するか？");
  const auto byod = row_of("私用端末の利用(BYOD)との親和性");
  const auto fast = row_of("高速インターネット回線の必要性");
  const auto note = row_of("備考");
  for (const auto* row : {&summary, &data, &same, &cloud, &byod, &fast, &note}) {
    REQUIRE(row->size() == 7);
  }
  for (std::size_t p = 0; p < 6; ++p) {
    const auto& def = mic.patterns[p];
    CAPTURE(def.no, def.ja);
    CHECK(
        (contains(text, concat("\t", def.ja, "\t")) || contains(text, concat("\t", def.ja, "\n"))));
    CHECK(summary[p + 1] == def.summary_ja);
    CHECK(data[p + 1] == def.data_ja);
    CHECK(same[p + 1] == def.same_environment_ja);
    CHECK(cloud[p + 1] == def.cloud_ja);
    CHECK(byod[p + 1] == def.byod_ja);
    CHECK(fast[p + 1] == def.fast_line_ja);
    CHECK(note[p + 1] == def.note_ja);
  }
  // ＜テレワークトラブル事例と対策一覧＞: "n title ..... pp ページ".
  for (const auto& c : mic.cases) {
    CAPTURE(c.no, c.ja);
    const std::string row = std::to_string(c.no) + " " + std::string(c.ja) + " .....\t" +
                            std::to_string(c.page) + " ページ";
    CHECK(contains(text, "\n" + row + "\n"));
  }
}

TEST_CASE("mic-telework-v4 follows 002's list row by row", "[mic][catalog][seeds]") {
  // Independent of the catalog's own counts: the list parsed at test time.
  const std::string text = read_002();
  const auto rows = parse_list(section(text, "## 2. テレワークセキュリティ対策のポイント",
                                       "### 3. テレワークセキュリティ対策の解説"));
  std::array<std::size_t, 3> per_role{};
  for (const auto& row : rows) ++per_role[role_index(row.r)];
  CHECK(per_role[0] == 5);
  CHECK(per_role[1] == 18);
  CHECK(per_role[2] == 20);
  REQUIRE(rows.size() == mic.items.size());
  for (std::size_t k = 0; k < rows.size(); ++k) {
    const auto& row = rows[k];
    const auto& def = mic.items[k];
    CAPTURE(k, row.no, row.text);
    CHECK(def.role == row.r);
    CHECK(def.no == row.no);
    CHECK(def.page == row.page);
    CHECK(def.ja == row.text);
    REQUIRE(def.group >= 1);
    CHECK(mic.groups[def.group - 1u].ja == row.group);
  }
  // Exactly two 【対象】 markers in the whole document.
  std::size_t markers = 0;
  for (auto at = text.find("【対象】"); at != std::string::npos; at = text.find("【対象】", at + 1)) {
    ++markers;
  }
  CHECK(markers == 2);
}

TEST_CASE("mic-telework-v4 blocks and cases follow 002's section 3", "[mic][catalog][seeds]") {
  // Section 3 parsed into explanations: each item's basic / recommended flag
  // is whether a block of its explanation names its role; each case is linked
  // to the items of the explanation it stands in.
  const std::string text = read_002();
  const auto explanations =
      parse_explanations(section(text, "### 3. テレワークセキュリティ対策の解説", "## 用語集"));
  std::map<std::pair<role, int>, std::pair<bool, bool>> flags;
  std::map<int, std::vector<std::pair<role, int>>> case_items;
  for (const auto& e : explanations) {
    for (const auto& it : e.items) {
      auto& f = flags[it];
      for (const auto& [who, basic] : e.blocks) {
        if (who != it.first) continue;
        (basic ? f.first : f.second) = true;
      }
    }
    for (int c : e.cases) case_items[c] = e.items;
  }
  CHECK(flags.size() == 43);
  for (const auto& i : mic.items) {
    CAPTURE(teleworksec::to_string(i.role), i.no);
    const auto found = flags.find({i.role, i.no});
    REQUIRE(found != flags.end());
    CHECK(i.basic == found->second.first);
    CHECK(i.recommended == found->second.second);
  }
  CHECK(case_items.size() == 14);
  for (const auto& c : mic.cases) {
    CAPTURE(c.no);
    const auto& expected = case_items[c.no];
    REQUIRE(expected.size() == c.item_count);
    for (std::size_t k = 0; k < c.item_count; ++k) {
      CHECK(c.items[k].role == expected[k].first);
      CHECK(int{c.items[k].no} == expected[k].second);
    }
  }
}

#else

TEST_CASE("mic-telework-v4 seed texts", "[mic][catalog][seeds]") {
  WARN("seeds not found; text cross-check skipped");
}

#endif
