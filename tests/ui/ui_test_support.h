// Helpers shared by the UI tests: an isolated settings store, paths to sample data and
// the samples loaded as tables.
#pragma once

#include "core/base/logging.h"
#include "core/io/import.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

namespace mlwb::test {

// Keeps tests away from the user's settings and log folder.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("ML Workbench Tests"));
    mlwb::core::initLogging({}, false);
}

inline QString sampleData(const char* name)
{
    return QStringLiteral(MLWB_SOURCE_DIR "/resources/data/") + QString::fromUtf8(name);
}

// A sample file read with the default options, or null when it cannot be read.
inline core::TablePtr loadSample(const char* name)
{
    core::JobContext job;
    auto imported = core::importFile(sampleData(name).toStdString(), {}, job);
    return imported.isOk() ? imported->table : nullptr;
}

}  // namespace mlwb::test
