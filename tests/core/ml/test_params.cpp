// Tests of the parameter schema: "NAME=VALUE" parsing for every type, defaults, and the
// messages for out-of-range values, unknown names (with a suggestion), bad choices and syntax.
#include "core/ml/params.h"
#include "core/ml/registry.h"

#include <QTest>

#include <set>

using namespace mlwb::core;
using namespace mlwb::core::ml;

namespace {

std::vector<ParamSpec> treeLikeSchema()
{
    return {
        ParamSpec::intParam("max_depth", 8, 1, 100, "depth"),
        ParamSpec::intParam("min_samples_leaf", 1, 1, 1e6, "leaf size"),
        ParamSpec::doubleParam("learning_rate", 0.1, 0, 1, "shrinkage", true),
        ParamSpec::boolParam("bootstrap", true, "resample"),
        ParamSpec::choiceParam("weights", "uniform", {"uniform", "distance"}, "vote weights"),
        ParamSpec::intListParam("hidden_layer_sizes", "100", 1, 4096, "layers"),
    };
}

}  // namespace

class TestParams : public QObject {
    Q_OBJECT

private slots:
    void parsesValues_data();
    void parsesValues();
    void rejects_data();
    void rejects();
    void defaultsAndExplicit();
    void registrySchemasHaveValidDefaults();
};

void TestParams::parsesValues_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("expected");  // the parameter as toString() prints it

    QTest::newRow("int") << "max_depth=12"
                         << "max_depth=12";
    QTest::newRow("int at minimum") << "max_depth=1"
                                    << "max_depth=1";
    QTest::newRow("int with spaces") << " max_depth = 7 "
                                     << "max_depth=7";
    QTest::newRow("double") << "learning_rate=0.05"
                            << "learning_rate=0.05";
    QTest::newRow("double exponent") << "learning_rate=1e-3"
                                     << "learning_rate=0.001";
    QTest::newRow("double at maximum") << "learning_rate=1"
                                       << "learning_rate=1";
    QTest::newRow("bool false") << "bootstrap=false"
                                << "bootstrap=false";
    QTest::newRow("bool 0") << "bootstrap=0"
                            << "bootstrap=false";
    QTest::newRow("bool yes") << "bootstrap=Yes"
                              << "bootstrap=true";
    QTest::newRow("choice") << "weights=distance"
                            << "weights=distance";
    QTest::newRow("choice any case") << "weights=DISTANCE"
                                     << "weights=distance";
    QTest::newRow("int list") << "hidden_layer_sizes=64, 32"
                              << "hidden_layer_sizes=64,32";
}

void TestParams::parsesValues()
{
    QFETCH(QString, assignment);
    QFETCH(QString, expected);
    auto values = ParamValues::parse(treeLikeSchema(), {assignment.toStdString()}, "tree");
    QVERIFY2(values.isOk(), values.status().message().c_str());
    const QString all = QString::fromStdString(values->toString());
    QVERIFY2(all.split(' ').contains(expected), qPrintable(all));
    const QString name = expected.section('=', 0, 0);
    QVERIFY(values->isExplicit(name.toStdString()));
}

