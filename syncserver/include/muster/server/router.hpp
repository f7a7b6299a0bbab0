#pragma once
/// The handler layer, independent of sockets: a `Router` maps (method, path)
/// to a `Handler`; handlers answer through a `Reply` that may be called from
/// any thread (so heavy work can leave the I/O threads). Tests call `dispatch`
/// directly.

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/asio/ip/address.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/verb.hpp>
#include <nlohmann/json.hpp>

#include "muster/error.hpp"

namespace muster::server {

namespace http = boost::beast::http;
using HttpRequest = http::request<http::string_body>;
using HttpResponse = http::response<http::string_body>;

/// What the transport knows about a request besides the message.
struct RequestContext {
    std::string request_id;            ///< random, echoed as X-Request-Id and logged
    boost::asio::ip::address remote;   ///< peer address
    std::string route = "unmatched";   ///< set by the router: the matched pattern
    std::map<std::string, std::string> params;  ///< `{name}` segments of the pattern
    std::string query;                 ///< text after '?', without it
};

/// Delivers a handler's response. Call once, from any thread; later calls are
/// ignored. If every copy is destroyed without a call, a 500 `internal` is sent,
/// so a handler bug can never leave a client hanging.
class Reply {
public:
    using Sink = std::function<void(HttpResponse)>;
    Reply(Sink sink, HttpResponse fallback);
    void operator()(HttpResponse response) const;

private:
    struct State;
    std::shared_ptr<State> state_;
};

using Handler = std::function<void(const HttpRequest&, const RequestContext&, Reply)>;

/// A JSON response with the request's HTTP version.
[[nodiscard]] HttpResponse json_response(const HttpRequest& request, http::status status, const nlohmann::json& body);
/// THE way an error reaches a client: the protocol's `{"error": {...}}` with
/// the status `http_status(code)`.
[[nodiscard]] HttpResponse error_response(unsigned http_version, const Error& error);
[[nodiscard]] inline HttpResponse error_response(const HttpRequest& request, const Error& error) {
    return error_response(request.version(), error);
}

class Router {
public:
    /// Registers `handler` for `method` on `pattern` (segments in braces, e.g.
    /// `/v1/blobs/{hash}`, match one non-empty path segment).
    void add(http::verb method, std::string pattern, Handler handler);

    /// Finds the route and calls its handler (404 `not_found`; 405
    /// `method_not_allowed` with `Allow` for a known path). A handler that
    /// throws is answered 500 `internal`. Sets `context.route`.
    void dispatch(const HttpRequest& request, RequestContext& context, Reply reply) const;

private:
    struct Route {
        std::string pattern;
        std::vector<std::string> segments;
        std::map<http::verb, Handler> handlers;
    };
    static bool match(const Route& route, std::string_view path, std::map<std::string, std::string>& params);

    std::vector<Route> routes_;
};

}  // namespace muster::server
