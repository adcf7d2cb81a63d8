#include "syncfaults_check.h"

#include <QJsonDocument>
#include <QSet>

namespace syncfaults {

namespace {

// The fields compared between the server and a laptop (what `household show` prints of the
// stored columns; bookkeeping and derived columns left out).
const QStringList kHouseholdFields = {QStringLiteral("area_code"), QStringLiteral("registration"), QStringLiteral("address"),
                                      QStringLiteral("phone"), QStringLiteral("note")};
const QStringList kPersonFields = {QStringLiteral("name"),  QStringLiteral("id_number"), QStringLiteral("relation"),
                                   QStringLiteral("phone"), QStringLiteral("note"),      QStringLiteral("birth_date"),
                                   QStringLiteral("sex")};
constexpr int kDetailsPerKind = 6;

// A JSON value as compact text: equal texts, equal values.
QString text(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// A stored value as a laptop and the server may each type it (12 or "12", null or "").
QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return text(v);
    }
}

QString key(const QString &type, const QString &id)
{
    return type + u':' + id;
}

QString fieldKey(const QString &type, const QString &id, const QString &field)
{
    return type + u':' + id + u':' + field;
}

class Report
{
public:
    explicit Report(Findings &f) : m_f(f) {}
    void add(const QString &kind, const QString &line)
    {
        if (m_counts[kind]++ < kDetailsPerKind)
            m_f.details << kind + QStringLiteral(": ") + line;
    }

private:
    Findings &m_f;
    QHash<QString, int> m_counts;
};

} // namespace

QList<ServerRecord> parseRecords(const QJsonArray &rows)
{
    QList<ServerRecord> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ServerRecord r;
        r.type = o.value(QStringLiteral("type")).toString();
        r.id = o.value(QStringLiteral("id")).toString();
        r.household = o.value(QStringLiteral("household")).toString();
        r.version = qint64(o.value(QStringLiteral("version")).toDouble());
        r.deleted = o.value(QStringLiteral("deleted")).toBool();
        r.fields = o.value(QStringLiteral("fields")).toObject();
        out << r;
    }
    return out;
}

QList<ServerConflict> parseConflicts(const QJsonArray &rows)
{
    QList<ServerConflict> out;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ServerConflict c;
        c.id = qint64(o.value(QStringLiteral("id")).toDouble());
        c.kind = o.value(QStringLiteral("kind")).toString();
        c.type = o.value(QStringLiteral("type")).toString();
        c.record = o.value(QStringLiteral("record")).toString();
        c.field = o.value(QStringLiteral("field")).toString();
        c.device = o.value(QStringLiteral("device")).toString();
        c.hlc = o.value(QStringLiteral("hlc")).toString();
        c.mine = o.value(QStringLiteral("mine"));
        c.theirs = o.value(QStringLiteral("theirs"));
        c.resolved = o.value(QStringLiteral("resolved")).toBool();
        out << c;
    }
    return out;
}

