#pragma once

#include "core/base/error.h"
#include "core/guideline/guidelinerequest.h"
#include "ui/guideline/guidelineinput.h"
#include "ui/guideline/guidelineprefill.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace caseledger::ui {

class GuidelineChildrenEditor;
class GuidelineFieldMessages;
class GuidelineParentEditor;

// Every input of a guideline calculation (issue 5, item 3), read into a core request. The
// form knows nothing of sessions or services; the page decides when to calculate.
class GuidelineForm : public QWidget
{
    Q_OBJECT

public:
    explicit GuidelineForm(QWidget* parent = nullptr);
    ~GuidelineForm() override;

    struct Reading
    {
        std::optional<core::GuidelineRequest> request; // none while a problem remains
        GuidelineInputProblems problems;
        QStringList notes; // true of the request, worth saying ("birth dates not entered")
    };
    // `strict`: everything must be entered (Save, Print). Otherwise empty birth dates are
    // taken as the as-of date so that the live preview can show the amount.
    Reading read(bool strict) const;

    // Problems beside their fields; `includeMissing` shows "enter ..." for empty fields too.
    void showProblems(const GuidelineInputProblems& problems, bool includeMissing);
    void showError(const core::Error& error);
    void clearMessages();
    const GuidelineFieldMessages& messages() const { return *m_messages; }

    void showNet(const std::array<std::optional<core::Money>, 2>& net);
    QString caseNumber() const;
    QString parentName(int index) const;
    void prefill(const GuidelinePrefill& prefill, const QDate& today);
    void clear(const QDate& today);

    GuidelineParentEditor* parentEditor(int index) const { return m_parents.at(index); }
    GuidelineChildrenEditor* childrenEditor() const { return m_children; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QCheckBox* defaultProceedingCheck() const { return m_default; }
    QComboBox* custodialCombo() const { return m_custodial; }
    QLineEdit* addOnEdit(core::AddOnKind kind) const;
    QLineEdit* spousalEdit() const { return m_spousal; }
    QComboBox* spousalPayerCombo() const { return m_spousalPayer; }

Q_SIGNALS:
    void changed();

private:
    QWidget* createCaseRow();
    QGroupBox* createCustodyBox();
    QGroupBox* createAddOnsBox();
    QLabel* message(QWidget* editor, const std::string& field, std::function<QString()> name);
    void namesChanged();
    void asOfChanged();
    void readTimeshares(core::GuidelineRequest& request,
        const std::vector<core::Rational>& perChild, GuidelineInputProblems& problems) const;

    QLineEdit* m_caseNumber = nullptr;
    QDateEdit* m_asOf = nullptr;
    std::array<GuidelineParentEditor*, 2> m_parents {};
    GuidelineChildrenEditor* m_children = nullptr;
    QCheckBox* m_default = nullptr;
    QComboBox* m_custodial = nullptr;
    std::array<QLineEdit*, core::kAddOnKindCount> m_addOns {};
    QLineEdit* m_spousal = nullptr;
    QComboBox* m_spousalPayer = nullptr;
    QCheckBox* m_proportional = nullptr;
    QLabel* m_general = nullptr;
    std::unique_ptr<GuidelineFieldMessages> m_messages;
};

} // namespace caseledger::ui
