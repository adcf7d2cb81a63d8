#include "documents/template.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace doudi::core {

namespace {
int lineAt(const QString &text, qsizetype pos)
{
    return int(text.left(pos).count(u'\n')) + 1;
}

// The value of a dotted name, looked up from the innermost scope outwards.
QJsonValue lookup(const QList<QJsonObject> &scopes, const QString &name)
{
    if (name == QLatin1String("."))
        return scopes.last().value(QStringLiteral("."));
    const QStringList parts = name.split(u'.');
    for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
        if (!scopes[i].contains(parts.first()))
            continue;
        QJsonValue v = scopes[i].value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p)
            v = v.toObject().value(parts[p]);
        return v;
    }
    return QJsonValue::Undefined;
}

bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Double:
        return v.toDouble() != 0;
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? Template::tr("yes") : Template::tr("no");
    default:
        return {};
    }
}

void renderNodes(const QList<Template::Node> &nodes, QList<QJsonObject> &scopes, QString &out)
{
    using K = Template::Node::Kind;
    for (const Template::Node &n : nodes) {
        switch (n.kind) {
        case K::Text:
            out += n.text;
            break;
        case K::Value:
            out += text(lookup(scopes, n.text)).toHtmlEscaped();
            break;
        case K::Inverted:
            if (!truthy(lookup(scopes, n.text)))
                renderNodes(n.children, scopes, out);
            break;
        case K::Section: {
            const QJsonValue v = lookup(scopes, n.text);
            if (v.isArray()) {
                const QJsonArray items = v.toArray();
                for (int i = 0; i < items.size(); ++i) {
                    QJsonObject scope = items[i].isObject() ? items[i].toObject() : QJsonObject{{QStringLiteral("."), items[i]}};
                    scope.insert(QStringLiteral("index"), i + 1);
                    scopes.append(scope);
                    renderNodes(n.children, scopes, out);
                    scopes.removeLast();
                }
            } else if (truthy(v)) {
                scopes.append(v.isObject() ? v.toObject() : QJsonObject());
                renderNodes(n.children, scopes, out);
                scopes.removeLast();
            }
            break;
        }
        }
    }
}

void collect(const QList<Template::Node> &nodes, QStringList &out)
{
    for (const Template::Node &n : nodes) {
        if (n.kind != Template::Node::Kind::Text && !out.contains(n.text))
            out << n.text;
        collect(n.children, out);
    }
}
} // namespace

Result<Template> Template::parse(const QString &source, const QStringList &required)
{
    struct Open
    {
        Node node;
        qsizetype at;
    };
    QList<Open> stack{{Node{Node::Kind::Section, QString(), {}}, 0}};
    qsizetype pos = 0;
    while (pos < source.size()) {
        const qsizetype start = source.indexOf(QLatin1String("{{"), pos);
        if (start < 0) {
            stack.last().node.children.append({Node::Kind::Text, source.mid(pos), {}});
            break;
        }
        if (start > pos)
            stack.last().node.children.append({Node::Kind::Text, source.mid(pos, start - pos), {}});
        const qsizetype end = source.indexOf(QLatin1String("}}"), start + 2);
        if (end < 0)
            return Error(ErrorCode::InvalidInput, tr("Line %1: \"{{\" is never closed with \"}}\".").arg(lineAt(source, start)));
        const QString tag = source.mid(start + 2, end - start - 2).trimmed();
        pos = end + 2;
        if (tag.isEmpty())
            return Error(ErrorCode::InvalidInput, tr("Line %1: an empty placeholder {{}}.").arg(lineAt(source, start)));
        const QChar sigil = tag.front();
        const QString name = (sigil == u'#' || sigil == u'^' || sigil == u'/') ? tag.mid(1).trimmed() : tag;
        static const QRegularExpression valid(QStringLiteral("^(\\.|[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)$"));
        if (!valid.match(name).hasMatch())
            return Error(ErrorCode::InvalidInput,
                         tr("Line %1: \"%2\" is not a placeholder name.").arg(lineAt(source, start)).arg(name));
        if (sigil == u'#' || sigil == u'^') {
            stack.append({Node{sigil == u'#' ? Node::Kind::Section : Node::Kind::Inverted, name, {}}, start});
        } else if (sigil == u'/') {
            if (stack.size() == 1 || stack.last().node.text != name)
                return Error(ErrorCode::InvalidInput,
                             tr("Line %1: {{/%2}} closes a section that is not open.").arg(lineAt(source, start)).arg(name));
            const Node done = stack.takeLast().node;
            stack.last().node.children.append(done);
        } else {
            stack.last().node.children.append({Node::Kind::Value, name, {}});
        }
    }
    if (stack.size() > 1)
        return Error(ErrorCode::InvalidInput,
                     tr("Line %1: {{#%2}} is never closed.").arg(lineAt(source, stack.last().at)).arg(stack.last().node.text));
    Template t;
    t.m_nodes = std::make_shared<const QList<Node>>(stack.first().node.children);
    const QStringList used = t.names();
    for (const QString &r : required) {
        if (!used.contains(r))
            return Error(ErrorCode::InvalidInput, tr("The template must show {{%1}}.").arg(r));
    }
    return t;
}

QString Template::render(const QJsonObject &context) const
{
    QString out;
    QList<QJsonObject> scopes{context};
    if (m_nodes)
        renderNodes(*m_nodes, scopes, out);
    return out;
}

QStringList Template::names() const
{
    QStringList out;
    if (m_nodes)
        collect(*m_nodes, out);
    return out;
}

} // namespace doudi::core
