// The dependency rule: core/ never includes a GUI header and mlwb_core never links a GUI
// library, so mlwb-cli runs on servers without a display.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreIncludesNoGuiHeader()
    {
        const QRegularExpression guiInclude(
            R"(^\s*#\s*include\s*[<"](QtGui|QtWidgets|QtCharts|QtSvg|QtOpenGL|QtQuick|QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QColor|QFont|QIcon|QChart|QMainWindow|QDialog)\b)",
            QRegularExpression::MultilineOption);
        QStringList offenders;
        int scanned = 0;
        QDirIterator it(QStringLiteral(MLWB_SOURCE_DIR "/core"), {"*.h", "*.cpp", "*.hpp", "*.in"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++scanned;
            const QString text = QString::fromUtf8(file.readAll());
            auto match = guiInclude.match(text);
            if (match.hasMatch()) offenders << file.fileName() + ": " + match.captured(0).trimmed();
        }
        QVERIFY2(scanned > 10, "core/ sources not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join('\n')));
    }

    void coreBuildLinksNoGuiLibrary()
    {
        // The CMake description of every core module: none may name a GUI Qt module.
        const QRegularExpression guiTarget(R"(Qt6::(Gui|Widgets|Charts|Svg|OpenGL|Quick))");
        QDirIterator it(QStringLiteral(MLWB_SOURCE_DIR "/core"), {"CMakeLists.txt"}, QDir::Files,
                        QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++scanned;
            const auto match = guiTarget.match(QString::fromUtf8(file.readAll()));
            QVERIFY2(!match.hasMatch(), qPrintable(file.fileName() + " links " + match.captured(0)));
        }
        QVERIFY(scanned >= 4);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "test_layering.moc"
