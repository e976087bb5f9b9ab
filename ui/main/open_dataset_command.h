// OpenDatasetCommand: opening a dataset as an undoable edit, so Edit > Undo brings back
// the dataset shown before, with the Train and Tune pages as they were for it (and Redo the
// new one with the pages as they were when it was undone). Holds both tables by shared
// pointer: no data is copied.
#pragma once

#include "core/data/table.h"

#include <QString>
#include <QUndoCommand>
#include <QVariantMap>

namespace mlwb::ui {

class MainWindow;

class OpenDatasetCommand : public QUndoCommand {
public:
    OpenDatasetCommand(MainWindow* window, core::TablePtr before, QString beforePath, core::TablePtr after,
                       QString afterPath);
    void undo() override;
    void redo() override;

private:
    MainWindow* m_window;
    core::TablePtr m_before;
    QString m_beforePath;
    core::TablePtr m_after;
    QString m_afterPath;
    QVariantMap m_beforePages;  // the model pages' settings when the new dataset was opened
    QVariantMap m_afterPages;   // ... and when the open was undone (empty before that)
};

}  // namespace mlwb::ui
