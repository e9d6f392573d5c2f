#include "ui/case/caseactions.h"

#include "core/services/caseservice.h"
#include "core/services/guidelineservice.h"
#include "core/services/noteservice.h"
#include "core/services/orderservice.h"
#include "core/services/parentageservice.h"
#include "core/services/personservice.h"
#include "core/services/taskservice.h"
#include "ui/case/addpersondialog.h"
#include "ui/case/casepage.h"
#include "ui/case/casesectionmodel.h"
#include "ui/case/closecasedialog.h"
#include "ui/case/editpersondialog.h"
#include "ui/case/endorderdialog.h"
#include "ui/case/guidelinecalculationdialog.h"
#include "ui/case/notedialog.h"
#include "ui/case/orderdialog.h"
#include "ui/case/parentagedialog.h"
#include "ui/case/revealssndialog.h"
#include "ui/common/dialogjob.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/common/reasondialog.h"
#include "ui/guideline/guidelinepage.h"
#include "ui/guideline/guidelineprefill.h"
#include "ui/shell/sessioncontroller.h"

#include <QDialog>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace caseledger::ui {

namespace {

QDate toQDate(core::Date d)
{
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}

} // namespace

CaseActions::CaseActions(SessionController& session, CasePage* page)
    : QObject(page)
    , m_session(session)
    , m_page(page)
{ }

CaseActions::~CaseActions() = default;

template<class Dialog, class Work>
void CaseActions::runDialog(Dialog* dialog, Work work, const QString& doneText)
{
    m_lastDialog = dialog;
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); }, std::move(work),
        [this, doneText](const auto&) { reloadWith(doneText); });
}

void CaseActions::reloadWith(const QString& doneText)
{
    m_page->reload(doneText);
}

void CaseActions::addPerson()
{
    const std::string number = toStdString(m_page->caseNumber());
    runDialog(
        new AddPersonDialog(m_page),
        [number](JobContext& job, const AddPersonForm& form) {
            return AddPersonDialog::run(job.workspace, job.session, number, form);
        },
        tr("The person was added to the case."));
}

void CaseActions::editPerson()
{
    const auto& file = m_page->file();
    const auto person = selectedPerson();
    if (!file || !person)
        return;
    const auto view = std::find_if(file->people.begin(), file->people.end(),
        [&](const core::CaseParticipantView& p) { return p.person.id == person->first; });
    if (view == file->people.end())
        return;
    runDialog(
        new EditPersonDialog(view->person, m_session.clock().today(), m_page),
        [](JobContext& job, const EditPersonForm& form) {
            return EditPersonDialog::run(job.workspace, job.session, form);
        },
        tr("The person's record was saved."));
}

void CaseActions::recordParentage()
{
    const auto& file = m_page->file();
    if (!file)
        return;
    std::vector<ParentageDialog::Choice> children;
    std::vector<ParentageDialog::Choice> parents;
    for (const auto& p : file->people) {
        auto& list = p.participant.role == core::ParticipantRole::Child ? children : parents;
        list.emplace_back(p.person.id, toQString(p.person.displayName));
    }
    runDialog(
        new ParentageDialog(std::move(children), std::move(parents), m_page->caseNumber(), m_page),
        [](JobContext& job, const core::RecordParentageRequest& r) {
            return core::ParentageService(job.workspace).record(job.session, r);
        },
        tr("Parentage was recorded."));
}

void CaseActions::addOrder()
{
    auto* dialog = orderDialog(OrderDialog::Mode::NewOrder);
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->newOrder(); },
        [number = toStdString(m_page->caseNumber())](
            JobContext& job, const core::NewOrderRequest& r) {
            return core::OrderService(job.workspace).add(job.session, number, r);
        },
        [this](const auto&) { reloadWith(tr("The order was recorded.")); });
}

void CaseActions::modifyOrder()
{
    const auto orderId = m_page->currentId(CasePage::Section::Orders);
    if (!orderId)
        return;
    auto* dialog = orderDialog(OrderDialog::Mode::Modification);
    if (const auto& file = m_page->file())
        for (const auto& order : file->orders)
            if (order.id == *orderId && order.latest())
                dialog->startFrom(*order.latest());
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->terms(); },
        [id = *orderId](JobContext& job, const core::OrderTerms& terms) {
            return core::OrderService(job.workspace).modify(job.session, id, terms);
        },
        [this](const auto&) { reloadWith(tr("The modification was recorded.")); });
}

