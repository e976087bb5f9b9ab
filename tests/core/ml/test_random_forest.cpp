// Tests of the "random_forest" kind on seeded synthetic data: classification and regression
// quality, more trees never worse than one, a forest of identical trees equal to one tree,
// the same seed giving the same forest (pruned or not) at any thread count, "Tree k of n"
// progress and a prompt cancel.
#include "core/base/thread_pool.h"
#include "core/ml/registry.h"
#include "core/ml/trees/forest_model.h"
#include "ml_test_support.h"
#include "support/thread_count_runs.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <random>
#include <set>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// rows x 6 standard normal features; the class is x0 + x1 + noise > 0, the regression
// target 2 sin(x0) + x1 + noise. Features 2..5 are noise.
void synthetic(uint64_t seed, Eigen::Index rows, double noise, Matrix& X, Vector& yClass, Vector& yValue)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    X.resize(rows, 6);
    yClass.resize(rows);
    yValue.resize(rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        for (Eigen::Index j = 0; j < 6; ++j) X(i, j) = normal(rng);
        yClass[i] = X(i, 0) + X(i, 1) + noise * normal(rng) > 0 ? 1 : 0;
        yValue[i] = 2 * std::sin(X(i, 0)) + X(i, 1) + 0.2 * normal(rng);
    }
}

Result<std::unique_ptr<Model>> train(const Matrix& X, const Vector& y, Task task,
                                     const std::vector<std::string>& params, uint64_t seed, JobContext& ctx)
{
    return ModelRegistry::instance().train("random_forest", X, y, {task, task == Task::Classification ? 2 : 0, {}},
                                           params, seed, ctx);
}

Result<std::unique_ptr<Model>> train(const Matrix& X, const Vector& y, Task task,
                                     const std::vector<std::string>& params, uint64_t seed = 1)
{
    JobContext ctx;
    return train(X, y, task, params, seed, ctx);
}

double accuracy(const Model& model, const Matrix& X, const Vector& y)
{
    return ((*model.predict(X)).array() == y.array()).cast<double>().mean();
}

double r2(const Model& model, const Matrix& X, const Vector& y)
{
    const Vector residual = *model.predict(X) - y;
    return 1 - residual.squaredNorm() / (y.array() - y.mean()).matrix().squaredNorm();
}

}  // namespace

class TestRandomForest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesSeparableData();
    void moreTreesDoNotHurt();
    void regressionQuality();
    void identicalTreesEqualOneTree();
    void sameSeedSameForest();
    void sameAtAnyThreadCount();
    void reportsTreeProgress();
    void cancelStopsPromptly();
};

// Child mode for sameAtAnyThreadCount: write the predictions of a classification, a
// regression and a pruned classification forest and of one tree, and exit.
void TestRandomForest::initTestCase()
{
    const QByteArray dump = qgetenv("MLWB_TEST_FOREST_DUMP");
    if (dump.isEmpty()) return;
    QFile file(QString::fromLocal8Bit(dump));
    if (!file.open(QIODevice::WriteOnly)) std::exit(2);
    // 12,000 rows so that the single tree builds large nodes' histograms on several threads.
    Matrix X;
    Vector yClass, yValue;
    synthetic(8, 12000, 1.0, X, yClass, yValue);
    for (Eigen::Index i = 0; i < X.rows(); i += 9) X(i, 2) = kNaN;  // the missing-value paths too
    auto classifier = train(X, yClass, Task::Classification, {"n_estimators=12"}, 5);
    auto regressor = train(X, yValue, Task::Regression, {"n_estimators=12", "max_features=sqrt"}, 5);
    auto pruned = train(X, yClass, Task::Classification, {"n_estimators=12", "ccp_alpha=0.0005"}, 5);
    JobContext ctx;
    auto tree = ModelRegistry::instance().train("tree", X, yClass, {Task::Classification, 2, {}},
                                                {"min_samples_leaf=5"}, 5, ctx);
    if (!classifier.isOk() || !regressor.isOk() || !pruned.isOk() || !tree.isOk()) std::exit(3);
    for (const Matrix& out : {*(*classifier)->predictProba(X), Matrix(*(*regressor)->predict(X)),
                              *(*pruned)->predictProba(X), *(*tree)->predictProba(X)})
        file.write(reinterpret_cast<const char*>(out.data()), qint64(out.size() * sizeof(double)));
    file.close();
    std::exit(0);
}

void TestRandomForest::classifiesSeparableData()
{
    Matrix X, Xt;
    Vector y, yt, unused;
    synthetic(1, 800, 0.2, X, y, unused);
    synthetic(2, 1000, 0.2, Xt, yt, unused);
    auto model = train(X, y, Task::Classification, {});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const double score = accuracy(**model, Xt, yt);
    QVERIFY2(score > 0.9, qPrintable(QString::number(score)));
    const Matrix proba = *(*model)->predictProba(Xt);
    QCOMPARE(proba.cols(), Eigen::Index(2));
    for (Eigen::Index i = 0; i < proba.rows(); ++i) MLWB_COMPARE_NEAR(proba.row(i).sum(), 1.0, 1e-12);
    QCOMPARE(int(dynamic_cast<const trees::ForestModel&>(**model).trees().size()), 100);  // the default
}

