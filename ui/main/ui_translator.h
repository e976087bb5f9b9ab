// UiTranslator: loads the workbench's translation (e.g. Korean) and looks messages up under
// the class name without its namespace too, because Qt's lupdate records "MainWindow"
// where the running code asks for "mlwb::ui::MainWindow". Installed by the mlwb executable.
#pragma once

#include <QTranslator>

namespace mlwb::ui {

class UiTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

}  // namespace mlwb::ui
