#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "teleworksec/checklist.hpp"
#include "teleworksec/catalog_kind.hpp"

// The stable string IDs of SPEC §2, built and parsed at compile time or run
// time without allocation. IDs are part of the public interface; a golden list
// in the tests guards them.

namespace teleworksec {

/// A short ID held by value (IDs are at most a few dozen characters).
class id_string {
 public:
  static constexpr std::size_t capacity = 48;

  constexpr id_string() noexcept = default;
  constexpr id_string& operator+=(std::string_view s) noexcept {
    for (char c : s) {
      if (size_ < capacity) chars_[size_++] = c;
    }
    return *this;
  }
  constexpr id_string& operator+=(std::size_t n) noexcept {
    char digits[20]{};
    std::size_t count = 0;
    do {
      digits[count++] = static_cast<char>('0' + n % 10);
      n /= 10;
    } while (n != 0);
    while (count != 0) *this += std::string_view{&digits[--count], 1};
    return *this;
  }
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_.data(), size_}; }
  friend constexpr bool operator==(const id_string& a, std::string_view b) noexcept {
    return a.view() == b;
  }

 private:
  std::array<char, capacity> chars_{};
  std::size_t size_ = 0;
};

/// `<checklist>/<category>.<measure>.<n>` of question q, e.g. "coworking-v2/3.4.3".
template <class Catalog>
constexpr id_string question_id(Catalog, std::size_t q) noexcept {
  const auto& s = Catalog::checklist_scoring;
  const auto m = s.question_measure[q];
  id_string id;
  id += Catalog::checklist.id;
  id += "/";
  id += std::size_t{s.measure_category[m]} + 1;
  id += ".";
  id += std::size_t{s.position_in_category[m]} + 1;
  id += ".";
  id += std::size_t{s.position_in_measure[q]} + 1;
  return id;
}

/// `<checklist>/<category>.<measure>` of measure m, e.g. "coworking-v2/3.8".
template <class Catalog>
constexpr id_string measure_id(Catalog, std::size_t m) noexcept {
  const auto& s = Catalog::checklist_scoring;
  id_string id;
  id += Catalog::checklist.id;
  id += "/";
  id += std::size_t{s.measure_category[m]} + 1;
  id += ".";
  id += std::size_t{s.position_in_category[m]} + 1;
  return id;
}

/// `certification-v2/audit/<no>` of the audit item of measure m.
template <class Catalog>
constexpr id_string audit_item_id(Catalog, std::size_t m) noexcept {
  id_string id;
  id += Catalog::program_catalog::id;
  id += "/audit/";
  id += m + 1;
  return id;
}

/// `certification-v2/vuln/<no>` of check k.
template <class Catalog>
constexpr id_string check_id(Catalog, std::size_t k) noexcept {
  id_string id;
  id += Catalog::program_catalog::id;
  id += "/vuln/";
  id += k + 1;
  return id;
}

/// `mic-telework-v4/<role>/<no>` of item i of a self-check catalog.
template <catalog_of_kind<catalog_kind::self_check> Catalog>
constexpr id_string item_id(Catalog, std::size_t i) noexcept {
  const auto& item = Catalog::catalog.items[i];
  id_string id;
  id += Catalog::id;
  id += "/";
  id += Catalog::catalog.roles[item.role].id;
  id += "/";
  id += std::size_t{item.no};
  return id;
}

/// `csaj-home-2018/<section>.<n>` of statement i of a policy catalog, n its
/// position in the section.
template <catalog_of_kind<catalog_kind::policy> Catalog>
constexpr id_string item_id(Catalog, std::size_t i) noexcept {
  const auto& c = Catalog::catalog;
  const auto section = c.statements[i].section;
  std::size_t n = 0;
  for (std::size_t k = 0; k <= i; ++k) n += c.statements[k].section == section ? 1U : 0U;
  id_string id;
  id += Catalog::id;
  id += "/";
  id += c.sections[section].no;
  id += ".";
  id += n;
  return id;
}

/// `coworking-user/<group>.<n>` of measure i of a risk catalog.
template <catalog_of_kind<catalog_kind::risk> Catalog>
constexpr id_string item_id(Catalog, std::size_t i) noexcept {
  const auto& measure = Catalog::catalog.measures[i];
  id_string id;
  id += Catalog::id;
  id += "/";
  id += std::size_t{measure.group};
  id += ".";
  id += std::size_t{measure.no};
  return id;
}

