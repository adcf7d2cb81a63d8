#pragma once

class QComboBox;

namespace doudi::ui {

// Fills a township and a village combo box from the area registry and keeps the villages in
// step with the township. wholeTownship adds "the whole township" first (a work area).
void setUpAreaPickers(QComboBox *township, QComboBox *village, bool wholeTownship);

} // namespace doudi::ui