void TestRandomForest::moreTreesDoNotHurt()
{
    // Noisy labels: one tree overfits, averaging many smooths it out.
    Matrix X, Xt;
    Vector y, yt, unused;
    synthetic(3, 800, 1.0, X, y, unused);
    synthetic(4, 2000, 1.0, Xt, yt, unused);
    std::vector<double> scores;
    for (int trees : {1, 10, 60}) {
        auto model = train(X, y, Task::Classification, {"n_estimators=" + std::to_string(trees)});
        QVERIFY(model.isOk());
        scores.push_back(accuracy(**model, Xt, yt));
    }
    const QString text = QString("1 tree %1, 10 trees %2, 60 trees %3").arg(scores[0]).arg(scores[1]).arg(scores[2]);
    QVERIFY2(scores[1] > scores[0] + 0.03, qPrintable(text));
    QVERIFY2(scores[2] >= scores[1] - 0.005, qPrintable(text));
}

void TestRandomForest::regressionQuality()
{
    Matrix X, Xt;
    Vector unused, y, yt;
    synthetic(5, 1000, 0.2, X, unused, y);
    synthetic(6, 1000, 0.2, Xt, unused, yt);
    auto model = train(X, y, Task::Regression, {"n_estimators=50"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const double score = r2(**model, Xt, yt);
    QVERIFY2(score > 0.85, qPrintable(QString::number(score)));
    QCOMPARE((*model)->predictProba(Xt).status().code(), ErrorCode::Unsupported);
}

void TestRandomForest::identicalTreesEqualOneTree()
{
    // Without bootstrap and with every feature at every split, all trees are the same CART
    // tree, so the forest predicts exactly what the tree kind does.
    Matrix X;
    Vector y, unused;
    synthetic(7, 300, 0.5, X, y, unused);
    auto forest = train(X, y, Task::Classification, {"n_estimators=5", "bootstrap=false", "max_features=all"});
    JobContext ctx;
    auto tree = ModelRegistry::instance().train("tree", X, y, {Task::Classification, 2, {}}, {}, 1, ctx);
    QVERIFY(forest.isOk() && tree.isOk());
    QCOMPARE(*(*forest)->predictProba(X), *(*tree)->predictProba(X));
}

void TestRandomForest::sameSeedSameForest()
{
    Matrix X;
    Vector y, unused;
    synthetic(9, 500, 1.0, X, y, unused);
    auto first = train(X, y, Task::Classification, {"n_estimators=20"}, 42);
    auto second = train(X, y, Task::Classification, {"n_estimators=20"}, 42);
    auto other = train(X, y, Task::Classification, {"n_estimators=20"}, 43);
    QVERIFY(first.isOk() && second.isOk() && other.isOk());
    QCOMPARE(*(*first)->predictProba(X), *(*second)->predictProba(X));
    QVERIFY(*(*first)->predictProba(X) != *(*other)->predictProba(X));  // the seed matters
}

void TestRandomForest::sameAtAnyThreadCount()
{
    const auto runs = mlwb::test::runAtThreadCounts("MLWB_TEST_FOREST_DUMP");
    QVERIFY2(runs.ok, qPrintable(runs.error));
    const auto& outputs = runs.outputs;
    QCOMPARE(outputs[0].size(), qsizetype(12000 * (2 + 1 + 2 + 2) * sizeof(double)));
    QVERIFY(outputs[0] == outputs[1]);  // bit for bit
}

void TestRandomForest::reportsTreeProgress()
{
    Matrix X;
    Vector y, unused;
    synthetic(10, 300, 0.5, X, y, unused);
    std::mutex mutex;
    std::vector<std::string> messages;
    std::set<double> fractions;
    JobContext ctx;
    ctx.setObserver([&](double fraction, const std::string& message) {
        std::lock_guard lock(mutex);
        messages.push_back(message);
        if (message.rfind("Tree", 0) == 0) fractions.insert(fraction);
    });
    auto model = train(X, y, Task::Classification, {"n_estimators=8"}, 1, ctx);
    QVERIFY(model.isOk());
    // Trees finish in any order on several threads, but each reports its own count once.
    const QRegularExpression pattern("^Tree [1-8] of 8$");
    int treeMessages = 0;
    for (const std::string& message : messages) {
        if (message.rfind("Tree", 0) != 0) continue;
        ++treeMessages;
        QVERIFY2(pattern.match(QString::fromStdString(message)).hasMatch(), message.c_str());
    }
    QCOMPARE(treeMessages, 8);
    QCOMPARE(fractions.size(), size_t(8));
    QCOMPARE(*fractions.begin(), 1.0 / 8);
    QCOMPARE(*fractions.rbegin(), 1.0);

    // One tree reports from the calling thread only.
    JobContext single;
    auto tree = ModelRegistry::instance().train("tree", X, y, {Task::Classification, 2, {}}, {}, 1, single);
    QVERIFY(tree.isOk());
    QCOMPARE(single.message(), std::string("Tree 1 of 1"));
    QCOMPARE(single.progress(), 1.0);
}

void TestRandomForest::cancelStopsPromptly()
{
    Matrix X;
    Vector y, unused;
    synthetic(11, 2000, 1.0, X, y, unused);
    {
        JobContext ctx;
        ctx.requestCancel();
        QVERIFY(train(X, y, Task::Classification, {}, 1, ctx).status().isCancelled());
    }
    // Cancel once the third tree is done: the trees already growing finish, no other starts.
    std::atomic<int> finished{0};
    JobContext ctx;
    ctx.setObserver([&](double, const std::string& message) {
        if (message.rfind("Tree", 0) == 0 && ++finished >= 3) ctx.requestCancel();
    });
    auto model = train(X, y, Task::Classification, {"n_estimators=5000"}, 1, ctx);
    QVERIFY(model.status().isCancelled());
    const int bound = 3 + int(ThreadPool::global().threadCount());
    QVERIFY2(finished <= bound, qPrintable(QString("%1 trees finished after the cancel").arg(finished.load())));
}

QTEST_GUILESS_MAIN(TestRandomForest)
#include "test_random_forest.moc"
