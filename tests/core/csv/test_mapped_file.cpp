// A file that another program shortens while the workbench reads it: the mapping's lost pages
// read as zeros instead of killing the process with SIGBUS, the file says it changed, and the
// CSV reader reports that (naming the file) rather than a table built from half a file.
#include "core/base/job_context.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/csv/mapped_file.h"
#include "support/address_space.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <future>
#include <string>

using namespace mlwb::core;

namespace {

// A CSV of `rows` rows of three numbers, about 20 bytes each.
std::string writeCsv(const QTemporaryDir& dir, const char* name, int rows)
{
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream out(path, std::ios::binary);
    out << "a,b,c\n";
    for (int r = 0; r < rows; ++r) out << r << ',' << r * 0.5 << ',' << (r % 7) << '\n';
    return path;
}

// The byte offset just past line `line` (1-based) of the file.
off_t endOfLine(const std::string& path, int line)
{
    std::ifstream in(path, std::ios::binary);
    off_t offset = 0;
    for (std::string text; line > 0 && std::getline(in, text); --line) offset += static_cast<off_t>(text.size()) + 1;
    return offset;
}

}  // namespace

class TestMappedFile : public QObject {
    Q_OBJECT

private slots:
    void shrunkFileReadsZerosAndSaysSo()
    {
        QTemporaryDir dir;
        const std::string path = writeCsv(dir, "shrinks.csv", 20000);  // about 300 KB
        auto file = csv::MappedFile::open(path, true);
        QVERIFY(file.isOk());
        const std::string_view bytes = (*file)->bytes();
        QVERIFY(bytes.size() > 200000);
        QCOMPARE(bytes[0], 'a');
        QVERIFY(!(*file)->changedWhileMapped());

        QCOMPARE(::truncate(path.c_str(), 100), 0);
        // Past the new end: SIGBUS without the guard. Now the page reads as zeros.
        const char past = static_cast<const volatile char&>(bytes[bytes.size() - 10]);
        QCOMPARE(past, '\0');
        QVERIFY((*file)->changedWhileMapped());
    }

    void unchangedFileIsNotFlagged()
    {
        QTemporaryDir dir;
        const std::string path = writeCsv(dir, "stays.csv", 5000);
        auto file = csv::MappedFile::open(path, true);
        QVERIFY(file.isOk());
        size_t newlines = 0;
        for (const char c : (*file)->bytes()) newlines += c == '\n';
        QCOMPARE(newlines, size_t(5001));
        QVERIFY(!(*file)->changedWhileMapped());
    }

    void readerReportsAFileShortenedWhileReading()
    {
        QTemporaryDir dir;
        const std::string path = writeCsv(dir, "cut.csv", 100000);  // about 1.6 MB
        const off_t keep = endOfLine(path, 201);                    // the header and 200 rows
        JobContext job;
        std::atomic<bool> cut{false};
        // The first progress report comes once the file is mapped, before a byte is parsed.
        job.setObserver([&](double, const std::string&) {
            if (!cut.exchange(true)) QCOMPARE(::truncate(path.c_str(), keep), 0);
        });
        auto result = readCsvFile(path, {}, job);
        QVERIFY(cut.load());
        QVERIFY(!result.isOk());
        const QString message = QString::fromStdString(result.status().message());
        QVERIFY2(message.contains("cut.csv changed while it was being read"), qPrintable(message));

        // Read again once the other program is done: the table it left, no complaint.
        JobContext again;
        auto reread = readCsvFile(path, {}, again);
        QVERIFY2(reread.isOk(), reread.status().message().c_str());
        QCOMPARE(reread->table->rowCount(), size_t(200));
    }

    // The readers stat() a path before opening it; a FIFO put in its place after that check
    // must still not block the open (which, without O_NONBLOCK, waits for a writer) nor be read.
    void fifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("pipe.csv").toStdString();
        QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        auto future = std::async(std::launch::async, [&] { return csv::MappedFile::open(path, true); });
        if (future.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);  // a writer unblocks the open
            if (fd >= 0) ::close(fd);
            future.wait();
            QFAIL("MappedFile::open blocked on a FIFO");
        }
        const auto file = future.get();
        QVERIFY(!file.isOk());
        QCOMPARE(file.status().code(), ErrorCode::IoError);
        QVERIFY2(file.status().message().find("is not a regular file") != std::string::npos,
                 file.status().message().c_str());
    }

    // A file larger than the address space left (ulimit -v) cannot be mapped, and reading it
    // into memory instead would fail halfway: the reader says so with the file's size. The
    // file is sparse (no disk used); the limit is lowered to 64 MB above the process's size
    // for the call and restored after it.
    void fileBeyondTheAddressSpaceIsRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("huge.csv").toStdString();
        {
            const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            QVERIFY(fd >= 0);
            QCOMPARE(::ftruncate(fd, off_t{300} << 20), 0);
            ::close(fd);
        }
        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_AS, &saved), 0);
        const uint64_t mapped = mlwb::test::mappedBytes();
        if (mapped == 0) QSKIP("no /proc/self/statm here");
        const uint64_t limit = mapped + (uint64_t{64} << 20);
        if (saved.rlim_max != RLIM_INFINITY && saved.rlim_max < limit) QSKIP("hard limit too low");
        if (saved.rlim_cur != RLIM_INFINITY && saved.rlim_cur < limit) QSKIP("already limited below the test's limit");

        struct rlimit lowered = saved;
        lowered.rlim_cur = limit;
        QCOMPARE(setrlimit(RLIMIT_AS, &lowered), 0);
        JobContext job;
        const auto result = readCsvFile(path, {}, job);
        setrlimit(RLIMIT_AS, &saved);

        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::ResourceExhausted);
        const std::string& message = result.status().message();
        QVERIFY2(message.find("huge.csv: loading needs about 300 MB of memory but only") != std::string::npos,
                 message.c_str());
        QVERIFY2(message.find("ulimit -v") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMappedFile)
#include "test_mapped_file.moc"
