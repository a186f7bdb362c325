// TemplateRegistry: named email / SMS templates, validated against the variables they need.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "notifications/channels.h"

namespace shop::notifications {

struct MessageTemplate {
    std::string name;
    Channel channel = Channel::Email;
    std::string subject;
    std::string body;
};

class TemplateRegistry {
public:
    void add(const MessageTemplate& tmpl);
    const MessageTemplate* find(const std::string& name, Channel channel) const;
    bool has(const std::string& name) const;
    std::vector<std::string> requiredVariables(const std::string& name, Channel channel) const;
    std::size_t size() const { return templates_.size(); }

private:
    std::map<std::pair<std::string, Channel>, MessageTemplate> templates_;
};

void loadDefaultTemplates(TemplateRegistry& registry);

}  // namespace shop::notifications