Findings check(const Ledger &ledger, const QList<ServerRecord> &records, const QList<ServerConflict> &conflicts,
               const QList<LaptopState> &laptops)
{
    Findings f;
    Report report(f);
    f.conflicts = int(conflicts.size());

    QHash<QString, const ServerRecord *> byKey;
    QHash<QString, QList<const ServerRecord *>> membersOf; // household id → its persons
    QList<const ServerRecord *> households;
    for (const ServerRecord &r : records) {
        byKey.insert(key(r.type, r.id), &r);
        if (r.deleted)
            continue;
        if (r.type == QLatin1String("household"))
            households << &r;
        else if (r.type == QLatin1String("person"))
            membersOf[r.household] << &r;
    }
    // The values each conflict names, per record and field.
    QHash<QString, QSet<QString>> named;
    for (const ServerConflict &c : conflicts) {
        QSet<QString> &values = named[fieldKey(c.type, c.record, c.field)];
        values << text(c.mine) << text(c.theirs);
    }

    // --- lost: records made on a laptop
    for (const Created &c : ledger.created) {
        const ServerRecord *r = byKey.value(key(c.recordType, c.recordId));
        if (!r || r->deleted)
            report.add(QStringLiteral("lost"), QStringLiteral("%1 %2 made on laptop %3 is %4 on the server")
                                                   .arg(c.recordType, c.recordId)
                                                   .arg(c.laptop)
                                                   .arg(r ? QStringLiteral("deleted") : QStringLiteral("missing")));
        f.lost += (!r || r->deleted) ? 1 : 0;
    }

    // --- lost: written values
    QHash<QString, QList<const Write *>> writesOf; // record and field → its writes, in order
    QHash<QString, QSet<QString>> overwritten;     // record and field → values a later write showed
    for (const Write &w : ledger.writes) {
        const QString k = fieldKey(w.recordType, w.recordId, w.field);
        writesOf[k] << &w;
        overwritten[k] << text(w.old);
    }
    for (const Write &w : ledger.writes) {
        const QString k = fieldKey(w.recordType, w.recordId, w.field);
        const QString value = text(QJsonValue(w.value));
        const ServerRecord *r = byKey.value(key(w.recordType, w.recordId));
        if (r && !r->deleted && text(r->fields.value(w.field)) == value)
            continue;
        if (named.value(k).contains(value) || overwritten.value(k).contains(value))
            continue;
        ++f.lost;
        report.add(QStringLiteral("lost"),
                   QStringLiteral("%1 %2 %3 = \"%4\" written on laptop %5 (over %6): the server has %7, "
                                  "no conflict names it, no later write replaced it")
                       .arg(w.recordType, w.recordId, w.field, w.value)
                       .arg(w.laptop)
                       .arg(text(w.old), r ? text(r->fields.value(w.field)) : QStringLiteral("no record")));
    }

    // --- hidden: the same field written apart to different values, and no conflict
    for (auto it = writesOf.cbegin(); it != writesOf.cend(); ++it) {
        QHash<QString, QString> parent; // value → the value its laptop showed before writing it
        for (const Write *w : it.value())
            parent.insert(text(QJsonValue(w->value)), text(w->old));
        // Whether a's laptop had seen b's value when it wrote: b's value is a's old value or
        // one before it.
        auto saw = [&](const Write *a, const Write *b) {
            const QString target = text(QJsonValue(b->value));
            QString v = text(a->old);
            for (int guard = 0; guard <= it.value().size(); ++guard) {
                if (v == target)
                    return true;
                const auto up = parent.constFind(v);
                if (up == parent.cend())
                    return false;
                v = *up;
            }
            return false;
        };
        const QSet<QString> names = named.value(it.key());
        bool hiddenHere = false;
        for (qsizetype i = 0; i < it.value().size() && !hiddenHere; ++i) {
            for (qsizetype j = i + 1; j < it.value().size() && !hiddenHere; ++j) {
                const Write *a = it.value()[i];
                const Write *b = it.value()[j];
                if (a->laptop == b->laptop || a->value == b->value || saw(a, b) || saw(b, a))
                    continue;
                if (names.contains(text(QJsonValue(a->value))) || names.contains(text(QJsonValue(b->value))))
                    continue;
                hiddenHere = true;
                const ServerRecord *r = byKey.value(key(a->recordType, a->recordId));
                report.add(QStringLiteral("hidden"),
                           QStringLiteral("%1: laptop %2 wrote \"%3\" over %4 and laptop %5 wrote \"%6\" over %7, neither "
                                          "having seen the other's; no conflict; the server has %8")
                               .arg(it.key())
                               .arg(a->laptop)
                               .arg(a->value, text(a->old))
                               .arg(b->laptop)
                               .arg(b->value, text(b->old), r ? text(r->fields.value(a->field)) : QStringLiteral("no record")));
            }
        }
        f.hidden += hiddenHere ? 1 : 0;
    }
    for (int l = 0; l < laptops.size(); ++l) {
        for (const ServerConflict &c : conflicts) {
            if (laptops[l].conflicts.contains(c.id))
                continue;
            ++f.hidden;
            report.add(QStringLiteral("hidden"), QStringLiteral("conflict %1 (%2 %3 %4) is not listed on laptop %5")
                                                     .arg(c.id)
                                                     .arg(c.type, c.record, c.field)
                                                     .arg(l));
        }
    }

    // --- duplicated
    QHash<QString, QStringList> byHead; // head's ID number → households
    for (const ServerRecord *h : std::as_const(households)) {
        for (const ServerRecord *p : membersOf.value(h->id)) {
            if (p->fields.value(QStringLiteral("relation")).toString() == QLatin1String("head"))
                byHead[p->fields.value(QStringLiteral("id_number")).toString()] << h->id;
        }
    }
    for (auto it = byHead.cbegin(); it != byHead.cend(); ++it) {
        if (it.value().size() > 1) {
            f.duplicated += int(it.value().size()) - 1;
            report.add(QStringLiteral("duplicated"), QStringLiteral("one household (head %1) under %2 ids: %3")
                                                         .arg(it.key())
                                                         .arg(it.value().size())
                                                         .arg(it.value().join(u' ')));
        }
    }
    qsizetype made = 0;
    for (const Created &c : ledger.created)
        made += c.recordType == QLatin1String("household") ? 1 : 0;
    if (households.size() > made) {
        f.duplicated += int(households.size() - made);
        report.add(QStringLiteral("duplicated"),
                   QStringLiteral("%1 households on the server, %2 made on the laptops").arg(households.size()).arg(made));
    }
    for (const ServerRecord &r : records) {
        // Inserted at version 1; each update operation raises it once at most (not when all its
        // fields conflicted or were equal): more means an operation was applied twice.
        const int ops = ledger.updateOps.value(key(r.type, r.id));
        if (r.version > 1 + ops) {
            ++f.duplicated;
            report.add(
                QStringLiteral("duplicated"),
                QStringLiteral("%1 %2 is at version %3 after %4 update operations").arg(r.type, r.id).arg(r.version).arg(ops));
        }
    }
    QHash<QString, int> perOp;
    for (const ServerConflict &c : conflicts) {
        const QString k = QStringList{c.kind, c.type, c.record, c.field, c.device, c.hlc, text(c.mine)}.join(u'\x1f');
        if (++perOp[k] == 2) {
            ++f.duplicated;
            report.add(QStringLiteral("duplicated"), QStringLiteral("conflict %1 (%2 %3 %4) recorded twice for one operation")
                                                         .arg(c.id)
                                                         .arg(c.type, c.record, c.field));
        }
    }
    for (int l = 0; l < laptops.size(); ++l) {
        const LaptopState &s = laptops[l];
        if (s.listedRows != s.households.size()) {
            ++f.duplicated;
            report.add(
                QStringLiteral("duplicated"),
                QStringLiteral("laptop %1 lists %2 rows for %3 households").arg(l).arg(s.listedRows).arg(s.households.size()));
        }
        if (s.conflictRows != s.conflicts.size()) {
            ++f.duplicated;
            report.add(
                QStringLiteral("duplicated"),
                QStringLiteral("laptop %1 lists %2 rows for %3 conflicts").arg(l).arg(s.conflictRows).arg(s.conflicts.size()));
        }
    }

    // --- converged
    f.converged = true;
    auto differs = [&](int laptop, const QString &what) {
        f.converged = false;
        report.add(QStringLiteral("diverged"), QStringLiteral("laptop %1: %2").arg(laptop).arg(what));
    };
    for (int l = 0; l < laptops.size(); ++l) {
        const LaptopState &s = laptops[l];
        f.refused += qMax(0, s.refused);
        if (!s.auditProblem.isEmpty()) {
            ++f.damaged;
            report.add(QStringLiteral("damaged"), QStringLiteral("laptop %1: audit verify: %2").arg(l).arg(s.auditProblem));
        }
        if (s.waiting != 0)
            differs(l, QStringLiteral("%1 operations still in the outbox").arg(s.waiting));
        if (!s.lastSyncClean)
            differs(l, QStringLiteral("the last sync did not end cleanly (error or \"diverged\": true)"));
        QSet<QString> serverIds;
        for (const ServerRecord *h : std::as_const(households)) {
            serverIds.insert(h->id);
            if (!s.households.contains(h->id))
                differs(l, QStringLiteral("household %1 (server version %2) is missing").arg(h->id).arg(h->version));
        }
        for (auto it = s.households.cbegin(); it != s.households.cend(); ++it) {
            if (!serverIds.contains(it.key())) {
                differs(l, QStringLiteral("household %1 is not on the server").arg(it.key()));
                continue;
            }
            const ServerRecord *h = byKey.value(key(QStringLiteral("household"), it.key()));
            const QJsonObject &mine = it.value();
            if (qint64(mine.value(QStringLiteral("version")).toDouble()) != h->version)
                differs(l, QStringLiteral("household %1 at version %2, the server's at %3")
                               .arg(it.key())
                               .arg(qint64(mine.value(QStringLiteral("version")).toDouble()))
                               .arg(h->version));
            for (const QString &field : kHouseholdFields) {
                if (plain(mine.value(field)) != plain(h->fields.value(field)))
                    differs(l, QStringLiteral("household %1 %2 = %3, the server's %4 (both at version %5)")
                                   .arg(it.key(), field, text(mine.value(field)), text(h->fields.value(field)))
                                   .arg(h->version));
            }
            QHash<QString, const ServerRecord *> serverMembers;
            for (const ServerRecord *p : membersOf.value(it.key()))
                serverMembers.insert(p->id, p);
            const QJsonArray members = mine.value(QStringLiteral("members")).toArray();
            if (members.size() != serverMembers.size())
                differs(l, QStringLiteral("household %1 has %2 members, on the server %3")
                               .arg(it.key())
                               .arg(members.size())
                               .arg(serverMembers.size()));
            for (const QJsonValue &mv : members) {
                const QJsonObject m = mv.toObject();
                const QString id = m.value(QStringLiteral("id")).toString();
                const ServerRecord *p = serverMembers.value(id);
                if (!p) {
                    differs(l, QStringLiteral("member %1 of household %2 is not on the server").arg(id, it.key()));
                    continue;
                }
                if (qint64(m.value(QStringLiteral("version")).toDouble()) != p->version)
                    differs(l, QStringLiteral("person %1 at version %2, the server's at %3")
                                   .arg(id)
                                   .arg(qint64(m.value(QStringLiteral("version")).toDouble()))
                                   .arg(p->version));
                for (const QString &field : kPersonFields) {
                    if (plain(m.value(field)) != plain(p->fields.value(field)))
                        differs(l, QStringLiteral("person %1 %2 = %3, the server's %4 (both at version %5)")
                                       .arg(id, field, text(m.value(field)), text(p->fields.value(field)))
                                       .arg(p->version));
                }
            }
        }
        for (const ServerConflict &c : conflicts) {
            const auto it = s.conflicts.constFind(c.id);
            if (it != s.conflicts.cend() && *it != c.resolved)
                differs(l, QStringLiteral("conflict %1 is %2 here, %3 on the server")
                               .arg(c.id)
                               .arg(*it ? QStringLiteral("decided") : QStringLiteral("open"),
                                    c.resolved ? QStringLiteral("decided") : QStringLiteral("open")));
        }
        for (auto it = s.conflicts.cbegin(); it != s.conflicts.cend(); ++it) {
            const bool known =
                std::any_of(conflicts.cbegin(), conflicts.cend(), [&](const ServerConflict &c) { return c.id == it.key(); });
            if (!known)
                differs(l, QStringLiteral("conflict %1 is not on the server").arg(it.key()));
        }
    }
    return f;
}

} // namespace syncfaults
