#include "storage/profile.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "identity/areacode.h"
#include "security/crypto.h"
#include "security/passwordquality.h"
#include "security/recoverycode.h"
#include "storage/privatefiles.h"
#include "storage/recordaudit.h"
#include "storage/storedtext.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStandardPaths>

namespace doudi::core {

namespace {
// Backups: the magic line, a 32-bit big-endian length, a JSON header, then the database.
// Format 1 had the key file where format 2 has its header, and no size or hash.
const QByteArray kBackupMagic1 = "DOUDI-BACKUP-1\n";
const QByteArray kBackupMagic2 = "DOUDI-BACKUP-2\n";
constexpr qint64 kMaxHeaderBytes = 1 << 20;
constexpr int kFirstAttestedSchema = 8; // audit entries cover whole records from here on

// The swap's files beside the live ones (ADR 0004).
const QString kNext = QStringLiteral(".next");           // new file being written
const QString kCommitted = QStringLiteral(".committed"); // the new key file: the swap counts

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

bool fileExists(const QString &path)
{
    return QFileInfo::exists(path);
}

void removeWithJournals(const QString &db)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (fileExists(db + QLatin1String(suffix)))
            QFile::remove(db + QLatin1String(suffix));
    }
}

// Copies exactly n bytes from in to a new private file, hashing them on the way.
Status copyBytes(QIODevice &in, qint64 n, const QString &to, QByteArray *sha256)
{
    if (Status st = PrivateFiles::createEmpty(to); !st)
        return st;
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Profile::tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(to)));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    for (qint64 left = n; left > 0;) {
        buffer = in.read(std::min<qint64>(left, 1 << 20));
        if (buffer.isEmpty() || out.write(buffer) != buffer.size())
            return Error(ErrorCode::Corrupt, Profile::tr("This file is not a Doudi backup, or it is damaged."));
        hash.addData(buffer);
        left -= buffer.size();
    }
    if (!out.flush() || !PrivateFiles::syncFile(to))
        return Error(ErrorCode::Io, Profile::tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(to)));
    *sha256 = hash.result();
    return {};
}

Result<QByteArray> fileSha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return Error(ErrorCode::Io, Profile::tr("The backup could not be written."));
    return hash.result();
}

struct BackupHeader
{
    QByteArray keys;     // the key file, as JSON
    qint64 dbBytes = -1; // -1: format 1, the rest of the file
    QByteArray dbSha256; // empty in format 1
    qint64 dbOffset = 0;
};

Result<BackupHeader> readBackupHeader(QFile &f)
{
    const Error damaged(ErrorCode::Corrupt, Profile::tr("This file is not a Doudi backup, or it is damaged."));
    const QByteArray magic = f.read(kBackupMagic2.size());
    const bool v2 = magic == kBackupMagic2;
    if (!v2 && magic != kBackupMagic1)
        return damaged;
    quint32 length = 0;
    QDataStream(f.read(4)) >> length;
    if (length == 0 || length > kMaxHeaderBytes)
        return damaged;
    BackupHeader h;
    const QByteArray text = f.read(length);
    if (text.size() != qsizetype(length))
        return damaged;
    h.dbOffset = magic.size() + 4 + length;
    if (!v2) {
        h.keys = text;
        h.dbBytes = f.size() - h.dbOffset;
        return h;
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(text, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toInt() != 2)
        return damaged;
    h.keys = QJsonDocument(o.value(QStringLiteral("keys")).toObject()).toJson(QJsonDocument::Compact);
    h.dbBytes = o.value(QStringLiteral("db_bytes")).toInteger(-1);
    h.dbSha256 = QByteArray::fromHex(o.value(QStringLiteral("db_sha256")).toString().toLatin1());
    if (h.dbSha256.size() != 32)
        return damaged;
    return h;
}
} // namespace

