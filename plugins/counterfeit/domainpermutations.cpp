#include "domainpermutations.h"

#include "domainnames.h"

#include <QSet>

namespace Govscope::Counterfeit {

namespace {

// Adjacent keys on a QWERTY keyboard: the slips a typist makes (and a squatter registers).
const QHash<QChar, QString> &keyboardNeighbours()
{
    static const QHash<QChar, QString> table{
        {u'q', u"wa"_qs},     {u'w', u"qeas"_qs},   {u'e', u"wrsd"_qs},   {u'r', u"etdf"_qs},   {u't', u"ryfg"_qs},
        {u'y', u"tugh"_qs},   {u'u', u"yihj"_qs},   {u'i', u"uojk"_qs},   {u'o', u"ipkl"_qs},   {u'p', u"ol"_qs},
        {u'a', u"qwsz"_qs},   {u's', u"awedxz"_qs}, {u'd', u"serfcx"_qs}, {u'f', u"drtgvc"_qs}, {u'g', u"ftyhbv"_qs},
        {u'h', u"gyujnb"_qs}, {u'j', u"huikmn"_qs}, {u'k', u"jiolm"_qs},  {u'l', u"kop"_qs},    {u'z', u"asx"_qs},
        {u'x', u"zsdc"_qs},   {u'c', u"xdfv"_qs},   {u'v', u"cfgb"_qs},   {u'b', u"vghn"_qs},   {u'n', u"bhjm"_qs},
        {u'm', u"njk"_qs},    {u'1', u"2q"_qs},     {u'2', u"13w"_qs},    {u'0', u"9p"_qs}};
    return table;
}

// Characters that read alike in a browser's address bar; multi-character forms (rn/m, vv/w) too.
const QList<std::pair<QString, QString>> &homoglyphs()
{
    static const QList<std::pair<QString, QString>> table{
        {u"o"_qs, u"0"_qs},  {u"0"_qs, u"o"_qs},  {u"l"_qs, u"1"_qs},  {u"l"_qs, u"i"_qs},  {u"i"_qs, u"1"_qs},
        {u"i"_qs, u"l"_qs},  {u"1"_qs, u"l"_qs},  {u"m"_qs, u"rn"_qs}, {u"rn"_qs, u"m"_qs}, {u"w"_qs, u"vv"_qs},
        {u"vv"_qs, u"w"_qs}, {u"d"_qs, u"cl"_qs}, {u"g"_qs, u"q"_qs},  {u"q"_qs, u"g"_qs},  {u"s"_qs, u"5"_qs},
        {u"b"_qs, u"6"_qs},  {u"z"_qs, u"2"_qs},  {u"e"_qs, u"3"_qs},  {u"a"_qs, u"4"_qs}};
    return table;
}

const QString Vowels = u"aeiou"_qs;
const QString Alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789"_qs;

bool validLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label)
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'-'))
            return false;
    return true;
}

struct Collector
{
    QString prefix; // labels before the varied one, with the trailing dot ("www.")
    QString label;
    QString suffix; // the public suffix ("gov.cn")
    QString original;
    int cap = 0;
    QSet<QString> seen;
    QList<DomainCandidate> out;

    bool full() const { return out.size() >= cap; }
    void addHost(const QString &host, const QString &method)
    {
        const QString ascii = Sdk::DomainNames::toAscii(host);
        if (full() || ascii.isEmpty() || ascii == original || seen.contains(ascii))
            return;
        seen.insert(ascii);
        out << DomainCandidate{ascii, method};
    }
    void addLabel(const QString &variant, const QString &method)
    {
        if (validLabel(variant))
            addHost(prefix + variant + u'.' + suffix, method);
    }
};

