#include "core/io/arff/arff_reader.h"

#include "core/io/csv/encoding.h"
#include "core/io/csv/file_check.h"

#include "core/base/memory_budget.h"
#include "core/base/text.h"
#include "core/data/column_builder.h"
#include "core/io/arff/java_date_format.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <new>
#include <optional>
#include <unordered_map>

namespace mlwb::core {

namespace {

constexpr size_t maxRowWarnings = 10;  // lenient mode: messages kept for the first skipped rows
constexpr size_t progressEveryLines = 4096;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

size_t skipSpaces(std::string_view line, size_t pos)
{
    while (pos < line.size() && isSpace(line[pos])) ++pos;
    return pos;
}

bool atEndOrComment(std::string_view line, size_t pos)
{
    pos = skipSpaces(line, pos);
    return pos >= line.size() || line[pos] == '%';
}

// ---- Encoding -------------------------------------------------------------------------------

// Decoding (BOM, binary check, Latin-1/Windows-1252/UTF-16 transcoding, the Windows-1252
// fallback) is the CSV reader's: core/io/csv/encoding.h.

size_t lineNumberAt(std::string_view bytes, size_t offset)
{
    size_t line = 1;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n') ++line;
    return line;
}

// ---- Tokens ---------------------------------------------------------------------------------

// Reads a quoted string starting at the quote at `pos`, undoing Weka's backslash escapes
// (\n \t \r; any other escaped character stands for itself, e.g. \' \" \\ \%).
bool readQuoted(std::string_view line, size_t& pos, std::string& out)
{
    const char quote = line[pos++];
    out.clear();
    while (pos < line.size()) {
        const char c = line[pos++];
        if (c == quote) return true;
        if (c == '\\' && pos < line.size()) {
            const char escaped = line[pos++];
            switch (escaped) {
            case 'n': out.push_back('\n'); break;
            case 't': out.push_back('\t'); break;
            case 'r': out.push_back('\r'); break;
            default: out.push_back(escaped); break;
            }
            continue;
        }
        out.push_back(c);
    }
    return false;
}

struct ArffValue {
    std::string text;
    bool quoted = false;
};

// Reads one value at pos, stopping at ',', at `close` ('}' inside braces, else 0) or at a
// '%' comment; pos is left on that character (or the end). Unquoted values are trimmed; an
// unquoted value may contain inner spaces (Weka would split it, we keep it whole).
bool readValue(std::string_view line, size_t& pos, char close, ArffValue& value, std::string& error)
{
    pos = skipSpaces(line, pos);
    value.text.clear();
    value.quoted = false;
    if (pos < line.size() && (line[pos] == '\'' || line[pos] == '"')) {
        if (!readQuoted(line, pos, value.text)) {
            error = tr("a quoted value is not closed");
            return false;
        }
        value.quoted = true;
        pos = skipSpaces(line, pos);
        if (pos < line.size() && line[pos] != ',' && line[pos] != '%' && !(close != 0 && line[pos] == close)) {
            error = trf("unexpected text {} after the quoted value {}", quoteForMessage(line.substr(pos)),
                        quoteForMessage(value.text));
            return false;
        }
        return true;
    }
    const size_t start = pos;
    while (pos < line.size() && line[pos] != ',' && line[pos] != '%' && !(close != 0 && line[pos] == close)) ++pos;
    value.text = std::string(trimmed(line.substr(start, pos - start)));
    return true;
}

// An attribute or relation name: quoted, or a bare word ending at a space, '{' or '%'.
bool readName(std::string_view line, size_t& pos, std::string& name)
{
    pos = skipSpaces(line, pos);
    if (pos >= line.size() || line[pos] == '%') return false;
    if (line[pos] == '\'' || line[pos] == '"') return readQuoted(line, pos, name);
    const size_t start = pos;
    while (pos < line.size() && !isSpace(line[pos]) && line[pos] != '{' && line[pos] != '%') ++pos;
    name = std::string(line.substr(start, pos - start));
    return !name.empty();
}

bool parseDouble(std::string_view text, double& out)
{
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty() || text.front() == '+') return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseInt64(std::string_view text, int64_t& out)
{
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty() || text.front() == '+') return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// ---- Attributes and their columns ----------------------------------------------------------

enum class AttributeKind { Numeric, Integer, Nominal, String, Date };

struct Attribute {
    std::string name;
    AttributeKind kind = AttributeKind::Numeric;
    std::vector<std::string> nominalValues;
    std::unordered_map<std::string, int32_t> nominalIndex;
    std::optional<JavaDateFormat> dateFormat;
};

// One converted value of a row; rows are converted completely before anything is appended,
// so that a bad value (skipped in lenient mode) never leaves columns of unequal length.
struct Cell {
    bool missing = true;
    bool isInteger = false;  // Integer attributes: value in `integer`, else in `real`
    int64_t integer = 0;     // also DateTime ms and nominal codes
    double real = 0.0;
    const std::string* text = nullptr;  // String attributes
};

class AttributeColumn {
public:
    explicit AttributeColumn(const Attribute& attribute)
        : m_attribute(&attribute), m_builder(attribute.name, columnType(attribute.kind))
    {
        if (attribute.kind == AttributeKind::Nominal) m_builder.declareCategories(attribute.nominalValues);
    }