void TestParams::rejects_data()
{
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("message");

    QTest::newRow("below minimum") << QStringList{"max_depth=0"} << "parameter \"max_depth\": 0 is below the minimum 1";
    QTest::newRow("above maximum") << QStringList{"max_depth=101"}
                                   << "parameter \"max_depth\": 101 is above the maximum 100";
    QTest::newRow("exclusive minimum") << QStringList{"learning_rate=0"}
                                       << "parameter \"learning_rate\": 0 must be greater than 0";
    QTest::newRow("not whole") << QStringList{"max_depth=2.5"}
                               << "parameter \"max_depth\": \"2.5\" is not a whole number";
    QTest::newRow("not a number") << QStringList{"learning_rate=fast"}
                                  << "parameter \"learning_rate\": \"fast\" is not a number";
    QTest::newRow("nan") << QStringList{"learning_rate=nan"} << "parameter \"learning_rate\": \"nan\" is not a number";
    QTest::newRow("bad bool") << QStringList{"bootstrap=maybe"}
                              << "parameter \"bootstrap\": \"maybe\" is not true or false";
    QTest::newRow("bad choice") << QStringList{"weights=cosine"}
                                << "parameter \"weights\": \"cosine\" is not one of uniform, distance";
    QTest::newRow("bad list item") << QStringList{"hidden_layer_sizes=64,x"}
                                   << "parameter \"hidden_layer_sizes\": \"64,x\" is not a comma-separated list";
    QTest::newRow("list item range") << QStringList{"hidden_layer_sizes=64,0"}
                                     << "parameter \"hidden_layer_sizes\": 0 is below the minimum 1";
    QTest::newRow("unknown, near miss")
        << QStringList{"maxdepth=3"}
        << "unknown parameter \"maxdepth\" for model \"tree\" (did you mean \"max_depth\"?); known: max_depth, "
           "min_samples_leaf, learning_rate, bootstrap, weights, hidden_layer_sizes";
    QTest::newRow("unknown, far") << QStringList{"gamma=3"}
                                  << "unknown parameter \"gamma\" for model \"tree\"; known: max_depth,";
    QTest::newRow("no equals") << QStringList{"max_depth"} << "parameter \"max_depth\": expected NAME=VALUE";
    QTest::newRow("twice") << QStringList{"max_depth=3", "max_depth=4"} << "parameter \"max_depth\" is given twice";
    QTest::newRow("empty value") << QStringList{"max_depth="} << "parameter \"max_depth\": \"\" is not a whole number";
}

void TestParams::rejects()
{
    QFETCH(QStringList, assignments);
    QFETCH(QString, message);
    std::vector<std::string> list;
    for (const auto& a : assignments) list.push_back(a.toStdString());
    auto values = ParamValues::parse(treeLikeSchema(), list, "tree");
    QVERIFY(!values.isOk());
    QCOMPARE(values.status().code(), ErrorCode::InvalidArgument);
    const QString actual = QString::fromStdString(values.status().message());
    QVERIFY2(actual.startsWith(message), qPrintable(actual));
}

void TestParams::defaultsAndExplicit()
{
    auto values = ParamValues::parse(treeLikeSchema(), {"min_samples_leaf=5"}, "tree");
    QVERIFY(values.isOk());
    QCOMPARE(values->getInt("max_depth"), int64_t(8));
    QVERIFY(!values->isExplicit("max_depth"));
    QCOMPARE(values->getInt("min_samples_leaf"), int64_t(5));
    QCOMPARE(values->getDouble("learning_rate"), 0.1);
    QCOMPARE(values->getBool("bootstrap"), true);
    QCOMPARE(values->getChoice("weights"), std::string("uniform"));
    QCOMPARE(values->getIntList("hidden_layer_sizes"), std::vector<int64_t>{100});
    QCOMPARE(QString::fromStdString(values->toString()),
             QString("max_depth=8 min_samples_leaf=5 learning_rate=0.1 bootstrap=true weights=uniform "
                     "hidden_layer_sizes=100"));
}

// Every built-in kind's defaults must parse under its own schema (ParamValues::defaults
// asserts; this checks it in release builds too) and names must be unique.
void TestParams::registrySchemasHaveValidDefaults()
{
    const auto& kinds = ModelRegistry::instance().kinds();
    QVERIFY(kinds.size() >= 2);
    for (const auto& kind : kinds) {
        std::set<std::string> names;
        for (const auto& spec : kind.params) {
            QVERIFY2(names.insert(spec.name).second, spec.name.c_str());
            ParamValues values;
            const Status status = values.set(spec, spec.defaultValue);
            QVERIFY2(status.isOk(), (kind.name + ": " + status.message()).c_str());
        }
    }
    QVERIFY(ModelRegistry::instance().find("linear"));
    auto missing = ModelRegistry::instance().lookup("lineer");
    QVERIFY(!missing.isOk());
    QVERIFY(QString::fromStdString(missing.status().message()).startsWith("unknown model \"lineer\"; known: linear"));
}

QTEST_GUILESS_MAIN(TestParams)
#include "test_params.moc"
