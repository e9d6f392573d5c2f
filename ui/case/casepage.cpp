#include "ui/case/casepage.h"

#include "core/services/caseservice.h"
#include "ui/case/caseactions.h"
#include "ui/case/casefilerows.h"
#include "ui/case/casesectionmodel.h"
#include "ui/common/errortext.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"
#include "ui/finance/ledgertab.h"
#include "ui/shell/sessioncontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace caseledger::ui {

namespace {

std::size_t slot(CasePage::Section section)
{
    return static_cast<std::size_t>(section);
}

} // namespace

CasePage::CasePage(SessionController& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("casePage"));
    setAccessibleName(tr("Case"));
    m_actions = new CaseActions(session, this);
    m_title = new QLabel(tr("No case is open. Open one from the caseload, the worklist or the "
                            "search (Ctrl+K)."),
        this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setAccessibleName(tr("Case title"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_title->setFont(font);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->setAccessibleName(tr("Case status message"));
    m_status->setWordWrap(true);
    m_reload
        = button(tr("Reload &case"), QStringLiteral("reloadCaseButton"), tr("Reload the case"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setAccessibleName(tr("Case sections"));
    createTabs();

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_reload, &QPushButton::clicked, this, [this] { reload(); });
    connect(&m_session, &SessionController::locked, this, &CasePage::clear);
    connect(&m_session, &SessionController::signedOut, this, &CasePage::clear);
    connect(&m_session, &SessionController::busyChanged, this, &CasePage::updateActions);
    updateActions();
}

CasePage::~CasePage() = default;

QPushButton* CasePage::button(
    const QString& text, const QString& objectName, const QString& accessible)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    return b;
}

void CasePage::createTabs()
{
    m_tabs->addTab(createSummaryTab(), tr("&Summary"));

    m_addPerson = button(
        tr("&Add person…"), QStringLiteral("addPersonButton"), tr("Add a person to the case"));
    m_editPerson = button(tr("Edit &person…"), QStringLiteral("editPersonButton"),
        tr("Correct the selected person's record or enter a new address"));
    m_reveal = button(tr("Re&veal SSN…"), QStringLiteral("revealSsnButton"),
        tr("Reveal the SSN of the selected person"));
    m_recordParentage = button(
        tr("Record &parentage…"), QStringLiteral("recordParentageButton"), tr("Record parentage"));
    m_addOrder
        = button(tr("Add &order…"), QStringLiteral("addOrderButton"), tr("Record a support order"));
    m_modifyOrder = button(tr("&Modify order…"), QStringLiteral("modifyOrderButton"),
        tr("Record a modification of the selected order"));
    m_endOrder = button(tr("E&nd order…"), QStringLiteral("endOrderButton"),
        tr("Record the end date of the selected order"));
    m_openCalculation = button(tr("Show calc&ulation…"), QStringLiteral("openCalculationButton"),
        tr("Show the guideline calculation of the selected order"));
    m_addNote = button(tr("Add &note…"), QStringLiteral("addNoteButton"), tr("Add a case note"));
    m_correctNote = button(tr("C&orrect note…"), QStringLiteral("correctNoteButton"),
        tr("Add a correction of the selected note"));
    m_completeTask = button(tr("Co&mplete task…"), QStringLiteral("completeTaskButton"),
        tr("Complete the selected task"));
    m_showProtected = button(tr("Show &whereabouts…"), QStringLiteral("showProtectedButton"),
        tr("Show the protected whereabouts of the selected person under a recorded authority"));

    m_tabs->addTab(createSectionTab(Section::People, CaseFileRows::peopleHeaders(),
                       {m_addPerson, m_editPerson, m_reveal, m_showProtected}, tr("People")),
        tr("P&eople"));
    m_tabs->addTab(createSectionTab(Section::Parentage, CaseFileRows::parentageHeaders(),
                       {m_recordParentage}, tr("Parentage")),
        tr("Pa&rentage"));
    m_tabs->addTab(createSectionTab(Section::Orders, CaseFileRows::orderHeaders(),
                       {m_addOrder, m_modifyOrder, m_endOrder, m_openCalculation}, tr("Orders")),
        tr("Or&ders"));
    m_tabs->addTab(createSectionTab(Section::Notes, CaseFileRows::noteHeaders(),
                       {m_addNote, m_correctNote}, tr("Notes")),
        tr("No&tes"));
    m_tabs->addTab(createSectionTab(
                       Section::Tasks, CaseFileRows::taskHeaders(), {m_completeTask}, tr("Tasks")),
        tr("Tas&ks"));
    m_tabs->addTab(
        createSectionTab(Section::History, CaseFileRows::historyHeaders(), {}, tr("History")),
        tr("H&istory"));
    // Issue 4 item 7: the ledger reads only when its tab is shown (opening a case: one audit).
    m_ledgerTab = new LedgerTab(m_session, this);
    m_tabs->addTab(m_ledgerTab, tr("&Ledger"));
    connect(this, &CasePage::caseLoaded, m_ledgerTab, &LedgerTab::setCase);

    connectActions();
}

QWidget* CasePage::createSummaryTab()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setAccessibleName(tr("Case summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setMargin(12);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    m_assign = button(
        tr("&Assign…"), QStringLiteral("assignCaseButton"), tr("Assign the case to a worker"));
    m_close = button(tr("Cl&ose case…"), QStringLiteral("closeCaseButton"),
        tr("Close the case for a reason of 45 CFR 303.11(b)"));
    m_reopen = button(tr("Reo&pen case…"), QStringLiteral("reopenCaseButton"),
        tr("Reopen the case or cancel its pending closure"));
    auto* tab = new QWidget(this);
    tab->setAccessibleName(tr("Summary"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_assign, m_close, m_reopen})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    return tab;
}

void CasePage::connectActions()
{
    connect(m_addPerson, &QPushButton::clicked, m_actions, &CaseActions::addPerson);
    connect(m_editPerson, &QPushButton::clicked, m_actions, &CaseActions::editPerson);
    connect(m_reveal, &QPushButton::clicked, m_actions, &CaseActions::revealSsn);
    connect(m_recordParentage, &QPushButton::clicked, m_actions, &CaseActions::recordParentage);
    connect(m_addOrder, &QPushButton::clicked, m_actions, &CaseActions::addOrder);
    connect(m_modifyOrder, &QPushButton::clicked, m_actions, &CaseActions::modifyOrder);
    connect(m_endOrder, &QPushButton::clicked, m_actions, &CaseActions::endOrder);
    connect(m_openCalculation, &QPushButton::clicked, m_actions, &CaseActions::openCalculation);
    connect(m_addNote, &QPushButton::clicked, m_actions, &CaseActions::addNote);
    connect(m_correctNote, &QPushButton::clicked, m_actions, &CaseActions::correctNote);
    connect(m_completeTask, &QPushButton::clicked, m_actions, &CaseActions::completeTask);
    connect(m_showProtected, &QPushButton::clicked, m_actions, &CaseActions::showWhereabouts);
    connect(m_assign, &QPushButton::clicked, m_actions, &CaseActions::assignCase);
    connect(m_close, &QPushButton::clicked, m_actions, &CaseActions::closeCase);
    connect(m_reopen, &QPushButton::clicked, m_actions, &CaseActions::reopenCase);
}

QWidget* CasePage::createSectionTab(Section section, const QStringList& headers,
    std::initializer_list<QPushButton*> buttons, const QString& name)
{
    auto* tab = new QWidget(this);
    tab->setAccessibleName(name);
    auto* model = new CaseSectionModel(headers, this);
    auto* table = new QTableView(tab);
    table->setObjectName(QStringLiteral("caseTable%1").arg(static_cast<int>(section)));
    table->setAccessibleName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Every widget has an accessible name (DESIGN §7), the headers too.
    table->verticalHeader()->setAccessibleName(tr("Rows"));
    table->horizontalHeader()->setAccessibleName(tr("Columns"));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(140);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(table, 1);
    if (buttons.size() > 0) {
        auto* row = new QHBoxLayout;
        for (QPushButton* b : buttons) {
            b->setParent(tab);
            row->addWidget(b);
        }
        row->addStretch(1);
        layout->addLayout(row);
    }
    m_models[slot(section)] = model;
    m_tables[slot(section)] = table;
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CasePage::updateActions);
    return tab;
}

CaseSectionModel* CasePage::model(Section section) const
{
    return m_models[slot(section)];
}

QTableView* CasePage::table(Section section) const
{
    return m_tables[slot(section)];
}

QString CasePage::caseNumber() const
{
    return m_file ? toQString(m_file->record.number) : QString();
}

QString CasePage::summaryText() const
{
    return m_summary->text();
}

QString CasePage::statusText() const
{
    return m_status->text();
}

void CasePage::showStatus(const QString& text, bool error)
{
    showStatusLine(m_status, text, error);
}

std::optional<core::Uuid> CasePage::currentId(Section section) const
{
    return model(section)->idAt(table(section)->currentIndex());
}

void CasePage::openCase(const QString& caseRef)
{
    m_doneText.clear();
    m_caseRef = caseRef;
    m_loading = true;
    showStatus(tr("Opening case %1…").arg(caseRef));
    const quint64 generation = ++m_generation;
    m_session.run<core::CaseFile>(
        this,
        [ref = toStdString(caseRef)](
            JobContext& job) { return core::CaseService(job.workspace).view(job.session, ref); },
        [this, generation](core::Result<core::CaseFile> file) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!file) {
                showStatus(ErrorText::forError(file.error()), true);
                return;
            }
            showFile(std::move(file).value());
        });
}

