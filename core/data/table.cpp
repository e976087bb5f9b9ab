#include "core/data/table.h"

#include "core/base/text.h"

#include <unordered_set>

namespace mlwb::core {

Result<TablePtr> Table::make(std::vector<ColumnPtr> columns)
{
    auto table = std::shared_ptr<Table>(new Table());
    std::unordered_set<std::string_view> names;
    for (const auto& column : columns) {
        if (!column) return Status::internal("Table::make: null column");
        if (!names.insert(column->name()).second)
            return Status::invalidArgument(
                trf("Two columns are named {}; column names must be unique.", quoteForMessage(column->name())));
    }
    if (!columns.empty()) {
        table->m_rowCount = columns.front()->size();
        for (const auto& column : columns) {
            if (column->size() != table->m_rowCount)
                return Status::internal(fmt::format("Table::make: column {} has {} rows, expected {}", column->name(),
                                                    column->size(), table->m_rowCount));
        }
    }
    table->m_columns = std::move(columns);
    return TablePtr(table);
}

int Table::indexOf(std::string_view name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i]->name() == name) return static_cast<int>(i);
    }
    return -1;
}

std::vector<std::string> Table::columnNames() const
{
    std::vector<std::string> names;
    names.reserve(m_columns.size());
    for (const auto& column : m_columns) names.push_back(column->name());
    return names;
}

size_t Table::memoryBytes() const
{
    size_t bytes = sizeof(Table);
    for (const auto& column : m_columns) bytes += column->memoryBytes();
    return bytes;
}

}  // namespace mlwb::core
