// The scripted sale day: a doorbuster morning peak, an afternoon tail, back-office jobs.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "app/wiring.h"
#include "notifications/outbox.h"

namespace shop::app {

struct SaleDayResult {
    std::size_t checkoutsAttempted = 0;
    std::size_t browseQueries = 0;
    std::size_t cartHolds = 0;
    std::size_t soldOutCarts = 0;
    std::size_t fulfilmentRuns = 0;
    std::size_t reviewsReleased = 0;
    notifications::FlushStats messages;
    std::map<std::string, std::string> orderIds;  // script label -> order id
    std::vector<std::string> incidents;
    int openingMinute = 0;
    int closingMinute = 0;
};

SaleDayResult runSaleDay(ShopApp& app);

}  // namespace shop::app
