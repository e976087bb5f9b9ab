// Tests of the "gbt" kind (histogram gradient boosting): the same predictions as
// scikit-learn 1.2's HistGradientBoostingClassifier/Regressor on small data, the training
// loss falling round by round for the binary, multinomial and squared losses, early stopping,
// the effect of learning_rate, max_iter and l2_regularization, reproducible row and feature
// sampling, the same model at any thread count, cancel, and bad parameters.
#include "core/base/thread_pool.h"
#include "core/ml/gbt/gbt_model.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"
#include "support/thread_count_runs.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// rs = np.random.RandomState(1); X = round(rs.uniform(-3, 3, (200, 3)), 2);
// y2 = (X0 + 0.5 X1 + 0.7 randn > 0); y3 = y2 + (X2 + 0.5 randn > 1);
// yr = round(2 X0 - X1^2 + 0.5 randn, 3); Q = round(rs.uniform(-3, 3, (8, 3)), 2).
// Each feature has fewer than 255 distinct values, so sklearn's bins and ours are the same.
const std::vector<double> kX = {
    -0.5,  1.32,  -3,    -1.19, -2.12, -2.45, -1.88, -0.93, -0.62, 0.23,  -0.48, 1.11,  -1.77, 2.27,  -2.84, 1.02,
    -0.5,  0.35,  -2.16, -1.81, 1.8,   2.81,  -1.12, 1.15,  2.26,  2.37,  -2.49, -2.77, -1.98, 2.27,  -2.41, -0.47,
    2.75,  0.2,   1.15,  -1.11, 1.12,  2.01,  -2.89, 1.5,   2.93,  1.49,  -1.32, 1.74,  -2.38, -0.31, 2.45,  -1.24,
    -1.27, -2.22, -2.88, 1.07,  -1.73, -1.41, -0.05, -2.68, 0.44,  -2.12, 0.54,  1.2,   -2.39, -0.52, 1.17,  -0.51,
    -2.7,  0.22,  0.98,  0.09,  2.67,  0.52,  2.42,  -2.18, -2.16, 1.84,  -0.61, -2.01, 2.57,  -0.91, 1.5,   1.36,
    2.3,   0.74,  1.51,  -0.91, -1.38, 2.38,  -0.43, 2.79,  0.98,  0.73,  -2.31, 2.7,   -0.3,  0.47,  -0.55, -1.58,
    2.42,  0.44,  -2.98, 0.7,   -1.04, 0.16,  2.32,  -0.86, 2.45,  0.74,  -2.91, 2.58,  1.15,  2.98,  -1.97, -2.18,
    2.6,   1.18,  -2.6,  1.53,  1.52,  2.54,  1.27,  -2.25, -2.88, -2.84, -2.83, -1.52, 2.16,  0.23,  0.32,  2.05,
    -2.25, -1.32, 0.51,  2.82,  0.37,  -2.89, 1.8,   -1.6,  1.84,  -0.67, 2.18,  1.48,  0.34,  -2.18, -2.64, -2.27,
    -2.73, -2.36, -1.65, 1.28,  0.36,  -2.92, -2.57, 2.8,   0.41,  -1.78, -1.49, 1.46,  -1.83, 0.49,  2.82,  2.08,
    -1.56, -0.04, 0.72,  1.97,  -2.06, -2.89, -2.58, -0.08, 0.64,  0.41,  -1.1,  2.93,  0.48,  -0.72, 0.31,  1.47,
    1.02,  -1.41, -2.6,  -0.78, 0.78,  -1.74, 1.52,  -2.6,  -1.44, 1.83,  -1.84, 0.84,  0.15,  2.55,  -1.42, -2.6,
    1.41,  1.63,  2.45,  2.59,  -2.92, -1.59, 0.7,   2.69,  2.7,   0.34,  2.49,  0.85,  -0.66, -0.08, 0.63,  0.3,
    2.56,  2.51,  -0.63, 2.78,  -1.96, -2.24, -2.19, 0.03,  -2.87, 2.69,  1.96,  -2.91, -1.94, -1.01, -2.21, 1.86,
    -0.93, 2.64,  0.49,  2.27,  2.07,  2.43,  -0.24, 0.28,  1.79,  -1.29, -0.06, 0.59,  -2.91, 0.56,  -0.4,  1.84,
    -1.11, 2.36,  0.47,  -1.9,  1.73,  0.67,  -2.68, -0.48, 1.07,  2.51,  -3,    2.86,  -0.74, 2.84,  0.63,  1.97,
    0.45,  0.77,  -1.29, 0.52,  1.5,   2.15,  1.53,  1.19,  2.19,  -1.06, 1.02,  -0.29, -0.71, -0.54, -0.59, -1.1,
    0.73,  -0.42, 2.84,  1.07,  -1.81, -0.44, -0.94, 1.79,  2.28,  2.42,  0.98,  -1.38, -1.49, 2.13,  0.17,  1.81,
    0.43,  1.4,   0.11,  1.63,  0.41,  -0.21, -0.94, -2.59, -0.73, -2.52, 2.9,   -1.91, 1.87,  2.25,  1.13,  0.42,
    -2.03, -0.2,  -0.93, -1.65, 0.56,  -1.13, 2.5,   2.46,  -1.46, -2.33, -1.84, -0,    1.37,  -1.75, -1.51, 2.11,
    -0.5,  0.7,   -1.6,  -2.39, 0.1,   -0.14, -2.08, 0.73,  0.26,  0.92,  -2.13, 1.51,  -1.67, 0.12,  1.71,  -2.87,
    -1.05, 2.24,  2.07,  0.23,  2.2,   2.7,   1.96,  2.12,  -2.41, 0.91,  1.22,  0.66,  1.8,   -2.79, 1.62,  1.39,
    -1.44, -1.46, 0.79,  -0.93, 1.78,  -0.32, 1.7,   2.94,  -1.2,  -2.14, 2.41,  0.25,  2.85,  0.82,  2.96,  0.28,
    0.16,  -2.19, -0.87, -2.84, -2.04, 1.47,  -2.82, -0.8,  2.17,  1.16,  1.15,  -1.87, -0.35, 0.49,  2.94,  -1.78,
    -1.51, -1.43, 1.5,   -0.26, -2.66, 0.05,  -1.73, 1.79,  -1.22, -2.83, 0.56,  2.06,  -0.71, 1.5,   0.07,  0.25,
    2.76,  1.82,  -2.81, 1.26,  -0.21, 2.69,  -1.67, -1.4,  -2.51, -0.43, -2.35, 0.8,   1.82,  1.18,  1.6,   -0.95,
    2.08,  -0.43, 1.94,  0.76,  -2.14, -2.53, -2.89, -2.6,  -0.25, -2.32, -2.83, 1.53,  -0.63, 1.48,  -0.29, -0.3,
    -0.13, -0.16, 1.82,  -0.59, 2.43,  -2.78, 1.64,  -2.25, 0.71,  -2.94, 0.23,  -2.98, 2.71,  2.43,  1.78,  2.49,
    -2.13, -2.05, -1.87, 0.73,  2.43,  2.94,  1.27,  1.39,  2.46,  -0.59, -1.5,  -1.96, -2.28, 1.88,  -2.12, -1.41,
    1.91,  -1.14, 2.89,  -1.4,  0.2,   -1.11, 2.46,  -0.8,  -0.4,  0.07,  2.63,  -2.81, 1.3,   2.35,  -2.84, 0.13,
    -1.04, 2.16,  0.35,  1.14,  -0.28, 0.77,  -1.26, -2.94, 0.46,  -1.13, 0.1,   2.5,   -0.44, -1.52, -0.77, 2.59,
    2.62,  2.07,  2.52,  -1.63, -2.48, -1.64, -1.11, -1.95, 0.64,  -0.52, 1.9,   -1.89, 1.21,  -1.56, 0.45,  -0.91,
    -2.66, -1.63, 0.98,  -0.02, 0.11,  -1.95, 0.42,  2.98,  1.9,   0.57,  2.86,  2.41,  0.57,  -2.81, -2.44, -2.61,
    -0.29, -0.75, 2.85,  -1.99, 2.84,  1.6,   1.95,  0.8,   1.01,  -0.14, -2.92, -0.88, -0.05, 1.38,  -0.19, -0.26,
    -2.17, -2.93, 1.55,  -1.08, 2.91,  -1.68, -0.97, 0.14,  1.53,  -0.22, -2.25, -1.12, 0.03,  1.04,  1.62,  -2.22,
    -2.86, 0.11,  1.86,  -2.92, 1.03,  1.12,  -0.3,  2.49,  0.87,  -2.97, -0.09, 2.16,  1.98,  0.89,  1.04,  0.47,
    -1.36, 0.36,  1.03,  -0.89, 2.13,  -1.83, 1.48,  -1.26, 1.64,  -0.43, 1.85,  -0.88, -1.72, 1.6,   -1.15, 1.4,
    1.47,  -1.67, -1.72, -1.81, -2.14, -0.74, -2.84, -2.33};
