// The interface ships in Korean: the embedded translation loads and the main window's
// menus and status bar read in Korean, found under the classes' namespaced names; the core's
// messages (here, why a file cannot be opened) read in Korean too, with their values filled in.
#include "core/ml/matrix.h"
#include "ui/main/main_window.h"
#include "ui/main/ui_translator.h"
#include "ui/models/param_form.h"
#include "ui/models/train_panel.h"
#include "ui_test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

namespace {

bool containsHangul(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) return true;
    return false;
}

// The message the main window gives for opening `path`, which cannot be read.
QString openFailure(const QString& path)
{
    mlwb::ui::MainWindow window;
    QSignalSpy failed(&window, &mlwb::ui::MainWindow::datasetFailed);
    window.openDataset(path);
    if (!failed.wait(30000)) return QString();
    return failed.first().first().toString();
}

}  // namespace

class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void koreanTranslationIsEmbeddedAndUsed()
    {
        mlwb::ui::UiTranslator translator;
        QVERIFY(translator.loadLanguage(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            mlwb::ui::MainWindow window;
            QStringList menus;
            for (QAction* action : window.menuBar()->actions()) menus << action->text();
            QVERIFY2(menus.contains(QString::fromUtf8("파일(&F)")), qPrintable(menus.join(", ")));
            QVERIFY(menus.contains(QString::fromUtf8("도움말(&H)")));
            QCOMPARE(window.windowTitle(), QString::fromUtf8("ML 워크벤치"));
        }
        QCoreApplication::removeTranslator(&translator);
        mlwb::ui::MainWindow english;
        QCOMPARE(english.windowTitle(), QString("ML Workbench"));
    }

    void coreMessagesReadInKorean()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath("empty.csv");
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        mlwb::ui::UiTranslator translator;
        QVERIFY(translator.loadLanguage(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString korean = openFailure(empty);
        // Words the core puts inside its messages are translated too.
        const QString task = QString::fromStdString(mlwb::core::ml::taskDisplayName(mlwb::core::ml::Task::Regression));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(task, QString::fromUtf8("회귀"));
        QCOMPARE(QString::fromStdString(mlwb::core::ml::taskDisplayName(mlwb::core::ml::Task::Regression)),
                 QString("regression"));
        QVERIFY2(containsHangul(korean), qPrintable(korean));
        QVERIFY2(korean.contains("empty.csv"), qPrintable(korean));  // the placeholder got its value

        const QString english = openFailure(empty);
        QVERIFY2(english.contains("the file is empty"), qPrintable(english));
    }

    // The parameter forms' tooltips come from the core's schemas and read in Korean too.
    void parameterHelpReadsInKorean_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("param");
        QTest::newRow("knn") << "knn"
                             << "n_neighbors";
        QTest::newRow("naive_bayes") << "naive_bayes"
                                     << "alpha";
        QTest::newRow("tree") << "tree"
                              << "ccp_alpha";
        QTest::newRow("gbt") << "gbt"
                             << "learning_rate";
    }

    void parameterHelpReadsInKorean()
    {
        QFETCH(QString, kind);
        QFETCH(QString, param);
        const auto tooltip = [&] {
            mlwb::ui::TrainPanel panel;
            panel.setTable(mlwb::test::loadSample("iris.csv"));
            panel.modelCombo()->setCurrentText(kind);
            auto* editor = panel.paramForm()->findChild<QWidget*>("param_" + param);
            return editor ? editor->toolTip() : QString();
        };
        const QString english = tooltip();
        QVERIFY2(!english.isEmpty() && !containsHangul(english), qPrintable(english));
        mlwb::ui::UiTranslator translator;
        QVERIFY(translator.loadLanguage(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString korean = tooltip();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(containsHangul(korean), qPrintable(korean));
    }
};

QTEST_MAIN(TestTranslation)
#include "test_translation.moc"
