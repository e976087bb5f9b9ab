#include "core/io/csv/file_check.h"

#include "core/base/text.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace mlwb::core {

Status checkReadableFile(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) return Status::ioError(trf("Cannot open {}: no such file", path));
        return Status::ioError(trf("Cannot open {}: {}", path, std::strerror(error)));
    }
    if (S_ISDIR(info.st_mode)) return Status::ioError(trf("Cannot open {}: it is a folder", path));
    if (!S_ISREG(info.st_mode))
        return Status::ioError(
            trf("Cannot open {}: it is not a regular file (a device or pipe); save the data to a file first.", path));
    return Status::ok();
}

std::string fileNameOf(const std::string& path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    return name.empty() ? path : name;
}

}  // namespace mlwb::core
