#include "core/io/csv/column_assembler.h"

#include "core/base/text.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace mlwb::core::csv {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Validity bitmap from the sparse missing-row lists; empty when nothing is missing.
std::vector<uint64_t> buildValidity(const std::vector<ChunkResult>& chunks, const std::vector<size_t>& firstRow,
                                    size_t c, size_t totalRows, size_t& nullCount)
{
    nullCount = 0;
    for (const ChunkResult& chunk : chunks) nullCount += chunk.columns[c].nullRows.size();
    if (nullCount == 0) return {};
    std::vector<uint64_t> bits((totalRows + 63) / 64, ~uint64_t{0});
    for (size_t k = 0; k < chunks.size(); ++k) {
        for (const uint32_t r : chunks[k].columns[c].nullRows) {
            const size_t row = firstRow[k] + r;
            bits[row >> 6] &= ~(uint64_t{1} << (row & 63));
        }
    }
    return bits;
}

void storeWord(unsigned char* base, size_t row, uint64_t bits)
{
    std::memcpy(base + row * 8, &bits, 8);
}

// Int64, Float64 and DateTime columns: every chunk's 64-bit values end up in one buffer,
// either compacted in place in the column's slab or copied from the chunks' own buffers.
ColumnPtr buildWordColumn(std::vector<ChunkResult>& chunks, size_t c, ValueKind kind, const std::string& name,
                          const std::vector<size_t>& firstRow, ColumnSlab* slab, std::vector<uint64_t> validity)
{
    const size_t totalRows = firstRow.back();
    const bool wantDouble = kind == ValueKind::Float64;
    const uint64_t missing = wantDouble ? std::bit_cast<uint64_t>(kNaN) : 0;
    const bool inSlab = slab && slab->isAllocated();
    // Without a slab (a kind the sniffed sample did not show, e.g. text there and numbers
    // later), the values are gathered from the chunks' own buffers into a fresh one.
    ColumnSlab gathered;
    if (!inSlab) {
        gathered.allocate(totalRows);
        slab = &gathered;
    }
    unsigned char* const out = slab->bytes();
    for (size_t k = 0; k < chunks.size(); ++k) {
        ChunkColumn& col = chunks[k].columns[c];
        const size_t rows = chunks[k].rows;
        unsigned char* dst = out + firstRow[k] * 8;
        if (col.kind == ValueKind::Empty) {
            for (size_t r = 0; r < rows; ++r) storeWord(dst, r, missing);
        } else {
            // Chunk k wrote its slab rows from slabRow >= firstRow[k] (the bound counted
            // newlines, some of which were blank lines or inside quotes): shift them down.
            const unsigned char* src =
                inSlab ? out + chunks[k].slabRow * 8 : reinterpret_cast<const unsigned char*>(col.words.data());
            if (src != dst && rows > 0) std::memmove(dst, src, rows * 8);
            if (wantDouble && col.kind == ValueKind::Int64) {
                for (size_t r = 0; r < rows; ++r) {
                    int64_t v;
                    std::memcpy(&v, dst + r * 8, 8);
                    storeWord(dst, r, std::bit_cast<uint64_t>(static_cast<double>(v)));
                }
            }
            for (const uint32_t r : col.nullRows) storeWord(dst, r, missing);
        }
        col.releaseStorage();
    }
    switch (kind) {
    case ValueKind::Float64: return Column::fromFloat64(name, slab->takeDoubles(totalRows), std::move(validity));
    case ValueKind::DateTime: return Column::fromDateTime(name, slab->takeInts(totalRows), std::move(validity));
    default: return Column::fromInt64(name, slab->takeInts(totalRows), std::move(validity));
    }
}

