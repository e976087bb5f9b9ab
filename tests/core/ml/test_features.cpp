// Tests of FeaturePrep: the task rule, class names, what is learned on training rows only
// (means, categories) and re-applied to other rows and tables, one-hot with unseen
// categories, booleans and datetimes, columns left out with warnings, and every error.
#include "core/ml/features.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"

#include <QTest>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

Q_DECLARE_METATYPE(mlwb::core::ml::Task)

namespace {

QString messageOf(const Status& status)
{
    return QString::fromStdString(status.message());
}

ColumnPtr dateColumn(const std::string& name, const std::vector<int64_t>& ms)
{
    ColumnBuilder b(name, ColumnType::DateTime);
    for (int64_t v : ms) b.appendDateTime(v);
    return b.finish();
}

}  // namespace

class TestFeatures : public QObject {
    Q_OBJECT

private slots:
    void detectsTask_data();
    void detectsTask();
    void classNamesAndCodes();
    void imputesTrainingMean();
    void missingIndicators();
    void oneHotWithUnseenCategory();
    void oneHotAcrossTables();
    void booleanAndDateTime();
    void leavesColumnsOutWithWarnings();
    void rejects_data();
    void rejects();
    void rejectsIncompatibleTable();
    void unsupervisedFitsWithoutATarget();
    void trainsFromTable_data();
    void trainsFromTable();
};

void TestFeatures::detectsTask_data()
{
    QTest::addColumn<ColumnPtr>("target");
    QTest::addColumn<int>("forced");  // -1 none, else the Task
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("classes");

    std::vector<int64_t> many;
    for (int i = 0; i < 25; ++i) many.push_back(i % 21);  // 21 distinct values > 20
    std::vector<int64_t> few;
    for (int i = 0; i < 25; ++i) few.push_back(i % 3 * 10);

    QTest::newRow("float -> regression") << floatColumn("y", std::vector<double>(25, 0.5)) << -1 << Task::Regression
                                         << 0;
    QTest::newRow("few ints -> classes") << intColumn("y", few) << -1 << Task::Classification << 3;
    QTest::newRow("many ints -> regression") << intColumn("y", many) << -1 << Task::Regression << 0;
    QTest::newRow("many ints forced") << intColumn("y", many) << int(Task::Classification) << Task::Classification
                                      << 21;
    QTest::newRow("few ints forced regression")
        << intColumn("y", few) << int(Task::Regression) << Task::Regression << 0;
    std::vector<int> bools;
    for (int i = 0; i < 25; ++i) bools.push_back(i % 2);
    QTest::newRow("boolean -> classes") << boolColumn("y", bools) << -1 << Task::Classification << 2;
    QTest::newRow("boolean forced regression")
        << boolColumn("y", bools) << int(Task::Regression) << Task::Regression << 0;
    std::vector<std::string> labels;
    for (int i = 0; i < 25; ++i) labels.push_back(i % 4 ? "spam" : "ham");
    QTest::newRow("categorical -> classes") << categoryColumn("y", labels) << -1 << Task::Classification << 2;
    QTest::newRow("text -> classes") << textColumn("y", labels) << -1 << Task::Classification << 2;
}

void TestFeatures::detectsTask()
{
    QFETCH(ColumnPtr, target);
    QFETCH(int, forced);
    QFETCH(Task, task);
    QFETCH(int, classes);
    std::vector<double> x;
    for (size_t i = 0; i < target->size(); ++i) x.push_back(double(i));
    auto table = makeTable({floatColumn("x", x), target});
    FeatureOptions options;
    if (forced >= 0) options.task = Task(forced);
    auto prep = FeaturePrep::fit(*table, "y", {}, options);
    QVERIFY2(prep.isOk(), prep.status().message().c_str());
    QCOMPARE(prep->task(), task);
    QCOMPARE(prep->classCount(), classes);
}

