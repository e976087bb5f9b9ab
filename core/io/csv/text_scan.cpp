#include "core/io/csv/text_scan.h"

#include "core/io/csv/encoding.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlwb::core::csv {

size_t countByte(const char* p, const char* end, char byte)
{
    size_t count = 0;
#if defined(__SSE2__)
    // Byte-wise counters (at most 255 steps before they are summed with psadbw): no popcount
    // instruction needed on baseline x86-64.
    const __m128i needle = _mm_set1_epi8(byte);
    const __m128i zero = _mm_setzero_si128();
    while (end - p >= 16) {
        __m128i counters = zero;
        for (int step = 0; step < 255 && end - p >= 16; ++step, p += 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(block, needle));
        }
        const __m128i sums = _mm_sad_epu8(counters, zero);
        count += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
                 static_cast<size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    }
#endif
    for (; p < end; ++p) count += *p == byte;
    return count;
}

namespace {

struct BlockResult {
    size_t newlines = 0;
    bool hasQuote = false;
    size_t firstInvalid = std::string_view::npos;
};

// Newlines and quote presence in one read of the block (16 bytes at a time), plus the UTF-8
// check only where a byte >= 0x80 shows up.
BlockResult scanBlock(std::string_view text, size_t begin, size_t end, char newline, char quote, bool validate,
                      bool skipContinuation)
{
    BlockResult result;
    const char* const base = text.data();
    const char* p = base + begin;
    const char* const stop = base + end;
    result.newlines = countByte(p, stop, newline);
    result.hasQuote = std::memchr(p, quote, static_cast<size_t>(stop - p)) != nullptr;
    if (validate) {
        size_t from = begin;
        // A block starts after the continuation bytes of a sequence the previous block owns.
        if (skipContinuation) {
            for (int k = 0; k < 3 && from < end && (static_cast<unsigned char>(base[from]) & 0xC0) == 0x80; ++k) ++from;
        }
        result.firstInvalid = findInvalidUtf8InRange(text, from, end);
    }
    return result;
}

}  // namespace

TextScan TextScan::run(std::string_view text, size_t begin, char newline, char quote, bool validateUtf8,
                       size_t blockBytes, ThreadPool& pool, const JobContext& job)
{
    TextScan scan;
    scan.m_text = text;
    scan.m_begin = begin;
    scan.m_blockBytes = std::max<size_t>(1, blockBytes);
    scan.m_newline = newline;
    const size_t length = text.size() - begin;
    const size_t blocks = (length + scan.m_blockBytes - 1) / scan.m_blockBytes;
    std::vector<BlockResult> results(blocks);
    pool.parallelFor(blocks, [&](size_t i) {
        if (job.isCancelled()) return;
        const size_t from = begin + i * scan.m_blockBytes;
        const size_t to = std::min(text.size(), from + scan.m_blockBytes);
        results[i] = scanBlock(text, from, to, newline, quote, validateUtf8, i > 0);
    });
    scan.m_newlinePrefix.resize(blocks + 1, 0);
    scan.m_hasQuote.resize(blocks);
    for (size_t i = 0; i < blocks; ++i) {
        scan.m_newlinePrefix[i + 1] = scan.m_newlinePrefix[i] + results[i].newlines;
        scan.m_hasQuote[i] = results[i].hasQuote;
        if (scan.m_firstInvalidUtf8 == std::string_view::npos) scan.m_firstInvalidUtf8 = results[i].firstInvalid;
    }
    return scan;
}

size_t TextScan::newlinesBefore(size_t offset) const
{
    if (offset <= m_begin) return 0;
    const size_t block = std::min(blockOf(offset), blockCount());
    const size_t blockStart = m_begin + block * m_blockBytes;
    return m_newlinePrefix[block] + countByte(m_text.data() + blockStart, m_text.data() + offset, m_newline);
}

}  // namespace mlwb::core::csv
