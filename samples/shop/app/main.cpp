// Entry point: builds the shop, runs the scripted sale day and prints the end-of-day summary.
#include <iostream>

#include "app/report.h"
#include "app/sale_day.h"
#include "app/wiring.h"
#include "common/config.h"
#include "common/logging.h"

int main(int argc, char** argv) {
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--verbose") {
            verbose = true;
        }
    }
    shop::common::Logger::instance().setEcho(verbose);
    shop::common::Config::instance().loadDefaults();

    std::unique_ptr<shop::app::ShopApp> app = shop::app::buildShop();
    const shop::app::SaleDayResult result = shop::app::runSaleDay(*app);

    std::cout << shop::app::formatSummary(*app, result);
    if (verbose) {
        for (const std::string& incident : result.incidents) {
            std::cout << "  incident: " << incident << "\n";
        }
    }
    const std::vector<std::string> problems = shop::app::checkInvariants(*app, result);
    for (const std::string& problem : problems) {
        std::cout << "INVARIANT VIOLATED: " << problem << "\n";
    }
    return problems.empty() ? 0 : 1;
}
