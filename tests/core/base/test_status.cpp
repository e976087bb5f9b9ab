// Status and Result: the error type carries its code and where it happened.
#include "core/base/status.h"

#include <QtTest>

using namespace mlwb::core;

namespace {
Result<int> parsePositive(int value)
{
    if (value <= 0) return Status::invalidArgument("value must be positive");
    return value;
}
Status chain(int value)
{
    MLWB_RETURN_IF_ERROR(parsePositive(value).status());
    return Status::ok();
}
}  // namespace

class TestStatus : public QObject {
    Q_OBJECT
private slots:
    void resultHoldsValueOrError()
    {
        auto good = parsePositive(3);
        QVERIFY(good.isOk());
        QCOMPARE(good.value(), 3);
        QVERIFY(good.status().isOk());
        auto bad = parsePositive(-1);
        QVERIFY(!bad.isOk());
        QCOMPARE(bad.status().code(), ErrorCode::InvalidArgument);
        QCOMPARE(QString::fromStdString(bad.status().message()), QString("value must be positive"));
    }

    void contextNamesWhere()
    {
        const Status status = Status::parseError("line 3: expected 2 fields, found 3").withContext("data.csv");
        QCOMPARE(QString::fromStdString(status.message()), QString("data.csv: line 3: expected 2 fields, found 3"));
        QCOMPARE(QString::fromStdString(status.toString()),
                 QString("parse error: data.csv: line 3: expected 2 fields, found 3"));
        QVERIFY(Status::ok().withContext("x").message().empty());
    }

    void resourceExhaustedIsItsOwnCode()
    {
        const Status status = Status::resourceExhausted("big.csv: loading needs about 2.0 GB");
        QCOMPARE(status.code(), ErrorCode::ResourceExhausted);
        QVERIFY(!status.isOk());
        QCOMPARE(QString::fromStdString(status.toString()),
                 QString("not enough memory: big.csv: loading needs about 2.0 GB"));
    }

    void returnIfErrorStopsEarly()
    {
        QVERIFY(chain(1).isOk());
        QCOMPARE(chain(0).code(), ErrorCode::InvalidArgument);
        QVERIFY(Status::cancelled().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "test_status.moc"
