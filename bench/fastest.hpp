#pragma once

#include <algorithm>
#include <vector>

namespace bench {

/// The fastest repetition, besides Google Benchmark's mean and median: on a
/// shared machine other processes only ever add time, so with many short
/// repetitions the minimum is the steadiest estimate of the code's own speed.
/// Register it with ->ComputeStatistics("min", bench::fastest).
inline double fastest(const std::vector<double>& v) {
  return *std::min_element(v.begin(), v.end());
}

}  // namespace bench