/// The ID of answerable item i (0 ≤ i < Catalog::item_count) of a
/// certification catalog: its question.
template <catalog_of_kind<catalog_kind::certification> Catalog>
constexpr id_string answer_id(Catalog c, std::size_t i) noexcept {
  return question_id(c, i);
}

/// The ID of answerable item i of any other catalog: its item, statement or measure.
template <catalog Catalog>
  requires(Catalog::kind != catalog_kind::certification)
constexpr id_string answer_id(Catalog c, std::size_t i) noexcept {
  return item_id(c, i);
}

/// `coworking-user/risk/<group>.<n>` of risk r.
template <class Catalog>
constexpr id_string risk_id(Catalog, std::size_t r) noexcept {
  const auto& risk = Catalog::catalog.risks[r];
  id_string id;
  id += Catalog::id;
  id += "/risk/";
  id += std::size_t{risk.group};
  id += ".";
  id += std::size_t{risk.no};
  return id;
}

namespace detail {
template <std::size_t N, class Make>
constexpr std::optional<std::size_t> find_id(std::string_view id, Make make) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (make(i) == id) return i;
  }
  return std::nullopt;
}

// The ID with "<catalog>/" prepended when it was given without it.
constexpr id_string qualified(std::string_view catalog, std::string_view id) noexcept {
  id_string full;
  if (id.size() <= catalog.size() || id.substr(0, catalog.size()) != catalog ||
      id[catalog.size()] != '/') {
    full += catalog;
    full += "/";
  }
  full += id;
  return full;
}
}  // namespace detail

/// The index of the question with this ID (full, or without the catalog prefix).
template <class Catalog>
constexpr std::optional<std::size_t> find_question(Catalog c, std::string_view id) noexcept {
  const auto full = detail::qualified(Catalog::checklist.id, id);
  return detail::find_id<Catalog::checklist.question_count>(
      full.view(), [&](std::size_t q) { return question_id(c, q); });
}

/// The index of the measure with this ID (full, or without the catalog prefix).
template <class Catalog>
constexpr std::optional<std::size_t> find_measure(Catalog c, std::string_view id) noexcept {
  const auto full = detail::qualified(Catalog::checklist.id, id);
  return detail::find_id<Catalog::checklist.measure_count>(
      full.view(), [&](std::size_t m) { return measure_id(c, m); });
}

/// The index of the answerable item with this ID (full, or without the
/// catalog's prefix: the checklist's for a certification catalog).
template <catalog Catalog>
  requires(Catalog::item_count > 0)
constexpr std::optional<std::size_t> find_answer(Catalog c, std::string_view id) noexcept {
  // The prefix answer IDs carry: the checklist's id for certification-v2.
  const auto first = answer_id(c, 0);
  const auto full = detail::qualified(first.view().substr(0, first.view().find('/')), id);
  return detail::find_id<Catalog::item_count>(full.view(),
                                              [&](std::size_t i) { return answer_id(c, i); });
}

/// The index of the risk with this ID (full, or without the catalog prefix).
template <class Catalog>
constexpr std::optional<std::size_t> find_risk(Catalog c, std::string_view id) noexcept {
  const auto full = detail::qualified(Catalog::id, id);
  return detail::find_id<Catalog::catalog.risk_count>(full.view(),
                                                      [&](std::size_t r) { return risk_id(c, r); });
}

/// The index of the fact with this file-format id, e.g. "wifi" or "byod".
template <catalog Catalog>
constexpr std::optional<std::size_t> find_fact(Catalog, std::string_view id) noexcept {
  const auto& facts = Catalog::facts;
  for (std::size_t f = 0; f < facts.size(); ++f) {
    if (facts[f].id == id) return f;
  }
  return std::nullopt;
}

/// The measure index of the audit item with this ID.
template <class Catalog>
constexpr std::optional<std::size_t> find_audit_item(Catalog c, std::string_view id) noexcept {
  return detail::find_id<Catalog::checklist.measure_count>(
      id, [&](std::size_t m) { return audit_item_id(c, m); });
}

/// The index of the diagnosis check with this ID.
template <class Catalog>
constexpr std::optional<std::size_t> find_check(Catalog c, std::string_view id) noexcept {
  return detail::find_id<Catalog::program_catalog::program.check_count>(
      id, [&](std::size_t k) { return check_id(c, k); });
}

}  // namespace teleworksec
