#include "core/io/csv/type_inference.h"

#include "core/io/csv/value_parsers.h"

#include <algorithm>

namespace mlwb::core::csv {

ValueKind classifyValue(std::string_view value, char decimalPoint)
{
    int64_t i = 0;
    switch (parseInt64(value, i)) {
    case IntParse::Ok: return ValueKind::Int64;
    case IntParse::Overflow: return ValueKind::Float64;
    case IntParse::NotInteger: break;
    }
    double d = 0;
    if (parseFloat64(value, decimalPoint, d)) return ValueKind::Float64;
    bool b = false;
    if (parseBoolean(value, b)) return ValueKind::Boolean;
    int64_t ms = 0;
    if (parseDateTime(value, ms)) return ValueKind::DateTime;
    return ValueKind::String;
}

ColumnType chooseStringType(size_t distinctValues, size_t presentRows)
{
    const size_t limit = std::max<size_t>(20, presentRows / 20);
    return distinctValues <= limit && distinctValues * 2 <= presentRows ? ColumnType::Categorical : ColumnType::Text;
}

ValueKind kindForType(ColumnType type)
{
    switch (type) {
    case ColumnType::Float64: return ValueKind::Float64;
    case ColumnType::Int64: return ValueKind::Int64;
    case ColumnType::Boolean: return ValueKind::Boolean;
    case ColumnType::DateTime: return ValueKind::DateTime;
    case ColumnType::Categorical:
    case ColumnType::Text: return ValueKind::String;
    }
    return ValueKind::String;
}

ColumnType typeForKind(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Int64: return ColumnType::Int64;
    case ValueKind::Float64: return ColumnType::Float64;
    case ValueKind::Boolean: return ColumnType::Boolean;
    case ValueKind::DateTime: return ColumnType::DateTime;
    case ValueKind::Empty:
    case ValueKind::String: return ColumnType::Text;
    }
    return ColumnType::Text;
}

}  // namespace mlwb::core::csv
