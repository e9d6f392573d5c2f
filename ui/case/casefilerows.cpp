#include "ui/case/casefilerows.h"

#include "core/access/disclosureguard.h"
#include "ui/common/qtext.h"
#include "ui/guideline/guidelineinput.h"

#include <algorithm>

namespace caseledger::ui {

namespace {

QString optionalDate(const std::optional<core::Date>& d)
{
    return d ? toQString(d->toIso()) : QString();
}

template<class E>
QString label(E value)
{
    return toQString(core::labelOf(value));
}

} // namespace

QString CaseFileRows::personName(const core::CaseFile& file, const core::Uuid& personId)
{
    for (const auto& p : file.people)
        if (p.person.id == personId)
            return toQString(p.person.displayName);
    return tr("(not in this case)");
}

QStringList CaseFileRows::peopleHeaders()
{
    return {
        tr("Name"), tr("Role"), tr("Born"), tr("SSN"), tr("Address"), tr("Phone"), tr("Language")};
}

std::vector<CaseSectionRow> CaseFileRows::people(const core::CaseFile& file)
{
    std::vector<CaseSectionRow> rows;
    for (const auto& v : file.people) {
        const core::PersonProfile& p = v.person;
        QString address;
        if (p.whereaboutsWithheld)
            address = toQString(core::DisclosureGuard::kWithheld); // S14
        else
            for (const auto& a : p.addresses)
                if (!a.to) { // the current address has no end date
                    address = toQString(a.oneLine());
                    break;
                }
        QString phone;
        if (!p.whereaboutsWithheld && !p.phones.empty())
            phone = toQString(p.phones.front().display());
        QString role = label(v.participant.role);
        if (v.participant.to)
            role = tr("%1 (until %2)").arg(role, toQString(v.participant.to->toIso()));
        CaseSectionRow row {p.id,
            {toQString(p.displayName), role, optionalDate(p.dateOfBirth), toQString(p.ssnMasked),
                address, phone, toQString(p.preferredLanguage)},
            std::nullopt, QString(), p.protectedPerson};
        if (p.protectedPerson)
            row.toolTip = tr("Family violence indicator: whereabouts are protected.");
        rows.push_back(std::move(row));
    }
    return rows;
}

QStringList CaseFileRows::parentageHeaders()
{
    return {tr("Child"), tr("Parent"), tr("Status"), tr("Method"), tr("Established on"),
        tr("Rescinded on")};
}

std::vector<CaseSectionRow> CaseFileRows::parentage(const core::CaseFile& file)
{
    std::vector<CaseSectionRow> rows;
    for (const auto& p : file.parentage)
        rows.push_back({p.id,
            {personName(file, p.childId), p.parentId ? personName(file, *p.parentId) : QString(),
                label(p.status), label(p.method), optionalDate(p.establishedOn),
                optionalDate(p.rescindedOn)},
            std::nullopt, QString(), false});
    return rows;
}

QStringList CaseFileRows::orderHeaders()
{
    return {tr("Kind"), tr("Court case"), tr("Version"), tr("Effective"), tr("Child support"),
        tr("Medical"), tr("Spousal"), tr("Arrears payment"), tr("Frequency"),
        tr("Guideline calculation")};
}

QString CaseFileRows::calculationText(const core::GuidelineCalculation& calc)
{
    const QString asOf = toQString(calc.asOf.toIso());
    if (calc.payer.empty())
        return tr("No support (as of %1)").arg(asOf);
    return tr("%1 pays %2 a month (as of %3)")
        .arg(toQString(calc.payer), moneyText(calc.monthlySupport), asOf);
}

std::vector<CaseSectionRow> CaseFileRows::orders(const core::CaseFile& file)
{
    std::vector<CaseSectionRow> rows;
    for (const auto& o : file.orders) {
        const core::OrderVersion* v = o.latest();
        if (!v)
            continue;
        QString guideline;
        if (v->guidelineCalculationId) {
            const auto it = std::find_if(file.calculations.begin(), file.calculations.end(),
                [&](const auto& c) { return c.id == *v->guidelineCalculationId; });
            guideline = it != file.calculations.end() ? calculationText(*it) : tr("(not found)");
        }
        QString effective = toQString(v->effective.toIso());
        if (o.endDate)
            effective = tr("%1, ends %2").arg(effective, toQString(o.endDate->toIso()));
        rows.push_back({o.id,
            {label(o.kind), toQString(o.courtCaseNumber), QString::number(v->number), effective,
                moneyText(v->currentSupport), moneyText(v->medicalSupport),
                moneyText(v->spousalSupport), moneyText(v->arrearsPayment), label(v->frequency),
                guideline},
            v->guidelineCalculationId, toQString(v->healthInsurance), false});
    }
    return rows;
}

QStringList CaseFileRows::noteHeaders()
{
    return {tr("Written"), tr("Contact date"), tr("Kind"), tr("Author"), tr("Note")};
}

std::vector<CaseSectionRow> CaseFileRows::notes(const core::CaseFile& file)
{
    std::vector<CaseSectionRow> rows;
    for (const auto& n : file.notes) // already redacted by the core (S13, S14)
        rows.push_back({n.id,
            {toQString(n.writtenAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                toQString(n.contactDate.toIso()), label(n.kind), toQString(n.authorName),
                toQString(n.text)},
            std::nullopt, toQString(n.text), false});
    return rows;
}

QStringList CaseFileRows::taskHeaders()
{
    return {tr("Due"), tr("Task"), tr("Status"), tr("Started by"), tr("Done on"), tr("Outcome")};
}

std::vector<CaseSectionRow> CaseFileRows::tasks(const core::CaseFile& file, core::Date today)
{
    std::vector<CaseSectionRow> rows;
    for (const auto& t : file.tasks) {
        const bool overdue = t.overdueOn(today);
        QString due = toQString(t.due.toIso());
        if (overdue)
            due = tr("%1 (overdue)").arg(due);
        rows.push_back({t.id,
            {due, label(t.rule), label(t.status),
                tr("%1 on %2").arg(toQString(t.trigger), toQString(t.triggerDate.toIso())),
                optionalDate(t.doneOn), toQString(t.outcome)},
            std::nullopt, QString(), overdue});
    }
    return rows;
}

QStringList CaseFileRows::historyHeaders()
{
    return {tr("When (UTC)"), tr("Who"), tr("Action"), tr("Outcome"), tr("What")};
}

std::vector<CaseSectionRow> CaseFileRows::history(const core::CaseFile& file)
{
    std::vector<CaseSectionRow> rows;
    for (const auto& r : file.history) {
        CaseSectionRow row;
        row.id = core::Uuid::random(); // audit records are numbered, not identified by uuid
        row.cells = {toQString(r.atUtc).left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
            toQString(r.userName), toQString(r.action), toQString(r.outcome),
            toQString(r.description)};
        row.attention = r.outcome != "ok";
        rows.push_back(std::move(row));
    }
    return rows;
}

QString CaseFileRows::summary(const core::CaseFile& file)
{
    const core::Case& c = file.record;
    QStringList lines;
    lines << tr("Case number: %1").arg(toQString(c.number));
    lines << tr("Status: %1").arg(label(c.status));
    lines << tr("Phase: %1").arg(label(c.phase));
    lines << tr("Managing county: %1").arg(toQString(file.countyName));
    lines << tr("Worker: %1")
                 .arg(file.assignedWorkerName.empty() ? tr("unassigned")
                                                      : toQString(file.assignedWorkerName));
    lines
        << tr("Source: %1, received %2").arg(label(c.source), toQString(c.applicationDate.toIso()));
    lines << tr("Opened: %1").arg(toQString(c.openedOn.toIso()));
    if (c.closedOn)
        lines << tr("Closed: %1").arg(toQString(c.closedOn->toIso()));
    lines << tr("Assistance today: %1").arg(label(file.assistanceToday));
    lines << tr("Current support order: %1").arg(file.currentSupportOrder ? tr("yes") : tr("no"));
    int children = 0;
    for (const auto& p : file.people)
        children += p.participant.role == core::ParticipantRole::Child ? 1 : 0;
    lines << tr("People: %1, of whom %n child(ren)", nullptr, children).arg(file.people.size());
    if (file.familyViolence)
        lines << tr("Family violence indicator: the whereabouts of protected people are "
                    "withheld (42 U.S.C. §654(26)).");
    return lines.join(QLatin1Char('\n'));
}

} // namespace caseledger::ui
