#include "muster/msel.hpp"

#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "muster/schema.hpp"
#include "muster/text.hpp"
#include "test_util.hpp"

namespace muster {

void PrintTo(const ScenarioProblem& p, std::ostream* os);
void PrintTo(const ScenarioProblem& p, std::ostream* os) {
    *os << "{" << p.line << ", " << p.column << ", \"" << p.field << "\", \"" << p.message << "\"}";
}

namespace {

using Problems = std::vector<ScenarioProblem>;

std::string read_example(const std::string& name) {
    std::ifstream in(std::string(MUSTER_SOURCE_DIR) + "/docs/examples/" + name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/// hq (key 1) with children north (2) and south (3).
std::optional<std::string> directory(std::string_view code) {
    static const std::map<std::string, std::string, std::less<>> units = {
        {"hq", test::key(1)},
        {"north", test::key(2)},
        {"hq/north", test::key(2)},
        {"south", test::key(3)},
        {"hq/south", test::key(3)}};
    const auto it = units.find(code);
    if (it == units.end()) return std::nullopt;
    return it->second;
}

Problems problems_of(std::string_view text, ScenarioFormat format = ScenarioFormat::detect) {
    const auto parsed = parse_scenario(text, format);
    return parsed ? Problems{} : parsed.problems();
}

Problems plan_problems(std::string_view text) {
    const auto parsed = parse_scenario(text);
    if (!parsed) return parsed.problems();
    const auto plan = plan_import(*parsed, directory);
    return plan ? Problems{} : plan.problems();
}

// ---- messages: ids and arguments, for translation --------------------------------------------

TEST(MselMessages, EveryIdHasEnglishWithItsPlaceholdersInOrder) {
    for (std::size_t i = 0; i < kScenarioMessageCount; ++i) {
        const auto id = static_cast<ScenarioMessage>(i);
        const std::string_view text = scenario_message_english(id);
        ASSERT_FALSE(text.empty()) << "message " << i;
        // %1 … %n, each at least once, nothing above n: every argument is shown.
        int highest = 0;
        for (std::size_t at = text.find('%'); at != std::string_view::npos; at = text.find('%', at + 1)) {
            ASSERT_LT(at + 1, text.size()) << text;
            const int n = text[at + 1] - '0';
            ASSERT_TRUE(n >= 1 && n <= 9) << text;
            highest = std::max(highest, n);
        }
        for (int n = 1; n <= highest; ++n) {
            EXPECT_NE(text.find("%" + std::to_string(n)), std::string_view::npos) << text;
        }
    }
}

TEST(FillPlaceholders, EachInOnePassAndOnlyThoseGiven) {
    const std::vector<std::string> args{"a%2", "b"};
    EXPECT_EQ(fill_placeholders("%2 then %1, %1", args), "b then a%2, a%2");
    EXPECT_EQ(fill_placeholders("%3 and %0 and 100% and %", args), "%3 and %0 and 100% and %");
    EXPECT_EQ(fill_placeholders("", args), "");
    EXPECT_EQ(fill_placeholders("%1", {}), "%1");
}

TEST(MselMessages, AProblemSaysItsIdWithItsArgumentsAndTermsInWords) {
    const auto missing = make_scenario_problem({3, 4, "title"}, ScenarioMessage::missing, {"@title"});
    EXPECT_EQ(missing, (ScenarioProblem{3, 4, "title", "the title is missing"}));
    EXPECT_EQ(missing.id, ScenarioMessage::missing);
    EXPECT_EQ(missing.args, std::vector<std::string>{"@title"});
    // Arguments are put in once: a placeholder inside one stays as it is.
    EXPECT_EQ(make_scenario_problem({}, ScenarioMessage::not_priority, {"\"%2\"", "low"}).message,
              "\"%2\" is not a priority; use one of: low");
    // Every term has words; an argument that is no term is shown as written.
    for (const std::string_view term : scenario_terms()) {
        EXPECT_EQ(term.front(), '@');
        EXPECT_NE(scenario_term_english(term), term);
    }
    EXPECT_EQ(scenario_term_english("@no-such-term"), "@no-such-term");

    // What the parser reports carries the id and arguments it was made from.
    const auto problems = problems_of("inject,offset,unit,title\n1,1h9x,north,\n");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].id, ScenarioMessage::not_a_duration);
    EXPECT_EQ(problems[0].args, (std::vector<std::string>{"\"1h9x\"", "@kind_offset"}));
    EXPECT_EQ(problems[1].id, ScenarioMessage::missing);
    EXPECT_EQ(problems[1].args, std::vector<std::string>{"@title"});
    const auto json = problems_of(R"({"title": 5, "injects": []})");
    ASSERT_EQ(json.size(), 2u);
    EXPECT_EQ(json[0].id, ScenarioMessage::wrong_type);
    EXPECT_EQ(json[0].args, (std::vector<std::string>{"@expect_string", "@got_number"}));
    EXPECT_EQ(json[0].message, "expected a string, got a number");
}

// ---- the sample scenario -------------------------------------------------------------------

TEST(MselSample, CsvAndJsonGiveTheSamePlan) {
    const std::string drill_key = test::key(99);
    std::vector<ImportPlan> plans;
    for (const auto* name : {"flood-drill.csv", "flood-drill.json"}) {
        const std::string text = read_example(name);
        ASSERT_FALSE(text.empty()) << name;
        EXPECT_EQ(scenario_format_for(name, text), std::string_view(name).ends_with("csv")
                                                       ? ScenarioFormat::csv
                                                       : ScenarioFormat::json);
        EXPECT_EQ(scenario_format_for("scenario.txt", text), scenario_format_for(name, text));
        const auto parsed = parse_scenario(text);
        ASSERT_TRUE(parsed) << name << ": " << parsed.error().message;
        EXPECT_EQ(parsed->injects.size(), 10U);
        PlanOptions options;
        options.drill_key = drill_key;
        auto plan = plan_import(*parsed, directory, options);
        ASSERT_TRUE(plan) << name << ": " << plan.error().message;
        plans.push_back(std::move(plan).value());
    }
    EXPECT_EQ(plans[0].drill, plans[1].drill);
    ASSERT_EQ(plans[0].tasks.size(), plans[1].tasks.size());
    for (std::size_t i = 0; i < plans[0].tasks.size(); ++i)
        EXPECT_EQ(plans[0].tasks[i], plans[1].tasks[i]) << i;

    const ImportPlan& plan = plans[0];
    EXPECT_EQ(plan.drill["unit"], test::key(1));
    EXPECT_EQ(plan.drill["title"], "Riverside flood response drill");
    EXPECT_EQ(plan.drill["state"], "planned");
    EXPECT_EQ(plan.drill["prestage"], false);
    const nlohmann::json& third = plan.tasks[2];
    EXPECT_EQ(third["inject"], 3);
    EXPECT_EQ(third["release_offset_ms"], 20 * 60 * 1000);
    EXPECT_EQ(third["deadline_ms"], 30 * 60 * 1000);
    EXPECT_EQ(third["unit"], test::key(2));
    EXPECT_EQ(third["drill"], drill_key);
    EXPECT_EQ(third["status"], "open");
    EXPECT_EQ(third["priority"], "high");
    EXPECT_TRUE(third["instructions"].get<std::string>().ends_with(
        "\n\nDelivery: Phone call from a resident"));
    EXPECT_FALSE(plan.tasks[6].contains("controller_note"));  // inject 7 has none
    EXPECT_FALSE(plan.tasks[7].contains("deadline_ms"));      // inject 8 has none
    EXPECT_EQ(plan.tasks[7]["unit"], test::key(1));
    EXPECT_NE(plan.tasks[5]["instructions"].get<std::string>().find(".\nKeep a list"),
              std::string::npos);

    // Every value is one the schema accepts, under the schema's own names.
    for (const auto& [name, value] : plan.drill.items()) {
        const FieldSpec* spec = find_field(EntityType::drill, name);
        ASSERT_NE(spec, nullptr) << name;
        EXPECT_FALSE(check_value(*spec, value)) << name;
    }
    for (const auto& task : plan.tasks) {
        for (const auto& [name, value] : task.items()) {
            const FieldSpec* spec = find_field(EntityType::task, name);
            ASSERT_NE(spec, nullptr) << name;
            EXPECT_FALSE(check_value(*spec, value)) << name << " = " << value;
        }
    }
}

TEST(MselSample, CsvRowsKeepTheirLinesAcrossQuotedNewlines) {
    const auto parsed = parse_scenario(read_example("flood-drill.csv"));
    ASSERT_TRUE(parsed);
    // Five `#` lines, the header on line 6; inject 6's instructions span two lines.
    EXPECT_EQ(parsed->injects[0].where.line, 7);
    EXPECT_EQ(parsed->injects[5].where.line, 12);
    EXPECT_EQ(parsed->injects[6].where.line, 14);
    EXPECT_EQ(parsed->injects[9].target_at, (SourceLocation{17, 3, "unit"}));
    EXPECT_EQ(parsed->unit, "hq");
    EXPECT_EQ(parsed->prestage, false);
    EXPECT_NE(parsed->scenario.find("River Alder"), std::string::npos);
}

TEST(MselCsv, AcceptsAliasesSemicolonsBomAndCrlf) {
    const auto parsed = parse_scenario(
        "\xEF\xBB\xBF#;Time Offset;Target_Unit;TITLE;Message;Deadline after release;Priority\r\n"
        "7;+01:30:15;HQ/North;\"Say \"\"hi\"\"; then go\";\"two\r\nlines\";1h 30m;Critical\r\n",
        ScenarioFormat::csv);
    ASSERT_TRUE(parsed) << parsed.error().message;
    const Inject& inject = parsed->injects.at(0);
    EXPECT_EQ(inject.number, 7);
    EXPECT_EQ(inject.offset_ms, (3600 + 30 * 60 + 15) * 1000);
    EXPECT_EQ(inject.target, "hq/north");
    EXPECT_EQ(inject.title, "Say \"hi\"; then go");
    EXPECT_EQ(inject.instructions, "two\nlines");
    EXPECT_EQ(inject.deadline_ms, 90 * 60 * 1000);
    EXPECT_EQ(inject.priority, "critical");
    EXPECT_EQ(inject.target_at, (SourceLocation{2, 3, "Target_Unit"}));
}

TEST(MselCsv, ProblemsReadAsOneLineEach) {
    const std::string text =
        "# a\n# b\n# c\n# d\ninject,offset,unit,title\n1,0,north,A\n2,1h9x,north,B\n";
    const auto parsed = parse_scenario(text);
    ASSERT_FALSE(parsed);
    ASSERT_EQ(parsed.problems().size(), 1U);
    EXPECT_EQ(to_string(parsed.problems()[0]),
              "line 7, column 2 (offset): \"1h9x\" is not a time offset; use +HH:MM, 90m or 1h30m");
    EXPECT_EQ(parsed.error().code, ErrorCode::bad_request);
    EXPECT_EQ(to_string(ScenarioProblem{0, 0, "injects[2].unit", "x"}), "(injects[2].unit): x");
}

// ---- broken files: exact line, column, field and message ---------------------------------

struct BrokenCase {
    const char* name;
    std::string text;
    Problems expected;
};

void PrintTo(const BrokenCase& c, std::ostream* os) {
    *os << c.name;
}

const std::string kHead = "inject,offset,unit,title\n";
const std::string kKnown =
    "known columns: inject, offset, unit, title, instructions, expected action, priority, "
    "deadline, delivery "
    "note, controller note";
const std::string kOffsetForms = "; use +HH:MM, 90m or 1h30m";

std::string many_rows(int n) {
    std::string text = kHead;
    for (int i = 1; i <= n; ++i) text += std::to_string(i) + ",0,north,T\n";
    return text;
}

std::vector<BrokenCase> broken_cases() {
    return {
        {"bad offset",
         kHead + "1,0,north,A\n2,1h9x,north,B\n",
         {{3, 2, "offset", "\"1h9x\" is not a time offset" + kOffsetForms}}},
        {"offset over 7 days",
         kHead + "1,169h,north,A\n",
         {{2, 2, "offset",
           "\"169h\" is longer than 7 days; a time offset can be at most +168:00"}}},
        {"missing offset",
         kHead + "1,,north,A\n",
         {{2, 2, "offset", "the time offset is missing" + kOffsetForms}}},
        {"missing required column",
         "inject,offset,unit\n1,0,north\n",
         {{1, 0, "title", "the header has no \"title\" column"}}},
        {"unknown column",
         "inject,offset,unit,title,colour\n1,0,north,A,red\n",
         {{1, 5, "colour", "unknown column \"colour\"; " + kKnown}}},
        {"repeated column",
         "inject,offset,time,unit,title\n1,0,,north,A\n",
         {{1, 3, "time", "column \"time\" repeats column 2 (offset)"}}},
        {"duplicate number",
         kHead + "1,0,north,A\n1,5m,south,B\n",
         {{3, 1, "inject", "inject 1 is already used on line 2"}}},
        {"bad number",
         kHead + "x,0,north,A\n0,0,north,B\n",
         {{2, 1, "inject", "\"x\" is not an inject number; use a whole number from 1 to 99999"},
          {3, 1, "inject", "0 is not an inject number; use a whole number from 1 to 99999"}}},
        {"unterminated quote",
         kHead + "1,0,north,A\n2,0,north,\"Broken title\n3,0,north,C\n",
         {{3, 4, "title",
           "a quoted cell is never closed; add the closing \" (a \" inside a quoted cell is "
           "written \"\")"}}},
        {"text after a closing quote",
         kHead + "1,0,north,\"A\"x\n",
         {{2, 4, "title",
           "unexpected text after a closing quote; write a \" inside a quoted cell as \"\""}}},
        {"bad priority",
         "inject,offset,unit,title,priority\n1,0,north,A,urgent\n",
         {{2, 5, "priority", "\"urgent\" is not a priority; use one of: low, normal, high, critical"}}},
        {"empty title", kHead + "1,0,north,  \n", {{2, 4, "title", "the title is missing"}}},
        {"too-long title",
         kHead + "1,0,north," + std::string(201, 'x') + "\n",
         {{2, 4, "title", "the title is too long: 201 bytes, at most 200 allowed"}}},
        {"two-line title",
         kHead + "1,0,north,\"A\nB\"\n",
         {{2, 4, "title", "the title must be one line without control characters"}}},
        {"bad unit",
         kHead + "1,0,North Team,A\n",
         {{2, 3, "unit",
           "\"North Team\" is not a unit code or path; use codes of a-z, 0-9 and - like north or "
           "hq/north"}}},
        {"invalid UTF-8",
         kHead + "1,0,north,Caf\xE9\n",
         {{2, 4, "title", "the text is not valid UTF-8; save the file as UTF-8"}}},
        {"invalid UTF-8 on a cell's second line",
         "inject,offset,unit,title,message\n1,0,north,A,\"ok\nbad \xFF\"\n",
         {{3, 5, "message", "the text is not valid UTF-8; save the file as UTF-8"}}},
        {"UTF-16 file",
         "\xFF\xFEi\0n\0",
         {{1, 0, "", "the file is UTF-16 (or UTF-32); save it as UTF-8"}}},
        {"BOM is fine", "\xEF\xBB\xBF" + kHead + "1,0,north,A\n", {}},
        {"quoted newlines keep line numbers",
         "inject,offset,unit,title,instructions\n1,0,north,A,\"a\nb\nc\"\n2,xx,north,B,\n",
         {{5, 2, "offset", "\"xx\" is not a time offset" + kOffsetForms}}},
        {"quoted CRLFs keep line numbers",
         "inject,offset,unit,title,instructions\r\n1,0,north,A,\"a\r\nb\"\r\n2,xx,north,B,\r\n",
         {{4, 2, "offset", "\"xx\" is not a time offset" + kOffsetForms}}},
        {"zero deadline",
         "inject,offset,unit,title,deadline\n1,0,north,A,0\n",
         {{2, 5, "deadline", "a deadline of 0 leaves no time; leave it empty for no deadline"}}},
        {"cell beyond the header",
         kHead + "1,0,north,A,surprise\n",
         {{2, 5, "", "this cell is beyond the header's last column (4)"}}},
        {"empty file",
         "",
         {{1, 0, "",
           "the file has no header row; the first row names the columns: " + kKnown.substr(15)}}},
        {"no injects",
         "# title: T\n" + kHead + "\n,,,\n",
         {{2, 0, "", "the scenario has no injects; add one row per inject under the header"}}},
        {"title given twice",
         "# title: A\n# title: B\n" + kHead + "1,0,north,A\n",
         {{2, 0, "title", "the title is given twice (first on line 1)"}}},
        {"bad prestage",
         "# prestage: maybe\n" + kHead + "1,0,north,A\n",
         {{1, 0, "prestage", "\"maybe\" is not yes or no"}}},
        {"every problem at once",
         "inject,offset,unit,title,priority\n1,soon,north,A,urgent\n2,5m,south,,\n",
         {{2, 2, "offset", "\"soon\" is not a time offset" + kOffsetForms},
          {2, 5, "priority", "\"urgent\" is not a priority; use one of: low, normal, high, critical"},
          {3, 4, "title", "the title is missing"}}},
        {"more than 5000 injects",
         many_rows(5001),
         {{5002, 0, "", "more than 5000 injects; split the scenario into several drills"}}},
        {"5000 injects are fine", many_rows(5000), {}},
        // JSON: columns are characters within the line.
        {"JSON duplicate key",
         "{\"title\": \"T\", \"unit\": \"hq\",\n \"injects\": [\n"
         "  {\"number\": 1, \"number\": 2, \"offset\": \"0\", \"unit\": \"north\", \"title\": "
         "\"A\"}\n ]}",
         {{3, 17, "injects[0].number",
           "duplicate key \"number\"; each key may appear once in an object"}}},
        {"JSON wrong types",
         "{\"title\": \"T\", \"unit\": \"hq\",\n \"injects\": [\n"
         "  {\"number\": 1, \"offset\": 90, \"unit\": \"north\", \"title\": 5}\n ]}",
         {{3, 27, "injects[0].offset",
           "expected a string like \"+01:30\"; for milliseconds use \"offset_ms\""},
          {3, 57, "injects[0].title", "expected a string, got a number"}}},
        {"JSON unknown key and missing number",
         "{\"title\": \"T\", \"unit\": \"hq\", \"injects\": [\n"
         "  {\"offset\": \"5m\", \"unit\": \"north\", \"title\": \"A\", \"colour\": \"red\"}\n]}",
         {{2, 51, "injects[0].colour",
           "unknown key \"colour\"; known keys: number, offset, offset_ms, unit, title, "
           "instructions, "
           "expected_action, priority, deadline, deadline_ms, delivery_note, controller_note"},
          {2, 3, "injects[0].number", "the inject number is missing"}}},
        {"JSON offset twice",
         "{\"injects\": [{\"number\": 1, \"offset\": \"5m\", \"offset_ms\": 300000, \"unit\": "
         "\"north\", \"title\": \"A\"}]}",
         {{1, 44, "injects[0].offset_ms", "give \"offset\" or \"offset_ms\", not both"}}},
        {"JSON bad offset string",
         "{\"injects\": [{\"number\": 1, \"offset\": \"1h9x\", \"unit\": \"north\", \"title\": "
         "\"A\"}]}",
         {{1, 38, "injects[0].offset", "\"1h9x\" is not a time offset" + kOffsetForms}}},
        {"JSON syntax error",
         "{\"title\": \"T\",\n \"injects\": [}\n",
         {{2, 14, "",
           "invalid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', or "
           "a literal"}}},
        {"JSON without injects",
         "{\"title\": \"T\"}",
         {{1, 1, "injects", "missing \"injects\", the list of injects"}}},
    };
}

class MselBrokenFile : public testing::TestWithParam<BrokenCase> {};

TEST_P(MselBrokenFile, ReportsExactlyItsProblems) {
    EXPECT_EQ(problems_of(GetParam().text), GetParam().expected);
}

std::string case_name(const testing::TestParamInfo<BrokenCase>& info) {
    std::string name;
    for (const char c : std::string_view(info.param.name))
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Msel, MselBrokenFile, testing::ValuesIn(broken_cases()), case_name);

TEST(MselBroken, UnknownUnitsAreReportedAtTheirCell) {
    EXPECT_EQ(
        plan_problems("# title: T\n# unit: hq\n" + kHead + "1,0,hq/north,A\n2,5m,hq/east,B\n"),
        (Problems{{5, 3, "unit", "unknown unit \"hq/east\"; check its code or path"}}));
    EXPECT_EQ(
        plan_problems(
            "{\"title\": \"T\", \"injects\": [\n"
            "  {\"number\": 1, \"offset\": \"0\", \"unit\": \"west\", \"title\": \"A\"}]}"),
        (Problems{{2, 40, "injects[0].unit", "unknown unit \"west\"; check its code or path"}}));
    EXPECT_EQ(plan_problems("# title: T\n# unit: hq/east\n" + kHead + "1,0,hq/north,A\n"),
              (Problems{{2, 0, "unit",
                         "unknown unit \"hq/east\" to run the drill; check its code or path"}}));
}

TEST(MselJson, TopLevelMustBeAnObject) {
    EXPECT_EQ(
        problems_of("[1, 2]", ScenarioFormat::json),
        (Problems{
            {1, 1, "",
             "a scenario is a JSON object with \"title\" and \"injects\"; expected an object, "
             "got an array"}}));
}

TEST(MselJson, OffsetsInMillisecondsAndNullsAsAbsent) {
    const auto parsed = parse_scenario(
        R"({"title": "T", "prestage": true, "scenario": null, "injects": [{"number": 2, "offset_ms": 5400000,
            "deadline_ms": 60000, "unit": "south", "title": "A", "priority": null, "controller_note": null}]})");
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->prestage, true);
    EXPECT_EQ(parsed->injects[0].offset_ms, 5400000);
    EXPECT_EQ(parsed->injects[0].deadline_ms, 60000);
    EXPECT_EQ(parsed->injects[0].priority, "normal");
}

