// Shipments: labels bought for an order and their lifecycle status.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/money.h"
#include "common/result.h"
#include "customers/address.h"
#include "shipping/carrier.h"

namespace shop::shipping {

enum class ShipmentStatus { LabelCreated, PickedUp, InTransit, OutForDelivery, Delivered, Exception };

const char* toString(ShipmentStatus status);

struct Shipment {
    std::string id;
    std::string orderId;
    std::string carrierCode;
    ServiceLevel level = ServiceLevel::Ground;
    std::string trackingNumber;
    int weightGrams = 0;
    common::Money labelCost;
    std::string fromWarehouse;
    customers::Address destination;
    ShipmentStatus status = ShipmentStatus::LabelCreated;
    int createdMinute = 0;
    int transitDays = 0;
};

struct ShipmentRequest {
    std::string orderId;
    std::string carrierCode;
    ServiceLevel level = ServiceLevel::Ground;
    int weightGrams = 0;
    common::Money labelCost;
    std::string fromWarehouse;
    customers::Address destination;
};

class ShipmentService {
public:
    explicit ShipmentService(const CarrierRegistry& carriers);

    common::Result<Shipment> createShipment(const ShipmentRequest& request);
    bool voidLabel(const std::string& shipmentId);
    bool updateStatus(const std::string& trackingNumber, ShipmentStatus status);
    const Shipment* findByTracking(const std::string& trackingNumber) const;
    const Shipment* findByOrder(const std::string& orderId) const;
    std::vector<const Shipment*> open() const;
    std::size_t count() const { return shipments_.size(); }
    common::Money totalLabelCost() const;

private:
    const CarrierRegistry& carriers_;
    std::map<std::string, Shipment> shipments_;
    std::map<std::string, std::string> byTracking_;
    long trackingSequence_ = 0;
};

}  // namespace shop::shipping
