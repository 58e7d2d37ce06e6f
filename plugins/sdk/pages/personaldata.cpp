#include "personaldata.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace Govscope::Sdk::PersonalData {

namespace {

// A run of characters a number must not be glued to: digits, Latin letters and masking stars.
const QString kEdge = u"(?<![0-9A-Za-z*])"_qs;
const QString kEnd = u"(?![0-9A-Za-z*])"_qs;
const QRegularExpression kId(kEdge + u"([1-9][0-9]{16}[0-9Xx])"_qs + kEnd);
const QRegularExpression kMobile(kEdge + u"(1[3-9][0-9]{9})"_qs + kEnd);
const QRegularExpression kCard(kEdge + u"([3-6][0-9]{14,18})"_qs + kEnd);

// GB/T 2260 province-level codes: the first two digits of every resident ID.
bool knownProvince(int code)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return std::find(std::begin(codes), std::end(codes), code) != std::end(codes);
}

} // namespace

bool isValidResidentId(const QString &id)
{
    if (id.size() != 18 || !knownProvince(id.left(2).toInt()))
        return false;
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit())
            return false;
        sum += id.at(i).digitValue() * weights[i];
    }
    const QChar check = u"10X98765432"_qs.at(sum % 11);
    if (id.at(17).toUpper() != check)
        return false;
    const QDate born = QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_qs);
    return born.isValid() && born.year() >= 1900 && born <= QDate::currentDate();
}

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits.at(i).isDigit())
            return false;
        int d = digits.at(i).digitValue();
        if (doubled)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        doubled = !doubled;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString maskResidentId(const QString &id)
{
    return id.left(6) + QString(8, u'*') + id.mid(14).toUpper();
}

QString maskMobile(const QString &mobile)
{
    return mobile.left(3) + u"****"_qs + mobile.right(4);
}

QString maskCard(const QString &card)
{
    return card.left(6) + QString(card.size() - 10, u'*') + card.right(4);
}

QString maskAll(const QString &text)
{
    // Only digits are an edge here: a 20-digit order number or a timestamp is not an ID, but an ID glued to
    // letters still is one.
    static const QRegularExpression id(u"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])"_qs);
    static const QRegularExpression mobile(u"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"_qs);
    QString masked;
    const auto replaceAll = [](const QString &in, const QRegularExpression &re,
                               QString (*mask)(const QString &)) -> QString { // not a QStringBuilder of locals
        QString out;
        qsizetype at = 0;
        for (auto it = re.globalMatch(in); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(in).sliced(at, m.capturedStart() - at) + mask(m.captured());
            at = m.capturedEnd();
        }
        return out + QStringView(in).sliced(at);
    };
    masked = replaceAll(text, id, &maskResidentId);
    return replaceAll(masked, mobile, &maskMobile);
}

QString kindId(PersonalDataMatch::Kind kind)
{
    switch (kind) {
    case PersonalDataMatch::ResidentId:
        return u"id"_qs;
    case PersonalDataMatch::Mobile:
        return u"mobile"_qs;
    case PersonalDataMatch::BankCard:
        break;
    }
    return u"card"_qs;
}

QList<PersonalDataMatch> find(const QString &text)
{
    QList<PersonalDataMatch> out;
    QString rest = text; // valid IDs are blanked out so their digits are not read again as a card
    for (auto it = kId.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isValidResidentId(m.captured(1))) {
            out.append({PersonalDataMatch::ResidentId, maskResidentId(m.captured(1))});
            rest.replace(m.capturedStart(1), m.capturedLength(1), QString(m.capturedLength(1), u' '));
        }
    }
    for (auto it = kCard.globalMatch(rest); it.hasNext();) {
        const QString card = it.next().captured(1);
        if (card.size() >= 15 && passesLuhn(card))
            out.append({PersonalDataMatch::BankCard, maskCard(card)});
    }
    for (auto it = kMobile.globalMatch(rest); it.hasNext();)
        out.append({PersonalDataMatch::Mobile, maskMobile(it.next().captured(1))});
    return out;
}

} // namespace Govscope::Sdk::PersonalData
