#pragma once

#include "types.h"

#include <QAbstractTableModel>

namespace Govscope::Models {

/// The assets of one organisation (websites, hosts, mail domains, apps, accounts), declared and
/// discovered. Holds values loaded elsewhere; never runs SQL.
class AssetListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetListModel)

public:
    enum Column { TypeColumn, ValueColumn, SourceColumn, ColumnCount };

    explicit AssetListModel(QObject *parent = nullptr);

    /// Replaces the list; @p org is the org they belong to (kept so a late load for another org can be told apart).
    void setAssets(const QString &org, const QList<Asset> &assets);
    void clear();
    QString org() const { return m_org; }

    static QString typeName(AssetType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_org;
    QList<Asset> m_assets;
};

} // namespace Govscope::Models
