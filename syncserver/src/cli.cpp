#include "muster/server/cli.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <pwd.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "muster/msel.hpp"
#include "muster/server/admin.hpp"
#include "muster/server/audit.hpp"
#include "muster/server/log.hpp"
#include "muster/server/report.hpp"
#include "muster/server/server.hpp"
#include "muster/server/store.hpp"
#include "muster/version.hpp"
#include "tls.hpp"

namespace muster::server {
namespace {

constexpr int kUsage = 2;

struct Options {
    std::string data;
    std::string db;
    std::string code, name, parent;
    std::string login, unit, role;
    bool password_stdin = false;
    std::string listen;
    std::string file;
    std::string title, prestage, delivery_prefix;
    bool dry_run = false;
    std::string to, from;
    bool force = false;
    std::string tls_cert, tls_key;
    std::vector<std::string> hosts;
    std::string cert_out, key_out;
    int cert_days = 825;
    std::string drill_key, format = "json", out, lang = "en";
    int threads = 2;
    long long header_timeout_ms = 10'000, body_timeout_ms = 30'000, idle_timeout_ms = 60'000;
    long long drain_timeout_ms = 10'000;
    std::size_t max_header_bytes = 16 * 1024, max_body_bytes = 8 * 1024 * 1024;
    std::size_t max_blob_bytes = 25 * 1024 * 1024;
    int token_ttl_days = 30;
    int token_idle_days = 7;
    double rate_per_s = 50, rate_burst = 500;
    std::size_t max_connections_per_ip = 512;
    bool limit_loopback = false;
    std::string audit_log;
    std::string replica, reason;
};

/// Who runs an admin command, for the audit log: the OS account.
std::string os_user() {
    if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
    return "uid " + std::to_string(geteuid());
}

/// Records a successful admin command in the data folder's audit log (beside
/// a running server's lines). The command was done: a log that cannot be
/// written now is a warning (commands that change data checked it first).
void audit_admin(const std::string& data_dir, std::ostream& err, std::string_view event,
                 std::initializer_list<log::Field> fields) {
    auto audit = AuditLog::open(AuditLog::default_path(data_dir));
    if (!audit) {
        err << "muster-server: warning: done, but not recorded in the audit log: " << audit.error().message << '\n';
        return;
    }
    std::vector<log::Field> all{{"by", os_user()}};
    all.insert(all.end(), fields.begin(), fields.end());
    (*audit)->record(event, all);
}

/// Before a command changes an existing data folder: its audit log must take
/// the record, or nothing is changed (every admin command is recorded there).
/// A folder that does not exist is for the command itself to name.
Status audit_log_writable(const std::string& data_dir) {
    std::error_code ec;
    if (data_dir.empty() || !std::filesystem::is_directory(data_dir, ec)) return {};
    auto audit = AuditLog::open(AuditLog::default_path(data_dir));
    if (!audit) return Error{ErrorCode::io_error, "--data: " + audit.error().message + "; nothing was changed"};
    return {};
}

/// After an admin command that changed what members see: audited, then the
/// running servers tell their sockets (on PostgreSQL through their relay; a
/// SQLite server notices by itself). A failed notice is only a warning: the
/// write itself is done.
void after_admin_write(const std::string& data_dir, std::ostream& err, std::string_view event,
                       std::initializer_list<log::Field> fields) {
    audit_admin(data_dir, err, event, fields);
    if (auto told = admin::announce_change(data_dir); !told) err << "muster-server: warning: " << told.error().message << '\n';
}

int report(const Options& o, std::ostream& err, const Error& error) {
    err << "muster-server: ";
    // A database's own words ("attempt to write a readonly database") say
    // what failed, not where: name the data folder.
    if (error.code == ErrorCode::storage && !o.data.empty() && error.message.rfind("--", 0) != 0) {
        err << "--data " << o.data << ": ";
    }
    err << error.message << '\n';
    return error.code == ErrorCode::bad_request || error.code == ErrorCode::not_found ? kUsage : 1;
}

/// Prints rows as columns separated by two spaces.
void print_table(std::ostream& out, const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - row[i].size() + 2, ' ');
        }
        out << line << '\n';
    }
}