void CasePage::reload(const QString& doneText)
{
    if (m_caseRef.isEmpty())
        return;
    openCase(m_file ? toQString(m_file->record.number) : m_caseRef);
    m_doneText = doneText; // after openCase, which forgets any earlier one
}

void CasePage::showFile(core::CaseFile file)
{
    m_file = std::move(file);
    const core::CaseFile& f = *m_file;
    QString title = tr("Case %1 — %2, %3")
                        .arg(toQString(f.record.number), toQString(core::labelOf(f.record.status)),
                            toQString(core::labelOf(f.record.phase)));
    if (f.familyViolence)
        title += tr(" — family violence indicator");
    m_title->setText(title);
    m_summary->setText(CaseFileRows::summary(f));
    model(Section::People)->setRows(CaseFileRows::people(f));
    model(Section::Parentage)->setRows(CaseFileRows::parentage(f));
    model(Section::Orders)->setRows(CaseFileRows::orders(f));
    model(Section::Notes)->setRows(CaseFileRows::notes(f));
    model(Section::Tasks)->setRows(CaseFileRows::tasks(f, m_session.clock().today()));
    model(Section::History)->setRows(CaseFileRows::history(f));
    for (QTableView* t : m_tables)
        if (t->model()->rowCount() > 0)
            t->setCurrentIndex(t->model()->index(0, 0));
    showStatus(std::exchange(m_doneText, QString()));
    updateActions();
    Q_EMIT caseLoaded(toQString(f.record.number));
}

