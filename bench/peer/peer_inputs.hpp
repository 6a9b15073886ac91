#pragma once

// The inputs of the peer comparison (issue 7, item 4): the exporter writes
// them for json-rules-engine, and the peer_replay benchmark regenerates them
// with the same seed, so both sides rate exactly the same assessments.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "random_assessments.hpp"

namespace bench::peer {

inline constexpr std::size_t assessment_count = 10'000;
inline constexpr std::uint64_t seed = 20'260'401;

inline std::vector<bench::certification> assessments() {
  return bench::random_assessments<bench::certification>(assessment_count, seed);
}

}  // namespace bench::peer
