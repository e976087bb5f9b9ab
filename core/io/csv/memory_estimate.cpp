#include "core/io/csv/memory_estimate.h"

#include "core/base/large_buffer.h"

#include <cmath>

namespace mlwb::core::csv {

namespace {

// A text value in a chunk's dictionary while the file is parsed: its view (16 bytes), hash (8),
// one to two int32 slots of the half-full table, and the vectors' growth slack.
constexpr double kDictionaryEntryBytes = 48;
// Sampled values mostly distinct: one string per row (Text), not a code per row (Categorical).
// The reader's own rule (chooseStringType) is at most half as many distinct values as rows.
constexpr double kTextDistinctShare = 0.5;

}  // namespace

ColumnCost columnCost(ValueKind kind, std::optional<ColumnType> forcedType, double sampleValueBytes,
                      double sampleDistinctShare)
{
    switch (kind) {
    case ValueKind::Int64:
    case ValueKind::Float64:
    case ValueKind::DateTime: return {8, 0};  // the slab, handed to the column as it is
    case ValueKind::Boolean: return {0, 2};   // a byte per row in the chunks, then in the column
    case ValueKind::Empty: return {0, 8};     // nothing in the sample: whatever comes, about a word a row
    case ValueKind::String: break;
    }
    const bool text = forcedType ? *forcedType == ColumnType::Text : sampleDistinctShare > kTextDistinctShare;
    if (!text) return {4, 0};  // int32 codes; the chunks' dictionaries hold a few distinct values
    // Besides the codes: the chunks' dictionaries, then the column's offsets and characters,
    // which are reserved before the dictionaries are let go.
    return {4, kDictionaryEntryBytes + 8 + sampleValueBytes};
}

uint64_t estimateCsvLoadBytes(size_t rows, const std::vector<ValueKind>& kinds,
                              const std::vector<std::optional<ColumnType>>& forcedTypes, const SniffResult& sniff)
{
    const auto n = static_cast<double>(rows);
    double total = 0;
    bool anyLargeSlab = false;
    for (size_t c = 0; c < kinds.size(); ++c) {
        const std::optional<ColumnType> forced = c < forcedTypes.size() ? forcedTypes[c] : std::nullopt;
        const double valueBytes = c < sniff.sampleValueBytes.size() ? sniff.sampleValueBytes[c] : 0.0;
        // A column the sample does not reach (a ragged first row) counts as text: the cautious guess.
        const double distinct = c < sniff.sampleDistinctShare.size() ? sniff.sampleDistinctShare[c] : 1.0;
        const ColumnCost cost = columnCost(kinds[c], forced, valueBytes, distinct);
        if (cost.slabBytesPerRow > 0) {
            const auto slabBytes = static_cast<size_t>(cost.slabBytesPerRow * n);
            total += static_cast<double>(detail::largeAllocationSize(slabBytes));
            anyLargeSlab = anyLargeSlab || slabBytes >= detail::kLargeAllocationBytes;
        }
        total += (cost.otherBytesPerRow + 1.0 / 8) * n;  // + the validity bit
    }
    // A large slab's mapping reserves one huge page more until it is aligned and trimmed.
    if (anyLargeSlab) total += static_cast<double>(detail::kLargeAllocationBytes);
    return static_cast<uint64_t>(std::ceil(total));
}

}  // namespace mlwb::core::csv
