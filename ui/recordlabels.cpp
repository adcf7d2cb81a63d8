#include "ui/recordlabels.h"

#include "common/labeltable.h"

namespace doudi::ui {

// What the person calls a kind of record and a field (the names sync uses are the tables').

QString recordKindLabel(const QString &recordType)
{
    static const core::LabelTable<> records(
        "doudi::ui::RecordLabels", {
                                       {"household", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "household")},
                                       {"person", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "member")},
                                       {"income", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "income")},
                                       {"asset", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "asset")},
                                       {"expenditure", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "rigid expenditure")},
                                       {"obligor", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "obligor")},
                                       {"case", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "application")},
                                       {"case_step", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "step of an application")},
                                       {"visit", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "home visit")},
                                       {"document", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "printed form")},
                                       {"attachment", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "photo or scan")},
                                   });
    return records.labelOfCode(recordType);
}

QString fieldLabel(const QString &field)
{
    static const core::LabelTable<> fields(
        "doudi::ui::RecordLabels", {
                                       {"address", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "address")},
                                       {"phone", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "phone")},
                                       {"note", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "note")},
                                       {"registration", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "household registration")},
                                       {"area_code", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "village")},
                                       {"name", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "name")},
                                       {"id_number", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "ID number")},
                                       {"relation", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "relation")},
                                       {"health", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "health")},
                                       {"disability", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "disability")},
                                       {"disability_grade", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "disability grade")},
                                       {"schooling", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "schooling")},
                                       {"employment", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "work")},
                                       {"kind", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "type")},
                                       {"annual_fen", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "amount a year")},
                                       {"value_fen", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "value")},
                                       {"quantity", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "quantity")},
                                       {"description", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "description")},
                                       {"annual_income_fen", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "income a year")},
                                       {"capacity", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "capacity to support")},
                                       {"state", QT_TRANSLATE_NOOP("doudi::ui::RecordLabels", "stage")},
                                   });
    return fields.labelOfCode(field);
}

} // namespace doudi::ui
