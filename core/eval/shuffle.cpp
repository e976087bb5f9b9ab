#include "core/eval/shuffle.h"

#include <utility>

namespace mlwb::core {

uint64_t uniformIndex(std::mt19937_64& engine, uint64_t bound)
{
    // Values below 2^64 mod bound would make small results more likely; draw again instead.
    const uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const uint64_t x = engine();
        if (x >= threshold) return x % bound;
    }
}

void shuffleInPlace(std::span<uint32_t> items, std::mt19937_64& engine)
{
    for (size_t i = items.size(); i > 1; --i) {
        const size_t j = size_t(uniformIndex(engine, i));
        std::swap(items[i - 1], items[j]);
    }
}

uint64_t deriveSeed(uint64_t seed, uint64_t stream)
{
    uint64_t z = seed + (stream + 1) * 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

}  // namespace mlwb::core
