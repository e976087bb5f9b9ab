#include "core/base/version.h"

#include "core/base/build_info.h"

#include <QtGlobal>

#include <spdlog/version.h>
#include <sqlite3.h>
#include <Eigen/Core>

#include <string>

namespace mlwb::core {

std::string versionString()
{
    return MLWB_VERSION_STRING;
}

std::vector<std::pair<std::string, std::string>> libraryVersions()
{
    const auto join = [](int a, int b, int c) {
        return std::to_string(a) + "." + std::to_string(b) + "." + std::to_string(c);
    };
    return {
        {"Qt", qVersion()},
        {"Eigen", join(EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION)},
        {"SQLite", sqlite3_libversion()},
        {"spdlog", join(SPDLOG_VER_MAJOR, SPDLOG_VER_MINOR, SPDLOG_VER_PATCH)},
    };
}

}  // namespace mlwb::core
