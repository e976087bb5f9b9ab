// The interface ships in Korean: the embedded translation loads and the main window's
// menus and status bar read in Korean, found under the classes' namespaced names.
#include "ui/main/main_window.h"
#include "ui/main/ui_translator.h"
#include "ui_test_support.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QtTest>

class TestTranslation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void koreanTranslationIsEmbeddedAndUsed()
    {
        mlwb::ui::UiTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Korean, QLocale::SouthKorea), "mlwb", "_", ":/i18n"));
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
};

QTEST_MAIN(TestTranslation)
#include "test_translation.moc"
