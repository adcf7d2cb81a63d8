#include "storage/profile.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "identity/areacode.h"
#include "security/crypto.h"
#include "security/recoverycode.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace doudi::core {

namespace {
const QByteArray kBackupMagic = "DOUDI-BACKUP-1\n";
const QString kPending = QStringLiteral(".pending");

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(ErrorCode::Io, Profile::tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
    return {};
}
} // namespace

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profile");
}

QString Profile::databasePath(const QString &dir)
{
    return dir + QStringLiteral("/doudi.db");
}

QString Profile::keyFilePath(const QString &dir)
{
    return dir + QStringLiteral("/doudi.keys");
}

bool Profile::exists(const QString &dir)
{
    return QFile::exists(keyFilePath(dir)) || QFile::exists(keyFilePath(dir) + kPending);
}

Status Profile::completePendingSwap(const QString &dir)
{
    const QString db = databasePath(dir), keys = keyFilePath(dir);
    const bool dbPending = QFile::exists(db + kPending), keysPending = QFile::exists(keys + kPending);
    if (dbPending && !keysPending) {
        // Interrupted before the new key file was complete: the live files are still whole.
        QFile::remove(db + kPending);
        return {};
    }
    if (!keysPending)
        return {};
    // Both new files are complete: finish the swap. The old WAL belongs to the old file.
    if (dbPending) {
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        QFile::remove(db);
        if (!QFile::rename(db + kPending, db))
            return Error(ErrorCode::Io, tr("The database file could not be replaced."), db);
    }
    QFile::remove(keys);
    if (!QFile::rename(keys + kPending, keys))
        return Error(ErrorCode::Io, tr("The key file could not be replaced."), keys);
    return {};
}

Result<std::unique_ptr<Profile>> Profile::openWithKey(const QString &dir, KeySlots slots, QByteArray key,
                                                      const QString &user)
{
    Result<std::unique_ptr<Database>> db = Database::open(databasePath(dir), key, slots.cipher(), false);
    if (!db) {
        wipe(key);
        if (db.error().code() == ErrorCode::WrongCredentials)
            return Error(ErrorCode::Corrupt, tr("The database does not match its key file: it may have been "
                                                "replaced or damaged. Restore it from a backup."));
        return db.error();
    }
    if (Status st = (*db)->migrate(); !st) {
        wipe(key);
        return st.error();
    }
    std::unique_ptr<Profile> p(new Profile);
    p->m_dir = dir;
    p->m_user = user;
    p->m_key = key;
    p->m_slots = std::move(slots);
    p->m_db = std::move(db).value();
    Result<std::unique_ptr<ChangeLog>> changes = ChangeLog::open(*p->m_db, user);
    if (!changes)
        return changes.error();
    p->m_changes = std::move(changes).value();
    if (!user.isEmpty()) {
        Result<Query> q = p->m_db->exec(QStringLiteral("SELECT role, scopes FROM users WHERE name = ?"), {user});
        if (q && q->next()) {
            p->m_role = q->value(0).toString();
            p->m_scopes = q->value(1).toString().split(u' ', Qt::SkipEmptyParts);
        }
    }
    return p;
}

