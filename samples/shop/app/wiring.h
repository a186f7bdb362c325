// ShopApp: constructs and wires every module of the shop in dependency order.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "catalog/catalog.h"
#include "catalog/category.h"
#include "catalog/pricing.h"
#include "catalog/search.h"
#include "customers/customer_directory.h"
#include "customers/loyalty.h"
#include "inventory/replenishment.h"
#include "inventory/reservation.h"
#include "inventory/warehouse.h"
#include "notifications/channels.h"
#include "notifications/notifier.h"
#include "notifications/outbox.h"
#include "notifications/templates.h"
#include "orders/checkout.h"
#include "orders/order_manager.h"
#include "orders/order_store.h"
#include "orders/shipping_rate_calculator.h"
#include "payments/fraud.h"
#include "payments/ledger.h"
#include "payments/payment_method.h"
#include "payments/payment_processor.h"
#include "payments/refund.h"
#include "shipping/carrier.h"
#include "shipping/rate_table.h"
#include "shipping/shipment.h"
#include "shipping/tracking.h"
#include "shipping/zones.h"

namespace shop::app {

struct ShopApp {
    ShopApp();
    ShopApp(const ShopApp&) = delete;
    ShopApp& operator=(const ShopApp&) = delete;

    catalog::CategoryTree categories;
    catalog::Catalog catalog;
    catalog::PriceBook prices;
    catalog::SearchIndex search;

    inventory::WarehouseRegistry warehouses;
    inventory::ReservationManager reservations;
    inventory::ReplenishmentPlanner replenishment;

    customers::CustomerDirectory customers;
    customers::LoyaltyProgram loyalty;

    notifications::TemplateRegistry templates;
    notifications::Outbox outbox;
    notifications::EmailSender email;
    notifications::SmsSender sms;
    notifications::Notifier notifier;

    shipping::CarrierRegistry carriers;
    shipping::ZoneMap zones;
    shipping::RateTable rates;
    shipping::ShipmentService shipments;
    shipping::TrackingService tracking;

    orders::OrderStore orders;
    orders::ShippingRateCalculator shippingRates;

    payments::FraudScorer fraud;
    payments::Ledger ledger;
    payments::PaymentProcessor payments;
    payments::RefundService refunds;

    orders::CheckoutService checkout;
    orders::OrderManager manager;

    // Saved payment methods, keyed "<customer>-<label>".
    std::map<std::string, std::unique_ptr<payments::PaymentMethod>> wallet;

    payments::PaymentMethod* paymentMethod(const std::string& key);
};

// Builds the shop and loads reference data, opening stock, customers and their saved cards.
std::unique_ptr<ShopApp> buildShop();
void seedOpeningStock(ShopApp& app);
void seedPaymentMethods(ShopApp& app);

}  // namespace shop::app
