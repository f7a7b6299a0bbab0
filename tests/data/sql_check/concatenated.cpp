// A fixture for scripts/check-sql.sh: each marked line must be reported.
#include <string>

void bad(Database& db, const std::string& login, int limit) {
    db.query("SELECT * FROM credentials WHERE login = '" + login + "'");  // literal + value
    db.query(prefix + " WHERE login = ?1");                                // value + literal
    std::string sql = "DELETE FROM tokens";
    sql += " WHERE member_key = '" + login + "'";                          // appended
    char* text = sqlite3_mprintf("UPDATE tokens SET revoked = %d", limit);  // printf-built
    db.query("SELECT 1 FROM meta WHERE key = ?1");                         // fine: bound
}
