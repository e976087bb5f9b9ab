#include "ui/main/open_dataset_command.h"

#include "ui/main/main_window.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mlwb::ui {

OpenDatasetCommand::OpenDatasetCommand(MainWindow* window, core::TablePtr before, QString beforePath,
                                       core::TablePtr after, QString afterPath)
    : m_window(window),
      m_before(std::move(before)),
      m_beforePath(std::move(beforePath)),
      m_after(std::move(after)),
      m_afterPath(std::move(afterPath)),
      m_beforePages(window->modelPagesState())
{
    setText(QCoreApplication::translate("mlwb::ui", "Open %1").arg(QFileInfo(m_afterPath).fileName()));
}

void OpenDatasetCommand::undo()
{
    m_afterPages = m_window->modelPagesState();
    m_window->showDataset(m_before, m_beforePath);
    m_window->restoreModelPagesState(m_beforePages);
}

void OpenDatasetCommand::redo()
{
    m_window->showDataset(m_after, m_afterPath);
    m_window->restoreModelPagesState(m_afterPages);  // nothing the first time: the pages' defaults
}

}  // namespace mlwb::ui