void CasePage::clear()
{
    // S8: nothing of the locked session stays behind the hidden window.
    ++m_generation;
    m_loading = false;
    m_file.reset();
    m_caseRef.clear();
    m_title->setText(tr("No case is open."));
    m_summary->clear();
    for (CaseSectionModel* m : m_models)
        m->clear();
    m_ledgerTab->clear();
    showStatus(QString());
    m_actions->closeDialogs();
    updateActions();
}

void CasePage::updateActions()
{
    const bool ready = m_file.has_value() && m_session.isUnlocked();
    const core::Session& s = m_session.session();
    const bool active = ready && m_file->record.status != core::CaseStatus::Closed;
    m_reload->setEnabled(ready);
    m_addPerson->setEnabled(
        active && s.may(core::Action::PersonAdd) && s.may(core::Action::CaseUpdate));
    m_editPerson->setEnabled(
        active && s.may(core::Action::PersonUpdate) && currentId(Section::People).has_value());
    // Offered to everybody who reads the case; the service refuses without the grant (S13).
    m_reveal->setEnabled(ready && currentId(Section::People).has_value());
    m_recordParentage->setEnabled(active && s.may(core::Action::ParentageRecord));
    m_addOrder->setEnabled(active && s.may(core::Action::OrderAdd));
    m_modifyOrder->setEnabled(
        active && s.may(core::Action::OrderModify) && currentId(Section::Orders));
    const auto* order = model(Section::Orders)->rowAt(table(Section::Orders)->currentIndex());
    const auto orderId = currentId(Section::Orders);
    // Also on a closed case (as the service allows): an order can outlive the case's closure
    // and still needs its end recorded.
    m_endOrder->setEnabled(ready && s.may(core::Action::OrderModify) && orderId
        && std::any_of(m_file->orders.begin(), m_file->orders.end(),
            [&](const core::SupportOrder& o) { return o.id == *orderId && !o.endDate; }));
    m_openCalculation->setEnabled(ready && order && order->link.has_value());
    m_addNote->setEnabled(active && s.may(core::Action::NoteAdd));
    m_correctNote->setEnabled(
        active && s.may(core::Action::NoteAdd) && currentId(Section::Notes).has_value());
    const auto taskId = currentId(Section::Tasks);
    const bool openTask = ready && taskId
        && std::any_of(m_file->tasks.begin(), m_file->tasks.end(),
            [&](const core::Task& t) { return t.id == *taskId && !t.doneOn; });
    m_completeTask->setEnabled(openTask && s.may(core::Action::TaskComplete));
    const auto* person = model(Section::People)->rowAt(table(Section::People)->currentIndex());
    m_showProtected->setEnabled(
        ready && s.may(core::Action::FamilyViolenceOverride) && person && person->attention);
    m_assign->setEnabled(ready && s.may(core::Action::CaseAssign));
    m_close->setEnabled(
        ready && s.may(core::Action::CaseClose) && m_file->record.status == core::CaseStatus::Open);
    m_reopen->setEnabled(ready && s.may(core::Action::CaseReopen)
        && m_file->record.status != core::CaseStatus::Open);
}

} // namespace caseledger::ui
