#include "core/store/database.h"
#include "core/store/migrationsteps.h"

namespace caseledger::core {

// Version 6: the name search index gains prefix indexes of 4 to 10 characters (issue 3,
// "Performance": search p95 <= 10 ms on a county of 350,000 cases). FTS5 answers "maria*" or
// "gutierrez*" from a prefix index of that length as one stored doclist; without one it
// merges, on each search, the doclists of every word that starts so (maria, mariana,
// maribel...; gutierrez and each joined double surname, gutierrezlopez...), and that merge
// was the search's tail. Measured on the 350,000-case county (1.29 million people) through
// SearchService, warm, p50/p95 in ms: names as written 3.3-3.8/15-17 -> 1.0-1.2/4.7-4.8;
// misspelt names (the sound-alike pass) 2.8-3.0/6.8-7.1 -> 1.3-1.5/2.0-2.9. Prefixes up to
// 6 only gave a p95 of 11-12 ms. The index grows from 69 to 114 MB in a 2.2 GB database;
// the rebuild takes about 30 s on that county, once.
//
// The index is contentless (the words live only in the index, inside the encrypted file), so
// it is rebuilt from itself: fts5vocab's "instance" view lists each indexed word of each row,
// in word order, and the rows are gathered by sorting every word occurrence (about ten million
// on that county, a few hundred MB of temporary memory for the length of the migration).
// The words were folded when they were indexed, so indexing them again gives the same words;
// their order within a row does not matter (searches use words and prefixes, never phrases).
void migrateToV6(Database& db)
{
    db.exec(R"sql(
CREATE VIRTUAL TABLE temp.person_fts_words USING fts5vocab(main, person_fts, instance);
CREATE TEMP TABLE person_fts_rows AS
    SELECT doc AS row,
           group_concat(CASE WHEN col = 'names' THEN term END, ' ') AS names,
           group_concat(CASE WHEN col = 'sounds' THEN term END, ' ') AS sounds
    FROM temp.person_fts_words GROUP BY doc;
DROP TABLE temp.person_fts_words;
DROP TABLE person_fts;
CREATE VIRTUAL TABLE person_fts USING fts5(
    names, sounds,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8 9 10'
);
INSERT INTO person_fts (rowid, names, sounds)
    SELECT row, coalesce(names, ''), coalesce(sounds, '') FROM temp.person_fts_rows;
DROP TABLE temp.person_fts_rows;
INSERT INTO person_fts (person_fts) VALUES ('optimize');
)sql");
}

} // namespace caseledger::core
