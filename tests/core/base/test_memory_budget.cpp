// Tests of the memory budget the readers check before they allocate a table: sizes shown the
// way people read them, the MLWB_MEMORY_LIMIT_MB cap, the address-space limit (ulimit -v) seen
// from inside the process, and the message of a refused load (file, both sizes, what to do).
#include "core/base/memory_budget.h"
#include "support/address_space.h"

#include <QtTest>

#include <sys/resource.h>

#include <fstream>
#include <string>

using namespace mlwb::core;

namespace {

constexpr uint64_t kKiB = 1024;
constexpr uint64_t kMiB = kKiB * 1024;
constexpr uint64_t kGiB = kMiB * 1024;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// MemTotal + SwapTotal of /proc/meminfo in bytes: more than can ever be available.
uint64_t physicalPlusSwap()
{
    std::ifstream in("/proc/meminfo");
    std::string key;
    uint64_t value = 0, total = 0;
    std::string unit;
    while (in >> key >> value >> unit) {
        if (key == "MemTotal:" || key == "SwapTotal:") total += value * 1024;
    }
    return total;
}

// Sets MLWB_MEMORY_LIMIT_MB for one test and restores what was there.
class LimitOverride {
public:
    explicit LimitOverride(const QByteArray& value) : m_had(qEnvironmentVariableIsSet(kName)), m_old(qgetenv(kName))
    {
        qputenv(kName, value);
    }
    ~LimitOverride()
    {
        if (m_had)
            qputenv(kName, m_old);
        else
            qunsetenv(kName);
    }

private:
    static constexpr const char* kName = "MLWB_MEMORY_LIMIT_MB";
    bool m_had;
    QByteArray m_old;
};

}  // namespace

class TestMemoryBudget : public QObject {
    Q_OBJECT

private slots:
    void init() { qunsetenv("MLWB_MEMORY_LIMIT_MB"); }

