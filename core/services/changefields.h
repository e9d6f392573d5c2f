#pragma once

#include "core/cases/case.h"
#include "core/cases/demographics.h"
#include "core/cases/familyviolence.h"
#include "core/cases/note.h"
#include "core/cases/parentage.h"
#include "core/cases/person.h"
#include "core/cases/supportorder.h"
#include "core/cases/task.h"

#include <nlohmann/json.hpp>

// The fields of a casework row as the change log carries them to other desktops (DESIGN §6).
// The change log lives inside the encrypted database; it is not output (S13 concerns what is
// shown, and bundles are encrypted end to end).
namespace caseledger::core::changefields {

nlohmann::json of(const Person& p);
nlohmann::json of(const OtherName& n);
nlohmann::json of(const Address& a);
nlohmann::json of(const Phone& p);
nlohmann::json of(const Employment& e);
nlohmann::json of(const Demographics& d);
nlohmann::json of(const FamilyViolenceIndicator& f);
nlohmann::json of(const DisclosureOverride& o);
nlohmann::json of(const Case& c);
nlohmann::json of(const AssistancePeriod& a);
nlohmann::json of(const Participant& p);
nlohmann::json of(const Parentage& p);
nlohmann::json of(const SupportOrder& o); // the order row, without versions
nlohmann::json of(const OrderVersion& v);
nlohmann::json of(const Note& n);
nlohmann::json of(const Task& t);

} // namespace caseledger::core::changefields
