// CheckoutService: turns a cart into a paid order (price, reserve, quote shipping, charge).
#pragma once

#include <string>

#include "catalog/catalog.h"
#include "catalog/pricing.h"
#include "common/money.h"
#include "customers/customer_directory.h"
#include "inventory/reservation.h"
#include "inventory/warehouse.h"
#include "notifications/notifier.h"
#include "orders/cart.h"
#include "orders/order_store.h"
#include "orders/shipping_rate_calculator.h"
#include "payments/payment_method.h"
#include "payments/payment_processor.h"
#include "shipping/carrier.h"

namespace shop::orders {

struct CheckoutRequest {
    std::string customerId;
    const Cart* cart = nullptr;
    customers::Address shipTo;  // empty recipient: use the customer's default address
    payments::PaymentMethod* paymentMethod = nullptr;
    shipping::ServiceLevel level = shipping::ServiceLevel::Ground;
    common::Money storeCredit;
};

struct CheckoutResult {
    bool ok = false;
    std::string orderId;
    std::string stage;  // where it failed: validation, pricing, inventory, shipping, payment
    std::string error;
    common::Money total;
};

class CheckoutService {
public:
    CheckoutService(const catalog::Catalog& catalog, const catalog::PriceBook& prices,
                    inventory::ReservationManager& reservations, const inventory::WarehouseRegistry& warehouses,
                    OrderStore& orders, payments::PaymentProcessor& payments,
                    const ShippingRateCalculator& shippingRates, const customers::CustomerDirectory& customers,
                    notifications::Notifier& notifier);

    CheckoutResult checkout(const CheckoutRequest& request);
    std::size_t attempts() const { return attempts_; }

private:
    CheckoutResult fail(const std::string& stage, const std::string& error, const std::string& orderId = "");

    const catalog::Catalog& catalog_;
    const catalog::PriceBook& prices_;
    inventory::ReservationManager& reservations_;
    const inventory::WarehouseRegistry& warehouses_;
    OrderStore& orders_;
    payments::PaymentProcessor& payments_;
    const ShippingRateCalculator& shippingRates_;
    const customers::CustomerDirectory& customers_;
    notifications::Notifier& notifier_;
    std::size_t attempts_ = 0;
};

}  // namespace shop::orders