void TestFeatures::classNamesAndCodes()
{
    // Classes are sorted by name (sklearn's LabelEncoder order), whatever the dictionary order.
    auto table =
        makeTable({floatColumn("x", {1, 2, 3, 4, 5}), categoryColumn("y", {"zebra", "ant", "moose", "ant", "zebra"})});
    auto prep = FeaturePrep::fit(*table, "y", {"x"});
    QVERIFY(prep.isOk());
    QCOMPARE(prep->classNames(), (std::vector<std::string>{"ant", "moose", "zebra"}));
    auto y = prep->transformTarget(*table);
    QVERIFY(y.isOk());
    QCOMPARE(*y, vec({2, 0, 1, 0, 2}));

    // Integer classes sort numerically, not as text: -5 < 2 < 10.
    auto ints = makeTable({floatColumn("x", {1, 2, 3, 4}), intColumn("y", {10, 2, -5, 2})});
    auto intPrep = FeaturePrep::fit(*ints, "y", {"x"});
    QVERIFY(intPrep.isOk());
    QCOMPARE(intPrep->classNames(), (std::vector<std::string>{"-5", "2", "10"}));
    QCOMPARE(*intPrep->transformTarget(*ints), vec({2, 1, 0, 1}));

    // A class only outside the training rows cannot be coded.
    auto trainOnly = FeaturePrep::fit(*table, "y", {"x"}, std::vector<size_t>{0, 1, 4});
    QVERIFY(trainOnly.isOk());
    auto unseen = trainOnly->transformTarget(*table, {2});
    QVERIFY(!unseen.isOk());
    QCOMPARE(messageOf(unseen.status()),
             QString("target column \"y\", row 3: class \"moose\" did not occur in the training rows; use a "
                     "stratified split or drop the rare class"));
}

void TestFeatures::imputesTrainingMean()
{
    // Training rows 0-3 have x = 1, 2, missing, 3 -> mean 2. The test rows' own mean would be 100.
    auto table = makeTable({floatColumn("x", {1, 2, kNaN, 3, 100, kNaN}), floatColumn("y", {1, 2, 3, 4, 5, 6})});
    auto prep = FeaturePrep::fit(*table, "y", {"x"}, std::vector<size_t>{0, 1, 2, 3});
    QVERIFY(prep.isOk());
    QCOMPARE(prep->featureNames(), std::vector<std::string>{"x"});
    auto train = prep->transform(*table, {0, 1, 2, 3});
    QVERIFY(train.isOk());
    QCOMPARE(Vector(train->col(0)), vec({1, 2, 2, 3}));
    auto test = prep->transform(*table, {4, 5});
    QVERIFY(test.isOk());
    QCOMPARE(Vector(test->col(0)), vec({100, 2}));
}

void TestFeatures::missingIndicators()
{
    auto table =
        makeTable({floatColumn("x", {1, kNaN, 3, 5}), floatColumn("z", {1, 2, 3, 4}), floatColumn("y", {1, 2, 3, 4})});
    FeatureOptions options;
    options.missingIndicators = true;
    auto prep = FeaturePrep::fit(*table, "y", {"x", "z"}, options);
    QVERIFY(prep.isOk());
    // Only a column with missing training values gets an indicator.
    QCOMPARE(prep->featureNames(), (std::vector<std::string>{"x", "x (missing)", "z"}));
    auto X = prep->transform(*table);
    QVERIFY(X.isOk());
    QCOMPARE(*X, rowMajor({1, 0, 1, 3, 1, 2, 3, 0, 3, 5, 0, 4}, 3));
}

void TestFeatures::oneHotWithUnseenCategory()
{
    auto table = makeTable(
        {categoryColumn("color", {"red", "green", "red", "", "blue", "green"}), floatColumn("y", {1, 2, 3, 4, 5, 6})});
    // Training rows 0-3 see green and red (and a missing value); blue appears only later.
    auto prep = FeaturePrep::fit(*table, "y", {"color"}, std::vector<size_t>{0, 1, 2, 3});
    QVERIFY(prep.isOk());
    QCOMPARE(prep->featureNames(), (std::vector<std::string>{"color=green", "color=red"}));
    auto X = prep->transform(*table);
    QVERIFY(X.isOk());
    // Missing and unseen ("blue") rows are all zeros.
    QCOMPARE(*X, rowMajor({0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0}, 2));
}

void TestFeatures::oneHotAcrossTables()
{
    auto train = makeTable({categoryColumn("color", {"red", "green", "blue"}), floatColumn("y", {1, 2, 3})});
    auto prep = FeaturePrep::fit(*train, "y", {"color"});
    QVERIFY(prep.isOk());
    // A file read later has another dictionary order and another column order; the same
    // column as text works too.
    auto later = makeTable({floatColumn("y", {0, 0, 0}), categoryColumn("color", {"green", "purple", "blue"})});
    auto X = prep->transform(*later);
    QVERIFY(X.isOk());
    QCOMPARE(*X, rowMajor({0, 1, 0, 0, 0, 0, 1, 0, 0}, 3));  // blue, green, red
    auto asText = makeTable({textColumn("color", {"red", "blue", ""})});
    auto Xt = prep->transform(*asText);
    QVERIFY(Xt.isOk());
    QCOMPARE(*Xt, rowMajor({0, 0, 1, 1, 0, 0, 0, 0, 0}, 3));
}

