// Built only by tst_layering, like a source of ui/: it links doudi_ui and doudi_services but
// not doudi_storage, so this include must not compile (ADR 0010).
#include "storage/profile.h"
