#pragma once

// The IDs of a catalog in tables built at compile time, sorted, so that the
// JSON layer finds the entry an ID names by binary search rather than by
// building every candidate ID (find_question() and its siblings in ids.hpp,
// which the engine's constexpr callers keep using). A lookup here is an exact
// match of the full ID: the JSON files always carry the catalog's prefix.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "teleworksec/ids.hpp"
#include "teleworksec/io/json_text.hpp"

namespace teleworksec::detail {

/// N IDs by position, and their positions in byte order of the IDs.
template <std::size_t N>
struct id_table {
  std::array<id_string, N> ids{};
  std::array<std::uint16_t, N> sorted{};

  /// The position of `id`, or nothing.
  [[nodiscard]] constexpr std::optional<std::size_t> find(std::string_view id) const noexcept {
    std::size_t rank = 0;
    return find(id, rank);
  }

  /// The same, starting with a guess: `rank` is the sorted rank of the
  /// previous ID found, and the next one in sorted order is tried first (IDs
  /// in files usually come sorted). Updates `rank`.
  [[nodiscard]] constexpr std::optional<std::size_t> find(std::string_view id,
                                                          std::size_t& rank) const noexcept {
    if constexpr (N != 0) {
      const std::size_t next = rank + 1 < N ? rank + 1 : 0;
      if (ids[sorted[next]].view() == id) {
        rank = next;
        return sorted[next];
      }
    }
    std::size_t lo = 0;
    std::size_t hi = N;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      const auto candidate = ids[sorted[mid]].view();
      if (candidate == id) {
        rank = mid;
        return sorted[mid];
      }
      if (candidate < id) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return std::nullopt;
  }
};

template <std::size_t N, class Make>
constexpr id_table<N> make_id_table(Make make) {
  id_table<N> t;
  for (std::size_t i = 0; i < N; ++i) t.ids[i] = make(i);
  t.sorted = json_text::sorted_positions<N>([&](std::size_t i) { return t.ids[i]; });
  return t;
}

/// The answer IDs of a catalog: its questions (certification kind) or items.
template <class Catalog>
inline constexpr auto answer_ids = make_id_table<Catalog::item_count>(
    [](std::size_t i) { return answer_id(Catalog{}, i); });

/// The diagnosis check IDs of a certification catalog with a diagnosis.
template <class Catalog>
inline constexpr auto check_ids = make_id_table<Catalog::check_count>(
    [](std::size_t k) { return check_id(Catalog{}, k); });

}  // namespace teleworksec::detail
