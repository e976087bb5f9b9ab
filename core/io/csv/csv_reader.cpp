// Orchestration of the CSV reader: decode -> sniff -> header -> chunk -> parallel parse ->
// assemble columns. Each step lives in its own file in this folder.
#include "core/io/csv/csv_reader.h"

#include "core/base/memory_budget.h"
#include "core/base/text.h"
#include "core/io/csv/chunk_parser.h"
#include "core/io/csv/chunker.h"
#include "core/io/csv/column_assembler.h"
#include "core/io/csv/column_names.h"
#include "core/io/csv/column_slab.h"
#include "core/io/csv/csv_reader_tuning.h"
#include "core/io/csv/dialect_sniffer.h"
#include "core/io/csv/encoding.h"
#include "core/io/csv/file_check.h"
#include "core/io/csv/mapped_file.h"
#include "core/io/csv/memory_estimate.h"
#include "core/io/csv/text_scan.h"
#include "core/io/csv/tokenizer.h"
#include "core/io/csv/value_parsers.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <new>
#include <optional>
#include <set>

namespace mlwb::core {

namespace {

using namespace csv;

// The sniffer looks at this much of the file: hundreds of rows of any sane file.
constexpr size_t kSniffBytes = size_t{256} << 10;
constexpr size_t kMinPreviewChunkBytes = size_t{16} << 10;
// Progress: decoding and sniffing up to 5%, parsing up to 90%, assembling the rest.
constexpr double kParseBegin = 0.05;
constexpr double kParseEnd = 0.90;

size_t lineNumberAt(std::string_view text, size_t offset, char newline)
{
    return static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), newline)) +
           1;
}

Status unterminatedQuoteError(const std::string& name, size_t line, char quote)
{
    return Status::parseError(
        trf("{}, line {}: a quoted field starts on this line but its closing quote ({}) is missing. Fix the quote or "
            "open the file in lenient mode to skip bad rows.",
            name, line, quote));
}

Status changedWhileReadingError(const std::string& name)
{
    return Status::ioError(
        trf("{} changed while it was being read: another program shortened or rewrote it. Open it "
            "again once that program is done with it.",
            name));
}

Status raggedRowError(const std::string& name, size_t line, size_t expected, size_t found)
{
    return Status::parseError(
        trf("{}, line {}: expected {} fields, found {}. Fix the row or open the file in lenient mode to skip bad rows.",
            name, line, expected, found));
}

class CsvReader {
public:
    CsvReader(std::string name, const ImportOptions& options, JobContext& job, const CsvReadTuning& tuning)
        : m_name(std::move(name)),
          m_options(options),
          m_job(job),
          m_pool(tuning.pool ? *tuning.pool : ThreadPool::global()),
          m_chunkBytes(tuning.chunkBytes)
    {}

    // The reader's entry: a std::bad_alloc anywhere below (a buffer the estimate did not
    // foresee) comes back as the same ResourceExhausted as a refused estimate.
    Result<ImportResult> read(std::string_view bytes);

private:
    Result<ImportResult> readDecoded(std::string_view bytes);
    Result<ImportResult> readText(DecodedText& decoded);
    // Sets m_invalidUtf8 (and parses nothing more) when the text turns out not to be UTF-8.
    Status parseChunks(const ChunkParser& parser, const CsvDialect& dialect, size_t dataBegin, size_t chunkBytes,
                       const std::vector<ValueKind>& slabKinds, bool checkUtf8);
    void parseOne(const ChunkParser& parser, size_t index, const ChunkSpan& span, size_t rowLimit,
                  const std::vector<SlabPointers>* slabs, ChunkResult& out);

    std::string m_name;
    const ImportOptions& m_options;
    JobContext& m_job;
    ThreadPool& m_pool;
    size_t m_chunkBytes;