const std::vector<double> kY2 = {1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0,
                                 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1,
                                 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0,
                                 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1,
                                 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 1,
                                 1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1,
                                 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0};
const std::vector<double> kY3 = {1, 0, 0, 0, 0, 2, 1, 2, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 1, 2, 1, 0,
                                 1, 0, 1, 1, 0, 2, 1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1,
                                 1, 0, 1, 1, 0, 1, 2, 1, 2, 2, 2, 2, 1, 0, 1, 0, 0, 2, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1,
                                 1, 2, 0, 1, 0, 0, 2, 1, 2, 1, 1, 0, 0, 1, 0, 0, 2, 0, 1, 0, 0, 0, 2, 0, 1, 2, 2, 1, 1,
                                 2, 1, 2, 2, 1, 2, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 2, 0, 1, 0, 2, 2, 2, 0, 0, 0, 1, 2,
                                 1, 0, 0, 2, 1, 1, 2, 1, 1, 1, 0, 2, 0, 2, 0, 1, 1, 0, 1, 0, 2, 1, 0, 1, 0, 0, 0, 0, 2,
                                 1, 0, 1, 1, 2, 0, 0, 0, 2, 1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 0, 2, 1, 0, 1, 0, 0};
const std::vector<double> kYr = {
    -2.497, -7.572,  -4.886, 0.045,   -8.56,   1.66,   -7.374,  4.415,   -0.567,  -10.316, -4.212,  -0.214,  -1.775,
    -5.26,  -5.364,  -6.991, -7.386,  -0.464,  -7.127, -4.006,  -5.003,  -8.27,   1.568,   -4.999,  -7.935,  -9.772,
    1.271,  -1.3,    -8.225, 4.524,   -13.437, 0.877,  3.87,    0.608,   3.42,    -7.717,  -6.333,  -11.867, -7.764,
    3.569,  -13.519, -7.333, -3.581,  -3.316,  -6.65,  -6.889,  3.071,   -11.556, -10.449, 2.965,   -13.503, -5.602,
    -3.522, 2.077,   -2.54,  -12.285, 0.915,   5.044,  -1.049,  -9.86,   -0.778,  -6.972,  -4.832,  3.003,   0.02,
    -3.782, -5.585,  -5.759, -0.511,  -5.523,  -9.428, -9.286,  -13.089, -10.366, -7.414,  5.515,   -1.302,  -2.873,
    0.066,  0.855,   -7.322, -5.887,  -5.52,   -4.69,  -9.704,  4.058,   -2.24,   1.392,   3.161,   -0.967,  -2.173,
    -8.45,  -4.288,  -1.83,  0.56,    4.427,   -0.876, 3.655,   -8.536,  -13.186, -1.48,   -3.953,  -5.23,   -8.473,
    -8.449, -2.204,  -7.313, -1.605,  0.236,   1.383,  -6.96,   -3.833,  -6.389,  -4.222,  -1.906,  0.118,   -3.987,
    0.592,  1.005,   -4.017, -6.892,  -7.649,  5.75,   -5.247,  -6.141,  -5.843,  -1.462,  -7.867,  -4.985,  -7.656,
    -6.471, -5.614,  -3.024, -7.176,  -8.346,  2.556,  -5.028,  -1.806,  2.221,   -5.84,   -10.427, -5.425,  -8.756,
    2.44,   -0.718,  -6.781, -1.502,  -5.176,  -0.161, -0.233,  -4.978,  4.832,   5.355,   -9.237,  -5.949,  -11.385,
    -1.804, -2.347,  -2.815, -3.626,  -6.861,  1.956,  -10.824, -1.556,  -3.172,  -0.669,  2.066,   -4.775,  1.203,
    -5.421, 0.66,    -4.541, -2.921,  2.447,   1.195,  -11.806, -1.244,  -11.973, 2.169,   -8.505,  -1.764,  -5.174,
    1.161,  -5.074,  3.305,  -1.653,  -0.891,  -3.687, 0.29,    4.087,   -5.833,  0.404,   -2.424,  -5.5,    1.512,
    -3.462, -5.795,  0.735,  -6.802,  -9.452};
