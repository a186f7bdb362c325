// CategoryTree implementation and the default merchandising tree.
#include "catalog/category.h"

#include "common/logging.h"

namespace shop::catalog {

bool CategoryTree::add(const std::string& id, const std::string& parentId, const std::string& name) {
    if (id.empty() || categories_.count(id) > 0) {
        return false;
    }
    if (!parentId.empty() && categories_.count(parentId) == 0) {
        common::logWarn("catalog", "unknown parent category " + parentId + " for " + id);
        return false;
    }
    categories_[id] = Category{id, parentId, name};
    return true;
}

const Category* CategoryTree::find(const std::string& id) const {
    auto it = categories_.find(id);
    return it == categories_.end() ? nullptr : &it->second;
}

std::string CategoryTree::path(const std::string& id) const {
    std::vector<std::string> names;
    const Category* current = find(id);
    int guard = 0;
    while (current != nullptr && guard++ < 16) {
        names.insert(names.begin(), current->name);
        current = current->parentId.empty() ? nullptr : find(current->parentId);
    }
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        out += (i == 0 ? "" : " > ") + names[i];
    }
    return out;
}

bool CategoryTree::isWithin(const std::string& id, const std::string& ancestorId) const {
    const Category* current = find(id);
    int guard = 0;
    while (current != nullptr && guard++ < 16) {
        if (current->id == ancestorId) {
            return true;
        }
        current = current->parentId.empty() ? nullptr : find(current->parentId);
    }
    return false;
}

std::vector<std::string> CategoryTree::children(const std::string& id) const {
    std::vector<std::string> out;
    for (const auto& entry : categories_) {
        if (entry.second.parentId == id) {
            out.push_back(entry.first);
        }
    }
    return out;
}

void loadDefaultCategories(CategoryTree& tree) {
    tree.add("electronics", "", "Electronics");
    tree.add("audio", "electronics", "Audio");
    tree.add("computing", "electronics", "Computing");
    tree.add("home", "", "Home");
    tree.add("kitchen", "home", "Kitchen");
    tree.add("outdoor", "", "Outdoor");
    tree.add("apparel", "", "Apparel");
}

}  // namespace shop::catalog