/// Turns the terminal's echo off while it lives (a password typed at a prompt).
class NoEcho {
public:
    NoEcho() {
        if (::tcgetattr(STDIN_FILENO, &saved_) != 0) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        // TCSANOW, not TCSAFLUSH: what was typed already is part of the password.
        active_ = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
    }
    ~NoEcho() {
        if (active_) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved_);
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    termios saved_{};
    bool active_ = false;
};

/// The password on the first line of `in`. From a terminal (the process's
/// own standard input), asked for on `err` and not shown as it is typed.
Result<std::string> read_password(std::istream& in, std::ostream& err, const std::string& login) {
    std::string line;
    bool read = false;
    if (&in == &std::cin && ::isatty(STDIN_FILENO) == 1) {
        {
            const NoEcho quiet;  // before the prompt: nothing typed after it is shown
            err << "Password for " << login << " (not shown): " << std::flush;
            read = static_cast<bool>(std::getline(in, line));
        }
        err << '\n';
    } else {
        read = static_cast<bool>(std::getline(in, line));
    }
    if (!read) return Error{ErrorCode::bad_request, "--password-stdin: no password on standard input"};
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (auto st = admin::check_password(line); !st) return st.error();
    return line;
}

void add_data(CLI::App* command, Options& o) {
    command->add_option("--data", o.data, "Data folder (blobs, audit log, and the SQLite database unless --db)")
        ->required();
    command->add_option("--db", o.db,
                        "Database: sqlite:DIR or postgresql://USER@HOST:PORT/DB (default: the one the data folder "
                        "records; for init and demo, the folder's own SQLite file)");
}

int cmd_member_add(const Options& o, std::istream& in, std::ostream& out, std::ostream& err) {
    std::string password;
    if (o.password_stdin) {
        auto read = read_password(in, err, o.login);
        if (!read) return report(o, err, read.error());
        password = *read;
    } else {
        password = new_password();
    }
    auto member = admin::add_member(o.data, o.login, o.name, o.unit, o.role, password, HashCost::from_environment());
    if (!member) return report(o, err, member.error());
    after_admin_write(o.data, err, "admin.member_add", {{"login", o.login}, {"role", o.role}, {"unit", o.unit}});
    out << "member " << o.login << " added (key " << member->key << ")\n";
    if (!o.password_stdin) out << "password for " << o.login << ": " << password << " (shown once; store it now)\n";
    return 0;
}

int cmd_serve(const Options& o, std::ostream& out, std::ostream& err) {
    auto listen = parse_listen(o.listen);
    if (!listen) return report(o, err, listen.error());
    if (o.tls_cert.empty() != o.tls_key.empty()) {
        err << "muster-server: " << (o.tls_cert.empty() ? "--tls-cert: required with --tls-key" : "--tls-key: required with --tls-cert")
            << '\n';
        return kUsage;
    }
    ServerConfig config;
    config.data_dir = o.data;
    config.host = listen->host;
    config.port = listen->port;
    config.io_threads = o.threads;
    config.header_timeout = milliseconds(o.header_timeout_ms);
    config.body_timeout = milliseconds(o.body_timeout_ms);
    config.idle_timeout = milliseconds(o.idle_timeout_ms);
    config.drain_timeout = milliseconds(o.drain_timeout_ms);
    config.max_header_bytes = o.max_header_bytes;
    config.max_body_bytes = o.max_body_bytes;
    config.max_blob_bytes = o.max_blob_bytes;
    config.tls_cert_file = o.tls_cert;
    config.tls_key_file = o.tls_key;
    config.token_ttl_ms = static_cast<std::int64_t>(o.token_ttl_days) * 24 * 60 * 60 * 1000;
    config.token_idle_ms = static_cast<std::int64_t>(o.token_idle_days) * 24 * 60 * 60 * 1000;
    config.member_rate_per_s = o.rate_per_s;
    config.member_rate_burst = o.rate_burst;
    config.max_connections_per_ip = o.max_connections_per_ip;
    config.limit_loopback = o.limit_loopback;
    config.audit_log_file = o.audit_log;
    return run_server(config, out, err);
}