ColumnPtr buildStringColumn(std::vector<ChunkResult>& chunks, size_t c, const ColumnSpec& spec,
                            const std::vector<size_t>& firstRow, ColumnSlab* slab, size_t nullCount,
                            std::vector<uint64_t> validity)
{
    const size_t totalRows = firstRow.back();
    const size_t presentRows = totalRows - nullCount;
    const bool forcedCategorical = spec.forcedType == ColumnType::Categorical;
    const bool forcedText = spec.forcedType == ColumnType::Text;
    // Merge chunk dictionaries in chunk order: codes follow first appearance in the file. Stops
    // as soon as the column has too many distinct values to be categorical.
    const size_t categoricalLimit = std::max<size_t>(20, presentRows / 20);
    StringDict global;
    std::vector<std::vector<int32_t>> remaps(chunks.size());
    bool categorical = !forcedText && (presentRows > 0 || forcedCategorical);
    for (size_t k = 0; k < chunks.size() && categorical; ++k) {
        const StringDict& local = chunks[k].columns[c].dict;
        remaps[k].resize(local.size());
        for (size_t code = 0; code < local.size(); ++code)
            remaps[k][code] = global.insert(local.values()[code], local.hashes()[code]);
        if (!forcedCategorical && global.size() > categoricalLimit) categorical = false;
    }
    if (!forcedCategorical && categorical)
        categorical = chooseStringType(global.size(), presentRows) == ColumnType::Categorical;

    if (categorical) {
        const bool inSlab = slab && slab->hasCodes();
        ColumnSlab gathered;
        if (!inSlab) {
            gathered.allocateCodes(totalRows);
            slab = &gathered;
        }
        int32_t* const out = slab->codes();
        // Copy the categories now: the merged dictionary views strings that a chunk may own
        // (unescaped quoted values), and releaseStorage() below frees them.
        std::vector<std::string> categories(global.values().begin(), global.values().end());
        for (size_t k = 0; k < chunks.size(); ++k) {
            ChunkColumn& col = chunks[k].columns[c];
            const size_t rows = chunks[k].rows;
            int32_t* dst = out + firstRow[k];
            if (col.kind != ValueKind::String) {
                std::fill(dst, dst + rows, -1);
            } else {
                // Remapped in place; a slab chunk is first shifted down to its final rows.
                const int32_t* src = col.codeSlab ? out + chunks[k].slabRow : col.codes.data();
                const std::vector<int32_t>& remap = remaps[k];
                for (size_t r = 0; r < rows; ++r) {
                    const int32_t code = src[r];
                    dst[r] = code < 0 ? -1 : remap[static_cast<size_t>(code)];
                }
            }
            col.releaseStorage();
        }
        return Column::fromCategorical(spec.name, slab->takeCodes(totalRows), std::move(categories),
                                       std::move(validity));
    }

    size_t totalBytes = 0;
    for (ChunkResult& chunk : chunks) {
        const ChunkColumn& col = chunk.columns[c];
        if (col.kind != ValueKind::String) continue;
        for (size_t r = 0; r < chunk.rows; ++r) {
            const int32_t code = col.codeAt(r);
            if (code >= 0) totalBytes += col.dict.values()[static_cast<size_t>(code)].size();
        }
    }
    std::vector<uint64_t> offsets;
    offsets.reserve(totalRows + 1);
    offsets.push_back(0);
    std::string chars;
    chars.reserve(totalBytes);
    for (ChunkResult& chunk : chunks) {
        ChunkColumn& col = chunk.columns[c];
        if (col.kind != ValueKind::String) {
            offsets.insert(offsets.end(), chunk.rows, chars.size());
        } else {
            for (size_t r = 0; r < chunk.rows; ++r) {
                const int32_t code = col.codeAt(r);
                if (code >= 0) chars.append(col.dict.values()[static_cast<size_t>(code)]);
                offsets.push_back(chars.size());
            }
        }
        col.releaseStorage();
    }
    return Column::fromText(spec.name, std::move(offsets), std::move(chars), std::move(validity));
}

}  // namespace