struct Profile::PendingRekey
{
    QByteArray newKey;
    KeySlots next;     // the new key file: the user's slot and the new code, for newKey
    KeySlots previous; // the live key file before the new code was added to it
    RekeyResult result;
};

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
    return fileExists(keyFilePath(dir)) || fileExists(keyFilePath(dir) + kCommitted);
}

Status Profile::recover(const QString &dir)
{
    const QString db = databasePath(dir), keys = keyFilePath(dir);
    // Files of the first swap format: a complete pending key file meant a committed swap.
    if (fileExists(keys + QStringLiteral(".pending"))) {
        QFile::rename(keys + QStringLiteral(".pending"), keys + kCommitted);
        if (fileExists(db + QStringLiteral(".pending")))
            QFile::rename(db + QStringLiteral(".pending"), db + kNext);
    }
    if (fileExists(keys + kCommitted)) {
        if (fileExists(db + kNext)) {
            // The new database holds everything: the old one's WAL is the old key's.
            QFile::remove(db + QStringLiteral("-wal"));
            QFile::remove(db + QStringLiteral("-shm"));
            if (Status st = PrivateFiles::replace(db + kNext, db); !st)
                return st;
        }
        if (Status st = PrivateFiles::replace(keys + kCommitted, keys); !st)
            return st;
    }
    // Whatever is left was never committed, or belongs to a write that was interrupted.
    removeWithJournals(db + kNext);
    removeWithJournals(db + QStringLiteral(".pending"));
    if (fileExists(keys + kNext))
        QFile::remove(keys + kNext);
    // Temporary files of QSaveFile (doudi.keys.Ab12Cd) and of backups being made.
    static const QRegularExpression temporary(
        QStringLiteral("^doudi\\.((keys|db)(\\.next)?\\.[A-Za-z0-9]{6}|backup\\.[0-9a-f]{8}\\.part(-wal|-shm|-journal)?)$"));
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (temporary.match(name).hasMatch())
            QFile::remove(dir + u'/' + name);
    }
    for (const QString &name : {QStringLiteral("/doudi.db"), QStringLiteral("/doudi.db-wal"), QStringLiteral("/doudi.db-shm"),
                                QStringLiteral("/doudi.keys")}) {
        if (fileExists(dir + name))
            PrivateFiles::restrict(dir + name);
    }
    return {};
}

Result<ProfileLock> Profile::lockForUse(const QString &dir)
{
    Result<ProfileLock> exclusive = ProfileLock::acquire(dir, ProfileLock::Mode::Exclusive);
    if (exclusive) {
        if (Status st = recover(dir); !st)
            return st.error();
        exclusive->downgrade();
        return exclusive;
    }
    if (exclusive.error().code() != ErrorCode::Busy)
        return exclusive.error();
    return ProfileLock::acquire(dir, ProfileLock::Mode::Shared);
}

Result<std::unique_ptr<Profile>> Profile::openWithKey(const QString &dir, ProfileLock lock, KeySlots slots, QByteArray key,
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
    const int schemaBefore = (*db)->schemaVersion();
    if (Status st = (*db)->migrate(); !st) {
        wipe(key);
        return st.error();
    }
    std::unique_ptr<Profile> p(new Profile);
    p->m_lock = std::move(lock);
    p->m_dir = dir;
    p->m_user = user;
    p->m_key = key;
    wipe(key);
    p->m_slots = std::move(slots);
    p->m_db = std::move(db).value();
    Result<std::unique_ptr<ChangeLog>> changes = ChangeLog::open(*p->m_db, user);
    if (!changes)
        return changes.error();
    p->m_changes = std::move(changes).value();
    // Written before records were attested: the chain vouches for them from this upgrade on.
    if (schemaBefore > 0 && schemaBefore < kFirstAttestedSchema) {
        if (Result<qint64> attested = RecordAudit::attestAll(*p->m_db, *p->m_changes); !attested)
            return attested.error();
    }
    if (!user.isEmpty()) {
        Result<Query> q = p->m_db->exec(QStringLiteral("SELECT role, scopes, active FROM users WHERE name = ?"), {user});
        if (q && q->next()) {
            // A disabled user's slot is dropped too; this catches a copy of the key file kept
            // from before (or a slot another device still had).
            if (q->value(2).toInt() == 0)
                return Error(ErrorCode::NotAllowed, tr("The user \"%1\" has been disabled on this device.").arg(user));
            p->m_role = q->value(0).toString();
            p->m_scopes = q->value(1).toString().split(u' ', Qt::SkipEmptyParts);
        }
    }
    return p;
}

