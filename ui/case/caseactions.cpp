#include "ui/case/caseactions.h"

#include "core/services/guidelineservice.h"
#include "core/services/noteservice.h"
#include "core/services/orderservice.h"
#include "core/services/parentageservice.h"
#include "core/services/personservice.h"
#include "ui/case/addpersondialog.h"
#include "ui/case/casepage.h"
#include "ui/case/casesectionmodel.h"
#include "ui/case/guidelinecalculationdialog.h"
#include "ui/case/notedialog.h"
#include "ui/case/orderdialog.h"
#include "ui/case/parentagedialog.h"
#include "ui/case/revealssndialog.h"
#include "ui/common/errortext.h"
#include "ui/common/qtext.h"
#include "ui/guideline/guidelinepage.h"
#include "ui/guideline/guidelineprefill.h"
#include "ui/shell/sessioncontroller.h"

#include <QDialog>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace caseledger::ui {

namespace {

template<class T>
core::Status asStatus(const core::Result<T>& result)
{
    if (!result)
        return result.error();
    return core::Done {};
}

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

template<class Dialog, class Request>
void CaseActions::runDialog(Dialog* dialog,
    std::function<core::Status(JobContext&, const Request&)> work, const QString& doneText)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &RequestDialog::submitted, this, [this, dialog, work, doneText] {
        std::optional<Request> request = dialog->request();
        if (!request)
            return;
        dialog->setWorking(true);
        m_session.run<core::Done>(
            dialog, [work, request = *request](JobContext& job) { return work(job, request); },
            [this, dialog, doneText](core::Status status) {
                dialog->setWorking(false);
                if (!status) {
                    dialog->showError(status.error());
                    return;
                }
                dialog->accept();
                m_page->showStatus(doneText);
                m_page->reload();
            });
    });
    // open(), not exec(): the idle lock closes it like any other dialog (S8).
    dialog->open();
}

void CaseActions::addPerson()
{
    const std::string number = toStdString(m_page->caseNumber());
    runDialog<AddPersonDialog, AddPersonForm>(
        new AddPersonDialog(m_page),
        [number](JobContext& job, const AddPersonForm& form) {
            return asStatus(AddPersonDialog::run(job.workspace, job.session, number, form));
        },
        tr("The person was added to the case."));
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
    runDialog<ParentageDialog, core::RecordParentageRequest>(
        new ParentageDialog(std::move(children), std::move(parents), m_page->caseNumber(), m_page),
        [](JobContext& job, const core::RecordParentageRequest& r) {
            return asStatus(core::ParentageService(job.workspace).record(job.session, r));
        },
        tr("Parentage was recorded."));
}

void CaseActions::addOrder()
{
    auto* dialog = new OrderDialog(OrderDialog::Mode::NewOrder, m_session.clock().today(), m_page);
    connect(
        dialog, &OrderDialog::guidelineRequested, this, [this, dialog] { openGuideline(dialog); });
    const std::string number = toStdString(m_page->caseNumber());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &RequestDialog::submitted, this, [this, dialog, number] {
        const auto request = dialog->newOrder();
        if (!request)
            return;
        dialog->setWorking(true);
        m_session.run<core::Done>(
            dialog,
            [number, r = *request](JobContext& job) {
                return asStatus(core::OrderService(job.workspace).add(job.session, number, r));
            },
            [this, dialog](core::Status status) {
                dialog->setWorking(false);
                if (!status) {
                    dialog->showError(status.error());
                    return;
                }
                dialog->accept();
                m_page->showStatus(tr("The order was recorded."));
                m_page->reload();
            });
    });
    dialog->open();
}

void CaseActions::modifyOrder()
{
    const auto orderId = m_page->currentId(CasePage::Section::Orders);
    if (!orderId)
        return;
    auto* dialog
        = new OrderDialog(OrderDialog::Mode::Modification, m_session.clock().today(), m_page);
    connect(
        dialog, &OrderDialog::guidelineRequested, this, [this, dialog] { openGuideline(dialog); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &RequestDialog::submitted, this, [this, dialog, id = *orderId] {
        const auto terms = dialog->terms();
        if (!terms)
            return;
        dialog->setWorking(true);
        m_session.run<core::Done>(
            dialog,
            [id, t = *terms](JobContext& job) {
                return asStatus(core::OrderService(job.workspace).modify(job.session, id, t));
            },
            [this, dialog](core::Status status) {
                dialog->setWorking(false);
                if (!status) {
                    dialog->showError(status.error());
                    return;
                }
                dialog->accept();
                m_page->showStatus(tr("The modification was recorded."));
                m_page->reload();
            });
    });
    dialog->open();
}

void CaseActions::addNote()
{
    const std::string number = toStdString(m_page->caseNumber());
    runDialog<NoteDialog, core::NewNoteRequest>(
        new NoteDialog(m_page),
        [number](JobContext& job, const core::NewNoteRequest& r) {
            return asStatus(core::NoteService(job.workspace).add(job.session, number, r));
        },
        tr("The note was added."));
}

void CaseActions::revealSsn()
{
    const auto personId = m_page->currentId(CasePage::Section::People);
    const auto* row = m_page->model(CasePage::Section::People)
                          ->rowAt(m_page->table(CasePage::Section::People)->currentIndex());
    if (!personId || !row)
        return;
    const QString name = row->cells.value(0);
    auto* dialog = new RevealSsnDialog(name, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &RequestDialog::submitted, this, [this, dialog, id = *personId, name] {
        const auto reason = dialog->request();
        if (!reason)
            return;
        dialog->setWorking(true);
        m_session.run<std::string>(
            dialog,
            [id, r = *reason](JobContext& job) {
                return core::PersonService(job.workspace).revealSsn(job.session, id, r);
            },
            [this, dialog, name](core::Result<std::string> ssn) {
                dialog->setWorking(false);
                if (!ssn) {
                    dialog->showError(ssn.error());
                    return;
                }
                dialog->accept();
                // S13: shown once, in a box of its own, and never put in a table or a model.
                const QString digits = toQString(*ssn);
                const QString shown = digits.size() == 9 ? digits.left(3) + QLatin1Char('-')
                        + digits.mid(3, 2) + QLatin1Char('-') + digits.mid(5)
                                                         : digits;
                auto* box = new QMessageBox(QMessageBox::Information, tr("SSN of %1").arg(name),
                    tr("The SSN of %1 is %2. This reveal was recorded in the audit log.")
                        .arg(name, shown),
                    QMessageBox::Close, m_page);
                box->setObjectName(QStringLiteral("revealedSsnBox"));
                box->setAccessibleName(tr("Revealed SSN"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                m_lastDialog = box;
                box->open();
                Q_EMIT ssnRevealed(name);
            });
    });
    dialog->open();
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

void CaseActions::closeDialogs()
{
    for (const QPointer<QDialog>& d : {m_guidelineDialog, m_lastDialog})
        if (d)
            d->reject();
}

} // namespace caseledger::ui
