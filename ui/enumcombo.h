#pragma once

#include "domain/enums.h"

#include <QComboBox>

namespace doudi::ui {

// A drop-down of one of the domain's enumerations: its translated labels, its codes as data.
template <typename E> QComboBox *enumCombo(E initial, QWidget *parent = nullptr)
{
    auto *box = new QComboBox(parent);
    for (const core::EnumEntry<E> &e : core::enumTable<E>())
        box->addItem(core::labelOf(e.value), QString::fromLatin1(e.code));
    box->setCurrentIndex(box->findData(core::codeOf(initial)));
    return box;
}

// Chooses the entry with this code (data), else the first.
inline void selectCode(QComboBox *box, const QVariant &code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

} // namespace doudi::ui
