#include "core/ml/params.h"

#include "core/base/text.h"
#include "core/data/column.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>

namespace mlwb::core::ml {

namespace {

std::string joinNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

// Levenshtein distance, to suggest "max_depth" for "maxdepth".
size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool parseInt(std::string_view text, int64_t& out)
{
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size() && !text.empty();
}

bool parseDouble(std::string_view text, double& out)
{
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size() && !text.empty() && std::isfinite(out);
}

Status checkRange(const ParamSpec& spec, double value, std::string_view text)
{
    if (spec.minExclusive ? value <= spec.min : value < spec.min) {
        if (spec.minExclusive)
            return Status::invalidArgument(
                trf("parameter \"{}\": {} must be greater than {}", spec.name, text, formatDouble(spec.min)));
        return Status::invalidArgument(
            trf("parameter \"{}\": {} is below the minimum {}", spec.name, text, formatDouble(spec.min)));
    }
    if (value > spec.max)
        return Status::invalidArgument(
            trf("parameter \"{}\": {} is above the maximum {}", spec.name, text, formatDouble(spec.max)));
    return Status::ok();
}

}  // namespace

const char* paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::Int: return "int";
    case ParamType::Double: return "double";
    case ParamType::Bool: return "bool";
    case ParamType::Choice: return "choice";
    case ParamType::IntList: return "int list";
    }
    return "?";
}

ParamSpec ParamSpec::intParam(std::string name, int64_t defaultValue, double min, double max, std::string help)
{
    return {std::move(name), ParamType::Int, min, max, false, std::to_string(defaultValue), {}, std::move(help)};
}

ParamSpec ParamSpec::doubleParam(std::string name, double defaultValue, double min, double max, std::string help,
                                 bool minExclusive)
{
    return {std::move(name), ParamType::Double,          min, max,
            minExclusive,    formatDouble(defaultValue), {},  std::move(help)};
}

ParamSpec ParamSpec::boolParam(std::string name, bool defaultValue, std::string help)
{
    return {std::move(name), ParamType::Bool, 0, 1, false, defaultValue ? "true" : "false", {}, std::move(help)};
}

ParamSpec ParamSpec::choiceParam(std::string name, std::string defaultValue, std::vector<std::string> choices,
                                 std::string help)
{
    return {std::move(name),    ParamType::Choice, 0, 0, false, std::move(defaultValue),
            std::move(choices), std::move(help)};
}

ParamSpec ParamSpec::intListParam(std::string name, std::string defaultValue, double min, double max, std::string help)
{
    return {std::move(name), ParamType::IntList, min, max, false, std::move(defaultValue), {}, std::move(help)};
}

ParamValues ParamValues::defaults(const std::vector<ParamSpec>& specs)
{
    ParamValues values;
    for (const auto& spec : specs) {
        [[maybe_unused]] const Status status = values.set(spec, spec.defaultValue);
        assert(status.isOk() && "a parameter default does not pass its own schema");
        values.m_explicit[spec.name] = false;
    }
    return values;
}

Result<ParamValues> ParamValues::parse(const std::vector<ParamSpec>& specs, const std::vector<std::string>& assignments,
                                       std::string_view modelKind)
{
    ParamValues values = defaults(specs);
    for (const auto& assignment : assignments) {
        const size_t eq = assignment.find('=');
        if (eq == std::string::npos)
            return Status::invalidArgument(
                trf("parameter {}: expected NAME=VALUE, e.g. {}={}", quoteForMessage(assignment),
                    specs.empty() ? "alpha" : specs.front().name, specs.empty() ? "1" : specs.front().defaultValue));
        const std::string name(trimmed(std::string_view(assignment).substr(0, eq)));
        const std::string_view text = trimmed(std::string_view(assignment).substr(eq + 1));
        const ParamSpec* spec = nullptr;
        for (const auto& candidate : specs) {
            if (candidate.name == name) spec = &candidate;
        }
        if (!spec) {
            std::vector<std::string> known;
            std::string closest;
            size_t closestDistance = 3;  // suggest only near misses
            for (const auto& candidate : specs) {
                known.push_back(candidate.name);
                const size_t d = editDistance(toLower(name), candidate.name);
                if (d < closestDistance) {
                    closestDistance = d;
                    closest = candidate.name;
                }
            }
            if (known.empty())
                return Status::invalidArgument(
                    trf("unknown parameter \"{}\" for model \"{}\"; it takes no parameters", name, modelKind));
            if (!closest.empty())
                return Status::invalidArgument(
                    trf("unknown parameter \"{}\" for model \"{}\" (did you mean \"{}\"?); "
                        "known: {}",
                        name, modelKind, closest, joinNames(known)));
            return Status::invalidArgument(
                trf("unknown parameter \"{}\" for model \"{}\"; known: {}", name, modelKind, joinNames(known)));
        }
        if (values.isExplicit(name))
            return Status::invalidArgument(trf("parameter \"{}\" is given twice; give it once", name));
        MLWB_RETURN_IF_ERROR(values.set(*spec, text));
        values.m_explicit[name] = true;
    }
    return values;
}

