// Type inference for delimited text: the kind of a single value, how kinds combine over a
// column (per chunk, then across chunks), and when strings become Categorical rather than
// Text. Used by the chunk parser, the column assembler and the dialect sniffer.
#pragma once

#include "core/data/column.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mlwb::core::csv {

// What the present values of a column (or of one chunk of it) have looked like so far.
// Empty: only missing values. String: Categorical or Text, decided once the whole column
// has been seen (see chooseStringType).
enum class ValueKind : uint8_t { Empty, Int64, Float64, Boolean, DateTime, String };

// The narrowest kind holding both: Empty is neutral, Int64 + Float64 = Float64, any other
// mix = String. Associative and commutative, so joining chunk kinds in any grouping gives
// the kind a serial pass over the whole column would have reached.
inline ValueKind joinKinds(ValueKind a, ValueKind b)
{
    if (a == b || b == ValueKind::Empty) return a;
    if (a == ValueKind::Empty) return b;
    const bool aNumeric = a == ValueKind::Int64 || a == ValueKind::Float64;
    const bool bNumeric = b == ValueKind::Int64 || b == ValueKind::Float64;
    if (aNumeric && bNumeric) return ValueKind::Float64;
    return ValueKind::String;
}

// The narrowest kind of one present (trimmed, non-NA) value, trying int64, float64 (an
// integer too large for int64 is a float64), boolean, datetime, then string.
ValueKind classifyValue(std::string_view trimmedValue, char decimalPoint);

// Categorical when the column repeats itself: at most max(20, rows / 20) distinct values
// and at most half as many distinct values as rows. So a 1M-row column with 6 cities or
// 40,000 zip codes is categorical, while names, ids and free text (mostly distinct) are Text,
// and a tiny table of all-different labels is Text rather than a category per row.
ColumnType chooseStringType(size_t distinctValues, size_t presentRows);

// The kind a forced column type parses values as.
ValueKind kindForType(ColumnType type);

// The column type a kind becomes (String resolved separately; Empty columns are Text).
ColumnType typeForKind(ValueKind kind);

}  // namespace mlwb::core::csv
