// MappedFile: a read-only memory map of a whole file (or, where mapping is impossible, its
// bytes read into memory). Used by the CSV reader so a 200 MB file is never copied.
//
// A mapped file that another program shrinks (truncates, rewrites) while it is read would
// raise SIGBUS on the pages past its new end and kill the process. While a MappedFile lives,
// a SIGBUS handler turns such a fault into zero bytes and marks the file as changed; readers
// check changedWhileMapped() and report it instead of crashing.
#pragma once

#include "core/base/status.h"

#include <atomic>
#include <memory>
#include <string>
#include <string_view>

namespace mlwb::core::csv {

class MappedFile {
public:
    // IoError naming the path when the file cannot be opened or read, or is not a regular
    // file (a folder, device or pipe); ResourceExhausted when it does not fit in the address
    // space or memory left. populate: map every page up front (a whole-file load touches them
    // all anyway; a preview should not).
    static Result<std::unique_ptr<MappedFile>> open(const std::string& path, bool populate);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view bytes() const { return m_bytes; }

    // True when the file shrank under the mapping: bytes() then holds zeros where the lost
    // part was, and what was read from it must be thrown away.
    bool changedWhileMapped() const { return m_changed.load(std::memory_order_acquire); }

private:
    MappedFile() = default;
    std::atomic<bool> m_changed{false};
    int m_guardSlot = -1;
    void* m_map = nullptr;
    size_t m_mapLength = 0;
    std::string m_fallback;  // for regular files that cannot be mapped (e.g. on some network file systems)
    std::string_view m_bytes;
};

}  // namespace mlwb::core::csv
