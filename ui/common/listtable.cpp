#include "ui/common/listtable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

namespace caseledger::ui {

namespace {

QString trList(const char* text)
{
    return QCoreApplication::translate("caseledger::ui::ListTable", text);
}

// Enter and Return on a table: Qt's own "activated" on Enter depends on the platform style.
class EnterFilter : public QObject
{
public:
    EnterFilter(QObject* parent, std::function<void()> activate)
        : QObject(parent)
        , m_activate(std::move(activate))
    { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_activate();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_activate;
};

} // namespace

QTableView* makeListTable(
    QWidget* parent, const QString& objectName, const QString& accessibleName, int sectionSize)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setAccessibleName(trList("Rows"));
    table->horizontalHeader()->setAccessibleName(trList("Columns"));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(sectionSize);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void onRowActivated(QTableView* table, std::function<void()> activate)
{
    QObject::connect(table, &QTableView::doubleClicked, table, [activate] { activate(); });
    table->installEventFilter(new EnterFilter(table, std::move(activate)));
}

} // namespace caseledger::ui
