// Tests of LargeBuffer and ValueArray, the storage behind parsed columns: buffers below and
// above the huge-page size hold what is written, reinterpretAs keeps the bytes, and a
// ValueArray shows a vector or the first rows of a longer buffer, and keeps pointing at the
// same values when moved.
#include "core/base/large_buffer.h"
#include "core/data/value_array.h"

#include <QTest>

#include <bit>
#include <cstdint>
#include <vector>

using namespace mlwb::core;

class TestLargeBuffer : public QObject {
    Q_OBJECT

private slots:
    void holdsWhatIsWritten();
    void reinterpretKeepsTheBytes();
    void valueArrayOverVectorAndBuffer();
};

void TestLargeBuffer::holdsWhatIsWritten()
{
    for (size_t size : {size_t{0}, size_t{1}, size_t{1000}, (size_t{3} << 20) / 8 + 5}) {
        LargeBuffer<uint64_t> buffer(size);
        QCOMPARE(buffer.size(), size);
        QVERIFY(buffer.data() != nullptr);
        QCOMPARE(reinterpret_cast<uintptr_t>(buffer.data()) % 64, uintptr_t{0});
        for (size_t i = 0; i < size; ++i) buffer[i] = i * 2654435761u;
        for (size_t i = 0; i < size; ++i) {
            if (buffer[i] != i * 2654435761u) QFAIL("value lost");
        }
    }
}

void TestLargeBuffer::reinterpretKeepsTheBytes()
{
    const size_t size = (size_t{4} << 20) / 8;
    LargeBuffer<int64_t> ints(size);
    for (size_t i = 0; i < size; ++i) ints[i] = std::bit_cast<int64_t>(static_cast<double>(i) + 0.5);
    const int64_t* before = ints.data();
    LargeBuffer<double> doubles = std::move(ints).reinterpretAs<double>();
    QVERIFY(!ints);
    QCOMPARE(static_cast<const void*>(doubles.data()), static_cast<const void*>(before));
    QCOMPARE(doubles.size(), size);
    QCOMPARE(doubles[0], 0.5);
    QCOMPARE(doubles[size - 1], static_cast<double>(size - 1) + 0.5);
}

void TestLargeBuffer::valueArrayOverVectorAndBuffer()
{
    ValueArray<double> fromVector(std::vector<double>{1.0, 2.0, 3.0});
    QCOMPARE(fromVector.size(), size_t(3));
    QCOMPARE(fromVector[2], 3.0);

    LargeBuffer<double> buffer(1000);
    for (size_t i = 0; i < 1000; ++i) buffer[i] = static_cast<double>(i);
    ValueArray<double> first(std::move(buffer), 10);  // only the first 10 rows are the column
    QCOMPARE(first.size(), size_t(10));
    QCOMPARE(first.span().back(), 9.0);
    QVERIFY(first.capacityBytes() >= 1000 * sizeof(double));

    const double* data = first.data();
    ValueArray<double> moved(std::move(first));
    QCOMPARE(moved.data(), data);
    QCOMPARE(moved[9], 9.0);
    QVERIFY(first.empty());
    fromVector = std::move(moved);
    QCOMPARE(fromVector.size(), size_t(10));
    QCOMPARE(fromVector.data(), data);
}

QTEST_GUILESS_MAIN(TestLargeBuffer)
#include "test_large_buffer.moc"
