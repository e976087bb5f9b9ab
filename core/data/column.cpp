#include "core/data/column.h"

#include <bit>
#include <cassert>
#include <charconv>
#include <chrono>
#include <cmath>
#include <limits>

namespace mlwb::core {

const char* columnKindName(ColumnType type)
{
    switch (type) {
    case ColumnType::Float64:
    case ColumnType::Int64: return "numeric";
    case ColumnType::Boolean: return "boolean";
    case ColumnType::Categorical: return "categorical";
    case ColumnType::Text: return "text";
    case ColumnType::DateTime: return "datetime";
    }
    return "unknown";
}

const char* columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Float64: return "float64";
    case ColumnType::Int64: return "int64";
    case ColumnType::Boolean: return "boolean";
    case ColumnType::Categorical: return "categorical";
    case ColumnType::Text: return "text";
    case ColumnType::DateTime: return "datetime";
    }
    return "unknown";
}

bool isNumericType(ColumnType type)
{
    return type == ColumnType::Float64 || type == ColumnType::Int64;
}

Column::Column(std::string name, ColumnType type, size_t size, std::vector<uint64_t> validity)
    : m_name(std::move(name)), m_type(type), m_size(size), m_validity(std::move(validity))
{
    if (m_validity.empty()) return;
    assert(m_validity.size() >= (size + 63) / 64);
    m_validity.resize((size + 63) / 64);
    // Bits past the end are cleared so counting and equality never see garbage.
    if (size % 64 != 0) m_validity.back() &= (uint64_t{1} << (size % 64)) - 1;
    size_t valid = 0;
    for (uint64_t word : m_validity) valid += static_cast<size_t>(std::popcount(word));
    m_nullCount = size - valid;
    if (m_nullCount == 0) m_validity.clear();
}

ColumnPtr Column::fromFloat64(std::string name, ValueArray<double> values, std::vector<uint64_t> validity)
{
    const size_t n = values.size();
    auto column = std::shared_ptr<Column>(new Column(std::move(name), ColumnType::Float64, n, std::move(validity)));
    column->m_doubles = std::move(values);
    return column;
}

ColumnPtr Column::fromInt64(std::string name, ValueArray<int64_t> values, std::vector<uint64_t> validity)
{
    const size_t n = values.size();
    auto column = std::shared_ptr<Column>(new Column(std::move(name), ColumnType::Int64, n, std::move(validity)));
    column->m_ints = std::move(values);
    return column;
}

ColumnPtr Column::fromDateTime(std::string name, ValueArray<int64_t> msSinceEpoch, std::vector<uint64_t> validity)
{
    const size_t n = msSinceEpoch.size();
    auto column = std::shared_ptr<Column>(new Column(std::move(name), ColumnType::DateTime, n, std::move(validity)));
    column->m_ints = std::move(msSinceEpoch);
    return column;
}

ColumnPtr Column::fromBoolean(std::string name, std::vector<uint8_t> values, std::vector<uint64_t> validity)
{
    const size_t n = values.size();
    auto column = std::shared_ptr<Column>(new Column(std::move(name), ColumnType::Boolean, n, std::move(validity)));
    column->m_bools = std::move(values);
    return column;
}

ColumnPtr Column::fromCategorical(std::string name, ValueArray<int32_t> codes, std::vector<std::string> categories,
                                  std::vector<uint64_t> validity)
{
    const size_t n = codes.size();
    auto column = std::shared_ptr<Column>(new Column(std::move(name), ColumnType::Categorical, n, std::move(validity)));
    column->m_codes = std::move(codes);
    column->m_categories = std::move(categories);
    return column;
}

ColumnPtr Column::fromText(std::string name, std::vector<uint64_t> offsets, std::string chars,
                           std::vector<uint64_t> validity)
{
    assert(!offsets.empty());
    const size_t n = offsets.size() - 1;
    auto column = std::shared_ptr<Column>(new Column(std::move(name), ColumnType::Text, n, std::move(validity)));
    column->m_offsets = std::move(offsets);
    column->m_chars = std::move(chars);
    return column;
}

std::string_view Column::text(size_t row) const
{
    if (m_type == ColumnType::Text)
        return std::string_view(m_chars).substr(m_offsets[row], m_offsets[row + 1] - m_offsets[row]);
    if (m_type == ColumnType::Categorical && isValid(row) && m_codes[row] >= 0)
        return m_categories[static_cast<size_t>(m_codes[row])];
    return {};
}

double Column::numericValue(size_t row) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!isValid(row)) return nan;
    switch (m_type) {
    case ColumnType::Float64: return m_doubles[row];
    case ColumnType::Int64:
    case ColumnType::DateTime: return static_cast<double>(m_ints[row]);
    case ColumnType::Boolean: return m_bools[row] ? 1.0 : 0.0;
    case ColumnType::Categorical:
    case ColumnType::Text: return nan;
    }
    return nan;
}

std::string formatDouble(double value)
{
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string formatDateTime(int64_t msSinceEpoch)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds{msSinceEpoch}};
    const auto day = floor<days>(time);
    const year_month_day ymd{day};
    const auto sinceMidnight = time - day;
    char buffer[48];
    int length = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                               static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    if (sinceMidnight.count() != 0) {
        const hh_mm_ss hms{sinceMidnight};
        length += std::snprintf(buffer + length, sizeof buffer - static_cast<size_t>(length), "T%02d:%02d:%02d",
                                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                                static_cast<int>(hms.seconds().count()));
        if (hms.subseconds().count() != 0)
            std::snprintf(buffer + length, sizeof buffer - static_cast<size_t>(length), ".%03d",
                          static_cast<int>(hms.subseconds().count()));
    }
    return buffer;
}

std::string Column::displayString(size_t row) const
{
    if (!isValid(row)) return {};
    switch (m_type) {
    case ColumnType::Float64: return formatDouble(m_doubles[row]);
    case ColumnType::Int64: return std::to_string(m_ints[row]);
    case ColumnType::DateTime: return formatDateTime(m_ints[row]);
    case ColumnType::Boolean: return m_bools[row] ? "true" : "false";
    case ColumnType::Categorical:
    case ColumnType::Text: return std::string(text(row));
    }
    return {};
}

size_t Column::memoryBytes() const
{
    size_t bytes = sizeof(Column) + m_validity.capacity() * sizeof(uint64_t) + m_doubles.capacityBytes() +
                   m_ints.capacityBytes() + m_bools.capacity() + m_codes.capacityBytes() +
                   m_offsets.capacity() * sizeof(uint64_t) + m_chars.capacity();
    for (const auto& category : m_categories) bytes += sizeof(std::string) + category.capacity();
    return bytes;
}

}  // namespace mlwb::core