void TestFeatures::booleanAndDateTime()
{
    auto table = makeTable({boolColumn("flag", {1, 0, -1, 1}), dateColumn("when", {0, 86400000, 172800000, 0}),
                            floatColumn("y", {1, 2, 3, 4})});
    auto prep = FeaturePrep::fit(*table, "y", {"flag", "when"});
    QVERIFY(prep.isOk());
    auto X = prep->transform(*table);
    QVERIFY(X.isOk());
    // flag: 1, 0, missing -> the training majority (true), 1; when: milliseconds since the epoch.
    QCOMPARE(Vector(X->col(0)), vec({1, 0, 1, 1}));
    QCOMPARE(Vector(X->col(1)), vec({0, 86400000, 172800000, 0}));
}

void TestFeatures::leavesColumnsOutWithWarnings()
{
    auto table = makeTable({textColumn("notes", {"a", "b", "c"}), floatColumn("const", {5, 5, 5}),
                            floatColumn("empty", {kNaN, kNaN, kNaN}), categoryColumn("one", {"x", "x", "x"}),
                            floatColumn("x", {1, 2, 3}), floatColumn("y", {1, 2, 3})});
    auto prep = FeaturePrep::fit(*table, "y", {});
    QVERIFY(prep.isOk());
    QCOMPARE(prep->featureNames(), std::vector<std::string>{"x"});
    QCOMPARE(prep->warnings(),
             (std::vector<std::string>{
                 "column \"notes\" is text and is left out of the features; convert it to categorical to use it",
                 "column \"const\" has one value (5) in all training rows and is left out of the features",
                 "column \"empty\" has no values in the training rows and is left out of the features",
                 "column \"one\" has one value (\"x\") in all training rows and is left out of the features"}));
}

void TestFeatures::rejects_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<int>("forced");
    QTest::addColumn<QString>("message");

    QTest::newRow("target missing values")
        << "gappy" << QStringList{"x"} << -1
        << "target column \"gappy\" is missing in 2 of the 4 training rows; drop those rows (or fill them) before "
           "training";
    QTest::newRow("one class") << "same" << QStringList{"x"} << -1
                               << "target column \"same\" has only one class (\"a\") in the training rows; a "
                                  "classifier needs at least two — check the target or the split";
    QTest::newRow("text regression") << "label" << QStringList{"x"} << int(Task::Regression)
                                     << "target column \"label\" is text; it can only be a classification target — "
                                        "choose a numeric target for regression";
    QTest::newRow("no usable features")
        << "y" << QStringList{"label", "const"} << -1
        << "no usable feature columns: \"label\" is text, \"const\" is constant; choose other feature columns";
    QTest::newRow("target not found") << "price" << QStringList{} << -1
                                      << "target column \"price\" not found; columns: x, const, label, gappy, same, y";
    QTest::newRow("feature not found") << "y" << QStringList{"size"} << -1
                                       << "feature column \"size\" not found; columns: x, const, label, gappy, same, y";
    QTest::newRow("target as feature") << "y" << QStringList{"x", "y"} << -1
                                       << "column \"y\" is the target and cannot also be a feature; remove it from "
                                          "the features";
    QTest::newRow("datetime target") << "x" << QStringList{} << -2 << "target column \"x\" is a datetime";
}

void TestFeatures::rejects()
{
    QFETCH(QString, target);
    QFETCH(QStringList, features);
    QFETCH(int, forced);
    QFETCH(QString, message);
    ColumnPtr x = forced == -2 ? dateColumn("x", {1, 2, 3, 4}) : floatColumn("x", {1, 2, 3, 4});
    auto table = makeTable({x, floatColumn("const", {2, 2, 2, 2}), textColumn("label", {"a", "b", "a", "b"}),
                            floatColumn("gappy", {1, kNaN, 2, kNaN}), categoryColumn("same", {"a", "a", "a", "a"}),
                            floatColumn("y", {1, 2, 3, 4})});
    FeatureOptions options;
    if (forced >= 0) options.task = Task(forced);
    std::vector<std::string> names;
    for (const auto& f : features) names.push_back(f.toStdString());
    auto prep = FeaturePrep::fit(*table, target.toStdString(), names, options);
    QVERIFY(!prep.isOk());
    QVERIFY2(messageOf(prep.status()).startsWith(message), prep.status().message().c_str());
}

