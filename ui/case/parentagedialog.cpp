#include "ui/case/parentagedialog.h"

#include "ui/case/personfields.h"
#include "ui/common/datefield.h"
#include "ui/common/formmessages.h"
#include "ui/common/qtext.h"

#include <QComboBox>
#include <QLineEdit>

namespace caseledger::ui {

namespace {

QComboBox* combo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    return box;
}

template<class E>
void addCodes(QComboBox* box)
{
    for (const auto& entry : core::EnumCodes<E>::table)
        box->addItem(toQString(entry.label), static_cast<int>(entry.value));
}

} // namespace

ParentageDialog::ParentageDialog(std::vector<Choice> children, std::vector<Choice> parents,
    const QString& caseNumber, QWidget* parent)
    : RequestDialog(tr("Record parentage"), tr("&Record"), parent)
    , m_caseNumber(caseNumber)
{
    setObjectName(QStringLiteral("parentageDialog"));
    m_child = combo(this, QStringLiteral("childCombo"), tr("Child"));
    for (const auto& [id, name] : children)
        m_child->addItem(name, toQString(id.toString()));
    m_parent = combo(this, QStringLiteral("parentCombo"), tr("Parent"));
    m_parent->addItem(tr("(not known)"), QString());
    for (const auto& [id, name] : parents)
        m_parent->addItem(name, toQString(id.toString()));
    if (m_parent->count() > 1)
        m_parent->setCurrentIndex(1);
    m_status = combo(this, QStringLiteral("statusCombo"), tr("Parentage status"));
    addCodes<core::ParentageStatus>(m_status);
    m_method = combo(this, QStringLiteral("methodCombo"), tr("Method"));
    addCodes<core::ParentageMethod>(m_method);
    m_establishedOn
        = DateField::make(this, QStringLiteral("establishedEdit"), tr("Established on"));
    m_motherSigned = DateField::make(
        this, QStringLiteral("motherSignedEdit"), tr("Declaration signed by the mother"));
    m_parentSigned = DateField::make(
        this, QStringLiteral("parentSignedEdit"), tr("Declaration signed by the other parent"));
    m_testResult = combo(this, QStringLiteral("testResultCombo"), tr("Genetic test result"));
    m_testResult->addItem(tr("(no test)"), -1);
    addCodes<core::GeneticTestResult>(m_testResult);
    m_testLab = new QLineEdit(this);
    m_testLab->setObjectName(QStringLiteral("testLabEdit"));
    m_testLab->setAccessibleName(tr("Laboratory"));
    m_testDate = DateField::make(this, QStringLiteral("testDateEdit"), tr("Test date"));
    m_courtNumber = new QLineEdit(this);
    m_courtNumber->setObjectName(QStringLiteral("courtNumberEdit"));
    m_courtNumber->setAccessibleName(tr("Court case number of the judgment"));
    m_judgmentDate = DateField::make(this, QStringLiteral("judgmentDateEdit"), tr("Judgment date"));
    m_presumption = new QLineEdit(this);
    m_presumption->setObjectName(QStringLiteral("presumptionEdit"));
    m_presumption->setAccessibleName(tr("Basis of the presumption"));

    addField(tr("C&hild:"), m_child, "child");
    addField(tr("&Parent:"), m_parent, "parent");
    addField(tr("&Status:"), m_status, "status");
    addField(tr("&Method:"), m_method, "method");
    addField(tr("&Established on:"), m_establishedOn, "established on");
    addField(tr("Declaration signed by mo&ther:"), m_motherSigned, "declaration signatures");
    addField(tr("Declaration signed by &other parent:"), m_parentSigned, "declaration parent");
    addField(tr("&Genetic test result:"), m_testResult, "genetic test");
    addField(tr("&Laboratory:"), m_testLab, "laboratory");
    addField(tr("Test &date:"), m_testDate, "test date");
    addField(tr("&Court case number:"), m_courtNumber, "judgment");
    addField(tr("&Judgment date:"), m_judgmentDate, "judgment date");
    addField(tr("Presumption &basis:"), m_presumption, "presumption basis");
    m_child->setFocus();
}

ParentageDialog::~ParentageDialog() = default;

std::optional<core::Date> ParentageDialog::date(const QLineEdit* edit) const
{
    return parseDateText(edit->text());
}

bool ParentageDialog::checkInput()
{
    if (m_child->count() == 0) {
        messages().showFor("child", tr("Add a child to the case first."));
        return false;
    }
    const std::pair<QLineEdit*, const char*> dates[] = {{m_establishedOn, "established on"},
        {m_motherSigned, "declaration signatures"}, {m_parentSigned, "declaration parent"},
        {m_testDate, "test date"}, {m_judgmentDate, "judgment date"}};
    for (const auto& [edit, field] : dates)
        if (!edit->text().trimmed().isEmpty() && !date(edit)) {
            messages().showFor(field, DateField::formatMessage());
            return false;
        }
    return true;
}

std::optional<core::RecordParentageRequest> ParentageDialog::request() const
{
    const auto child = core::Uuid::parse(toStdString(m_child->currentData().toString()));
    if (!child)
        return std::nullopt;
    core::RecordParentageRequest r;
    r.childId = *child;
    r.parentId = core::Uuid::parse(toStdString(m_parent->currentData().toString()));
    r.caseRef = toStdString(m_caseNumber);
    core::Parentage& f = r.facts;
    f.status = static_cast<core::ParentageStatus>(m_status->currentData().toInt());
    f.method = static_cast<core::ParentageMethod>(m_method->currentData().toInt());
    f.establishedOn = date(m_establishedOn);
    f.declarationSignedByMother = date(m_motherSigned);
    f.declarationSignedByParent = date(m_parentSigned);
    if (const int result = m_testResult->currentData().toInt(); result >= 0)
        f.testResult = static_cast<core::GeneticTestResult>(result);
    f.testLab = toStdString(m_testLab->text().trimmed());
    f.testDate = date(m_testDate);
    f.courtCaseNumber = toStdString(m_courtNumber->text().trimmed());
    f.judgmentDate = date(m_judgmentDate);
    f.presumptionBasis = toStdString(m_presumption->text().trimmed());
    return r;
}

} // namespace caseledger::ui
