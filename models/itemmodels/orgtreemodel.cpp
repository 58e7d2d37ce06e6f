#include "orgtreemodel.h"

#include "findingdisplay.h"

#include <QSet>

#include <algorithm>

namespace Govscope::Models {

OrgTreeModel::OrgTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

OrgTreeModel::~OrgTreeModel() = default;

bool OrgTreeModel::updateInPlace(const QList<Organization> &orgs, const QHash<QString, int> &assetCounts)
{
    // m_nodes keeps the order of the list it was built from (duplicates dropped, which makes sizes differ).
    if (orgs.isEmpty() || orgs.size() != qsizetype(m_nodes.size()))
        return false;
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        const Organization &now = orgs.at(i);
        const Organization &was = m_nodes[size_t(i)]->org;
        // Parent and level decide the row; anything else only changes what a row shows.
        if (now.id != was.id || now.parent != was.parent || now.level != was.level)
            return false;
    }
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        Node *node = m_nodes[size_t(i)].get();
        const Organization &now = orgs.at(i);
        const int assets = assetCounts.value(now.id);
        const bool shownChanged = node->assets != assets || node->org.name != now.name || node->org.kind != now.kind ||
                                  node->org.region != now.region || node->org.authorized != now.authorized;
        node->org = now;
        node->assets = assets;
        if (shownChanged)
            Q_EMIT dataChanged(createIndex(node->row, 0, node), createIndex(node->row, ColumnCount - 1, node));
    }
    return true;
}

bool OrgTreeModel::setOrganizations(const QList<Organization> &orgs, const QHash<QString, int> &assetCounts)
{
    if (updateInPlace(orgs, assetCounts))
        return false;
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    m_nodes.reserve(orgs.size());
    for (const Organization &org : orgs) {
        if (m_byId.contains(org.id))
            continue; // ids are unique in a case; a duplicate would make two rows share one index
        auto node = std::make_unique<Node>();
        node->org = org;
        node->assets = assetCounts.value(org.id);
        m_byId.insert(org.id, node.get());
        m_nodes.push_back(std::move(node));
    }
    for (const auto &node : m_nodes) {
        Node *parent = m_byId.value(node->org.parent);
        // A parent chain that loops back (A under B under A) would hide its orgs from the tree: such an
        // org is shown at the top instead.
        QSet<const Node *> seen{node.get()};
        for (const Node *up = parent; up; up = m_byId.value(up->org.parent)) {
            if (seen.contains(up)) {
                parent = nullptr;
                break;
            }
            seen.insert(up);
        }
        node->parent = parent;
        (parent ? parent->children : m_roots).push_back(node.get());
    }
    const auto byLevelThenId = [](const Node *a, const Node *b) {
        if (a->org.level != b->org.level) {
            // Unknown level sorts last rather than first.
            const int la = a->org.level == OrgLevel::Unknown ? 99 : int(a->org.level);
            const int lb = b->org.level == OrgLevel::Unknown ? 99 : int(b->org.level);
            return la < lb;
        }
        return a->org.id < b->org.id;
    };
    const auto sortChildren = [&](std::vector<Node *> &list) {
        std::sort(list.begin(), list.end(), byLevelThenId);
        for (int i = 0; i < int(list.size()); ++i)
            list[i]->row = i;
    };
    sortChildren(m_roots);
    for (const auto &node : m_nodes)
        sortChildren(node->children);
    endResetModel();
    return true;
}

void OrgTreeModel::clear()
{
    setOrganizations({}, {});
}

QModelIndex OrgTreeModel::indexOf(const QString &id) const
{
    Node *node = m_byId.value(id);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

const Organization *OrgTreeModel::organization(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    return node ? &node->org : nullptr;
}

int OrgTreeModel::organizationCount() const
{
    return int(m_nodes.size());
}

QString OrgTreeModel::kindName(OrgKind kind)
{
    switch (kind) {
    case OrgKind::PartyGov:
        return tr("Party or government body");
    case OrgKind::Institution:
        return tr("Public institution");
    case OrgKind::Enterprise:
        return tr("Enterprise");
    case OrgKind::Other:
        break;
    }
    return tr("Other");
}

QString OrgTreeModel::levelName(OrgLevel level)
{
    switch (level) {
    case OrgLevel::National:
        return tr("National");
    case OrgLevel::Province:
        return tr("Provincial");
    case OrgLevel::City:
        return tr("City");
    case OrgLevel::County:
        return tr("County");
    case OrgLevel::Township:
        return tr("Township");
    case OrgLevel::Unknown:
        break;
    }
    return QString();
}

OrgTreeModel::Node *OrgTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

const std::vector<OrgTreeModel::Node *> &OrgTreeModel::childrenOf(const Node *node) const
{
    return node ? node->children : m_roots;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const auto &children = childrenOf(nodeOf(parent));
    if (row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, column, children[row]);
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const Organization &org = node->org;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return org.name.isEmpty() ? org.id : org.name;
        case KindColumn:
            return kindName(org.kind);
        case LevelColumn:
            return levelName(org.level);
        case RegionColumn:
            return org.region;
        case AssetsColumn:
            return node->assets;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return FindingDisplay::plainToolTip(
                tr("%1 (id %2)%3")
                    .arg(org.name, org.id, org.authorized ? tr(", authorised for active tests") : QString()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AssetsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OrgIdRole:
        return org.id;
    case AuthorizedRole:
        return org.authorized;
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Level");
    case RegionColumn:
        return tr("Region");
    case AssetsColumn:
        return tr("Assets");
    }
    return {};
}

} // namespace Govscope::Models
