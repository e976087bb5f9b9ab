// MappedFile: a read-only memory map of a whole file (or, where mapping is impossible, its
// bytes read into memory). Used by the CSV reader so a 200 MB file is never copied.
#pragma once

#include "core/base/status.h"

#include <memory>
#include <string>
#include <string_view>

namespace mlwb::core::csv {

class MappedFile {
public:
    // IoError naming the path when the file cannot be opened or read. populate: map every
    // page up front (a whole-file load touches them all anyway; a preview should not).
    static Result<std::unique_ptr<MappedFile>> open(const std::string& path, bool populate);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return m_bytes; }

private:
    MappedFile() = default;
    void* m_map = nullptr;
    size_t m_mapLength = 0;
    std::string m_fallback;  // for files that cannot be mapped (pipes, special files)
    std::string_view m_bytes;
};

}  // namespace mlwb::core::csv
