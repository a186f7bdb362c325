// CategoryTree: the merchandising hierarchy (e.g. Electronics > Audio > Headphones).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace shop::catalog {

struct Category {
    std::string id;
    std::string parentId;
    std::string name;
};

class CategoryTree {
public:
    bool add(const std::string& id, const std::string& parentId, const std::string& name);
    const Category* find(const std::string& id) const;
    // "Electronics > Audio" for "audio".
    std::string path(const std::string& id) const;
    bool isWithin(const std::string& id, const std::string& ancestorId) const;
    std::vector<std::string> children(const std::string& id) const;
    std::size_t size() const { return categories_.size(); }

private:
    std::map<std::string, Category> categories_;
};

void loadDefaultCategories(CategoryTree& tree);

}  // namespace shop::catalog
