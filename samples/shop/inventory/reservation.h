// Reservations: stock held for an order between checkout and payment capture.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/result.h"

namespace shop::inventory {

enum class ReservationState { Held, Committed, Released, Expired };

const char* toString(ReservationState state);

struct ReservedItem {
    std::string sku;
    int quantity = 0;
};

struct Reservation {
    std::string id;
    std::string reference;  // order id (or cart id) that holds the stock
    std::vector<ReservedItem> items;
    int createdMinute = 0;
    int expiresMinute = 0;
    ReservationState state = ReservationState::Held;
};

class ReservationManager {
public:
    ReservationManager();

    // Holds all items or none. Returns the reservation id.
    common::Result<std::string> reserve(const std::string& reference,
                                        const std::vector<ReservedItem>& items);
    // Converts a hold into an actual stock decrement (payment captured).
    common::Status commit(const std::string& reservationId);
    common::Status release(const std::string& reservationId, const std::string& reason);
    bool rebind(const std::string& reservationId, const std::string& newReference);
    int expireStale(int nowMinute);

    int reservedQuantity(const std::string& sku) const;
    int available(const std::string& sku) const;
    const Reservation* find(const std::string& reservationId) const;
    std::size_t countIn(ReservationState state) const;

private:
    void persist(const Reservation& reservation);

    std::map<std::string, Reservation> reservations_;
    std::map<std::string, int> held_;
    int ttlMinutes_;
};

}  // namespace shop::inventory
