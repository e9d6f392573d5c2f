#include "tests/ui/caseworkgui.h"

#include "core/services/userservice.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

#include <stdexcept>

namespace caseledger::test {

CaseworkGui::CaseworkGui(
    core::Grants grants, int families, bool protectedFirst, int daysLater, core::Role role)
{
    TestWorkspace& tw = m_f.tw();
    tw.reopenAsAdmin();
    const core::Session worker = tw.addUser("mgarcia", role, grants);
    for (int i = 0; i < families; ++i)
        m_families.push_back(openFamily(tw, worker, protectedFirst && i == 0,
            i == 0 ? "Hernández" : (i == 1 ? "Nguyen" : "Okafor")));
    chooseOwnPassword(tw, "mgarcia");
    m_f.clock().advance(std::chrono::hours(24) * daysLater);
    m_f.signIn(QStringLiteral("mgarcia"), QString::fromUtf8(kWorkerPassword));
    if (!waitFor([this] { return idle(); }))
        throw std::runtime_error("the pages did not finish loading");
}

ui::CaseworkPages& CaseworkGui::pages()
{
    auto* pages = m_f.window().findChild<ui::CaseworkPages*>();
    if (!pages)
        throw std::runtime_error("no casework pages in the main window");
    return *pages;
}

std::int64_t CaseworkGui::auditHead()
{
    return ws().audit().headSeq();
}

core::AuditRecord CaseworkGui::lastAudit()
{
    return ws().audit().latest(1).at(0);
}

void CaseworkGui::openCase(const QString& number)
{
    pages().openCase(number);
    ui::CasePage* page = pages().casePage();
    if (!waitFor([&] { return page->caseNumber() == number && !page->isLoading() && idle(); }))
        throw std::runtime_error("the case did not open");
}

void chooseOwnPassword(TestWorkspace& tw, const std::string& userName)
{
    auto opened = tw.unlock(userName, kUserPassword);
    if (!opened)
        throw std::runtime_error("cannot sign in as " + userName + ": " + opened.error().message);
    core::Session session = opened->session;
    const auto changed
        = core::UserService(tw.ws()).changeOwnPassword(session, kUserPassword, kWorkerPassword);
    if (!changed)
        throw std::runtime_error("cannot change the password: " + changed.error().message);
    tw.close();
}

namespace {

void modelText(const QAbstractItemModel* model, QStringList& out)
{
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            for (int role :
                {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                out << model->data(model->index(r, c), role).toString();
}

} // namespace

QString allVisibleText(QWidget* root)
{
    QStringList out;
    out << root->windowTitle();
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        out << w->toolTip() << w->accessibleName() << w->windowTitle();
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            out << e->text();
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            out << p->toPlainText();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        else if (auto* tabs = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                out << tabs->tabText(i);
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            modelText(view->model(), out);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace caseledger::test