Result<std::unique_ptr<Profile>> Profile::create(const QString &dir, const ProfileSetup &setup, QString *recoveryCode)
{
    if (!setup.scope.isEmpty() && !AreaCode::isWellFormed(setup.scope))
        return Error(ErrorCode::InvalidInput, tr("The area of work must be a 6- or 12-digit area code."));
    if (setup.cipher != QLatin1String("aes-256-cbc") && setup.cipher != QLatin1String("sm4-cbc"))
        return Error(ErrorCode::InvalidInput, tr("The cipher must be aes-256-cbc or sm4-cbc."));
    if (Status st = PasswordQuality::check(setup.password, {setup.user, setup.displayName, {}}); !st)
        return st.error();
    if (exists(dir) || fileExists(databasePath(dir)))
        return Error(ErrorCode::AlreadyExists, tr("A profile already exists in %1.").arg(QDir::toNativeSeparators(dir)));
    Result<ProfileLock> lock = ProfileLock::acquire(dir, ProfileLock::Mode::Exclusive);
    if (!lock)
        return lock.error();
    if (exists(dir) || fileExists(databasePath(dir))) // made by another process meanwhile
        return Error(ErrorCode::AlreadyExists, tr("A profile already exists in %1.").arg(QDir::toNativeSeparators(dir)));

    QByteArray key = RandomSource::bytes(Crypto::kKeyBytes);
    Result<KeySlots> slots = KeySlots::create(key, setup.user, setup.password, recoveryCode, setup.cipher, setup.iterations);
    if (!slots) {
        wipe(key);
        return slots.error();
    }
    const QString profileId = RandomSource::uuidString();
    slots->setProfileId(profileId);
    // The database first: a key file without its database would look like a broken profile.
    {
        Result<std::unique_ptr<Database>> db =
            PrivateFiles::createEmpty(databasePath(dir))
                ? Database::open(databasePath(dir), key, setup.cipher, true)
                : Result<std::unique_ptr<Database>>(Error(ErrorCode::Io, tr("The database file could not be created.")));
        if (!db) {
            QFile::remove(databasePath(dir));
            wipe(key);
            return db.error();
        }
    }
    if (Status st = slots->save(keyFilePath(dir)); !st) {
        removeWithJournals(databasePath(dir));
        wipe(key);
        return st.error();
    }
    lock->downgrade();
    Result<std::unique_ptr<Profile>> p = openWithKey(dir, std::move(lock).value(), std::move(slots).value(), key, setup.user);
    wipe(key);
    if (!p)
        return p;
    Database &db = (*p)->database();
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    Status st = db.transaction([&]() -> Status {
        const QList<QVariantList> rows = {
            {QStringLiteral("profile_id"), profileId},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("scope"), storedText(AreaCode::toTwelve(setup.scope))}, // '' for the whole county
        };
        for (const QVariantList &row : rows) {
            if (Result<Query> q = db.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), row); !q)
                return q.error();
        }
        Result<Query> q =
            db.exec(QStringLiteral("INSERT INTO users(name, display_name, role, scopes, created_at) VALUES (?, ?, ?, ?, ?)"),
                    {setup.user, setup.displayName.isEmpty() ? setup.user : setup.displayName, setup.role,
                     storedText(AreaCode::toTwelve(setup.scope)), now});
        if (!q)
            return q.error();
        return (*p)->changes().recordInserted(QStringLiteral("user"), setup.user, (*p)->changes().tick());
    });
    if (!st)
        return st.error();
    (*p)->m_role = setup.role;
    (*p)->m_scopes = QStringList{AreaCode::toTwelve(setup.scope)};
    return p;
}

