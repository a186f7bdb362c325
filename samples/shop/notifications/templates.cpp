// TemplateRegistry implementation and the stock customer-facing templates.
#include "notifications/templates.h"

#include "notifications/template_engine.h"

namespace shop::notifications {

void TemplateRegistry::add(const MessageTemplate& tmpl) {
    templates_[{tmpl.name, tmpl.channel}] = tmpl;
}

const MessageTemplate* TemplateRegistry::find(const std::string& name, Channel channel) const {
    auto it = templates_.find({name, channel});
    return it == templates_.end() ? nullptr : &it->second;
}

bool TemplateRegistry::has(const std::string& name) const {
    return find(name, Channel::Email) != nullptr || find(name, Channel::Sms) != nullptr;
}

std::vector<std::string> TemplateRegistry::requiredVariables(const std::string& name, Channel channel) const {
    const MessageTemplate* tmpl = find(name, channel);
    if (tmpl == nullptr) {
        return {};
    }
    return referencedVariables(tmpl->subject + " " + tmpl->body);
}

void loadDefaultTemplates(TemplateRegistry& registry) {
    registry.add({"order_confirmation", Channel::Email, "Your order {{order_id}} is confirmed",
                  "Hi {{first_name}},\n\nThanks for shopping the sale! We received order {{order_id}} "
                  "({{item_count}} items, {{total}}).\n{{#if points}}You earned {{points}} loyalty points.\n"
                  "{{/if}}We'll email you again when it ships.\n"});
    registry.add({"order_confirmation", Channel::Sms, "",
                  "Shop: order {{order_id}} confirmed, total {{total}}."});
    registry.add({"order_shipped", Channel::Email, "Order {{order_id}} has shipped",
                  "Hi {{first_name}},\n\nYour order is on its way with {{carrier}}. Tracking number: "
                  "{{tracking|upper}}. Expected in {{eta_days}} business days.\n"});
    registry.add({"order_shipped", Channel::Sms, "",
                  "Shop: {{order_id}} shipped via {{carrier}}, tracking {{tracking|upper}}."});
    registry.add({"order_delivered", Channel::Email, "Delivered: order {{order_id}}",
                  "Hi {{first_name}}, your order {{order_id}} was delivered. Enjoy!\n"});
    registry.add({"payment_failed", Channel::Email, "Problem with your payment for {{order_id}}",
                  "Hi {{first_name}},\n\nWe could not charge your {{method|default:card}}: {{reason}}. "
                  "Your items are no longer reserved.\n"});
    registry.add({"refund_issued", Channel::Email, "Refund for order {{order_id}}",
                  "Hi {{first_name}},\n\nWe refunded {{amount}} to your original payment method.\n"});
    registry.add({"refund_issued", Channel::Sms, "", "Shop: refund of {{amount}} issued for {{order_id}}."});
    registry.add({"ops_alert", Channel::Email, "[ops] {{subject}}", "{{body}}\n"});
}

}  // namespace shop::notifications
