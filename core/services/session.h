#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace doudi::core {

// An unlocked profile as the app and the CLI hold it: who signed in, with which role and
// areas, and the handle every service is made on. The store itself stays behind it (ADR
// 0010): only services reach the database, through SessionAccess.
class Session
{
public:
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const QString &user() const;
    // The role and area scopes of the user (empty after a recovery-code unlock).
    const QString &role() const;
    const QStringList &scopes() const;
    QString cipher() const;
    const QString &directory() const;

    bool isUnlocked() const;
    // Forgets the key and lets other processes have the profile; services made on the
    // session must not be used afterwards.
    void lock();
    // A key change was begun and neither committed nor abandoned (ProfileService::beginRekey).
    bool isRekeying() const;

private:
    friend class SessionAccess;
    struct Data;
    explicit Session(std::unique_ptr<Data> data);
    std::unique_ptr<Data> d;
};

} // namespace doudi::core
