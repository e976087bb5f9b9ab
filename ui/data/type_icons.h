// Small badges that mark a column's type in table headers and lists ("#" numeric,
// "A" categorical, "T" text, "✓" boolean, "◷" datetime), drawn once and cached.
#pragma once

#include "core/data/column.h"

#include <QIcon>
#include <QString>

namespace mlwb::ui {

QIcon iconForColumnType(core::ColumnType type);
// "numeric (float64)", translated.
QString describeColumnType(core::ColumnType type);

}  // namespace mlwb::ui
