#include "findingtablemodel.h"

#include "casefile.h"
#include "checkcatalogue.h"
#include "findingdisplay.h"
#include "findingtext.h"

#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcFindingModel, "govscope.models.findings")

struct FindingTableModel::Page
{
    QList<Finding> rows;
    qint64 total = -1;
    QString error;
};

namespace {

// The catalogue has both languages; the UI language is the default QLocale (set with the translator).
bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString familyName(const QString &family)
{
    const QString name = chineseUi() ? CheckCatalogue::familyNameZh(family) : CheckCatalogue::familyNameEn(family);
    return name.isEmpty() ? family : name;
}

QString checkTitle(const QString &check)
{
    const CheckMeta *meta = CheckCatalogue::find(check);
    if (!meta)
        return check;
    const QString title = chineseUi() ? meta->titleZh : meta->titleEn;
    return title.isEmpty() ? check : title;
}

} // namespace

// Runs on the thread pool: a connection of its own, read-only, closed before returning.
FindingTableModel::Page FindingTableModel::loadPage(const QString &path, const FindingFilter &filter, int offset,
                                                    int limit)
{
    Page page;
    Connection conn(path, true);
    if (!conn.ok()) {
        page.error = conn.error();
        return page;
    }
    auto rows = FindingRepository::find(conn.db(), filter, offset, limit);
    if (!rows) {
        page.error = rows.errorMessage();
        return page;
    }
    page.rows = std::move(*rows);
    auto total = FindingRepository::count(conn.db(), filter);
    if (!total) {
        page.error = total.errorMessage();
        return page;
    }
    page.total = *total;
    return page;
}

FindingTableModel::FindingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

FindingTableModel::~FindingTableModel() = default;

void FindingTableModel::setCasePath(const QString &path)
{
    m_path = path;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_moreAvailable = false;
    endResetModel();
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    setPending(false);
    if (!m_path.isEmpty())
        startLoad(LoadKind::Replace, 0, PageSize);
}

void FindingTableModel::setFilter(const FindingFilter &filter)
{
    const FindingFilter::SortKey key = m_filter.sortKey;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    if (!m_path.isEmpty())
        startLoad(LoadKind::Replace, 0, PageSize);
}

void FindingTableModel::refresh()
{
    if (!m_path.isEmpty())
        startLoad(LoadKind::Refresh, 0, qMax(int(m_rows.size()), PageSize));
}

void FindingTableModel::setOrgNames(const QHash<QString, QString> &names)
{
    if (names == m_orgNames)
        return;
    m_orgNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OrgColumn), index(int(m_rows.size()) - 1, OrgColumn), {Qt::DisplayRole});
}

int FindingTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

const Finding *FindingTableModel::findingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

FindingFilter::SortKey FindingTableModel::sortKeyOf(int column)
{
    using Key = FindingFilter::SortKey;
    switch (column) {
    case IdColumn:
        return Key::Id;
    case SeverityColumn:
        return Key::Severity;
    case StatusColumn:
        return Key::Status;
    case OrgColumn:
        return Key::Org;
    case FamilyColumn:
        return Key::Family;
    case CheckColumn:
        return Key::Check;
    case TargetColumn:
        return Key::Target;
    case TitleColumn:
        return Key::Title;
    case LastSeenColumn:
        return Key::LastSeen;
    }
    return Key::Default;
}

void FindingTableModel::sort(int column, Qt::SortOrder order)
{
    FindingFilter::SortKey key = sortKeyOf(column);
    const bool descending = order == Qt::DescendingOrder;
    // Severity, highest first, is the default order (newest first among equals), which the indexes serve best.
    if (key == FindingFilter::SortKey::Severity && descending)
        key = FindingFilter::SortKey::Default;
    if (key == m_filter.sortKey && descending == m_filter.descending)
        return;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    if (!m_path.isEmpty())
        startLoad(LoadKind::Replace, 0, PageSize);
}

void FindingTableModel::startLoad(LoadKind kind, int offset, int limit)
{
    if (kind != LoadKind::Append)
        ++m_generation; // whatever is in flight now describes an older filter or older data
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher, kind, generation, limit] {
        watcher->deleteLater();
        applyPage(kind, generation, limit, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&FindingTableModel::loadPage, m_path, m_filter, offset, limit));
    setPending(true);
}

