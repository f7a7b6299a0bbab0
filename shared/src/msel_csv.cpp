// Scenario CSV: RFC 4180 cells, `# key: value` lines before the header, one inject per row.

#include <algorithm>
#include <array>
#include <optional>

#include "msel_detail.hpp"

namespace muster::msel {
namespace {

struct Cell {
    std::string text;
    int line = 0;  ///< where the cell starts
};

struct Row {
    int line = 0;
    std::vector<Cell> cells;
};

/// Splits CSV text into rows, counting lines across quoted newlines.
class Reader {
  public:
    explicit Reader(std::string_view text) : text_(text) {}

    [[nodiscard]] bool at_end() const { return pos_ >= text_.size(); }
    [[nodiscard]] int line() const { return line_; }

    /// The rest of the current physical line, without its line break.
    [[nodiscard]] std::string_view peek_line() const {
        const std::size_t end = std::min(text_.find_first_of("\r\n", pos_), text_.size());
        return text_.substr(pos_, end - pos_);
    }

    void skip_line() {
        pos_ += peek_line().size();
        if (pos_ < text_.size()) end_line();
    }

    /// Reads one row. False when a quoted cell never closes (nothing after it can be read).
    bool read_row(Row& row, char delim, const std::vector<std::string>& names, Problems& problems) {
        row.line = line_;
        row.cells.clear();
        while (true) {
            Cell cell{{}, line_};
            const int column = static_cast<int>(row.cells.size()) + 1;
            const std::string name =
                column <= static_cast<int>(names.size()) ? names[column - 1] : "";
            const std::size_t start = skip_blanks(pos_, delim);
            if (start < text_.size() && text_[start] == '"') {
                pos_ = start + 1;
                if (!read_quoted(cell.text)) {
                    problems.add({cell.line, column, name}, ScenarioMessage::unclosed_quote);
                    return false;
                }
                std::size_t after = skip_blanks(pos_, delim);
                if (after < text_.size() && !is_cell_end(text_[after], delim)) {
                    problems.add({line_, column, name}, ScenarioMessage::text_after_quote);
                    while (after < text_.size() && !is_cell_end(text_[after], delim)) ++after;
                }
                pos_ = after;
            } else {
                std::size_t end = pos_;
                while (end < text_.size() && !is_cell_end(text_[end], delim)) ++end;
                cell.text = std::string(text_.substr(pos_, end - pos_));
                pos_ = end;
            }
            row.cells.push_back(std::move(cell));
            if (pos_ >= text_.size()) return true;
            if (text_[pos_] == delim) {
                ++pos_;
                continue;
            }
            end_line();
            return true;
        }
    }

  private:
    static bool is_cell_end(char c, char delim) { return c == delim || c == '\r' || c == '\n'; }

    [[nodiscard]] std::size_t skip_blanks(std::size_t p, char delim) const {
        while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t') && text_[p] != delim) ++p;
        return p;
    }

