// The import dialog: a live preview with the detected dialect, overrides that re-read the
// preview, per-column type overrides that reach the import options, and a readable error
// for a file that cannot be read with the chosen settings.
#include "ui/data/import_dialog.h"
#include "ui_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using mlwb::ui::ImportDialog;

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) file.write(content);
    return path;
}

bool waitForPreview(ImportDialog& dialog)
{
    QSignalSpy spy(&dialog, &ImportDialog::previewUpdated);
    return spy.wait(20000);
}

}  // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void previewShowsTheDetectedDialect()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "euro.csv", "name;price;qty\nA;1,5;3\nB;2,25;4\nC;10,0;5\n");
        ImportDialog dialog(path);
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.previewRowCount(), 3);
        auto* detected = dialog.findChild<QLabel*>("detectedLabel");
        QVERIFY2(detected->text().contains("semicolon"), qPrintable(detected->text()));
        QVERIFY2(detected->text().contains("decimal comma"), qPrintable(detected->text()));
        QCOMPARE(dialog.columnTypes()->rowCount(), 3);
        dialog.show();
        QDir().mkpath(QStringLiteral(MLWB_BINARY_DIR "/screenshots"));
        QVERIFY(dialog.grab().save(QStringLiteral(MLWB_BINARY_DIR "/screenshots/import_dialog.png")));

        // Forcing the comma delimiter re-reads the preview as one column.
        auto* delimiter = dialog.findChild<QComboBox*>("delimiterCombo");
        delimiter->setCurrentIndex(delimiter->findData(int(',')));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.columnTypes()->rowCount() < 3);
        QCOMPARE(*dialog.options().delimiter, ',');
    }

    void typeOverridesReachTheOptions()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "codes.csv", "zip,amount\n01234,5\n98765,6\n");
        ImportDialog dialog(path);
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.options().typeOverrides.empty());
        auto* combo = qobject_cast<QComboBox*>(dialog.columnTypes()->cellWidget(0, 1));
        QVERIFY(combo);
        const int textIndex = combo->findText("text");
        QVERIFY(textIndex > 0);
        combo->setCurrentIndex(textIndex);
        const auto options = dialog.options();
        QCOMPARE(options.typeOverrides.size(), size_t(1));
        QCOMPARE(options.typeOverrides.at("zip"), mlwb::core::ColumnType::Text);
    }

    void unreadableFileShowsWhyAndLenientRecovers()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "ragged.csv", "a,b\n1,2\n3,4,5\n6,7\n");
        ImportDialog dialog(path);
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.previewRowCount(), -1);
        QVERIFY2(dialog.previewError().contains("line 3"), qPrintable(dialog.previewError()));
        dialog.findChild<QCheckBox*>("lenientCheck")->setChecked(true);
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.previewRowCount(), 2);
        QVERIFY(dialog.options().lenient);
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
