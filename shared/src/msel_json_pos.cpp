// Where values and keys are in JSON text (nlohmann's DOM keeps no positions).

#include <set>

#include "msel_json_pos.hpp"

namespace muster::msel {
namespace {

constexpr int kMaxScanDepth = 64;

/// A forgiving walk over JSON text that records positions by path. It stops at
/// the first thing it does not understand; what it recorded until then stays.
class Scanner {
  public:
    explicit Scanner(std::string_view text) : t_(text) {}

    JsonPositions run() {
        value("", 0);
        return std::move(out_);
    }

  private:
    [[nodiscard]] JsonPos here() const { return {line_, column_}; }
    [[nodiscard]] bool more() const { return ok_ && p_ < t_.size(); }

    void advance() {
        const auto c = static_cast<unsigned char>(t_[p_++]);
        if (c == '\n') {
            ++line_;
            column_ = 1;
        } else if ((c & 0xC0U) != 0x80U) {
            ++column_;
        }
    }

    void blanks() {
        while (more() && (t_[p_] == ' ' || t_[p_] == '\t' || t_[p_] == '\n' || t_[p_] == '\r'))
            advance();
    }

    bool expect(char c) {
        blanks();
        if (!more() || t_[p_] != c) return ok_ = false;
        advance();
        return true;
    }

    /// At an opening quote: the raw text between the quotes (escapes left as written).
    std::string string() {
        advance();
        const std::size_t start = p_;
        while (more() && t_[p_] != '"') {
            if (t_[p_] == '\\') advance();
            if (more()) advance();
        }
        const std::string raw(t_.substr(start, p_ - start));
        if (more())
            advance();
        else
            ok_ = false;
        return raw;
    }

    void value(const std::string& path, int depth) {
        blanks();
        if (!more() || depth > kMaxScanDepth) {
            ok_ = false;
            return;
        }
        out_.values.emplace(path, here());
        const char c = t_[p_];
        if (c == '{') {
            object(path, depth);
        } else if (c == '[') {
            array(path, depth);
        } else if (c == '"') {
            string();
        } else {
            const std::size_t start = p_;
            while (more() && std::string_view("+-.0123456789eEtrufalsn").find(t_[p_]) !=
                                 std::string_view::npos) {
                advance();
            }
            if (p_ == start) ok_ = false;
        }
    }

    void object(const std::string& path, int depth) {
        advance();
        blanks();
        if (more() && t_[p_] == '}') {
            advance();
            return;
        }
        std::set<std::string> seen;
        while (more()) {
            blanks();
            if (!more() || t_[p_] != '"') {
                ok_ = false;
                return;
            }
            const JsonPos at = here();
            const std::string key = string();
            const std::string full = path.empty() ? key : path + "." + key;
            if (!seen.insert(key).second && !out_.duplicate)
                out_.duplicate = std::make_pair(full, at);
            out_.keys.emplace(full, at);
            if (!expect(':')) return;
            value(full, depth + 1);
            blanks();
            if (more() && t_[p_] == ',') {
                advance();
                continue;
            }
            expect('}');
            return;
        }
    }

    void array(const std::string& path, int depth) {
        advance();
        blanks();
        if (more() && t_[p_] == ']') {
            advance();
            return;
        }
        for (std::size_t i = 0; more(); ++i) {
            value(path + "[" + std::to_string(i) + "]", depth + 1);
            blanks();
            if (more() && t_[p_] == ',') {
                advance();
                continue;
            }
            expect(']');
            return;
        }
    }

    std::string_view t_;
    std::size_t p_ = 0;
    int line_ = 1;
    int column_ = 1;
    bool ok_ = true;
    JsonPositions out_;
};

}  // namespace

JsonPositions scan_json_positions(std::string_view text) {
    return Scanner(text).run();
}

SourceLocation JsonPositions::value_at(const std::string& path) const {
    const auto it = values.find(path);
    if (it == values.end()) return {0, 0, path};
    return {it->second.line, it->second.column, path};
}

SourceLocation JsonPositions::key_at(const std::string& path) const {
    const auto it = keys.find(path);
    if (it == keys.end()) return value_at(path);
    return {it->second.line, it->second.column, path};
}

}  // namespace muster::msel
