// Random draws that follow numpy's legacy RandomState(seed) (Mersenne Twister with
// init_genrand seeding, masked rejection for randint, 53-bit doubles for uniform), so a
// k-means seed picks the same initial centres as scikit-learn's random_state. Used by k-means++.
#pragma once

#include <cstdint>
#include <random>

namespace mlwb::core::ml {

class LegacyRandom {
public:
    // numpy accepts seeds below 2^32; larger ones are folded so that every seed is usable.
    explicit LegacyRandom(uint64_t seed) : m_engine(static_cast<uint32_t>(seed ^ (seed >> 32))) {}

    // A whole number in [0, n), as RandomState.randint(n): the draw is masked to the
    // smallest 2^m - 1 covering n - 1 and rejected until it is in range. n == 1 draws nothing.
    uint64_t randint(uint64_t n)
    {
        const uint64_t range = n - 1;
        if (n <= 1) return 0;
        if (range == 0xFFFFFFFFu) return m_engine();
        uint64_t mask = range;
        for (int shift = 1; shift <= 32; shift *= 2) mask |= mask >> shift;
        uint64_t value = 0;
        do {
            value = static_cast<uint64_t>(m_engine()) & mask;
        } while (value > range);
        return value;
    }

    // A double in [0, 1) from two 32-bit draws (27 + 26 bits), as RandomState.uniform().
    double uniform()
    {
        const uint32_t a = m_engine() >> 5;
        const uint32_t b = m_engine() >> 6;
        return (static_cast<double>(a) * 67108864.0 + static_cast<double>(b)) / 9007199254740992.0;
    }

private:
    std::mt19937 m_engine;  // std::mt19937's seeding is init_genrand, the same as numpy's
};

}  // namespace mlwb::core::ml