    // Room for `rows` values up front, so a million-row column is not grown by doubling (which
    // holds up to three times its size while a vector moves).
    void reserve(size_t rows)
    {
        if (m_attribute->kind == AttributeKind::Integer) {
            m_present.reserve(rows);
            m_ints.reserve(rows);
        } else {
            m_builder.reserve(rows);
        }
    }

    // What a row of this column costs at the peak of the load, in bytes; stringBytes: the
    // expected length of a string value.
    double bytesPerRow(double stringBytes) const
    {
        switch (m_attribute->kind) {
        case AttributeKind::Numeric:
        case AttributeKind::Date: return 8;
        case AttributeKind::Integer: return 8 + 8;  // the int64s, then the column finish() builds from them
        case AttributeKind::Nominal: return 4;
        case AttributeKind::String: return 8 + stringBytes;
        }
        return 8;
    }

    void append(const Cell& cell)
    {
        if (m_attribute->kind == AttributeKind::Integer) {
            appendInteger(cell);
            return;
        }
        if (cell.missing) {
            m_builder.appendNull();
            return;
        }
        switch (m_attribute->kind) {
        case AttributeKind::Numeric: m_builder.appendFloat64(cell.real); break;
        case AttributeKind::Nominal:
            m_builder.appendCategory(m_attribute->nominalValues[static_cast<size_t>(cell.integer)]);
            break;
        case AttributeKind::String:
            m_builder.appendText(cell.text ? std::string_view(*cell.text) : std::string_view());
            break;
        case AttributeKind::Date: m_builder.appendDateTime(cell.integer); break;
        case AttributeKind::Integer: break;
        }
    }

    ColumnPtr finish(std::vector<std::string>& warnings)
    {
        if (m_attribute->kind != AttributeKind::Integer) return m_builder.finish();
        if (m_fractional)
            warnings.push_back(trf("Attribute {} is declared integer but holds values such as {}; it was read as real.",
                                   m_attribute->name, quoteForMessage(m_firstFraction)));
        ColumnBuilder builder(m_attribute->name, m_fractional ? ColumnType::Float64 : ColumnType::Int64);
        builder.reserve(m_present.size());
        for (size_t row = 0; row < m_present.size(); ++row) {
            if (!m_present[row])
                builder.appendNull();
            else if (m_fractional)
                builder.appendFloat64(m_reals[row]);
            else
                builder.appendInt64(m_ints[row]);
        }
        return builder.finish();
    }

private:
    static ColumnType columnType(AttributeKind kind)
    {
        switch (kind) {
        case AttributeKind::Numeric: return ColumnType::Float64;
        case AttributeKind::Integer: return ColumnType::Int64;  // built in finish()
        case AttributeKind::Nominal: return ColumnType::Categorical;
        case AttributeKind::String: return ColumnType::Text;
        case AttributeKind::Date: return ColumnType::DateTime;
        }
        return ColumnType::Float64;
    }

    // Integer values stay exact as int64 until the first fraction turns the column real.
    void appendInteger(const Cell& cell)
    {
        m_present.push_back(!cell.missing);
        if (!m_fractional && !cell.missing && !cell.isInteger) {
            m_fractional = true;
            m_firstFraction = formatDouble(cell.real);
            m_reals.reserve(m_ints.capacity());
            for (const int64_t value : m_ints) m_reals.push_back(static_cast<double>(value));
            m_ints = {};
        }
        if (m_fractional)
            m_reals.push_back(cell.missing ? 0.0 : cell.isInteger ? static_cast<double>(cell.integer) : cell.real);
        else
            m_ints.push_back(cell.missing ? 0 : cell.integer);
    }

