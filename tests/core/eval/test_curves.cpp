// Tests of curves.h against scikit-learn 1.2.1: ROC and precision-recall curves with tied
// scores, calibration bins (including values on bin edges), gain/lift, residuals, and the
// errors for one-sided or malformed input.
#include "core/eval/curves.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace mlwb::core;

namespace {

using Labels = std::vector<int32_t>;
using Values = std::vector<double>;

// y and s shared by the binary rows: ties at 0.8 (two positives, one negative) and 0.5.
const Labels kY{0, 0, 1, 1, 1, 0, 1, 0};
const Values kS{0.1, 0.4, 0.35, 0.8, 0.8, 0.8, 0.5, 0.5};

bool closeAll(const Values& actual, const Values& expected)
{
    if (actual.size() != expected.size()) return false;
    for (size_t i = 0; i < actual.size(); ++i) {
        if (std::abs(actual[i] - expected[i]) > 1e-12) return false;
    }
    return true;
}

std::string show(const Values& v)
{
    std::string s;
    for (double x : v) s += std::to_string(x) + " ";
    return s;
}

#define VERIFY_VALUES(actual, expected) QVERIFY2(closeAll(actual, expected), show(actual).c_str())

}  // namespace

class TestCurves : public QObject {
    Q_OBJECT

private slots:
    void roc();
    void rocOtherPositiveClass();
    void precisionRecall();
    void calibration_data();
    void calibration();
    void gain();
    void residualPairs();
    void errors_data();
    void errors();
};

void TestCurves::roc()
{
    // roc_curve(y, s, drop_intermediate=False):
    //   fpr [0, .25, .5, .75, .75, 1], tpr [0, .5, .75, .75, 1, 1], thresholds [1.8, .8, .5, .4, .35, .1]
    Result<RocCurve> curve = rocCurve(kY, kS);
    QVERIFY2(curve.isOk(), curve.status().message().c_str());
    VERIFY_VALUES(curve->falsePositiveRate, (Values{0, .25, .5, .75, .75, 1}));
    VERIFY_VALUES(curve->truePositiveRate, (Values{0, .5, .75, .75, 1, 1}));
    VERIFY_VALUES(curve->thresholds, (Values{1.8, .8, .5, .4, .35, .1}));
}

void TestCurves::rocOtherPositiveClass()
{
    // Class 0 as positive with the negated score mirrors the curve:
    // roc_curve(y, -s, pos_label=0, drop_intermediate=False): tpr [0, .25, .25, .5, .75, 1], fpr [0, 0, .25, .25, .5,
    // 1]
    Values negated;
    for (double s : kS) negated.push_back(-s);
    Result<RocCurve> curve = rocCurve(kY, negated, 0);
    QVERIFY(curve.isOk());
    VERIFY_VALUES(curve->truePositiveRate, (Values{0, .25, .25, .5, .75, 1}));
    VERIFY_VALUES(curve->falsePositiveRate, (Values{0, 0, .25, .25, .5, 1}));
    // ... thresholds [0.9, -0.1, -0.35, -0.4, -0.5, -0.8]: negative scores keep their values and order.
    VERIFY_VALUES(curve->thresholds, (Values{0.9, -0.1, -0.35, -0.4, -0.5, -0.8}));
}

void TestCurves::precisionRecall()
{
    // precision_recall_curve(y, s): precision [.5, .5714285714285714, .5, .6, .6666666666666666, 1],
    // recall [1, 1, .75, .75, .5, 0], thresholds [.1, .35, .4, .5, .8]
    Result<PrecisionRecallCurve> curve = precisionRecallCurve(kY, kS);
    QVERIFY2(curve.isOk(), curve.status().message().c_str());
    VERIFY_VALUES(curve->precision, (Values{.5, .5714285714285714, .5, .6, .6666666666666666, 1}));
    VERIFY_VALUES(curve->recall, (Values{1, 1, .75, .75, .5, 0}));
    VERIFY_VALUES(curve->thresholds, (Values{.1, .35, .4, .5, .8}));
}

void TestCurves::calibration_data()
{
    QTest::addColumn<int>("bins");
    QTest::addColumn<Values>("fractionPositive");
    QTest::addColumn<Values>("meanPredicted");
    QTest::addColumn<std::vector<int>>("binIndex");
    QTest::addColumn<std::vector<size_t>>("counts");
    // yb=[0,0,0,1,1,1,0,1,1,1], pb=[.1,.2,.3,.3,.45,.6,.65,.8,.9,1.]; .2, .6 and .8 lie on edges
    // of the 5 bins and go to the lower bin, as np.searchsorted does.
    // calibration_curve(yb, pb, n_bins=5) = ([0, .5, 1, .5, 1], [.15, .3, .525, .725, .95])
    QTest::newRow("5 bins, values on edges")
        << 5 << Values{0, .5, 1, .5, 1} << Values{0.15000000000000002, .3, .525, 0.7250000000000001, .95}
        << std::vector<int>{0, 1, 2, 3, 4} << std::vector<size_t>{2, 2, 2, 2, 2};
    // calibration_curve(yb, pb, n_bins=3) = ([.25, .6666666666666666, 1], [.225, .5666666666666668, .9])
    QTest::newRow("3 bins") << 3 << Values{.25, .6666666666666666, 1}
                            << Values{0.22500000000000003, 0.5666666666666668, .9} << std::vector<int>{0, 1, 2}
                            << std::vector<size_t>{4, 3, 3};
    // 20 bins leave most empty; sklearn drops them: calibration_curve(yb, pb, n_bins=20) keeps 9 of 20 bins.
    QTest::newRow("20 bins, empty ones dropped")
        << 20 << Values{0, 0, .5, 1, 1, 0, 1, 1, 1} << Values{.1, .2, .3, .45, .6, .65, .8, .9, 1}
        << std::vector<int>{1, 3, 5, 8, 11, 12, 15, 17, 19} << std::vector<size_t>{1, 1, 2, 1, 1, 1, 1, 1, 1};
}

