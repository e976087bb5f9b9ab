#include "ui/main/ui_translator.h"

#include <cstring>

namespace mlwb::ui {

QString UiTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context) return text;
    static constexpr char prefix[] = "mlwb::ui::";
    if (std::strncmp(context, prefix, sizeof prefix - 1) == 0)
        return QTranslator::translate(context + sizeof prefix - 1, sourceText, disambiguation, n);
    return text;
}

}  // namespace mlwb::ui
