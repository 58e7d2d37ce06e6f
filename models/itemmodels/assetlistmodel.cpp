#include "assetlistmodel.h"

#include <QFont>

namespace Govscope::Models {

AssetListModel::AssetListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AssetListModel::setAssets(const QString &org, const QList<Asset> &assets)
{
    beginResetModel();
    m_org = org;
    m_assets = assets;
    endResetModel();
}

void AssetListModel::clear()
{
    setAssets({}, {});
}

QString AssetListModel::typeName(AssetType type)
{
    switch (type) {
    case AssetType::Website:
        return tr("Website");
    case AssetType::Host:
        return tr("Host");
    case AssetType::MailDomain:
        return tr("Mail domain");
    case AssetType::MailHost:
        return tr("Mail host");
    case AssetType::App:
        return tr("App");
    case AssetType::Account:
        return tr("Account");
    }
    return {};
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assets.size());
}

int AssetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset &asset = m_assets.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TypeColumn:
            return typeName(asset.type);
        case ValueColumn:
            return asset.value;
        case SourceColumn:
            return asset.source == AssetSource::Declared ? tr("Declared") : tr("Discovered");
        }
    } else if (role == Qt::FontRole && index.column() == SourceColumn && asset.source == AssetSource::Discovered) {
        // Discovered assets are what the org did not declare: the ones an auditor asks about.
        QFont font;
        font.setItalic(true);
        return font;
    } else if (role == Qt::UserRole) {
        return asset.id;
    }
    return {};
}

QVariant AssetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace Govscope::Models