const std::vector<double> kQ = {-1.42, -2.57, 2.87,  -1.58, 0.96, -2.46, -1.74, 0.02,  -2.37, -0.67, 0.23, -0.96,
                                0.34,  0.22,  -0.66, 1.18,  1.07, 1.12,  0.37,  -0.85, 0.68,  2.61,  0.58, 2.88};

// HistGradientBoostingClassifier/Regressor(max_iter=10, learning_rate=0.3, min_samples_leaf=10,
// max_leaf_nodes=8, early_stopping=False[, l2_regularization=5.0]).fit(X, y).predict(Q) or
// .predict_proba(Q) ([:, 1] for the binary one).
const std::vector<std::string> kSklearnParams = {"max_iter=10", "learning_rate=0.3", "min_samples_leaf=10",
                                                 "max_leaf_nodes=8", "early_stopping=false"};
const std::vector<double> kRegression = {-9.895368027309196,   -4.622475814319942,   -3.5666329685675473,
                                         -1.3315629356912109,  -0.40648343031969336, 0.9447738171623642,
                                         -0.40648343031969336, 3.648726511431955};
const std::vector<double> kRegressionL2 = {-8.945545329849562,  -4.78444473001717,   -4.295889295492588,
                                           -1.2373134582267404, -0.6456376147054552, 1.0386855262812604,
                                           -0.8147038169352838, 3.325091770039391};
