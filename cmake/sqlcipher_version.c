/* Prints SQLCipher's own version (PRAGMA cipher_version), e.g. "4.6.1 community". */
#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>
#include <stdio.h>

static int print_row(void *unused, int n, char **values, char **names)
{
    (void)unused; (void)names;
    if (n > 0 && values[0]) printf("%s", values[0]);
    return 0;
}

int main(void)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    static const unsigned char key[32] = {1};
    if (sqlite3_key(db, key, sizeof key) != SQLITE_OK) return 2;
    int rc = sqlite3_exec(db, "PRAGMA cipher_version", print_row, NULL, NULL);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 3;
}
