// ProfileModel: one row per column of the dataset with its statistics (type, missing,
// distinct, mean, std, min, max, median, top value) and its histogram for the sparkline
// delegate. Read by the Profile dock; filled from a core::TableProfile computed as a job.
#pragma once

#include "core/stats/profile.h"

#include <QAbstractTableModel>

#include <memory>

namespace mlwb::ui {

class ProfileModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Missing, Distinct, Mean, Std, Min, Median, Max, Distribution, ColumnCount };
    static constexpr int HistogramRole = Qt::UserRole + 10;  // QVariantList of counts
    static constexpr int SortRole = Qt::UserRole + 11;       // numbers sort as numbers

    explicit ProfileModel(QObject* parent = nullptr);

    void setProfile(std::shared_ptr<const core::TableProfile> profile);
    const std::shared_ptr<const core::TableProfile>& profile() const { return m_profile; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::TableProfile> m_profile;
};

}  // namespace mlwb::ui
