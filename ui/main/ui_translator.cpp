#include "ui/main/ui_translator.h"

#include <cstring>

namespace mlwb::ui {

bool UiTranslator::loadLanguage(const QLocale& locale)
{
    const QString folder = QStringLiteral(":/i18n");
    if (!load(locale, QStringLiteral("mlwb"), QStringLiteral("_"), folder)) return false;
    (void)m_core.load(locale, QStringLiteral("mlwb_core"), QStringLiteral("_"), folder);  // English where absent
    return true;
}

QString UiTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    if (context && std::strcmp(context, "mlwb::core") == 0)
        return m_core.translate(context, sourceText, disambiguation, n);
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context) return text;
    static constexpr char prefix[] = "mlwb::ui::";
    if (std::strncmp(context, prefix, sizeof prefix - 1) == 0)
        return QTranslator::translate(context + sizeof prefix - 1, sourceText, disambiguation, n);
    return text;
}

}  // namespace mlwb::ui