    std::string_view m_text;
    std::vector<ChunkResult> m_chunks;
    std::vector<ColumnSlab> m_slabs;  // per column; empty for previews
    std::atomic<size_t> m_firstFailedChunk{std::numeric_limits<size_t>::max()};
    std::atomic<size_t> m_bytesParsed{0};
    size_t m_dataBytes = 1;
    std::string m_progressMessage;
    size_t m_invalidUtf8 = std::string_view::npos;
    std::atomic<bool> m_textChanged{false};  // a chunk held more rows than the scan found newlines
    // For the memory estimate once the rows are counted (set by readText for parseChunks).
    const SniffResult* m_sniff = nullptr;
    std::vector<std::optional<ColumnType>> m_forcedTypes;
    uint64_t m_estimatedBytes = 0;  // 0 until known
};

Result<ImportResult> CsvReader::read(std::string_view bytes)
{
    try {
        return readDecoded(bytes);
    } catch (const std::bad_alloc&) {
        // Let go of what was parsed before saying how much memory is left.
        std::vector<ChunkResult>().swap(m_chunks);
        std::vector<ColumnSlab>().swap(m_slabs);
        return outOfMemory(m_name, m_estimatedBytes);
    }
}

Result<ImportResult> CsvReader::readDecoded(std::string_view bytes)
{
    m_progressMessage = trf("Reading {}", m_name);
    m_job.setProgress(0.0, m_progressMessage);
    MLWB_RETURN_IF_ERROR(m_job.checkCancelled());
    if (bytes.empty()) return Status::parseError(trf("{}: the file is empty.", m_name));

    auto decodedResult = decodeText(bytes, m_options.encoding, m_name);
    if (!decodedResult.isOk()) return decodedResult.status();
    DecodedText decoded = std::move(decodedResult).value();
    auto result = readText(decoded);
    if (result.isOk() || m_invalidUtf8 == std::string_view::npos) return result;
    // Not UTF-8 after all (found while scanning): start over on the transcoded text.
    decoded.fallBackFromInvalidUtf8(m_invalidUtf8, m_name);
    m_invalidUtf8 = std::string_view::npos;
    m_chunks.clear();
    m_slabs.clear();
    m_firstFailedChunk = std::numeric_limits<size_t>::max();
    m_bytesParsed = 0;
    return readText(decoded);
}