const std::vector<double> kBinary = {0.0231893786855373,  0.026927425929124362, 0.026927425929124362,
                                     0.5595223196381485,  0.9655203352180047,   0.9705931681591692,
                                     0.21001130025387849, 0.9793025264683841};
const std::vector<double> kMulti = {
    0.0038510470913862907, 0.9876543890747647,    0.008494563833849224, 0.9695439075853817,    0.025903022774503695,
    0.004553069640114756,  0.9687429494414824,    0.028741633050193966, 0.0025154175083235944, 0.5151374221988678,
    0.4370453197426975,    0.04781725805843457,   0.1395453843644741,   0.8377025246354605,    0.022752091000065276,
    0.009601237507328168,  0.7745934347371226,    0.2158053277555493,   0.6429157926367983,    0.2612245631581931,
    0.09585964420500871,   0.0025569752184412663, 0.10380530577176074,  0.8936377190097979};

TargetInfo targetOf(int classes)
{
    return classes > 0 ? TargetInfo{Task::Classification, classes, {}} : TargetInfo{Task::Regression, 0, {}};
}

Result<std::unique_ptr<Model>> train(const Matrix& X, const Vector& y, int classes,
                                     const std::vector<std::string>& params, uint64_t seed, JobContext& ctx)
{
    return ModelRegistry::instance().train("gbt", X, y, targetOf(classes), params, seed, ctx);
}

Result<std::unique_ptr<Model>> train(const Matrix& X, const Vector& y, int classes,
                                     const std::vector<std::string>& params, uint64_t seed = 1)
{
    JobContext ctx;
    return train(X, y, classes, params, seed, ctx);
}

const GbtModel& gbt(const std::unique_ptr<Model>& model)
{
    return dynamic_cast<const GbtModel&>(*model);
}

// Seeded synthetic data: 5 standard normal features (3 and 4 are noise); classes 0..classes-1
// from x0 + 0.8 x1 x2 + noise cut at quantile-like points, or a smooth regression target.
void synthetic(uint64_t seed, Eigen::Index rows, int classes, double noise, Matrix& X, Vector& y)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal;
    X.resize(rows, 5);
    y.resize(rows);
    for (Eigen::Index i = 0; i < rows; ++i) {
        for (Eigen::Index j = 0; j < 5; ++j) X(i, j) = normal(rng);
        const double score = X(i, 0) + 0.8 * X(i, 1) * X(i, 2) + noise * normal(rng);
        if (classes == 0)
            y[i] = 3 * std::sin(X(i, 0)) + X(i, 1) * X(i, 2) + noise * normal(rng);
        else if (classes == 2)
            y[i] = score > 0 ? 1 : 0;
        else
            y[i] = score < -0.6 ? 0 : score < 0.6 ? 1 : 2;
    }
}