Result<std::vector<ColumnPtr>> assembleColumns(std::vector<ChunkResult>& chunks, std::vector<ColumnSlab>& slabs,
                                               const std::vector<ColumnSpec>& specs, const ChunkParser& parser,
                                               ThreadPool& pool, JobContext& job, std::vector<std::string>& warnings)
{
    const size_t columnCount = specs.size();
    std::vector<size_t> firstRow(chunks.size() + 1, 0);
    for (size_t k = 0; k < chunks.size(); ++k) firstRow[k + 1] = firstRow[k] + chunks[k].rows;
    const size_t totalRows = firstRow.back();

    // 1. Each column's kind over all its rows: the join of its chunks' kinds.
    std::vector<ValueKind> kinds(columnCount, ValueKind::Empty);
    for (size_t c = 0; c < columnCount; ++c) {
        if (specs[c].forcedType) {
            kinds[c] = kindForType(*specs[c].forcedType);
            continue;
        }
        for (const ChunkResult& chunk : chunks) kinds[c] = joinKinds(kinds[c], chunk.columns[c].kind);
    }

    // 2. Chunks that guessed a narrower kind than String re-read those columns as text
    // (e.g. a column numeric for 14,999 rows and text on row 15,000).
    std::vector<std::vector<size_t>> rereads(chunks.size());
    std::vector<size_t> rereadChunks;
    for (size_t k = 0; k < chunks.size(); ++k) {
        for (size_t c = 0; c < columnCount; ++c) {
            const ValueKind kind = chunks[k].columns[c].kind;
            if (kinds[c] == ValueKind::String && kind != ValueKind::String && kind != ValueKind::Empty)
                rereads[k].push_back(c);
        }
        if (!rereads[k].empty()) rereadChunks.push_back(k);
    }
    pool.parallelFor(rereadChunks.size(), [&](size_t i) {
        if (job.isCancelled()) return;
        const size_t k = rereadChunks[i];
        parser.extractStrings(chunks[k], rereads[k]);
    });
    MLWB_RETURN_IF_ERROR(job.checkCancelled());

    // 3. One column at a time per thread, freeing the chunk buffers as they are copied.
    std::vector<ColumnPtr> columns(columnCount);
    std::vector<size_t> rejected(columnCount, 0);
    pool.parallelFor(columnCount, [&](size_t c) {
        if (job.isCancelled()) return;
        for (const ChunkResult& chunk : chunks) rejected[c] += chunk.columns[c].rejected;
        size_t nullCount = 0;
        std::vector<uint64_t> validity = buildValidity(chunks, firstRow, c, totalRows, nullCount);
        const std::string& name = specs[c].name;
        switch (kinds[c]) {
        case ValueKind::Float64:
        case ValueKind::Int64:
        case ValueKind::DateTime:
            columns[c] = buildWordColumn(chunks, c, kinds[c], name, firstRow, slabs.empty() ? nullptr : &slabs[c],
                                         std::move(validity));
            break;
        case ValueKind::Boolean: {
            std::vector<uint8_t> values;
            values.reserve(totalRows);
            for (ChunkResult& chunk : chunks) {
                ChunkColumn& col = chunk.columns[c];
                if (col.kind == ValueKind::Boolean)
                    values.insert(values.end(), col.bools.begin(), col.bools.end());
                else
                    values.insert(values.end(), chunk.rows, 0);
                col.releaseStorage();
            }
            columns[c] = Column::fromBoolean(name, std::move(values), std::move(validity));
            break;
        }
        case ValueKind::Empty:
        case ValueKind::String:
            columns[c] = buildStringColumn(chunks, c, specs[c], firstRow, slabs.empty() ? nullptr : &slabs[c],
                                           nullCount, std::move(validity));
            break;
        }
        if (!slabs.empty()) slabs[c] = ColumnSlab();  // whatever was not handed to the column
    });
    MLWB_RETURN_IF_ERROR(job.checkCancelled());
    for (size_t c = 0; c < columnCount; ++c) {
        if (rejected[c] == 0) continue;
        warnings.push_back(trf("Column \"{}\": {} values could not be read as {} and were set to missing.",
                               specs[c].name, rejected[c], columnTypeName(*specs[c].forcedType)));
    }
    return columns;
}

}  // namespace mlwb::core::csv
