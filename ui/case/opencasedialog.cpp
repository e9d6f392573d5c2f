#include "ui/case/opencasedialog.h"

#include "ui/case/personfields.h"
#include "ui/common/datefield.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QLineEdit>

namespace caseledger::ui {

namespace {

// A person-level error from PersonService names "name" or "ssn"; the form has three people.
core::Error forPart(core::Error error, const std::string& part)
{
    if (error.code == core::ErrorCode::Validation)
        error.field = part + " " + (error.field.empty() ? std::string("name") : error.field);
    return error;
}

} // namespace

OpenCaseDialog::OpenCaseDialog(QWidget* parent)
    : RequestDialog(tr("Open a case"), tr("&Open case"), parent)
{
    setObjectName(QStringLiteral("openCaseDialog"));
    setIntro(tr("A case needs a custodial party and at least one child (casework.md, "
                "\"Opening a case\"). Add more people from the case window."));
    const auto add = [this](const QString& label, QWidget* editor, const std::string& field) {
        addField(label, editor, field);
    };
    m_cp = std::make_unique<PersonFields>(this, "custodial party", tr("&Custodial party"), true);
    m_ncp = std::make_unique<PersonFields>(
        this, "noncustodial parent", tr("&Noncustodial parent"), true);
    m_child = std::make_unique<PersonFields>(this, "child", tr("C&hild"), false);
    m_cp->addTo(add);
    m_ncp->addTo(add);
    m_child->addTo(add);
    m_received = new QLineEdit(this);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setAccessibleName(tr("Application received on"));
    m_received->setPlaceholderText(tr("YYYY-MM-DD; empty: today"));
    addField(tr("Application &received:"), m_received, "application date");
    m_cp->nameEdit()->setFocus();
}

OpenCaseDialog::~OpenCaseDialog() = default;

bool OpenCaseDialog::checkInput()
{
    if (!m_cp->check(messages(), true) || !m_ncp->check(messages(), false)
        || !m_child->check(messages(), true))
        return false;
    const QString received = m_received->text().trimmed();
    if (!received.isEmpty() && !parseDateText(received)) {
        messages().showFor("application date", DateField::formatMessage());
        return false;
    }
    return true;
}

std::optional<OpenCaseForm> OpenCaseDialog::request() const
{
    auto cp = m_cp->request();
    auto child = m_child->request();
    if (!cp || !child)
        return std::nullopt;
    OpenCaseForm form {*cp, m_ncp->request(), *child, parseDateText(m_received->text())};
    return form;
}

core::Result<core::Case> OpenCaseDialog::run(
    core::Workspace& ws, const core::Session& session, const OpenCaseForm& form)
{
    core::PersonService people(ws);
    core::OpenCaseRequest open;
    open.applicationDate = form.applicationDate;
    const auto addOne = [&](const core::NewPersonRequest& r, const std::string& part,
                            core::ParticipantRole role) -> std::optional<core::Error> {
        auto added = people.add(session, r);
        if (!added)
            return forPart(added.error(), part);
        open.participants.push_back({added->id, role, false, {}});
        return std::nullopt;
    };
    if (auto e
        = addOne(form.custodialParty, "custodial party", core::ParticipantRole::CustodialParty))
        return *e;
    if (form.noncustodialParent)
        if (auto e = addOne(*form.noncustodialParent, "noncustodial parent",
                core::ParticipantRole::NoncustodialParent))
            return *e;
    if (auto e = addOne(form.child, "child", core::ParticipantRole::Child))
        return *e;
    return core::CaseService(ws).open(session, open);
}

} // namespace caseledger::ui
