// ReservationManager: all-or-nothing holds with expiry, committed against stock on payment.
#include "inventory/reservation.h"

#include "common/clock.h"
#include "common/config.h"
#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"
#include "inventory/stock.h"

namespace shop::inventory {

using common::Database;

const char* toString(ReservationState state) {
    switch (state) {
        case ReservationState::Held:
            return "held";
        case ReservationState::Committed:
            return "committed";
        case ReservationState::Released:
            return "released";
        case ReservationState::Expired:
            return "expired";
    }
    return "unknown";
}

ReservationManager::ReservationManager()
    : ttlMinutes_(static_cast<int>(common::Config::instance().getInt("reservation.ttl_minutes", 20))) {}

common::Result<std::string> ReservationManager::reserve(const std::string& reference,
                                                        const std::vector<ReservedItem>& items) {
    if (items.empty()) {
        return common::Result<std::string>::fail("nothing to reserve");
    }
    std::map<std::string, int> wanted;
    for (const ReservedItem& item : items) {
        if (item.quantity <= 0) {
            return common::Result<std::string>::fail("invalid quantity for " + item.sku);
        }
        wanted[item.sku] += item.quantity;
    }
    for (const auto& entry : wanted) {
        if (available(entry.first) < entry.second) {
            common::logInfo("inventory", "insufficient stock for " + entry.first + " (" + reference + ")");
            return common::Result<std::string>::fail("out of stock: " + entry.first);
        }
    }
    Reservation r;
    r.id = common::makeId("RSV");
    r.reference = reference;
    r.createdMinute = common::SimClock::instance().now();
    r.expiresMinute = r.createdMinute + ttlMinutes_;
    for (const auto& entry : wanted) {
        r.items.push_back(ReservedItem{entry.first, entry.second});
        held_[entry.first] += entry.second;
    }
    reservations_[r.id] = r;
    Database::instance().insert("reservations", {{"id", r.id},
                                                 {"reference", reference},
                                                 {"state", toString(r.state)},
                                                 {"expires", std::to_string(r.expiresMinute)}});
    return common::Result<std::string>::of(r.id);
}

common::Status ReservationManager::commit(const std::string& reservationId) {
    auto it = reservations_.find(reservationId);
    if (it == reservations_.end()) {
        return common::Status::failure("no reservation " + reservationId);
    }
    Reservation& r = it->second;
    if (r.state != ReservationState::Held) {
        return common::Status::failure("reservation " + reservationId + " is " + toString(r.state));
    }
    for (const ReservedItem& item : r.items) {
        held_[item.sku] -= item.quantity;
        if (!removeStock(item.sku, item.quantity, "sold " + r.reference)) {
            common::logError("inventory", "oversold " + item.sku + " on " + r.reference);
        }
    }
    r.state = ReservationState::Committed;
    persist(r);
    return common::Status::success();
}

common::Status ReservationManager::release(const std::string& reservationId, const std::string& reason) {
    auto it = reservations_.find(reservationId);
    if (it == reservations_.end()) {
        return common::Status::failure("no reservation " + reservationId);
    }
    Reservation& r = it->second;
    if (r.state != ReservationState::Held) {
        return common::Status::failure("reservation " + reservationId + " is " + toString(r.state));
    }
    for (const ReservedItem& item : r.items) {
        held_[item.sku] -= item.quantity;
    }
    r.state = ReservationState::Released;
    persist(r);
    common::logDebug("inventory", "released " + reservationId + ": " + reason);
    return common::Status::success();
}

bool ReservationManager::rebind(const std::string& reservationId, const std::string& newReference) {
    auto it = reservations_.find(reservationId);
    if (it == reservations_.end()) {
        return false;
    }
    it->second.reference = newReference;
    persist(it->second);
    return true;
}

int ReservationManager::expireStale(int nowMinute) {
    int expired = 0;
    for (auto& entry : reservations_) {
        Reservation& r = entry.second;
        if (r.state == ReservationState::Held && r.expiresMinute <= nowMinute) {
            for (const ReservedItem& item : r.items) {
                held_[item.sku] -= item.quantity;
            }
            r.state = ReservationState::Expired;
            persist(r);
            ++expired;
        }
    }
    if (expired > 0) {
        common::logInfo("inventory", "expired " + std::to_string(expired) + " stale reservations");
    }
    return expired;
}

int ReservationManager::reservedQuantity(const std::string& sku) const {
    auto it = held_.find(sku);
    return it == held_.end() ? 0 : it->second;
}

int ReservationManager::available(const std::string& sku) const {
    return onHand(sku) - reservedQuantity(sku);
}

const Reservation* ReservationManager::find(const std::string& reservationId) const {
    auto it = reservations_.find(reservationId);
    return it == reservations_.end() ? nullptr : &it->second;
}

std::size_t ReservationManager::countIn(ReservationState state) const {
    std::size_t n = 0;
    for (const auto& entry : reservations_) {
        if (entry.second.state == state) {
            ++n;
        }
    }
    return n;
}

void ReservationManager::persist(const Reservation& reservation) {
    Database::instance().update("reservations", reservation.id,
                                {{"state", toString(reservation.state)},
                                 {"reference", reservation.reference}});
}

}  // namespace shop::inventory
