#include "core/io/csv/mapped_file.h"

#include "core/base/memory_budget.h"
#include "core/base/text.h"
#include "core/io/csv/file_check.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>

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

constexpr size_t kHugePage = size_t{2} << 20;

// The mappings the SIGBUS handler may repair: a fixed table, because the handler can neither
// lock nor allocate. A slot is in use while its begin is non-zero.
struct GuardSlot {
    std::atomic<uintptr_t> begin{0};
    std::atomic<uintptr_t> end{0};
    std::atomic<std::atomic<bool>*> changed{nullptr};
};
constexpr int kGuardSlots = 64;
GuardSlot g_guards[kGuardSlots];
struct sigaction g_previousSigbus {};
std::once_flag g_installOnce;

void onSigbus(int signal, siginfo_t* info, void* context)
{
    const auto address = reinterpret_cast<uintptr_t>(info->si_addr);
    for (GuardSlot& slot : g_guards) {
        const uintptr_t begin = slot.begin.load(std::memory_order_acquire);
        const uintptr_t end = slot.end.load(std::memory_order_acquire);
        if (begin <= 1 || address < begin || address >= end) continue;  // 1: claimed, not in use
        // Zero-filled pages in place of the whole file: the faulting read resumes and reads
        // zeros, and so does every later one. mmap is a plain system call here.
        ::mmap(reinterpret_cast<void*>(begin), end - begin, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (std::atomic<bool>* changed = slot.changed.load(std::memory_order_acquire))
            changed->store(true, std::memory_order_release);
        return;
    }
    // Not a mapped file of ours: what would have happened without this handler.
    if (g_previousSigbus.sa_flags & SA_SIGINFO) {
        if (g_previousSigbus.sa_sigaction) {
            g_previousSigbus.sa_sigaction(signal, info, context);
            return;
        }
    } else if (g_previousSigbus.sa_handler != SIG_DFL && g_previousSigbus.sa_handler != SIG_IGN) {
        g_previousSigbus.sa_handler(signal);
        return;
    }
    ::signal(SIGBUS, SIG_DFL);
    ::raise(SIGBUS);
}

void installSigbusHandler()
{
    struct sigaction action {};
    action.sa_sigaction = onSigbus;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &g_previousSigbus);
}

// The slot now guarding [begin, begin + length), or -1 when all are taken (then unguarded).
int guard(void* begin, size_t length, std::atomic<bool>* changed)
{
    std::call_once(g_installOnce, installSigbusHandler);
    const auto address = reinterpret_cast<uintptr_t>(begin);
    const uintptr_t pageSize = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    for (int i = 0; i < kGuardSlots; ++i) {
        uintptr_t expected = 0;
        // Claim with a marker the handler never matches (1 is below every mapping), then fill in.
        if (!g_guards[i].begin.compare_exchange_strong(expected, 1)) continue;
        g_guards[i].end.store((address + length + pageSize - 1) & ~(pageSize - 1), std::memory_order_release);
        g_guards[i].changed.store(changed, std::memory_order_release);
        g_guards[i].begin.store(address, std::memory_order_release);
        return i;
    }
    return -1;
}

void unguard(int slot)
{
    if (slot < 0) return;
    g_guards[slot].begin.store(1, std::memory_order_release);  // no longer matched, still claimed
    g_guards[slot].changed.store(nullptr, std::memory_order_release);
    g_guards[slot].end.store(0, std::memory_order_release);
    g_guards[slot].begin.store(0, std::memory_order_release);
}

// Maps the file at a 2 MB-aligned address and asks for huge pages: where the page cache holds
// the file in 2 MB folios (as Linux reads files from disk), each folio is then mapped by one
// page-table entry, and touching a 200 MB file costs a hundred faults instead of fifty
// thousand. nullptr when the file cannot be mapped.
void* mapAligned(int fd, size_t length, bool populate)
{
    void* reserved = ::mmap(nullptr, length + kHugePage, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (reserved == MAP_FAILED) return nullptr;
    const auto begin = reinterpret_cast<uintptr_t>(reserved);
    const uintptr_t aligned = (begin + kHugePage - 1) & ~(kHugePage - 1);
    void* map = ::mmap(reinterpret_cast<void*>(aligned), length, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    if (map == MAP_FAILED) {
        const int error = errno;  // the caller tells ENOMEM from other failures
        ::munmap(reserved, length + kHugePage);
        errno = error;
        return nullptr;
    }
    // Give back the parts of the reservation the file does not cover.
    if (aligned > begin) ::munmap(reserved, aligned - begin);
    const uintptr_t pageSize = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t used = (aligned + length + pageSize - 1) & ~(pageSize - 1);
    if (begin + length + kHugePage > used) ::munmap(reinterpret_cast<void*>(used), begin + length + kHugePage - used);
#ifdef MADV_HUGEPAGE
    ::madvise(map, length, MADV_HUGEPAGE);
#endif
#ifdef MADV_POPULATE_READ
    // One call that maps every page (after the huge-page advice, so it maps folios whole).
    if (populate) ::madvise(map, length, MADV_POPULATE_READ);
#else
    (void)populate;
#endif
    return map;
}

}  // namespace

Result<std::unique_ptr<MappedFile>> MappedFile::open(const std::string& path, bool populate)
{
    // The caller has checked the path with stat(); O_NONBLOCK keeps a FIFO put in its place
    // since from blocking this open, and fstat() below refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return Status::ioError(trf("Cannot open {}: {}.", path, std::strerror(errno)));
    FdCloser closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) return ioFailure(path, errno);
    if (S_ISDIR(info.st_mode)) return Status::ioError(trf("Cannot open {}: it is a folder", path));
    // Devices and pipes may never end (/dev/zero, a FIFO): refused, not read until memory runs out.
    if (!S_ISREG(info.st_mode))
        return Status::ioError(
            trf("Cannot open {}: it is not a regular file (a device or pipe); save the data to a file first.", path));

    std::unique_ptr<MappedFile> file(new MappedFile());
    const auto length = static_cast<size_t>(info.st_size);
    if (length > 0) {
        if (void* map = mapAligned(fd, length, populate)) {
            file->m_map = map;
            file->m_mapLength = length;
            file->m_guardSlot = guard(map, length, &file->m_changed);
            file->m_bytes = std::string_view(static_cast<const char*>(map), length);
            return file;
        }
        // A mapping fails for want of address space (ulimit -v) or memory; reading the file
        // into memory would then fail too, halfway.
        if (errno == ENOMEM) return memoryShortage(fileNameOf(path), length, currentMemoryBudget());
    }
    // Not mappable, or a file that says it is empty but may not be (/proc): read it, as long
    // as it fits.
    MLWB_RETURN_IF_ERROR(checkMemoryFor(fileNameOf(path), length));
    try {
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
    } catch (const std::bad_alloc&) {
        file.reset();
        return outOfMemory(fileNameOf(path), length);
    }
    file->m_bytes = file->m_fallback;
    return file;
}

MappedFile::~MappedFile()
{
    // Unguard first: once unmapped, the addresses may be reused for another mapping.
    unguard(m_guardSlot);
    if (m_map) ::munmap(m_map, m_mapLength);
}

}  // namespace mlwb::core::csv
