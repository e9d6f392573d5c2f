#pragma once

#include "core/base/error.h"
#include "core/guideline/guidelinecalculation.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>

namespace caseledger::ui {

class CasePage;
class OrderDialog;
class RequestDialog;
class SessionController;
struct GuidelinePrefill;
struct JobContext;

// The case window's controller (DESIGN §7): runs its forms -- add a person, record parentage,
// add or modify an order with its guideline calculation, add a note, reveal an SSN -- each
// through the core services off the GUI thread, and reloads the case after a change.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    CaseActions(SessionController& session, CasePage* page);
    ~CaseActions() override;

    void addPerson();
    void recordParentage();
    void addOrder();
    void modifyOrder();
    void addNote();
    void revealSsn();
    void openCalculation();
    // Closes what is open (the session locked).
    void closeDialogs();

    // The calculator prefilled from the open case: the noncustodial parent as A, the custodial
    // party as B, the children's birth dates (issue 5, item 3).
    GuidelinePrefill prefill() const;
    QDialog* guidelineDialog() const { return m_guidelineDialog; }
    QDialog* lastDialog() const { return m_lastDialog; }

Q_SIGNALS:
    // A Reveal succeeded; the value is shown in a message box and nowhere else.
    void ssnRevealed(const QString& personName);

private:
    // Opens `dialog`; on submit runs `work` for the request and reloads the case or shows the
    // error beside its field.
    template<class Dialog, class Request>
    void runDialog(Dialog* dialog, std::function<core::Status(JobContext&, const Request&)> work,
        const QString& doneText);
    void openGuideline(OrderDialog* order);
    void saveCalculation(OrderDialog* order, const QString& requestJson);

    SessionController& m_session;
    CasePage* m_page;
    QPointer<QDialog> m_lastDialog;
    QPointer<QDialog> m_guidelineDialog;
};

} // namespace caseledger::ui
