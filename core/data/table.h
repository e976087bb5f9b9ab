// Table: an immutable set of equally long named Columns, shared between jobs and views as
// TablePtr (shared_ptr<const Table>) without copying. Produced by readers and transforms.
#pragma once

#include "core/base/status.h"
#include "core/data/column.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core {

class Table;
using TablePtr = std::shared_ptr<const Table>;

class Table {
public:
    // Fails when the columns differ in length or two share a name.
    static Result<TablePtr> make(std::vector<ColumnPtr> columns);

    size_t rowCount() const { return m_rowCount; }
    size_t columnCount() const { return m_columns.size(); }
    const Column& column(size_t index) const { return *m_columns[index]; }
    const ColumnPtr& columnPtr(size_t index) const { return m_columns[index]; }
    const std::vector<ColumnPtr>& columns() const { return m_columns; }

    // Index of the column with this exact name, or -1.
    int indexOf(std::string_view name) const;
    std::vector<std::string> columnNames() const;
    size_t memoryBytes() const;

private:
    Table() = default;
    std::vector<ColumnPtr> m_columns;
    size_t m_rowCount = 0;
};

}  // namespace mlwb::core
