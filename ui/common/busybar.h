#pragma once

#include <QProgressBar>
#include <QString>

namespace caseledger::ui {

// A thin, hidden "working" bar for work that reports no progress (key derivation, a service
// call): shown while a job runs off the GUI thread.
inline QProgressBar* makeBusyBar(QWidget* parent, const QString& accessibleName)
{
    auto* bar = new QProgressBar(parent);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->hide();
    return bar;
}

} // namespace caseledger::ui
