#pragma once

#include <QString>

namespace doudi::core {

// Hybrid logical clock (DESIGN §6): orders this device's events even when its wall clock
// jumps back. A timestamp is text that sorts in time order: 15-digit milliseconds, a 5-digit
// counter, and the node id, e.g. "001732712345678.00000.3f2a9c1e".
class Hlc
{
public:
    explicit Hlc(QString node = {});

    // The node id (a short device id) stamped into every timestamp.
    void setNode(const QString &node) { m_node = node; }
    // Continue after the last timestamp this device issued (kept in the database).
    void restore(const QString &last);

    QString tick();                       // a new timestamp for a local event
    void observe(const QString &remote);  // merge a timestamp received from elsewhere
    QString last() const;

    struct Parts
    {
        qint64 msecs = 0;
        int counter = 0;
        QString node;
    };
    static bool parse(const QString &text, Parts *out);
    static QString format(qint64 msecs, int counter, const QString &node);

private:
    qint64 m_msecs = 0;
    int m_counter = 0;
    QString m_node;
};

} // namespace doudi::core