    const Attribute* m_attribute;
    ColumnBuilder m_builder;
    std::vector<bool> m_present;
    std::vector<int64_t> m_ints;
    std::vector<double> m_reals;
    bool m_fractional = false;
    std::string m_firstFraction;
};

// ---- The parser ------------------------------------------------------------------------------

class ArffParser {
public:
    ArffParser(std::string_view bytes, std::string sourceName, const ImportOptions& options, JobContext& job)
        : m_bytes(bytes), m_source(std::move(sourceName)), m_options(options), m_job(job)
    {}

    Result<ImportResult> run(std::string encoding, std::vector<std::string> warnings);

    // The memory the columns were estimated to need (0 until the @data line is reached).
    uint64_t estimatedBytes() const { return m_estimatedBytes; }

private:
    Status reserveColumns(std::vector<AttributeColumn>& columns, size_t dataBegin);
    Status lineError(const std::string& message) const
    {
        return Status::parseError(trf("{}, line {}: {}", m_source, m_lineNumber, message));
    }

    Status parseHeaderLine(std::string_view line);
    Status parseAttribute(std::string_view line, size_t pos);
    // Converts one data line into m_cells, or returns the reason it is malformed.
    bool parseDataLine(std::string_view line, std::string& error);
    bool parseDenseLine(std::string_view line, std::string& error);
    bool parseSparseLine(std::string_view line, std::string& error);
    bool convert(size_t attributeIndex, const ArffValue& value, Cell& cell, std::string& error);
    void setDefault(size_t attributeIndex, Cell& cell) const;
    bool isWeight(std::string_view text) const;

    std::string_view m_bytes;
    std::string m_source;
    const ImportOptions& m_options;
    JobContext& m_job;

    size_t m_lineNumber = 0;
    bool m_sawRelation = false;
    bool m_inData = false;
    bool m_weightsIgnored = false;
    std::vector<Attribute> m_attributes;
    std::unordered_map<std::string, size_t> m_attributeIndex;

