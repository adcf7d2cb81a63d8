#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace doudi::core {

// A form template: HTML with placeholders in a small, logic-less language.
//   {{name}}             the value, HTML-escaped (a dotted path reaches into objects: {{head.name}})
//   {{#list}}…{{/list}}  repeated for each element of an array (whose fields are then in scope),
//                        or shown once when the value is true / a non-empty text
//   {{^name}}…{{/name}}  shown when the value is missing, false, empty text or an empty array
// Parsing checks the nesting and that every required placeholder is present, so a county's
// broken override is refused with the line of its first problem.
class Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)
public:
    static Result<Template> parse(const QString &text, const QStringList &required = {});
    QString render(const QJsonObject &context) const;
    // Every placeholder name used, for checking a template against the data a form supplies.
    QStringList names() const;

    struct Node;

private:
    std::shared_ptr<const QList<Node>> m_nodes;
};

struct Template::Node
{
    enum class Kind
    {
        Text,
        Value,
        Section,
        Inverted
    };
    Kind kind = Kind::Text;
    QString text; // literal text, or the placeholder's name
    QList<Node> children;
};

} // namespace doudi::core
