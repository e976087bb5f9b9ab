#include "core/base/memory_budget.h"

#include "core/base/text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace mlwb::core {

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

// The whole of a small text file (a /proc or /sys entry), "" when it cannot be read.
std::string readSmallFile(const std::string& path)
{
    std::string out;
    std::FILE* file = std::fopen(path.c_str(), "r");
    if (!file) return out;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out.append(buffer, n);
    std::fclose(file);
    return out;
}

// The number after "key" at the start of a line ("MemAvailable:   123 kB", "inactive_file 4096").
bool findField(std::string_view text, std::string_view key, uint64_t& value)
{
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.substr(0, key.size()) != key) continue;
        const std::string_view rest = line.substr(key.size());
        if (rest.empty() || (rest.front() != ' ' && rest.front() != '\t')) continue;  // "file" vs "file_dirty"
        value = std::strtoull(std::string(rest).c_str(), nullptr, 10);
        return true;
    }
    return false;
}

bool parseNumber(std::string_view text, uint64_t& value)
{
    const std::string s(trimmed(text));
    if (s.empty() || s.front() < '0' || s.front() > '9') return false;  // e.g. "max"
    value = std::strtoull(s.c_str(), nullptr, 10);
    return true;
}

uint64_t addressSpaceLeft()
{
#if defined(__linux__)
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return kUnlimitedBytes;
    // The first field of statm is the process's whole virtual size (VmSize) in pages, which
    // is what the kernel compares with RLIMIT_AS when a mapping grows.
    uint64_t pages = 0;
    if (!parseNumber(readSmallFile("/proc/self/statm"), pages)) return kUnlimitedBytes;
    const uint64_t mapped = pages * static_cast<uint64_t>(::sysconf(_SC_PAGESIZE));
    const auto cap = static_cast<uint64_t>(limit.rlim_cur);
    return cap > mapped ? cap - mapped : 0;
#else
    return kUnlimitedBytes;
#endif
}

// RAM the kernel can hand out without swapping (MemAvailable counts reclaimable page cache)
// plus free swap: an allocation beyond the RAM still succeeds, only slower, and the process
// is killed only once both are gone. That kill is what the readers must avoid; refusing at
// the RAM alone would turn away loads that work on a machine with swap.
uint64_t systemAvailable()
{
    const std::string meminfo = readSmallFile("/proc/meminfo");
    uint64_t availableKb = 0;
    if (!findField(meminfo, "MemAvailable:", availableKb)) return kUnlimitedBytes;
    uint64_t swapKb = 0;
    findField(meminfo, "SwapFree:", swapKb);
    return (availableKb + swapKb) * 1024;
}

// In a container the machine's MemAvailable says nothing of the container's own limit. The
// page cache charged to the cgroup (file pages) is reclaimed before the limit kills anyone,
// so it counts as available. Swap the cgroup may use is left out: a cautious figure.
uint64_t cgroupAvailable()
{
    const std::string cgroups = readSmallFile("/proc/self/cgroup");
    std::string v2Path, v1Path;
    for (const std::string& line : splitString(cgroups, '\n')) {
        if (line.rfind("0::", 0) == 0) v2Path = line.substr(3);
        const size_t colon = line.find(':');
        const size_t second = colon == std::string::npos ? colon : line.find(':', colon + 1);
        if (second == std::string::npos) continue;
        for (const std::string& controller : splitString(line.substr(colon + 1, second - colon - 1), ','))
            if (controller == "memory") v1Path = line.substr(second + 1);
    }
    uint64_t limit = 0, usage = 0, reclaimable = 0, part = 0;
    std::string dir;
    if (!v1Path.empty()) {
        dir = "/sys/fs/cgroup/memory" + v1Path;
        if (!parseNumber(readSmallFile(dir + "/memory.limit_in_bytes"), limit)) return kUnlimitedBytes;
        if (limit >= (uint64_t{1} << 62)) return kUnlimitedBytes;  // v1 writes "no limit" as a page-rounded 2^63
        if (!parseNumber(readSmallFile(dir + "/memory.usage_in_bytes"), usage)) return kUnlimitedBytes;
        const std::string stat = readSmallFile(dir + "/memory.stat");
        if (findField(stat, "total_inactive_file", part)) reclaimable += part;
        if (findField(stat, "total_active_file", part)) reclaimable += part;
    } else if (!v2Path.empty()) {
        dir = "/sys/fs/cgroup" + v2Path;
        if (!parseNumber(readSmallFile(dir + "/memory.max"), limit)) return kUnlimitedBytes;  // "max" or absent
        if (!parseNumber(readSmallFile(dir + "/memory.current"), usage)) return kUnlimitedBytes;
        const std::string stat = readSmallFile(dir + "/memory.stat");
        if (findField(stat, "inactive_file", part)) reclaimable += part;
        if (findField(stat, "active_file", part)) reclaimable += part;
    } else {
        return kUnlimitedBytes;
    }
    const uint64_t held = usage > reclaimable ? usage - reclaimable : 0;
    return limit > held ? limit - held : 0;
}