int cmd_tls_self_signed(const Options& o, std::ostream& out, std::ostream& err) {
    if (auto st = write_self_signed_certificate(o.cert_out, o.key_out, o.hosts, o.cert_days); !st) {
        return report(o, err, st.error());
    }
    auto fingerprint = certificate_fingerprint(o.cert_out);
    if (!fingerprint) return report(o, err, fingerprint.error());
    out << "certificate written to " << o.cert_out << ", key to " << o.key_out << " (mode 0600)\n"
        << "SHA-256 fingerprint: " << *fingerprint << '\n'
        << "The app asks members to compare this fingerprint before it trusts the server; give it to them.\n";
    return 0;
}

int cmd_tls_fingerprint(const Options& o, std::ostream& out, std::ostream& err) {
    auto fingerprint = certificate_fingerprint(o.tls_cert);
    if (!fingerprint) return report(o, err, fingerprint.error());
    out << "SHA-256 fingerprint: " << *fingerprint << '\n';
    return 0;
}

int cmd_backup(const Options& o, std::ostream& out, std::ostream& err) {
    auto done = admin::backup(o.data, o.to);
    if (!done) return report(o, err, done.error());
    out << "database copied to " << done->database << '\n';
    out << done->blobs_total << " blob(s) in " << done->blobs_dir << " (" << done->blobs_copied << " copied now)\n";
    return 0;
}

int cmd_restore(const Options& o, std::ostream& out, std::ostream& err) {
    auto done = admin::restore(o.data, o.from, o.force);
    if (!done) return report(o, err, done.error());
    audit_admin(o.data, err, "admin.restore", {{"from", o.from}});
    out << "restored " << o.from << " into " << o.data << " (" << done->blobs << " blob(s) copied)\n";
    return 0;
}

int cmd_migrate(const Options& o, std::ostream& out, std::ostream& err) {
    auto done = admin::migrate(o.from, o.to, &err);
    if (!done) return report(o, err, done.error());
    std::int64_t rows = 0;
    std::vector<std::vector<std::string>> table{{"TABLE", "ROWS", "SHA-256"}};
    for (const auto& t : done->tables) {
        table.push_back({t.name, std::to_string(t.rows), t.sha256.substr(0, 16)});
        rows += t.rows;
    }
    audit_admin(done->data_dir, err, "admin.migrate", {{"to", done->database}, {"rows", std::to_string(rows)}});
    print_table(out, table);
    out << "copied and verified " << rows << " row(s) in " << done->elapsed_ms << " ms\n";
    out << "the data folder " << done->data_dir << " now uses " << done->database << "; its SQLite file "
        << database_path(done->data_dir) << " is kept unchanged as the fallback\n";
    return 0;
}

int cmd_drill_import(const Options& o, std::ostream& out, std::ostream& err) {
    admin::DrillImportOptions options;
    options.unit = o.unit;
    options.title = o.title;
    if (!o.prestage.empty()) options.prestage = o.prestage == "yes";
    options.delivery_prefix = o.delivery_prefix;
    options.dry_run = o.dry_run;
    auto done = admin::import_drill(o.data, o.file, options);
    if (!done) return report(o, err, done.error());
    out << (o.dry_run ? "would import" : "imported") << " drill \"" << done->title << "\" (planned";
    out << (done->prestage ? ", injects pre-staged" : "") << ") with " << done->injects << " inject(s) over "
        << format_duration(done->last_offset_ms) << '\n';
    std::vector<std::vector<std::string>> rows{{"TARGET", "INJECTS"}};
    for (const auto& [target, count] : done->injects_per_target) rows.push_back({target, std::to_string(count)});
    print_table(out, rows);
    if (!o.dry_run) {
        after_admin_write(o.data, err, "admin.drill_import", {{"drill", done->drill_key}, {"file", o.file}});
        out << "drill key " << done->drill_key << '\n';
    }
    return 0;
}

