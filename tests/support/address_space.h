// The bytes this process maps now (from /proc/self/statm), for tests that lower the
// address-space limit (ulimit -v) to just above it. Used by the memory budget and mapped
// file tests.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <fstream>

namespace mlwb::test {

// 0 when /proc/self/statm cannot be read (the caller then skips its test).
inline uint64_t mappedBytes()
{
    std::ifstream statm("/proc/self/statm");
    uint64_t pages = 0;
    statm >> pages;
    return pages * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace mlwb::test
