// Keyboard users reach every control of a page by its Alt shortcut: no two controls shown
// together share one, in English or in Korean (the translation puts its own letters in
// brackets, "시드(&S)"), and each menu's entries have distinct letters too.
#include "ui/data/import_dialog.h"
#include "ui/main/main_window.h"
#include "ui/main/ui_translator.h"
#include "ui/models/train_panel.h"
#include "ui/models/tune_panel.h"
#include "ui_test_support.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QtTest>

namespace {

QString mnemonicOf(const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString();
}

// "Alt+S: Test share, Seed" for each shortcut that more than one text of `texts` uses.
QStringList clashes(const QStringList& texts)
{
    QMap<QString, QStringList> byKey;
    for (const QString& text : texts) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty()) byKey[key] << text;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1) out << it.key() + ": " + it.value().join(", ");
    return out;
}

// The texts with shortcuts under `page`: buddy labels, buttons, check boxes and group boxes.
QStringList shortcutTexts(const QWidget* page)
{
    QStringList texts;
    for (const QLabel* label : page->findChildren<QLabel*>())
        if (label->buddy()) texts << label->text();
    for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) texts << button->text();
    for (const QGroupBox* box : page->findChildren<QGroupBox*>()) texts << box->title();
    return texts;
}

QStringList menuClashes(const QMenuBar* bar)
{
    QStringList out, titles;
    for (QAction* action : bar->actions()) {
        titles << action->text();
        if (!action->menu()) continue;
        QStringList entries;
        for (QAction* entry : action->menu()->actions())
            if (!entry->isSeparator()) entries << entry->text();
        for (const QString& clash : clashes(entries)) out << action->text() + " menu, " + clash;
    }
    return out + clashes(titles);
}

}  // namespace

class TestShortcuts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void noTwoControlsShareAShortcut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Korean") << "ko";
    }

    void noTwoControlsShareAShortcut()
    {
        QFETCH(QString, language);
        mlwb::ui::UiTranslator translator;
        if (language == "ko") {
            QVERIFY(translator.loadLanguage(QLocale(QLocale::Korean, QLocale::SouthKorea)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        QStringList found;
        {
            mlwb::ui::TrainPanel panel;
            panel.setTable(mlwb::test::loadSample("customers.csv"));
            // The page really has its shortcuts to compare (target, features, ..., Train).
            QVERIFY(shortcutTexts(panel.setupTabs()->widget(0)).filter("&").size() >= 8);
            // Each setup page with the run row under it; kinds bring their own forms.
            for (const char* kind : {"logistic", "random_forest", "gbt", "mlp", "knn"}) {
                panel.modelCombo()->setCurrentText(kind);
                for (int page = 0; page < panel.setupTabs()->count(); ++page)
                    for (const QString& clash : clashes(shortcutTexts(panel.setupTabs()->widget(page))))
                        found << QStringLiteral("%1 page (%2): %3").arg(panel.setupTabs()->tabText(page), kind, clash);
            }
        }
        {
            mlwb::ui::ImportDialog dialog(mlwb::test::sampleData("customers.csv"));
            for (const QString& clash : clashes(shortcutTexts(&dialog))) found << "Import dialog: " + clash;
        }
        {
            mlwb::ui::MainWindow window;
            found += menuClashes(window.menuBar());
        }
        QCoreApplication::removeTranslator(&translator);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join("\n")));
    }
};

QTEST_MAIN(TestShortcuts)
#include "test_shortcuts.moc"