    void formatsSizes_data()
    {
        QTest::addColumn<quint64>("bytes");
        QTest::addColumn<QString>("text");
        // Units of 1024, one decimal below 10 of a unit, none above (hand-computed:
        // 1536 / 1024 = 1.5; 310 MiB = 325058560; 1.2 GiB = 1288490189 bytes).
        QTest::newRow("zero") << quint64(0) << "0 bytes";
        QTest::newRow("below a KB") << quint64(1023) << "1023 bytes";
        QTest::newRow("one KB") << quint64(kKiB) << "1.0 KB";
        QTest::newRow("1.5 KB") << quint64(1536) << "1.5 KB";
        QTest::newRow("9.96 KB rounds to 10") << quint64(10199) << "10 KB";
        QTest::newRow("310 MB") << quint64(310 * kMiB) << "310 MB";
        QTest::newRow("1.2 GB") << quint64(1288490189) << "1.2 GB";
        QTest::newRow("just under a MB is 1.0 MB, not 1024 KB") << quint64(kMiB - 1) << "1.0 MB";
        QTest::newRow("3 TB") << quint64(3 * 1024 * kGiB) << "3.0 TB";
    }
    void formatsSizes()
    {
        QFETCH(quint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatByteSize(bytes)), text);
    }

    void overrideCaps_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<quint64>("cap");
        QTest::newRow("64 MB") << QByteArray("64") << quint64(64 * kMiB);
        QTest::newRow("half a MB") << QByteArray("0.5") << quint64(512 * kKiB);
        QTest::newRow("zero: nothing may be allocated") << QByteArray("0") << quint64(0);
        QTest::newRow("not a number: no cap") << QByteArray("lots") << quint64(kUnlimitedBytes);
        QTest::newRow("negative: no cap") << QByteArray("-5") << quint64(kUnlimitedBytes);
    }
    void overrideCaps()
    {
        QFETCH(QByteArray, value);
        QFETCH(quint64, cap);
        LimitOverride limit(value);
        const MemoryBudget budget = currentMemoryBudget();
        QCOMPARE(quint64(budget.overrideLimit), cap);
        QVERIFY(budget.available() <= cap);
        QVERIFY(availableMemoryBytes() <= cap);
    }

    void noOverrideByDefault() { QCOMPARE(quint64(currentMemoryBudget().overrideLimit), quint64(kUnlimitedBytes)); }

    void systemMemoryIsRead()
    {
        const uint64_t ceiling = physicalPlusSwap();
        if (ceiling == 0) QSKIP("no /proc/meminfo here");
        const uint64_t available = currentMemoryBudget().systemAvailable;
        QVERIFY2(available != kUnlimitedBytes, "MemAvailable was not read");
        QVERIFY(available > 0);
        QVERIFY(available <= ceiling);
    }

    // What `ulimit -v` leaves: the limit minus what the process already maps. Lowered here
    // to 200 MB above the current size (a soft limit may be raised back up to the hard one).
    void addressSpaceLimitIsSeen()
    {
        struct rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_AS, &saved), 0);
        const uint64_t mapped = mlwb::test::mappedBytes();
        if (mapped == 0) QSKIP("no /proc/self/statm here");
        const uint64_t headroom = 200 * kMiB;
        if (saved.rlim_max != RLIM_INFINITY && saved.rlim_max < mapped + headroom) QSKIP("hard limit too low");

        struct rlimit lowered = saved;
        lowered.rlim_cur = mapped + headroom;
        QCOMPARE(setrlimit(RLIMIT_AS, &lowered), 0);
        const MemoryBudget budget = currentMemoryBudget();
        setrlimit(RLIMIT_AS, &saved);

        // The process may map a little more between the two readings of its size.
        QVERIFY2(budget.addressSpaceLeft <= headroom && budget.addressSpaceLeft + 16 * kMiB >= headroom,
                 qPrintable(QString::number(budget.addressSpaceLeft)));
        QVERIFY(budget.available() <= budget.addressSpaceLeft);
        if (saved.rlim_cur == RLIM_INFINITY)
            QCOMPARE(quint64(currentMemoryBudget().addressSpaceLeft), quint64(kUnlimitedBytes));
    }

    void checkRefusesWhatDoesNotFit()
    {
        LimitOverride limit("1");
        QVERIFY(checkMemoryFor("small.csv", 512 * kKiB).isOk());
        const Status refused = checkMemoryFor("big.csv", 3 * kMiB);
        QCOMPARE(refused.code(), ErrorCode::ResourceExhausted);
        QVERIFY2(contains(refused.message(),
                          "big.csv: loading needs about 3.0 MB of memory but only 1.0 MB is "
                          "available"),
                 refused.message().c_str());
        QVERIFY2(contains(refused.message(), "MLWB_MEMORY_LIMIT_MB"), refused.message().c_str());
    }

    // The advice names what can be changed: the cap, the process's limit, or other programs.
    void adviceFitsTheBindingLimit_data()
    {
        QTest::addColumn<quint64>("addressSpace");
        QTest::addColumn<quint64>("system");
        QTest::addColumn<quint64>("overrideLimit");
        QTest::addColumn<QString>("advice");
        const quint64 none = kUnlimitedBytes;
        QTest::newRow("free memory") << none << quint64(310 * kMiB) << none << "close other programs";
        QTest::newRow("ulimit -v") << quint64(310 * kMiB) << quint64(8 * kGiB) << none << "ulimit -v";
        QTest::newRow("override") << quint64(kGiB) << quint64(8 * kGiB) << quint64(310 * kMiB)
                                  << "MLWB_MEMORY_LIMIT_MB";
    }
    void adviceFitsTheBindingLimit()
    {
        QFETCH(quint64, addressSpace);
        QFETCH(quint64, system);
        QFETCH(quint64, overrideLimit);
        QFETCH(QString, advice);
        MemoryBudget budget;
        budget.addressSpaceLeft = addressSpace;
        budget.systemAvailable = system;
        budget.overrideLimit = overrideLimit;
        const Status status = memoryShortage("cls_1000000.csv", 1288490189, budget);
        QCOMPARE(status.code(), ErrorCode::ResourceExhausted);
        const std::string& message = status.message();
        QVERIFY2(
            contains(message, "cls_1000000.csv: loading needs about 1.2 GB of memory but only 310 MB is available"),
            message.c_str());
        QVERIFY2(contains(message, advice.toStdString()), message.c_str());
    }

    void outOfMemoryWithoutAnEstimate()
    {
        LimitOverride limit("100");
        const Status status = outOfMemory("data.arff");
        QCOMPARE(status.code(), ErrorCode::ResourceExhausted);
        QVERIFY2(contains(status.message(), "data.arff: loading ran out of memory"), status.message().c_str());
        QVERIFY2(contains(status.message(), "100 MB"), status.message().c_str());
        QVERIFY(contains(outOfMemory("data.arff", 200 * kMiB).message(), "needs about 200 MB"));
        // An estimate that fitted does not make a message saying the need is below what is left.
        QVERIFY(contains(outOfMemory("data.arff", 50 * kMiB).message(), "data.arff: loading ran out of memory"));
    }
};

QTEST_GUILESS_MAIN(TestMemoryBudget)
#include "test_memory_budget.moc"