// Mean log loss (classification) or half squared error (regression) of a model on rows.
double lossOf(const Model& model, const Matrix& X, const Vector& y)
{
    if (model.task() == Task::Regression) return 0.5 * (*model.predict(X) - y).squaredNorm() / double(y.size());
    const Matrix p = *model.predictProba(X);
    double sum = 0;
    for (Eigen::Index i = 0; i < y.size(); ++i) sum -= std::log(p(i, static_cast<Eigen::Index>(y[i])));
    return sum / double(y.size());
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

double largestLeaf(const trees::Tree& tree)
{
    double largest = 0;
    for (int32_t node = 0; node < static_cast<int32_t>(tree.nodes().size()); ++node)
        if (tree.nodes()[size_t(node)].isLeaf()) largest = std::max(largest, std::abs(tree.value(node)[0]));
    return largest;
}

}  // namespace

class TestGbt : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSklearn_data();
    void matchesSklearn();
    void lossDecreasesAndModelGeneralizes_data();
    void lossDecreasesAndModelGeneralizes();
    void treeLimitsAreRespected();
    void nativeCategoriesAndMissingValues();
    void earlyStopping();
    void learningRateAndMaxIterChangeTheModel();
    void l2ShrinksLeafValues();
    void samplingIsReproducible_data();
    void samplingIsReproducible();
    void sameAtAnyThreadCount();
    void cancelStopsPromptly();
    void rejectsBadParameters_data();
    void rejectsBadParameters();
};

// Child mode for sameAtAnyThreadCount: write the predictions of models covering every loss,
// sampling and early stopping, then exit.
void TestGbt::initTestCase()
{
    const QByteArray dump = qgetenv("MLWB_TEST_GBT_DUMP");
    if (dump.isEmpty()) return;
    QFile file(QString::fromLocal8Bit(dump));
    if (!file.open(QIODevice::WriteOnly)) std::exit(2);
    // 16,000 rows so that large nodes build their histograms on several threads.
    const std::vector<std::vector<std::string>> params = {{"max_iter=15", "subsample=0.7", "max_features=0.6"},
                                                          {"max_iter=15", "early_stopping=true", "n_iter_no_change=3"},
                                                          {"max_iter=8", "subsample=0.8"}};
    const int classes[] = {0, 2, 3};
    for (size_t m = 0; m < 3; ++m) {
        Matrix X;
        Vector y;
        synthetic(30 + m, 16000, classes[m], 0.5, X, y);
        for (Eigen::Index i = 0; i < X.rows(); i += 7) X(i, 1) = kNaN;
        auto model = train(X, y, classes[m], params[m], 11);
        if (!model.isOk()) std::exit(3);
        const Matrix raw = *gbt(*model).rawPredict(X);
        file.write(reinterpret_cast<const char*>(raw.data()), qint64(raw.size() * sizeof(double)));
    }
    file.close();
    std::exit(0);
}

void TestGbt::matchesSklearn_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::addColumn<std::vector<int>>("leaves");
    // Leaves per tree: [int(p.nodes["is_leaf"].sum()) for it in model._predictors for p in it];
    // in the multinomial model the first round's class-2 tree stops at 7.
    const std::vector<int> eights(10, 8);
    std::vector<int> multiLeaves(30, 8);
    multiLeaves[2] = 7;
    QTest::newRow("squared error") << 0 << "" << kRegression << eights;
    QTest::newRow("squared error, l2_regularization=5") << 0 << "l2_regularization=5" << kRegressionL2 << eights;
    QTest::newRow("binary log loss") << 2 << "" << kBinary << eights;
    QTest::newRow("multinomial log loss") << 3 << "" << kMulti << multiLeaves;
}