Result<std::unique_ptr<Profile>> Profile::create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode)
{
    if (exists(dir) || QFile::exists(databasePath(dir)))
        return Error(ErrorCode::AlreadyExists, tr("A profile already exists in %1.").arg(QDir::toNativeSeparators(dir)));
    if (!setup.scope.isEmpty() && !AreaCode::isWellFormed(setup.scope))
        return Error(ErrorCode::InvalidInput, tr("The area of work must be a 6- or 12-digit area code."));
    if (setup.cipher != QLatin1String("aes-256-cbc") && setup.cipher != QLatin1String("sm4-cbc"))
        return Error(ErrorCode::InvalidInput, tr("The cipher must be aes-256-cbc or sm4-cbc."));
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));

    QByteArray key = RandomSource::bytes(Crypto::kKeyBytes);
    Result<KeySlots> slots = KeySlots::create(key, setup.user, setup.password, recoveryCode, setup.cipher,
                                              setup.iterations);
    if (!slots) {
        wipe(key);
        return slots.error();
    }
    // The database first: a key file without its database would look like a broken profile.
    {
        Result<std::unique_ptr<Database>> db = Database::open(databasePath(dir), key, setup.cipher, true);
        if (!db) {
            wipe(key);
            return db.error();
        }
    }
    if (Status st = slots->save(keyFilePath(dir)); !st) {
        QFile::remove(databasePath(dir));
        wipe(key);
        return st.error();
    }
    Result<std::unique_ptr<Profile>> p = openWithKey(dir, std::move(slots).value(), key, setup.user);
    if (!p)
        return p;
    Database &db = (*p)->database();
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    Status st = db.transaction([&]() -> Status {
        const QList<QVariantList> rows = {
            {QStringLiteral("profile_id"), RandomSource::uuidString()},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("scope"), AreaCode::toTwelve(setup.scope)},
        };
        for (const QVariantList &row : rows) {
            if (Result<Query> q = db.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), row); !q)
                return q.error();
        }
        Result<Query> q = db.exec(
            QStringLiteral("INSERT INTO users(name, display_name, role, scopes, created_at) VALUES (?, ?, ?, ?, ?)"),
            {setup.user, setup.displayName.isEmpty() ? setup.user : setup.displayName, setup.role,
             AreaCode::toTwelve(setup.scope), now});
        return q ? Status() : Status(q.error());
    });
    if (!st)
        return st.error();
    (*p)->m_role = setup.role;
    (*p)->m_scopes = QStringList{AreaCode::toTwelve(setup.scope)};
    return p;
}

Result<std::unique_ptr<Profile>> Profile::unlock(const QString &dir, const QString &user, const QString &password)
{
    if (Status st = completePendingSwap(dir); !st)
        return st.error();
    Result<KeySlots> slots = KeySlots::load(keyFilePath(dir));
    if (!slots)
        return slots.error();
    Result<QByteArray> key = slots->unlockWithPassword(user, password);
    // The failure count changed (or was reset): keep it.
    if (Status st = slots->save(keyFilePath(dir)); !st)
        return st.error();
    if (!key)
        return key.error();
    return openWithKey(dir, std::move(slots).value(), std::move(key).value(), user);
}

Result<std::unique_ptr<Profile>> Profile::unlockWithRecoveryCode(const QString &dir, const QString &code)
{
    if (Status st = completePendingSwap(dir); !st)
        return st.error();
    Result<KeySlots> slots = KeySlots::load(keyFilePath(dir));
    if (!slots)
        return slots.error();
    Result<QByteArray> key = slots->unlockWithRecoveryCode(code);
    if (Status st = slots->save(keyFilePath(dir)); !st)
        return st.error();
    if (!key)
        return key.error();
    return openWithKey(dir, std::move(slots).value(), std::move(key).value(), QString());
}

Profile::~Profile()
{
    lock();
}

void Profile::lock()
{
    m_changes.reset();
    m_db.reset();
    wipe(m_key);
}

Status Profile::setPassword(const QString &user, const QString &newPassword)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    KeySlots updated = m_slots;
    if (Status st = updated.setPassword(m_key, user, newPassword); !st)
        return st;
    if (Status st = updated.save(keyFilePath(m_dir)); !st)
        return st;
    m_slots = updated;
    return {};
}

Result<std::unique_ptr<Database>> Profile::openReader() const
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    return Database::open(databasePath(m_dir), m_key, m_slots.cipher(), false);
}