TEST(MselBroken, StopsListingAfterAThousandProblems) {
    std::string text = kHead;
    for (int i = 1; i <= 1500; ++i) text += std::to_string(i) + ",soon,north,T\n";
    const Problems problems = problems_of(text);
    ASSERT_EQ(problems.size(), kMaxScenarioProblems + 1);
    EXPECT_EQ(problems.back(),
              (ScenarioProblem{1002, 0, "", "more than 1000 problems; fix these and import again to see the rest"}));
}

TEST(MselFormat, DetectsJsonByItsBraceAndTheRestAsCsv) {
    EXPECT_EQ(scenario_format_for("", "\xEF\xBB\xBF \n {\"injects\": []}"), ScenarioFormat::json);
    EXPECT_EQ(scenario_format_for("", kHead), ScenarioFormat::csv);
    EXPECT_EQ(scenario_format_for("DRILL.JSON", kHead), ScenarioFormat::json);
    EXPECT_EQ(scenario_format_for("drill.Csv", "{"), ScenarioFormat::csv);
}

// ---- the plan --------------------------------------------------------------------------------

TEST(MselPlan, NeedsATitleAndAnOwningUnit) {
    const auto parsed = parse_scenario(kHead + "1,0,north,A\n2,0,south,B\n");
    ASSERT_TRUE(parsed);
    const auto plan = plan_import(*parsed, directory);
    ASSERT_FALSE(plan);
    EXPECT_EQ(
        plan.problems(),
        (Problems{{0, 0, "unit",
                   "the scenario does not say which unit runs the drill; add \"# unit: CODE\" "
                   "(CSV) or \"unit\" (JSON), or give it to the import"},
                  {0, 0, "title",
                   "the scenario has no title; add \"# title: …\" (CSV) or \"title\" (JSON), or "
                   "give one to the import"}}));
    PlanOptions options;
    options.unit = "HQ";
    options.title = "Given";
    options.prestage = true;
    const auto given = plan_import(*parsed, directory, options);
    ASSERT_TRUE(given) << given.error().message;
    EXPECT_EQ(
        given->drill,
        (nlohmann::json{
            {"unit", test::key(1)}, {"title", "Given"}, {"state", "planned"}, {"prestage", true}}));
    EXPECT_FALSE(given->tasks[0].contains("drill"));
}

