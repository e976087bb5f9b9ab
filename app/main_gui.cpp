// mlwb: the desktop workbench. Parses the command line, sets up logging and translations,
// and shows the main window (optionally opening a dataset given as an argument).
#include "core/base/logging.h"
#include "core/base/version.h"
#include "ui/charts/histogram_view.h"
#include "ui/main/main_window.h"
#include "ui/main/ui_translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

void printVersion()
{
    std::printf("mlwb %s\n", mlwb::core::versionString().c_str());
    for (const auto& [library, version] : mlwb::core::libraryVersions())
        std::printf("  %s %s\n", library.c_str(), version.c_str());
}

}  // namespace

int main(int argc, char** argv)
{
    // --version must work without a display, so answer it before QApplication starts.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            printVersion();
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlwb"));
    QApplication::setApplicationName(QStringLiteral("ML Workbench"));
    QApplication::setApplicationVersion(QString::fromStdString(mlwb::core::versionString()));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    mlwb::ui::UiTranslator translator;
    if (translator.loadLanguage(QLocale())) QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "ML Workbench: explore data, train and compare models."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("version"), QApplication::translate("main", "Print the version and exit.")});
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Open the dataset, save a picture of the window to <file>, and quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("dataset"), QApplication::translate("main", "A data file to open."));
    parser.process(app);

    mlwb::core::initLogging(mlwb::core::defaultLogDirectory(), false);

    mlwb::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) window.openDataset(QDir::current().absoluteFilePath(files.first()));

    if (parser.isSet(screenshotOption)) {
        const QString target = parser.value(screenshotOption);
        auto save = [&window, target] {
            window.grab().save(target);
            QApplication::quit();
        };
        QObject::connect(window.histogramView(), &mlwb::ui::HistogramView::histogramShown, &window,
                         [save] { QTimer::singleShot(300, save); });
        QObject::connect(&window, &mlwb::ui::MainWindow::datasetFailed, &window, [save] { save(); });
        QTimer::singleShot(60000, &app, save);  // never hang a script
    }
    return app.exec();
}
