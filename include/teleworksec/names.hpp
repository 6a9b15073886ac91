#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

// One names table per enum — its file-format id, English and Japanese — that
// feeds to_string(), the JSON reader and the tools' labels, so the names are
// written once. Each enum's header specialises enum_names next to the enum.

namespace teleworksec {

/// The names of one value of an enum.
template <class E>
struct enum_name {
  E value;
  std::string_view id;  ///< as written in files ("yes", "not_applicable")
  std::string_view en;  ///< label in English
  std::string_view ja;  ///< label in Japanese
  /// False for a value files never spell out (it is what leaving a key out
  /// means, e.g. unanswered): the JSON reader does not accept it.
  bool in_files = true;
};

/// The names table of enum E: `static constexpr std::array<enum_name<E>, N> table`,
/// in the order tools list the values.
template <class E>
struct enum_names;

/// An enum with a names table.
template <class E>
concept named_enum = requires { enum_names<E>::table; };

namespace detail {
template <named_enum E>
constexpr const enum_name<E>& names_entry(E e) noexcept {
  for (const auto& n : enum_names<E>::table) {
    if (n.value == e) return n;
  }
  return enum_names<E>::table[0];  // unreachable for a complete table (names_test checks it)
}
}  // namespace detail

/// The file-format id of a value, e.g. "not_applicable".
template <named_enum E>
constexpr std::string_view to_string(E e) noexcept {
  return detail::names_entry(e).id;
}

/// The English label of a value.
template <named_enum E>
constexpr std::string_view name_en(E e) noexcept {
  return detail::names_entry(e).en;
}

/// The Japanese label of a value.
template <named_enum E>
constexpr std::string_view name_ja(E e) noexcept {
  return detail::names_entry(e).ja;
}

/// The value whose file-format id is `id`, among those files may spell out.
template <named_enum E>
constexpr std::optional<E> from_string(std::string_view id) noexcept {
  for (const auto& n : enum_names<E>::table) {
    if (n.in_files && n.id == id) return n.value;
  }
  return std::nullopt;
}

}  // namespace teleworksec
