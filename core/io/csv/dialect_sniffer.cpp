#include "core/io/csv/dialect_sniffer.h"

#include "core/io/csv/tokenizer.h"
#include "core/io/csv/type_inference.h"
#include "core/io/csv/value_parsers.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace mlwb::core::csv {

namespace {

constexpr size_t kMaxSampleRows = 500;

struct SampleRows {
    std::vector<std::vector<std::string>> rows;  // values (unquoted), blank rows left out
    size_t bytes = 0;                            // bytes covered by these rows
};

SampleRows tokenizeSample(std::string_view sample, bool complete, const CsvDialect& dialect)
{
    SampleRows out;
    const char* p = sample.data();
    const char* const end = p + sample.size();
    std::vector<Field> fields;
    std::string scratch;
    while (p < end && out.rows.size() < kMaxSampleRows) {
        RowStatus status;
        const char* next = tokenizeRow(p, end, dialect, fields, status);
        // A row cut off by the end of the sample would have a wrong field count.
        if (status != RowStatus::Ok || (next == end && !complete && (end[-1] != dialect.newline))) break;
        if (!isBlankRow(fields)) {
            std::vector<std::string> values;
            values.reserve(fields.size());
            for (const Field& field : fields) values.emplace_back(fieldValue(field, dialect.quote, scratch));
            out.rows.push_back(std::move(values));
        }
        out.bytes = static_cast<size_t>(next - sample.data());
        p = next;
    }
    return out;
}

struct DelimiterScore {
    char delimiter = ',';
    size_t modeFields = 1;
    double consistency = 0;  // share of rows with modeFields fields
};

DelimiterScore scoreDelimiter(std::string_view sample, bool complete, CsvDialect dialect, char delimiter)
{
    dialect.delimiter = delimiter;
    const SampleRows sampleRows = tokenizeSample(sample, complete, dialect);
    DelimiterScore score;
    score.delimiter = delimiter;
    if (sampleRows.rows.empty()) return score;
    std::map<size_t, size_t> counts;
    for (const auto& row : sampleRows.rows) ++counts[row.size()];
    size_t best = 0;
    for (const auto& [fieldCount, rows] : counts) {
        if (rows > best || (rows == best && fieldCount > score.modeFields)) {
            best = rows;
            score.modeFields = fieldCount;
        }
    }
    score.consistency = static_cast<double>(best) / static_cast<double>(sampleRows.rows.size());
    return score;
}

// "3,14", "-0,5", "1,5e3": a number written with a decimal comma.
bool looksLikeDecimalComma(std::string_view value)
{
    double d = 0;
    return value.find(',') != std::string_view::npos && parseFloat64(value, ',', d);
}

bool looksLikeDecimalPoint(std::string_view value)
{
    double d = 0;
    return value.find('.') != std::string_view::npos && parseFloat64(value, '.', d);
}

size_t countDecimalCommaFields(const SampleRows& sampleRows, size_t firstRow, size_t& decimalPointFields)
{
    size_t commas = 0;
    decimalPointFields = 0;
    for (size_t r = firstRow; r < sampleRows.rows.size(); ++r) {
        for (const std::string& value : sampleRows.rows[r]) {
            const std::string_view t = trimSpaces(value);
            if (looksLikeDecimalComma(t))
                ++commas;
            else if (looksLikeDecimalPoint(t))
                ++decimalPointFields;
        }
    }
    return commas;
}

char chooseDelimiter(std::string_view sample, bool complete, const CsvDialect& dialect)
{
    std::vector<DelimiterScore> scores;
    for (const char candidate : {',', '\t', ';', '|'})
        scores.push_back(scoreDelimiter(sample, complete, dialect, candidate));
    const DelimiterScore* best = nullptr;
    for (const DelimiterScore& score : scores) {
        if (score.modeFields < 2) continue;
        if (!best || score.consistency > best->consistency ||
            (score.consistency == best->consistency && score.modeFields > best->modeFields))
            best = &score;
    }
    if (!best) return ',';  // one column: the delimiter never matters
    // "1,5;2,5" splits consistently on both; a comma that separates decimals is not the delimiter.
    if (best->delimiter == ',') {
        const DelimiterScore& semicolon = scores[2];
        if (semicolon.modeFields >= 2 && semicolon.consistency >= best->consistency) {
            CsvDialect withSemicolon = dialect;
            withSemicolon.delimiter = ';';
            size_t points = 0;
            if (countDecimalCommaFields(tokenizeSample(sample, complete, withSemicolon), 0, points) > points)
                return ';';
        }
    }
    return best->delimiter;
}

// Single quotes only when the sample never uses double quotes but does wrap fields in '...'.
char chooseQuote(std::string_view sample, bool complete, const CsvDialect& dialect)
{
    CsvDialect plain = dialect;
    plain.quote = '\0';  // count wrapped fields without interpreting any quote
    const SampleRows sampleRows = tokenizeSample(sample, complete, plain);
    size_t doubleQuoted = 0;
    size_t singleQuoted = 0;
    size_t fields = 0;
    for (const auto& row : sampleRows.rows) {
        for (const std::string& value : row) {
            ++fields;
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"') ++doubleQuoted;
            if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'') ++singleQuoted;
        }
    }
    if (sample.find('"') == std::string_view::npos && singleQuoted >= 2 && singleQuoted * 10 >= fields) return '\'';
    return '"';
}

