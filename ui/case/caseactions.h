#pragma once

#include "core/base/error.h"
#include "core/guideline/guidelinecalculation.h"
#include "core/services/personprofile.h"
#include "ui/case/orderdialog.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

namespace caseledger::ui {

class CasePage;
class RequestDialog;
class SessionController;
struct GuidelinePrefill;
struct ReasonPrompt;
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
    // Corrects the selected person's record; a new address or phone (issue 3, item 1).
    void editPerson();
    void recordParentage();
    void addOrder();
    void modifyOrder();
    // Ends the selected order; the date offered is the last child's emancipation.
    void endOrder();
    void addNote();
    void revealSsn();
    void openCalculation();
    void correctNote();
    void completeTask();
    // S14: the whereabouts of a protected person, for a user with the override grant, under a
    // recorded authority; shown in a box of its own, never in the People table.
    void showWhereabouts();
    void assignCase();
    void closeCase();
    void reopenCase();
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
    // Opens `dialog`; on submit runs `work` for its request() and reloads the case, or shows
    // the error beside its field.
    template<class Dialog, class Work>
    void runDialog(Dialog* dialog, Work work, const QString& doneText);
    // Asks one line (`prompt`) for an action on the open case and runs
    // `act(CaseService&, session, case number, answer)`.
    template<class Act>
    void askForCase(const ReasonPrompt& prompt, Act act, const QString& doneText);
    void reloadWith(const QString& doneText);
    // The id and name of the person selected on the People tab.
    std::optional<std::pair<core::Uuid, QString>> selectedPerson() const;
    OrderDialog* orderDialog(OrderDialog::Mode mode);
    void showRevealedSsn(const QString& name, const std::string& ssn);
    void showProfileWhereabouts(const QString& name, const core::PersonProfile& profile);
    void openGuideline(OrderDialog* order);
    void saveCalculation(OrderDialog* order, const QString& requestJson);

    SessionController& m_session;
    CasePage* m_page;
    QPointer<QDialog> m_lastDialog;
    QPointer<QDialog> m_guidelineDialog;
};

} // namespace caseledger::ui
