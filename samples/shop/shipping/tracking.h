// TrackingService: carrier scan events per tracking number and the simulated scan feed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "shipping/shipment.h"

namespace shop::shipping {

struct TrackingEvent {
    std::string trackingNumber;
    ShipmentStatus status = ShipmentStatus::LabelCreated;
    std::string location;
    int minute = 0;
};

class TrackingService {
public:
    explicit TrackingService(ShipmentService& shipments);

    bool record(const std::string& trackingNumber, ShipmentStatus status, const std::string& location,
                int minute);
    // Pulls the carrier feed: advances open shipments whose next scan is due.
    // Returns tracking numbers that reached Delivered during this poll.
    std::vector<std::string> poll(int nowMinute);
    std::vector<TrackingEvent> history(const std::string& trackingNumber) const;
    std::optional<ShipmentStatus> latest(const std::string& trackingNumber) const;
    std::size_t eventCount() const;

private:
    int scanIntervalMinutes(const Shipment& shipment) const;

    ShipmentService& shipments_;
    std::map<std::string, std::vector<TrackingEvent>> events_;
};

}  // namespace shop::shipping