template <typename Unwrap>
Result<std::unique_ptr<Profile>> Profile::unlockWith(const QString &dir, const QString &user, Unwrap unwrap)
{
    if (!exists(dir))
        return Error(ErrorCode::NotFound, tr("There is no profile in %1.").arg(QDir::toNativeSeparators(dir)));
    Result<ProfileLock> lock = lockForUse(dir);
    if (!lock)
        return lock.error();
    Result<KeySlots> slots = Error(ErrorCode::Internal, QString());
    Result<QByteArray> key = Error(ErrorCode::Internal, QString());
    {
        // Read, count the attempt and write back as one step: another process may be
        // counting its own attempt or changing a password at the same moment.
        const ProfileLock::KeyFileGuard guard = lock->lockKeyFile();
        slots = KeySlots::load(keyFilePath(dir));
        if (!slots)
            return slots.error();
        key = unwrap(*slots);
        if (Status st = slots->save(keyFilePath(dir)); !st)
            return st.error();
    }
    if (!key)
        return key.error();
    return openWithKey(dir, std::move(lock).value(), std::move(slots).value(), std::move(key).value(), user);
}

Result<std::unique_ptr<Profile>> Profile::unlock(const QString &dir, const QString &user, const QString &password)
{
    return unlockWith(dir, user, [&](KeySlots &s) { return s.unlockWithPassword(user, password); });
}

Result<std::unique_ptr<Profile>> Profile::unlockWithRecoveryCode(const QString &dir, const QString &code)
{
    return unlockWith(dir, QString(), [&](KeySlots &s) { return s.unlockWithRecoveryCode(code); });
}

Profile::~Profile()
{
    lock();
}

void Profile::lock()
{
    // A rekey begun and neither committed nor abandoned (its process failed or is closing):
    // the new code stays in the key file beside the old one, since it may have been shown.
    if (m_rekey) {
        wipe(m_rekey->newKey);
        m_rekey.reset();
    }
    if (m_db)
        m_db->close();
    wipe(m_key);
    m_lock.release();
}

Result<KeySlots> Profile::reloadSlots() const
{
    Result<KeySlots> slots = KeySlots::load(keyFilePath(m_dir));
    if (slots && slots->cipher() != m_slots.cipher())
        return Error(ErrorCode::Corrupt, tr("The key file of this profile was replaced while it was open."));
    return slots;
}

Status Profile::changeSlots(const std::function<Status(KeySlots &)> &change)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    const ProfileLock::KeyFileGuard guard = m_lock.lockKeyFile();
    // From the file, not from memory: another process may have changed it since unlock.
    Result<KeySlots> updated = reloadSlots();
    if (!updated)
        return updated.error();
    if (Status st = change(*updated); !st)
        return st;
    if (Status st = updated->save(keyFilePath(m_dir)); !st)
        return st;
    m_slots = std::move(updated).value();
    return {};
}

Status Profile::setPassword(const QString &user, const QString &newPassword)
{
    return changeSlots([&](KeySlots &slots) { return slots.setPassword(m_key, user, newPassword); });
}

Status Profile::removePassword(const QString &user)
{
    return changeSlots([&](KeySlots &slots) {
        slots.removePassword(user); // none to remove: the file is written unchanged
        return Status();
    });
}

Result<std::unique_ptr<Database>> Profile::openReader() const
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    Result<std::unique_ptr<Database>> db = Database::open(databasePath(m_dir), m_key, m_slots.cipher(), false);
    if (db) {
        ++*m_readers;
        (*db)->setOnDestroy([readers = m_readers] { --*readers; });
    }
    return db;
}

