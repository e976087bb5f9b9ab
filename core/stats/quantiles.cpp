#include "core/stats/quantiles.h"

#include "core/stats/profile.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace mlwb::core {

const std::vector<double>& quantileLevels()
{
    static const std::vector<double> levels{0.05, 0.25, 0.5, 0.75, 0.95};
    return levels;
}

double quantileOfSorted(size_t count, const std::function<double(size_t)>& sortedAt, double level)
{
    assert(count > 0);
    // numpy: virtual index (n - 1) * q, then _lerp(), which interpolates from the nearer end
    // (b - (b - a) * (1 - t) when t >= 0.5) so that results match numpy to the last bit.
    const double index = static_cast<double>(count - 1) * std::clamp(level, 0.0, 1.0);
    const double below = std::floor(index);
    const size_t lo = std::min(static_cast<size_t>(below), count - 1);
    const size_t hi = std::min(lo + 1, count - 1);
    const double t = index - below;
    const double a = sortedAt(lo);
    const double b = sortedAt(hi);
    if (a == b) return a;  // also keeps infinities from turning into NaN
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

}  // namespace mlwb::core
