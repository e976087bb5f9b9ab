// ChunkParser: tokenizes one row-aligned chunk of delimited text and parses every field
// straight into typed column storage (the shared column slabs, or per-chunk buffers),
// inferring each column's kind as it goes.
// Used by the CSV reader (one call per chunk, in parallel) and the column assembler.
#pragma once

#include "core/base/job_context.h"
#include "core/io/csv/chunker.h"
#include "core/io/csv/csv_dialect.h"
#include "core/io/csv/string_dict.h"
#include "core/io/csv/type_inference.h"
#include "core/io/csv/value_parsers.h"

#include <atomic>
#include <bit>
#include <cstdint>
#include <cstring>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core::csv {

// One column of one chunk. Only the storage of the current kind is used; missing rows are
// listed in nullRows (sparse: data is mostly present) and hold a placeholder in the storage.
struct ChunkColumn {
    ValueKind kind = ValueKind::Empty;
    bool forced = false;  // kind fixed by a type override: values that do not parse become missing
    // Int64, Float64 and DateTime values as 64-bit patterns (a double's bits for Float64),
    // written straight into the column's final buffer (slab) when the reader gave it one,
    // else appended to words.
    unsigned char* slab = nullptr;  // this chunk's rows in the column's 64-bit buffer (bytes: doubles or int64s)
    std::vector<uint64_t> words;
    std::vector<uint8_t> bools;  // Boolean
    // String: codes into dict, -1 when missing; in the column's code slab when it has one.
    int32_t* codeSlab = nullptr;
    std::vector<int32_t> codes;
    StringDict dict;                 // String: views into the text or into arena
    std::deque<std::string> arena;   // distinct values that had to be unescaped
    std::vector<uint32_t> nullRows;  // chunk-relative rows that are missing
    size_t rejected = 0;             // forced kind: present values that did not parse

    void put(uint32_t row, uint64_t bits)
    {
        if (slab)
            std::memcpy(slab + size_t{row} * 8, &bits, 8);
        else
            words.push_back(bits);
    }
    void putDouble(uint32_t row, double value)
    {
        if (slab)
            std::memcpy(slab + size_t{row} * 8, &value, 8);
        else
            words.push_back(std::bit_cast<uint64_t>(value));
    }
    void putCode(uint32_t row, int32_t code)
    {
        if (codeSlab)
            codeSlab[row] = code;
        else
            codes.push_back(code);
    }
    int32_t codeAt(size_t row) const { return codeSlab ? codeSlab[row] : codes[row]; }
    void releaseStorage();
};

// Where one chunk writes into a column's slabs (nullptr: the column has none of that kind).
struct SlabPointers {
    unsigned char* words = nullptr;
    int32_t* codes = nullptr;
};

struct ChunkResult {
    ChunkSpan span;
    size_t rows = 0;
    size_t slabRow = 0;  // where this chunk's rows start in the column slabs, if any
    std::vector<ChunkColumn> columns;

    // Strict mode stops at the first malformed row.
    bool failed = false;
    bool unterminatedQuote = false;  // else: wrong field count
    size_t errorOffset = 0;          // start of the bad row in the text
    size_t foundFields = 0;

    // Lenient mode skips malformed rows.
    size_t skippedRows = 0;
    std::vector<size_t> skippedOffsets;  // the first few, for the warning

    bool cancelled = false;          // stopped early: cancelled, or an earlier chunk failed
    bool stoppedAtRowLimit = false;  // rowLimit rows were in before the chunk's end
};

struct ParseSettings {
    CsvDialect dialect;
    size_t columnCount = 0;
    const NaMatcher* na = nullptr;
    std::vector<std::optional<ValueKind>> forcedKinds;  // per column
    bool lenient = false;
    size_t reserveRows = 0;  // expected rows per chunk, to size the buffers once
    const JobContext* job = nullptr;
    // Lowest index of a chunk that failed so far; later chunks stop early (their work is moot).
    std::atomic<size_t>* firstFailedChunk = nullptr;
};

inline constexpr size_t kMaxSkippedOffsets = 5;

class ChunkParser {
public:
    ChunkParser(std::string_view text, const ParseSettings& settings) : m_text(text), m_settings(settings) {}

    // Parses up to rowLimit good rows of the chunk into out (which is reset first; it notes
    // when the limit stopped it before the chunk's end). slabs:
    // per column, nullptr or where this chunk's first row goes in the column's shared buffer
    // (room for every row the chunk can hold: one per newline, plus one).
    void parse(size_t chunkIndex, const ChunkSpan& span, size_t rowLimit, const std::vector<SlabPointers>* slabs,
               ChunkResult& out) const;

    // Re-reads the listed columns of an already parsed chunk as strings: used when the whole
    // column turned out to be text although this chunk alone looked numeric (or boolean...).
    void extractStrings(ChunkResult& chunk, const std::vector<size_t>& columns) const;

    // The first `rows` rows of a chunk being parsed, for one column that just became String.
    void extractStringsForWidening(const ChunkSpan& span, size_t rows, size_t column,
                                   std::vector<ChunkColumn>& target) const;

private:
    void extractStringsUpTo(const ChunkSpan& span, size_t rows, const std::vector<size_t>& columns,
                            std::vector<ChunkColumn>& target) const;

    std::string_view m_text;
    const ParseSettings& m_settings;
};

}  // namespace mlwb::core::csv