Status Profile::backup(const QString &file)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    const QString tmp = file + QStringLiteral(".part");
    QFile::remove(tmp);
    if (Status st = m_db->exportTo(tmp, m_key, m_slots.cipher()); !st)
        return st;
    QFile exported(tmp);
    if (!exported.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The backup could not be written."));
    QByteArray out = kBackupMagic;
    const QByteArray keys = m_slots.toJson();
    QDataStream(&out, QIODevice::Append) << quint32(keys.size());
    out += keys;
    out += exported.readAll();
    exported.close();
    QFile::remove(tmp);
    return writeFile(file, out);
}

Status Profile::restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                        bool secretIsRecoveryCode)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The backup file could not be opened."));
    const QByteArray all = f.readAll();
    const Error damaged(ErrorCode::Corrupt, tr("This file is not a Doudi backup, or it is damaged."));
    if (!all.startsWith(kBackupMagic) || all.size() < kBackupMagic.size() + 4)
        return damaged;
    quint32 keyLen = 0;
    QDataStream(all.mid(kBackupMagic.size(), 4)) >> keyLen;
    const qsizetype dbStart = kBackupMagic.size() + 4 + qsizetype(keyLen);
    if (dbStart >= all.size())
        return damaged;
    Result<KeySlots> slots = KeySlots::fromJson(all.mid(kBackupMagic.size() + 4, keyLen));
    if (!slots)
        return damaged;
    Result<QByteArray> key = secretIsRecoveryCode ? slots->unlockWithRecoveryCode(secret)
                                                  : slots->unlockWithPassword(user, secret);
    if (!key)
        return key.error();

    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    const QString dbPending = databasePath(dir) + kPending;
    if (Status st = writeFile(dbPending, all.mid(dbStart)); !st)
        return st;
    {
        // Prove the copy is whole before anything live is touched.
        Result<std::unique_ptr<Database>> db = Database::open(dbPending, *key, slots->cipher(), false);
        Result<QStringList> problems = db ? (*db)->integrityCheck() : Result<QStringList>(db.error());
        if (!problems || !problems->isEmpty()) {
            db = Error(ErrorCode::Corrupt, QString());
            QFile::remove(dbPending);
            return damaged;
        }
    }
    if (Status st = slots->save(keyFilePath(dir) + kPending); !st) {
        QFile::remove(dbPending);
        return st;
    }
    return completePendingSwap(dir);
}

Result<Profile::RekeyResult> Profile::rekey(const QString &password)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    if (m_user.isEmpty())
        return Error(ErrorCode::WrongCredentials, tr("Set a password for a user before changing the database key."));
    {
        KeySlots check = m_slots;
        if (Result<QByteArray> k = check.unlockWithPassword(m_user, password); !k)
            return k.error();
    }
    QByteArray newKey = RandomSource::bytes(Crypto::kKeyBytes);
    RekeyResult result;
    Result<KeySlots> slots = KeySlots::create(newKey, m_user, password, &result.recoveryCode, m_slots.cipher());
    if (!slots)
        return slots.error();
    for (const QString &u : m_slots.users()) {
        if (u != m_user)
            result.droppedUsers << u;
    }
    const QString dir = m_dir, user = m_user, dbPending = databasePath(dir) + kPending;
    QFile::remove(dbPending);
    if (Status st = m_db->exportTo(dbPending, newKey, m_slots.cipher()); !st)
        return st.error();
    if (Status st = slots->save(keyFilePath(dir) + kPending); !st) {
        QFile::remove(dbPending);
        return st.error();
    }
    // From here the new files are complete; even a crash now ends in the new key.
    lock();
    if (Status st = completePendingSwap(dir); !st)
        return st.error();
    Result<std::unique_ptr<Profile>> reopened = openWithKey(dir, std::move(slots).value(), newKey, user);
    if (!reopened)
        return reopened.error();
    std::unique_ptr<Profile> p = std::move(reopened).value();
    m_key = p->m_key;
    m_slots = p->m_slots;
    m_db = std::move(p->m_db);
    m_changes = std::move(p->m_changes);
    return result;
}

} // namespace doudi::core
