// PaymentMethod defaults shared by all tender types.
#include "payments/payment_method.h"

namespace shop::payments {

const char* toString(ChargeStatus status) {
    switch (status) {
        case ChargeStatus::Approved:
            return "approved";
        case ChargeStatus::Declined:
            return "declined";
        case ChargeStatus::TransientError:
            return "transient_error";
    }
    return "declined";
}

int PaymentMethod::riskScore() const { return 0; }

common::Money PaymentMethod::processingFee(common::Money amount) const {
    (void)amount;
    return common::Money();
}

}  // namespace shop::payments