TEST(MselPlan, ADeliveryNoteFollowsTheImportersPrefixWithinTheInstructionsLimit) {
    const std::size_t max = find_field(EntityType::task, "instructions")->max_length;
    // Instructions that fit with "Delivery: " (10 bytes) exactly, and not with a longer prefix.
    const std::string instructions(max - 2 - 10 - 5, 'x');
    const auto parsed = parse_scenario("# title: T\n# unit: hq\ninject,offset,unit,title,instructions,delivery note\n"
                                       "1,0,north,A,,Radio\n2,0,north,B," + instructions + ",Radio\n");
    ASSERT_TRUE(parsed) << parsed.error().message;
    const auto english = plan_import(*parsed, directory);
    ASSERT_TRUE(english) << english.error().message;
    EXPECT_EQ(english->tasks[0]["instructions"], "Delivery: Radio");
    EXPECT_EQ(english->tasks[1]["instructions"], instructions + "\n\nDelivery: Radio");

    PlanOptions options;
    options.delivery_prefix = "Entrega: ";
    const auto spanish = plan_import(*parsed, directory, options);
    ASSERT_TRUE(spanish) << spanish.error().message;
    EXPECT_EQ(spanish->tasks[0]["instructions"], "Entrega: Radio");

    options.delivery_prefix = "Chuyển giao: ";  // 15 bytes
    const auto longer = plan_import(*parsed, directory, options);
    ASSERT_FALSE(longer);
    EXPECT_EQ(longer.problems(),
              (Problems{{5, 0, "",
                         "the instructions and delivery note together are too long: " +
                             std::to_string(max + 5) + " bytes, at most " + std::to_string(max) +
                             " allowed"}}));
}

