// Reruns the running test program as two child processes with different pool sizes
// (MLWB_THREADS), each asked through an environment variable to write its result to a file,
// and returns both files' bytes: the check behind every "same result whatever the thread
// count" test. The child side reads the variable, computes and writes the file, and exits.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <array>

namespace mlwb::test {

struct ThreadCountRuns {
    bool ok = false;
    QString error;                      // what went wrong when !ok
    std::array<QByteArray, 2> outputs;  // the file each child wrote
};

inline ThreadCountRuns runAtThreadCounts(const char* dumpVariable, std::array<const char*, 2> threads = {"1", "2"},
                                         int timeoutMs = 240000)
{
    ThreadCountRuns runs;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        runs.error = "no temporary folder";
        return runs;
    }
    for (size_t run = 0; run < threads.size(); ++run) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString path = dir.filePath(QString("run_%1.bin").arg(run));
        env.insert("MLWB_THREADS", threads[run]);
        env.insert(dumpVariable, path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(timeoutMs) || child.exitCode() != 0) {
            runs.error = QString("the child with MLWB_THREADS=%1 failed: %2")
                             .arg(threads[run], QString::fromLocal8Bit(child.readAllStandardError().right(2000)));
            return runs;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            runs.error = QString("the child with MLWB_THREADS=%1 wrote no %2").arg(threads[run], path);
            return runs;
        }
        runs.outputs[run] = file.readAll();
    }
    runs.ok = true;
    return runs;
}

}  // namespace mlwb::test
