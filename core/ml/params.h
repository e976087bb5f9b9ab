// Parameter schemas of the model kinds (name, type, range, default, help) and the values a
// user gave as "NAME=VALUE" strings, validated against them. Used by the registry, every
// model's train(), `mlwb-cli train --param` and the GUI's parameter editors.
#pragma once

#include "core/base/status.h"

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mlwb::core::ml {

enum class ParamType { Int, Double, Bool, Choice, IntList };

const char* paramTypeName(ParamType type);

// One hyperparameter. Names follow scikit-learn's so that users can carry settings over.
struct ParamSpec {
    std::string name;
    ParamType type = ParamType::Double;
    double min = -std::numeric_limits<double>::infinity();  // Int, Double and each IntList item
    double max = std::numeric_limits<double>::infinity();
    bool minExclusive = false;  // C and tol must be > 0, not >= 0
    std::string defaultValue;   // in the same text form a user types
    std::vector<std::string> choices;
    std::string help;

    static ParamSpec intParam(std::string name, int64_t defaultValue, double min, double max, std::string help);
    static ParamSpec doubleParam(std::string name, double defaultValue, double min, double max, std::string help,
                                 bool minExclusive = false);
    static ParamSpec boolParam(std::string name, bool defaultValue, std::string help);
    static ParamSpec choiceParam(std::string name, std::string defaultValue, std::vector<std::string> choices,
                                 std::string help);
    static ParamSpec intListParam(std::string name, std::string defaultValue, double min, double max, std::string help);
};

using ParamValue = std::variant<int64_t, double, bool, std::string, std::vector<int64_t>>;

// Values for every parameter of one schema: the defaults, overridden by what the user gave.
// Getters assert the name and type exist (a wrong name there is a bug, not user input).
class ParamValues {
public:
    ParamValues() = default;

    static ParamValues defaults(const std::vector<ParamSpec>& specs);

    // Parses "NAME=VALUE" assignments; modelKind only names the model in messages.
    static Result<ParamValues> parse(const std::vector<ParamSpec>& specs, const std::vector<std::string>& assignments,
                                     std::string_view modelKind);

    // Sets one parameter from its text form, validating type and range.
    Status set(const ParamSpec& spec, std::string_view text);

    bool contains(std::string_view name) const;
    // True when the user gave the parameter rather than leaving the default.
    bool isExplicit(std::string_view name) const;

    int64_t getInt(std::string_view name) const;
    double getDouble(std::string_view name) const;
    bool getBool(std::string_view name) const;
    const std::string& getChoice(std::string_view name) const;
    const std::vector<int64_t>& getIntList(std::string_view name) const;

    // "alpha=1 max_iter=1000 ..." in schema order, for logs and model summaries.
    std::string toString() const;

private:
    const ParamValue& get(std::string_view name) const;

    std::vector<std::string> m_order;
    std::map<std::string, ParamValue, std::less<>> m_values;
    std::map<std::string, bool, std::less<>> m_explicit;
};

}  // namespace mlwb::core::ml