// Votes per column: a typed column (numbers, booleans, dates) whose first value does not have
// that type votes "header"; one whose first value has it votes "data". Text columns cannot
// tell, so a tie (e.g. all text) means header, which is what most files have.
bool detectHeader(const SampleRows& sampleRows, const CsvDialect& dialect, const NaMatcher& na)
{
    if (sampleRows.rows.size() < 2) return true;
    const auto& first = sampleRows.rows[0];
    int votes = 0;
    for (size_t c = 0; c < first.size(); ++c) {
        ValueKind kind = ValueKind::Empty;
        for (size_t r = 1; r < sampleRows.rows.size(); ++r) {
            if (c >= sampleRows.rows[r].size()) continue;
            const std::string_view value = trimSpaces(sampleRows.rows[r][c]);
            if (na.matches(value)) continue;
            kind = joinKinds(kind, classifyValue(value, dialect.decimalPoint()));
            if (kind == ValueKind::String) break;
        }
        if (kind == ValueKind::Empty || kind == ValueKind::String) continue;
        const std::string_view head = trimSpaces(first[c]);
        if (head.empty() || na.matches(head)) continue;
        const ValueKind headKind = classifyValue(head, dialect.decimalPoint());
        votes += joinKinds(kind, headKind) == ValueKind::String ? 1 : -1;
    }
    return votes >= 0;
}

}  // namespace

SniffResult sniffDialect(std::string_view sample, bool complete, const ImportOptions& options, const NaMatcher& na)
{
    SniffResult result;
    CsvDialect& dialect = result.dialect;
    const bool hasLf = sample.find('\n') != std::string_view::npos;
    dialect.newline = !hasLf && sample.find('\r') != std::string_view::npos ? '\r' : '\n';

    dialect.delimiter = options.delimiter ? *options.delimiter : chooseDelimiter(sample, complete, dialect);
    dialect.quote = chooseQuote(sample, complete, dialect);

    const SampleRows sampleRows = tokenizeSample(sample, complete, dialect);
    if (!sampleRows.rows.empty())
        result.averageRowBytes =
            std::max(1.0, static_cast<double>(sampleRows.bytes) / static_cast<double>(sampleRows.rows.size()));

    // Decimal comma only with ';': with ',' it could not be told from the delimiter, and with
    // other delimiters "1,234" is far more often a thousands separator.
    if (dialect.delimiter == ';') {
        size_t points = 0;
        const size_t commas = countDecimalCommaFields(sampleRows, 1, points);
        dialect.decimalComma = commas > points;
    }

    dialect.hasHeader = options.hasHeader ? *options.hasHeader : detectHeader(sampleRows, dialect, na);

    if (!sampleRows.rows.empty()) {
        const size_t columns = sampleRows.rows[0].size();
        result.sampleKinds.assign(columns, ValueKind::Empty);
        std::vector<size_t> present(columns, 0), bytes(columns, 0);
        std::vector<std::unordered_set<std::string_view>> distinct(columns);
        for (size_t r = dialect.hasHeader ? 1 : 0; r < sampleRows.rows.size(); ++r) {
            const auto& row = sampleRows.rows[r];
            for (size_t c = 0; c < columns && c < row.size(); ++c) {
                const std::string_view value = trimSpaces(row[c]);
                if (na.matches(value)) continue;
                ++present[c];
                bytes[c] += value.size();
                distinct[c].insert(value);
                if (result.sampleKinds[c] == ValueKind::String) continue;
                result.sampleKinds[c] = joinKinds(result.sampleKinds[c], classifyValue(value, dialect.decimalPoint()));
            }
        }
        result.sampleValueBytes.assign(columns, 0.0);
        result.sampleDistinctShare.assign(columns, 0.0);
        for (size_t c = 0; c < columns; ++c) {
            if (present[c] == 0) continue;
            result.sampleValueBytes[c] = static_cast<double>(bytes[c]) / static_cast<double>(present[c]);
            result.sampleDistinctShare[c] = static_cast<double>(distinct[c].size()) / static_cast<double>(present[c]);
        }
    }
    return result;
}

}  // namespace mlwb::core::csv
