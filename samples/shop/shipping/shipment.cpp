// ShipmentService: buys labels, records shipments, keeps order rows in sync.
#include "shipping/shipment.h"

#include "common/clock.h"
#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"

namespace shop::shipping {

using common::Database;

const char* toString(ShipmentStatus status) {
    switch (status) {
        case ShipmentStatus::LabelCreated:
            return "label_created";
        case ShipmentStatus::PickedUp:
            return "picked_up";
        case ShipmentStatus::InTransit:
            return "in_transit";
        case ShipmentStatus::OutForDelivery:
            return "out_for_delivery";
        case ShipmentStatus::Delivered:
            return "delivered";
        case ShipmentStatus::Exception:
            return "exception";
    }
    return "exception";
}

ShipmentService::ShipmentService(const CarrierRegistry& carriers) : carriers_(carriers) {}

common::Result<Shipment> ShipmentService::createShipment(const ShipmentRequest& request) {
    const Carrier* carrier = carriers_.find(request.carrierCode);
    if (carrier == nullptr) {
        return common::Result<Shipment>::fail("unknown carrier " + request.carrierCode);
    }
    const CarrierService* service = findService(*carrier, request.level);
    if (service == nullptr) {
        return common::Result<Shipment>::fail(carrier->name + " has no " + toString(request.level) + " service");
    }
    if (request.weightGrams > carrier->maxWeightGrams) {
        return common::Result<Shipment>::fail("parcel too heavy for " + carrier->name);
    }
    if (isPoBox(request.destination) && !carrier->acceptsPoBox) {
        return common::Result<Shipment>::fail(carrier->name + " does not deliver to PO boxes");
    }
    Shipment s;
    s.id = common::makeId("SHP");
    s.orderId = request.orderId;
    s.carrierCode = carrier->code;
    s.level = request.level;
    s.trackingNumber = makeTrackingNumber(*carrier, ++trackingSequence_);
    s.weightGrams = request.weightGrams;
    s.labelCost = request.labelCost;
    s.fromWarehouse = request.fromWarehouse;
    s.destination = request.destination;
    s.createdMinute = common::SimClock::instance().now();
    s.transitDays = service->transitDays;
    shipments_[s.id] = s;
    byTracking_[s.trackingNumber] = s.id;

    Database::instance().insert("shipments", {{"id", s.id},
                                              {"order_id", s.orderId},
                                              {"carrier", s.carrierCode},
                                              {"tracking_number", s.trackingNumber},
                                              {"label_cents", std::to_string(s.labelCost.cents())},
                                              {"status", toString(s.status)}});
    // the storefront's order page reads tracking info from the orders row; write it here
    // so customers see it immediately instead of after the nightly sync
    Database::instance().update("orders", s.orderId,
                                {{"tracking_number", s.trackingNumber}, {"carrier", s.carrierCode}});
    common::logInfo("shipping", "label " + s.trackingNumber + " for " + s.orderId + " via " + carrier->name);
    return common::Result<Shipment>::of(s);
}

bool ShipmentService::voidLabel(const std::string& shipmentId) {
    auto it = shipments_.find(shipmentId);
    if (it == shipments_.end() || it->second.status != ShipmentStatus::LabelCreated) {
        return false;
    }
    it->second.status = ShipmentStatus::Exception;
    Database::instance().update("shipments", shipmentId, {{"status", "voided"}});
    return true;
}

bool ShipmentService::updateStatus(const std::string& trackingNumber, ShipmentStatus status) {
    auto idIt = byTracking_.find(trackingNumber);
    if (idIt == byTracking_.end()) {
        return false;
    }
    Shipment& s = shipments_[idIt->second];
    if (static_cast<int>(status) < static_cast<int>(s.status) && status != ShipmentStatus::Exception) {
        return false;  // scans never move a parcel backwards
    }
    s.status = status;
    Database::instance().update("shipments", s.id, {{"status", toString(status)}});
    return true;
}

const Shipment* ShipmentService::findByTracking(const std::string& trackingNumber) const {
    auto idIt = byTracking_.find(trackingNumber);
    if (idIt == byTracking_.end()) {
        return nullptr;
    }
    auto it = shipments_.find(idIt->second);
    return it == shipments_.end() ? nullptr : &it->second;
}

const Shipment* ShipmentService::findByOrder(const std::string& orderId) const {
    for (const auto& entry : shipments_) {
        if (entry.second.orderId == orderId && entry.second.status != ShipmentStatus::Exception) {
            return &entry.second;
        }
    }
    return nullptr;
}

std::vector<const Shipment*> ShipmentService::open() const {
    std::vector<const Shipment*> out;
    for (const auto& entry : shipments_) {
        if (entry.second.status != ShipmentStatus::Delivered &&
            entry.second.status != ShipmentStatus::Exception) {
            out.push_back(&entry.second);
        }
    }
    return out;
}

common::Money ShipmentService::totalLabelCost() const {
    common::Money total;
    for (const auto& entry : shipments_) {
        if (entry.second.status != ShipmentStatus::Exception) {
            total += entry.second.labelCost;
        }
    }
    return total;
}

}  // namespace shop::shipping
