#include "storage/draftrepository.h"

#include "common/clock.h"
#include "common/randomsource.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace doudi::core {

Status DraftRepository::save(Draft &d)
{
    if (d.id.isEmpty())
        d.id = RandomSource::uuidString();
    d.updatedAt = Clock::nowUtc();
    const QByteArray data = QJsonDocument(d.data).toJson(QJsonDocument::Compact);
    Result<Query> q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO drafts(id, kind, user_name, title, updated_at, data) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                                {d.id, d.kind, m_user, d.title.left(200), d.updatedAt.toString(Qt::ISODateWithMs), data});
    if (!q)
        return q.error();
    return {};
}

Result<Draft> DraftRepository::load(const QString &id)
{
    Result<Query> q = m_db.exec(
        QStringLiteral("SELECT id, kind, title, updated_at, data FROM drafts WHERE id = ? AND user_name = ?"), {id, m_user});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("This draft no longer exists."));
    Draft d{q->value(0).toString(),
            q->value(1).toString(),
            q->value(2).toString(),
            QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs),
            {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(4).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::Corrupt, tr("This draft cannot be read."));
    d.data = doc.object();
    return d;
}

Result<QList<Draft>> DraftRepository::list(const QString &kind)
{
    Result<Query> q = m_db.exec(QStringLiteral("SELECT id, kind, title, updated_at FROM drafts WHERE user_name = ? AND kind = ? "
                                               "ORDER BY updated_at DESC"),
                                {m_user, kind});
    if (!q)
        return q.error();
    QList<Draft> out;
    while (q->next())
        out.append({q->value(0).toString(),
                    q->value(1).toString(),
                    q->value(2).toString(),
                    QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs),
                    {}});
    return out;
}

Status DraftRepository::remove(const QString &id)
{
    Result<Query> q = m_db.exec(QStringLiteral("DELETE FROM drafts WHERE id = ? AND user_name = ?"), {id, m_user});
    if (!q)
        return q.error();
    return {};
}

} // namespace doudi::core