Result<ImportResult> CsvReader::readText(DecodedText& decoded)
{
    m_text = decoded.text();
    if (trimSpaces(m_text).empty()) return Status::parseError(trf("{}: the file is empty.", m_name));
    MLWB_RETURN_IF_ERROR(m_job.checkCancelled());

    ImportResult result;
    result.encoding = decoded.encoding();
    result.warnings = decoded.warnings();

    const NaMatcher na(m_options.naTokens ? *m_options.naTokens : defaultNaTokens());
    const SniffResult sniff = sniffDialect(m_text.substr(0, kSniffBytes), m_text.size() <= kSniffBytes, m_options, na);
    const CsvDialect dialect = sniff.dialect;

    // The first non-blank row gives the column count, and the names when it is a header.
    std::vector<Field> fields;
    const char* const textEnd = m_text.data() + m_text.size();
    const char* rowStart = m_text.data();
    const char* next = nullptr;
    RowStatus status;
    while (true) {
        next = tokenizeRow(rowStart, textEnd, dialect, fields, status);
        if (status == RowStatus::Ok && isBlankRow(fields) && next < textEnd) {
            rowStart = next;
            continue;
        }
        break;
    }
    const auto firstRowOffset = static_cast<size_t>(rowStart - m_text.data());
    if (status != RowStatus::Ok)
        return unterminatedQuoteError(m_name, lineNumberAt(m_text, firstRowOffset, dialect.newline), dialect.quote);
    const size_t columnCount = fields.size();
    std::vector<std::string> rawNames(columnCount);
    if (dialect.hasHeader) {
        std::string scratch;
        for (size_t c = 0; c < columnCount; ++c)
            rawNames[c] = std::string(trimSpaces(fieldValue(fields[c], dialect.quote, scratch)));
    }
    const size_t dataBegin = dialect.hasHeader ? static_cast<size_t>(next - m_text.data()) : firstRowOffset;
    const std::vector<std::string> names = makeColumnNames(rawNames, dialect.hasHeader, result.warnings);

    std::vector<ColumnSpec> specs(columnCount);
    m_forcedTypes.assign(columnCount, std::nullopt);
    ParseSettings settings;
    settings.dialect = dialect;
    settings.columnCount = columnCount;
    settings.na = &na;
    settings.forcedKinds.resize(columnCount);
    settings.lenient = m_options.lenient;
    settings.job = &m_job;
    settings.firstFailedChunk = &m_firstFailedChunk;
    std::set<std::string> matchedOverrides;
    for (size_t c = 0; c < columnCount; ++c) {
        specs[c].name = names[c];
        const auto it = m_options.typeOverrides.find(names[c]);
        if (it == m_options.typeOverrides.end()) continue;
        specs[c].forcedType = it->second;
        m_forcedTypes[c] = it->second;
        settings.forcedKinds[c] = kindForType(it->second);
        matchedOverrides.insert(it->first);
    }
    for (const auto& [name, type] : m_options.typeOverrides) {
        if (!matchedOverrides.count(name))
            result.warnings.push_back(trf("There is no column \"{}\"; its type setting was ignored.", name));
    }

    size_t chunkBytes = m_chunkBytes ? m_chunkBytes : kDefaultCsvChunkBytes;
    if (m_options.maxRows > 0 && !m_chunkBytes) {
        // A preview parses about what it shows, not a megabyte per thread.
        const double wanted = static_cast<double>(m_options.maxRows) * sniff.averageRowBytes * 1.25;
        chunkBytes = std::clamp(static_cast<size_t>(wanted), kMinPreviewChunkBytes, chunkBytes);
    }
    settings.reserveRows = static_cast<size_t>(static_cast<double>(chunkBytes) / sniff.averageRowBytes * 1.1) + 16;
    if (m_options.maxRows > 0) settings.reserveRows = std::min(settings.reserveRows, m_options.maxRows + 16);

    // Columns that look numeric (or are forced to) get one shared buffer for all chunks.
    std::vector<ValueKind> slabKinds(columnCount, ValueKind::Empty);
    for (size_t c = 0; c < columnCount; ++c) {
        if (settings.forcedKinds[c])
            slabKinds[c] = *settings.forcedKinds[c];
        else if (c < sniff.sampleKinds.size())
            slabKinds[c] = sniff.sampleKinds[c];
    }

    const ChunkParser parser(m_text, settings);
    m_sniff = &sniff;
    MLWB_RETURN_IF_ERROR(parseChunks(parser, dialect, dataBegin, chunkBytes, slabKinds, decoded.needsUtf8Check()));
    if (m_invalidUtf8 != std::string_view::npos) return Status::parseError("not UTF-8");  // read() starts over
    if (m_textChanged) return changedWhileReadingError(m_name);

    // The first malformed row in file order, whichever thread met it first.
    for (const ChunkResult& chunk : m_chunks) {
        if (!chunk.failed) continue;
        const size_t line = lineNumberAt(m_text, chunk.errorOffset, dialect.newline);
        if (chunk.unterminatedQuote) return unterminatedQuoteError(m_name, line, dialect.quote);
        return raggedRowError(m_name, line, columnCount, chunk.foundFields);
    }
    if (m_options.lenient) {
        std::vector<size_t> offsets;
        for (const ChunkResult& chunk : m_chunks) {
            result.skippedRows += chunk.skippedRows;
            for (const size_t offset : chunk.skippedOffsets) {
                if (offsets.size() < kMaxSkippedOffsets) offsets.push_back(offset);
            }
        }
        if (result.skippedRows > 0) {
            std::string lines;
            for (const size_t offset : offsets) {
                if (!lines.empty()) lines += ", ";
                lines += std::to_string(lineNumberAt(m_text, offset, dialect.newline));
            }
            if (result.skippedRows > offsets.size()) lines += ", ...";
            result.warnings.push_back(
                trf("Skipped {} malformed rows (wrong number of fields or an unclosed quote) "
                    "on lines {}.",
                    result.skippedRows, lines));
        }
    }

    m_job.setProgress(kParseEnd, m_progressMessage);
    auto columns = assembleColumns(m_chunks, m_slabs, specs, parser, m_pool, m_job, result.warnings);
    if (!columns.isOk()) return columns.status();
    m_chunks.clear();
    auto table = Table::make(std::move(columns).value());
    if (!table.isOk()) return table.status().withContext(m_name);

    result.table = std::move(table).value();
    result.format = dialect.delimiter == '\t' ? "tsv" : "csv";
    result.delimiter = dialect.delimiter;
    result.quote = dialect.quote;
    result.hasHeader = dialect.hasHeader;
    result.decimalComma = dialect.decimalComma;
    m_job.setProgress(1.0, m_progressMessage);
    return result;
}

