#pragma once

#include "core/access/session.h"
#include "core/base/error.h"
#include "core/cases/parentage.h"

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

class Workspace;

// What a worker records about one child and one candidate parent: status, method and evidence.
// A later record for the same child and parent replaces the earlier one (e.g. alleged, then
// established by genetic test).
struct RecordParentageRequest
{
    Uuid childId;
    std::optional<Uuid> parentId;
    std::string caseRef; // the case in which it is recorded (number or id); the child must be in it
    Parentage facts; // status, method, evidence; ids are ignored
};

// Parentage per child (casework.md "Parentage"; Family Code §7570 ff.).
class ParentageService
{
public:
    explicit ParentageService(Workspace& workspace)
        : m_ws(workspace)
    { }
    Result<Parentage> record(const Session& session, const RecordParentageRequest& request);
    // Family Code §7575: a declaration rescinded within 60 days of the later signature, unless an
    // order was entered meanwhile.
    Result<Parentage> rescind(const Session& session, const Uuid& parentageId, Date on);

private:
    Workspace& m_ws;
};

} // namespace caseledger::core
