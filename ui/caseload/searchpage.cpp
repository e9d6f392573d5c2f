#include "ui/caseload/searchpage.h"

#include "core/services/searchservice.h"
#include "ui/caseload/searchresultmodel.h"
#include "ui/common/errortext.h"
#include "ui/common/listtable.h"
#include "ui/common/qtext.h"
#include "ui/shell/sessioncontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

SearchPage::SearchPage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SearchResultModel(this))
{
    setObjectName(QStringLiteral("searchPage"));
    setAccessibleName(tr("Search results"));

    auto* title = new QLabel(tr("Search"), this);
    title->setAccessibleName(tr("Page title"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchPageEdit"));
    m_query->setAccessibleName(tr("Search people and cases"));
    m_query->setPlaceholderText(tr("Name, case number, SSN last four and date of birth, or phone"));
    m_query->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_query);

    m_table = makeListTable(this, QStringLiteral("searchResultTable"), tr("Search results"), 180);
    m_table->setModel(m_model);
    onRowActivated(m_table, [this] { openCurrent(); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_query, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(&m_session, &SessionController::locked, this, &SearchPage::sessionClosed);
    connect(&m_session, &SessionController::signedOut, this, &SearchPage::sessionClosed);
}

SearchPage::~SearchPage() = default;

QString SearchPage::statusText() const
{
    return m_status->text();
}

void SearchPage::search(const QString& text)
{
    if (m_query->text() != text)
        m_query->setText(text);
    if (text.trimmed().isEmpty()) {
        m_model->clear();
        m_status->setText(tr("Type a name, a case number, or an SSN's last four digits."));
        return;
    }
    m_searching = true;
    m_status->setText(tr("Searching…"));
    const quint64 generation = ++m_generation;
    m_session.run<core::SearchResult>(
        this,
        [query = toStdString(text)](JobContext& job) {
            return core::SearchService(job.workspace).search(job.session, query);
        },
        [this, generation](core::Result<core::SearchResult> result) {
            if (generation != m_generation)
                return;
            m_searching = false;
            if (!result) {
                m_model->clear();
                m_status->setText(ErrorText::forError(result.error()));
                return;
            }
            const bool more = result->more;
            m_model->setResult(std::move(result).value());
            const int n = m_model->rowCount();
            m_status->setText(n == 0
                    ? tr("Nothing found.")
                    : (more ? tr("The first %1 matches; type more to narrow.").arg(n)
                            : tr("%n match(es).", nullptr, n)));
            if (n > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
        });
}

void SearchPage::openCurrent()
{
    const QString number
        = m_model->data(m_table->currentIndex(), SearchResultModel::CaseNumberRole).toString();
    if (number.isEmpty()) {
        m_status->setText(tr("This person takes part in no case."));
        return;
    }
    Q_EMIT openCaseRequested(number);
}

void SearchPage::sessionClosed()
{
    // S8: nothing of the locked session stays behind the hidden window.
    ++m_generation;
    m_searching = false;
    m_model->clear();
    m_query->clear();
    m_status->clear();
}

} // namespace caseledger::ui
