// The Train & Evaluate view: pick a target and a model, edit its parameters in the form
// made from its schema, train in the background, read the metrics, compare runs in the
// leaderboard, and get a clear message when the model cannot do the task.
#include "core/ml/registry.h"
#include "ui/jobs/job_runner.h"
#include "ui/main/main_window.h"
#include "ui/models/param_form.h"
#include "ui/models/result_charts.h"
#include "ui/models/train_panel.h"
#include "ui_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtTest>

using mlwb::test::loadSample;
using mlwb::ui::TrainPanel;

namespace {

double metricValue(const QTableWidget* table, const QString& name)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == name) return table->item(row, 1)->text().toDouble();
    return -1;
}

bool trainAndWait(TrainPanel& panel)
{
    QSignalSpy finished(&panel, &TrainPanel::runFinished);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    return finished.wait(60000) && finished.first().at(0).toBool();
}

}  // namespace

class TestTrainPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void trainsAndComparesRuns()
    {
        TrainPanel panel;
        panel.resize(480, 900);
        panel.show();
        auto table = loadSample("iris.csv");
        QVERIFY(table);
        panel.setTable(table);
        QCOMPARE(panel.targetCombo()->currentText(), QString("species"));  // the last column
        QCOMPARE(panel.featureList()->count(), 4);
        panel.modelCombo()->setCurrentText("logistic");
        QVERIFY(panel.paramForm()->findChild<QWidget*>("param_C"));

        QVERIFY(trainAndWait(panel));
        QVERIFY(metricValue(panel.metricsTable(), "accuracy") > 0.85);
        QVERIFY(metricValue(panel.metricsTable(), "roc_auc") > 0.95);
        QCOMPARE(panel.leaderboard()->rowCount(), 1);

        // The confusion matrix counts every test row once; its diagonal is the accuracy.
        auto* confusion = panel.confusionMatrix();
        QCOMPARE(confusion->rowCount(), 3);
        int total = 0, right = 0;
        for (int t = 0; t < 3; ++t)
            for (int p = 0; p < 3; ++p) {
                total += confusion->item(t, p)->text().toInt();
                if (t == p) right += confusion->item(t, p)->text().toInt();
            }
        QCOMPARE(total, 38);  // ceil(25% of 150)
        QVERIFY(qAbs(double(right) / total - metricValue(panel.metricsTable(), "accuracy")) <
                1e-4);                      // shown to 4 places
        QCOMPARE(panel.seriesCount(2), 4);  // ROC: one curve per class and the chance line
        QCOMPARE(panel.seriesCount(3), 3);  // precision-recall: one per class
        panel.resultTabs()->setCurrentIndex(2);
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_roc.png")));

        // A second run with another parameter and cross-validation joins the leaderboard.
        QVERIFY(panel.paramForm()->setValue("C", "0.5"));
        QCOMPARE(panel.currentSpec().params, std::vector<std::string>{"C=0.5"});
        panel.validationCombo()->setCurrentIndex(1);
        panel.foldsSpin()->setValue(5);
        QVERIFY(panel.repeatsSpin()->isEnabled());
        panel.repeatsSpin()->setValue(2);
        QVERIFY(trainAndWait(panel));
        QCOMPARE(panel.leaderboard()->rowCount(), 2);
        QStringList cells;
        for (int c = 0; c < panel.leaderboard()->columnCount(); ++c) cells << panel.leaderboard()->item(1, c)->text();
        QVERIFY2(cells.join(' ').contains("C=0.5") && cells.join(' ').contains("5-fold CV × 2"),
                 qPrintable(cells.join(' ')));
        QVERIFY(!panel.metricsTable()->item(0, 2)->text().isEmpty());  // ± std over folds
    }

    void regressionShowsPredictedAgainstActual()
    {
        TrainPanel panel;
        panel.setTable(loadSample("customers.csv"));
        panel.targetCombo()->setCurrentText("monthly_spend");
        panel.modelCombo()->setCurrentText("linear");
        QVERIFY(trainAndWait(panel));
        QVERIFY(metricValue(panel.metricsTable(), "r2") > 0.3);
        QCOMPARE(panel.seriesCount(4), 2);  // the test rows and the perfect line
        QCOMPARE(panel.seriesCount(5), 1);
        QCOMPARE(panel.confusionMatrix()->rowCount(), 0);
    }

    // The tree kinds take the categorical and partly missing columns of the customers file
    // as they are, and their forms show their own parameters.
    void treeKindsTrainOnMixedColumns()
    {
        TrainPanel panel;
        panel.resize(480, 900);
        panel.show();
        panel.setTable(loadSample("customers.csv"));
        panel.targetCombo()->setCurrentText("churned");
        panel.modelCombo()->setCurrentText("gbt");
        QVERIFY(panel.paramForm()->findChild<QWidget*>("param_learning_rate"));
        // Untouched defaults are not sent, small ones (tol = 1e-7) included.
        QCOMPARE(panel.currentSpec().params.size(), size_t{0});
        QVERIFY(panel.paramForm()->setValue("tol", "1e-5"));
        QCOMPARE(panel.currentSpec().params, std::vector<std::string>{"tol=1e-05"});
        QVERIFY(panel.paramForm()->setValue("tol", "1e-7"));
        QVERIFY(trainAndWait(panel));
        QVERIFY(metricValue(panel.metricsTable(), "accuracy") > 0.7);
        QVERIFY(metricValue(panel.metricsTable(), "roc_auc") > 0.5);

        panel.modelCombo()->setCurrentText("random_forest");
        QVERIFY(panel.paramForm()->findChild<QWidget*>("param_n_estimators"));
        QVERIFY(panel.paramForm()->setValue("n_estimators", "25"));
        QVERIFY(trainAndWait(panel));
        QCOMPARE(panel.leaderboard()->rowCount(), 2);
        QVERIFY(metricValue(panel.metricsTable(), "accuracy") > 0.7);
        panel.resultTabs()->setCurrentIndex(1);
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_forest.png")));
    }

    // A newcomer's first click: the sample open, every setting at its default, Train works.
    void firstTrainWithDefaultsWorks()
    {
        TrainPanel panel;
        panel.setTable(loadSample("customers.csv"));
        QCOMPARE(panel.targetCombo()->currentText(), QString("churned"));
        QVERIFY(panel.trainButton()->isEnabled());
        QVERIFY2(trainAndWait(panel), qPrintable(panel.lastError()));
        QVERIFY(metricValue(panel.metricsTable(), "accuracy") > 0.5);
        QCOMPARE(panel.leaderboard()->rowCount(), 1);
    }

    // The model list holds the kinds that fit the target: its task's, or the unsupervised
    // ones without a target; a chosen kind that still fits stays chosen.
    void kindListFollowsTheTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("task");
        QTest::newRow("categorical label") << "species"
                                           << "classification";
        QTest::newRow("numbers") << "sepal_length"
                                 << "regression";
        QTest::newRow("no target") << "(none)"
                                   << "unsupervised";
    }

    void kindListFollowsTheTarget()
    {
        QFETCH(QString, target);
        QFETCH(QString, task);
        TrainPanel panel;
        panel.setTable(loadSample("iris.csv"));
        panel.targetCombo()->setCurrentText(target);
        QCOMPARE(panel.targetCombo()->currentText(), target);
        QComboBox* kinds = panel.modelCombo();
        QVERIFY(kinds->count() > 0);
        const auto& registry = mlwb::core::ml::ModelRegistry::instance();
        int expected = 0;
        for (const auto& kind : registry.kinds()) {
            const bool fits = task == "classification" ? kind.classification
                              : task == "regression"   ? kind.regression
                                                       : kind.unsupervised();
            expected += fits ? 1 : 0;
            QCOMPARE(kinds->findData(QString::fromStdString(kind.name)) >= 0, fits);
        }
        QCOMPARE(kinds->count(), expected);
        // The default is the first kind that fits, and its form is shown.
        QCOMPARE(kinds->currentIndex(), 0);
        const auto* chosen = registry.find(kinds->currentData().toString().toStdString());
        QVERIFY(chosen);
        QCOMPARE(panel.paramForm()->values().size(), static_cast<qsizetype>(chosen->params.size()));
    }

    void aKindThatStillFitsStaysChosen()
    {
        TrainPanel panel;
        panel.setTable(loadSample("iris.csv"));
        panel.modelCombo()->setCurrentText("tree");
        QVERIFY(panel.paramForm()->setValue("max_depth", "3"));
        panel.targetCombo()->setCurrentText("sepal_length");  // tree does regression too
        QCOMPARE(panel.modelCombo()->currentText(), QString("tree"));
        QCOMPARE(panel.currentSpec().params, std::vector<std::string>{"max_depth=3"});
        panel.modelCombo()->setCurrentText("linear");
        panel.targetCombo()->setCurrentText("species");  // linear does not classify
        QVERIFY(panel.modelCombo()->findText("linear") < 0);
        QVERIFY(panel.modelCombo()->currentText() != "linear");
        QVERIFY2(trainAndWait(panel), qPrintable(panel.lastError()));
    }

    // An error belongs to the settings it was made with: changing any of them drops it.
    void aStaleErrorDisappearsWhenTheSettingsChange()
    {
        TrainPanel panel;
        panel.setTable(loadSample("iris.csv"));
        panel.modelCombo()->setCurrentText("mlp");
        QVERIFY(panel.paramForm()->setValue("hidden_layer_sizes", "8,8,8,8"));
        QVERIFY(!trainAndWait(panel));
        QVERIFY2(panel.statusLabel()->text().contains("hidden_layer_sizes"), qPrintable(panel.statusLabel()->text()));
        panel.findChild<QSpinBox*>("seed")->setValue(7);
        QVERIFY2(panel.statusLabel()->text().isEmpty(), qPrintable(panel.statusLabel()->text()));
        // Other messages are not errors and stay.
        QVERIFY(trainAndWait(panel) == false);  // the bad list is still there
        QVERIFY(panel.paramForm()->setValue("hidden_layer_sizes", "8"));
        QVERIFY(panel.statusLabel()->text().isEmpty());
        QVERIFY(trainAndWait(panel));
        QVERIFY(panel.statusLabel()->text().contains("mlp"));
        panel.findChild<QSpinBox*>("seed")->setValue(8);
        QVERIFY(panel.statusLabel()->text().contains("mlp"));
    }

    // A run still going when another dataset arrives is cancelled, and nothing of it ever
    // shows on the new dataset.
    void openingAnotherDatasetDropsTheRun()
    {
        TrainPanel panel;
        panel.setTable(loadSample("customers.csv"));
        panel.modelCombo()->setCurrentText("random_forest");
        QSignalSpy finished(&panel, &TrainPanel::runFinished);
        QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
        QVERIFY(panel.jobRunner()->isBusy());
        panel.setTable(loadSample("iris.csv"));
        QVERIFY(!panel.jobRunner()->isBusy());
        QVERIFY(panel.trainButton()->isEnabled());
        // Long enough for the forest to finish had it not been cancelled, and for its
        // result to arrive had it not been dropped.
        QTest::qWait(4000);
        QCOMPARE(panel.metricsTable()->rowCount(), 0);
        QCOMPARE(panel.leaderboard()->rowCount(), 0);
        for (const QVariantList& call : finished) QCOMPARE(call.at(0).toBool(), false);
        // The new dataset trains as usual.
        QVERIFY(trainAndWait(panel));
        QCOMPARE(panel.leaderboard()->rowCount(), 1);
    }

    void clusteringShowsSizesAndTheProjection()
    {
        TrainPanel panel;
        panel.resize(520, 980);
        panel.show();
        panel.setTable(loadSample("iris.csv"));
        panel.targetCombo()->setCurrentIndex(0);  // (none): the kinds that need no target
        QCOMPARE(panel.targetCombo()->currentText(), QString("(none)"));
        panel.modelCombo()->setCurrentText("kmeans");
        QCOMPARE(panel.modelCombo()->currentText(), QString("kmeans"));
        QVERIFY(panel.featureList()->findItems("species", Qt::MatchExactly).size() == 1);
        panel.featureList()->findItems("species", Qt::MatchExactly).first()->setCheckState(Qt::Unchecked);
        // Validation does not apply: clustering fits on all rows.
        QVERIFY(!panel.validationCombo()->isEnabled());
        QVERIFY(!panel.resultTabs()->isTabVisible(TrainPanel::RocTab));
        QVERIFY(panel.resultTabs()->isTabVisible(TrainPanel::ClusterSizeTab));
        QVERIFY(!panel.resultTabs()->isTabVisible(TrainPanel::ScreeTab));
        QVERIFY(panel.paramForm()->setValue("n_clusters", "3"));
        QVERIFY(panel.paramForm()->setValue("scale", "false"));  // as scikit-learn's KMeans
        QVERIFY(trainAndWait(panel));
        // KMeans(n_clusters=3, n_init=10, random_state=0) on iris' measurements: inertia_ 78.8514
        QVERIFY(qAbs(metricValue(panel.metricsTable(), "inertia") - 78.8514) < 1e-4);
        QVERIFY(qAbs(metricValue(panel.metricsTable(), "silhouette") - 0.5528) < 1e-4);
        QCOMPARE(panel.seriesCount(TrainPanel::ClusterSizeTab), 1);     // one bar per cluster, stacked
        QCOMPARE(panel.seriesCount(TrainPanel::ProjectionTab), 3 + 1);  // the clusters and their centres
        auto* bars = qobject_cast<QChartView*>(panel.resultTabs()->widget(TrainPanel::ClusterSizeTab));
        auto* stacked = qobject_cast<QStackedBarSeries*>(bars->chart()->series().first());
        QVERIFY(stacked);
        double total = 0;
        for (auto* set : stacked->barSets()) total += set->sum();
        QCOMPARE(total, 150.0);
        QCOMPARE(panel.leaderboard()->item(0, 2)->text(), QString("all rows"));
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        panel.resultTabs()->setCurrentIndex(TrainPanel::ProjectionTab);
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_kmeans_projection.png")));
        panel.resultTabs()->setCurrentIndex(TrainPanel::ClusterSizeTab);
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_kmeans_sizes.png")));

        // PCA: the scree chart (bars and the cumulative line) and the projection without clusters.
        panel.modelCombo()->setCurrentText("pca");
        QVERIFY(panel.resultTabs()->isTabVisible(TrainPanel::ScreeTab));
        QVERIFY(!panel.resultTabs()->isTabVisible(TrainPanel::ClusterSizeTab));
        QVERIFY(trainAndWait(panel));
        QVERIFY(qAbs(metricValue(panel.metricsTable(), "PC1 variance ratio") - 0.9246) < 1e-4);
        QCOMPARE(panel.seriesCount(TrainPanel::ScreeTab), 2);
        QCOMPARE(panel.seriesCount(TrainPanel::ProjectionTab), 1);
        QCOMPARE(panel.leaderboard()->rowCount(), 1);  // another task: a new leaderboard
        panel.resultTabs()->setCurrentIndex(TrainPanel::ScreeTab);
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_pca_scree.png")));
    }

    void mainWindowShowsTheTrainView()
    {
        mlwb::ui::MainWindow window;
        window.show();
        QSignalSpy shown(&window, &mlwb::ui::MainWindow::datasetShown);
        window.openDataset(mlwb::test::sampleData("customers.csv"));
        QVERIFY(shown.wait(30000));
        auto* dock = window.findChild<QDockWidget*>("trainDock");
        QVERIFY(dock);
        dock->raise();
        TrainPanel* panel = window.trainPanel();
        QCOMPARE(panel->targetCombo()->currentText(), QString("churned"));
        panel->modelCombo()->setCurrentText("logistic");
        QVERIFY(trainAndWait(*panel));
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_view.png")));
    }

    void mainWindowClustersCustomers()
    {
        // Mixed units (ages, incomes, dates): the scaled clustering the help text recommends.
        mlwb::ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy shown(&window, &mlwb::ui::MainWindow::datasetShown);
        window.openDataset(mlwb::test::sampleData("customers.csv"));
        QVERIFY(shown.wait(30000));
        window.findChild<QDockWidget*>("trainDock")->raise();
        TrainPanel* panel = window.trainPanel();
        panel->targetCombo()->setCurrentIndex(0);  // (none)
        panel->modelCombo()->setCurrentText("kmeans");
        QCOMPARE(panel->modelCombo()->currentText(), QString("kmeans"));
        QVERIFY(panel->paramForm()->setValue("n_clusters", "4"));
        QVERIFY(panel->paramForm()->setValue("scale", "true"));
        QVERIFY(trainAndWait(*panel));
        QCOMPARE(panel->seriesCount(TrainPanel::ProjectionTab), 4 + 1);
        panel->resultTabs()->setCurrentIndex(TrainPanel::ProjectionTab);
        QTest::qWait(100);
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(window.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_view_kmeans.png")));
    }

    void mlpHasItsParameterForm()
    {
        TrainPanel panel;
        panel.resize(480, 900);
        panel.show();
        panel.setTable(loadSample("iris.csv"));
        QVERIFY(panel.modelCombo()->findText("mlp") >= 0);
        panel.modelCombo()->setCurrentText("mlp");
        // hidden_layer_sizes is a list: a line edit holding the default, with the schema's help.
        auto* layers = panel.paramForm()->findChild<QLineEdit*>("param_hidden_layer_sizes");
        QVERIFY(layers);
        QCOMPARE(layers->text(), QString("100"));
        QVERIFY(layers->toolTip().contains("1 to 3 layers"));
        auto* activation = panel.paramForm()->findChild<QComboBox*>("param_activation");
        QVERIFY(activation);
        QCOMPARE(activation->count(), 3);
        QVERIFY(panel.paramForm()->findChild<QCheckBox*>("param_early_stopping"));
        QVERIFY(panel.currentSpec().params.empty());  // nothing changed from the defaults yet

        layers->clear();
        QTest::keyClicks(layers, "32, 16");
        QVERIFY(panel.paramForm()->setValue("max_iter", "400"));
        QCOMPARE(panel.currentSpec().params, (std::vector<std::string>{"hidden_layer_sizes=32, 16", "max_iter=400"}));
        QTest::qWait(50);  // let the form's new rows be laid out before the screenshot
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/train_mlp_form.png")));
        QVERIFY2(trainAndWait(panel), qPrintable(panel.lastError()));
        QVERIFY(metricValue(panel.metricsTable(), "accuracy") > 0.85);

        // A bad list is refused with the parameter's name, and the panel stays usable.
        layers->setText("8,8,8,8");
        QVERIFY(!trainAndWait(panel));
        QVERIFY2(panel.lastError().contains("hidden_layer_sizes"), qPrintable(panel.lastError()));
        QVERIFY(panel.trainButton()->isEnabled());
    }
};

QTEST_MAIN(TestTrainPanel)
#include "test_train_panel.moc"
