// JavaDateFormat: parses dates written with a java.text.SimpleDateFormat pattern, as ARFF
// "date" attributes declare them. Used by the ARFF reader (and its tests) only.
#pragma once

#include "core/base/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core {

class JavaDateFormat {
public:
    // Weka's default when an ARFF date attribute gives no format.
    static constexpr const char* defaultPattern = "yyyy-MM-dd'T'HH:mm:ss";

    // Supports the letters y M L d H k K h m s S a E u z Z X and 'quoted' literals. Fails with
    // InvalidArgument naming the letter for the rest (w, W, D, F, G, Y), which Weka files rarely use.
    static Result<JavaDateFormat> compile(std::string_view pattern);

    // Milliseconds since 1970-01-01T00:00:00Z. Dates without a zone are taken as UTC (Weka uses
    // the JVM's local zone, which would make the same file read differently on each machine).
    // Strict like Weka's non-lenient parser: out-of-range fields (month 13, Feb 30) and
    // trailing text fail. Two-digit years use Java's window: within 80 years before and 20
    // after the current year.
    std::optional<int64_t> parse(std::string_view text) const;

    const std::string& pattern() const { return m_pattern; }

private:
    struct Field {
        char letter = 0;  // 0 = literal
        int count = 0;
        std::string literal;
    };

    JavaDateFormat() = default;
    static bool isNumericField(const Field& field);

    std::string m_pattern;
    std::vector<Field> m_fields;
};

}  // namespace mlwb::core
