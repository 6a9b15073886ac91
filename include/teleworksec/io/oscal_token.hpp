#pragma once

// Our IDs in OSCAL's token form (TokenDatatype, an XML NCName: a letter or
// "_", then letters, digits, ".", "-", "_"), so that OSCAL controls keep our
// IDs and findings can point at them. "/" becomes "_" and an "_" of the ID
// itself is doubled: coworking-v2/3.4.3 is coworking-v2_3.4.3,
// mic-telework-v4/admin/13 is mic-telework-v4_admin_13. The shipped IDs have
// no "_", so their tokens read back by turning each "_" into "/".

#include <string>
#include <string_view>

namespace teleworksec {

/// The OSCAL token of one of our IDs.
inline std::string oscal_token(std::string_view id) {
  std::string t;
  t.reserve(id.size() + 4);
  for (char c : id) {
    if (c == '/') {
      t += '_';
    } else if (c == '_') {
      t += "__";
    } else {
      t += c;
    }
  }
  return t;
}

/// The ID an OSCAL token stands for: the inverse of oscal_token for IDs whose
/// segments neither start nor end with "_".
inline std::string id_of_oscal_token(std::string_view token) {
  std::string id;
  id.reserve(token.size());
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '_') {
      id += token[i];
    } else if (i + 1 < token.size() && token[i + 1] == '_') {
      id += '_';
      ++i;
    } else {
      id += '/';
    }
  }
  return id;
}

}  // namespace teleworksec
