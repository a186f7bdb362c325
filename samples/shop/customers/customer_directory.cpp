// CustomerDirectory implementation and the sample customer base.
#include "customers/customer_directory.h"

#include "common/database.h"
#include "common/ids.h"
#include "common/logging.h"
#include "common/strings.h"

namespace shop::customers {

using common::Database;

common::Result<std::string> CustomerDirectory::registerCustomer(Customer customer) {
    customer.email = common::toLower(common::trim(customer.email));
    if (!isValidEmail(customer.email)) {
        return common::Result<std::string>::fail("invalid email " + customer.email);
    }
    if (byEmail_.count(customer.email) > 0) {
        return common::Result<std::string>::fail("email already registered");
    }
    if (!customer.phone.empty()) {
        customer.phone = normalizePhone(customer.phone);
    }
    customer.defaultAddress = normalizeAddress(customer.defaultAddress);
    const std::string problem = validateAddress(customer.defaultAddress);
    if (!problem.empty()) {
        return common::Result<std::string>::fail(problem);
    }
    if (customer.id.empty()) {
        customer.id = common::makeId("CUS");
    }
    byEmail_[customer.email] = customer.id;
    customers_[customer.id] = customer;
    Database::instance().insert("customers", toRow(customer));
    return common::Result<std::string>::of(customer.id);
}

const Customer* CustomerDirectory::find(const std::string& customerId) const {
    auto it = customers_.find(customerId);
    return it == customers_.end() ? nullptr : &it->second;
}

Customer* CustomerDirectory::findMutable(const std::string& customerId) {
    auto it = customers_.find(customerId);
    return it == customers_.end() ? nullptr : &it->second;
}

const Customer* CustomerDirectory::findByEmail(const std::string& email) const {
    auto it = byEmail_.find(common::toLower(common::trim(email)));
    return it == byEmail_.end() ? nullptr : find(it->second);
}

common::Status CustomerDirectory::updateAddress(const std::string& customerId, const Address& address) {
    Customer* customer = findMutable(customerId);
    if (customer == nullptr) {
        return common::Status::failure("unknown customer " + customerId);
    }
    const Address normalized = normalizeAddress(address);
    const std::string problem = validateAddress(normalized);
    if (!problem.empty()) {
        return common::Status::failure(problem);
    }
    customer->defaultAddress = normalized;
    Database::instance().update("customers", customerId, {{"postal", normalized.postalCode}});
    return common::Status::success();
}

void CustomerDirectory::setTier(const std::string& customerId, LoyaltyTier tier) {
    Customer* customer = findMutable(customerId);
    if (customer == nullptr || customer->tier == tier) {
        return;
    }
    customer->tier = tier;
    Database::instance().update("customers", customerId, {{"tier", toString(tier)}});
    common::logInfo("customers", customerId + " promoted to " + toString(tier));
}

void CustomerDirectory::block(const std::string& customerId, const std::string& reason) {
    Customer* customer = findMutable(customerId);
    if (customer == nullptr) {
        return;
    }
    customer->blocked = true;
    Database::instance().update("customers", customerId, {{"blocked", "1"}, {"blocked_reason", reason}});
    common::logWarn("customers", "blocked " + customerId + ": " + reason);
}

std::vector<OrderSummary> CustomerDirectory::orderHistory(const std::string& customerId) const {
    std::vector<OrderSummary> history;
    for (const common::Row& row : Database::instance().query("orders", "customer_id", customerId)) {
        history.push_back(OrderSummary{common::field(row, "id"), common::field(row, "status"),
                                       common::fieldInt(row, "total_cents")});
    }
    return history;
}

void loadSampleCustomers(CustomerDirectory& directory) {
    struct Seed {
        const char* id;
        const char* name;
        const char* email;
        const char* phone;
        int ageDays;
        Address address;
        bool sms;
    };
    const Seed seeds[] = {
        {"CUS-ALICE", "Alice Moreno", "alice@example.com", "(555) 201-0001", 1200,
         {"Alice Moreno", "12 Harbor Street", "", "Boston", "MA", "02110", "US"}, true},
        {"CUS-BOB", "Bob Lindqvist", "bob@example.com", "555-201-0002", 430,
         {"Bob Lindqvist", "88 Elm Avenue", "Apt 4", "Austin", "TX", "73301", "US"}, false},
        {"CUS-CHEN", "Chen Wei", "chen.wei@example.com", "+1 555 201 0003", 45,
         {"Chen Wei", "500 Market Street", "", "San Francisco", "CA", "94105", "US"}, true},
        {"CUS-DANA", "Dana Okafor", "dana@example.com", "", 2100,
         {"Dana Okafor", "7 Lakeview Road", "", "Chicago", "IL", "60601", "US"}, false},
        {"CUS-EVAN", "Evan Price", "evan@example.net", "555 201 0005", 2,
         {"Evan Price", "PO Box 77", "", "Miami", "FL", "33101", "US"}, true},
        {"CUS-FAYE", "Faye Sato", "faye@example.org", "5552010006", 800,
         {"Faye Sato", "410 Pine Street", "", "Seattle", "WA", "98101", "US"}, true},
        {"CUS-GUS", "Gus Hendricks", "gus@example.com", "555-201-0007", 15,
         {"Gus Hendricks", "9 Mill Lane", "", "Denver", "CO", "80202", "US"}, false},
        {"CUS-HANA", "Hana Novak", "hana@example.com", "555-201-0008", 365,
         {"Hana Novak", "300 Broad Street", "", "New York", "NY", "10004", "US"}, true},
    };
    for (const Seed& seed : seeds) {
        Customer c;
        c.id = seed.id;
        c.name = seed.name;
        c.email = seed.email;
        c.phone = seed.phone;
        c.accountAgeDays = seed.ageDays;
        c.defaultAddress = seed.address;
        c.smsOptIn = seed.sms;
        c.marketingOptIn = true;
        auto result = directory.registerCustomer(c);
        if (!result.ok()) {
            common::logError("customers", std::string("could not seed ") + seed.id + ": " + result.error());
        }
    }
}

}  // namespace shop::customers