void TestGbt::matchesSklearn()
{
    QFETCH(int, classes);
    QFETCH(QString, extra);
    QFETCH(std::vector<double>, expected);
    QFETCH(std::vector<int>, leaves);
    const Vector& y = vec(classes == 0 ? kYr : classes == 2 ? kY2 : kY3);
    std::vector<std::string> params = kSklearnParams;
    if (!extra.isEmpty()) params.push_back(extra.toStdString());
    auto model = train(rowMajor(kX, 3), y, classes, params);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    QCOMPARE(gbt(*model).rounds(), 10);
    std::vector<int> leafCounts;
    for (const auto& tree : gbt(*model).trees()) leafCounts.push_back(int(tree.leafCount()));
    QCOMPARE(leafCounts, leaves);
    const Matrix Q = rowMajor(kQ, 3);
    // sklearn keeps gradients and hessians in float32, hence the tolerance.
    if (classes == 0) {
        const Vector p = *(*model)->predict(Q);
        for (Eigen::Index i = 0; i < 8; ++i) MLWB_COMPARE_NEAR(p[i], expected[size_t(i)], 1e-5);
    } else {
        const Matrix p = *(*model)->predictProba(Q);
        QCOMPARE(p.cols(), Eigen::Index(classes));
        for (Eigen::Index i = 0; i < 8; ++i) {
            if (classes == 2)
                MLWB_COMPARE_NEAR(p(i, 1), expected[size_t(i)], 1e-6);
            else
                for (Eigen::Index k = 0; k < 3; ++k) MLWB_COMPARE_NEAR(p(i, k), expected[size_t(i * 3 + k)], 1e-6);
        }
    }
}

void TestGbt::lossDecreasesAndModelGeneralizes_data()
{
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("threshold");  // held-out accuracy, or r2 for regression
    QTest::newRow("binary") << 2 << 0.85;
    QTest::newRow("three classes") << 3 << 0.75;
    QTest::newRow("regression") << 0 << 0.85;
}

void TestGbt::lossDecreasesAndModelGeneralizes()
{
    QFETCH(int, classes);
    QFETCH(double, threshold);
    Matrix X, Xt;
    Vector y, yt;
    synthetic(20, 1500, classes, 0.3, X, y);
    synthetic(21, 1500, classes, 0.3, Xt, yt);
    double previous = std::numeric_limits<double>::infinity();
    for (int rounds : {1, 5, 20, 80}) {
        auto model = train(X, y, classes, {"max_iter=" + std::to_string(rounds)});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        QCOMPARE(gbt(*model).rounds(), rounds);
        QCOMPARE(gbt(*model).outputs(), classes == 3 ? 3 : 1);
        QCOMPARE(int(gbt(*model).trees().size()), rounds * gbt(*model).outputs());
        const double loss = lossOf(**model, X, y);
        QVERIFY2(loss < previous,
                 qPrintable(QString("%1 rounds: loss %2, before %3").arg(rounds).arg(loss).arg(previous)));
        previous = loss;
        if (rounds != 80) continue;
        const double score = classes == 0 ? r2(**model, Xt, yt) : accuracy(**model, Xt, yt);
        QVERIFY2(score > threshold, qPrintable(QString::number(score)));
        if (classes > 0) {
            const Matrix p = *(*model)->predictProba(Xt);
            QCOMPARE(p.cols(), Eigen::Index(classes));
            for (Eigen::Index i = 0; i < p.rows(); ++i) MLWB_COMPARE_NEAR(p.row(i).sum(), 1.0, 1e-12);
        }
    }
}

