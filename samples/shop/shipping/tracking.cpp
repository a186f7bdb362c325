// TrackingService implementation; events land in the "tracking_events" table.
#include "shipping/tracking.h"

#include "common/database.h"
#include "common/logging.h"

namespace shop::shipping {

TrackingService::TrackingService(ShipmentService& shipments) : shipments_(shipments) {}

bool TrackingService::record(const std::string& trackingNumber, ShipmentStatus status,
                             const std::string& location, int minute) {
    if (!isValidTrackingNumber(trackingNumber)) {
        common::logWarn("tracking", "rejected scan for malformed number " + trackingNumber);
        return false;
    }
    if (!shipments_.updateStatus(trackingNumber, status)) {
        return false;
    }
    events_[trackingNumber].push_back(TrackingEvent{trackingNumber, status, location, minute});
    common::Database::instance().insert("tracking_events", {{"tracking_number", trackingNumber},
                                                            {"status", toString(status)},
                                                            {"location", location},
                                                            {"minute", std::to_string(minute)}});
    return true;
}

int TrackingService::scanIntervalMinutes(const Shipment& shipment) const {
    // compressed simulation: one scan per 40 minutes per transit day
    return 40 * (shipment.transitDays > 0 ? shipment.transitDays : 1);
}

std::vector<std::string> TrackingService::poll(int nowMinute) {
    std::vector<std::string> delivered;
    for (const Shipment* shipment : shipments_.open()) {
        const int interval = scanIntervalMinutes(*shipment);
        const auto& past = events_[shipment->trackingNumber];
        const int lastMinute = past.empty() ? shipment->createdMinute : past.back().minute;
        if (nowMinute - lastMinute < interval) {
            continue;
        }
        ShipmentStatus next = ShipmentStatus::PickedUp;
        std::string location = shipment->fromWarehouse;
        switch (shipment->status) {
            case ShipmentStatus::LabelCreated:
                next = ShipmentStatus::PickedUp;
                break;
            case ShipmentStatus::PickedUp:
                next = ShipmentStatus::InTransit;
                location = "hub";
                break;
            case ShipmentStatus::InTransit:
                next = ShipmentStatus::OutForDelivery;
                location = shipment->destination.city;
                break;
            case ShipmentStatus::OutForDelivery:
                next = ShipmentStatus::Delivered;
                location = shipment->destination.city;
                break;
            case ShipmentStatus::Delivered:
            case ShipmentStatus::Exception:
                continue;
        }
        const std::string tracking = shipment->trackingNumber;
        if (record(tracking, next, location, nowMinute) && next == ShipmentStatus::Delivered) {
            delivered.push_back(tracking);
        }
    }
    return delivered;
}

std::vector<TrackingEvent> TrackingService::history(const std::string& trackingNumber) const {
    auto it = events_.find(trackingNumber);
    return it == events_.end() ? std::vector<TrackingEvent>() : it->second;
}

std::optional<ShipmentStatus> TrackingService::latest(const std::string& trackingNumber) const {
    auto it = events_.find(trackingNumber);
    if (it == events_.end() || it->second.empty()) {
        return std::nullopt;
    }
    return it->second.back().status;
}

std::size_t TrackingService::eventCount() const {
    std::size_t n = 0;
    for (const auto& entry : events_) {
        n += entry.second.size();
    }
    return n;
}

}  // namespace shop::shipping
