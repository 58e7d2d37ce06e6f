#pragma once

#include "findingrepository.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Govscope::Models {

/// The findings of a case, filtered and sorted in SQL and loaded lazily in pages, so a case with a
/// million findings opens at once. Pages are read on the thread pool with their own connection; the
/// rows arrive with a queued signal, so neither data() nor fetchMore() ever waits on SQLite.
class FindingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingTableModel)

public:
    enum Column {
        IdColumn,
        SeverityColumn,
        StatusColumn,
        TitleColumn,
        TargetColumn,
        OrgColumn,
        FamilyColumn,
        CheckColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role { FindingIdRole = Qt::UserRole + 1, SeverityRole, StatusRole };
    static constexpr int PageSize = 500;

    explicit FindingTableModel(QObject *parent = nullptr);
    ~FindingTableModel() override;

    /// Points the model at a case (empty: no case) and loads the first page.
    void setCasePath(const QString &path);
    QString casePath() const { return m_path; }

    /// Filters in SQL; the sort order set by sort() is kept. Reloads from the first page.
    void setFilter(const FindingFilter &filter);
    FindingFilter filter() const { return m_filter; }

    /// Re-reads the rows loaded so far (after the writer committed), keeping the filter and order.
    /// Findings that arrived or left become row insertions and removals, not a reset, so a view keeps
    /// its scroll position and selection during a live scan. Emits refreshed() when done.
    void refresh();

    /// Org display names, shown instead of the id in the org column.
    void setOrgNames(const QHash<QString, QString> &names);

    /// Findings matching the filter in the case (not only those loaded); -1 until known.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pending; }
    /// Row of finding @p id among the loaded rows, -1 when not loaded.
    int rowOfId(qint64 id) const;
    const Finding *findingAt(int row) const;

    static FindingFilter::SortKey sortKeyOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    /// A page could not be read; @p message names the case and SQLite's reason.
    void loadFailed(const QString &message);
    /// A reload, refresh or page finished; the rows are in place.
    void refreshed();

private:
    // Replace swaps in a new first page; Refresh re-reads the loaded range of the same filter and order;
    // Append adds the next page.
    enum class LoadKind { Replace, Refresh, Append };
    struct Page;
    static Page loadPage(const QString &path, const FindingFilter &filter, int offset, int limit);

    void startLoad(LoadKind kind, int offset, int limit);
    void applyPage(LoadKind kind, quint64 generation, int limit, const Page &page);
    bool applyAsEdits(const QList<Finding> &rows);
    void setPending(bool pending);

    QString m_path;
    FindingFilter m_filter;
    QList<Finding> m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<QString, QString> m_orgNames;
    qint64 m_total = -1;
    bool m_moreAvailable = false;
    bool m_pending = false;
    // Each reload bumps the generation; a page that arrives for an older one is dropped.
    quint64 m_generation = 0;
};

} // namespace Govscope::Models
