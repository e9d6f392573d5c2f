#pragma once

#include "core/guideline/guidelinerequest.h"
#include "core/guideline/rational.h"
#include "ui/guideline/guidelineinput.h"

#include <QGroupBox>

#include <optional>
#include <vector>

class QDate;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace caseledger::ui {

class GuidelineFieldMessages;

// The children of the calculator: one row each (1 to 10, the table of §4055(b)(4)) with the
// birth date, which orders the per-child allocation (§4055(b)(8)), and optionally the first
// parent's time-share with that child when it differs between the children.
class GuidelineChildrenEditor : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kMaxChildren = 10;

    explicit GuidelineChildrenEditor(QWidget* parent = nullptr);
    ~GuidelineChildrenEditor() override;

    struct Reading
    {
        std::vector<core::GuidelineChild> children;
        // The first parent's time-share per child, when one was typed for every child.
        std::vector<core::Rational> firstParentTimeshares;
        // Birth dates left empty were taken as the as-of date (the live preview only).
        bool standInDates = false;
    };
    // `standIn`: a date for empty birth dates, or none to report them as missing.
    Reading read(std::optional<core::Date> standIn, GuidelineInputProblems& problems) const;

    int count() const { return static_cast<int>(m_rows.size()); }
    void addChild(const QDate& birthDate);
    void removeChild(int row);
    // Back to one empty row.
    void clear();
    void setBirthDates(const std::vector<QDate>& dates);
    void setFirstParentName(const QString& name);
    // The field messages follow the rows as they are added and removed.
    void setMessages(GuidelineFieldMessages* messages);

    QLineEdit* birthDateEdit(int row) const;
    QLineEdit* timeshareEdit(int row) const;
    QPushButton* addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget* widget;
        QLabel* title;
        QLineEdit* birthDate;
        QLineEdit* timeshare;
        QPushButton* remove;
        QLabel* message;
    };
    Row makeRow();
    void renumber();
    void registerFields();

    std::vector<Row> m_rows;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_message = nullptr;
    QString m_firstParentName;
    GuidelineFieldMessages* m_messages = nullptr;
};

} // namespace caseledger::ui
