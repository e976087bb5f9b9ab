// Column: one typed, immutable column of a Table: a value buffer plus a validity bitmap
// (bit set = value present). Built by ColumnBuilder or the from*() factories, then shared
// read-only between threads as shared_ptr<const Column>. Readers, stats, models and views use it.
#pragma once

#include "core/data/value_array.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core {

enum class ColumnType {
    Float64,      // numeric, double
    Int64,        // numeric, integer
    Boolean,      // true/false
    Categorical,  // dictionary-encoded strings: int32 codes into categories()
    Text,         // free text, one string per row
    DateTime,     // milliseconds since 1970-01-01T00:00:00Z, stored as int64
};

// The user-facing kind: "numeric" (Float64 and Int64), "categorical", "boolean", "text", "datetime".
const char* columnKindName(ColumnType type);
// The precise storage type: "float64", "int64", ...
const char* columnTypeName(ColumnType type);
bool isNumericType(ColumnType type);

class Column;
using ColumnPtr = std::shared_ptr<const Column>;

class Column {
public:
    // validity: one bit per row, bit set = present; an empty vector means no missing values.
    static ColumnPtr fromFloat64(std::string name, ValueArray<double> values, std::vector<uint64_t> validity = {});
    static ColumnPtr fromInt64(std::string name, ValueArray<int64_t> values, std::vector<uint64_t> validity = {});
    static ColumnPtr fromDateTime(std::string name, ValueArray<int64_t> msSinceEpoch,
                                  std::vector<uint64_t> validity = {});
    static ColumnPtr fromBoolean(std::string name, std::vector<uint8_t> values, std::vector<uint64_t> validity = {});
    // codes index into categories; a missing row has code -1 (and its validity bit clear).
    static ColumnPtr fromCategorical(std::string name, ValueArray<int32_t> codes, std::vector<std::string> categories,
                                     std::vector<uint64_t> validity = {});
    // offsets has size()+1 entries; row i is chars[offsets[i], offsets[i+1]).
    static ColumnPtr fromText(std::string name, std::vector<uint64_t> offsets, std::string chars,
                              std::vector<uint64_t> validity = {});

    const std::string& name() const { return m_name; }
    ColumnType type() const { return m_type; }
    size_t size() const { return m_size; }
    size_t nullCount() const { return m_nullCount; }
    bool isValid(size_t row) const { return m_validity.empty() || ((m_validity[row >> 6] >> (row & 63)) & 1u); }
    bool isMissing(size_t row) const { return !isValid(row); }
    const std::vector<uint64_t>& validityBits() const { return m_validity; }

    // Typed access; each is empty for columns of another type.
    std::span<const double> float64Values() const { return m_doubles; }
    std::span<const int64_t> int64Values() const { return m_ints; }  // Int64 and DateTime
    std::span<const uint8_t> booleanValues() const { return m_bools; }
    std::span<const int32_t> categoryCodes() const { return m_codes; }
    const std::vector<std::string>& categories() const { return m_categories; }
    std::string_view text(size_t row) const;

    // The value as a number: NaN when missing; booleans 0/1, datetimes in ms, categorical and
    // text NaN (they have no numeric value).
    double numericValue(size_t row) const;

    // The value as the user sees it in the table; empty for a missing value.
    std::string displayString(size_t row) const;

    size_t memoryBytes() const;

private:
    Column(std::string name, ColumnType type, size_t size, std::vector<uint64_t> validity);

    std::string m_name;
    ColumnType m_type;
    size_t m_size = 0;
    size_t m_nullCount = 0;
    std::vector<uint64_t> m_validity;
    ValueArray<double> m_doubles;
    ValueArray<int64_t> m_ints;
    std::vector<uint8_t> m_bools;
    ValueArray<int32_t> m_codes;
    std::vector<std::string> m_categories;
    std::vector<uint64_t> m_offsets;
    std::string m_chars;
};

// Formats a datetime (ms since epoch, UTC) as ISO-8601: "2024-03-01" when it is midnight,
// "2024-03-01T12:30:05" otherwise (".250" appended for milliseconds).
std::string formatDateTime(int64_t msSinceEpoch);

// Formats a double the shortest way that reads back to the same value ("0.1", "3", "1e+20").
std::string formatDouble(double value);

}  // namespace mlwb::core
