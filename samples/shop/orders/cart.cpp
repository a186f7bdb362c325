// Cart implementation: quantity limits and sellability checks.
#include "orders/cart.h"

#include <algorithm>
#include <utility>

namespace shop::orders {

Cart::Cart(std::string customerId) : customerId_(std::move(customerId)) {}

common::Status Cart::add(const catalog::Catalog& catalog, const std::string& sku, int quantity) {
    if (quantity <= 0) {
        return common::Status::failure("quantity must be positive");
    }
    if (!catalog.isSellable(sku)) {
        return common::Status::failure(sku + " is not available");
    }
    for (CartLine& line : lines_) {
        if (line.sku == sku) {
            if (line.quantity + quantity > kMaxPerLine) {
                return common::Status::failure("limit " + std::to_string(kMaxPerLine) + " per item");
            }
            line.quantity += quantity;
            return common::Status::success();
        }
    }
    if (quantity > kMaxPerLine) {
        return common::Status::failure("limit " + std::to_string(kMaxPerLine) + " per item");
    }
    lines_.push_back(CartLine{sku, quantity});
    return common::Status::success();
}

bool Cart::remove(const std::string& sku) {
    const auto before = lines_.size();
    lines_.erase(std::remove_if(lines_.begin(), lines_.end(), [&](const CartLine& l) { return l.sku == sku; }),
                 lines_.end());
    return lines_.size() != before;
}

bool Cart::setQuantity(const std::string& sku, int quantity) {
    if (quantity <= 0) {
        return remove(sku);
    }
    for (CartLine& line : lines_) {
        if (line.sku == sku) {
            line.quantity = std::min(quantity, kMaxPerLine);
            return true;
        }
    }
    return false;
}

std::vector<catalog::PriceLineInput> Cart::toPriceInputs() const {
    std::vector<catalog::PriceLineInput> inputs;
    for (const CartLine& line : lines_) {
        inputs.push_back(catalog::PriceLineInput{line.sku, line.quantity});
    }
    return inputs;
}

int Cart::itemCount() const {
    int n = 0;
    for (const CartLine& line : lines_) {
        n += line.quantity;
    }
    return n;
}

void Cart::clear() {
    lines_.clear();
    promoCode_.clear();
}

}  // namespace shop::orders
