#include "core/stats/large_buffer.h"

#include <new>

#if defined(_WIN32)
#include <malloc.h>
#endif

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mlwb::core::detail {

namespace {
constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kAlignment = 64;  // cache line, for the small ones
}  // namespace

void* allocateLarge(size_t bytes)
{
    if (bytes == 0) bytes = 1;
    const bool huge = bytes >= kHugePage;
    const size_t alignment = huge ? kHugePage : kAlignment;
    const size_t rounded = (bytes + alignment - 1) / alignment * alignment;
#if defined(_WIN32)
    void* p = _aligned_malloc(rounded, alignment);
#else
    void* p = std::aligned_alloc(alignment, rounded);
#endif
    if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge) madvise(p, rounded, MADV_HUGEPAGE);  // a hint; failure just means small pages
#endif
    return p;
}

void freeLarge(void* pointer) noexcept
{
#if defined(_WIN32)
    _aligned_free(pointer);
#else
    std::free(pointer);
#endif
}

}  // namespace mlwb::core::detail
