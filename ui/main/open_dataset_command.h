// OpenDatasetCommand: opening a dataset as an undoable edit, so Edit > Undo brings back
// the dataset shown before. Holds both tables by shared pointer: no data is copied.
#pragma once

#include "core/data/table.h"

#include <QString>
#include <QUndoCommand>

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
};

}  // namespace mlwb::ui
