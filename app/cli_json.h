// JSON renderings of core results for mlwb-cli --json (one object per command, stable keys
// that scripts rely on).
#pragma once

#include "core/io/import_types.h"
#include "core/stats/profile.h"

#include <QJsonObject>

namespace mlwb::cli {

// {"file", "format", "rows", "encoding", "delimiter", "columns": [...], "warnings": [...]}
QJsonObject inspectionToJson(const std::string& file, const core::ImportResult& imported,
                             const core::TableProfile& profile);

// Human-readable version of the same, for a terminal.
std::string inspectionToText(const std::string& file, const core::ImportResult& imported,
                             const core::TableProfile& profile);

}  // namespace mlwb::cli
