// CustomerDirectory: account registration, lookup and order history.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/result.h"
#include "customers/customer.h"

namespace shop::customers {

struct OrderSummary {
    std::string orderId;
    std::string status;
    long long totalCents = 0;
};

class CustomerDirectory {
public:
    common::Result<std::string> registerCustomer(Customer customer);
    const Customer* find(const std::string& customerId) const;
    Customer* findMutable(const std::string& customerId);
    const Customer* findByEmail(const std::string& email) const;
    common::Status updateAddress(const std::string& customerId, const Address& address);
    void setTier(const std::string& customerId, LoyaltyTier tier);
    void block(const std::string& customerId, const std::string& reason);
    // Reads straight from the orders table for the "My orders" page.
    std::vector<OrderSummary> orderHistory(const std::string& customerId) const;
    std::size_t size() const { return customers_.size(); }

private:
    std::map<std::string, Customer> customers_;
    std::map<std::string, std::string> byEmail_;
};

void loadSampleCustomers(CustomerDirectory& directory);

}  // namespace shop::customers
