// Small string helpers shared by every module (split, join, case, padding).
#pragma once

#include <string>
#include <vector>

namespace shop::common {

std::vector<std::string> split(const std::string& text, char delimiter);
std::string join(const std::vector<std::string>& parts, const std::string& separator);
std::string toLower(std::string text);
std::string toUpper(std::string text);
std::string trim(const std::string& text);
bool startsWith(const std::string& text, const std::string& prefix);
bool endsWith(const std::string& text, const std::string& suffix);
std::string replaceAll(std::string text, const std::string& from, const std::string& to);
std::string padLeft(const std::string& text, std::size_t width, char fill = ' ');
std::string padRight(const std::string& text, std::size_t width, char fill = ' ');
// Parses a base-10 integer; returns fallback when the text is not a number.
long long toInt(const std::string& text, long long fallback = 0);
bool isDigits(const std::string& text);

}  // namespace shop::common
