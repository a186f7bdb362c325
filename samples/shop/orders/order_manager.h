// OrderManager: the back-office facade for the whole order lifecycle (place, fulfil, track, cancel, return).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/search.h"
#include "common/money.h"
#include "common/result.h"
#include "customers/customer_directory.h"
#include "customers/loyalty.h"
#include "inventory/replenishment.h"
#include "inventory/reservation.h"
#include "inventory/warehouse.h"
#include "notifications/notifier.h"
#include "orders/cart.h"
#include "orders/checkout.h"
#include "orders/order_store.h"
#include "orders/shipping_rate_calculator.h"
#include "payments/payment_processor.h"
#include "payments/refund.h"
#include "shipping/shipment.h"
#include "shipping/tracking.h"

namespace shop::orders {

struct DayCounters {
    std::size_t placed = 0;
    std::size_t rejectedValidation = 0;
    std::size_t rejectedInventory = 0;
    std::size_t rejectedShipping = 0;
    std::size_t rejectedPayment = 0;
    std::size_t shipped = 0;
    std::size_t shortPicks = 0;
    std::size_t delivered = 0;
    std::size_t cancelled = 0;
    std::size_t returns = 0;
    std::size_t staleOrdersClosed = 0;
    std::size_t reservationsExpired = 0;
    std::size_t purchaseOrdersReceived = 0;
    long long loyaltyPointsAwarded = 0;
    long long loyaltyPointsRedeemed = 0;
    common::Money merchandise;
    common::Money shippingCharged;
    common::Money taxCollected;
};

struct Collaborators {
    catalog::Catalog& catalog;
    const catalog::SearchIndex& search;
    inventory::ReservationManager& reservations;
    inventory::WarehouseRegistry& warehouses;
    inventory::ReplenishmentPlanner& replenishment;
    OrderStore& orders;
    CheckoutService& checkout;
    const ShippingRateCalculator& shippingRates;
    payments::PaymentProcessor& payments;
    payments::RefundService& refunds;
    shipping::ShipmentService& shipments;
    shipping::TrackingService& tracking;
    const shipping::CarrierRegistry& carriers;
    customers::CustomerDirectory& customers;
    customers::LoyaltyProgram& loyalty;
    notifications::Notifier& notifier;
};

class OrderManager {
public:
    explicit OrderManager(const Collaborators& c);

    // storefront
    std::vector<std::string> browse(const std::string& query, std::size_t limit, common::Money maxPrice) const;
    common::Status addToCart(Cart& cart, const std::string& sku, int quantity) const;
    // Holds stock for a cart that has not checked out yet (released on expiry).
    std::string holdCart(const Cart& cart);
    CheckoutResult placeOrder(const std::string& customerId, const Cart& cart, payments::PaymentMethod& method,
                              shipping::ServiceLevel level, long long redeemPoints);

    // back office
    int fulfilPending();
    int releaseReviewedPayments();
    int pollCarrierFeed(int nowMinute);
    common::Status cancelOrder(const std::string& orderId, const std::string& reason);
    payments::RefundResult returnItems(const std::string& orderId, const std::string& sku, int quantity,
                                       const std::string& reason);
    int housekeeping(int nowMinute);

    const DayCounters& counters() const { return counters_; }

private:
    bool pickOrder(const Order& order);
    bool pickLine(const std::string& preferredWarehouse, const std::string& sku, int quantity);

    Collaborators c_;
    DayCounters counters_;
};

}  // namespace shop::orders
