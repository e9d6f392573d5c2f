#pragma once

#include "core/services/casefile.h"
#include "ui/case/casesectionmodel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace caseledger::ui {

// The rows of the case window's tabs, built from one CaseFile. Only what the core returned is
// shown: PersonProfile carries the masked SSN (S13) and no whereabouts the guard withheld
// (S14); notes come redacted; the history is the audit log, which never holds either.
class CaseFileRows
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileRows)

public:
    enum PeopleColumn
    {
        PersonName,
        PersonRole,
        PersonBirth,
        PersonSsn,
        PersonAddress,
        PersonPhone,
        PersonLanguage
    };
    enum OrderColumn
    {
        OrderKind,
        OrderCourtNumber,
        OrderVersion,
        OrderEffective,
        OrderCurrent,
        OrderMedical,
        OrderSpousal,
        OrderArrears,
        OrderFrequency,
        OrderGuideline
    };

    static QStringList peopleHeaders();
    static std::vector<CaseSectionRow> people(const core::CaseFile& file);
    static QStringList parentageHeaders();
    static std::vector<CaseSectionRow> parentage(const core::CaseFile& file);
    static QStringList orderHeaders();
    static std::vector<CaseSectionRow> orders(const core::CaseFile& file);
    static QStringList noteHeaders();
    static std::vector<CaseSectionRow> notes(const core::CaseFile& file);
    static QStringList taskHeaders();
    static std::vector<CaseSectionRow> tasks(const core::CaseFile& file, core::Date today);
    static QStringList historyHeaders();
    static std::vector<CaseSectionRow> history(const core::CaseFile& file);

    // The Summary tab, as plain lines "label: value".
    static QString summary(const core::CaseFile& file);
    // "A pays $1,320.00 a month (as of 2025-06-01)": a saved calculation in one line.
    static QString calculationText(const core::GuidelineCalculation& calc);
    static QString personName(const core::CaseFile& file, const core::Uuid& personId);
};

} // namespace caseledger::ui
