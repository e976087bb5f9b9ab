// The dependency rule: core/ never includes a GUI header and mlwb_core never links a GUI
// library, so mlwb-cli runs on servers without a display.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void coreIncludesNoGuiHeader()
    {
        // Headers that pull in a display: whole GUI modules and the GUI classes of QtGui.
        const QSet<QString> guiHeaders{"QtGui",   "QtWidgets",   "QtCharts",     "QtSvg",           "QtOpenGL",
                                       "QtQuick", "QWidget",     "QApplication", "QGuiApplication", "QPainter",
                                       "QImage",  "QPixmap",     "QColor",       "QFont",           "QIcon",
                                       "QChart",  "QMainWindow", "QDialog"};
        QStringList offenders;
        int scanned = 0;
        QDirIterator it(QStringLiteral(MLWB_SOURCE_DIR "/core"), {"*.h", "*.cpp", "*.hpp", "*.in"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++scanned;
            int lineNumber = 0;
            for (const QByteArray& rawLine : file.readAll().split('\n')) {
                ++lineNumber;
                const QString line = QString::fromUtf8(rawLine).trimmed();
                if (!line.startsWith('#')) continue;
                const QString directive = line.mid(1).trimmed();
                if (!directive.startsWith(QStringLiteral("include"))) continue;
                QString header = directive.mid(7).trimmed();
                header = header.mid(1, header.size() - 2);  // strip <> or ""
                const QString module = header.section('/', 0, 0);
                if (guiHeaders.contains(module) || guiHeaders.contains(header))
                    offenders << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(lineNumber).arg(line);
            }
        }
        QVERIFY2(scanned > 10, "core/ sources not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join('\n')));
    }

    void coreBuildLinksNoGuiLibrary()
    {
        // The CMake description of every core module: none may name a GUI Qt module.
        const QRegularExpression guiTarget(QStringLiteral("Qt6::(Gui|Widgets|Charts|Svg|OpenGL|Quick)\\b"));
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