void CsvReader::parseOne(const ChunkParser& parser, size_t index, const ChunkSpan& span, size_t rowLimit,
                         const std::vector<SlabPointers>* slabs, ChunkResult& out)
{
    parser.parse(index, span, rowLimit, slabs, out);
    const size_t done = m_bytesParsed.fetch_add(span.end - span.begin) + (span.end - span.begin);
    m_job.setProgress(kParseBegin +
                      (kParseEnd - kParseBegin) * static_cast<double>(done) / static_cast<double>(m_dataBytes));
}

Status CsvReader::parseChunks(const ChunkParser& parser, const CsvDialect& dialect, size_t dataBegin, size_t chunkBytes,
                              const std::vector<ValueKind>& slabKinds, bool checkUtf8)
{
    m_dataBytes = std::max<size_t>(1, m_text.size() - dataBegin);

    if (m_options.maxRows == 0) {
        // Whole file. 1) One parallel read of every byte: UTF-8 check, newline counts, blocks
        // with quotes.
        const TextScan scan =
            TextScan::run(m_text, 0, dialect.newline, dialect.quote, checkUtf8, chunkBytes, m_pool, m_job);
        MLWB_RETURN_IF_ERROR(m_job.checkCancelled());
        if (scan.firstInvalidUtf8() != std::string_view::npos) {
            m_invalidUtf8 = scan.firstInvalidUtf8();
            return Status::ok();
        }
        m_job.setProgress(kParseBegin, m_progressMessage);

        // 2) Chunk boundaries (serial, but only touching quotes and a few bytes per chunk).
        Chunker chunker(m_text, dataBegin, dialect, chunkBytes, &scan);
        std::vector<ChunkSpan> spans;
        ChunkSpan span;
        while (chunker.next(span)) {
            spans.push_back(span);
            if (spans.size() % 64 == 0) MLWB_RETURN_IF_ERROR(m_job.checkCancelled());
        }
        // 3) Each chunk gets as many slab rows as it has newlines (an upper bound on its rows),
        // so chunks write their values into place before anyone knows the exact row counts.
        std::vector<size_t> slabRow(spans.size() + 1, 0);
        const bool endsWithNewline = !m_text.empty() && m_text.back() == dialect.newline;
        for (size_t i = 0; i < spans.size(); ++i) {
            const bool last = spans[i].end == m_text.size();
            slabRow[i + 1] = slabRow[i] + scan.newlinesBefore(spans[i].end) - scan.newlinesBefore(spans[i].begin) +
                             (last && !endsWithNewline ? 1 : 0);
        }
        // Now that the rows are counted: a table that would not fit in memory is refused here,
        // before its buffers are allocated (allocating would fail, or leave too little to use it).
        m_estimatedBytes = estimateCsvLoadBytes(slabRow.back(), slabKinds, m_forcedTypes, *m_sniff);
        MLWB_RETURN_IF_ERROR(checkMemoryFor(m_name, m_estimatedBytes));
        std::vector<size_t> slabColumns;
        for (size_t c = 0; c < slabKinds.size(); ++c) {
            const ValueKind kind = slabKinds[c];
            if (kind != ValueKind::Empty && kind != ValueKind::Boolean) slabColumns.push_back(c);
        }
        m_slabs.resize(slabKinds.size());
        for (const size_t c : slabColumns) {
            if (slabKinds[c] == ValueKind::String)
                m_slabs[c].allocateCodes(slabRow.back());
            else
                m_slabs[c].allocate(slabRow.back());
        }

        m_chunks.resize(spans.size());
        m_pool.parallelFor(spans.size(), [&](size_t i) {
            std::vector<SlabPointers> slabs(slabKinds.size());
            for (const size_t c : slabColumns) {
                if (m_slabs[c].hasCodes())
                    slabs[c].codes = m_slabs[c].codes() + slabRow[i];
                else
                    slabs[c].words = m_slabs[c].bytes() + slabRow[i] * 8;
            }
            // A chunk has at most one row per newline the scan counted in it; more means the
            // file changed after the scan, and would overrun its room in the slabs.
            parseOne(parser, i, spans[i], slabRow[i + 1] - slabRow[i], &slabs, m_chunks[i]);
            m_chunks[i].slabRow = slabRow[i];
            if (m_chunks[i].stoppedAtRowLimit) m_textChanged = true;
        });
        return m_job.checkCancelled();
    }

    // Preview: waves of one chunk per thread until maxRows rows are in, so a preview of a
    // huge file reads only its beginning (and checks only that for UTF-8).
    m_job.setProgress(kParseBegin, m_progressMessage);
    Chunker chunker(m_text, dataBegin, dialect, chunkBytes);
    const size_t maxRows = m_options.maxRows;
    size_t rows = 0;
    while (rows < maxRows) {
        std::vector<ChunkSpan> wave;
        ChunkSpan span;
        while (wave.size() < m_pool.threadCount() && chunker.next(span)) wave.push_back(span);
        if (wave.empty()) break;
        const size_t base = m_chunks.size();
        std::vector<ChunkResult> results(wave.size());
        const size_t remaining = maxRows - rows;
        m_pool.parallelFor(wave.size(),
                           [&](size_t i) { parseOne(parser, base + i, wave[i], remaining, nullptr, results[i]); });
        MLWB_RETURN_IF_ERROR(m_job.checkCancelled());
        for (size_t i = 0; i < results.size(); ++i) {
            ChunkResult& result = results[i];
            // Each chunk of the wave was allowed all remaining rows; the later ones may need fewer.
            const size_t limit = maxRows - rows;
            if (result.rows > limit || (result.failed && result.rows >= limit))
                parser.parse(base + i, wave[i], limit, nullptr, result);
            rows += result.rows;
            const bool stop = result.failed || rows >= maxRows;
            m_chunks.push_back(std::move(result));
            if (stop) break;
        }
        if (!m_chunks.empty() && (m_chunks.back().failed || rows >= maxRows)) break;
    }
    if (checkUtf8) {
        const size_t end = m_chunks.empty() ? m_text.size() : m_chunks.back().span.end;
        m_invalidUtf8 = findInvalidUtf8InRange(m_text, 0, end);
    }
    return Status::ok();
}

}  // namespace

