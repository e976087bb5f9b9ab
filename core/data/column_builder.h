// ColumnBuilder: appends values of one type row by row, then finish() freezes them into an
// immutable Column (Arrow's ArrayBuilder::Finish). Used by the ARFF and SQLite readers,
// transforms and tests; the CSV reader fills buffers in bulk through Column::from*().
#pragma once

#include "core/data/column.h"

#include <string_view>
#include <unordered_map>

namespace mlwb::core {

class ColumnBuilder {
public:
    ColumnBuilder(std::string name, ColumnType type);

    void reserve(size_t rows);
    void appendNull();
    void appendFloat64(double value);
    void appendInt64(int64_t value);
    void appendDateTime(int64_t msSinceEpoch);
    void appendBoolean(bool value);
    void appendCategory(std::string_view value);  // adds the value to the dictionary if new
    void appendText(std::string_view value);

    // Fixes the dictionary of a categorical column up front (e.g. ARFF nominal values), so
    // category order follows the declaration rather than first appearance.
    void declareCategories(const std::vector<std::string>& categories);

    size_t size() const { return m_size; }
    ColumnType type() const { return m_type; }
    ColumnPtr finish();

private:
    void markValid(bool valid);

    std::string m_name;
    ColumnType m_type;
    size_t m_size = 0;
    bool m_anyNull = false;
    std::vector<uint64_t> m_validity;
    std::vector<double> m_doubles;
    std::vector<int64_t> m_ints;
    std::vector<uint8_t> m_bools;
    std::vector<int32_t> m_codes;
    std::vector<std::string> m_categories;
    std::unordered_map<std::string, int32_t> m_categoryIndex;
    std::vector<uint64_t> m_offsets{0};
    std::string m_chars;
};

}  // namespace mlwb::core
