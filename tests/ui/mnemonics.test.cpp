// DESIGN §7, "a keyboard path for every action": Alt+<letter> must reach one thing. Two
// mnemonics on one letter in the same window (a menu and a page's button, two fields of a
// form) make Alt+<letter> cycle between them, or open the menu instead of the button. The
// menu bar's letters and each page's, tab by tab, and each dialog's that a page's "…" button
// opens, are compared for every role, in English and in Spanish.
#include "tests/ui/financegui.h"
#include "tests/ui/guifixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <map>
#include <memory>

using namespace caseledger;
using test::FinanceGui;
using test::waitFor;

namespace {

// The program's Spanish translation, installed for as long as this lives (before the window is
// built: texts are translated when the widgets are made).
class Spanish
{
public:
    Spanish()
    {
        REQUIRE(m_translator.load(QStringLiteral(CASELEDGER_SPANISH_QM)));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~Spanish() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// Who answers each Alt+<letter> in `window` as it stands: the menu bar's menus, and each
// visible button, group box, tab and labelled field.
class Letters
{
public:
    void add(const QString& text, const QString& where)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        // The same text twice is one form repeated side by side (the guideline page's two
        // parents): Alt+<letter> again moves to the next, as Qt does with such a pair.
        QStringList& owners = m_owners[key.toString(QKeySequence::PortableText)];
        const QString owner = where + QStringLiteral(" \"") + text + QLatin1Char('"');
        if (!owners.contains(owner))
            owners << owner;
    }

    void addWindow(QWidget& window)
    {
        if (auto* main = qobject_cast<QMainWindow*>(&window)) {
            const auto menus = main->menuBar()->actions();
            for (QAction* menu : menus)
                if (menu->isVisible())
                    add(menu->text(), QStringLiteral("menu"));
        }
        const auto widgets = window.findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->window() != &window)
                continue;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                add(b->text(), QStringLiteral("button"));
            else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
                add(l->text(), QStringLiteral("label"));
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                add(g->title(), QStringLiteral("group"));
            else if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i)
                    if (t->isTabVisible(i) && t->isTabEnabled(i))
                        add(t->tabText(i), QStringLiteral("tab"));
        }
    }

    // Every letter with more than one owner, as "Alt+F: menu "&File", button "Re&fresh"".
    QStringList clashes() const
    {
        QStringList out;
        for (const auto& [key, owners] : m_owners)
            if (owners.size() > 1)
                out << key + QStringLiteral(": ") + owners.join(QStringLiteral(", "));
        return out;
    }

private:
    std::map<QString, QStringList> m_owners;
};

QStringList clashesIn(QWidget& window, const QString& where)
{
    Letters letters;
    letters.addWindow(window);
    QStringList out;
    for (const QString& clash : letters.clashes())
        out << where + QStringLiteral(" — ") + clash;
    return out;
}

// The dialogs that the visible "…" buttons under `page` open, each with the first row of every
// list selected (for the buttons that act on a selection). Each dialog is read and cancelled
// from a timer, so that one shown with exec() is read too.
QStringList clashesInDialogs(QWidget* page, const QString& where)
{
    const auto views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* v : views)
        if (v->isVisible() && v->model() && v->model()->rowCount() > 0)
            v->setCurrentIndex(v->model()->index(0, 0));
    QStringList out;
    const auto buttons = page->findChildren<QAbstractButton*>();
    for (QAbstractButton* b : buttons) {
        if (!b->isVisible() || !b->isEnabled() || !b->text().endsWith(QChar(0x2026)))
            continue;
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget* w : windows)
                if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible()) {
                    // Qt's own (file, print) dialogs are Qt's to letter.
                    if (QLatin1String(d->metaObject()->className())
                            .startsWith(QLatin1String("caseledger::")))
                        out << clashesIn(*d, where + QStringLiteral(", dialog ") + b->text());
                    seen = true;
                    poll.stop();
                    d->reject();
                    return;
                }
        });
        poll.start();
        b->click();
        waitFor([&] { return seen; }, 3000);
    }
    return out;
}

// Each page the signed-in user may open, and on it each tab of each tab widget in turn, and
// the dialogs its buttons open.
QStringList clashesOnEveryPage(FinanceGui& gui)
{
    ui::MainWindow& window = gui.f().window();
    QStringList out;
    const auto check = [&](const QString& where) {
        REQUIRE(waitFor([&] { return gui.idle(); }));
        out << clashesIn(window, where);
        out << clashesInDialogs(window.currentPage(), where);
        REQUIRE(waitFor([&] { return gui.idle(); }));
    };
    auto* stack = window.currentPage()->parentWidget();
    REQUIRE(qobject_cast<QStackedWidget*>(stack));
    const auto pages = stack->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* page : pages) {
        window.showPage(page);
        if (window.currentPage() != page)
            continue; // not offered to this role
        const QString name = QLatin1String(page->metaObject()->className());
        check(name);
        const auto tabs = page->findChildren<QTabWidget*>();
        for (QTabWidget* tab : tabs)
            for (int i = 1; tab->isVisible() && i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                check(name + QStringLiteral(", tab ") + tab->tabText(i));
            }
        // The reports page shows the rows of the report's parameters, and of its period kind.
        if (auto* reports = page->findChild<QComboBox*>(QStringLiteral("reportCombo")))
            for (int r = 0; r < reports->count(); ++r) {
                reports->setCurrentIndex(r);
                auto* period = page->findChild<QComboBox*>(QStringLiteral("periodKindCombo"));
                REQUIRE(period);
                for (int k = 0; k < period->count(); ++k) {
                    period->setCurrentIndex(k);
                    check(name + QStringLiteral(", ") + reports->currentText()
                        + QStringLiteral(", ") + period->currentText());
                }
            }
    }
    return out;
}

} // namespace

TEST_CASE("no two things on screen answer the same Alt+letter, in English and in Spanish",
    "[ui][accessibility][mnemonics]")
{
    const bool spanish = GENERATE(false, true);
    const core::Role role = GENERATE(core::Role::Caseworker, core::Role::Supervisor,
        core::Role::FinancialWorker, core::Role::Administrator);
    std::unique_ptr<Spanish> translation;
    if (spanish)
        translation = std::make_unique<Spanish>();
    FinanceGui gui(core::Date::fromYmd(2026, 9, 1), 0, role);
    if (role != core::Role::Administrator)
        gui.openCase(gui.caseNumber(1)); // the case page with a case on it
    const QStringList clashes = clashesOnEveryPage(gui);
    INFO((spanish ? "Spanish: " : "English: ") + clashes.join(QStringLiteral("\n")).toStdString());
    CHECK(clashes.isEmpty());
}
