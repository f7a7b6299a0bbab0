#include "muster/json.hpp"

#include <algorithm>
#include <cstdint>

#include <string>
#include <vector>

namespace muster {
namespace {

using nlohmann::json;

/// Builds a DOM like nlohmann's own, refusing what the protocol refuses.
class StrictSax final : public nlohmann::json_sax<json> {
public:
    explicit StrictSax(const JsonLimits& limits) : limits_(limits) {}

    bool null() override { return put(json(nullptr)); }
    bool boolean(bool v) override { return put(json(v)); }
    bool number_integer(number_integer_t v) override { return put(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return put(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return put(json(v)); }
    bool string(string_t& v) override {
        if (!check_string(v)) return false;
        return put(json(std::move(v)));
    }
    bool binary(binary_t&) override { return fail("binary values are not JSON"); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        if (!check_string(k)) return false;
        json& object = *stack_.back();
        if (object.contains(k)) return fail("duplicate key \"" + k + "\"");
        pending_key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        if (error_.empty()) {
            std::string what = ex.what();
            // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 3: ..."
            if (const auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
            error_ = what + " (byte " + std::to_string(position) + ")";
        }
        return false;
    }

    json take_root() { return std::move(root_); }
    [[nodiscard]] const std::string& error() const { return error_; }

private:
    bool fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
        return false;
    }

    bool check_string(const string_t& v) {
        if (v.size() > limits_.max_string_bytes) {
            return fail("a string is longer than " + std::to_string(limits_.max_string_bytes) + " bytes");
        }
        return true;
    }

    json* insert(json value) {
        if (stack_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        auto [it, _] = parent.emplace(std::move(pending_key_), std::move(value));
        return &it.value();
    }

    bool put(json value) {
        if (stack_.size() + 1 > limits_.max_depth) return too_deep();
        insert(std::move(value));
        return true;
    }

    bool open(json value) {
        if (stack_.size() + 1 > limits_.max_depth) return too_deep();
        stack_.push_back(insert(std::move(value)));
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    bool too_deep() {
        return fail("nesting is deeper than " + std::to_string(limits_.max_depth) + " levels");
    }

    const JsonLimits& limits_;
    json root_;
    std::vector<json*> stack_;
    std::string pending_key_;
    std::string error_;
};

}  // namespace

Result<nlohmann::json> parse_strict(std::string_view text, const JsonLimits& limits) {
    // nlohmann's lexer takes a NUL byte for the end of the input, so `{}` NUL
    // `junk` would parse. JSON text never holds a raw NUL (a string spells it \u0000).
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        return Error{ErrorCode::bad_json, "invalid JSON: a NUL byte (byte " + std::to_string(nul + 1) + ")"};
    }
    StrictSax sax(limits);
    const bool ok = json::sax_parse(text.begin(), text.end(), &sax, nlohmann::json::input_format_t::json,
                                    /*strict=*/true);
    if (!ok) {
        std::string message = sax.error().empty() ? std::string("the body is not valid JSON") : sax.error();
        return Error{ErrorCode::bad_json, "invalid JSON: " + message};
    }
    return sax.take_root();
}

void append_json_string(std::string& out, std::string_view text) {
    // nlohmann escapes '"', '\\' and bytes below 0x20 (and, with the defaults
    // used here, copies every other valid UTF-8 byte as it is).
    const bool plain = std::none_of(text.begin(), text.end(), [](char ch) {
        const auto byte = static_cast<unsigned char>(ch);
        return byte < 0x20 || ch == '"' || ch == '\\' || byte >= 0x80;
    });
    if (!plain) {
        out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

void append_json(std::string& out, const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::string:
            append_json_string(out, value.get_ref<const std::string&>());
            return;
        case nlohmann::json::value_t::object: {
            out += '{';
            bool first = true;
            for (const auto& [name, member] : value.items()) {
                if (!first) out += ',';
                first = false;
                append_json_string(out, name);
                out += ':';
                append_json(out, member);
            }
            out += '}';
            return;
        }
        case nlohmann::json::value_t::array: {
            out += '[';
            bool first = true;
            for (const auto& element : value) {
                if (!first) out += ',';
                first = false;
                append_json(out, element);
            }
            out += ']';
            return;
        }
        case nlohmann::json::value_t::number_integer:
            out += std::to_string(value.get<std::int64_t>());
            return;
        case nlohmann::json::value_t::number_unsigned:
            out += std::to_string(value.get<std::uint64_t>());
            return;
        case nlohmann::json::value_t::boolean:
            out += value.get<bool>() ? "true" : "false";
            return;
        case nlohmann::json::value_t::null:
            out += "null";
            return;
        default:  // floats (nlohmann's own shortest round-trip form), binary, discarded
            out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
            return;
    }
}

}  // namespace muster
