// mlwb-cli tune as scripts use it: a grid and a random search print a leaderboard (JSON or
// a table), the best parameters reproduce their score with `train`, and bad input exits
// with 2 and one line naming what to change.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "support/cli_run.h"

namespace {

using mlwb::test::runCli;
using mlwb::test::sample;
using Run = mlwb::test::CliRun;

QString blobs()
{
    return QStringLiteral(MLWB_TEST_DATA_DIR "/ml/noisy_blobs.csv");
}

}  // namespace

class TestCliTune : public QObject {
    Q_OBJECT
private slots:
    void gridPrintsAJsonLeaderboard()
    {
        // scale=false: the raw features scikit-learn's KNeighborsClassifier measures.
        Run run = runCli({"tune", blobs(), "--target", "label", "--model", "knn", "--grid", "n_neighbors=1,15,151,171",
                          "--param", "weights=uniform", "--param", "scale=false", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["model"].toString(), QString("knn"));
        QCOMPARE(object["task"].toString(), QString("classification"));
        QCOMPARE(object["search"].toString(), QString("grid"));
        QCOMPARE(object["scoring"].toString(), QString("accuracy"));
        QCOMPARE(object["candidates"].toInt(), 4);
        QCOMPARE(object["folds"].toInt(), 5);
        const QJsonObject best = object["best"].toObject();
        // Same numbers as tests/core/experiment/test_search (scikit-learn on the same folds).
        QCOMPARE(best["params"].toObject(),
                 (QJsonObject{{"n_neighbors", 15}, {"weights", "uniform"}, {"scale", false}}));
        QVERIFY(qAbs(best["score"].toDouble() - 0.745) < 1e-12);
        const QJsonArray board = object["leaderboard"].toArray();
        QCOMPARE(board.size(), 4);
        for (int i = 0; i < board.size(); ++i) QCOMPARE(board[i].toObject()["rank"].toInt(), i + 1);
        const QJsonObject first = board[0].toObject();
        QCOMPARE(first["params"].toObject(), (QJsonObject{{"n_neighbors", 15}}));
        QCOMPARE(first["mean"].toObject()["accuracy"].toDouble(), best["score"].toDouble());
        QVERIFY(first["std"].toObject().contains("log_loss"));
        QVERIFY(first["fit_seconds"].toDouble() >= 0);
        const QJsonObject last = board[3].toObject();
        QCOMPARE(last["params"].toObject(), (QJsonObject{{"n_neighbors", 171}}));
        QVERIFY2(last["error"].toString().contains("171 is more than the 160 training rows"),
                 qPrintable(last["error"].toString()));
        QVERIFY(last["score"].isNull());
        QVERIFY(object["seconds"].toDouble() > 0);
    }

    void bestParamsReproduceTheScoreWithTrain()
    {
        Run tune = runCli({"tune", sample("iris.csv"), "--target", "species", "--model", "logistic", "--random", "4",
                           "--space", "C=0.01:100:log", "--cv", "4", "--seed", "3", "--scoring", "log_loss", "--json"});
        QCOMPARE(tune.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(tune.out.toUtf8()).object();
        QCOMPARE(object["search"].toString(), QString("random"));
        QCOMPARE(object["lower_is_better"].toBool(), true);
        const QJsonArray board = object["leaderboard"].toArray();
        QCOMPARE(board.size(), 4);
        for (int i = 1; i < board.size(); ++i)
            QVERIFY(board[i - 1].toObject()["score"].toDouble() <= board[i].toObject()["score"].toDouble());
        const QJsonObject best = object["best"].toObject();
        const double c = best["params"].toObject()["C"].toDouble();
        QVERIFY(c >= 0.01 && c <= 100);
        Run train = runCli({"train", sample("iris.csv"), "--target", "species", "--model", "logistic", "--param",
                            "C=" + QString::number(c, 'g', 17), "--cv", "4", "--seed", "3", "--json"});
        QCOMPARE(train.exitCode, 0);
        const QJsonObject metrics = QJsonDocument::fromJson(train.out.toUtf8()).object()["metrics"].toObject();
        QCOMPARE(metrics["log_loss"].toDouble(), best["score"].toDouble());
    }

    void tablePrintsTheTopRows()
    {
        Run run = runCli({"tune", blobs(), "--target", "label", "--model", "knn", "--grid", "n_neighbors=1,3,5,7,9",
                          "--grid", "weights=uniform,distance", "--top", "3", "--cv", "3"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("grid search of 10 candidates, 3-fold cross-validation, scoring accuracy"),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QRegularExpression("\\n   1  0\\.\\d{4} ± 0\\.\\d{4} ")));
        QVERIFY(run.out.contains("\n   3  "));
        QVERIFY(!run.out.contains("\n   4  "));
        QVERIFY(run.out.contains("7 more (--top N shows more)"));
        QVERIFY(run.out.contains("best: --param n_neighbors="));
    }

    void badInputExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList knn{"tune", blobs(), "--target", "label", "--model", "knn"};
        QTest::newRow("no values") << knn << "--grid NAME=v1,v2";
        QTest::newRow("unknown parameter") << knn + QStringList{"--grid", "k=1,3"} << "unknown parameter \"k\"";
        QTest::newRow("out of range") << knn + QStringList{"--grid", "n_neighbors=0,3"} << "below the minimum 1";
        QTest::newRow("empty grid") << knn + QStringList{"--grid", "n_neighbors="} << "no values to try";
        QTest::newRow("random without space")
            << knn + QStringList{"--random", "5"} << "--random needs at least one --space";
        QTest::newRow("space without random")
            << knn + QStringList{"--space", "n_neighbors=1:5"} << "--space needs --random";
        QTest::newRow("grid and random") << knn + QStringList{"--grid", "n_neighbors=1", "--random",
                                                              "3",      "--space",       "n_neighbors=1:5"}
                                         << "not both";
        QTest::newRow("bad --random") << knn + QStringList{"--random", "0", "--space", "n_neighbors=1:5"}
                                      << "--random must be";
        QTest::newRow("range in a grid") << knn + QStringList{"--grid", "n_neighbors=1:5"} << "random search";
        QTest::newRow("unknown scoring") << knn + QStringList{"--grid", "n_neighbors=1,3", "--scoring", "acc"}
                                         << "unknown scoring metric \"acc\"";
        QTest::newRow("scoring of the other task")
            << knn + QStringList{"--grid", "n_neighbors=1,3", "--scoring", "r2"} << "not a classification metric";
        QTest::newRow("one fold") << knn + QStringList{"--grid", "n_neighbors=1,3", "--cv", "1"} << "--cv";
        QTest::newRow("unknown model") << QStringList{"tune",    blobs(),   "--target", "label",
                                                      "--model", "deepnet", "--grid",   "a=1"}
                                       << "unknown model \"deepnet\"";
        QTest::newRow("unknown column") << QStringList{"tune",    blobs(), "--target", "colour",
                                                       "--model", "knn",   "--grid",   "n_neighbors=1"}
                                        << "colour";
        QTest::newRow("bad --top") << knn + QStringList{"--grid", "n_neighbors=1,3", "--top", "0"} << "--top";
    }
    void badInputExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.trimmed().count('\n') <= 1, qPrintable(run.err));  // one line (+ the usage hint)
    }
};

QTEST_GUILESS_MAIN(TestCliTune)
#include "test_cli_tune.moc"
