#pragma once

#include "core/services/parentageservice.h"
#include "ui/common/requestdialog.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;

namespace caseledger::ui {

// Records parentage for one child and one parent (casework.md "Parentage", Family Code §7570
// ff.): status, method and the evidence the method needs. The core checks the evidence
// (validateParentage) and its message appears beside the field it names.
class ParentageDialog : public RequestDialog
{
    Q_OBJECT

public:
    using Choice = std::pair<core::Uuid, QString>; // a person of the case and their name

    ParentageDialog(std::vector<Choice> children, std::vector<Choice> parents,
        const QString& caseNumber, QWidget* parent = nullptr);
    ~ParentageDialog() override;

    std::optional<core::RecordParentageRequest> request() const;

protected:
    bool checkInput() override;

private:
    std::optional<core::Date> date(const QLineEdit* edit) const;

    QString m_caseNumber;
    QComboBox* m_child = nullptr;
    QComboBox* m_parent = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_establishedOn = nullptr;
    QLineEdit* m_motherSigned = nullptr;
    QLineEdit* m_parentSigned = nullptr;
    QComboBox* m_testResult = nullptr;
    QLineEdit* m_testLab = nullptr;
    QLineEdit* m_testDate = nullptr;
    QLineEdit* m_courtNumber = nullptr;
    QLineEdit* m_judgmentDate = nullptr;
    QLineEdit* m_presumption = nullptr;
};

} // namespace caseledger::ui
