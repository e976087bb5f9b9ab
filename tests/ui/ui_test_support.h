// Helpers shared by the UI tests: an isolated settings store and paths to sample data.
#pragma once

#include "core/base/logging.h"

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

}  // namespace mlwb::test
