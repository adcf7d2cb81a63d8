#include "policy/assessment.h"

namespace doudi::core {

QString Assessment::programmeCode(Programme p)
{
    switch (p) {
    case Programme::Tekun: return QStringLiteral("tekun");
    case Programme::Dibao: return QStringLiteral("dibao");
    case Programme::DibaoSingle: return QStringLiteral("dibao_single");
    case Programme::DibaoTaper: return QStringLiteral("dibao_taper");
    case Programme::Edge: return QStringLiteral("edge");
    case Programme::Rigid: return QStringLiteral("rigid");
    case Programme::None: return QStringLiteral("none");
    }
    return {};
}

QString Assessment::programmeLabel(Programme p)
{
    const char *text = "";
    switch (p) {
    case Programme::Tekun: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Support for people in extreme poverty"); break;
    case Programme::Dibao: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Minimum living allowance (dibao)"); break;
    case Programme::DibaoSingle: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Single-person dibao"); break;
    case Programme::DibaoTaper: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Dibao taper period"); break;
    case Programme::Edge: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Near-dibao household"); break;
    case Programme::Rigid: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "Household in hardship from rigid expenditure"); break;
    case Programme::None: text = QT_TRANSLATE_NOOP("doudi::core::Assessment", "No assistance programme applies"); break;
    }
    return QCoreApplication::translate("doudi::core::Assessment", text);
}

QString explainSteps(const QList<TraceStep> &steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps[i].sentence);
    return lines.join(u'\n');
}

QString Assessment::explanation() const
{
    return explainSteps(trace);
}

} // namespace doudi::core