Result<std::unique_ptr<Profile>> Profile::openSibling() const
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    Result<ProfileLock> lock = ProfileLock::acquire(m_dir, ProfileLock::Mode::Shared);
    if (!lock)
        return lock.error();
    Result<std::unique_ptr<Database>> db = openReader();
    if (!db)
        return db.error();
    std::unique_ptr<Profile> p(new Profile);
    p->m_lock = std::move(lock).value();
    p->m_dir = m_dir;
    p->m_user = m_user;
    p->m_role = m_role;
    p->m_scopes = m_scopes;
    p->m_key = QByteArray(m_key.constData(), m_key.size()); // its own copy, wiped when it locks
    p->m_slots = m_slots;
    p->m_db = std::move(db).value();
    Result<std::unique_ptr<ChangeLog>> changes = ChangeLog::open(*p->m_db, m_user);
    if (!changes)
        return changes.error();
    p->m_changes = std::move(changes).value();
    return p;
}

Status Profile::backup(const QString &file)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    if (fileExists(file))
        return Error(ErrorCode::AlreadyExists, tr("The file %1 already exists.").arg(QDir::toNativeSeparators(file)));
    // The copy is made inside the profile folder, where an interrupted one is cleaned up; its
    // own name, because two backups may run at once.
    const QString tmp = m_dir + QStringLiteral("/doudi.backup.%1.part").arg(QString::fromLatin1(RandomSource::bytes(4).toHex()));
    Result<AuditReport> audit = ChangeLog::verifyChain(*m_db);
    if (!audit)
        return audit.error();
    if (Status st = m_db->exportTo(tmp, m_key, m_slots.cipher()); !st)
        return st;
    const auto cleanup = qScopeGuard([&] { removeWithJournals(tmp); });
    Result<QByteArray> sha = fileSha256(tmp);
    if (!sha)
        return sha.error();
    Result<KeySlots> slots = reloadSlots();
    if (!slots)
        return slots.error();
    const QJsonObject header{
        {QStringLiteral("format"), 2},
        {QStringLiteral("schema"), m_db->schemaVersion()},
        {QStringLiteral("created_at"), Clock::nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("db_bytes"), double(QFileInfo(tmp).size())},
        {QStringLiteral("db_sha256"), QString::fromLatin1(sha->toHex())},
        {QStringLiteral("audit_entries"), double(audit->entries)},
        {QStringLiteral("audit_head"), audit->headHash},
        {QStringLiteral("keys"), QJsonDocument::fromJson(slots->toJson()).object()},
    };
    const QByteArray headerText = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QFile db(tmp);
    QSaveFile out(file);
    if (!db.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(ErrorCode::Io, tr("The backup could not be written."), out.errorString());
    QByteArray prefix = kBackupMagic2;
    QDataStream(&prefix, QIODevice::Append) << quint32(headerText.size());
    out.write(prefix + headerText);
    while (!db.atEnd()) {
        const QByteArray chunk = db.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            break;
        }
    }
    if (!out.commit())
        return Error(ErrorCode::Io, tr("The backup could not be written."), out.errorString());
    PrivateFiles::syncDirectory(QFileInfo(file).absolutePath());
    return {};
}

