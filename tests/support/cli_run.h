// Runs the mlwb-cli binary under test as a script would, for the CLI tests: exit code, stdout
// and stderr of one invocation, and the path of a bundled sample file. Needs MLWB_CLI_PATH and
// MLWB_SOURCE_DIR, which the CLI tests' CMake target defines.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mlwb::test {

struct CliRun {
    int exitCode = -1;  // -2: crashed; -1: timed out
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments, int timeoutMs = 240000)
{
    QProcess process;
    process.start(QStringLiteral(MLWB_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A file of resources/data/ in the source tree.
inline QString sample(const char* name)
{
    return QStringLiteral(MLWB_SOURCE_DIR "/resources/data/") + name;
}

}  // namespace mlwb::test