uint64_t overrideLimit()
{
    const char* text = std::getenv("MLWB_MEMORY_LIMIT_MB");
    if (!text || !*text) return kUnlimitedBytes;
    char* end = nullptr;
    const double mb = std::strtod(text, &end);
    if (end == text || !std::isfinite(mb) || mb < 0) return kUnlimitedBytes;  // not a number: no cap
    return static_cast<uint64_t>(mb * static_cast<double>(kMiB));
}

std::string advice(const MemoryBudget& budget)
{
    const uint64_t available = budget.available();
    if (budget.overrideLimit == available)
        return tr("raise MLWB_MEMORY_LIMIT_MB (or unset it), split the file or remove columns you do not need");
    if (budget.addressSpaceLeft == available)
        return tr(
            "raise the program's memory limit (ulimit -v), split the file or remove columns you do not need, or use "
            "a machine with more memory");
    return tr(
        "close other programs, split the file or remove columns you do not need, or use a machine with more "
        "memory");
}

}  // namespace

uint64_t MemoryBudget::available() const
{
    return std::min({addressSpaceLeft, systemAvailable, cgroupAvailable, overrideLimit});
}

MemoryBudget currentMemoryBudget()
{
    MemoryBudget budget;
    budget.addressSpaceLeft = addressSpaceLeft();
    budget.systemAvailable = systemAvailable();
    budget.cgroupAvailable = cgroupAvailable();
    budget.overrideLimit = overrideLimit();
    return budget;
}

uint64_t availableMemoryBytes()
{
    return currentMemoryBudget().available();
}

std::string formatByteSize(uint64_t bytes)
{
    if (bytes < 1024) return trf("{} bytes", bytes);
    double value = static_cast<double>(bytes) / 1024.0;
    int unit = 0;  // KB, MB, GB, TB
    // Step up while the shown number would reach 1024 ("1.0 GB", not "1024 MB").
    while (unit < 3 && std::round(value * 10.0) / 10.0 >= 1023.5) {
        value /= 1024.0;
        ++unit;
    }
    const std::string number = value < 9.95 ? fmt::format("{:.1f}", value) : fmt::format("{:.0f}", value);
    switch (unit) {
    case 0: return trf("{} KB", number);
    case 1: return trf("{} MB", number);
    case 2: return trf("{} GB", number);
    default: return trf("{} TB", number);
    }
}

Status memoryShortage(const std::string& name, uint64_t neededBytes, const MemoryBudget& budget)
{
    return Status::resourceExhausted(trf("{}: loading needs about {} of memory but only {} is available; {}.", name,
                                         formatByteSize(neededBytes), formatByteSize(budget.available()),
                                         advice(budget)));
}

Status checkMemoryFor(const std::string& name, uint64_t neededBytes)
{
    const MemoryBudget budget = currentMemoryBudget();
    if (neededBytes <= budget.available()) return Status::ok();
    return memoryShortage(name, neededBytes, budget);
}

Status outOfMemory(const std::string& name, uint64_t neededBytes)
{
    const MemoryBudget budget = currentMemoryBudget();
    // An estimate that fitted and still ran out says nothing useful ("needs 170 MB but 250 MB
    // is available"): then only what is left.
    if (neededBytes > budget.available()) return memoryShortage(name, neededBytes, budget);
    if (budget.available() == kUnlimitedBytes)  // no limit known: nothing to say about how much is left
        return Status::resourceExhausted(trf("{}: loading ran out of memory; {}.", name, advice(budget)));
    return Status::resourceExhausted(trf("{}: loading ran out of memory (about {} is available); {}.", name,
                                         formatByteSize(budget.available()), advice(budget)));
}

}  // namespace mlwb::core
