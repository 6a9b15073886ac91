#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "teleworksec/catalog_kind.hpp"

namespace teleworksec {

/// A list of catalog tags, e.g. catalogs::all: what a tool (the JSON reader,
/// the CLI, the C API) accepts by id. A tool with catalogs of its own names a
/// list of its own.
template <catalog... Catalogs>
struct catalog_list {
  static constexpr std::size_t size = sizeof...(Catalogs);
  /// The ids, in list order.
  static constexpr std::array<std::string_view, size> ids{Catalogs::id...};

  /// Calls f(catalog tag) with the catalog named `id`; false when the list has
  /// none of that id. f's result, if any, is ignored: capture what you need.
  template <class F>
  static constexpr bool visit([[maybe_unused]] std::string_view id, [[maybe_unused]] F&& f) {
    return ((Catalogs::id == id ? (f(Catalogs{}), true) : false) || ...);
  }

  /// Calls f(catalog tag) with every catalog, in list order.
  template <class F>
  static constexpr void for_each([[maybe_unused]] F&& f) {
    (f(Catalogs{}), ...);
  }

  /// True when the list has a catalog with this id.
  static constexpr bool contains([[maybe_unused]] std::string_view id) noexcept {
    return ((Catalogs::id == id) || ...);
  }
};

}  // namespace teleworksec