Status Profile::restore(const QString &file, const QString &dir, const QString &user, const QString &secret,
                        bool secretIsRecoveryCode, const std::function<Status(const QString &role)> &mayRestore)
{
    const Error damaged(ErrorCode::Corrupt, tr("This file is not a Doudi backup, or it is damaged."));
    const QFileInfo info(file);
    if (!info.exists())
        return Error(ErrorCode::NotFound, tr("The backup file could not be opened."));
    if (!info.isFile()) // a device or a pipe never ends; a backup is a plain file
        return damaged;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The backup file could not be opened."));
    Result<BackupHeader> header = readBackupHeader(f);
    if (!header)
        return header.error();
    if (header->dbBytes <= 0 || header->dbOffset + header->dbBytes != f.size())
        return Error(ErrorCode::Corrupt, tr("The backup is incomplete: it is shorter or longer than its header says."));
    Result<KeySlots> slots = KeySlots::fromJson(header->keys);
    if (!slots)
        return damaged;
    Result<QByteArray> key =
        secretIsRecoveryCode ? slots->unlockWithRecoveryCode(secret) : slots->unlockWithPassword(user, secret);
    if (!key)
        return key.error();

    Result<ProfileLock> lock = ProfileLock::acquire(dir, ProfileLock::Mode::Exclusive);
    if (!lock)
        return lock.error();
    if (Status st = recover(dir); !st)
        return st;
    if (exists(dir)) {
        Result<KeySlots> live = KeySlots::load(keyFilePath(dir));
        if (live && !live->profileId().isEmpty() && live->profileId() != slots->profileId())
            return Error(ErrorCode::NotAllowed,
                         tr("This backup belongs to another profile (another computer's). It was not restored over "
                            "this one; to use it here, move the present profile folder away first."));
    }
    const QString dbNext = databasePath(dir) + kNext;
    QByteArray sha;
    if (Status st = copyBytes(f, header->dbBytes, dbNext, &sha); !st) {
        removeWithJournals(dbNext);
        return st;
    }
    if (!header->dbSha256.isEmpty() && sha != header->dbSha256) {
        removeWithJournals(dbNext);
        return Error(ErrorCode::Corrupt, tr("The backup is damaged: its database does not match its checksum."));
    }
    // Prove the copy is whole and ours before anything live is touched; then make it a new
    // device, so that its document numbers and timestamps never repeat the original's.
    Status checked = [&]() -> Status {
        Result<std::unique_ptr<Database>> db = Database::open(dbNext, *key, slots->cipher(), false);
        if (!db)
            return damaged;
        Result<QStringList> problems = (*db)->integrityCheck();
        if (!problems || !problems->isEmpty())
            return damaged;
        const int schema = (*db)->schemaVersion();
        if (schema < 1)
            return damaged;
        if (schema > Database::latestSchemaVersion())
            return Error(ErrorCode::Unsupported,
                         tr("This backup was written by a newer version of Doudi (schema %1); please update Doudi.").arg(schema));
        if (mayRestore) {
            QString role;
            if (!secretIsRecoveryCode) {
                Result<Query> q = (*db)->exec(QStringLiteral("SELECT role FROM users WHERE name = ?"), {user});
                if (!q)
                    return damaged;
                role = q->next() ? q->value(0).toString() : QStringLiteral("?");
            }
            if (Status st = mayRestore(role); !st)
                return st;
        }
        Result<AuditReport> audit = ChangeLog::verifyChain(**db);
        if (!audit || audit->firstBadSeq >= 0)
            return Error(ErrorCode::Corrupt, tr("The backup's audit log is damaged (%1): it was not restored.")
                                                 .arg(audit ? audit->problem : audit.error().message()));
        // A backup of schema 7 has no attested records yet; they are attested when it opens.
        if (schema >= kFirstAttestedSchema) {
            Result<RecordAudit::Report> records = RecordAudit::verify(**db);
            if (!records || records->problemCount > 0)
                return Error(ErrorCode::Corrupt, tr("The backup's records do not match its audit log (%1 of them): it "
                                                    "was changed outside Doudi and was not restored.")
                                                     .arg(records ? records->problemCount : -1));
        }
        Result<Query> q = (*db)->exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('device_node', ?)"),
                                      {ChangeLog::newNode()});
        return q ? Status() : Status(q.error());
    }();
    if (!checked) {
        removeWithJournals(dbNext);
        return checked;
    }
    if (Status st = slots->save(keyFilePath(dir) + kNext); !st) {
        removeWithJournals(dbNext);
        return st;
    }
    if (Status st = PrivateFiles::replace(keyFilePath(dir) + kNext, keyFilePath(dir) + kCommitted); !st)
        return st;
    return recover(dir); // the swap is committed: roll it forward
}

