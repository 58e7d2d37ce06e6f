#include "disclosure.h"

#include <QObject>

namespace Govscope::Datasec {

namespace {

constexpr int kSamplesPerKind = 3;

} // namespace

int Disclosure::total() const
{
    return ids() + mobiles() + cards();
}

int Disclosure::ids() const
{
    int n = 0;
    for (const DocumentDisclosure &d : documents)
        n += d.ids;
    return n;
}

int Disclosure::mobiles() const
{
    int n = 0;
    for (const DocumentDisclosure &d : documents)
        n += d.mobiles;
    return n;
}

int Disclosure::cards() const
{
    int n = 0;
    for (const DocumentDisclosure &d : documents)
        n += d.cards;
    return n;
}

Disclosure Disclosure::of(const Sdk::CrawlResult &crawl)
{
    Disclosure out;
    for (const Sdk::CrawledDocument &doc : crawl.documents) {
        const QList<Sdk::PersonalDataMatch> matches = Sdk::PersonalData::find(doc.text);
        if (matches.isEmpty())
            continue;
        DocumentDisclosure d;
        d.url = doc.url;
        QHash<int, int> shown;
        for (const Sdk::PersonalDataMatch &m : matches) {
            switch (m.kind) {
            case Sdk::PersonalDataMatch::ResidentId:
                ++d.ids;
                break;
            case Sdk::PersonalDataMatch::Mobile:
                ++d.mobiles;
                break;
            case Sdk::PersonalDataMatch::BankCard:
                ++d.cards;
                break;
            }
            if (shown[m.kind]++ < kSamplesPerKind)
                d.samples << u"%1 %2"_qs.arg(Sdk::PersonalData::kindId(m.kind), m.masked);
        }
        out.documents << d;
    }
    return out;
}

Models::Severity Disclosure::severityFor(int total)
{
    if (total >= 100)
        return Models::Severity::Critical;
    if (total >= 5)
        return Models::Severity::High;
    return Models::Severity::Medium;
}

QString Disclosure::report() const
{
    QStringList lines;
    for (const DocumentDisclosure &d : documents)
        lines << QObject::tr("%1: %2 ID numbers, %3 mobile numbers, %4 bank card numbers; e.g. %5")
                     .arg(d.url.toString())
                     .arg(d.ids)
                     .arg(d.mobiles)
                     .arg(d.cards)
                     .arg(d.samples.join(u", "_qs));
    lines << QObject::tr("ID numbers pass the GB 11643 check digit, a valid birth date and a province code; bank "
                         "card numbers pass Luhn. Values are shown masked.");
    return lines.join(u'\n');
}

} // namespace Govscope::Datasec
