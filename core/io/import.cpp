#include "core/io/import.h"

#include "core/base/text.h"
#include "core/io/arff/arff_reader.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/csv/file_check.h"
#include "core/io/sqlite/sqlite_reader.h"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace mlwb::core {

namespace {

constexpr size_t sniffBytes = 64 * 1024;

// "sqlite" or "arff" when the first bytes say so, "" otherwise. Content wins over the
// extension: people rename files, and a .txt export of Weka data is still ARFF.
std::string sniffContent(const std::string& path)
{
    if (!checkReadableFile(path).isOk()) return {};  // a FIFO would block the open below
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::string head(sniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));

    static constexpr char sqliteMagic[] = "SQLite format 3";  // 16 bytes with its NUL
    if (head.size() >= sizeof sqliteMagic && std::memcmp(head.data(), sqliteMagic, sizeof sqliteMagic) == 0)
        return "sqlite";

    std::string_view text = head;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        const bool complete = end != std::string_view::npos;
        if (!complete) end = text.size();
        const std::string_view line = trimmed(text.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty() || line.front() == '%') continue;
        constexpr std::string_view keyword = "@relation";
        const bool isRelation =
            line.size() >= keyword.size() && equalsIgnoreCase(line.substr(0, keyword.size()), keyword) &&
            (line.size() == keyword.size() || line[keyword.size()] == ' ' || line[keyword.size()] == '\t');
        return isRelation ? "arff" : "";
    }
    return {};
}

std::string formatFromExtension(const std::string& path)
{
    const std::string extension = toLower(std::filesystem::path(path).extension().string());
    if (extension == ".tsv" || extension == ".tab") return "tsv";
    if (extension == ".arff") return "arff";
    if (extension == ".sqlite" || extension == ".sqlite3" || extension == ".db") return "sqlite";
    return "csv";  // .csv, .txt and anything unknown: the CSV reader sniffs the dialect
}

}  // namespace

std::string detectFormat(const std::string& path)
{
    const std::string sniffed = sniffContent(path);
    return sniffed.empty() ? formatFromExtension(path) : sniffed;
}

Result<ImportResult> importFile(const std::string& path, const ImportOptions& options, JobContext& job)
{
    // stat() only, before anything opens the path: opening a FIFO blocks until a writer
    // comes, and a device such as /dev/zero never ends.
    MLWB_RETURN_IF_ERROR(checkReadableFile(path));

    const std::string format = detectFormat(path);
    if (format != "sqlite" && (!options.sqliteTable.empty() || !options.sqliteQuery.empty()))
        return Status::invalidArgument(
            trf("{} is not a SQLite database; a table or query can only be given for SQLite files.", path));
    if (format == "arff") return readArffFile(path, options, job);
    if (format == "sqlite") return readSqliteFile(path, options, job);
    return readCsvFile(path, options, job);
}

}  // namespace mlwb::core
