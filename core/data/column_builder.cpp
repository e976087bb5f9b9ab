#include "core/data/column_builder.h"

#include <cassert>
#include <limits>

namespace mlwb::core {

ColumnBuilder::ColumnBuilder(std::string name, ColumnType type) : m_name(std::move(name)), m_type(type) {}

void ColumnBuilder::reserve(size_t rows)
{
    m_validity.reserve((rows + 63) / 64);
    switch (m_type) {
    case ColumnType::Float64: m_doubles.reserve(rows); break;
    case ColumnType::Int64:
    case ColumnType::DateTime: m_ints.reserve(rows); break;
    case ColumnType::Boolean: m_bools.reserve(rows); break;
    case ColumnType::Categorical: m_codes.reserve(rows); break;
    case ColumnType::Text: m_offsets.reserve(rows + 1); break;
    }
}

void ColumnBuilder::markValid(bool valid)
{
    if (m_size % 64 == 0) m_validity.push_back(0);
    if (valid)
        m_validity.back() |= uint64_t{1} << (m_size % 64);
    else
        m_anyNull = true;
    ++m_size;
}

void ColumnBuilder::appendNull()
{
    switch (m_type) {
    case ColumnType::Float64: m_doubles.push_back(std::numeric_limits<double>::quiet_NaN()); break;
    case ColumnType::Int64:
    case ColumnType::DateTime: m_ints.push_back(0); break;
    case ColumnType::Boolean: m_bools.push_back(0); break;
    case ColumnType::Categorical: m_codes.push_back(-1); break;
    case ColumnType::Text: m_offsets.push_back(m_chars.size()); break;
    }
    markValid(false);
}

void ColumnBuilder::appendFloat64(double value)
{
    assert(m_type == ColumnType::Float64);
    m_doubles.push_back(value);
    markValid(true);
}

void ColumnBuilder::appendInt64(int64_t value)
{
    assert(m_type == ColumnType::Int64);
    m_ints.push_back(value);
    markValid(true);
}

void ColumnBuilder::appendDateTime(int64_t msSinceEpoch)
{
    assert(m_type == ColumnType::DateTime);
    m_ints.push_back(msSinceEpoch);
    markValid(true);
}

void ColumnBuilder::appendBoolean(bool value)
{
    assert(m_type == ColumnType::Boolean);
    m_bools.push_back(value ? 1 : 0);
    markValid(true);
}

void ColumnBuilder::declareCategories(const std::vector<std::string>& categories)
{
    assert(m_type == ColumnType::Categorical);
    for (const auto& category : categories) {
        if (m_categoryIndex.emplace(category, static_cast<int32_t>(m_categories.size())).second)
            m_categories.push_back(category);
    }
}

void ColumnBuilder::appendCategory(std::string_view value)
{
    assert(m_type == ColumnType::Categorical);
    auto [it, inserted] = m_categoryIndex.try_emplace(std::string(value), static_cast<int32_t>(m_categories.size()));
    if (inserted) m_categories.emplace_back(value);
    m_codes.push_back(it->second);
    markValid(true);
}

void ColumnBuilder::appendText(std::string_view value)
{
    assert(m_type == ColumnType::Text);
    m_chars.append(value);
    m_offsets.push_back(m_chars.size());
    markValid(true);
}

ColumnPtr ColumnBuilder::finish()
{
    std::vector<uint64_t> validity = m_anyNull ? std::move(m_validity) : std::vector<uint64_t>{};
    ColumnPtr column;
    switch (m_type) {
    case ColumnType::Float64: column = Column::fromFloat64(m_name, std::move(m_doubles), std::move(validity)); break;
    case ColumnType::Int64: column = Column::fromInt64(m_name, std::move(m_ints), std::move(validity)); break;
    case ColumnType::DateTime: column = Column::fromDateTime(m_name, std::move(m_ints), std::move(validity)); break;
    case ColumnType::Boolean: column = Column::fromBoolean(m_name, std::move(m_bools), std::move(validity)); break;
    case ColumnType::Categorical:
        column = Column::fromCategorical(m_name, std::move(m_codes), std::move(m_categories), std::move(validity));
        break;
    case ColumnType::Text:
        column = Column::fromText(m_name, std::move(m_offsets), std::move(m_chars), std::move(validity));
        break;
    }
    *this = ColumnBuilder(m_name, m_type);
    return column;
}

}  // namespace mlwb::core