    /// Consumes a line break (`\n`, `\r\n` or `\r`) at pos_.
    void end_line() {
        pos_ += (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
        ++line_;
    }

    /// After an opening quote: up to and including the closing one. Line breaks become `\n`.
    bool read_quoted(std::string& out) {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    out += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return true;
            }
            if (c == '\r' || c == '\n') {
                out += '\n';
                end_line();
                continue;
            }
            out += c;
            ++pos_;
        }
        return false;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

bool is_blank(const Row& row) {
    return std::all_of(row.cells.begin(), row.cells.end(),
                       [](const Cell& c) { return trim(c.text).empty(); });
}

/// The line of the first invalid byte of a cell, or nullopt when the cell is valid UTF-8.
std::optional<int> bad_utf8_line(const Cell& cell) {
    const auto bad = find_invalid_utf8(cell.text);
    if (!bad) return std::nullopt;
    return cell.line +
           static_cast<int>(std::count(
               cell.text.begin(), cell.text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n'));
}

/// `# key: value` lines before the header: title, scenario, unit, prestage.
class Preamble {
  public:
    Preamble(Scenario& scenario, Problems& problems) : scenario_(scenario), problems_(problems) {}

    /// True when `line` is a comment line (`#` then a blank or nothing).
    static bool is_comment(std::string_view line) {
        return !line.empty() && line.front() == '#' &&
               (line.size() == 1 || line[1] == ' ' || line[1] == '\t');
    }

    void read(std::string_view line, int number) {
        if (find_invalid_utf8(line)) {
            problems_.add({number, 0, ""}, ScenarioMessage::bad_utf8);
            return;
        }
        const std::string_view body = trim(line.substr(1));
        const std::size_t colon = body.find(':');
        if (colon == std::string_view::npos) return;
        const std::string key = lower_ascii(trim(body.substr(0, colon)));
        const std::string_view value = trim(body.substr(colon + 1));
        const SourceLocation at{number, 0, key};
        if (key == "title") {
            if (title_line_ != 0) {
                problems_.add(at, ScenarioMessage::title_twice, {std::to_string(title_line_)});
                return;
            }
            title_line_ = number;
            check_scenario_text("title", value, at, problems_);
            scenario_.title = std::string(value);
        } else if (key == "scenario") {
            if (!scenario_.scenario.empty()) scenario_.scenario += '\n';
            scenario_.scenario += value;
            check_scenario_text("scenario", scenario_.scenario, at, problems_);
        } else if (key == "unit") {
            scenario_.unit = check_unit(value, at, problems_);
            scenario_.unit_at = at;
        } else if (key == "prestage") {
            scenario_.prestage = read_yes_no(value);
            if (!scenario_.prestage)
                problems_.add(at, ScenarioMessage::not_yes_no, {quote_text(value)});
        }
        // Any other `# …` line is a plain comment.
    }

  private:
    Scenario& scenario_;
    Problems& problems_;
    int title_line_ = 0;
};

char detect_delimiter(std::string_view header_line) {
    if (header_line.find(',') != std::string_view::npos) return ',';
    if (header_line.find(';') != std::string_view::npos) return ';';
    if (header_line.find('\t') != std::string_view::npos) return '\t';
    return ',';
}

std::string known_columns() {
    std::string out;
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        out += (i == 0 ? "" : ", ") + std::string(csv_name(static_cast<Field>(i)));
    }
    return out;
}

/// The header's columns: the field of each (nullopt: unnamed or unknown) and its name as written.
struct Columns {
    std::vector<std::optional<Field>> fields;
    std::vector<std::string> names;
    std::array<int, kFieldCount> index{};  ///< 1-based column of each field; 0 when absent
};

Columns read_header(const Row& header, Problems& problems) {
    Columns cols;
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
        const Cell& cell = header.cells[i];
        const int column = static_cast<int>(i) + 1;
        const std::string name(trim(cell.text));
        cols.names.push_back(name);
        cols.fields.emplace_back();
        if (name.empty()) continue;
        if (const auto bad = bad_utf8_line(cell)) {
            problems.add({*bad, column, ""}, ScenarioMessage::bad_utf8);
            continue;
        }
        const auto field = field_from_header(name);
        if (!field) {
            problems.add({cell.line, column, name}, ScenarioMessage::unknown_column,
                         {quote_text(name), known_columns()});
            continue;
        }
        int& index = cols.index[static_cast<std::size_t>(*field)];
        if (index != 0) {
            problems.add({cell.line, column, name}, ScenarioMessage::repeated_column,
                         {quote_text(name), std::to_string(index), cols.names[index - 1]});
            continue;
        }
        index = column;
        cols.fields.back() = field;
    }
    for (std::size_t f = 0; f < kFieldCount; ++f) {
        const auto field = static_cast<Field>(f);
        if (is_required(field) && cols.index[f] == 0) {
            problems.add({header.line, 0, std::string(csv_name(field))},
                         ScenarioMessage::missing_column, {quote_text(csv_name(field))});
        }
    }
    return cols;
}

/// Reads one data row into an inject; `number_at` gets where its number is.
Inject read_inject(const Row& row, const Columns& cols, SourceLocation& number_at,
                   Problems& problems) {
    Inject inject;
    inject.where = {row.line, 0, ""};
    number_at = inject.where;
    SourceLocation delivery_at = inject.where;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const Cell& cell = row.cells[i];
        const int column = static_cast<int>(i) + 1;
        if (trim(cell.text).empty()) continue;
        if (i >= cols.fields.size()) {
            problems.add({cell.line, column, ""}, ScenarioMessage::cell_beyond_header,
                         {std::to_string(cols.fields.size())});
            break;
        }
        const SourceLocation at{cell.line, column, cols.names[i]};
        if (const auto bad = bad_utf8_line(cell)) {
            problems.add({*bad, column, cols.names[i]}, ScenarioMessage::bad_utf8);
            continue;
        }
        if (cols.names[i].empty()) problems.add(at, ScenarioMessage::cell_without_column);
    }
    for (std::size_t f = 0; f < kFieldCount; ++f) {
        const int column = cols.index[f];
        if (column == 0) continue;
        const auto i = static_cast<std::size_t>(column - 1);
        const bool present = i < row.cells.size();
        const SourceLocation at{present ? row.cells[i].line : row.line, column, cols.names[i]};
        const auto field = static_cast<Field>(f);
        if (field == Field::number) number_at = at;
        if (field == Field::unit) inject.target_at = at;
        if (field == Field::delivery_note) delivery_at = at;
        if (present && find_invalid_utf8(row.cells[i].text)) continue;  // reported above
        set_field(field, present ? std::string_view(row.cells[i].text) : std::string_view(), at,
                  inject, problems);
    }
    finish_inject(inject, delivery_at, problems);
    return inject;
}

}  // namespace

Checked<Scenario> parse_csv(std::string_view text) {
    Scenario scenario;
    Problems problems;
    Reader reader(text);
    Preamble preamble(scenario, problems);
    while (!reader.at_end() &&
           (trim(reader.peek_line()).empty() || Preamble::is_comment(reader.peek_line()))) {
        if (!trim(reader.peek_line()).empty()) preamble.read(reader.peek_line(), reader.line());
        reader.skip_line();
    }
    if (reader.at_end()) {
        problems.add({reader.line(), 0, ""}, ScenarioMessage::no_header, {known_columns()});
        return problems.take();
    }
    const char delim = detect_delimiter(reader.peek_line());
    Row row;
    if (!reader.read_row(row, delim, {}, problems)) return problems.take();
    const int header_line = row.line;
    const Columns cols = read_header(row, problems);

    std::vector<SourceLocation> number_at;
    while (!reader.at_end()) {
        if (!reader.read_row(row, delim, cols.names, problems)) break;
        if (is_blank(row)) continue;
        if (scenario.injects.size() == kMaxInjects) {
            problems.add({row.line, 0, ""}, ScenarioMessage::too_many_injects,
                         {std::to_string(kMaxInjects)});
            break;
        }
        number_at.emplace_back();
        scenario.injects.push_back(read_inject(row, cols, number_at.back(), problems));
    }
    if (scenario.injects.empty() && problems.empty()) {
        problems.add({header_line, 0, ""}, ScenarioMessage::no_injects_csv);
    }
    check_numbers(scenario.injects, number_at, problems);
    if (!problems.empty()) return problems.take();
    return scenario;
}

}  // namespace muster::msel
