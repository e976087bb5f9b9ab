// LogDock: the dock that shows the workbench's log lines as they happen (from any thread),
// so users see what a job did without opening the log file.
#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace mlwb::ui {

class LogDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LogDock(QWidget* parent = nullptr);
    ~LogDock() override;

    QString text() const;

private:
    void appendLine(const QString& line);

    QPlainTextEdit* m_view;
    int m_listenerId = 0;
};

}  // namespace mlwb::ui