void FindingTableModel::applyPage(LoadKind kind, quint64 generation, int limit, const Page &page)
{
    if (generation != m_generation)
        return;
    setPending(false);
    if (!page.error.isEmpty()) {
        qCWarning(lcFindingModel) << m_path << page.error;
        Q_EMIT loadFailed(tr("Could not read the findings of %1: %2").arg(m_path, page.error));
        return;
    }
    // Views and testers call fetchMore() from inside the row signals below: until the rows are in place
    // there is nothing more to fetch, or the next page would start at a stale offset.
    m_moreAvailable = false;

    if (kind == LoadKind::Append) {
        if (!page.rows.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page.rows.size()) - 1);
            for (const Finding &f : page.rows) {
                m_rowOfId.insert(f.id, int(m_rows.size()));
                m_rows.append(f);
            }
            endInsertRows();
        }
    } else {
        bool sameRows = page.rows.size() == m_rows.size() && !m_rows.isEmpty();
        for (int i = 0; sameRows && i < m_rows.size(); ++i)
            sameRows = m_rows.at(i).id == page.rows.at(i).id;
        if (sameRows) {
            // Same findings in the same order: update in place so the view keeps selection and scroll.
            m_rows = page.rows;
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        } else if (kind != LoadKind::Refresh || !applyAsEdits(page.rows)) {
            beginResetModel();
            m_rows = page.rows;
            m_rowOfId.clear();
            for (int i = 0; i < m_rows.size(); ++i)
                m_rowOfId.insert(m_rows.at(i).id, i);
            endResetModel();
        }
    }
    m_moreAvailable = page.rows.size() >= limit;
    if (page.total != m_total) {
        m_total = page.total;
        Q_EMIT totalCountChanged(m_total);
    }
    Q_EMIT refreshed();
}

// A refresh during a scan mostly finds the loaded rows plus a few new ones (and, the range being fixed, a few
// pushed off its end) in the same order. Those become removals and insertions; anything else (rows that
// changed places) returns false for a reset.
bool FindingTableModel::applyAsEdits(const QList<Finding> &rows)
{
    if (m_rows.isEmpty() || rows.isEmpty())
        return false;
    QSet<qint64> newIds;
    newIds.reserve(rows.size());
    for (const Finding &f : rows)
        newIds.insert(f.id);
    QList<qint64> oldOrder, newOrder;
    for (const Finding &f : std::as_const(m_rows))
        if (newIds.contains(f.id))
            oldOrder.append(f.id);
    for (const Finding &f : rows)
        if (m_rowOfId.contains(f.id))
            newOrder.append(f.id);
    // Few rows in common: a reset is cheaper than a storm of edits.
    if (oldOrder != newOrder || oldOrder.size() * 2 < m_rows.size())
        return false;

    for (int i = int(m_rows.size()) - 1; i >= 0;) { // removals, bottom up, in blocks
        if (newIds.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !newIds.contains(m_rows.at(i).id))
            --i;
        beginRemoveRows({}, i + 1, last);
        m_rows.remove(i + 1, last - i);
        endRemoveRows();
    }
    for (int j = 0; j < rows.size();) { // m_rows is now the common rows in order: insert the new ones
        if (j < m_rows.size() && m_rows.at(j).id == rows.at(j).id) {
            ++j;
            continue;
        }
        const int first = j;
        while (j < rows.size() && !m_rowOfId.contains(rows.at(j).id))
            ++j;
        beginInsertRows({}, first, j - 1);
        for (int k = first; k < j; ++k)
            m_rows.insert(k, rows.at(k));
        endInsertRows();
    }
    m_rows = rows; // the common rows' values (status, last seen) may have changed too
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    return true;
}

void FindingTableModel::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT loadingChanged(pending);
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FindingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && !m_pending;
}

void FindingTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startLoad(LoadKind::Append, int(m_rows.size()), PageSize);
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return f.id;
        case SeverityColumn:
            return FindingDisplay::severityName(f.severity);
        case StatusColumn:
            return FindingDisplay::statusName(f.status);
        case OrgColumn:
            return m_orgNames.value(f.org, f.org);
        case FamilyColumn:
            return familyName(f.family);
        case CheckColumn:
            return checkTitle(f.check);
        case TargetColumn:
            return f.target;
        case TitleColumn:
            return FindingText::title(f); // in the UI language, rendered when shown

        case LastSeenColumn:
            return QLocale().toString(f.lastSeen.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OrgColumn)
            return FindingDisplay::plainToolTip(f.org);
        if (index.column() == CheckColumn || index.column() == FamilyColumn)
            return f.check;
        if (index.column() == TitleColumn || index.column() == TargetColumn)
            return FindingDisplay::plainToolTip(data(index, Qt::DisplayRole).toString());
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return FindingDisplay::severityColor(f.severity);
        if (f.status == FindingStatus::FalsePositive || f.status == FindingStatus::Fixed)
            return QColor(0x80, 0x80, 0x80); // settled findings recede
        break;
    case Qt::BackgroundRole:
        if (index.column() == SeverityColumn)
            return FindingDisplay::severityBackground(f.severity);
        break;
    case Qt::FontRole:
        if (index.column() == SeverityColumn && f.severity >= Severity::High) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FindingIdRole:
        return f.id;
    case SeverityRole:
        return int(f.severity);
    case StatusRole:
        return toId(f.status);
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case OrgColumn:
        return tr("Organisation");
    case FamilyColumn:
        return tr("Family");
    case CheckColumn:
        return tr("Check");
    case TargetColumn:
        return tr("Target");
    case TitleColumn:
        return tr("Title");
    case LastSeenColumn:
        return tr("Last seen");
    }
    return {};
}

} // namespace Govscope::Models
