/* Writes notes-v3.db, the SQLCipher 3 fixture of tst_sqlcipher4compat, the way
 * SqlCipherDriver::open keys a file under SQLCipher 3: sqlite3_key with a raw 32-byte key
 * (no KDF), PRAGMA cipher_page_size = 4096, WAL; then back to a rollback journal so that the
 * fixture is one self-contained file. Made up test data only.
 *
 *   cc -DSQLITE_HAS_CODEC make_fixture.c -lsqlcipher -o /tmp/make_fixture
 *   /tmp/make_fixture notes-v3.db        (Debian 12: SQLCipher 3.4.1)
 */
#include <sqlcipher/sqlite3.h>
#include <stdio.h>
#include <string.h>

/* The fixture's key; tst_sqlcipher4compat.cpp holds the same 64 hex digits. */
static const char kRawKey[] = "x'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'";

static int run(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    const int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    if (rc != SQLITE_OK)
        fprintf(stderr, "%s: %s\n", sql, err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return rc;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "notes-v3.db";
    sqlite3 *db = NULL;
    remove(path);
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return 1;
    int rc = sqlite3_key(db, kRawKey, (int)strlen(kRawKey));
    rc |= run(db, "PRAGMA cipher_page_size = 4096;");
    rc |= run(db, "SELECT count(*) FROM sqlite_master;");
    rc |= run(db, "PRAGMA journal_mode = WAL;");
    rc |= run(db, "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
    rc |= run(db, "INSERT INTO note (body) VALUES ('alpha'), ('beta'), ('gamma'), ('汉字');");
    rc |= run(db, "PRAGMA user_version = 7;");
    rc |= run(db, "PRAGMA journal_mode = DELETE;");
    sqlite3_close(db);
    return rc ? 1 : 0;
}