int cmd_report(const Options& o, std::ostream& out, std::ostream& err) {
    const auto format = report_format_from_string(o.format);
    if (!format) return report(o, err, {ErrorCode::bad_request, "--format: expected json, csv or html"});
    const auto language = report_language_from_string(o.lang);
    if (!language) return report(o, err, {ErrorCode::bad_request, "--lang: expected en, es or vi"});
    auto body =
        report_from_data(o.data, o.drill_key, o.title, *format, SystemClock::instance().now_ms(), *language);
    if (!body) return report(o, err, body.error());
    if (o.out.empty()) {
        out << *body;
        return 0;
    }
    std::ofstream file(o.out, std::ios::binary | std::ios::trunc);
    if (!(file << *body) || !file.flush()) return report(o, err, {ErrorCode::bad_request, "--out: cannot write " + o.out});
    out << "report written to " << o.out << '\n';
    return 0;
}

int cmd_device_list(const Options& o, std::ostream& out, std::ostream& err) {
    auto rows = admin::list_devices(o.data);
    if (!rows) return report(o, err, rows.error());
    const auto when = [](std::int64_t ms) { return ms > 0 ? log::format_utc(ms) : std::string("-"); };
    std::vector<std::vector<std::string>> table{{"REPLICA", "MEMBER", "LAST SYNC (UTC)", "UNSENT", "APP", "WIPE"}};
    for (const auto& r : *rows) {
        std::string wipe = "-";
        if (r.wipe) wipe = r.wipe->delivered_ms > 0 ? "done " + when(r.wipe->delivered_ms) : "ordered " + when(r.wipe->ordered_ms);
        table.push_back({r.replica_id, r.member_login.empty() ? "-" : r.member_login, when(r.last_sync_ms),
                         std::to_string(r.pending), r.app_version.empty() ? "-" : r.app_version, wipe});
    }
    print_table(out, table);
    return 0;
}

int cmd_device_wipe(const Options& o, std::ostream& out, std::ostream& err) {
    if (auto st = admin::wipe_device(o.data, o.replica, o.reason, os_user()); !st) return report(o, err, st.error());
    after_admin_write(o.data, err, "admin.device_wipe", {{"device", o.replica}, {"reason", o.reason}});
    out << "device " << o.replica << " will erase its data at its next sync (what it sends first is kept);"
        << " its tokens are revoked then\n";
    return 0;
}

int cmd_demo(const Options& o, std::ostream& out, std::ostream& err) {
    auto demo = admin::seed_demo(o.data, HashCost::from_environment(), o.db);
    if (!demo) return report(o, err, demo.error());
    out << "demo data written to " << o.data << "\n\n";
    std::vector<std::vector<std::string>> rows{{"LOGIN", "ROLE", "UNIT", "PASSWORD"}};
    for (const auto& l : demo->logins) rows.push_back({l.login, l.role, l.unit_code, demo->password});
    print_table(out, rows);
    out << "\ndrill \"Flood response drill\" (planned) with " << demo->task_keys.size() << " injects\n";
    return 0;
}

