// Minimal mustache-style template renderer: {{var}}, {{var|upper}}, {{var|default:x}}, {{#if var}}..{{/if}}.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace shop::notifications {

using Variables = std::map<std::string, std::string>;

struct RenderResult {
    std::string text;
    std::vector<std::string> missing;  // variables referenced but not supplied
    bool ok() const { return missing.empty(); }
};

RenderResult render(const std::string& templateText, const Variables& variables);
// Names of all variables referenced by a template, in order of first use.
std::vector<std::string> referencedVariables(const std::string& templateText);

}  // namespace shop::notifications
