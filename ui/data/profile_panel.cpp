#include "ui/data/profile_panel.h"

#include "core/stats/profile.h"
#include "ui/data/profile_model.h"
#include "ui/jobs/job_runner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlwb::ui {

namespace {

// Paints a column's histogram as a row of small bars behind its text.
class SparklineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariantList counts = index.data(ProfileModel::HistogramRole).toList();
        if (counts.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        background.text.clear();
        QStyledItemDelegate::paint(painter, background, index);
        qulonglong peak = 1;
        for (const QVariant& count : counts) peak = std::max(peak, count.toULongLong());
        const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
        const double width = area.width() / counts.size();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.state & QStyle::State_Selected ? option.palette.highlightedText()
                                                                : QBrush(QColor(0x2f, 0x6f, 0xb5)));
        for (int i = 0; i < counts.size(); ++i) {
            const double height = area.height() * double(counts[i].toULongLong()) / double(peak);
            painter->drawRect(
                QRectF(area.left() + i * width, area.bottom() - height, std::max(1.0, width - 1), height));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {std::max(size.width(), 120), size.height()};
    }
};

}  // namespace

ProfilePanel::ProfilePanel(QWidget* parent)
    : QWidget(parent),
      m_jobs(new JobRunner(this)),
      m_model(new ProfileModel(this)),
      m_view(new QTableView(this)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("profilePanel"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ProfileModel::SortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // table order until the user asks otherwise
    m_view->setItemDelegateForColumn(ProfileModel::Distribution, new SparklineDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view, &QTableView::doubleClicked, this,
            [this, proxy](const QModelIndex& index) { emit columnActivated(proxy->mapToSource(index).row()); });

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_jobs, &JobRunner::cancel);
    connect(m_jobs, &JobRunner::jobStarted, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_jobs, &JobRunner::progressChanged, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(fraction * 1000)); });
    connect(m_jobs, &JobRunner::jobFinished, this, [this](bool ok, bool cancelled, const QString& message) {
        m_progress->hide();
        m_cancel->hide();
        if (cancelled)
            m_status->setText(tr("Profile cancelled."));
        else if (!ok)
            m_status->setText(tr("Profile failed: %1").arg(message));
    });

    auto* statusRow = new QHBoxLayout();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    m_status->setText(tr("No dataset."));
}

void ProfilePanel::setTable(const core::TablePtr& table)
{
    m_model->setProfile(nullptr);
    if (!table) {
        m_jobs->cancel();
        m_status->setText(tr("No dataset."));
        return;
    }
    m_status->setText(tr("Profiling %Ln column(s)…", "", int(table->columnCount())));
    m_jobs->run<core::TableProfile>(
        tr("Profiling"),
        [table](core::JobContext& job) {
            core::ProfileOptions options;
            options.correlations = true;
            return core::profileTable(*table, options, job);
        },
        [this, table](core::Result<core::TableProfile> result) {
            if (!result.isOk()) return;
            m_model->setProfile(std::make_shared<const core::TableProfile>(std::move(result).value()));
            m_view->resizeColumnsToContents();
            m_status->setText(tr("%L1 rows × %L2 columns").arg(table->rowCount()).arg(table->columnCount()));
            emit profileReady();
        },
        this);
}

}  // namespace mlwb::ui
