#include "sync_gzip.hpp"

#include <cctype>

#include <boost/beast/core/string.hpp>

namespace muster::server {

std::string_view trim_header_value(std::string_view value) {
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    return value;
}

namespace {

/// True when the parameters of one coding (after the first ';') set q to zero.
bool q_is_zero(std::string_view params) {
    while (!params.empty()) {
        const auto semi = params.find(';');
        auto param = trim_header_value(params.substr(0, semi));
        params = semi == std::string_view::npos ? std::string_view{} : params.substr(semi + 1);
        if (param.size() < 2 || std::tolower(static_cast<unsigned char>(param[0])) != 'q' || param[1] != '=') continue;
        const auto value = trim_header_value(param.substr(2));
        return !value.empty() && value.find_first_not_of("0.") == std::string_view::npos;
    }
    return false;
}

}  // namespace

bool accepts_gzip(std::string_view header) {
    while (!header.empty()) {
        const auto comma = header.find(',');
        auto item = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        const auto semi = item.find(';');
        const auto coding = trim_header_value(item.substr(0, semi));
        if (!boost::beast::iequals(coding, "gzip") && coding != "*") continue;
        if (!q_is_zero(semi == std::string_view::npos ? std::string_view{} : item.substr(semi + 1))) return true;
    }
    return false;
}

}  // namespace muster::server
