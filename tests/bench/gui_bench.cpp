// Resident memory of the GUI with a county open on the caseload page (issue 3, "Performance":
// goal <= 300 MB). A supervisor signs in through the unlock dialog on the offscreen platform,
// the caseload shows all cases and is scrolled through a number of pages, then a case is
// opened. Prints figures; asserts nothing.
//
//   caseledger_bench_gui [--cases 20000] [--seed 1] [--pages 20]
#include "core/services/demoservice.h"
#include "tests/ui/caseworkgui.h"
#include "ui/caseload/caselistmodel.h"
#include "ui/caseload/caseloadpage.h"

#include <QApplication>
#include <QTableView>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <malloc.h>
#include <string>

using namespace caseledger;

namespace {

struct Options
{
    std::int64_t cases = 20000;
    std::uint64_t seed = 1;
    int pages = 20;
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--cases")
            o.cases = std::stoll(argv[i + 1]);
        else if (key == "--seed")
            o.seed = std::stoull(argv[i + 1]);
        else if (key == "--pages")
            o.pages = std::stoi(argv[i + 1]);
    }
    return o;
}

// VmRSS of this process in MB (Linux).
double residentMb()
{
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            double kb = 0;
            status >> kb;
            return kb / 1024.0;
        }
        status.ignore(1 << 12, '\n');
    }
    return 0;
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options o = parse(argc, argv);
    test::GuiFixture f;
    test::TestWorkspace& tw = f.tw();
    tw.reopenAsAdmin();
    const auto start = std::chrono::steady_clock::now();
    core::DemoRequest request;
    request.cases = o.cases;
    request.seed = o.seed;
    request.workerPassword = test::kUserPassword;
    if (auto made = core::DemoService(tw.ws()).generate(tw.admin(), request); !made) {
        std::fprintf(stderr, "generation failed: %s\n", made.error().message.c_str());
        return 1;
    }
    tw.addUser("benchsup", core::Role::Supervisor);
    test::chooseOwnPassword(tw, "benchsup"); // leaves the database closed
    std::printf("county: %lld cases generated in %.1f s\n", static_cast<long long>(o.cases),
        seconds(start));
    // What generation left in the heap is not the GUI's: give it back before measuring.
    malloc_trim(0);
    const double before = residentMb();

    f.signIn(QStringLiteral("benchsup"), QString::fromUtf8(test::kWorkerPassword));
    auto* pages = f.window().findChild<ui::CaseworkPages*>();
    ui::CaseloadPage* caseload = pages->caseload();
    f.window().showPage(caseload);
    caseload->setScope(ui::CaseloadPage::Scope::All);
    auto* model = caseload->model();
    test::waitFor([&] { return model->rowCount() > 0 && !f.session().isBusy(); }, 120000);
    const double firstPage = residentMb();
    for (int p = 0; p < o.pages && model->canFetchMore({}); ++p) {
        model->fetchMore({});
        test::waitFor([&] { return !model->isLoading() && !f.session().isBusy(); }, 60000);
    }
    const int rows = model->rowCount();
    const double scrolled = residentMb();
    pages->openCase(model->data(model->index(rows / 2, 0)).toString());
    test::waitFor([&] { return !pages->casePage()->isLoading() && !f.session().isBusy(); }, 60000);
    const double withCase = residentMb();

    std::printf("resident memory, MB (goal <= 300 with the county open on the caseload page)\n");
    std::printf("  before sign-in (Qt, fonts, main window)          %7.1f\n", before);
    std::printf("  caseload page, all cases, first page             %7.1f\n", firstPage);
    std::printf("  after scrolling to %6d rows                   %7.1f\n", rows, scrolled);
    std::printf("  with a case open on the case page                %7.1f\n", withCase);
    return 0;
}