/// When parsing stopped for a missing command: the word given where a
/// command of the deepest command named was expected, and that command's
/// own commands ("unit: unknown command 'bogus' (add, list, move)").
std::optional<std::string> unknown_command(CLI::App& app, int argc, const char* const* argv) {
    const auto commands_of = [](CLI::App* command) {
        std::string names;
        for (CLI::App* sub : command->get_subcommands({})) names += (names.empty() ? "" : ", ") + sub->get_name();
        return names;
    };
    CLI::App* at = &app;
    std::string path;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word.rfind('-', 0) == 0) break;  // an option: the command had its words
        if (at->get_subcommands({}).empty()) return std::nullopt;  // a stray argument, not a command
        CLI::App* next = nullptr;
        for (CLI::App* sub : at->get_subcommands({})) {
            if (sub->get_name() == word) next = sub;
        }
        if (next == nullptr) {
            return (path.empty() ? "" : path + ": ") + "unknown command '" + word + "' (" + commands_of(at) + ")";
        }
        path += (path.empty() ? "" : " ") + word;
        at = next;
    }
    const std::string names = commands_of(at);
    if (names.empty()) return std::nullopt;  // a required option is missing: CLI11 names it
    return (path.empty() ? "" : path + ": ") + "a command is needed (" + names + ")";
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err) {
    CLI::App app{"Muster sync server and admin tool", "muster-server"};
    app.set_version_flag("--version", std::string(version()));
    app.require_subcommand(1);
    Options o;

    auto* init = app.add_subcommand("init", "Create a data folder with a new database");
    add_data(init, o);

    auto* unit = app.add_subcommand("unit", "Manage units")->require_subcommand(1);
    auto* unit_add = unit->add_subcommand("add", "Add a unit");
    add_data(unit_add, o);
    unit_add->add_option("--code", o.code, "Unit code, [a-z0-9-]{1,32}")->required();
    unit_add->add_option("--name", o.name, "Display name")->required();
    unit_add->add_option("--parent", o.parent, "Parent unit code");
    auto* unit_list = unit->add_subcommand("list", "List units");
    add_data(unit_list, o);
    auto* unit_move = unit->add_subcommand("move",
                                           "Move a unit under another parent (cycles are refused); devices of the "
                                           "old and new ancestors drop or receive its data at their next sync, "
                                           "which a running server asks them to make at once. Writes wait while "
                                           "it runs: about 1 s per 75,000 tasks and logs moved (SQLite; "
                                           "PostgreSQL: per 25,000)");
    add_data(unit_move, o);
    unit_move->add_option("--code", o.code, "Code of the unit to move")->required();
    unit_move->add_option("--parent", o.parent, "Code of its new parent")->required();

    auto* member = app.add_subcommand("member", "Manage members")->require_subcommand(1);
    auto* member_add = member->add_subcommand("add", "Add a member");
    add_data(member_add, o);
    member_add->add_option("--login", o.login, "Login name")->required();
    member_add->add_option("--name", o.name, "Display name")->required();
    member_add->add_option("--unit", o.unit, "Unit code")->required();
    member_add->add_option("--role", o.role, "member|coordinator|evaluator|admin")->required();
    member_add->add_flag("--password-stdin", o.password_stdin,
                         "Read the password from the first line of stdin (otherwise one is generated and printed)");
    auto* member_list = member->add_subcommand("list", "List members");
    add_data(member_list, o);
    auto* member_passwd = member->add_subcommand("passwd", "Set a member's password");
    add_data(member_passwd, o);
    member_passwd->add_option("--login", o.login, "Login name")->required();
    member_passwd->add_flag("--password-stdin", o.password_stdin, "Read the password from stdin (otherwise generate one)");
    auto* member_disable = member->add_subcommand("disable", "Disable a member and revoke their tokens");
    add_data(member_disable, o);
    member_disable->add_option("--login", o.login, "Login name")->required();

    auto* token = app.add_subcommand("token", "Manage tokens")->require_subcommand(1);
    auto* token_revoke = token->add_subcommand("revoke", "Revoke every token of a member");
    add_data(token_revoke, o);
    token_revoke->add_option("--login", o.login, "Login name")->required();

    auto* device = app.add_subcommand("device", "Manage devices")->require_subcommand(1);
    auto* device_list = device->add_subcommand("list", "List devices that have synced, with wipe orders");
    add_data(device_list, o);
    auto* device_wipe = device->add_subcommand(
        "wipe", "Make a device erase its local data at its next sync (what it sends first is kept)");
    add_data(device_wipe, o);
    device_wipe->add_option("--replica", o.replica, "The device's replica id (see `device list`)")->required();
    device_wipe->add_option("--reason", o.reason, "Shown on the device, e.g. \"reported lost\"")->required();

    auto* drill = app.add_subcommand("drill", "Manage drills")->require_subcommand(1);
    auto* drill_import = drill->add_subcommand(
        "import", "Import a scenario (MSEL, CSV or JSON) as a planned drill; see docs/examples/");
    add_data(drill_import, o);
    drill_import->add_option("FILE", o.file, "MSEL file (.csv or .json)")->required();
    drill_import->add_option("--unit", o.unit, "Unit that runs the drill, by code or path (default: the file's)");
    drill_import->add_option("--title", o.title, "Drill title (default: the file's)");
    drill_import->add_option("--prestage", o.prestage,
                             "yes: injects reach devices before their time, hidden until then (default: the file's)")
        ->check(CLI::IsMember({"yes", "no"}));
    drill_import->add_option("--delivery-prefix", o.delivery_prefix,
                             "Put before a delivery note in a task's instructions, in the unit's language "
                             "(default: \"Delivery: \"; e.g. \"Entrega: \")")
        ->check([](const std::string& text) {
            return text.empty() || text.size() > 40 || text.find_first_of("\r\n") != std::string::npos
                       ? std::string("one line of 1 to 40 bytes")
                       : std::string();
        });
    drill_import->add_flag("--dry-run", o.dry_run, "Check the file and show what would be imported; write nothing");

    auto* serve = app.add_subcommand("serve", "Run the sync server");
    add_data(serve, o);
    serve->add_option("--listen", o.listen, "HOST:PORT (port 0 picks a free one)")->required();
    serve->add_option("--tls-cert", o.tls_cert,
                      "TLS certificate chain (PEM); with --tls-key, serves only HTTPS/WSS (TLS 1.2+)");
    serve->add_option("--tls-key", o.tls_key, "TLS private key (PEM), with --tls-cert");
    serve->add_option("--threads", o.threads, "I/O threads")->check(CLI::Range(1, 64));
    serve->add_option("--header-timeout-ms", o.header_timeout_ms, "Total time to receive request headers")
        ->check(CLI::Range(1LL, 3'600'000LL));
    serve->add_option("--body-timeout-ms", o.body_timeout_ms, "Time to receive a request body")
        ->check(CLI::Range(1LL, 3'600'000LL));
    serve->add_option("--idle-timeout-ms", o.idle_timeout_ms, "Keep-alive idle time")->check(CLI::Range(1LL, 3'600'000LL));
    serve->add_option("--drain-timeout-ms", o.drain_timeout_ms, "Shutdown: time left to in-flight requests")
        ->check(CLI::Range(0LL, 3'600'000LL));
    serve->add_option("--max-header-bytes", o.max_header_bytes, "Largest request header")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1024 * 1024}));
    serve->add_option("--max-body-bytes", o.max_body_bytes, "Largest request body")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{256} * 1024 * 1024));
    serve->add_option("--max-blob-bytes", o.max_blob_bytes, "Largest blob upload")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1024} * 1024 * 1024));
    serve->add_option("--token-ttl-days", o.token_ttl_days, "Token lifetime")->check(CLI::Range(1, 3650));
    serve->add_option("--token-idle-days", o.token_idle_days, "A token not used by a sync for this long expires")
        ->check(CLI::Range(1, 3650));
    serve->add_option("--rate-limit", o.rate_per_s, "Requests per second per member (0: no limit; default 50)")
        ->check(CLI::Range(0.0, 100000.0));
    serve->add_option("--rate-burst", o.rate_burst, "Requests a member may send at once before the rate applies")
        ->check(CLI::Range(1.0, 1000000.0));
    serve->add_option("--max-connections-per-ip", o.max_connections_per_ip,
                      "Open connections from one address (0: no limit; default 512)")
        ->check(CLI::Range(std::size_t{0}, std::size_t{1'000'000}));
    serve->add_flag("--limit-loopback", o.limit_loopback,
                    "Apply --max-connections-per-ip to loopback too (off: a local reverse proxy carries every client)");
    serve->add_option("--audit-log", o.audit_log, "Audit log file (default: DATA/audit.log)");

    auto* tls = app.add_subcommand("tls", "TLS certificates for serve --tls-cert/--tls-key")->require_subcommand(1);
    auto* tls_self_signed = tls->add_subcommand(
        "self-signed", "Make a key and a self-signed certificate (for a server without a CA-signed one; the app asks "
                       "members to compare its fingerprint, then trusts it)");
    tls_self_signed->add_option("--host", o.hosts, "A DNS name or IP address the app connects to (repeat for more)")
        ->required();
    tls_self_signed->add_option("--cert", o.cert_out, "Certificate file to create (PEM)")->required();
    tls_self_signed->add_option("--key", o.key_out, "Private key file to create (PEM, mode 0600)")->required();
    tls_self_signed->add_option("--days", o.cert_days, "Days the certificate is valid (default 825)")
        ->check(CLI::Range(1, 3650));
    auto* tls_fingerprint =
        tls->add_subcommand("fingerprint", "Print a certificate's SHA-256 fingerprint, as the app shows it");
    tls_fingerprint->add_option("--tls-cert", o.tls_cert, "Certificate file (PEM)")->required();

    auto* backup = app.add_subcommand(
        "backup",
        "Copy the database to FILE (online: safe while serve runs) and the blobs to the folder FILE.blobs/");
    add_data(backup, o);
    backup->add_option("--to", o.to, "Backup file to create (must not exist); blobs go to <FILE>.blobs/")->required();
    auto* restore = app.add_subcommand(
        "restore", "Restore a backup (FILE and FILE.blobs/) into a data folder; refused while a server serves it");
    add_data(restore, o);
    restore->add_option("--from", o.from, "Backup file made by `backup`")->required();
    restore->add_flag("--force", o.force, "Replace the database of a non-empty data folder (blobs are merged)");

    auto* migrate = app.add_subcommand(
        "migrate",
        "Move a data folder's SQLite database into a new PostgreSQL database (every value kept, verified by counts "
        "and hashes; the SQLite file stays as the fallback). Refused while a server serves the folder");
    migrate->add_option("--from", o.from, "sqlite:DIR, a data folder whose database is its own SQLite file")->required();
    migrate->add_option("--to", o.to,
                        "postgresql://USER@HOST:PORT/DB, an existing database without Muster's schema")
        ->required();

    auto* report_cmd = app.add_subcommand("report", "Write a drill's after-action report (JSON, CSV or HTML)");
    add_data(report_cmd, o);
    auto* by_key = report_cmd->add_option("--drill", o.drill_key, "Drill key");
    auto* by_title = report_cmd->add_option("--title", o.title, "Drill title (exact)");
    by_key->excludes(by_title);
    by_title->excludes(by_key);
    report_cmd->add_option("--format", o.format, "json (default), csv or html")->check(CLI::IsMember({"json", "csv", "html"}));
    report_cmd->add_option("--out", o.out, "File to write (default: standard output)");
    report_cmd->add_option("--lang", o.lang,
                           "Language of the HTML report's words: en (default), es or vi (JSON and CSV are data, "
                           "in English)");

    auto* demo = app.add_subcommand("demo", "Create a data folder with demo units, members and a drill");
    add_data(demo, o);

    // An empty value is never "not given": `--parent ""` must not make a root unit.
    const CLI::Validator non_empty(
        [](const std::string& value) { return value.empty() ? std::string("must not be empty") : std::string(); }, "",
        "NONEMPTY");
    const std::function<void(CLI::App*)> refuse_empty = [&](CLI::App* command) {
        for (CLI::Option* option : command->get_options()) {
            if (option->get_expected_min() > 0) option->check(non_empty);
        }
        for (CLI::App* sub : command->get_subcommands({})) refuse_empty(sub);
    };
    refuse_empty(&app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::RequiredError& e) {
        // "A subcommand is required" does not say which word was wrong.
        if (const auto unknown = unknown_command(app, argc, argv)) {
            err << "muster-server: " << *unknown << '\n';
            return kUsage;
        }
        err << "muster-server: " << e.what() << '\n';
        return kUsage;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        err << "muster-server: " << e.what() << '\n';
        return kUsage;
    }

    // CLI11's ranges let NaN through (every comparison with it is false).
    if (!std::isfinite(o.rate_per_s)) return report(o, err, {ErrorCode::bad_request, "--rate-limit: expected a number"});
    if (!std::isfinite(o.rate_burst)) return report(o, err, {ErrorCode::bad_request, "--rate-burst: expected a number"});
    // Not restore: its folder may be new or empty (a log made here would make
    // it "not empty"); its record comes after, a warning if it fails.
    const bool changes_folder = *unit_add || *unit_move || *member_add || *member_passwd || *member_disable ||
                                *token_revoke || (*drill_import && !o.dry_run) || *device_wipe;
    if (changes_folder) {
        if (auto st = audit_log_writable(o.data); !st) return report(o, err, st.error());
    }

    if (!o.db.empty() && !*init && !*demo) {
        // Must agree with the folder's record (a folder with none takes it).
        if (auto db = resolve_database(o.data, o.db); !db) return report(o, err, db.error());
    }
    if (*init) {
        auto replica = admin::init(o.data, o.db);
        if (!replica) return report(o, err, replica.error());
        audit_admin(o.data, err, "admin.init", {});
        out << "initialised " << o.data << " (server replica " << *replica << ")\n";
        return 0;
    }
    if (*unit_add) {
        auto added = admin::add_unit(o.data, o.code, o.name, o.parent);
        if (!added) return report(o, err, added.error());
        after_admin_write(o.data, err, "admin.unit_add", {{"unit", o.code}, {"parent", o.parent}});
        out << "unit " << o.code << " added (key " << added->key << ")\n";
        return 0;
    }
    if (*unit_list) {
        auto rows = admin::list_units(o.data);
        if (!rows) return report(o, err, rows.error());
        std::vector<std::vector<std::string>> table{{"CODE", "NAME", "PARENT", "KEY"}};
        for (const auto& r : *rows) table.push_back({r.unit.code, r.unit.name, r.parent_code.empty() ? "-" : r.parent_code, r.unit.key});
        print_table(out, table);
        return 0;
    }
    if (*unit_move) {
        auto moved = admin::move_unit(o.data, o.code, o.parent);
        if (!moved) return report(o, err, moved.error());
        after_admin_write(o.data, err, "admin.unit_move", {{"unit", o.code}, {"parent", o.parent}});
        out << "unit " << o.code << " moved under " << o.parent << '\n';
        return 0;
    }
    if (*member_add) return cmd_member_add(o, in, out, err);
    if (*member_list) {
        auto rows = admin::list_members(o.data);
        if (!rows) return report(o, err, rows.error());
        std::vector<std::vector<std::string>> table{{"LOGIN", "NAME", "ROLE", "UNIT", "STATUS", "KEY"}};
        for (const auto& r : *rows) {
            table.push_back({r.member.login, r.member.name, r.member.role, r.unit_code,
                             r.member.disabled ? "disabled" : "active", r.member.key});
        }
        print_table(out, table);
        return 0;
    }
    if (*member_passwd) {
        std::string password;
        if (o.password_stdin) {
            auto read = read_password(in, err, o.login);
            if (!read) return report(o, err, read.error());
            password = *read;
        } else {
            password = new_password();
        }
        if (auto st = admin::set_password(o.data, o.login, password, HashCost::from_environment()); !st) {
            return report(o, err, st.error());
        }
        audit_admin(o.data, err, "admin.member_passwd", {{"login", o.login}});
        out << "password changed for " << o.login << '\n';
        if (!o.password_stdin) out << "password for " << o.login << ": " << password << " (shown once; store it now)\n";
        return 0;
    }
    if (*member_disable) {
        auto revoked = admin::disable_member(o.data, o.login);
        if (!revoked) return report(o, err, revoked.error());
        after_admin_write(o.data, err, "admin.member_disable", {{"login", o.login}, {"tokens_revoked", std::to_string(*revoked)}});
        out << "member " << o.login << " disabled; " << *revoked << " token(s) revoked\n";
        return 0;
    }
    if (*token_revoke) {
        auto revoked = admin::revoke_tokens(o.data, o.login);
        if (!revoked) return report(o, err, revoked.error());
        after_admin_write(o.data, err, "admin.token_revoke",
                          {{"login", o.login}, {"tokens_revoked", std::to_string(*revoked)}});
        out << *revoked << " token(s) revoked for " << o.login << '\n';
        return 0;
    }
    if (*drill_import) return cmd_drill_import(o, out, err);
    if (*device_list) return cmd_device_list(o, out, err);
    if (*device_wipe) return cmd_device_wipe(o, out, err);
    if (*serve) return cmd_serve(o, out, err);
    if (*tls_self_signed) return cmd_tls_self_signed(o, out, err);
    if (*tls_fingerprint) return cmd_tls_fingerprint(o, out, err);
    if (*demo) return cmd_demo(o, out, err);
    if (*report_cmd) return cmd_report(o, out, err);
    if (*backup) return cmd_backup(o, out, err);
    if (*restore) return cmd_restore(o, out, err);
    if (*migrate) return cmd_migrate(o, out, err);
    err << "muster-server: no command given (see --help)\n";
    return kUsage;
}

}  // namespace muster::server