void TestFeatures::rejectsIncompatibleTable()
{
    auto table = makeTable({floatColumn("age", {20, 30, 40}), floatColumn("y", {1, 2, 3})});
    auto prep = FeaturePrep::fit(*table, "y", {"age"});
    QVERIFY(prep.isOk());
    auto noColumn = prep->transform(*makeTable({floatColumn("y", {1})}));
    QCOMPARE(messageOf(noColumn.status()),
             QString("column \"age\" was a feature in training but is not in this table; add it"));
    auto wrongType = prep->transform(*makeTable({categoryColumn("age", {"old"})}));
    QCOMPARE(messageOf(wrongType.status()),
             QString("column \"age\" is categorical here but was numeric in the training data; convert it"));
    // Int64 where training had Float64 is still numeric.
    QVERIFY(prep->transform(*makeTable({intColumn("age", {33})})).isOk());
}

void TestFeatures::unsupervisedFitsWithoutATarget()
{
    auto table = makeTable({floatColumn("x", {1, kNaN, 3, 4}), categoryColumn("c", {"a", "b", "", "a"}),
                            textColumn("t", {"p", "q", "r", "s"})});
    FeatureOptions options;
    options.task = Task::Clustering;
    auto prep = FeaturePrep::fit(*table, "", {}, options);
    QVERIFY2(prep.isOk(), prep.status().message().c_str());
    QCOMPARE(prep->task(), Task::Clustering);
    // Every column is a feature (text left out as usual), with the same imputation and one-hot.
    QCOMPARE(prep->featureNames(), (std::vector<std::string>{"x", "c=a", "c=b"}));
    const Matrix X = *prep->transform(*table);
    QCOMPARE(X, rowMajor({1, 1, 0, 8.0 / 3, 0, 1, 3, 0, 0, 4, 1, 0}, 3));
    QVERIFY(messageOf(prep->transformTarget(*table).status()).contains("no target"));
    // A supervised task still needs a target.
    options.task.reset();
    QVERIFY(messageOf(FeaturePrep::fit(*table, "", {}, options).status()).startsWith("no target column given"));
}

void TestFeatures::trainsFromTable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("logistic") << "logistic";
    QTest::newRow("gaussian_nb") << "gaussian_nb";
    QTest::newRow("categorical_nb") << "categorical_nb";
    QTest::newRow("knn") << "knn";
}

// The whole flow a user runs: fit the preparation on training rows, train through the
// registry, prepare held-out rows the same way and predict class names. The label follows
// the colour, so every kind must get the held-out rows right.
void TestFeatures::trainsFromTable()
{
    QFETCH(QString, kind);
    auto table =
        makeTable({categoryColumn("color", {"red", "blue", "red", "blue", "red", "blue", "red", "blue", "blue", "red"}),
                   boolColumn("flag", {1, 0, -1, 0, 1, 1, 0, 0, 1, -1}),
                   textColumn("label", {"hot", "cold", "hot", "cold", "hot", "cold", "hot", "cold", "cold", "hot"})});
    const std::vector<size_t> trainRows = {0, 1, 2, 3, 4, 5, 6, 7};
    const std::vector<size_t> testRows = {8, 9};
    auto prep = FeaturePrep::fit(*table, "label", {"color", "flag"}, trainRows);
    QVERIFY2(prep.isOk(), prep.status().message().c_str());
    auto X = prep->transform(*table, trainRows);
    auto y = prep->transformTarget(*table, trainRows);
    QVERIFY(X.isOk() && y.isOk());
    JobContext ctx;
    const std::vector<std::string> params =
        kind == "knn" ? std::vector<std::string>{"n_neighbors=3"} : std::vector<std::string>{};
    auto model =
        ModelRegistry::instance().train(kind.toStdString(), *X, *y, {prep->task(), prep->classCount()}, params, 1, ctx);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    auto predicted = (*model)->predict(*prep->transform(*table, testRows));
    QVERIFY(predicted.isOk());
    QCOMPARE(prep->classNames()[size_t((*predicted)[0])], std::string("cold"));
    QCOMPARE(prep->classNames()[size_t((*predicted)[1])], std::string("hot"));
}

QTEST_GUILESS_MAIN(TestFeatures)
#include "test_features.moc"
