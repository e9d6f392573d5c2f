#pragma once

#include "core/base/error.h"
#include "ui/common/errortext.h"
#include "ui/shell/sessioncontroller.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace caseledger::ui {

// The signals and paging state of every list that is too long to load at once (DESIGN §7:
// a county caseload is hundreds of thousands of rows). Not a template, so that moc sees it.
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }
    // The number of rows of the whole query, when the service counts them ("1-100 of 7,312").
    std::optional<std::int64_t> total() const { return m_total; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

protected:
    quint64 m_generation = 0; // a page for an older query is dropped
    std::optional<std::int64_t> m_total;
    bool m_more = false;
    bool m_loading = false;
};

// Rows of type `Row` fetched a page at a time from a service, sorted and filtered in SQL by
// the core; the view asks for more with canFetchMore/fetchMore as the user scrolls. A model
// says how to fetch a page (requestPage) and how to show a row; the paging is here, once.
template<class Row>
class PagedTableModel : public PagedModelBase
{
public:
    explicit PagedTableModel(SessionController& session, QObject* parent = nullptr)
        : PagedModelBase(parent)
        , m_session(session)
    { }

    // Forgets every row (the session locked, or a new query starts).
    void clear()
    {
        ++m_generation;
        beginResetModel();
        m_rows.clear();
        m_total.reset();
        m_more = false;
        m_loading = false;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_more && !m_loading;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (canFetchMore(parent))
            requestPage(static_cast<int>(m_rows.size()));
    }

    const Row* rowAt(const QModelIndex& index) const
    {
        if (!index.isValid() || index.model() != this || index.row() < 0
            || static_cast<std::size_t>(index.row()) >= m_rows.size())
            return nullptr;
        return &m_rows[static_cast<std::size_t>(index.row())];
    }

protected:
    // Starts over from the first row (after the caller changed its query).
    void restart()
    {
        // A view may react to the reset with a new query of its own; then that one loads.
        const quint64 generation = m_generation + 1; // clear() counts one before resetting
        clear();
        if (generation == m_generation)
            requestPage(0);
    }

    // Asks the service for `kPageSize` rows from `offset`, through fetchPage.
    virtual void requestPage(int offset) = 0;

    // Runs `fetch` on the database thread and appends its rows. `Page` has `rows` and `more`,
    // and may have an optional `total`.
    template<class Page>
    void fetchPage(std::function<core::Result<Page>(JobContext&)> fetch)
    {
        // Before sign-in (a view sorts on creation) and while locked there is nothing to read.
        if (!m_session.isUnlocked())
            return;
        m_loading = true;
        const quint64 generation = m_generation;
        m_session.run<Page>(this, std::move(fetch), [this, generation](core::Result<Page> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                Q_EMIT failed(ErrorText::forError(page.error()));
                return;
            }
            if constexpr (requires { page->total; }) {
                if (page->total)
                    m_total = page->total;
            }
            append(std::move(page->rows));
            m_more = page->more;
            m_loading = false;
            Q_EMIT loaded();
        });
    }

    template<class Matches>
    QModelIndex indexWhere(Matches matches, int column) const
    {
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            if (matches(m_rows[row]))
                return index(static_cast<int>(row), column);
        return {};
    }

    const Row& rowRef(const QModelIndex& index) const
    {
        return m_rows[static_cast<std::size_t>(index.row())];
    }

private:
    void append(std::vector<Row>&& rows)
    {
        // Still "loading" while the rows go in: a view or a tester that asks for more from
        // inside the insertion would otherwise ask for this same page again.
        if (rows.empty())
            return;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
        for (auto& row : rows)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }

    SessionController& m_session;
    std::vector<Row> m_rows;
};

} // namespace caseledger::ui
