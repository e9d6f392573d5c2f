#include "core/access/disclosureguard.h"

#include "core/access/masking.h"
#include "core/base/text.h"
#include "core/cases/contactrepository.h"
#include "core/cases/familyviolencerepository.h"
#include "core/cases/participantrepository.h"

namespace caseledger::core {

bool DisclosureGuard::isProtected(const Uuid& personId)
{
    if (auto it = m_known.find(personId); it != m_known.end())
        return it->second;
    const bool protectedPerson = FamilyViolenceRepository(m_db).isProtected(personId, m_today);
    m_known.emplace(personId, protectedPerson);
    return protectedPerson;
}

void DisclosureGuard::preloadCase(const Uuid& caseId)
{
    // Asked per person: someone who is a parent here may be a protected child in another case.
    for (const auto& p : ParticipantRepository(m_db).forCase(caseId))
        isProtected(p.personId);
}

std::string DisclosureGuard::redactCaseText(const Uuid& caseId, std::string_view raw)
{
    auto it = m_secretsOfCase.find(caseId);
    if (it == m_secretsOfCase.end()) {
        std::vector<std::string> lines;
        for (const auto& p : ParticipantRepository(m_db).forCase(caseId)) {
            if (mayDisclose(p.personId))
                continue;
            for (const auto& a : ContactRepository(m_db).addresses(p.personId))
                for (const auto* line : {&a.line1, &a.line2})
                    if (line->size() >= 4) // shorter text ("Apt") would blank out ordinary words
                        lines.push_back(*line);
        }
        it = m_secretsOfCase.emplace(caseId, std::move(lines)).first;
    }
    std::string text = maskSsnsInText(raw);
    for (const auto& secret : it->second) {
        // ASCII case does not matter: "1 canary lane" is the same address.
        const std::string needle = text::toLowerAscii(secret);
        for (auto at = text::toLowerAscii(text).find(needle); at != std::string::npos;
             at = text::toLowerAscii(text).find(needle, at + kWithheld.size()))
            text.replace(at, secret.size(), kWithheld);
    }
    return text;
}

} // namespace caseledger::core