void CaseActions::endOrder()
{
    const auto orderId = m_page->currentId(CasePage::Section::Orders);
    const auto& file = m_page->file();
    if (!orderId || !file)
        return;
    const auto order = std::find_if(file->orders.begin(), file->orders.end(),
        [&](const core::SupportOrder& o) { return o.id == *orderId; });
    if (order == file->orders.end())
        return;
    const QString name = order->courtCaseNumber.empty()
        ? tr("The order of case %1").arg(m_page->caseNumber())
        : tr("The order of court case %1").arg(toQString(order->courtCaseNumber));
    auto* dialog = new EndOrderDialog(name, file->lastEmancipation(), m_page);
    m_lastDialog = dialog;
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [id = *orderId](JobContext& job, const core::Date& endDate) {
            return core::OrderService(job.workspace).end(job.session, id, endDate);
        },
        [this](const core::SupportOrder& ended) {
            const QString on = toQString(ended.endDate ? ended.endDate->toIso() : "");
            reloadWith(m_session.session().may(core::Action::PaymentRedistribute)
                    ? tr("The order ends on %1. Payments already applied to later months move "
                         "when you redistribute them (Ledger tab, Redistribute…).")
                          .arg(on)
                    : tr("The order ends on %1. Payments already applied to later months move "
                         "when a financial worker redistributes them.")
                          .arg(on));
        });
}

OrderDialog* CaseActions::orderDialog(OrderDialog::Mode mode)
{
    auto* dialog = new OrderDialog(mode, m_session.clock().today(), m_page);
    connect(
        dialog, &OrderDialog::guidelineRequested, this, [this, dialog] { openGuideline(dialog); });
    m_lastDialog = dialog;
    return dialog;
}

void CaseActions::addNote()
{
    const std::string number = toStdString(m_page->caseNumber());
    runDialog(
        new NoteDialog(m_page),
        [number](JobContext& job, const core::NewNoteRequest& r) {
            return core::NoteService(job.workspace).add(job.session, number, r);
        },
        tr("The note was added."));
}

std::optional<std::pair<core::Uuid, QString>> CaseActions::selectedPerson() const
{
    const auto id = m_page->currentId(CasePage::Section::People);
    const auto* row = m_page->model(CasePage::Section::People)
                          ->rowAt(m_page->table(CasePage::Section::People)->currentIndex());
    if (!id || !row)
        return std::nullopt;
    return std::pair(*id, row->cells.value(0));
}

void CaseActions::revealSsn()
{
    const auto person = selectedPerson();
    if (!person)
        return;
    const auto& [personId, name] = *person;
    auto* dialog = new RevealSsnDialog(name, m_page);
    m_lastDialog = dialog;
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [id = personId](JobContext& job, const std::string& reason) {
            return core::PersonService(job.workspace).revealSsn(job.session, id, reason);
        },
        [this, name](const std::string& ssn) { showRevealedSsn(name, ssn); });
}

