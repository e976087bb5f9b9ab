#include "core/io/csv/mapped_file.h"

#include "core/base/text.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mlwb::core::csv {

namespace {

struct FdCloser {
    int fd;
    ~FdCloser()
    {
        if (fd >= 0) ::close(fd);
    }
};

Status ioFailure(const std::string& path, int error)
{
    return Status::ioError(trf("Cannot read {}: {}.", path, std::strerror(error)));
}

}  // namespace

Result<std::unique_ptr<MappedFile>> MappedFile::open(const std::string& path, bool populate)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::ioError(trf("Cannot open {}: {}.", path, std::strerror(errno)));
    FdCloser closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) return ioFailure(path, errno);
    if (S_ISDIR(info.st_mode)) return Status::ioError(trf("Cannot open {}: it is a folder, not a file.", path));

    std::unique_ptr<MappedFile> file(new MappedFile());
    if (S_ISREG(info.st_mode) && info.st_size > 0) {
        const auto length = static_cast<size_t>(info.st_size);
        int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
        // One kernel call instead of a page fault per 64 KB: measurably faster on VMs.
        if (populate) flags |= MAP_POPULATE;
#else
        (void)populate;
#endif
        void* map = ::mmap(nullptr, length, PROT_READ, flags, fd, 0);
        if (map != MAP_FAILED) {
            // Parsing reads front to back; ask for aggressive read-ahead.
            ::madvise(map, length, MADV_SEQUENTIAL);
            file->m_map = map;
            file->m_mapLength = length;
            file->m_bytes = std::string_view(static_cast<const char*>(map), length);
            return file;
        }
    }
    // Not mappable (or empty): read it.
    char buffer[1 << 16];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            return ioFailure(path, errno);
        }
        if (n == 0) break;
        file->m_fallback.append(buffer, static_cast<size_t>(n));
    }
    file->m_bytes = file->m_fallback;
    return file;
}

MappedFile::~MappedFile()
{
    if (m_map) ::munmap(m_map, m_mapLength);
}

}  // namespace mlwb::core::csv
