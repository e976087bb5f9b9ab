// Search space of a hyperparameter search: the values each parameter may take ("NAME=v1,v2"
// lists, or "NAME=lo:hi[:log]" ranges for random search) checked against the model kind's
// schema, and the candidates a grid or random search makes of it. Used by runSearch,
// `mlwb-cli tune` and the Tune panel.
#pragma once

#include "core/base/status.h"
#include "core/ml/params.h"
#include "core/ml/registry.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mlwb::core {

enum class SearchMode { Grid, Random };

const char* searchModeName(SearchMode mode);  // "grid", "random"

// A grid larger than this is refused (it would run for days); random search draws at most
// this many candidates too.
inline constexpr size_t kMaxSearchCandidates = 10'000;

// The values one parameter takes. A list holds each value's canonical text ("C=1e-1" is
// "0.1", "weights=Distance" is "distance"); a range is numeric and only for random search.
struct ParamRange {
    ml::ParamSpec spec;
    std::vector<std::string> values;  // a list (when !isRange)
    bool isRange = false;
    double low = 0;
    double high = 0;
    bool logScale = false;
};

// Parses "NAME=VALUES" entries against the kind's schema. VALUES is a comma-separated list
// (semicolon-separated for int-list parameters such as layer sizes, whose values contain
// commas) or, for int and double parameters, LOW:HIGH or LOW:HIGH:log. Every value and bound
// is checked against the schema; messages name the parameter and its allowed range.
Result<std::vector<ParamRange>> parseSearchSpace(const ml::ModelKind& kind, const std::vector<std::string>& entries);

// One candidate: "NAME=VALUE" for every searched parameter, in the order of the space.
using Candidate = std::vector<std::string>;

// The Cartesian product of the lists, the last parameter varying fastest. Refuses ranges,
// an empty space and grids of more than `limit` candidates.
Result<std::vector<Candidate>> gridCandidates(const std::vector<ParamRange>& space,
                                              size_t limit = kMaxSearchCandidates);

// `count` distinct candidates drawn from one generator seeded by `seed`: a list value
// uniformly, a double range uniformly (log-uniformly with :log) and kept to 6 significant
// digits, an int range uniformly over its whole numbers (with :log, log-uniform on
// [LOW, HIGH + 1) rounded down). When the space has fewer distinct candidates than `count`
// (lists only), each is returned once, in grid order.
Result<std::vector<Candidate>> randomCandidates(const std::vector<ParamRange>& space, int count, uint64_t seed);

}  // namespace mlwb::core
