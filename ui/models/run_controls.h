// RunControls: the run row of a page that works in the background (its button, a progress
// bar and Cancel while a job runs) and the status line under it, following a JobRunner.
// Used by the Train and Tune pages of the Train and Evaluate dock.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace mlwb::ui {

class JobRunner;

class RunControls : public QWidget {
    Q_OBJECT
public:
    // `cancelledText` ("Training cancelled.") and `failedText` ("Cannot train: %1") are
    // what the status line says when a job ends so.
    RunControls(const QString& buttonText, JobRunner* jobs, const QString& cancelledText, const QString& failedText,
                QWidget* parent = nullptr);

    QPushButton* runButton() const { return m_run; }
    QToolButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }

    // Whether there is something to run (a dataset): the button is enabled when idle.
    void setReady(bool ready);
    // A job starts: progress from zero, Cancel shown, the button and any error colour off.
    void showStarted();
    // The settings changed: an error about the earlier ones no longer applies, so the
    // status line drops it. Other messages stay.
    void clearError();

signals:
    // A job ended without a result: cancelled, or failed with `message`.
    void jobStopped(bool cancelled, const QString& message);

private:
    QPushButton* m_run;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QLabel* m_status;
    bool m_ready = false;
    bool m_showingError = false;
};

}  // namespace mlwb::ui