    std::vector<ArffValue> m_values;  // reused between rows
    std::vector<Cell> m_cells;
    std::vector<bool> m_seen;
    std::vector<size_t> m_sparseIndex;
    uint64_t m_estimatedBytes = 0;
};

Status ArffParser::reserveColumns(std::vector<AttributeColumn>& columns, size_t dataBegin)
{
    // Every data row is one line, so the lines left bound the rows (comments and blank lines
    // make it a little high). String values are counted as an even share of the data's bytes.
    const std::string_view data = m_bytes.substr(std::min(dataBegin, m_bytes.size()));
    const size_t lines = static_cast<size_t>(std::count(data.begin(), data.end(), '\n')) + 1;
    const size_t rows = m_options.maxRows > 0 ? std::min(lines, m_options.maxRows) : lines;
    const double stringBytes =
        static_cast<double>(data.size()) / static_cast<double>(lines) / static_cast<double>(columns.size());
    double perRow = 0;
    for (const AttributeColumn& column : columns) perRow += column.bytesPerRow(stringBytes) + 1.0 / 8;  // + validity
    m_estimatedBytes = static_cast<uint64_t>(perRow * static_cast<double>(rows));
    MLWB_RETURN_IF_ERROR(checkMemoryFor(m_source, m_estimatedBytes));
    for (AttributeColumn& column : columns) column.reserve(rows);
    return Status::ok();
}

Status ArffParser::parseHeaderLine(std::string_view line)
{
    const std::string_view content = trimmed(line);
    size_t keywordEnd = 0;
    while (keywordEnd < content.size() && !isSpace(content[keywordEnd])) ++keywordEnd;
    const std::string_view keyword = content.substr(0, keywordEnd);

    if (equalsIgnoreCase(keyword, "@relation")) {
        if (m_sawRelation) return lineError(tr("@relation appears twice"));
        m_sawRelation = true;
        return Status::ok();
    }
    if (!m_sawRelation)
        return lineError(trf("expected @relation at the start of the file, found {}", quoteForMessage(content)));
    if (equalsIgnoreCase(keyword, "@attribute")) return parseAttribute(content, keywordEnd);
    if (equalsIgnoreCase(keyword, "@data")) {
        if (m_attributes.empty()) return lineError(tr("@data comes before any @attribute"));
        m_inData = true;
        return Status::ok();
    }
    return lineError(trf("expected @attribute or @data, found {}", quoteForMessage(content)));
}

Status ArffParser::parseAttribute(std::string_view line, size_t pos)
{
    Attribute attribute;
    if (!readName(line, pos, attribute.name))
        return lineError(tr("the attribute has no name (or its quote is not closed)"));
    if (m_attributeIndex.count(attribute.name)) return lineError(trf("attribute {} is declared twice", attribute.name));

    pos = skipSpaces(line, pos);
    if (pos >= line.size() || line[pos] == '%') return lineError(trf("attribute {} has no type", attribute.name));

    if (line[pos] == '{') {
        attribute.kind = AttributeKind::Nominal;
        ++pos;
        if (line.substr(skipSpaces(line, pos), 1) == "}") {
            pos = skipSpaces(line, pos) + 1;
        } else {
            ArffValue value;
            std::string error;
            while (true) {
                if (!readValue(line, pos, '}', value, error)) return lineError(error);
                if (value.text.empty() && !value.quoted)
                    return lineError(trf("attribute {} has an empty nominal value", attribute.name));
                const auto index = static_cast<int32_t>(attribute.nominalValues.size());
                if (!attribute.nominalIndex.emplace(value.text, index).second)
                    return lineError(
                        trf("attribute {} lists the value {} twice", attribute.name, quoteForMessage(value.text)));
                attribute.nominalValues.push_back(value.text);
                if (pos < line.size() && line[pos] == ',') {
                    ++pos;
                    continue;
                }
                if (pos < line.size() && line[pos] == '}') {
                    ++pos;
                    break;
                }
                return lineError(trf("the value list of attribute {} is not closed with }}", attribute.name));
            }
        }
    } else {
        const size_t start = pos;
        while (pos < line.size() && !isSpace(line[pos]) && line[pos] != '%') ++pos;
        const std::string type = toLower(line.substr(start, pos - start));
        if (type == "numeric" || type == "real") {
            attribute.kind = AttributeKind::Numeric;
        } else if (type == "integer") {
            attribute.kind = AttributeKind::Integer;
        } else if (type == "string") {
            attribute.kind = AttributeKind::String;
        } else if (type == "date") {
            attribute.kind = AttributeKind::Date;
            std::string pattern = JavaDateFormat::defaultPattern;
            pos = skipSpaces(line, pos);
            if (pos < line.size() && line[pos] != '%') {
                if (line[pos] == '\'' || line[pos] == '"') {
                    if (!readQuoted(line, pos, pattern))
                        return lineError(trf("the date format of attribute {} is not closed", attribute.name));
                } else {
                    const size_t patternStart = pos;
                    while (pos < line.size() && !isSpace(line[pos]) && line[pos] != '%') ++pos;
                    pattern = std::string(line.substr(patternStart, pos - patternStart));
                }
            }
            auto format = JavaDateFormat::compile(pattern);
            if (!format.isOk())
                return Status::unsupported(trf("{}, line {}: attribute {}: {}", m_source, m_lineNumber, attribute.name,
                                               format.status().message()));
            attribute.dateFormat = std::move(format).value();
        } else if (type == "relational") {
            return Status::unsupported(
                trf("{}, line {}: attribute {} is relational (multi-instance), which is not supported", m_source,
                    m_lineNumber, attribute.name));
        } else {
            return lineError(
                trf("attribute {} has the unknown type {} (expected numeric, real, integer, string, "
                    "date or a {{list}} of values)",
                    attribute.name, quoteForMessage(type)));
        }
    }
    if (!atEndOrComment(line, pos))
        return lineError(trf("unexpected text {} after the type of attribute {}",
                             quoteForMessage(trimmed(line.substr(pos))), attribute.name));
    m_attributeIndex.emplace(attribute.name, m_attributes.size());
    m_attributes.push_back(std::move(attribute));
    return Status::ok();
}

void ArffParser::setDefault(size_t attributeIndex, Cell& cell) const
{
    // Weka: values left out of a sparse row are 0, not missing: the number 0, the first
    // nominal value, 1970-01-01 for dates; for strings we use the empty string.
    const Attribute& attribute = m_attributes[attributeIndex];
    cell = Cell{};
    cell.missing = false;
    switch (attribute.kind) {
    case AttributeKind::Numeric: cell.real = 0.0; break;
    case AttributeKind::Integer: cell.isInteger = true; break;
    case AttributeKind::Nominal: cell.missing = attribute.nominalValues.empty(); break;
    case AttributeKind::String: cell.text = nullptr; break;
    case AttributeKind::Date: cell.integer = 0; break;
    }
}

bool ArffParser::convert(size_t attributeIndex, const ArffValue& value, Cell& cell, std::string& error)
{
    const Attribute& attribute = m_attributes[attributeIndex];
    cell = Cell{};
    if (!value.quoted && value.text == "?") return true;  // missing; a quoted '?' is the text "?"
    cell.missing = false;
    switch (attribute.kind) {
    case AttributeKind::Numeric:
        if (!parseDouble(value.text, cell.real)) {
            error = trf("value {} of attribute {} is not a number", quoteForMessage(value.text), attribute.name);
            return false;
        }
        return true;
    case AttributeKind::Integer:
        if (parseInt64(value.text, cell.integer)) {
            cell.isInteger = true;
            return true;
        }
        if (!parseDouble(value.text, cell.real)) {
            error = trf("value {} of attribute {} is not a number", quoteForMessage(value.text), attribute.name);
            return false;
        }
        // "3.0" or "1e3" are still integers; keep them exact.
        if (std::isfinite(cell.real) && std::trunc(cell.real) == cell.real && std::fabs(cell.real) < 9.2e18) {
            cell.integer = static_cast<int64_t>(cell.real);
            cell.isInteger = true;
        }
        return true;
    case AttributeKind::Nominal: {
        const auto it = attribute.nominalIndex.find(value.text);
        if (it == attribute.nominalIndex.end()) {
            error = trf("value {} is not one of the declared values of attribute {}", quoteForMessage(value.text),
                        attribute.name);
            return false;
        }
        cell.integer = it->second;
        return true;
    }
    case AttributeKind::String: cell.text = &value.text; return true;
    case AttributeKind::Date: {
        const auto ms = attribute.dateFormat->parse(value.text);
        if (!ms) {
            error = trf("value {} of attribute {} does not match the date format {}", quoteForMessage(value.text),
                        attribute.name, quoteForMessage(attribute.dateFormat->pattern()));
            return false;
        }
        cell.integer = *ms;
        return true;
    }
    }
    return true;
}

// An instance weight written after the values, as "{0.5}" (Weka 3.6+).
bool ArffParser::isWeight(std::string_view text) const
{
    double weight = 0.0;
    return text.size() >= 3 && text.front() == '{' && text.back() == '}' &&
           parseDouble(trimmed(text.substr(1, text.size() - 2)), weight);
}

bool ArffParser::parseDenseLine(std::string_view line, std::string& error)
{
    size_t count = 0;
    size_t pos = 0;
    while (true) {
        if (count == m_values.size()) m_values.emplace_back();
        if (!readValue(line, pos, 0, m_values[count], error)) return false;
        ++count;
        if (pos >= line.size() || line[pos] == '%') break;
        ++pos;  // the comma
    }
    const size_t expected = m_attributes.size();
    if (count == expected + 1 && !m_values[count - 1].quoted && isWeight(m_values[count - 1].text)) {
        m_weightsIgnored = true;
        --count;
    }
    if (count != expected) {
        error = trf("expected {} values but found {}", expected, count);
        return false;
    }
    for (size_t i = 0; i < expected; ++i) {
        const ArffValue& value = m_values[i];
        if (value.text.empty() && !value.quoted) {
            error = trf("the value of attribute {} is empty (write ? for a missing value)", m_attributes[i].name);
            return false;
        }
        if (!convert(i, value, m_cells[i], error)) return false;
    }
    return true;
}

bool ArffParser::parseSparseLine(std::string_view line, std::string& error)
{
    const size_t expected = m_attributes.size();
    m_seen.assign(expected, false);
    size_t pos = skipSpaces(line, 0) + 1;  // after '{'
    size_t count = 0;
    if (line.substr(skipSpaces(line, pos), 1) == "}") {
        pos = skipSpaces(line, pos) + 1;
    } else {
        while (true) {
            pos = skipSpaces(line, pos);
            const size_t indexStart = pos;
            while (pos < line.size() && line[pos] >= '0' && line[pos] <= '9') ++pos;
            size_t index = 0;
            const auto [end, ec] = std::from_chars(line.data() + indexStart, line.data() + pos, index);
            if (ec != std::errc() || pos == indexStart || end != line.data() + pos) {
                error = trf("a sparse entry must start with an attribute index, found {}",
                            quoteForMessage(trimmed(line.substr(indexStart))));
                return false;
            }
            if (index >= expected) {
                error = trf("attribute index {} is out of range (the file declares {} attributes, numbered from 0)",
                            index, expected);
                return false;
            }
            if (m_seen[index]) {
                error = trf("attribute index {} appears twice", index);
                return false;
            }
            if (pos >= line.size() || !isSpace(line[pos])) {
                error = trf("attribute index {} has no value", index);
                return false;
            }
            if (count == m_values.size()) m_values.emplace_back();
            ArffValue& value = m_values[count++];
            if (!readValue(line, pos, '}', value, error)) return false;
            if (value.text.empty() && !value.quoted) {
                error = trf("attribute index {} has no value", index);
                return false;
            }
            m_seen[index] = true;
            m_sparseIndex.resize(count);
            m_sparseIndex[count - 1] = index;
            if (pos < line.size() && line[pos] == ',') {
                ++pos;
                continue;
            }
            if (pos < line.size() && line[pos] == '}') {
                ++pos;
                break;
            }
            error = tr("the sparse row is not closed with }");
            return false;
        }
    }
    // An optional instance weight: "{...}, {0.5}".
    pos = skipSpaces(line, pos);
    if (pos < line.size() && line[pos] == ',') {
        ArffValue weight;
        ++pos;
        if (!readValue(line, pos, 0, weight, error)) return false;
        if (weight.quoted || !isWeight(weight.text)) {
            error = trf("unexpected text {} after the sparse row", quoteForMessage(weight.text));
            return false;
        }
        m_weightsIgnored = true;
    }
    if (!atEndOrComment(line, pos)) {
        error = trf("unexpected text {} after the sparse row", quoteForMessage(trimmed(line.substr(pos))));
        return false;
    }
    // Converted only now: m_values may have grown (and moved its strings) while reading.
    for (size_t k = 0; k < count; ++k)
        if (!convert(m_sparseIndex[k], m_values[k], m_cells[m_sparseIndex[k]], error)) return false;
    for (size_t i = 0; i < expected; ++i)
        if (!m_seen[i]) setDefault(i, m_cells[i]);
    return true;
}

bool ArffParser::parseDataLine(std::string_view line, std::string& error)
{
    const size_t first = skipSpaces(line, 0);
    if (first < line.size() && line[first] == '{') return parseSparseLine(line, error);
    return parseDenseLine(line, error);
}

Result<ImportResult> ArffParser::run(std::string encoding, std::vector<std::string> warnings)
{
    std::vector<AttributeColumn> columns;
    ImportResult result;
    result.format = "arff";
    result.encoding = std::move(encoding);
    result.delimiter = ',';
    result.quote = '\'';
    result.hasHeader = true;
    result.warnings = std::move(warnings);

    size_t rows = 0;
    size_t pos = 0;
    bool sawContent = false;
    const std::string progressMessage = tr("Reading ARFF data");
    while (pos < m_bytes.size()) {
        size_t end = m_bytes.find('\n', pos);
        if (end == std::string_view::npos) end = m_bytes.size();
        std::string_view line = m_bytes.substr(pos, end - pos);
        pos = end + 1;
        ++m_lineNumber;
        if (m_lineNumber % progressEveryLines == 0) {
            MLWB_RETURN_IF_ERROR(m_job.checkCancelled());
            m_job.setProgress(static_cast<double>(pos) / static_cast<double>(m_bytes.size()), progressMessage);
        }
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (atEndOrComment(line, 0)) continue;
        sawContent = true;

        if (!m_inData) {
            MLWB_RETURN_IF_ERROR(parseHeaderLine(line));
            if (m_inData) {
                columns.reserve(m_attributes.size());
                for (const auto& attribute : m_attributes) columns.emplace_back(attribute);
                m_cells.resize(m_attributes.size());
                // The rows are known now: refuse a file whose table would not fit, before allocating it.
                MLWB_RETURN_IF_ERROR(reserveColumns(columns, pos));
            }
            continue;
        }

        if (m_options.maxRows > 0 && rows >= m_options.maxRows) break;
        std::string error;
        if (!parseDataLine(line, error)) {
            if (!m_options.lenient) return lineError(error);
            if (result.skippedRows < maxRowWarnings)
                result.warnings.push_back(trf("{}, line {}: {} (row skipped)", m_source, m_lineNumber, error));
            ++result.skippedRows;
            continue;
        }
        for (size_t i = 0; i < columns.size(); ++i) columns[i].append(m_cells[i]);
        ++rows;
    }

    if (!sawContent)
        return Status::parseError(trf("{}: the file is empty (an ARFF file starts with @relation)", m_source));
    if (!m_inData) {
        if (!m_sawRelation)
            return Status::parseError(trf("{}: no @relation line found; this is not an ARFF file", m_source));
        return Status::parseError(trf("{}: the file ends before its @data section", m_source));
    }
    if (result.skippedRows > maxRowWarnings)
        result.warnings.push_back(trf("{} malformed rows were skipped in total.", result.skippedRows));
    if (m_weightsIgnored) result.warnings.push_back(tr("Instance weights ({...} after a row) were ignored."));

    std::vector<ColumnPtr> finished;
    finished.reserve(columns.size());
    for (auto& column : columns) finished.push_back(column.finish(result.warnings));
    auto table = Table::make(std::move(finished));
    if (!table.isOk()) return table.status().withContext(m_source);
    result.table = std::move(table).value();
    m_job.setProgress(1.0, progressMessage);
    return result;
}

// readArffBuffer() without its catch; estimatedBytes: the parser's estimate, for the message
// of a std::bad_alloc.
Result<ImportResult> readDecoded(std::string_view bytes, const std::string& sourceName, const ImportOptions& options,
                                 JobContext& job, uint64_t& estimatedBytes)
{
    // ARFF text is UTF-8 in practice; older files from Windows machines are often Windows-1252.
    auto decoded = csv::decodeText(bytes, toLower(options.encoding), sourceName);
    if (!decoded.isOk()) return decoded.status();
    if (decoded->needsUtf8Check()) {
        const std::string_view text = decoded->text();
        const size_t invalid = csv::findInvalidUtf8InRange(text, 0, text.size());
        if (invalid != std::string_view::npos) {
            // A user who said "utf-8" gets an error rather than a guess.
            if (!options.encoding.empty())
                return Status::parseError(
                    trf("{}, line {}: the file is not valid UTF-8", sourceName, lineNumberAt(text, invalid)));
            decoded->fallBackFromInvalidUtf8(invalid, sourceName);
        }
    }
    bytes = decoded->text();
    std::string encoding = decoded->encoding();
    std::vector<std::string> warnings = decoded->warnings();

    ArffParser parser(bytes, sourceName, options, job);
    auto result = parser.run(std::move(encoding), std::move(warnings));
    estimatedBytes = parser.estimatedBytes();
    return result;
}

}  // namespace

Result<ImportResult> readArffBuffer(std::string_view bytes, const std::string& sourceName, const ImportOptions& options,
                                    JobContext& job)
{
    // The reader's entry: a std::bad_alloc below (a buffer the estimate did not foresee) comes
    // back as the same ResourceExhausted as a refused estimate.
    uint64_t estimatedBytes = 0;
    try {
        return readDecoded(bytes, sourceName, options, job, estimatedBytes);
    } catch (const std::bad_alloc&) {
        return outOfMemory(sourceName, estimatedBytes);
    }
}

Result<ImportResult> readArffFile(const std::string& path, const ImportOptions& options, JobContext& job)
{
    // Before opening: opening a FIFO blocks, and a device such as /dev/zero never ends.
    MLWB_RETURN_IF_ERROR(checkReadableFile(path));
    const std::string name = fileNameOf(path);
    std::string bytes;
    try {
        std::ifstream in(path, std::ios::binary);
        if (!in) return Status::ioError(trf("Cannot open {}: {}", path, std::strerror(errno)));
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        in.seekg(0, std::ios::beg);
        if (size > 0) {
            // The whole file is held while it is parsed.
            MLWB_RETURN_IF_ERROR(checkMemoryFor(name, static_cast<uint64_t>(size)));
            bytes.resize(static_cast<size_t>(size));
            in.read(bytes.data(), size);
            if (!in) return Status::ioError(trf("Cannot read {}: {}", path, std::strerror(errno)));
        }
    } catch (const std::bad_alloc&) {
        return outOfMemory(name, 0);
    }
    return readArffBuffer(bytes, name, options, job);
}

}  // namespace mlwb::core
