#include "ui/areapickers.h"

#include "identity/areacode.h"

#include <QComboBox>
#include <QCoreApplication>

namespace doudi::ui {

using namespace doudi::core;

void setUpAreaPickers(QComboBox *township, QComboBox *village, bool wholeTownship)
{
    const AreaRegistry &areas = AreaRegistry::current();
    for (const Area &county : areas.atLevel(AreaCode::Level::County)) {
        for (const Area &t : areas.children(county.code))
            township->addItem(t.name, t.code);
    }
    const auto fillVillages = [township, village, wholeTownship] {
        village->clear();
        if (wholeTownship)
            village->addItem(QCoreApplication::translate("doudi::ui::AreaPickers", "The whole township"),
                             township->currentData());
        for (const Area &v : AreaRegistry::current().children(township->currentData().toString()))
            village->addItem(v.name, v.code);
    };
    QObject::connect(township, &QComboBox::currentIndexChanged, village, fillVillages);
    fillVillages();
}

} // namespace doudi::ui