void typos(Collector &c)
{
    const QString &l = c.label;
    for (qsizetype i = 0; i < l.size(); ++i)
        c.addLabel(QString(l).remove(i, 1), u"omission"_qs);
    for (qsizetype i = 0; i < l.size(); ++i)
        c.addLabel(QString(l).insert(i, l[i]), u"repetition"_qs);
    for (qsizetype i = 0; i + 1 < l.size(); ++i) {
        QString t = l;
        std::swap(t[i], t[i + 1]);
        c.addLabel(t, u"transposition"_qs);
    }
    for (const auto &[from, to] : homoglyphs())
        for (qsizetype i = l.indexOf(from); i >= 0; i = l.indexOf(from, i + 1))
            c.addLabel(QString(l).replace(i, from.size(), to), u"homoglyph"_qs);
    for (qsizetype i = 0; i < l.size(); ++i)
        for (const QChar n : keyboardNeighbours().value(l[i]))
            c.addLabel(QString(l).replace(i, 1, n), u"replacement"_qs);
    for (qsizetype i = 0; i < l.size(); ++i)
        if (Vowels.contains(l[i]))
            for (const QChar v : Vowels)
                if (v != l[i])
                    c.addLabel(QString(l).replace(i, 1, v), u"vowel-swap"_qs);
    for (qsizetype i = 1; i < l.size(); ++i)
        c.addLabel(QString(l).insert(i, u'-'), u"hyphenation"_qs);
    for (qsizetype i = 0; i < l.size(); ++i)
        for (int bit = 0; bit < 8; ++bit) {
            const QChar flipped(ushort(l[i].unicode() ^ (1u << bit)));
            if (flipped.unicode() < 128)
                c.addLabel(QString(l).replace(i, 1, flipped.toLower()), u"bitsquatting"_qs);
        }
    for (qsizetype i = 0; i <= l.size(); ++i)
        for (const QChar n : keyboardNeighbours().value(i < l.size() ? l[i] : l.back()))
            c.addLabel(QString(l).insert(i, n), u"insertion"_qs);
    Q_UNUSED(Alphabet);
}

void suffixForms(Collector &c)
{
    const QString base = c.prefix + c.label;
    static const QStringList Tlds{u"com"_qs, u"cn"_qs, u"net"_qs, u"org"_qs, u"com.cn"_qs};
    const bool govSuffix = c.suffix == u"gov.cn"_qs || c.suffix == QLatin1String(Sdk::DomainNames::ZhengwuAce);
    if (govSuffix) {
        // the name still spells "gov.cn" for a reader who does not parse domain names
        for (const QString &tld : Tlds) {
            c.addHost(base + u"-gov-cn."_qs + tld, u"gov-form"_qs);
            c.addHost(base + u"govcn."_qs + tld, u"gov-form"_qs);
            c.addHost(base + u"-govcn."_qs + tld, u"gov-form"_qs);
            c.addHost(base + u".gov.cn."_qs + tld, u"gov-form"_qs);
        }
    }
    for (const QString &tld : Tlds)
        if (tld != c.suffix)
            c.addHost(base + u'.' + tld, u"tld-swap"_qs);
    if (!govSuffix)
        c.addHost(base + u".gov.cn"_qs, u"gov-form"_qs);
    c.addHost(base + u".政务"_qs, u"zhengwu"_qs);
    c.addHost(base + u".公益"_qs, u"gongyi"_qs);
}

} // namespace

QList<DomainCandidate> domainPermutations(const QString &host, int cap)
{
    const QString ascii = Sdk::DomainNames::toAscii(host);
    const QString registrable = Sdk::DomainNames::registrableDomain(ascii);
    if (ascii.isEmpty() || registrable.isEmpty() || cap <= 0)
        return {};
    Collector c;
    c.original = ascii;
    c.cap = cap;
    c.prefix = ascii.chopped(registrable.size());
    c.label = registrable.section(u'.', 0, 0);
    c.suffix = registrable.section(u'.', 1);
    // suffix forms first: few, and the ones squatters of government names register most
    suffixForms(c);
    typos(c);
    return c.out;
}

} // namespace Govscope::Counterfeit
