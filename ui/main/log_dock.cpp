#include "ui/main/log_dock.h"

#include "core/base/logging.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>

namespace mlwb::ui {

LogDock::LogDock(QWidget* parent) : QDockWidget(tr("Log"), parent), m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(5000);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWidget(m_view);
    QPointer<LogDock> self(this);
    m_listenerId = core::addLogListener([self](core::LogLevel, const std::string& line) {
        // Log lines come from worker threads; hop to the GUI thread before touching the widget.
        QMetaObject::invokeMethod(
            qApp,
            [self, text = QString::fromStdString(line)] {
                if (self) self->appendLine(text);
            },
            Qt::QueuedConnection);
    });
}

LogDock::~LogDock()
{
    core::removeLogListener(m_listenerId);
}

void LogDock::appendLine(const QString& line)
{
    m_view->appendPlainText(line);
}

QString LogDock::text() const
{
    return m_view->toPlainText();
}

}  // namespace mlwb::ui