void TestGbt::treeLimitsAreRespected()
{
    Matrix X;
    Vector y;
    synthetic(22, 1000, 0, 0.3, X, y);
    auto model = train(X, y, 0, {"max_iter=10", "max_leaf_nodes=0", "max_depth=3", "min_samples_leaf=25"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    for (const auto& tree : gbt(*model).trees()) {
        QVERIFY(tree.depth() <= 3);
        QVERIFY(tree.leafCount() <= 8);
        for (const auto& node : tree.nodes())
            if (node.isLeaf()) QVERIFY(node.cover >= 25);
    }
    QCOMPARE(gbt(*model).trees().front().depth(), 3);
    auto leaves = train(X, y, 0, {"max_iter=10", "max_leaf_nodes=5"});
    QVERIFY(leaves.isOk());
    for (const auto& tree : gbt(*leaves).trees()) QCOMPARE(int(tree.leafCount()), 5);
}

void TestGbt::nativeCategoriesAndMissingValues()
{
    // Feature 0: category codes where {0, 2} push the class up; feature 1: missing for a
    // third of the rows, and missingness pushes the class up too. Class = either holds.
    Matrix X(600, 2);
    Vector y(600);
    for (Eigen::Index i = 0; i < 600; ++i) {
        const int code = int(i % 4);
        const bool missing = (i / 4) % 3 == 0;
        X(i, 0) = code;
        X(i, 1) = missing ? kNaN : double((i * 7) % 13);
        y[i] = (code == 0 || code == 2 || missing) ? 1 : 0;
    }
    JobContext ctx;
    auto model = ModelRegistry::instance().train("gbt", X, y, {Task::Classification, 2, {4, 0}},
                                                 {"max_iter=20", "max_depth=2", "max_leaf_nodes=0"}, 1, ctx);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    QCOMPARE(accuracy(**model, X, y), 1.0);
    const Matrix Q = rowMajor({1, kNaN, 1, 5, 2, 5, 3, 5}, 2);
    QCOMPARE(*(*model)->predict(Q), vec({1, 0, 1, 0}));
}

void TestGbt::earlyStopping()
{
    // Labels that are mostly noise: the validation loss stops improving long before 500 rounds.
    Matrix X;
    Vector y;
    synthetic(23, 2000, 2, 3.0, X, y);
    auto stopped = train(X, y, 2, {"max_iter=500", "early_stopping=true"});
    QVERIFY2(stopped.isOk(), stopped.status().message().c_str());
    QVERIFY2(gbt(*stopped).rounds() < 100, qPrintable(QString::number(gbt(*stopped).rounds())));
    QVERIFY(gbt(*stopped).rounds() > 10);  // n_iter_no_change rounds at least
    auto full = train(X, y, 2, {"max_iter=120", "early_stopping=false"});
    QVERIFY(full.isOk());
    QCOMPARE(gbt(*full).rounds(), 120);
    // "auto" stops early only above 10,000 rows.
    auto automatic = train(X, y, 2, {"max_iter=120"});
    QVERIFY(automatic.isOk());
    QCOMPARE(gbt(*automatic).rounds(), 120);
    // Regression stops too.
    Matrix Xr;
    Vector yr;
    synthetic(24, 2000, 0, 0.3, Xr, yr);
    for (Eigen::Index i = 0; i < yr.size(); ++i) yr[i] = std::sin(double(i)) * 5;  // unrelated to X
    auto regression = train(Xr, yr, 0, {"max_iter=500", "early_stopping=true"});
    QVERIFY(regression.isOk());
    QVERIFY2(gbt(*regression).rounds() < 100, qPrintable(QString::number(gbt(*regression).rounds())));
}

void TestGbt::learningRateAndMaxIterChangeTheModel()
{
    Matrix X;
    Vector y;
    synthetic(25, 500, 0, 0.3, X, y);
    auto base = train(X, y, 0, {"max_iter=10"});
    auto faster = train(X, y, 0, {"max_iter=10", "learning_rate=0.5"});
    auto longer = train(X, y, 0, {"max_iter=20"});
    QVERIFY(base.isOk() && faster.isOk() && longer.isOk());
    const Vector p = *(*base)->predict(X);
    QVERIFY(*(*faster)->predict(X) != p);
    QVERIFY(*(*longer)->predict(X) != p);
    QCOMPARE(gbt(*longer).rounds(), 20);
    // A bigger step fits the training rows faster.
    QVERIFY(lossOf(**faster, X, y) < lossOf(**base, X, y));
    // The first tree's leaves are the learning rate times the Newton step: 0.5 / 0.1 = 5 times.
    MLWB_COMPARE_NEAR(largestLeaf(gbt(*faster).trees().front()) / largestLeaf(gbt(*base).trees().front()), 5.0, 1e-9);
}

void TestGbt::l2ShrinksLeafValues()
{
    Matrix X;
    Vector y;
    synthetic(26, 500, 2, 0.3, X, y);
    std::vector<double> largest;
    for (const char* l2 : {"l2_regularization=0", "l2_regularization=10", "l2_regularization=1000"}) {
        auto model = train(X, y, 2, {"max_iter=5", l2});
        QVERIFY(model.isOk());
        double value = 0;
        for (const auto& tree : gbt(*model).trees()) value = std::max(value, largestLeaf(tree));
        largest.push_back(value);
    }
    QVERIFY2(largest[1] < largest[0] && largest[2] < 0.2 * largest[1],
             qPrintable(QString("%1 %2 %3").arg(largest[0]).arg(largest[1]).arg(largest[2])));
}

void TestGbt::samplingIsReproducible_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::newRow("subsample") << QStringList{"subsample=0.5"};
    QTest::newRow("max_features") << QStringList{"max_features=0.4"};
    QTest::newRow("both") << QStringList{"subsample=0.7", "max_features=0.6"};
}

void TestGbt::samplingIsReproducible()
{
    QFETCH(QStringList, params);
    std::vector<std::string> assignments = {"max_iter=15"};
    for (const QString& p : params) assignments.push_back(p.toStdString());
    Matrix X;
    Vector y;
    synthetic(27, 800, 3, 0.3, X, y);
    auto first = train(X, y, 3, assignments, 5);
    auto second = train(X, y, 3, assignments, 5);
    auto otherSeed = train(X, y, 3, assignments, 6);
    auto unsampled = train(X, y, 3, {"max_iter=15"}, 5);
    QVERIFY(first.isOk() && second.isOk() && otherSeed.isOk() && unsampled.isOk());
    const Matrix p = *(*first)->predictProba(X);
    QCOMPARE(*(*second)->predictProba(X), p);
    QVERIFY(*(*otherSeed)->predictProba(X) != p);
    QVERIFY(*(*unsampled)->predictProba(X) != p);
    QVERIFY(accuracy(**first, X, y) > 0.8);  // sampling still learns
}

void TestGbt::sameAtAnyThreadCount()
{
    const auto runs = mlwb::test::runAtThreadCounts("MLWB_TEST_GBT_DUMP");
    QVERIFY2(runs.ok, qPrintable(runs.error));
    const auto& outputs = runs.outputs;
    QCOMPARE(outputs[0].size(), qsizetype(16000 * (1 + 1 + 3) * sizeof(double)));
    QVERIFY(outputs[0] == outputs[1]);  // bit for bit
}

void TestGbt::cancelStopsPromptly()
{
    Matrix X;
    Vector y;
    synthetic(28, 2000, 3, 0.3, X, y);
    {
        JobContext ctx;
        ctx.requestCancel();
        QVERIFY(train(X, y, 3, {}, 1, ctx).status().isCancelled());
    }
    // Cancel when round 3 starts: it finishes, and round 4 never begins.
    std::vector<std::string> rounds;
    JobContext ctx;
    ctx.setObserver([&](double, const std::string& message) {
        if (message.rfind("Round", 0) != 0) return;
        rounds.push_back(message);
        if (message == "Round 3 of 1000") ctx.requestCancel();
    });
    auto model = train(X, y, 3, {"max_iter=1000"}, 1, ctx);
    QVERIFY(model.status().isCancelled());
    QCOMPARE(rounds, (std::vector<std::string>{"Round 1 of 1000", "Round 2 of 1000", "Round 3 of 1000"}));
}

void TestGbt::rejectsBadParameters_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("message");
    QTest::newRow("one leaf") << QStringList{"max_leaf_nodes=1"}
                              << "parameter \"max_leaf_nodes\": a tree needs at least 2 leaves (or 0 for no limit)";
    QTest::newRow("no limit at all")
        << QStringList{"max_leaf_nodes=0", "max_depth=0"}
        << "parameters \"max_leaf_nodes\" and \"max_depth\" are both 0 (no limit); limit at least one";
    QTest::newRow("leaves bigger than the data")
        << QStringList{"min_samples_leaf=201"}
        << "parameter \"min_samples_leaf\": 201 is more than the 200 training rows; lower it";
    QTest::newRow("zero learning rate") << QStringList{"learning_rate=0"} << "learning_rate";
    QTest::newRow("zero subsample") << QStringList{"subsample=0"} << "subsample";
    QTest::newRow("too many features") << QStringList{"max_features=1.5"} << "max_features";
    QTest::newRow("unknown early_stopping") << QStringList{"early_stopping=yes"} << "early_stopping";
    QTest::newRow("validation takes every row")
        << QStringList{"early_stopping=true", "validation_fraction=1"} << "validation_fraction";
}

void TestGbt::rejectsBadParameters()
{
    QFETCH(QStringList, params);
    QFETCH(QString, message);
    std::vector<std::string> assignments;
    for (const QString& p : params) assignments.push_back(p.toStdString());
    auto model = train(rowMajor(kX, 3), vec(kY2), 2, assignments);
    QVERIFY(!model.isOk());
    QCOMPARE(model.status().code(), ErrorCode::InvalidArgument);
    const QString actual = QString::fromStdString(model.status().message());
    QVERIFY2(actual.contains(message), qPrintable(actual));
}

QTEST_GUILESS_MAIN(TestGbt)
#include "test_gbt.moc"
