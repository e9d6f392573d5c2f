#pragma once

#include "core/base/error.h"
#include "ui/common/requestdialog.h"
#include "ui/shell/sessioncontroller.h"

#include <type_traits>
#include <utility>

namespace caseledger::ui {

namespace detail {
template<class R>
struct ResultValue;
template<class T>
struct ResultValue<core::Result<T>>
{
    using type = T;
};
} // namespace detail

// How every form runs (STYLE "GUI": dialogs return a value; callers never reach into their
// widgets). When `dialog` is submitted, `read()` gives its request (nothing: the dialog has
// already said what is wrong); `work(job, request)` runs on the database thread while the
// dialog shows that it works; then the error goes beside the field the core named (S26), or
// the dialog closes and `done(value)` runs on the GUI thread. The dialog is opened with
// open(), not exec(): the idle lock closes it like any other dialog (S8).
template<class Dialog, class Read, class Work, class Done>
void runOnSubmit(SessionController& session, Dialog* dialog, Read read, Work work, Done done)
{
    using Request = typename std::invoke_result_t<Read&>::value_type;
    using Value = typename detail::ResultValue<
        std::invoke_result_t<Work&, JobContext&, const Request&>>::type;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &RequestDialog::submitted, dialog,
        [&session, dialog, read = std::move(read), work = std::move(work), done = std::move(done)] {
            std::optional<Request> request = read();
            if (!request)
                return;
            dialog->setWorking(true);
            session.run<Value>(
                dialog, [work, r = std::move(*request)](JobContext& job) { return work(job, r); },
                [dialog, done](core::Result<Value> result) {
                    dialog->setWorking(false);
                    if (!result) {
                        dialog->showError(result.error());
                        return;
                    }
                    dialog->accept();
                    done(result.value());
                });
        });
    dialog->open();
}

} // namespace caseledger::ui
