// The compute pool: every index runs exactly once, nested calls do not deadlock, errors
// propagate, and chunking does not depend on the pool's size.
#include "core/base/thread_pool.h"

#include <QtTest>

#include <atomic>
#include <numeric>
#include <stdexcept>

using namespace mlwb::core;

class TestThreadPool : public QObject {
    Q_OBJECT
private slots:
    void runsEveryIndexOnce_data()
    {
        QTest::addColumn<unsigned>("threads");
        QTest::addColumn<int>("count");
        QTest::newRow("1 thread, 1000 items") << 1u << 1000;
        QTest::newRow("2 threads, 1000 items") << 2u << 1000;
        QTest::newRow("8 threads, 3 items") << 8u << 3;
        QTest::newRow("4 threads, 0 items") << 4u << 0;
    }
    void runsEveryIndexOnce()
    {
        QFETCH(unsigned, threads);
        QFETCH(int, count);
        ThreadPool pool(threads);
        std::vector<std::atomic<int>> hits(static_cast<size_t>(count));
        pool.parallelFor(static_cast<size_t>(count), [&](size_t i) { hits[i]++; });
        for (int i = 0; i < count; ++i) QCOMPARE(hits[static_cast<size_t>(i)].load(), 1);
    }

    void nestedCallsFinish()
    {
        ThreadPool pool(2);
        std::atomic<int> total{0};
        pool.parallelFor(4, [&](size_t) { pool.parallelFor(50, [&](size_t) { total++; }); });
        QCOMPARE(total.load(), 200);
    }

    void firstExceptionIsRethrown()
    {
        ThreadPool pool(2);
        std::atomic<int> ran{0};
        bool thrown = false;
        try {
            pool.parallelFor(100, [&](size_t i) {
                ran++;
                if (i == 42) throw std::runtime_error("boom");
            });
        } catch (const std::runtime_error& error) {
            thrown = QString(error.what()) == "boom";
        }
        QVERIFY(thrown);
        QCOMPARE(ran.load(), 100);  // the others still ran: no half-finished batch
    }

    void chunkingIgnoresThreadCount()
    {
        const auto chunks = splitIntoChunks(1001, 100);
        QCOMPARE(chunks.size(), size_t(11));
        QCOMPARE(chunks.front().begin, size_t(0));
        QCOMPARE(chunks.back().end, size_t(1001));
        for (size_t i = 1; i < chunks.size(); ++i) QCOMPARE(chunks[i].begin, chunks[i - 1].end);
        QVERIFY(splitIntoChunks(0, 100).empty());
    }

    void sumsAreDeterministicAcrossPoolSizes()
    {
        std::vector<double> values(100000);
        for (size_t i = 0; i < values.size(); ++i) values[i] = 1.0 / static_cast<double>(i + 1);
        auto chunkedSum = [&](ThreadPool& pool) {
            const auto chunks = splitIntoChunks(values.size(), 4096);
            std::vector<double> partial(chunks.size());
            pool.parallelFor(chunks.size(), [&](size_t c) {
                partial[c] = std::accumulate(values.begin() + static_cast<long>(chunks[c].begin),
                                             values.begin() + static_cast<long>(chunks[c].end), 0.0);
            });
            return std::accumulate(partial.begin(), partial.end(), 0.0);
        };
        ThreadPool one(1), four(4);
        QCOMPARE(chunkedSum(one), chunkedSum(four));  // bit-identical, not just close
    }
};

QTEST_GUILESS_MAIN(TestThreadPool)
#include "test_thread_pool.moc"
