#pragma once

#include "core/guideline/guidelineparent.h"
#include "ui/guideline/guidelineinput.h"
#include "ui/guideline/guidelineprefill.h"

#include <QGroupBox>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace caseledger::ui {

class GuidelineFieldMessages;

// One parent of the calculator: a name, the net monthly disposable income or the gross
// income with the §4059 deductions (in a section that opens on request), and the time-share.
class GuidelineParentEditor : public QGroupBox
{
    Q_OBJECT

public:
    GuidelineParentEditor(int index, QWidget* parent = nullptr);

    int index() const { return m_index; }
    QString letter() const; // "A" or "B"
    // The typed name (NFC), or "Parent A" when none was typed; the id in the request.
    QString displayName() const;
    bool usesGross() const;

    // The parent as typed, the time-share left empty when it was not typed; nullopt with
    // problems when something cannot be read.
    std::optional<core::GuidelineParent> read(GuidelineInputProblems& problems) const;
    std::optional<core::Rational> timeshare(GuidelineInputProblems& problems) const;
    bool timeshareBlank() const;
    // What a blank time-share will be taken as ("80, the rest"), or nothing.
    void setTimeshareHint(const QString& hint);
    // In gross mode, the net the calculation found (read-only in the net field).
    void showNet(std::optional<core::Money> net);

    void registerFields(GuidelineFieldMessages& messages);
    void prefill(const GuidelinePrefill::Parent& parent);
    void clear();

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* netEdit() const { return m_net; }
    QLineEdit* grossEdit() const { return m_gross; }
    QLineEdit* timeshareEdit() const { return m_timeshare; }
    QCheckBox* grossCheck() const { return m_grossCheck; }

Q_SIGNALS:
    void changed();

private:
    std::string field(std::string_view name) const;
    // `what` names the field in messages ("the time-share of Maria"), read when shown.
    QLabel* addRow(QFormLayout* form, const QString& label, QWidget* editor, const std::string& key,
        std::function<QString()> what);
    void createDeductions();
    void grossToggled(bool on);

    int m_index = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_net = nullptr;
    QCheckBox* m_grossCheck = nullptr;
    QWidget* m_grossSection = nullptr;
    QLineEdit* m_gross = nullptr;
    std::array<QLineEdit*, std::size(core::kDeductionFields)> m_deductions {};
    QLineEdit* m_timeshare = nullptr;
    // The message label under each field, with what the field is called in messages.
    struct Row
    {
        std::string key;
        QLabel* message;
        std::function<QString()> what;
    };
    std::vector<Row> m_rows;
    QLabel* m_grossMessage = nullptr;
};

} // namespace caseledger::ui
