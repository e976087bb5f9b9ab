// Tests of addGramLower(): for every shape around its 2 x 4 tiles and 4-row steps (p from 1 to 9,
// row counts that leave remainders), the lower triangle gains exactly the sums of products a
// plain loop gives, the upper triangle is untouched, and what was in g is added to.
#include "core/stats/gram_kernel.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace mlwb::core;

class TestGramKernel : public QObject {
    Q_OBJECT

private slots:
    void matchesPlainSums();
};

void TestGramKernel::matchesPlainSums()
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> uniform(-2.0, 2.0);
    for (size_t p = 1; p <= 9; ++p) {
        for (size_t rows : {1, 3, 4, 5, 17, 1024, 1027}) {
            std::vector<double> x(rows * p);
            for (double& v : x) v = uniform(rng);
            std::vector<double> g(p * p, 0.5);  // a previous block's sums, to be added to
            addGramLower(x.data(), rows, p, g.data());
            for (size_t i = 0; i < p; ++i) {
                for (size_t j = 0; j < p; ++j) {
                    double expected = 0.5;
                    if (i >= j) {
                        for (size_t r = 0; r < rows; ++r) expected += x[r + i * rows] * x[r + j * rows];
                    }
                    const double got = g[i + j * p];
                    if (std::fabs(got - expected) > 1e-12 * (1.0 + std::fabs(expected)))
                        QFAIL(qPrintable(QString("p=%1 rows=%2 (%3,%4): %5 instead of %6")
                                             .arg(p)
                                             .arg(rows)
                                             .arg(i)
                                             .arg(j)
                                             .arg(got, 0, 'g', 17)
                                             .arg(expected, 0, 'g', 17)));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestGramKernel)
#include "test_gram_kernel.moc"
