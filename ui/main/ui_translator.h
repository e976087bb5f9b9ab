// UiTranslator: loads the workbench's translation (e.g. Korean) and looks messages up under
// the class name without its namespace too, because Qt's lupdate records "MainWindow"
// where the running code asks for "mlwb::ui::MainWindow". It also answers for the core's
// messages (context "mlwb::core"), which have a file of their own. Installed by the mlwb
// executable.
#pragma once

#include <QLocale>
#include <QTranslator>

namespace mlwb::ui {

class UiTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    // The interface's and the core's translations for `locale` (:/i18n/mlwb_<language>.qm and
    // mlwb_core_<language>.qm); false when the interface has none for it.
    bool loadLanguage(const QLocale& locale);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;

private:
    QTranslator m_core;
};

}  // namespace mlwb::ui
