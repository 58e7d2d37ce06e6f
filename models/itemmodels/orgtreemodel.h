#pragma once

#include "types.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Govscope::Models {

/// The organisations of a case as a tree by parent (an org whose parent is unknown sits at the top),
/// siblings ordered by level then id. Columns: name, kind, level, region, asset count.
///
/// Holds plain values loaded elsewhere (OrgRepository on a worker thread): it never runs SQL.
class OrgTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgTreeModel)

public:
    enum Column { NameColumn, KindColumn, LevelColumn, RegionColumn, AssetsColumn, ColumnCount };
    enum Role { OrgIdRole = Qt::UserRole + 1, AuthorizedRole };

    explicit OrgTreeModel(QObject *parent = nullptr);
    ~OrgTreeModel() override;

    /// Replaces the tree; @p assetCounts maps org id to its number of assets. When the orgs and their places in
    /// the tree are those already shown (the usual live refresh during a scan), only changed rows are
    /// updated (dataChanged), keeping expansion, selection and scroll and sparing the view a relayout of
    /// every row. Returns true when the model was reset.
    bool setOrganizations(const QList<Organization> &orgs, const QHash<QString, int> &assetCounts);
    void clear();

    /// The index (column 0) of the org with @p id, invalid when absent.
    QModelIndex indexOf(const QString &id) const;
    const Organization *organization(const QModelIndex &index) const;
    int organizationCount() const;

    /// Names of the org enums in the current UI language.
    static QString kindName(OrgKind kind);
    static QString levelName(OrgLevel level);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Organization org;
        int assets = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<Node *> children;
    };

    bool updateInPlace(const QList<Organization> &orgs, const QHash<QString, int> &assetCounts);
    Node *nodeOf(const QModelIndex &index) const;
    const std::vector<Node *> &childrenOf(const Node *node) const;

    std::vector<std::unique_ptr<Node>> m_nodes;
    std::vector<Node *> m_roots;
    QHash<QString, Node *> m_byId;
};

} // namespace Govscope::Models
