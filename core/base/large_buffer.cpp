#include "core/base/large_buffer.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(_WIN32)
#include <malloc.h>
#endif

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mlwb::core::detail {

namespace {
constexpr size_t kHugePage = kLargeAllocationBytes;
constexpr size_t kAlignment = 64;  // cache line, for the small ones

#if defined(__linux__)
// A private anonymous mapping aligned to a huge page, so that every 2 MB of it can be one
// huge page. Freed with munmap: the kernel hands the same (already backed) huge pages to the
// next large allocation, which a later load of the same size then gets without faulting
// 4 KB at a time.
void* mapHugeAligned(size_t bytes)
{
    const size_t span = bytes + kHugePage;
    void* raw = ::mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return nullptr;
    const auto begin = reinterpret_cast<uintptr_t>(raw);
    const uintptr_t aligned = (begin + kHugePage - 1) & ~(kHugePage - 1);
    if (aligned > begin) ::munmap(raw, aligned - begin);
    const uintptr_t tail = aligned + bytes;
    if (begin + span > tail) ::munmap(reinterpret_cast<void*>(tail), begin + span - tail);
#if defined(MADV_HUGEPAGE)
    ::madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);  // a hint; failure means small pages
#endif
    return reinterpret_cast<void*>(aligned);
}
#endif

// Sanitizer builds only (see core/base/CMakeLists.txt): a fresh buffer full of a pattern, so a
// value read before it was written is garbage in the tests rather than a lucky zero.
void* poisoned(void* p, size_t bytes)
{
#if defined(MLWB_POISON_FRESH_BUFFERS)
    std::memset(p, 0xA5, bytes);
#else
    (void)bytes;
#endif
    return p;
}

}  // namespace

size_t largeAllocationSize(size_t bytes)
{
    if (bytes == 0) bytes = 1;
    const size_t alignment = bytes >= kHugePage ? kHugePage : kAlignment;
    return (bytes + alignment - 1) / alignment * alignment;
}

void* allocateLarge(size_t bytes)
{
    const size_t rounded = largeAllocationSize(bytes);
#if defined(__linux__)
    if (rounded >= kHugePage) {
        void* p = mapHugeAligned(rounded);
        if (!p) throw std::bad_alloc();
        return poisoned(p, rounded);
    }
#endif
#if defined(_WIN32)
    void* p = _aligned_malloc(rounded, kAlignment);
#else
    void* p = std::aligned_alloc(kAlignment, rounded);
#endif
    if (!p) throw std::bad_alloc();
    return poisoned(p, rounded);
}

void freeLarge(void* pointer, size_t bytes) noexcept
{
    if (!pointer) return;
    const size_t rounded = largeAllocationSize(bytes);
#if defined(__linux__)
    if (rounded >= kHugePage) {
        ::munmap(pointer, rounded);
        return;
    }
#else
    (void)rounded;
#endif
#if defined(_WIN32)
    _aligned_free(pointer);
#else
    std::free(pointer);
#endif
}

}  // namespace mlwb::core::detail