Result<ImportResult> readCsvBufferTuned(std::string_view bytes, const std::string& sourceName,
                                        const ImportOptions& options, JobContext& job, const CsvReadTuning& tuning)
{
    CsvReader reader(sourceName, options, job, tuning);
    return reader.read(bytes);
}

Result<ImportResult> readCsvFileTuned(const std::string& path, const ImportOptions& options, JobContext& job,
                                      const CsvReadTuning& tuning)
{
    MLWB_RETURN_IF_ERROR(job.checkCancelled());
    // Before opening: opening a FIFO blocks, and a device such as /dev/zero never ends.
    MLWB_RETURN_IF_ERROR(checkReadableFile(path));
    const std::string name = fileNameOf(path);
    auto file = MappedFile::open(path, options.maxRows == 0);
    if (!file.isOk()) return file.status();
    CsvReader reader(name, options, job, tuning);
    auto result = reader.read(file.value()->bytes());
    // Whatever was read (or went wrong) after the file shrank is meaningless.
    if (file.value()->changedWhileMapped()) return changedWhileReadingError(name);
    return result;
}

Result<ImportResult> readCsvFile(const std::string& path, const ImportOptions& options, JobContext& job)
{
    return readCsvFileTuned(path, options, job, CsvReadTuning{});
}

Result<ImportResult> readCsvBuffer(std::string_view bytes, const std::string& sourceName, const ImportOptions& options,
                                   JobContext& job)
{
    return readCsvBufferTuned(bytes, sourceName, options, job, CsvReadTuning{});
}

}  // namespace mlwb::core
