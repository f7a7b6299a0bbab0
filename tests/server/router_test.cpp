#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>

#include "muster/server/router.hpp"

namespace muster::server {
namespace {

HttpRequest make(http::verb method, const std::string& target) {
    HttpRequest request{method, target, 11};
    return request;
}

/// Dispatches synchronously and returns the reply.
HttpResponse run(const Router& router, const HttpRequest& request, RequestContext& context) {
    std::optional<HttpResponse> got;
    router.dispatch(request, context, Reply([&](HttpResponse r) { got = std::move(r); },
                                            error_response(11, {ErrorCode::internal, "fallback"})));
    EXPECT_TRUE(got.has_value());
    return got ? *got : HttpResponse{};
}

std::string code_of(const HttpResponse& response) {
    return nlohmann::json::parse(response.body())["error"]["code"].get<std::string>();
}

TEST(Router, UnknownPathIsNotFoundJson) {
    Router router;
    RequestContext context;
    const auto response = run(router, make(http::verb::get, "/nope"), context);
    EXPECT_EQ(response.result_int(), 404);
    EXPECT_EQ(code_of(response), "not_found");
    EXPECT_EQ(response[http::field::content_type], "application/json");
    EXPECT_EQ(context.route, "unmatched");
}

TEST(Router, KnownPathWithOtherMethodIs405WithAllow) {
    Router router;
    router.add(http::verb::post, "/v1/x", [](const HttpRequest& r, const RequestContext&, Reply reply) {
        reply(json_response(r, http::status::ok, {}));
    });
    router.add(http::verb::put, "/v1/x", [](const HttpRequest& r, const RequestContext&, Reply reply) {
        reply(json_response(r, http::status::ok, {}));
    });
    RequestContext context;
    const auto response = run(router, make(http::verb::get, "/v1/x"), context);
    EXPECT_EQ(response.result_int(), 405);
    EXPECT_EQ(code_of(response), "method_not_allowed");
    EXPECT_EQ(response[http::field::allow], "POST, PUT");
}

TEST(Router, HeadIsServedByTheGetHandlerAndAllowedWhereGetIs) {
    Router router;
    int gets = 0;
    router.add(http::verb::get, "/v1/x", [&](const HttpRequest& r, const RequestContext&, Reply reply) {
        ++gets;
        reply(json_response(r, http::status::ok, {{"a", 1}}));
    });
    RequestContext context;
    EXPECT_EQ(run(router, make(http::verb::head, "/v1/x"), context).result_int(), 200);
    EXPECT_EQ(gets, 1);
    const auto refused = run(router, make(http::verb::post, "/v1/x"), context);
    EXPECT_EQ(refused.result_int(), 405);
    EXPECT_EQ(refused[http::field::allow], "GET, HEAD");
}

TEST(Router, PatternSegmentsAndQueryAreCaptured) {
    Router router;
    std::string seen;
    router.add(http::verb::get, "/v1/drills/{key}/report", [&](const HttpRequest& r, const RequestContext& c, Reply reply) {
        seen = c.params.at("key") + "|" + c.query;
        reply(json_response(r, http::status::ok, {}));
    });
    RequestContext context;
    EXPECT_EQ(run(router, make(http::verb::get, "/v1/drills/abc/report?format=csv"), context).result_int(), 200);
    EXPECT_EQ(seen, "abc|format=csv");
    EXPECT_EQ(context.route, "/v1/drills/{key}/report");
    RequestContext other;
    EXPECT_EQ(run(router, make(http::verb::get, "/v1/drills//report"), other).result_int(), 404);
}

TEST(Router, ThrowingHandlerAnswersInternalError) {
    Router router;
    router.add(http::verb::get, "/boom", [](const HttpRequest&, const RequestContext&, Reply) {
        throw std::runtime_error("boom");
    });
    RequestContext context;
    const auto response = run(router, make(http::verb::get, "/boom"), context);
    EXPECT_EQ(response.result_int(), 500);
    EXPECT_EQ(code_of(response), "internal");
}

TEST(Router, DroppedReplySendsTheFallbackOnce) {
    int calls = 0;
    {
        Reply reply([&](HttpResponse r) { ++calls; EXPECT_EQ(r.result_int(), 500); },
                    error_response(11, {ErrorCode::internal, "x"}));
    }
    EXPECT_EQ(calls, 1);
    int answered = 0;
    {
        Reply reply([&](HttpResponse) { ++answered; }, error_response(11, {ErrorCode::internal, "x"}));
        reply(HttpResponse{http::status::ok, 11});
        reply(HttpResponse{http::status::ok, 11});  // ignored
    }
    EXPECT_EQ(answered, 1);
}

TEST(Router, ErrorResponseIsTheProtocolShape) {
    const auto response = error_response(11, {ErrorCode::rate_limited, "Wait."});
    EXPECT_EQ(response.result_int(), 429);
    const auto body = nlohmann::json::parse(response.body());
    EXPECT_EQ(body, (nlohmann::json{{"error", {{"code", "rate_limited"}, {"message", "Wait."}}}}));
}

}  // namespace
}  // namespace muster::server