Status ParamValues::set(const ParamSpec& spec, std::string_view text)
{
    text = trimmed(text);
    ParamValue value;
    switch (spec.type) {
    case ParamType::Int: {
        int64_t v = 0;
        if (!parseInt(text, v))
            return Status::invalidArgument(
                trf("parameter \"{}\": {} is not a whole number", spec.name, quoteForMessage(text)));
        MLWB_RETURN_IF_ERROR(checkRange(spec, static_cast<double>(v), text));
        value = v;
        break;
    }
    case ParamType::Double: {
        double v = 0;
        if (!parseDouble(text, v))
            return Status::invalidArgument(
                trf("parameter \"{}\": {} is not a number", spec.name, quoteForMessage(text)));
        MLWB_RETURN_IF_ERROR(checkRange(spec, v, text));
        value = v;
        break;
    }
    case ParamType::Bool: {
        const std::string lower = toLower(text);
        if (lower == "true" || lower == "1" || lower == "yes" || lower == "on")
            value = true;
        else if (lower == "false" || lower == "0" || lower == "no" || lower == "off")
            value = false;
        else
            return Status::invalidArgument(
                trf("parameter \"{}\": {} is not true or false", spec.name, quoteForMessage(text)));
        break;
    }
    case ParamType::Choice: {
        const std::string* match = nullptr;
        for (const auto& choice : spec.choices) {
            if (equalsIgnoreCase(choice, text)) match = &choice;
        }
        if (!match)
            return Status::invalidArgument(trf("parameter \"{}\": {} is not one of {}", spec.name,
                                               quoteForMessage(text), joinNames(spec.choices)));
        value = *match;
        break;
    }
    case ParamType::IntList: {
        std::vector<int64_t> list;
        if (!text.empty()) {
            for (const auto& item : splitString(text, ',')) {
                const std::string_view part = trimmed(item);
                int64_t v = 0;
                if (!parseInt(part, v))
                    return Status::invalidArgument(
                        trf("parameter \"{}\": {} is not a comma-separated list of whole numbers, e.g. 64,32",
                            spec.name, quoteForMessage(text)));
                MLWB_RETURN_IF_ERROR(checkRange(spec, static_cast<double>(v), part));
                list.push_back(v);
            }
        }
        value = std::move(list);
        break;
    }
    }
    if (!m_values.contains(spec.name)) m_order.push_back(spec.name);
    m_values[spec.name] = std::move(value);
    return Status::ok();
}

bool ParamValues::contains(std::string_view name) const
{
    return m_values.find(name) != m_values.end();
}

bool ParamValues::isExplicit(std::string_view name) const
{
    const auto it = m_explicit.find(name);
    return it != m_explicit.end() && it->second;
}

const ParamValue& ParamValues::get(std::string_view name) const
{
    const auto it = m_values.find(name);
    assert(it != m_values.end() && "parameter not in the schema");
    return it->second;
}

int64_t ParamValues::getInt(std::string_view name) const
{
    return std::get<int64_t>(get(name));
}
double ParamValues::getDouble(std::string_view name) const
{
    return std::get<double>(get(name));
}
bool ParamValues::getBool(std::string_view name) const
{
    return std::get<bool>(get(name));
}
const std::string& ParamValues::getChoice(std::string_view name) const
{
    return std::get<std::string>(get(name));
}
const std::vector<int64_t>& ParamValues::getIntList(std::string_view name) const
{
    return std::get<std::vector<int64_t>>(get(name));
}

std::string ParamValues::toString() const
{
    std::string out;
    for (const auto& name : m_order) {
        if (!out.empty()) out += ' ';
        out += name + '=';
        const ParamValue& value = m_values.at(name);
        if (const auto* i = std::get_if<int64_t>(&value))
            out += std::to_string(*i);
        else if (const auto* d = std::get_if<double>(&value))
            out += formatDouble(*d);
        else if (const auto* b = std::get_if<bool>(&value))
            out += *b ? "true" : "false";
        else if (const auto* s = std::get_if<std::string>(&value))
            out += *s;
        else {
            const auto& list = std::get<std::vector<int64_t>>(value);
            for (size_t i = 0; i < list.size(); ++i) {
                if (i) out += ',';
                out += std::to_string(list[i]);
            }
        }
    }
    return out;
}

}  // namespace mlwb::core::ml