TEST(MselPlan, OwningUnitDefaultsToTheTargetsCommonPath) {
    const auto parsed = parse_scenario("# title: T\n" + kHead + "1,0,hq/north,A\n2,0,hq/south,B\n");
    ASSERT_TRUE(parsed);
    const auto plan = plan_import(*parsed, directory);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->drill["unit"], test::key(1));
}

// ---- durations -----------------------------------------------------------------------------

TEST(Duration, AcceptsTheDocumentedForms) {
    const std::vector<std::pair<std::string, std::int64_t>> table = {
        {"0", 0},
        {"+0", 0},
        {"+01:30", 5400000},
        {"01:30", 5400000},
        {"+1:05", 3900000},
        {"+01:30:15", 5415000},
        {"90m", 5400000},
        {"1h30m", 5400000},
        {"1h 30m", 5400000},
        {"1H30M", 5400000},
        {"45s", 45000},
        {"2h", 7200000},
        {"1h30m15s", 5415000},
        {"0m", 0},
        {" +2h ", 7200000},
        {"168h", 604800000},
        {"+168:00", 604800000},
        {"10080m", 604800000},
    };
    for (const auto& [text, ms] : table) {
        const auto parsed = parse_duration(text);
        ASSERT_TRUE(parsed) << text << ": " << parsed.error().message;
        EXPECT_EQ(*parsed, ms) << text;
    }
}

TEST(Duration, RejectsEverythingElseNamingTheForms) {
    for (const std::string text :
         {"", "+", "90", "1.5h", "-5m", "1h9x", "30m1h", "1h1h", "1:5", "01:60", "01:30:60",
          "1:30:", "h", "m30", "1d", "01:30:15:00", "++1h", "1 h"}) {
        const auto parsed = parse_duration(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().message,
                  "\"" + text + "\" is not a duration; use +HH:MM, 90m or 1h30m");
    }
    for (const std::string text : {"169h", "+168:00:01", "10081m", "999999h"}) {
        const auto parsed = parse_duration(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().message,
                  "\"" + text + "\" is longer than 7 days; a duration can be at most +168:00");
    }
}

TEST(Duration, FormatsAsClockTime) {
    EXPECT_EQ(format_duration(0), "+00:00");
    EXPECT_EQ(format_duration(5400000), "+01:30");
    EXPECT_EQ(format_duration(5415000), "+01:30:15");
    EXPECT_EQ(format_duration(604800000), "+168:00");
    EXPECT_EQ(*parse_duration(format_duration(5415000)), 5415000);
}

}  // namespace
}  // namespace muster
