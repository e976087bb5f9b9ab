// Memory budget: how many bytes a new allocation can still get, and the message for a load that
// does not fit. Used by the readers (CSV, ARFF, SQLite) before they allocate a table, so that a
// file too large for the memory at hand is refused with a clear error instead of a crash.
#pragma once

#include "core/base/status.h"

#include <cstdint>
#include <limits>
#include <string>

namespace mlwb::core {

inline constexpr uint64_t kUnlimitedBytes = std::numeric_limits<uint64_t>::max();

// The limits available() takes the smallest of; kUnlimitedBytes where there is none (or it
// cannot be read, e.g. without /proc).
struct MemoryBudget {
    uint64_t addressSpaceLeft = kUnlimitedBytes;  // RLIMIT_AS (ulimit -v) minus what the process maps
    uint64_t systemAvailable = kUnlimitedBytes;   // MemAvailable + SwapFree of /proc/meminfo
    uint64_t cgroupAvailable = kUnlimitedBytes;   // the process's cgroup limit minus its unreclaimable use
    uint64_t overrideLimit = kUnlimitedBytes;     // MLWB_MEMORY_LIMIT_MB: a cap for tests and cautious users

    uint64_t available() const;
};

// Read afresh at each call (a few small /proc files): what is free changes while the program runs.
MemoryBudget currentMemoryBudget();
uint64_t availableMemoryBytes();

// "1.2 GB", "310 MB", "64 KB", "12 bytes" (units of 1024; one decimal below 10), translated.
std::string formatByteSize(uint64_t bytes);

// ResourceExhausted: "data.csv: loading needs about 1.2 GB of memory but only 310 MB is
// available; close other programs, ...", with the advice that fits the limit that binds (free
// memory, ulimit -v, MLWB_MEMORY_LIMIT_MB). name: the file name, as the readers' other
// messages give it.
Status memoryShortage(const std::string& name, uint64_t neededBytes, const MemoryBudget& budget);

// Ok when neededBytes fit into the current budget, else memoryShortage().
Status checkMemoryFor(const std::string& name, uint64_t neededBytes);

// For a std::bad_alloc caught at a reader's entry: memoryShortage() when the reader's estimate
// of its need (0: none yet) exceeds what is left, else the same advice without a figure for the
// need.
Status outOfMemory(const std::string& name, uint64_t neededBytes = 0);

}  // namespace mlwb::core
