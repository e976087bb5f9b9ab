// checkReadableFile(): whether a path names a file a reader can read to its end: it exists, is
// a regular file, not a folder, device, FIFO or socket. Used by importFile() and every reader
// (CSV, ARFF, SQLite) before they open anything, because opening a FIFO blocks until a writer
// comes, and a device like /dev/zero never ends.
#pragma once

#include "core/base/status.h"

#include <string>

namespace mlwb::core {

// Ok for a regular file (symbolic links followed); otherwise IoError naming the path and what
// it is instead. Uses stat() only: it never opens the path.
Status checkReadableFile(const std::string& path);

// The file name of a path ("data.csv" of "/home/me/data.csv"), as the readers' messages give it.
std::string fileNameOf(const std::string& path);

}  // namespace mlwb::core
