#include "ui/shell/resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initCaseLedgerResources()
{
    Q_INIT_RESOURCE(caseledger);
}

namespace caseledger::ui {

void initResources()
{
    initCaseLedgerResources();
}

} // namespace caseledger::ui
