// The Tune page of the Train and Evaluate dock: type the values to try, search in the
// background, read the leaderboard (best first, sortable), copy a candidate's parameters
// into the Train page's form, see why a bad value is refused, and cancel a long search.
#include "ui/main/ui_translator.h"
#include "ui/models/param_form.h"
#include "ui/models/train_panel.h"
#include "ui/models/tune_panel.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using mlwb::test::loadSample;
using mlwb::ui::TrainPanel;
using mlwb::ui::TunePanel;

namespace {

bool searchAndWait(TunePanel& tune)
{
    QSignalSpy finished(&tune, &TunePanel::searchFinished);
    QTest::mouseClick(tune.runButton(), Qt::LeftButton);
    return finished.wait(120000) && finished.first().at(0).toBool();
}

// The Train page set up for knn on iris, with the Tune page in front.
void setUpKnnOnIris(TrainPanel& panel)
{
    panel.setTable(loadSample("iris.csv"));
    panel.modelCombo()->setCurrentText("knn");
    panel.setupTabs()->setCurrentIndex(1);
}

void typeValues(TunePanel& tune, const char* param, const QString& values)
{
    QLineEdit* edit = tune.valuesEdit(param);
    QVERIFY2(edit, param);
    edit->clear();
    QTest::keyClicks(edit, values);
}

}  // namespace

class TestTunePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void gridSearchFillsTheLeaderboardAndTheForm()
    {
        TrainPanel panel;
        panel.resize(560, 1000);
        panel.show();
        setUpKnnOnIris(panel);
        TunePanel& tune = *panel.tunePanel();
        QVERIFY(tune.valuesEdit("n_neighbors"));
        QVERIFY(tune.valuesEdit("weights"));
        QVERIFY(!tune.valuesEdit("C"));  // a logistic parameter: not for knn
        typeValues(tune, "n_neighbors", "1,7,40");
        typeValues(tune, "weights", "uniform,distance");
        tune.scoringCombo()->setCurrentIndex(tune.scoringCombo()->findData("accuracy"));
        QCOMPARE(tune.currentSpec().space,
                 (std::vector<std::string>{"n_neighbors=1,7,40", "weights=uniform,distance"}));

        QVERIFY(searchAndWait(tune));
        QTableWidget* board = tune.leaderboard();
        QCOMPARE(board->rowCount(), 6);
        QCOMPARE(board->horizontalHeaderItem(2)->text(), QString("accuracy"));
        double previous = 2;
        for (int row = 0; row < board->rowCount(); ++row) {
            QCOMPARE(board->item(row, 0)->text(), QString::number(row + 1));
            const double score = board->item(row, 2)->text().toDouble();
            QVERIFY(score > 0.8 && score <= previous);  // best first
            previous = score;
            QVERIFY(!board->item(row, 3)->text().isEmpty());  // ± std over the folds
        }

        // Sorting by another column and back keeps the rows whole.
        board->sortItems(4, Qt::DescendingOrder);
        board->sortItems(2, Qt::DescendingOrder);
        QVERIFY(board->item(0, 2)->text().toDouble() >= board->item(5, 2)->text().toDouble());
        board->sortItems(0, Qt::AscendingOrder);
        QCOMPARE(board->item(0, 0)->text(), QString("1"));

        // The best row is selected: its parameters go into the Train page's form.
        QVERIFY(tune.useButton()->isEnabled());
        const QStringList best = board->item(0, 1)->data(Qt::UserRole).toStringList();
        QCOMPARE(best.size(), 2);
        QTest::qWait(100);  // let the layout take in the wrapped status line
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(panel.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/tune_panel.png")));
        QTest::mouseClick(tune.useButton(), Qt::LeftButton);
        QCOMPARE(panel.setupTabs()->currentIndex(), 0);
        auto* neighbours = panel.paramForm()->findChild<QSpinBox*>("param_n_neighbors");
        auto* weights = panel.paramForm()->findChild<QComboBox*>("param_weights");
        QVERIFY(neighbours && weights);
        QCOMPARE(QString("n_neighbors=%1").arg(neighbours->value()), best[0]);
        QCOMPARE("weights=" + weights->currentText(), best[1]);

        // A lower row can be chosen too.
        panel.setupTabs()->setCurrentIndex(1);
        board->selectRow(5);
        const QStringList last = board->item(5, 1)->data(Qt::UserRole).toStringList();
        tune.useSelected();
        QCOMPARE(QString("n_neighbors=%1").arg(neighbours->value()), last[0]);
    }

    void randomSearchDrawsFromRanges()
    {
        TrainPanel panel;
        setUpKnnOnIris(panel);
        TunePanel& tune = *panel.tunePanel();
        tune.modeCombo()->setCurrentIndex(1);
        QVERIFY(tune.iterationsSpin()->isEnabled());
        tune.iterationsSpin()->setValue(4);
        tune.foldsSpin()->setValue(3);
        typeValues(tune, "n_neighbors", "1:30");
        QVERIFY(searchAndWait(tune));
        QCOMPARE(tune.leaderboard()->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            const QStringList params = tune.leaderboard()->item(row, 1)->data(Qt::UserRole).toStringList();
            const int k = params.value(0).section('=', 1).toInt();
            QVERIFY2(k >= 1 && k <= 30, qPrintable(params.join(' ')));
        }
    }

    void badValuesAreExplained()
    {
        TrainPanel panel;
        setUpKnnOnIris(panel);
        TunePanel& tune = *panel.tunePanel();
        typeValues(tune, "n_neighbors", "0,3");
        QVERIFY(!searchAndWait(tune));
        QVERIFY2(tune.lastError().contains("n_neighbors") && tune.lastError().contains("below the minimum 1"),
                 qPrintable(tune.lastError()));
        QVERIFY(tune.runButton()->isEnabled());

        typeValues(tune, "n_neighbors", "1:9");  // a range, but the search is a grid
        QVERIFY(!searchAndWait(tune));
        QVERIFY2(tune.lastError().contains("random search"), qPrintable(tune.lastError()));
    }

    void parametersSetOnTheTrainPageStayFixed()
    {
        TrainPanel panel;
        panel.setTable(loadSample("iris.csv"));
        panel.modelCombo()->setCurrentText("knn");
        QVERIFY(panel.paramForm()->setValue("weights", "distance"));
        QVERIFY(panel.paramForm()->setValue("n_neighbors", "9"));
        panel.setupTabs()->setCurrentIndex(1);
        TunePanel& tune = *panel.tunePanel();
        typeValues(tune, "n_neighbors", "3,5");
        // weights stays as the Train page has it; n_neighbors is searched instead.
        QCOMPARE(tune.currentSpec().base.params, std::vector<std::string>{"weights=distance"});
    }

    void cancelStopsTheSearch()
    {
        TrainPanel panel;
        panel.show();
        setUpKnnOnIris(panel);
        TunePanel& tune = *panel.tunePanel();
        QStringList many;
        for (int k = 1; k <= 100; ++k) many << QString::number(k);
        tune.valuesEdit("n_neighbors")->setText(many.join(','));
        typeValues(tune, "weights", "uniform,distance");
        QSignalSpy finished(&tune, &TunePanel::searchFinished);
        QTest::mouseClick(tune.runButton(), Qt::LeftButton);
        QVERIFY(tune.cancelButton()->isVisible());
        QTest::mouseClick(tune.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(tune.lastError().isEmpty());  // cancelled, not failed
        QCOMPARE(tune.leaderboard()->rowCount(), 0);
    }

    void readsInKorean()
    {
        mlwb::ui::UiTranslator translator;
        QVERIFY(translator.loadLanguage(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            TrainPanel panel;
            QCOMPARE(panel.setupTabs()->tabText(1), QString::fromUtf8("튜닝"));
            QCOMPARE(panel.tunePanel()->useButton()->text(), QString::fromUtf8("이 매개변수 사용(&U)"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTunePanel)
#include "test_tune_panel.moc"
