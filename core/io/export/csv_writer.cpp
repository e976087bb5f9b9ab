#include "core/io/export/csv_writer.h"

#include "core/base/text.h"

#include <QSaveFile>
#include <QString>

#include <charconv>
#include <functional>

namespace mlwb::core {

namespace {

constexpr size_t flushBytes = 1 << 20;
constexpr size_t progressEveryRows = 4096;

// Receives full chunks of output; returns false when writing failed.
using Sink = std::function<bool(std::string_view)>;

bool needsQuotes(std::string_view field, char delimiter)
{
    if (field.empty()) return false;
    const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    // Readers trim unquoted spaces; quoting keeps them.
    if (isBlank(field.front()) || isBlank(field.back())) return true;
    for (const char c : field)
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') return true;
    return false;
}

void appendQuoted(std::string& out, std::string_view field)
{
    out.push_back('"');
    for (const char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

// A present value; `forceQuotes` when it would otherwise read back as missing.
void appendField(std::string& out, std::string_view field, const CsvWriteOptions& options, bool forceQuotes)
{
    if (forceQuotes || needsQuotes(field, options.delimiter))
        appendQuoted(out, field);
    else
        out.append(field);
}

void appendValue(std::string& out, const Column& column, size_t row, const CsvWriteOptions& options, bool onlyColumn)
{
    if (column.isMissing(row)) {
        appendField(out, options.naRepresentation, options, false);
        return;
    }
    switch (column.type()) {
    case ColumnType::Float64: out.append(formatDouble(column.float64Values()[row])); return;
    case ColumnType::Int64: {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, column.int64Values()[row]);
        out.append(buffer, result.ptr);
        return;
    }
    case ColumnType::DateTime: out.append(formatDateTime(column.int64Values()[row])); return;
    case ColumnType::Boolean: out.append(column.booleanValues()[row] ? "true" : "false"); return;
    case ColumnType::Categorical:
    case ColumnType::Text: {
        const std::string_view text = column.text(row);
        // An empty string in a one-column table would be a blank line, which readers skip.
        const bool forceQuotes = text == options.naRepresentation || (onlyColumn && text.empty());
        appendField(out, text, options, forceQuotes);
        return;
    }
    }
}

Status validate(const CsvWriteOptions& options)
{
    if (options.delimiter == '"' || options.delimiter == '\r' || options.delimiter == '\n' || options.delimiter == 0)
        return Status::invalidArgument(tr("The delimiter cannot be a quote, a line break or NUL."));
    if (options.lineEnding != "\n" && options.lineEnding != "\r\n")
        return Status::invalidArgument(tr("The line ending must be LF or CRLF."));
    for (const char c : options.naRepresentation)
        if (c == options.delimiter || c == '"' || c == '\r' || c == '\n')
            return Status::invalidArgument(
                tr("The text for missing values cannot contain the delimiter, a quote or a line break."));
    return Status::ok();
}

Status writeRows(const Table& table, const CsvWriteOptions& options, JobContext& job, const Sink& sink,
                 const std::string& where)
{
    MLWB_RETURN_IF_ERROR(validate(options));
    const auto writeFailed = [&] { return Status::ioError(trf("Cannot write {}", where)); };
    const size_t columns = table.columnCount();
    const bool onlyColumn = columns == 1;
    std::string buffer;
    buffer.reserve(flushBytes + 4096);

    if (options.header && columns > 0) {
        for (size_t c = 0; c < columns; ++c) {
            if (c > 0) buffer.push_back(options.delimiter);
            const std::string& name = table.column(c).name();
            appendField(buffer, name, options, onlyColumn && name.empty());
        }
        buffer.append(options.lineEnding);
    }

    const std::string progressMessage = tr("Writing CSV");
    const size_t rows = table.rowCount();
    for (size_t row = 0; row < rows && columns > 0; ++row) {
        for (size_t c = 0; c < columns; ++c) {
            if (c > 0) buffer.push_back(options.delimiter);
            appendValue(buffer, table.column(c), row, options, onlyColumn);
        }
        buffer.append(options.lineEnding);
        if (buffer.size() >= flushBytes) {
            if (!sink(buffer)) return writeFailed();
            buffer.clear();
        }
        if ((row + 1) % progressEveryRows == 0) {
            MLWB_RETURN_IF_ERROR(job.checkCancelled());
            job.setProgress(static_cast<double>(row + 1) / static_cast<double>(rows), progressMessage);
        }
    }
    MLWB_RETURN_IF_ERROR(job.checkCancelled());
    if (!buffer.empty() && !sink(buffer)) return writeFailed();
    job.setProgress(1.0, progressMessage);
    return Status::ok();
}

}  // namespace

Status writeCsv(const Table& table, std::ostream& out, const CsvWriteOptions& options, JobContext& job)
{
    const Sink sink = [&](std::string_view chunk) {
        out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        return static_cast<bool>(out);
    };
    MLWB_RETURN_IF_ERROR(writeRows(table, options, job, sink, tr("the output stream")));
    out.flush();
    if (!out) return Status::ioError(tr("Cannot write the output stream"));
    return Status::ok();
}

Status writeCsvFile(const Table& table, const std::string& path, const CsvWriteOptions& options, JobContext& job)
{
    MLWB_RETURN_IF_ERROR(validate(options));
    // QSaveFile writes a temporary file in the target's folder and renames it over the
    // target only in commit(); if anything fails first, the destructor removes it.
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return Status::ioError(trf("Cannot write {}: {}", path, file.errorString().toStdString()));
    const Sink sink = [&](std::string_view chunk) {
        return file.write(chunk.data(), static_cast<qint64>(chunk.size())) == static_cast<qint64>(chunk.size());
    };
    const Status status = writeRows(table, options, job, sink, path);
    if (!status.isOk()) {
        const std::string reason = file.errorString().toStdString();  // before cancelWriting() replaces it
        file.cancelWriting();
        if (status.code() == ErrorCode::IoError) return Status::ioError(trf("Cannot write {}: {}", path, reason));
        return status;
    }
    if (!file.commit()) return Status::ioError(trf("Cannot write {}: {}", path, file.errorString().toStdString()));
    return Status::ok();
}

}  // namespace mlwb::core
