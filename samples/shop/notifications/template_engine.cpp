// Template renderer implementation.
#include "notifications/template_engine.h"

#include <algorithm>

#include "common/strings.h"

namespace shop::notifications {

namespace {

std::string applyFilter(const std::string& value, const std::string& filter, bool present) {
    if (filter == "upper") {
        return common::toUpper(value);
    }
    if (filter == "lower") {
        return common::toLower(value);
    }
    if (common::startsWith(filter, "default:")) {
        return present && !value.empty() ? value : filter.substr(8);
    }
    return value;
}

bool truthy(const Variables& variables, const std::string& name) {
    auto it = variables.find(name);
    return it != variables.end() && !it->second.empty() && it->second != "0" && it->second != "false";
}

// Resolves {{#if x}}...{{/if}} blocks (not nested) before substitution.
std::string resolveConditionals(const std::string& text, const Variables& variables) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = text.find("{{#if ", pos);
        if (open == std::string::npos) {
            out += text.substr(pos);
            break;
        }
        const std::size_t tagEnd = text.find("}}", open);
        const std::size_t close = text.find("{{/if}}", open);
        if (tagEnd == std::string::npos || close == std::string::npos) {
            out += text.substr(pos);
            break;
        }
        out += text.substr(pos, open - pos);
        const std::string name = common::trim(text.substr(open + 6, tagEnd - open - 6));
        if (truthy(variables, name)) {
            out += text.substr(tagEnd + 2, close - tagEnd - 2);
        }
        pos = close + 7;
    }
    return out;
}

}  // namespace

RenderResult render(const std::string& templateText, const Variables& variables) {
    RenderResult result;
    const std::string text = resolveConditionals(templateText, variables);
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = text.find("{{", pos);
        if (open == std::string::npos) {
            result.text += text.substr(pos);
            break;
        }
        const std::size_t close = text.find("}}", open);
        if (close == std::string::npos) {
            result.text += text.substr(pos);
            break;
        }
        result.text += text.substr(pos, open - pos);
        const std::string expression = common::trim(text.substr(open + 2, close - open - 2));
        const auto bar = expression.find('|');
        const std::string name = common::trim(expression.substr(0, bar));
        const std::string filter = bar == std::string::npos ? "" : common::trim(expression.substr(bar + 1));
        auto it = variables.find(name);
        const bool present = it != variables.end();
        if (!present && !common::startsWith(filter, "default:")) {
            result.missing.push_back(name);
        }
        result.text += applyFilter(present ? it->second : std::string(), filter, present);
        pos = close + 2;
    }
    return result;
}

std::vector<std::string> referencedVariables(const std::string& templateText) {
    std::vector<std::string> names;
    std::size_t pos = 0;
    while ((pos = templateText.find("{{", pos)) != std::string::npos) {
        const std::size_t close = templateText.find("}}", pos);
        if (close == std::string::npos) {
            break;
        }
        std::string expression = common::trim(templateText.substr(pos + 2, close - pos - 2));
        pos = close + 2;
        if (expression.empty() || expression[0] == '/') {
            continue;
        }
        if (common::startsWith(expression, "#if ")) {
            expression = common::trim(expression.substr(4));
        }
        const std::string name = common::trim(expression.substr(0, expression.find('|')));
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    }
    return names;
}

}  // namespace shop::notifications
