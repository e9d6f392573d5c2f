#include "tests/ui/guifixture.h"

#include "ui/common/qtext.h"
#include "ui/shell/unlockdialog.h"
#include "ui/shell/unlockflow.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <stdexcept>

namespace caseledger::test {

GuiFixture::GuiFixture()
{
    m_tw.close(); // the GUI opens the database itself, like a person would
    qputenv("CASELEDGER_STATE_DIR", m_tw.stateDir().string().c_str());
    m_session = std::make_unique<ui::SessionController>(m_tw.clock(), m_tw.stateDir());
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->resize(1100, 720);
}

GuiFixture::~GuiFixture()
{
    m_window.reset();
    m_session.reset();
}

QString GuiFixture::dbPath() const
{
    return ui::fromPath(m_tw.dbPath());
}

void GuiFixture::typeCredentials(const QString& user, const QString& password)
{
    if (!m_window->isVisible())
        m_window->start(dbPath());
    ui::UnlockDialog* dialog = m_window->unlockFlow()->unlockDialog();
    if (!dialog || !dialog->isVisible())
        throw std::runtime_error("the unlock dialog is not shown");
    auto* userEdit = dialog->findChild<QLineEdit*>(QStringLiteral("userEdit"));
    auto* passwordEdit = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    if (!userEdit->isReadOnly()) {
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
    }
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void GuiFixture::signIn(const QString& user, const QString& password)
{
    typeCredentials(user, password.isEmpty() ? QString::fromUtf8(kAdminPassword) : password);
    if (!waitFor([this] { return !m_window->isContentHidden(); }))
        throw std::runtime_error("the main window did not open its content");
}

QString saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(CASELEDGER_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    QFile::remove(path);
    REQUIRE(widget->grab().save(path, "PNG"));
    CHECK(QFileInfo(path).size() > 1000);
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    return path;
}

QLineEdit* lineEdit(QWidget* parent, const char* objectName)
{
    auto* e = parent->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    REQUIRE(e);
    return e;
}

void typeInto(QWidget* parent, const char* objectName, const QString& text)
{
    QLineEdit* e = lineEdit(parent, objectName);
    e->setFocus();
    e->clear();
    typeText(e, text);
}

void clickButton(QWidget* parent, const char* objectName)
{
    auto* b = parent->findChild<QPushButton*>(QString::fromLatin1(objectName));
    REQUIRE(b);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

void chooseText(QWidget* parent, const char* objectName, const QString& text)
{
    auto* combo = parent->findChild<QComboBox*>(QString::fromLatin1(objectName));
    REQUIRE(combo);
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, static_cast<char>(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(
                QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

bool waitFor(const std::function<bool()>& condition, int ms)
{
    return QTest::qWaitFor(condition, ms);
}

} // namespace caseledger::test
