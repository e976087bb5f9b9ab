#include "core/experiment/search_space.h"

#include "core/base/text.h"
#include "core/data/column.h"
#include "core/eval/shuffle.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>
#include <set>

namespace mlwb::core {

namespace {

using ml::ParamSpec;
using ml::ParamType;

// A stream of deriveSeed() of its own, so that draws never coincide with the folds' shuffles.
constexpr uint64_t kCandidateStream = 0x7475'6e65;  // "tune"

std::string join(const std::vector<std::string>& items, const char* separator)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

// The value's text as the schema reads it back, after checking type and range. The same
// value always gets the same text, so candidates compare by text.
Result<std::string> canonicalValue(const ParamSpec& spec, std::string_view text)
{
    ml::ParamValues values;
    MLWB_RETURN_IF_ERROR(values.set(spec, text));
    switch (spec.type) {
    case ParamType::Int: return std::to_string(values.getInt(spec.name));
    case ParamType::Double: return formatDouble(values.getDouble(spec.name));
    case ParamType::Bool: return std::string(values.getBool(spec.name) ? "true" : "false");
    case ParamType::Choice: return values.getChoice(spec.name);
    case ParamType::IntList: {
        std::vector<std::string> items;
        for (int64_t v : values.getIntList(spec.name)) items.push_back(std::to_string(v));
        return join(items, ",");
    }
    }
    return Status::internal("unknown parameter type");
}

std::string allowedRange(const ParamSpec& spec)
{
    // Whole-number bounds read better written out: [1, 1000000] rather than [1, 1e+06].
    const auto bound = [&](double v, const char* infinite) {
        if (!std::isfinite(v)) return std::string(infinite);
        return spec.type == ParamType::Int ? fmt::format("{:.0f}", v) : formatDouble(v);
    };
    const std::string low = bound(spec.min, "-inf");
    const std::string high = bound(spec.max, "inf");
    return (spec.minExclusive ? "(" : "[") + low + ", " + high + "]";
}

// The parameter's own message, with the allowed range so the user can pick a valid value.
Status withAllowedRange(const Status& status, const ParamSpec& spec, std::string_view rangeText = {})
{
    std::string message = status.message() + trf(" (allowed {})", allowedRange(spec));
    if (!rangeText.empty()) message += trf(" in range {}", quoteForMessage(rangeText));
    return {status.code(), message};
}

Result<ParamRange> parseRange(const ParamSpec& spec, std::string_view text)
{
    const auto parts = splitString(text, ':');
    const bool log = parts.size() == 3 && equalsIgnoreCase(trimmed(parts[2]), "log");
    if (parts.size() != 2 && !log)
        return Status::invalidArgument(trf("parameter \"{}\": range {} must be LOW:HIGH or LOW:HIGH:log, e.g. {}",
                                           spec.name, quoteForMessage(text),
                                           spec.type == ParamType::Int ? "1:50" : "0.001:10:log"));
    ParamRange range;
    range.spec = spec;
    range.isRange = true;
    range.logScale = log;
    // Each bound must itself be a value the parameter accepts.
    for (int i = 0; i < 2; ++i) {
        auto bound = canonicalValue(spec, parts[static_cast<size_t>(i)]);
        if (!bound.isOk()) return withAllowedRange(bound.status(), spec, text);
        (i == 0 ? range.low : range.high) = std::strtod(bound->c_str(), nullptr);
    }
    if (!(range.low < range.high))
        return Status::invalidArgument(
            trf("parameter \"{}\": range {} is empty; LOW must be below HIGH", spec.name, quoteForMessage(text)));
    if (log && range.low <= 0)
        return Status::invalidArgument(
            trf("parameter \"{}\": a log range needs LOW above 0, got {}", spec.name, formatDouble(range.low)));
    return range;
}

Result<ParamRange> parseList(const ParamSpec& spec, std::string_view text)
{
    // Int-list values such as "64,32" hold commas themselves.
    const char separator = spec.type == ParamType::IntList ? ';' : ',';
    ParamRange list;
    list.spec = spec;
    for (const auto& item : splitString(text, separator)) {
        if (trimmed(item).empty())
            return Status::invalidArgument(trf("parameter \"{}\": {} has an empty value; separate values with '{}'",
                                               spec.name, quoteForMessage(text), separator));
        auto value = canonicalValue(spec, item);
        if (!value.isOk()) {
            if (spec.type == ParamType::Int || spec.type == ParamType::Double)
                return withAllowedRange(value.status(), spec);
            return value.status();
        }
        list.values.push_back(std::move(value).value());
    }
    return list;
}

// Uniform in [0, 1) from 53 bits of one draw; std::uniform_real_distribution's output is
// implementation-defined, and the candidates must be the same on every platform.
double unitDraw(std::mt19937_64& engine)
{
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

Result<std::string> drawValue(const ParamRange& range, std::mt19937_64& engine)
{
    if (!range.isRange) return range.values[uniformIndex(engine, range.values.size())];
    if (range.spec.type == ParamType::Int) {
        const auto low = static_cast<int64_t>(range.low);
        const auto high = static_cast<int64_t>(range.high);
        int64_t value = 0;
        if (range.logScale) {
            const double u = unitDraw(engine);
            const double logLow = std::log(range.low);
            value = static_cast<int64_t>(std::floor(std::exp(logLow + u * (std::log(range.high + 1.0) - logLow))));
            value = std::clamp(value, low, high);  // exp() may round past either end
        } else {
            value = low + static_cast<int64_t>(uniformIndex(engine, static_cast<uint64_t>(high - low) + 1));
        }
        return std::to_string(value);
    }
    const double u = unitDraw(engine);
    double value = range.low + u * (range.high - range.low);
    if (range.logScale) {
        const double logLow = std::log(range.low);
        value = std::exp(logLow + u * (std::log(range.high) - logLow));
    }
    // Six significant digits read well in a leaderboard, and what is shown is what is trained.
    return canonicalValue(range.spec, fmt::format("{:.6g}", std::clamp(value, range.low, range.high)));
}

// Number of grid candidates, saturating at limit + 1.
size_t gridSize(const std::vector<ParamRange>& space, size_t limit)
{
    size_t size = 1;
    for (const auto& range : space) {
        size *= range.values.size();
        if (size > limit) return limit + 1;
    }
    return size;
}

std::vector<Candidate> cartesianProduct(const std::vector<ParamRange>& space, size_t size)
{
    std::vector<Candidate> candidates;
    candidates.reserve(size);
    for (size_t index = 0; index < size; ++index) {
        Candidate candidate(space.size());
        size_t rest = index;
        for (size_t p = space.size(); p-- > 0;) {
            const auto& values = space[p].values;
            candidate[p] = space[p].spec.name + "=" + values[rest % values.size()];
            rest /= values.size();
        }
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

}  // namespace

const char* searchModeName(SearchMode mode)
{
    return mode == SearchMode::Grid ? "grid" : "random";
}

Result<std::vector<ParamRange>> parseSearchSpace(const ml::ModelKind& kind, const std::vector<std::string>& entries)
{
    std::vector<ParamRange> space;
    std::set<std::string> seen;
    for (const auto& entry : entries) {
        const size_t eq = entry.find('=');
        if (eq == std::string::npos)
            return Status::invalidArgument(
                trf("search space {}: expected NAME=VALUES, e.g. {}", quoteForMessage(entry),
                    kind.params.empty() ? std::string("alpha=0.1,1,10")
                                        : kind.params.front().name + "=" + kind.params.front().defaultValue));
        const std::string name(trimmed(std::string_view(entry).substr(0, eq)));
        const std::string_view text = trimmed(std::string_view(entry).substr(eq + 1));
        const ParamSpec* spec = nullptr;
        for (const auto& candidate : kind.params)
            if (candidate.name == name) spec = &candidate;
        if (!spec) {
            // The parameter parser words unknown names best (known names, near misses).
            auto parsed = ml::ParamValues::parse(kind.params, {name + "=" + std::string(text)}, kind.name);
            if (!parsed.isOk()) return parsed.status();
            return Status::internal("a parameter missing from the schema parsed");
        }
        if (!seen.insert(name).second)
            return Status::invalidArgument(
                trf("parameter \"{}\" is searched twice; give all its values at once", name));
        if (text.empty())
            return Status::invalidArgument(
                trf("parameter \"{}\": no values to try; give a list such as {}=a,b,c", name, name));
        const bool numeric = spec->type == ParamType::Int || spec->type == ParamType::Double;
        auto range =
            numeric && text.find(':') != std::string_view::npos ? parseRange(*spec, text) : parseList(*spec, text);
        if (!range.isOk()) return range.status();
        space.push_back(std::move(range).value());
    }
    return space;
}

Result<std::vector<Candidate>> gridCandidates(const std::vector<ParamRange>& space, size_t limit)
{
    if (space.empty())
        return Status::invalidArgument(
            tr("The grid is empty: give the values to try of at least one parameter, e.g. n_neighbors=1,5,15."));
    std::vector<std::string> sizes;
    for (const auto& range : space) {
        if (range.isRange)
            return Status::invalidArgument(
                trf("parameter \"{}\": grid search needs a list of values; the range {}:{} is for random search",
                    range.spec.name, formatDouble(range.low), formatDouble(range.high)));
        sizes.push_back(std::to_string(range.values.size()));
    }
    const size_t size = gridSize(space, limit);
    if (size > limit)
        return Status::invalidArgument(
            trf("The grid has more than {} candidates ({} values); try fewer values or a "
                "random search.",
                limit, join(sizes, " x ")));
    return cartesianProduct(space, size);
}

Result<std::vector<Candidate>> randomCandidates(const std::vector<ParamRange>& space, int count, uint64_t seed)
{
    if (space.empty())
        return Status::invalidArgument(
            tr("Random search needs a search space: give the values or range of at least one parameter."));
    if (count < 1 || static_cast<size_t>(count) > kMaxSearchCandidates)
        return Status::invalidArgument(
            trf("Random search draws 1 to {} candidates, got {}.", kMaxSearchCandidates, count));
    bool listsOnly = true;
    for (const auto& range : space) listsOnly = listsOnly && !range.isRange;
    if (listsOnly) {
        const size_t size = gridSize(space, kMaxSearchCandidates);
        if (size <= static_cast<size_t>(count)) return cartesianProduct(space, size);
    }
    std::mt19937_64 engine(deriveSeed(seed, kCandidateStream));
    std::vector<Candidate> candidates;
    std::set<Candidate> seen;
    // Repeats are redrawn; a small integer space can run out before `count`.
    constexpr int kAttemptsPerCandidate = 100;
    for (int attempt = 0; attempt < count * kAttemptsPerCandidate && candidates.size() < size_t(count); ++attempt) {
        Candidate candidate;
        for (const auto& range : space) {
            auto value = drawValue(range, engine);
            if (!value.isOk()) return value.status();
            candidate.push_back(range.spec.name + "=" + *value);
        }
        if (seen.insert(candidate).second) candidates.push_back(std::move(candidate));
    }
    return candidates;
}

}  // namespace mlwb::core
