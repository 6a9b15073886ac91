#pragma once

/// Library version; the rules version each catalog hashes into its fingerprint is separate.
#define TELEWORKSEC_VERSION_MAJOR 0
#define TELEWORKSEC_VERSION_MINOR 1
#define TELEWORKSEC_VERSION_PATCH 0
/// MAJOR * 10000 + MINOR * 100 + PATCH, for preprocessor comparisons.
#define TELEWORKSEC_VERSION \
  (TELEWORKSEC_VERSION_MAJOR * 10000 + TELEWORKSEC_VERSION_MINOR * 100 + TELEWORKSEC_VERSION_PATCH)

namespace teleworksec {
/// The library version as text, e.g. for `--version`.
inline constexpr const char* version_string = "0.1.0";
}  // namespace teleworksec
