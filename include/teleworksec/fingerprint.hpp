#pragma once

#include <cstdint>

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/detail/fnv1a.hpp"

namespace teleworksec {

/// A hash of everything that decides a score: the catalog's id and content
/// (texts included, as its kind hashes it), the rules' version and their
/// tabulated decisions, and the library's fingerprint format. Two tools that
/// print the same fingerprint scored with the same rules.
template <catalog Catalog, class Rules = typename Catalog::default_rules>
constexpr std::uint64_t fingerprint() noexcept {
  detail::fnv1a h;
  h.text("teleworksec/fingerprint/1");
  h.text(Catalog::id);
  kind_traits<Catalog::kind>::template hash_content<Catalog>(h);
  h.text(Rules::version);
  rule_tables_v<Catalog::kind, Rules>.hash_into(h);
  return h.value();
}

/// The fingerprint as a variable, computed once at compile time.
template <catalog Catalog, class Rules = typename Catalog::default_rules>
inline constexpr std::uint64_t fingerprint_v = fingerprint<Catalog, Rules>();

}  // namespace teleworksec
