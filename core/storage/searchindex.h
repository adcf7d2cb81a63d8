#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace doudi::core {

class Database;

// The search_index table held in memory for as-you-type search. Each searchable field is one
// contiguous text of all entries separated by '\n', so a substring search is a single fast
// scan (QStringView::indexOf) and a hit's entry is found by binary search over the offsets.
// Scanning 150 000 rows in SQL costs 15–20 ms; this costs a few.
//
// It stays current: the writer calls refreshHousehold() after its own commits, and commits
// by other connections (the CLI, sync) are noticed through PRAGMA data_version.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    struct Entry
    {
        QString personId;
        QString householdId;
        QString name;
        QString idNumber;
        QString areaCode;
        bool isHead = false;
        bool removed = false;
    };
    enum class Field
    {
        Name,
        Initials,
        Digits,
        Syllables
    };
    // An entry whose whole pinyin holds the text from the start of one of its syllables.
    struct SyllableHit
    {
        int entry;
        int rank; // 0 the whole pinyin, 1 from its start, 2 from a later syllable; one lower
                  // for another reading than the preferred one
    };

    explicit SearchIndex(Database &db) : m_db(db) {}

    // Loads on first use, or again when another connection changed the database.
    Status ensureCurrent();
    // Re-reads one household's rows after this connection changed them.
    Status refreshHousehold(const QString &householdId);

    // Indexes of live entries whose field contains text.
    QList<int> find(Field field, const QString &text) const;
    const Entry &entry(int i) const { return m_entries[i]; }
    // Entries whose whole pinyin (王德林 → wangdelin) holds text beginning at a syllable: "wang",
    // "wangd", "delin" find 王德林; "angd" does not. Any reading of the name counts.
    QList<SyllableHit> findSyllables(const QString &text) const;
    QString initials(int i) const; // every reading's, separated by spaces (Pinyin::initialReadings)
    QString syllables(int i) const;
    QString digits(int i) const; // ID number, then phones
    // The head of household's entry, or -1.
    int headOf(const QString &householdId) const;
    QList<int> entriesOfArea(const QStringList &areaCodes) const;

private:
    struct Column
    {
        QString text;      // entries joined by '\n'
        QList<int> starts; // where each entry begins in text
        void append(const QString &value);
        QString at(int i) const;
    };
    Status reload();
    void append(Entry e, const QString &phones);
    Status appendHousehold(const QString &householdId);
    Result<qint64> dataVersion();

    Database &m_db;
    bool m_loaded = false;
    qint64 m_dataVersion = -1;
    QList<Entry> m_entries;
    Column m_names, m_initials, m_digits, m_syllables;
    QList<quint64> m_syllableStarts; // per entry: where its syllables begin (Pinyin::syllableReadings)
    QHash<QString, QList<int>> m_byHousehold;
};

} // namespace doudi::core