void CaseActions::showRevealedSsn(const QString& name, const std::string& ssn)
{
    // S13: shown once, in a box of its own, and never put in a table or a model.
    const QString digits = toQString(ssn);
    const QString shown = digits.size() == 9
        ? digits.left(3) + QLatin1Char('-') + digits.mid(3, 2) + QLatin1Char('-') + digits.mid(5)
        : digits;
    auto* box = new QMessageBox(QMessageBox::Information, tr("SSN of %1").arg(name),
        tr("The SSN of %1 is %2. This reveal was recorded in the audit log.").arg(name, shown),
        QMessageBox::Close, m_page);
    box->setObjectName(QStringLiteral("revealedSsnBox"));
    box->setAccessibleName(tr("Revealed SSN"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = box;
    box->open();
    Q_EMIT ssnRevealed(name);
}

void CaseActions::openCalculation()
{
    const auto* row = m_page->model(CasePage::Section::Orders)
                          ->rowAt(m_page->table(CasePage::Section::Orders)->currentIndex());
    if (!row || !row->link)
        return;
    const QString number = m_page->caseNumber();
    m_session.run<core::GuidelineCalculation>(
        m_page,
        [id = *row->link](JobContext& job) {
            return core::GuidelineService(job.workspace).load(job.session, id);
        },
        [this, number](core::Result<core::GuidelineCalculation> calc) {
            if (!calc) {
                m_page->showStatus(ErrorText::forError(calc.error()), true);
                return;
            }
            auto* dialog = new GuidelineCalculationDialog(*calc, number, m_page);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_lastDialog = dialog;
            dialog->open();
        });
}

GuidelinePrefill CaseActions::prefill() const
{
    GuidelinePrefill p;
    const auto& file = m_page->file();
    if (!file)
        return p;
    p.caseNumber = toQString(file->record.number);
    for (const auto& v : file->people) {
        if (v.participant.to)
            continue;
        switch (v.participant.role) {
        case core::ParticipantRole::NoncustodialParent:
            p.parents[0].name = toQString(v.person.displayName);
            break;
        case core::ParticipantRole::CustodialParty:
            p.parents[1].name = toQString(v.person.displayName);
            break;
        case core::ParticipantRole::Child:
            p.childBirthDates.push_back(
                v.person.dateOfBirth ? toQDate(*v.person.dateOfBirth) : QDate());
            break;
        case core::ParticipantRole::AllegedFather:
            if (p.parents[0].name.isEmpty())
                p.parents[0].name = toQString(v.person.displayName);
            break;
        }
    }
    p.custodialParent = 1; // the custodial party, for a default proceeding (§4055(b)(6))
    return p;
}

void CaseActions::openGuideline(OrderDialog* order)
{
    auto* dialog = new QDialog(order);
    dialog->setObjectName(QStringLiteral("orderGuidelineDialog"));
    dialog->setWindowTitle(tr("Guideline calculation for case %1").arg(m_page->caseNumber()));
    dialog->setAccessibleName(dialog->windowTitle());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 700);
    auto* page = new GuidelinePage(m_session, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(page);
    page->prefill(prefill());
    // The page saves through the audited calculator; what it accepts is saved with the case
    // (the service calculates again from the request) and attached to the order.
    connect(page, &GuidelinePage::calculationAccepted, this,
        [this, order = QPointer<OrderDialog>(order), dialog](const QString& requestJson) {
            if (order)
                saveCalculation(order, requestJson);
            dialog->accept();
        });
    m_guidelineDialog = dialog;
    dialog->open();
}

void CaseActions::saveCalculation(OrderDialog* order, const QString& requestJson)
{
    order->setWorking(true);
    m_session.run<core::GuidelineCalculation>(
        order,
        [number = toStdString(m_page->caseNumber()), json = toStdString(requestJson)](
            JobContext& job) {
            return core::GuidelineService(job.workspace).save(job.session, number, json);
        },
        [order](core::Result<core::GuidelineCalculation> calc) {
            order->setWorking(false);
            if (!calc) {
                core::Error e = calc.error();
                e.field = "guideline calculation";
                order->showError(e);
                return;
            }
            order->setGuidelineCalculation(*calc);
        });
}

void CaseActions::correctNote()
{
    const auto noteId = m_page->currentId(CasePage::Section::Notes);
    const auto* row = m_page->model(CasePage::Section::Notes)
                          ->rowAt(m_page->table(CasePage::Section::Notes)->currentIndex());
    if (!noteId || !row)
        return;
    auto* dialog = new NoteDialog(m_page);
    dialog->setCorrecting(*noteId, row->toolTip);
    const std::string number = toStdString(m_page->caseNumber());
    runDialog(
        dialog,
        [number](JobContext& job, const core::NewNoteRequest& r) {
            return core::NoteService(job.workspace).add(job.session, number, r);
        },
        tr("The correction was added."));
}

void CaseActions::completeTask()
{
    const auto taskId = m_page->currentId(CasePage::Section::Tasks);
    if (!taskId)
        return;
    runDialog(
        new ReasonDialog(
            {QStringLiteral("completeTaskDialog"), tr("Complete task"), tr("&Complete"),
                tr("What was the outcome? It is kept with the task. For a "
                   "locate task that found nobody, enter not_found: the "
                   "next quarterly attempt is scheduled (45 CFR 303.3(b)(3))."),
                tr("&Outcome:"), "outcome", tr("for example: served"),
                tr("Enter the outcome of the task.")},
            m_page),
        [id = *taskId](JobContext& job, const std::string& outcome) {
            return core::TaskService(job.workspace).complete(job.session, id, outcome);
        },
        tr("The task was completed."));
}

void CaseActions::showWhereabouts()
{
    const auto person = selectedPerson();
    if (!person)
        return;
    const auto& [personId, name] = *person;
    auto* dialog = new ReasonDialog(
        {QStringLiteral("overrideDialog"), tr("Protected whereabouts"), tr("&Show"),
            tr("%1 is protected by a family violence indicator. Their whereabouts may be shown "
               "only under an authority such as a court order (42 U.S.C. §654(26)). The "
               "authority is recorded in the audit log with your name.")
                .arg(name),
            tr("&Authority:"), "authority", tr("for example: court order 24FL001234 of 2026-03-02"),
            tr("Enter the authority under which you may see the whereabouts.")},
        m_page);
    m_lastDialog = dialog;
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [id = personId](JobContext& job, const std::string& authority) {
            return core::PersonService(job.workspace).viewProtected(job.session, id, authority);
        },
        [this, name](
            const core::PersonProfile& profile) { showProfileWhereabouts(name, profile); });
}

void CaseActions::showProfileWhereabouts(const QString& name, const core::PersonProfile& profile)
{
    QStringList lines;
    for (const auto& a : profile.addresses)
        if (!a.to)
            lines << tr("Address: %1").arg(toQString(a.oneLine()));
    for (const auto& p : profile.phones)
        lines << tr("Phone: %1").arg(toQString(p.display()));
    if (lines.isEmpty())
        lines << tr("No current address or phone is on file.");
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Whereabouts of %1").arg(name),
        tr("Protected information -- do not disclose (S14). This view was recorded in the "
           "audit log.\n\n%1")
            .arg(lines.join(QLatin1Char('\n'))),
        QMessageBox::Close, m_page);
    box->setObjectName(QStringLiteral("whereaboutsBox"));
    box->setAccessibleName(tr("Protected whereabouts"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = box;
    box->open();
}

template<class Act>
void CaseActions::askForCase(const ReasonPrompt& prompt, Act act, const QString& doneText)
{
    runDialog(
        new ReasonDialog(prompt, m_page),
        [number = toStdString(m_page->caseNumber()), act](
            JobContext& job, const std::string& text) {
            core::CaseService cases(job.workspace);
            return act(cases, job.session, number, text);
        },
        doneText);
}

void CaseActions::assignCase()
{
    askForCase(
        {QStringLiteral("assignCaseDialog"), tr("Assign case"), tr("&Assign"),
            tr("Assign case %1 to a worker of the agency.").arg(m_page->caseNumber()),
            tr("&Worker's user name:"), "worker", tr("for example: caseworker03"),
            tr("Enter a user name.")},
        [](core::CaseService& cases, const core::Session& s, const std::string& number,
            const std::string& worker) { return cases.assign(s, number, worker); },
        tr("The case was assigned."));
}

void CaseActions::closeCase()
{
    const std::string number = toStdString(m_page->caseNumber());
    auto* dialog = new CloseCaseDialog(m_page->caseNumber(), m_page);
    m_lastDialog = dialog;
    runOnSubmit(
        m_session, dialog, [dialog] { return dialog->request(); },
        [number](JobContext& job, const core::CloseRequest& r) {
            return core::CaseService(job.workspace).close(job.session, number, r);
        },
        [this](const core::CloseResult& result) {
            reloadWith(result.pendingNotice
                    ? tr("The notice of closure was started; the case closes when its 60 days "
                         "have passed (45 CFR 303.11(d)(4)).")
                    : tr("The case was closed."));
        });
}

void CaseActions::reopenCase()
{
    askForCase(
        {QStringLiteral("reopenCaseDialog"), tr("Reopen case"), tr("&Reopen"),
            tr("Why is case %1 reopened (or its closure cancelled)?").arg(m_page->caseNumber()),
            tr("&Reason:"), "reason", tr("for example: the recipient answered the notice"),
            tr("Enter the reason for reopening.")},
        [](core::CaseService& cases, const core::Session& s, const std::string& number,
            const std::string& reason) { return cases.reopen(s, number, reason); },
        tr("The case was reopened."));
}

void CaseActions::closeDialogs()
{
    for (const QPointer<QDialog>& d : {m_guidelineDialog, m_lastDialog})
        if (d)
            d->reject();
}

} // namespace caseledger::ui
