#include "core/stats/gram_kernel.h"

#include <cstring>
#include <vector>

namespace mlwb::core {

namespace {

// Four doubles; GCC maps it to one AVX register in the x86-64-v3 clone and to two SSE2 ones in
// the baseline clone.
typedef double Lanes __attribute__((vector_size(32)));

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define MLWB_GRAM_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define MLWB_GRAM_CLONES
#endif

// A 2 x 4 tile of sums: variables a0, a1 against b0..b3 over all rows. Eight accumulators
// and six loads per four rows fit the sixteen vector registers.
[[gnu::always_inline]] inline void tile(const double* a0, const double* a1, const double* const* b, size_t rows,
                                        double out[2][4])
{
    Lanes acc[2][4] = {};
    size_t r = 0;
    for (; r + 4 <= rows; r += 4) {
        // memcpy: unaligned loads (no vector is passed to or returned from a function, whose
        // calling convention would differ between the two clones).
        Lanes x0, x1;
        std::memcpy(&x0, a0 + r, sizeof x0);
        std::memcpy(&x1, a1 + r, sizeof x1);
        for (int k = 0; k < 4; ++k) {
            Lanes y;
            std::memcpy(&y, b[k] + r, sizeof y);
            acc[0][k] += x0 * y;
            acc[1][k] += x1 * y;
        }
    }
    for (int d = 0; d < 2; ++d) {
        for (int k = 0; k < 4; ++k) out[d][k] = (acc[d][k][0] + acc[d][k][1]) + (acc[d][k][2] + acc[d][k][3]);
    }
    for (; r < rows; ++r) {
        for (int k = 0; k < 4; ++k) {
            out[0][k] += a0[r] * b[k][r];
            out[1][k] += a1[r] * b[k][r];
        }
    }
}

}  // namespace

MLWB_GRAM_CLONES void addGramLower(const double* x, size_t rows, size_t p, double* g)
{
    if (p == 0 || rows == 0) return;
    // Tiles past the last variable read a column of zeros (and write nothing).
    thread_local std::vector<double> zeros;
    if (zeros.size() < rows) zeros.assign(rows, 0.0);
    auto column = [&](size_t v) { return v < p ? x + v * rows : zeros.data(); };
    for (size_t i = 0; i < p; i += 2) {
        const double* a0 = column(i);
        const double* a1 = column(i + 1);
        for (size_t j = 0; j <= i + 1 && j < p; j += 4) {
            const double* b[4] = {column(j), column(j + 1), column(j + 2), column(j + 3)};
            double out[2][4];
            tile(a0, a1, b, rows, out);
            for (size_t di = 0; di < 2; ++di) {
                for (size_t dj = 0; dj < 4; ++dj) {
                    const size_t row = i + di;
                    const size_t col = j + dj;
                    if (row < p && col <= row) g[row + col * p] += out[di][dj];
                }
            }
        }
    }
}

}  // namespace mlwb::core
