#include "muster/server/router.hpp"

#include <atomic>

#include "muster/version.hpp"

namespace muster::server {
namespace {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> out;
    std::size_t start = 1;  // skip the leading '/'
    while (start <= path.size()) {
        const auto end = path.find('/', start);
        out.emplace_back(path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return out;
}

void set_common_headers(HttpResponse& response) {
    response.set(http::field::server, "muster/" + std::string(version()));
    response.set(http::field::cache_control, "no-store");
}

}  // namespace

struct Reply::State {
    Sink sink;
    HttpResponse fallback;
    std::atomic<bool> done{false};

    ~State() {
        if (!done.exchange(true)) sink(std::move(fallback));
    }
};

Reply::Reply(Sink sink, HttpResponse fallback) : state_(std::make_shared<State>()) {
    state_->sink = std::move(sink);
    state_->fallback = std::move(fallback);
}

void Reply::operator()(HttpResponse response) const {
    if (!state_->done.exchange(true)) state_->sink(std::move(response));
}

HttpResponse json_response(const HttpRequest& request, http::status status, const nlohmann::json& body) {
    HttpResponse response{status, request.version()};
    set_common_headers(response);
    response.set(http::field::content_type, "application/json");
    response.body() = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    response.prepare_payload();
    return response;
}

HttpResponse error_response(unsigned http_version, const Error& error) {
    HttpResponse response{static_cast<http::status>(http_status(error.code)), http_version};
    set_common_headers(response);
    response.set(http::field::content_type, "application/json");
    response.body() = error_body(error).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    response.prepare_payload();
    return response;
}

void Router::add(http::verb method, std::string pattern, Handler handler) {
    for (auto& route : routes_) {
        if (route.pattern == pattern) {
            route.handlers[method] = std::move(handler);
            return;
        }
    }
    Route route;
    route.segments = split_path(pattern);
    route.pattern = std::move(pattern);
    route.handlers[method] = std::move(handler);
    routes_.push_back(std::move(route));
}

bool Router::match(const Route& route, std::string_view path, std::map<std::string, std::string>& params) {
    const auto segments = split_path(path);
    if (segments.size() != route.segments.size()) return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const auto& want = route.segments[i];
        if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
            if (segments[i].empty()) return false;
            found[want.substr(1, want.size() - 2)] = segments[i];
        } else if (want != segments[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

void Router::dispatch(const HttpRequest& request, RequestContext& context, Reply reply) const {
    const std::string_view target = request.target();
    const auto question = target.find('?');
    const std::string_view path = target.substr(0, question);
    context.query = question == std::string_view::npos ? std::string{} : std::string(target.substr(question + 1));
    context.route = "unmatched";

    if (path.empty() || path.front() != '/') {
        reply(error_response(request, {ErrorCode::not_found, "There is nothing at this path."}));
        return;
    }
    for (const auto& route : routes_) {
        if (!match(route, path, context.params)) continue;
        context.route = route.pattern;
        auto it = route.handlers.find(request.method());
        const bool has_get = route.handlers.count(http::verb::get) != 0;
        const bool has_head = route.handlers.count(http::verb::head) != 0;
        // RFC 9110 §9.1: HEAD wherever GET is; the session sends no body for it.
        if (it == route.handlers.end() && request.method() == http::verb::head) it = route.handlers.find(http::verb::get);
        if (it == route.handlers.end()) {
            std::string allow;
            for (const auto& [verb, _] : route.handlers) {
                if (!allow.empty()) allow += ", ";
                allow += std::string(http::to_string(verb));
            }
            if (has_get && !has_head) allow += ", HEAD";
            auto response = error_response(
                request, {ErrorCode::method_not_allowed,
                          std::string(request.method_string()) + " is not allowed here; use " + allow + "."});
            response.set(http::field::allow, allow);
            reply(std::move(response));
            return;
        }
        try {
            it->second(request, context, reply);
        } catch (...) {
            reply(error_response(request, {ErrorCode::internal, "The server failed to handle this request."}));
        }
        return;
    }
    reply(error_response(request, {ErrorCode::not_found, "There is nothing at " + std::string(path) + "."}));
}

}  // namespace muster::server