Result<RekeyResult> Profile::beginRekey(const QString &password)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked, tr("Unlock the profile first."));
    if (m_user.isEmpty())
        return Error(ErrorCode::WrongCredentials, tr("Set a password for a user before changing the database key."));
    if (m_rekey)
        return Error(ErrorCode::Busy, tr("The database key is already being changed."));
    if (*m_readers > 0)
        return Error(ErrorCode::Busy, tr("Doudi is still working in the background (a sync with the county, a check or a "
                                         "printout). Wait until it has finished, then change the key."));
    if (Status st = m_lock.upgrade(); !st)
        return st.error();
    auto failed = [this](const Error &e) {
        m_lock.downgrade();
        return e;
    };
    Result<KeySlots> live = reloadSlots();
    if (!live)
        return failed(live.error());
    {
        KeySlots check = *live; // a wrong password here is not a failed unlock
        if (Result<QByteArray> k = check.unlockWithPassword(m_user, password); !k)
            return failed(k.error());
    }
    auto pending = std::make_unique<PendingRekey>();
    pending->newKey = RandomSource::bytes(Crypto::kKeyBytes);
    Result<KeySlots> next =
        KeySlots::create(pending->newKey, m_user, password, &pending->result.recoveryCode, live->cipher(), live->iterations());
    if (!next)
        return failed(next.error());
    pending->next = std::move(next).value();
    pending->next.setProfileId(live->profileId());
    pending->previous = *live;
    for (const QString &u : live->users()) {
        if (u != m_user)
            pending->result.droppedUsers << u;
    }
    // From here the new code opens the profile: before the swap through this slot (the old
    // key), after it through the new key file.
    if (Status st = live->addRecoveryCode(m_key, pending->result.recoveryCode); !st)
        return failed(st.error());
    if (Status st = live->save(keyFilePath(m_dir)); !st)
        return failed(st.error());
    PrivateFiles::syncDirectory(m_dir);
    m_slots = std::move(live).value();
    m_rekey = std::move(pending);
    return m_rekey->result;
}

void Profile::abandonRekey()
{
    if (!m_rekey)
        return;
    if (m_rekey->previous.save(keyFilePath(m_dir)))
        m_slots = m_rekey->previous;
    wipe(m_rekey->newKey);
    m_rekey.reset();
    m_lock.downgrade();
}

Status Profile::commitRekey()
{
    if (!m_rekey)
        return Error(ErrorCode::Internal, tr("No change of the database key was started."));
    const QString dir = m_dir, dbNext = databasePath(dir) + kNext, keys = keyFilePath(dir);
    removeWithJournals(dbNext);
    QFile::remove(keys + kNext);
    if (Status st = m_db->exportTo(dbNext, m_rekey->newKey, m_slots.cipher()); !st)
        return st;
    if (!PrivateFiles::syncFile(dbNext)) {
        removeWithJournals(dbNext);
        return Error(ErrorCode::Io, tr("The re-encrypted database could not be written to disk."));
    }
    if (Status st = m_rekey->next.save(keys + kNext); !st) {
        removeWithJournals(dbNext);
        return st;
    }
    // The commit point. Before it the old key file and database are live; after it a crash
    // ends in the new ones (recover() rolls the swap forward).
    if (Status st = PrivateFiles::replace(keys + kNext, keys + kCommitted); !st) {
        removeWithJournals(dbNext);
        QFile::remove(keys + kNext);
        return st;
    }
    // The same Database and ChangeLog objects go on (services made on this profile hold
    // references to them): the connection is closed for the swap and opened again.
    std::unique_ptr<PendingRekey> done = std::move(m_rekey);
    m_db->close();
    if (Status st = recover(dir); !st)
        return st;
    m_lock.downgrade();
    if (Status st = m_db->reopen(done->newKey, done->next.cipher()); !st) {
        lock();
        return st;
    }
    wipe(m_key);
    m_key = done->newKey;
    wipe(done->newKey);
    m_slots = done->next;
    return {};
}

Result<RekeyResult> Profile::rekey(const QString &password)
{
    Result<RekeyResult> r = beginRekey(password);
    if (!r)
        return r;
    if (Status st = commitRekey(); !st)
        return st.error();
    return r;
}

} // namespace doudi::core
