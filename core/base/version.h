// The workbench's version and the versions of the libraries it runs on; shown by
// `--version` of both executables and by Help > About.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace mlwb::core {

std::string versionString();

// (library, version) pairs: Qt, Eigen, SQLite, spdlog.
std::vector<std::pair<std::string, std::string>> libraryVersions();

}  // namespace mlwb::core