void TestCurves::calibration()
{
    QFETCH(int, bins);
    QFETCH(Values, fractionPositive);
    QFETCH(Values, meanPredicted);
    QFETCH(std::vector<int>, binIndex);
    QFETCH(std::vector<size_t>, counts);
    const Labels yb{0, 0, 0, 1, 1, 1, 0, 1, 1, 1};
    const Values pb{.1, .2, .3, .3, .45, .6, .65, .8, .9, 1.};
    Result<CalibrationCurve> curve = calibrationCurve(yb, pb, bins);
    QVERIFY2(curve.isOk(), curve.status().message().c_str());
    VERIFY_VALUES(curve->fractionPositive, fractionPositive);
    VERIFY_VALUES(curve->meanPredicted, meanPredicted);
    QCOMPARE(curve->bins, binIndex);
    QCOMPARE(curve->counts, counts);
}

void TestCurves::gain()
{
    // By hand from kY/kS (4 positives of 8 rows), targeting tied scores together:
    //   >= .8: 3 rows, 2 positives; >= .5: 5, 3; >= .4: 6, 3; >= .35: 7, 4; >= .1: 8, 4.
    Result<GainCurve> curve = gainCurve(kY, kS);
    QVERIFY2(curve.isOk(), curve.status().message().c_str());
    VERIFY_VALUES(curve->fractionTargeted, (Values{.375, .625, .75, .875, 1}));
    VERIFY_VALUES(curve->gain, (Values{.5, .75, .75, 1, 1}));
    VERIFY_VALUES(curve->lift, (Values{.5 / .375, .75 / .625, 1, 1 / .875, 1}));
    VERIFY_VALUES(curve->thresholds, (Values{.8, .5, .4, .35, .1}));
}

void TestCurves::residualPairs()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Result<ResidualsResult> result = residuals(Values{3, -0.5, 2, nan, 7}, Values{2.5, 0, 2, 1, 8});
    QVERIFY(result.isOk());
    QCOMPARE(result->skipped, size_t(1));
    VERIFY_VALUES(result->residuals.actual, (Values{3, -0.5, 2, 7}));
    VERIFY_VALUES(result->residuals.predicted, (Values{2.5, 0, 2, 8}));
    VERIFY_VALUES(result->residuals.residual, (Values{0.5, -0.5, 0, -1}));
}

void TestCurves::errors_data()
{
    QTest::addColumn<QString>("curve");
    QTest::addColumn<Labels>("y");
    QTest::addColumn<Values>("scores");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("roc, no negatives") << "roc" << Labels{1, 1} << Values{.2, .8}
                                       << "ROC curve needs rows of classes other than 1";
    QTest::newRow("roc, no positives") << "roc" << Labels{0, 0} << Values{.2, .8}
                                       << "ROC curve needs rows of the positive class 1";
    QTest::newRow("pr, no positives") << "pr" << Labels{0, 2} << Values{.2, .8}
                                      << "precision-recall curve needs rows of the positive class 1";
    QTest::newRow("gain, lengths differ") << "gain" << Labels{0, 1} << Values{.2} << "2 true labels but 1 scores";
    QTest::newRow("roc, NaN score") << "roc" << Labels{0, 1} << Values{.2, std::numeric_limits<double>::quiet_NaN()}
                                    << "score of row 2 is nan";
    QTest::newRow("roc, empty") << "roc" << Labels{} << Values{} << "needs at least one row";
    QTest::newRow("calibration, outside [0,1]")
        << "calibration" << Labels{0, 1} << Values{.2, 1.5} << "probability of row 2 is 1.5, outside [0, 1]";
    QTest::newRow("calibration, no bins")
        << "calibration0" << Labels{0, 1} << Values{.2, .5} << "at least 1 bin; got 0";
    QTest::newRow("residuals, lengths differ")
        << "residuals" << Labels{0, 1} << Values{.2} << "2 actual values but 1 predictions";
}

void TestCurves::errors()
{
    QFETCH(QString, curve);
    QFETCH(Labels, y);
    QFETCH(Values, scores);
    QFETCH(QString, messagePart);
    Status status;
    if (curve == "roc")
        status = rocCurve(y, scores).status();
    else if (curve == "pr")
        status = precisionRecallCurve(y, scores).status();
    else if (curve == "gain")
        status = gainCurve(y, scores).status();
    else if (curve == "calibration")
        status = calibrationCurve(y, scores).status();
    else if (curve == "calibration0")
        status = calibrationCurve(y, scores, 0).status();
    else if (curve == "residuals")
        status = residuals(Values(y.begin(), y.end()), scores).status();
    QCOMPARE(status.code(), ErrorCode::InvalidArgument);
    QVERIFY2(QString::fromStdString(status.message()).contains(messagePart), status.message().c_str());
}

QTEST_GUILESS_MAIN(TestCurves)
#include "test_curves.moc"
