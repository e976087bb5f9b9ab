// The progress line and the last-resort error messages of mlwb-cli: the rendered line (stage,
// bar, percent, elapsed time) at several widths, the exit code of each kind of failure and of
// an escaped exception, the line drawn in place when stderr is a terminal, and nothing of it
// when stderr is a pipe, as in scripts.
#include "cli_exit.h"
#include "cli_progress.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>
#include <stdexcept>

#include "support/cli_run.h"

using namespace mlwb;

namespace {

QString rendered(const char* stage, double fraction, double elapsed, int width)
{
    return QString::fromStdString(cli::renderProgressLine(stage, fraction, elapsed, width));
}

// A long enough run for several redraws: 300 trees on each of 5 folds of 2,000 rows.
QStringList forestRun()
{
    return {"train",    test::sample("customers.csv"),
            "--target", "churned",
            "--model",  "random_forest",
            "--param",  "n_estimators=300",
            "--cv",     "5",
            "--json"};
}

const QRegularExpression kProgressLine(R"(\[[#-]{10,40}\] +\d{1,3}%  \d+:\d\d)");

}  // namespace

class TestCliProgress : public QObject {
    Q_OBJECT
private slots:
    void rendersTheLine_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("expected");
        // Width 60 leaves 59 columns: the tail "  42%  0:07" is 11, " [" and "]" 3, the stage 12,
        // so the bar gets 59 - 26 = 33 columns, floor(0.42 * 33) = 13 of them filled.
        QTest::newRow("fits") << "Fold 3 of 10" << 0.42 << 7.2 << 60
                              << "Fold 3 of 10 [" + QString(13, '#') + QString(20, '-') + "]  42%  0:07";
        // Width 120: the bar stops at 40 columns (20 filled at 0.5); 12 + 2 + 40 + 1 + 11 = 66
        // columns, padded with 53 spaces to 119, so a shorter line overwrites a longer one.
        QTest::newRow("wide terminal") << "Fold 1 of 10" << 0.5 << 65.0 << 120
                                       << "Fold 1 of 10 [" + QString(20, '#') + QString(20, '-') + "]  50%  1:05" +
                                              QString(53, ' ');
        // 39 columns: 11 for the tail, 3 for the brackets, at least 10 for the bar: 15 for the
        // stage, so its first 12 characters and "...".
        QTest::newRow("long stage cut short") << "Reading /data/warehouse.csv" << 1.0 << 0.0 << 40
                                              << "Reading /dat... [" + QString(10, '#') + "] 100%  0:00";
        // Columns are characters, not bytes: 14 for the stage, so the bar gets 39 - 14 - 14 = 11,
        // floor(0.25 * 11) = 2 filled.
        QTest::newRow("UTF-8 stage") << "Reading 고객.csv" << 0.25 << 3.0 << 40
                                     << "Reading 고객.csv [##---------]  25%  0:03";
        // Rounded down: 99.9% is not done. floor(0.999 * 33) = 32.
        QTest::newRow("almost done") << "Fold 3 of 10" << 0.999 << 7.0 << 60
                                     << "Fold 3 of 10 [" + QString(32, '#') + "-]  99%  0:07";
        // The tail "   0%  1:02:03" is 14: 39 - 3 - 14 = 22 bar columns, and the space a stage
        // would be followed by is left over.
        QTest::newRow("no stage") << "" << 0.0 << 3723.0 << 40 << "[" + QString(22, '-') + "]   0%  1:02:03 ";
        // 29 columns: 29 - 14 - 4 = 11 for the bar.
        QTest::newRow("fraction above 1") << "Done" << 1.7 << 1.0 << 30 << "Done [###########] 100%  0:01";
        QTest::newRow("NaN fraction") << "Done" << std::numeric_limits<double>::quiet_NaN() << 1.0 << 30
                                      << "Done [-----------]   0%  0:01";
        QTest::newRow("too narrow for a bar") << "Fold 3 of 10" << 0.42 << 7.0 << 20 << "42%  0:07" + QString(10, ' ');
        QTest::newRow("very narrow") << "Fold 3 of 10" << 0.42 << 7.0 << 6 << "42%  ";
    }
    void rendersTheLine()
    {
        QFETCH(QString, stage);
        QFETCH(double, fraction);
        QFETCH(double, elapsed);
        QFETCH(int, width);
        QFETCH(QString, expected);
        const QString line = rendered(stage.toUtf8().constData(), fraction, elapsed, width);
        QCOMPARE(line, expected);
        QCOMPARE(line.size(), width - 1);  // never the last column: the terminal would wrap
    }

    void formatsElapsedTime_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << "0:00";
        QTest::newRow("rounded down") << 59.9 << "0:59";
        QTest::newRow("minutes") << 600.0 << "10:00";
        QTest::newRow("an hour") << 3600.0 << "1:00:00";
        QTest::newRow("negative") << -1.0 << "0:00";
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << "0:00";
    }
    void formatsElapsedTime()
    {
        QFETCH(double, seconds);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(cli::formatElapsed(seconds)), expected);
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("exit");
        QTest::newRow("ok") << int(core::ErrorCode::Ok) << 0;
        QTest::newRow("invalid argument") << int(core::ErrorCode::InvalidArgument) << 2;
        QTest::newRow("unreadable file") << int(core::ErrorCode::IoError) << 2;
        QTest::newRow("malformed file") << int(core::ErrorCode::ParseError) << 2;
        QTest::newRow("unsupported input") << int(core::ErrorCode::Unsupported) << 2;
        QTest::newRow("too large for the memory") << int(core::ErrorCode::ResourceExhausted) << 2;
        QTest::newRow("cancelled") << int(core::ErrorCode::Cancelled) << 1;
        QTest::newRow("internal error") << int(core::ErrorCode::Internal) << 1;
    }
    void exitCodes()
    {
        QFETCH(int, code);
        QFETCH(int, exit);
        QCOMPARE(cli::exitCodeFor(core::Status(core::ErrorCode(code), "x")), exit);
    }

    void escapedExceptions()
    {
        const auto report = [](auto thrown, const std::string& activity) {
            try {
                throw thrown;
            } catch (...) {
                return cli::describeException(std::current_exception(), activity);
            }
        };
        const cli::ExceptionReport memory = report(std::bad_alloc(), "reading big.csv");
        QCOMPARE(memory.exitCode, 2);
        QCOMPARE(QString::fromStdString(memory.message),
                 QString("out of memory: reading big.csv; the data needs more memory than this machine can give; use a "
                         "smaller file, fewer columns (--features) or a machine with more memory"));
        const cli::ExceptionReport bug = report(std::logic_error("index out of range"), "training gbt on a.csv");
        QCOMPARE(bug.exitCode, 1);
        QCOMPARE(QString::fromStdString(bug.message),
                 QString("internal error: index out of range (while training gbt on a.csv)"));
        const cli::ExceptionReport odd = report(42, "");
        QCOMPARE(odd.exitCode, 1);
        QCOMPARE(QString::fromStdString(odd.message),
                 QString("internal error: an unknown exception (while running the command)"));
    }

    void drawnInPlaceOnATerminal()
    {
        // stderr on a pseudo-terminal, as in an interactive shell; stdout stays a pipe.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString slave = QString::fromLocal8Bit(::ptsname(master));
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);

        QProcess process;
        process.setStandardErrorFile(slave);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("TERM", "xterm");
        environment.remove("MLWB_VERBOSE");
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MLWB_CLI_PATH), forestRun());
        QByteArray terminal;
        const auto drain = [&] {
            char buffer[4096];
            for (ssize_t got; (got = ::read(master, buffer, sizeof buffer)) > 0;) terminal.append(buffer, int(got));
        };
        QElapsedTimer timer;
        timer.start();
        while (!process.waitForFinished(50) && timer.elapsed() < 240000) drain();
        drain();
        ::close(master);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY(QJsonDocument::fromJson(out).isObject());
        QVERIFY(!out.contains('\r'));  // the bar never goes to stdout

        // A terminal turns "\n" into "\r\n"; the bar itself only ever writes "\r".
        const QString text = QString::fromUtf8(terminal);
        QVERIFY2(text.contains('\r') && !text.contains('\n'), qPrintable(text.left(400)));
        QVERIFY2(kProgressLine.match(text).hasMatch(), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QRegularExpression("(Fold|Tree) \\d+ of \\d+")), qPrintable(text.left(400)));
        // Cleared at the end: the last thing written is a line of spaces between two "\r".
        QVERIFY2(text.contains(QRegularExpression("\\r +\\r$")), qPrintable(text.right(200)));
    }

    void nothingOnAPipe()
    {
        // Scripts read stderr for errors: a long run adds nothing to it, in JSON or text mode.
        test::CliRun json = test::runCli(forestRun());
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.err, QString());
        QStringList text = forestRun();
        text.removeLast();  // --json
        test::CliRun table = test::runCli(text);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(!table.err.contains('\r') && !kProgressLine.match(table.err).hasMatch());
        for (const QString& line : table.err.split('\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith("warning: "), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "test_cli_progress.moc"
