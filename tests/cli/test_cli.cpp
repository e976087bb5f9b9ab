// mlwb-cli as scripts use it: versions and help, inspect with --json, convert, exit codes
// (0 ok, 1 runtime error or cancelled, 2 bad usage or input, out of memory included),
// one-line messages for bad files, warnings for classes smaller than the folds, and no
// dependency on a display.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>

#include "support/cli_run.h"

// Sanitizers reserve terabytes of address space, so a limit on it cannot run under them.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MLWB_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define MLWB_SANITIZED 1
#endif
#endif

namespace {

using mlwb::test::runCli;
using mlwb::test::sample;
using Run = mlwb::test::CliRun;

// iris with only 9 virginica rows (the file lists 50 setosa, 50 versicolor, then virginica),
// written into `dir`: a class smaller than 10 folds, as in Weka's classic datasets.
QString irisWithNineVirginica(const QTemporaryDir& dir)
{
    QFile in(sample("iris.csv"));
    if (!in.open(QIODevice::ReadOnly)) return {};
    const QList<QByteArray> lines = in.readAll().split('\n');
    const QString path = dir.filePath("iris_rare.csv");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) return {};
    for (int i = 0; i <= 109; ++i) out.write(lines[i] + "\n");
    return path;
}

QJsonObject columnNamed(const QJsonObject& inspection, const QString& name)
{
    for (const auto& value : inspection["columns"].toArray())
        if (value.toObject()["name"].toString() == name) return value.toObject();
    return {};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionAndHelp()
    {
        Run version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("mlwb-cli 0."));
        QVERIFY(version.out.contains("SQLite"));
        Run help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("inspect FILE"));
        QVERIFY(help.out.contains("Exit codes"));
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no arguments") << QStringList{} << "Usage";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("unknown option") << QStringList{"inspect", sample("iris.csv"), "--colour"}
                                        << "unknown option --colour";
        QTest::newRow("missing file argument") << QStringList{"inspect"} << "expected one FILE";
        QTest::newRow("option without value")
            << QStringList{"inspect", sample("iris.csv"), "--delimiter"} << "needs a value";
        QTest::newRow("bad delimiter") << QStringList{"inspect", sample("iris.csv"), "--delimiter", "ab"}
                                       << "one character";
        QTest::newRow("bad encoding") << QStringList{"inspect", sample("iris.csv"), "--encoding", "ebcdic"}
                                      << "--encoding";
    }
    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void inspectPrintsJson()
    {
        Run run = runCli({"inspect", sample("customers.csv"), "--json"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(object["format"].toString(), QString("csv"));
        QCOMPARE(object["rows"].toInt(), 2000);
        QCOMPARE(object["delimiter"].toString(), QString(","));
        QCOMPARE(object["encoding"].toString(), QString("utf-8"));
        QCOMPARE(object["columns"].toArray().size(), 11);
        QVERIFY(object["seconds"].toDouble() > 0);
        QVERIFY(object.contains("warnings"));

        const QJsonObject age = columnNamed(object, "age");
        QCOMPARE(age["type"].toString(), QString("numeric"));
        QVERIFY(age["missing"].toInt() > 50);
        QCOMPARE(age["min"].toDouble(), 18.0);
        QCOMPARE(age["max"].toDouble(), 80.0);
        QVERIFY(age["mean"].toDouble() > 40 && age["mean"].toDouble() < 58);
        QVERIFY(age["std"].toDouble() > 10);

        const QJsonObject city = columnNamed(object, "city");
        QCOMPARE(city["type"].toString(), QString("categorical"));
        QCOMPARE(city["distinct"].toInt(), 8);
        QVERIFY(city["top"].toArray().size() >= 3);
        QCOMPARE(city["top"].toArray()[0].toArray().size(), 2);
        QCOMPARE(columnNamed(object, "signup_date")["type"].toString(), QString("datetime"));
        QCOMPARE(columnNamed(object, "autopay")["type"].toString(), QString("boolean"));
        QCOMPARE(columnNamed(object, "income")["missing"].toInt() > 0, true);
    }

    void inspectWithoutJsonIsReadable()
    {
        Run run = runCli({"inspect", sample("iris.csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("150 rows"));
        QVERIFY(run.out.contains("species"));
    }

    void badFilesExitWithTwoAndOneLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ragged row") << QByteArray("a,b\n1,2\n3,4,5\n6,7\n") << "line 3";
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << "line 2";
        QTest::newRow("empty file") << QByteArray() << "empty";
        QTest::newRow("binary garbage") << QByteArray(
                                               "\x7f"
                                               "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
                                               20)
                                        << "text";
    }
    void badFilesExitWithTwoAndOneLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Run run = runCli({"inspect", path, "--json"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        QVERIFY(run.out.isEmpty());
    }

    void missingFileNamesThePath()
    {
        Run run = runCli({"inspect", "/nonexistent/folder/data.csv"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("/nonexistent/folder/data.csv"), qPrintable(run.err));
    }

    void lenientSkipsAndCountsBadRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ragged.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n3,4,5\n6,7\n");
        file.close();
        Run run = runCli({"inspect", path, "--json", "--lenient"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["rows"].toInt(), 2);
        QCOMPARE(object["skipped_rows"].toInt(), 1);
        QVERIFY(!object["warnings"].toArray().isEmpty());
    }

    void convertRoundTrips()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("customers-copy.csv");
        Run convert = runCli({"convert", sample("customers.csv"), out, "--json"});
        QCOMPARE(convert.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(convert.out.toUtf8()).object()["rows"].toInt(), 2000);
        Run original = runCli({"inspect", sample("customers.csv"), "--json"});
        Run copy = runCli({"inspect", out, "--json"});
        QCOMPARE(copy.exitCode, 0);
        QJsonObject a = QJsonDocument::fromJson(original.out.toUtf8()).object();
        QJsonObject b = QJsonDocument::fromJson(copy.out.toUtf8()).object();
        QCOMPARE(b["columns"].toArray(), a["columns"].toArray());
    }

    void trainEvaluatesOnAHoldout()
    {
        Run run = runCli({"train", sample("iris.csv"), "--target", "species", "--model", "logistic", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["model"].toString(), QString("logistic"));
        QCOMPARE(object["task"].toString(), QString("classification"));
        QCOMPARE(object["rows"].toInt(), 150);
        QCOMPARE(object["features"].toInt(), 4);
        QCOMPARE(object["test_size"].toDouble(), 0.25);
        const QJsonObject metrics = object["metrics"].toObject();
        for (const char* name : {"accuracy", "roc_auc", "f1_macro", "log_loss"}) QVERIFY2(metrics.contains(name), name);
        QVERIFY(metrics["accuracy"].toDouble() > 0.85);
        QVERIFY(metrics["roc_auc"].toDouble() > 0.95);
        QVERIFY(object["train_seconds"].toDouble() >= 0);
    }

    void trainCrossValidatesAndIsReproducible()
    {
        const QStringList arguments{
            "train", sample("customers.csv"), "--target", "churned", "--model", "logistic", "--cv", "5", "--seed", "7",
            "--json"};
        Run first = runCli(arguments);
        QCOMPARE(first.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QJsonObject cv = object["cv"].toObject();
        QCOMPARE(cv["folds"].toInt(), 5);
        QCOMPARE(cv["mean"].toObject()["accuracy"].toDouble(), object["metrics"].toObject()["accuracy"].toDouble());
        QVERIFY(cv["std"].toObject()["accuracy"].toDouble() > 0);
        // Text columns are left out, with a warning that says how to use them.
        QVERIFY(QJsonDocument(object["warnings"].toArray()).toJson().contains("customer_id"));
        Run second = runCli(arguments);
        QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object()["metrics"],
                 object["metrics"]);  // same seed, same folds, same numbers
    }

    void trainRepeatedCrossValidation()
    {
        Run run = runCli({"train", sample("iris.csv"), "--target", "species", "--model", "gaussian_nb", "--cv", "5",
                          "--repeats", "3", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject cv = QJsonDocument::fromJson(run.out.toUtf8()).object()["cv"].toObject();
        QCOMPARE(cv["folds"].toInt(), 5);
        QCOMPARE(cv["repeats"].toInt(), 3);
        QVERIFY(cv["mean"].toObject()["accuracy"].toDouble() > 0.9);
        Run bad =
            runCli({"train", sample("iris.csv"), "--target", "species", "--model", "gaussian_nb", "--repeats", "3"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--repeats needs --cv"), qPrintable(bad.err));
    }

    void trainRegression()
    {
        Run run = runCli({"train", sample("customers.csv"), "--target", "monthly_spend", "--model", "linear",
                          "--features", "plan,age,support_calls", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["task"].toString(), QString("regression"));
        QVERIFY(object["metrics"].toObject()["r2"].toDouble() > 0.5);  // spend follows the plan
        QVERIFY(object["metrics"].toObject().contains("rmse"));
    }

    void trainClustersWithoutATarget()
    {
        // scale=false: the raw measurements scikit-learn's KMeans clusters.
        Run run = runCli({"train", sample("iris.csv"), "--model", "kmeans", "--param", "n_clusters=3", "--param",
                          "scale=false", "--features", "sepal_length,sepal_width,petal_length,petal_width", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["model"].toString(), QString("kmeans"));
        QCOMPARE(object["task"].toString(), QString("clustering"));
        QCOMPARE(object["rows"].toInt(), 150);
        QCOMPARE(object["features"].toInt(), 4);
        const QJsonObject metrics = object["metrics"].toObject();
        // KMeans(n_clusters=3, n_init=10, random_state=0) on iris: inertia_ 78.851441426146,
        // silhouette_score 0.5528190123564101
        QVERIFY(qAbs(metrics["inertia"].toDouble() - 78.851441426146) < 1e-9);
        QVERIFY(qAbs(metrics["silhouette"].toDouble() - 0.5528190123564101) < 1e-12);
        int total = 0;
        for (const auto& size : object["cluster_sizes"].toArray()) total += size.toInt();
        QCOMPARE(total, 150);
        QCOMPARE(object["cluster_sizes"].toArray().size(), 3);
        QCOMPARE(object["silhouette_rows"].toInt(), 150);
        QVERIFY(object["train_seconds"].toDouble() >= 0);
        QVERIFY(!object.contains("test_size") && !object.contains("cv"));  // all rows, no split

        Run text = runCli({"train", sample("iris.csv"), "--model", "kmeans", "--target", "species"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("kmeans (clustering) on 150 rows, 4 features, fitted on all rows"),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains("cluster sizes:"), qPrintable(text.out));
    }

    void trainPcaReportsExplainedVariance()
    {
        Run run = runCli(
            {"train", sample("iris.csv"), "--model", "pca", "--target", "species", "--test-size", "0.3", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["task"].toString(), QString("decomposition"));
        // PCA(svd_solver="full").fit(iris measurements).explained_variance_ratio_
        const QJsonArray ratios = object["explained_variance_ratio"].toArray();
        QCOMPARE(ratios.size(), 4);
        QVERIFY(qAbs(ratios[0].toDouble() - 0.9246187232017271) < 1e-12);
        QVERIFY(qAbs(ratios[1].toDouble() - 0.053066483117067784) < 1e-12);
        const QJsonArray cumulative = object["cumulative_variance_ratio"].toArray();
        QVERIFY(qAbs(cumulative[1].toDouble() - 0.9776852063187949) < 1e-12);
        QVERIFY(qAbs(cumulative[3].toDouble() - 1.0) < 1e-12);
        QVERIFY(qAbs(object["metrics"].toObject()["explained_variance_ratio"].toDouble() - 1.0) < 1e-12);
        const QByteArray warnings = QJsonDocument(object["warnings"].toArray()).toJson();
        QVERIFY2(warnings.contains("species") && warnings.contains("--test-size does not apply"), warnings.constData());
    }

    void trainRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString iris = sample("iris.csv");
        QTest::newRow("no target") << QStringList{"train", iris, "--model", "logistic"} << "--target";
        QTest::newRow("unknown model") << QStringList{"train", iris, "--target", "species", "--model", "deepnet"}
                                       << "logistic";
        QTest::newRow("unknown column") << QStringList{"train", iris, "--target", "colour", "--model", "logistic"}
                                        << "colour";
        QTest::newRow("one fold") << QStringList{"train",   iris,       "--target", "species",
                                                 "--model", "logistic", "--cv",     "1"}
                                  << "--cv";
        QTest::newRow("more folds than rows")
            << QStringList{"train", iris, "--target", "species", "--model", "logistic", "--cv", "200"}
            << "the data has 150";
        QTest::newRow("bad test size") << QStringList{"train",   iris,       "--target",    "species",
                                                      "--model", "logistic", "--test-size", "1.5"}
                                       << "--test-size";
        QTest::newRow("unknown parameter")
            << QStringList{"train", iris, "--target", "species", "--model", "logistic", "--param", "depth=3"}
            << "depth";
        QTest::newRow("parameter out of range")
            << QStringList{"train", iris, "--target", "species", "--model", "logistic", "--param", "C=-1"} << "C";
        QTest::newRow("more clusters than rows")
            << QStringList{"train", iris, "--model", "kmeans", "--param", "n_clusters=500"} << "n_clusters";
        QTest::newRow("more components than features")
            << QStringList{"train", iris, "--model", "pca", "--target", "species", "--param", "n_components=5"}
            << "n_components";
        QTest::newRow("text target for regression")
            << QStringList{"train", sample("customers.csv"), "--target", "note", "--model", "linear"} << "note";
    }
    void trainRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void classSmallerThanTheFoldsRunsWithAWarning_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("train") << QStringList{"train", "--model", "logistic"};
        QTest::newRow("tune") << QStringList{"tune", "--model", "knn", "--grid", "n_neighbors=3,5"};
    }
    void classSmallerThanTheFoldsRunsWithAWarning()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString file = irisWithNineVirginica(dir);
        QVERIFY(!file.isEmpty());
        arguments.insert(1, file);
        arguments << "--target"
                  << "species"
                  << "--cv"
                  << "10";
        const QString warning = "class \"virginica\" has 9 rows, fewer than the 10 folds: it is tested in 9 of them";
        Run json = runCli(arguments + QStringList{"--json"});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object["rows"].toInt(), 109);
        QVERIFY2(object["warnings"].toArray().contains(warning), qPrintable(json.out));
        QVERIFY(json.err.isEmpty());
        // Text mode: on stderr, where scripts look for what went wrong, after the results.
        Run text = runCli(arguments);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains("warning: " + warning + "\n"), qPrintable(text.err));
        QVERIFY(!text.out.contains("warning:"));
    }

    void exitCodeOfEachFailure_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString iris = sample("iris.csv");
        const QStringList train{"train", iris, "--target", "species", "--model", "logistic"};
        const QStringList tune{"tune", iris, "--target", "species", "--model", "knn", "--grid", "n_neighbors=3"};
        QTest::newRow("train: unknown option") << train + QStringList{"--colour"} << 2 << "unknown option --colour";
        QTest::newRow("tune: unknown option") << tune + QStringList{"--colour"} << 2 << "unknown option --colour";
        QTest::newRow("train: option without its value") << train + QStringList{"--cv"} << 2 << "needs a value";
        QTest::newRow("train: bad value") << train + QStringList{"--cv", "many"} << 2 << "--cv must be";
        QTest::newRow("tune: bad value") << tune + QStringList{"--seed", "-1"} << 2 << "--seed must be";
        QTest::newRow("train: bad import option")
            << train + QStringList{"--delimiter", "ab"} << 2 << "mlwb-cli train: --delimiter must be one character";
        QTest::newRow("tune: bad import option")
            << tune + QStringList{"--encoding", "ebcdic"} << 2 << "mlwb-cli tune: --encoding";
        QTest::newRow("train: unreadable file")
            << QStringList{"train", "/nonexistent/data.csv", "--target", "y", "--model", "logistic"} << 2
            << "/nonexistent/data.csv";
        QTest::newRow("tune: unreadable file")
            << QStringList{"tune",   "/nonexistent/data.csv", "--target", "y", "--model", "knn",
                           "--grid", "n_neighbors=3"}
            << 2 << "/nonexistent/data.csv";
        QTest::newRow("train: unknown target column")
            << QStringList{"train", iris, "--target", "colour", "--model", "logistic"} << 2 << "colour";
        QTest::newRow("tune: unknown target column")
            << QStringList{"tune", iris, "--target", "colour", "--model", "knn", "--grid", "n_neighbors=3"} << 2
            << "colour";
        QTest::newRow("train: the model refuses a parameter")
            << train + QStringList{"--param", "C=-1"} << 2 << "parameter \"C\"";
        QTest::newRow("tune: every candidate fails")
            << QStringList{"tune", iris, "--target", "species", "--model", "knn", "--grid", "n_neighbors=500"} << 2
            << "n_neighbors";
    }
    void exitCodeOfEachFailure()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void outOfMemoryExitsWithTwo()
    {
#ifdef MLWB_SANITIZED
        QSKIP("an address-space limit cannot run under a sanitizer");
#else
        // Two layers of 4,000 units: a 4,000 x 4,000 weight matrix (128 MB), its gradient and
        // Adam's two moments, over a 256 MB limit on the address space (a small run of
        // mlwb-cli needs less than 100 MB). One epoch, so that without the limit the run
        // would end at once, with 0.
        QProcess process;
        process.setChildProcessModifier([] {
            const rlimit limit{rlim_t(256) << 20, rlim_t(256) << 20};
            if (::setrlimit(RLIMIT_AS, &limit) != 0) ::_exit(99);
        });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("MLWB_THREADS", "2");  // thread stacks take address space too
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MLWB_CLI_PATH),
                      {"train", sample("iris.csv"), "--target", "species", "--model", "mlp", "--param",
                       "hidden_layer_sizes=4000,4000", "--param", "max_iter=1"});
        QVERIFY(process.waitForFinished(240000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.startsWith("mlwb-cli: out of memory: training mlp on " + sample("iris.csv") +
                                "; the data needs more memory than this machine can give; use a smaller file, fewer "
                                "columns (--features) or a machine with more memory"),
                 qPrintable(err));
        QCOMPARE(err.trimmed().count('\n'), 0);
#endif
    }

    void ctrlCCancelsWithOne()
    {
        // Far more work than the wait before the signal: 20 forests of 400 to 2,300 trees.
        QStringList grid;
        for (int trees = 400; trees <= 2300; trees += 100) grid << QString::number(trees);
        QProcess process;
        process.start(QStringLiteral(MLWB_CLI_PATH),
                      {"tune", sample("customers.csv"), "--target", "churned", "--model", "random_forest", "--grid",
                       "n_estimators=" + grid.join(','), "--json"});
        QVERIFY(process.waitForStarted());
        QTest::qWait(1500);  // past start-up: the handler is installed and the search is running
        QCOMPARE(process.state(), QProcess::Running);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(err, QString("mlwb-cli: Cancelled by the user.\n"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    void modelsListsKindsWithTheirParameters()
    {
        Run run = runCli({"models", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray models = QJsonDocument::fromJson(run.out.toUtf8()).object()["models"].toArray();
        QStringList names;
        for (const auto& model : models) names << model.toObject()["name"].toString();
        QVERIFY2(names.contains("logistic") && names.contains("linear"), qPrintable(names.join(",")));
        for (const auto& model : models) {
            const QJsonObject object = model.toObject();
            if (object["name"] == "kmeans")
                QVERIFY(object["clustering"].toBool() && !object["classification"].toBool());
            if (object["name"] == "pca") QVERIFY(object["decomposition"].toBool() && !object["regression"].toBool());
        }
        QVERIFY(names.contains("kmeans") && names.contains("pca"));
        for (const auto& model : models) QVERIFY(!model.toObject()["params"].toArray().isEmpty());
    }

    void cliNeedsNoDisplayLibraries()
    {
        QFile binary(QStringLiteral(MLWB_CLI_PATH));
        QVERIFY(binary.open(QIODevice::ReadOnly));
        const QByteArray bytes = binary.readAll();
        QVERIFY(bytes.contains("libQt6Core.so"));
        QVERIFY(!bytes.contains("libQt6Gui.so"));
        QVERIFY(!bytes.contains("libQt6Widgets.so"));
    }

    void trainMlp()
    {
        // The mlp kind trains from the CLI like any other; on iris it scales the measurements
        // itself, so no preprocessing is needed for a good score.
        Run run = runCli({"train", sample("iris.csv"), "--target", "species", "--model", "mlp", "--param",
                          "hidden_layer_sizes=32,16", "--param", "max_iter=400", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["model"].toString(), QString("mlp"));
        const QJsonObject metrics = object["metrics"].toObject();
        QVERIFY2(metrics["accuracy"].toDouble() > 0.85, qPrintable(run.out));
        QVERIFY(metrics["roc_auc"].toDouble() > 0.95);
        // Stopping at max_iter is reported as a warning, not an error.
        Run capped = runCli(
            {"train", sample("iris.csv"), "--target", "species", "--model", "mlp", "--param", "max_iter=3", "--json"});
        QCOMPARE(capped.exitCode, 0);
        const QJsonArray warnings = QJsonDocument::fromJson(capped.out.toUtf8()).object()["warnings"].toArray();
        QVERIFY2(QJsonDocument(warnings).toJson().contains("raise max_iter"), qPrintable(capped.out));
        Run deep = runCli({"train", sample("iris.csv"), "--target", "species", "--model", "mlp", "--param",
                           "hidden_layer_sizes=8,8,8,8"});
        QCOMPARE(deep.exitCode, 2);
        QVERIFY2(deep.err.contains("hidden_layer_sizes") && deep.err.contains("1 to 3"), qPrintable(deep.err));
    }

    void trainMlpRegression()
    {
        Run run = runCli({"train", sample("customers.csv"), "--target", "monthly_spend", "--model", "mlp", "--features",
                          "plan,age,support_calls", "--param", "hidden_layer_sizes=16", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["task"].toString(), QString("regression"));
        QVERIFY2(object["metrics"].toObject()["r2"].toDouble() > 0.5, qPrintable(run.out));  // spend follows the plan
    }

    void trainTreeKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("tree") << "tree";
        QTest::newRow("random_forest") << "random_forest";
        QTest::newRow("gbt") << "gbt";
    }

    void trainTreeKinds()
    {
        QFETCH(QString, kind);
        Run run = runCli({"train", sample("customers.csv"), "--target", "churned", "--model", kind, "--cv", "3",
                          "--param", "max_depth=4", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object["model"].toString(), kind);
        QCOMPARE(object["task"].toString(), QString("classification"));
        QCOMPARE(object["rows"].toInt(), 2000);
        // Native encoding: one column per source column but the text customer_id (city, plan
        // and note as category codes, gaps kept), where logistic's one-hot columns are 21.
        QCOMPARE(object["features"].toInt(), 9);
        const QJsonObject metrics = object["metrics"].toObject();
        for (const char* name : {"accuracy", "roc_auc", "log_loss"}) QVERIFY2(metrics.contains(name), name);
        QVERIFY2(metrics["accuracy"].toDouble() > 0.6, qPrintable(run.out));
        QVERIFY(metrics["roc_auc"].toDouble() > 0.6);
    }

    void trainTreeKindRejectsBadParameter_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        QTest::newRow("gbt, one leaf") << "gbt"
                                       << "max_leaf_nodes=1"
                                       << "parameter \"max_leaf_nodes\"";
        QTest::newRow("gbt, no limit") << "gbt"
                                       << "max_depth=0"
                                       << "parameters \"max_leaf_nodes\" and \"max_depth\" are both 0";
        QTest::newRow("tree, regression criterion") << "tree"
                                                    << "criterion=squared_error"
                                                    << "parameter \"criterion\"";
        QTest::newRow("random_forest, no trees") << "random_forest"
                                                 << "n_estimators=0"
                                                 << "n_estimators";
    }

    void trainTreeKindRejectsBadParameter()
    {
        QFETCH(QString, kind);
        QFETCH(QString, param);
        QFETCH(QString, message);
        QStringList arguments{"train", sample("customers.csv"), "--target", "churned", "--model", kind, "--param",
                              param};
        if (param == "max_depth=0")
            arguments << "--param"
                      << "max_leaf_nodes=0";
        Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count('\n'), 0);  // one line
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
