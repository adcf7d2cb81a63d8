#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace doudi::core {

// Area codes: GB/T 2260 six-digit county codes and the statistics bureau's 12-digit codes
// (county 6 + township 3 + village 3). A scope is a prefix of the 12-digit code.
class AreaCode
{
    Q_DECLARE_TR_FUNCTIONS(AreaCode)
public:
    enum class Level
    {
        Invalid,
        Province,
        City,
        County,
        Township,
        Village
    };

    static bool isWellFormed(const QString &code); // 6 or 12 digits
    static Level levelOf(const QString &code);
    // The significant prefix: 370323102000 → "370323102", 370000 → "37".
    static QString prefix(const QString &code);
    // Whether child lies within parent (equal codes count as within).
    static bool contains(const QString &parent, const QString &child);
    static QString parentOf(const QString &code);
    // 6-digit code → 12 digits (appends six zeros); 12 stays as is.
    static QString toTwelve(const QString &code);
};

struct Area
{
    QString code; // 12 digits
    QString name;
    AreaCode::Level level = AreaCode::Level::Invalid;
    QString parent;
};

// The named areas a profile knows (one county's townships and villages).
class AreaRegistry
{
    Q_DECLARE_TR_FUNCTIONS(AreaRegistry)
public:
    // CSV with the header code,name,level,parent (the shape of shared/data/areas-*.csv).
    static Result<AreaRegistry> fromCsv(const QByteArray &csv);
    // The same, held to what a county publishes for its laptops (doudi-server area import):
    // the header line, every code once, every township and village inside county (6 digits),
    // each with its parent in the list, and at least one village. Errors name the line.
    static Result<AreaRegistry> fromCountyCsv(const QByteArray &csv, const QString &county);
    // The county shipped for demos and tests (沂源县, 370323).
    static const AreaRegistry &builtIn();
    // The list this process works with: the county's, as the unlocked profile last received it
    // from the server, else the built-in one. One process serves one county at a time, and the
    // list is read in far too many places (every village name shown) to be passed along.
    static const AreaRegistry &current();
    // Makes registry the current one. References that current() gave out earlier stay valid
    // (each installed list is kept for the life of the process: a few, of a few KB each).
    static void setCurrent(AreaRegistry registry);
    bool isEmpty() const { return m_areas.isEmpty(); }

    const Area *find(const QString &code) const;
    QString name(const QString &code) const;
    // "南麻街道 城北居委会": township and village, for display.
    QString fullName(const QString &code) const;
    QList<Area> children(const QString &code) const;
    QList<Area> villages() const;
    QList<Area> atLevel(AreaCode::Level level) const;

private:
    QList<Area> m_areas;
    QHash<QString, int> m_index;
};

} // namespace doudi::core
