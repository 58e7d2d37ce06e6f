// Findings in the reader's language (issue 13): a title or evidence sentence is stored as a template and
// its facts, rendered in zh_CN or en when read; cases of schema 2 migrate and keep their English text;
// search finds a finding by words of either language.

#include "casefile.h"
#include "casefixtures.h"
#include "findingrepository.h"
#include "findingtext.h"
#include "schemamigrator.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;
using Testing::rawSql;

namespace {

Message openPort(const QString &host, int port)
{
    return message(QT_TRANSLATE_NOOP("Finding", "{service} port {port} is open on {host}"),
                   {{u"service"_qs, u"Redis"_qs}, {u"port"_qs, port}, {u"host"_qs, host}});
}

bool hasChinese(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

class TestFindingText final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    NewFinding templated(const QString &host)
    {
        NewFinding f;
        f.org = u"A001"_qs;
        f.family = u"vuln"_qs;
        f.check = u"vuln.high_risk_port"_qs;
        f.target = host + u":6379"_qs;
        f.severity = Severity::High;
        f.titleText = openPort(host, 6379);
        NewEvidence e{u"tcp"_qs, {}, {}, {}};
        e.summaryText =
            message(QT_TRANSLATE_NOOP("Finding", "TCP connect to {target} ({address}) and what the service said"),
                    {{u"target"_qs, f.target}, {u"address"_qs, u"192.0.2.7"_qs}});
        f.evidence << e;
        return f;
    }

private Q_SLOTS:
    void rendersTheTemplateInEachLanguage()
    {
        const Message m = openPort(u"www.a.gov.cn"_qs, 6379);
        QCOMPARE(FindingText::render(m, u"en"_qs), u"Redis port 6379 is open on www.a.gov.cn"_qs);
        const QString zh = FindingText::render(m, u"zh_CN"_qs);
        QVERIFY2(hasChinese(zh), qPrintable(zh));
        QVERIFY(zh.contains(u"6379"_qs) && zh.contains(u"www.a.gov.cn"_qs));
    }

    void rendersNestedMessagesAndLists()
    {
        const Message m = message(
            QT_TRANSLATE_NOOP("Finding", "TLS of {host}: {problems}"),
            {{u"host"_qs, u"a.example"_qs},
             {u"problems"_qs,
              QVariantList{
                  message(QT_TRANSLATE_NOOP("Finding", "{protocol} accepted"), {{u"protocol"_qs, u"TLSv1.0"_qs}}),
                  message(QT_TRANSLATE_NOOP("Finding", "{protocol} accepted"), {{u"protocol"_qs, u"TLSv1.1"_qs}})}}});
        QCOMPARE(FindingText::render(m, u"en"_qs), u"TLS of a.example: TLSv1.0 accepted, TLSv1.1 accepted"_qs);
        const QString zh = FindingText::render(m, u"zh_CN"_qs);
        QVERIFY2(zh.contains(u"、"_qs) && hasChinese(zh), qPrintable(zh));

        // Stored as JSON and read back: the same sentence in both languages.
        const Message back = Message::fromStored(m.source, m.paramsJson());
        QCOMPARE(FindingText::render(back, u"en"_qs), FindingText::render(m, u"en"_qs));
        QCOMPARE(FindingText::render(back, u"zh_CN"_qs), zh);
    }

    void unknownPlaceholdersStayAndValuesAreNotReexpanded()
    {
        const Message m{u"{a} and {b}"_qs, {{u"a"_qs, u"{b}"_qs}}};
        QCOMPARE(FindingText::render(m, u"en"_qs), u"{b} and {b}"_qs);
    }

    void recordsTemplateAndReadsItInEitherLanguage()
    {
        const QString p = m_dir.filePath(u"new.govcase"_qs);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing));
        Connection conn(p);
        QVERIFY(conn.ok());
        auto id = FindingRepository::record(conn.db(), 1, templated(u"www.a.gov.cn"_qs));
        QVERIFY2(id, qPrintable(id.errorMessage()));

        auto f = FindingRepository::byId(conn.db(), *id);
        QVERIFY(f);
        QCOMPARE(f->title, u"Redis port 6379 is open on www.a.gov.cn"_qs); // the stored English fallback
        QVERIFY(hasChinese(FindingText::title(*f, u"zh_CN"_qs)));
        QCOMPARE(FindingText::title(*f, u"en"_qs), f->title);
        QCOMPARE(f->evidence.size(), 1);
        QVERIFY(hasChinese(FindingText::summary(f->evidence.first(), u"zh_CN"_qs)));

        Finding local = *f;
        FindingText::localize(local, u"zh_CN"_qs);
        QVERIFY(hasChinese(local.title) && hasChinese(local.evidence.first().summary));

        // Found by an English word and by a Chinese one (two characters: the pair index; longer: trigram).
        const QString zhTitle = FindingText::title(*f, u"zh_CN"_qs);
        for (const QString &term : {u"is open"_qs, u"开放"_qs, zhTitle.mid(zhTitle.indexOf(u"开放"_qs), 4)}) {
            FindingFilter filter;
            filter.text = term;
            auto n = FindingRepository::count(conn.db(), filter);
            QVERIFY(n);
            QVERIFY2(*n == 1, qPrintable(term));
            auto list = FindingRepository::find(conn.db(), filter);
            QVERIFY(list && list->size() == 1);
        }

        // Seen again: the same row, the index still answers in both languages.
        QVERIFY(FindingRepository::record(conn.db(), 2, templated(u"www.a.gov.cn"_qs)));
        FindingFilter zhFilter;
        zhFilter.text = u"开放"_qs;
        QCOMPARE(*FindingRepository::count(conn.db(), zhFilter), 1);
    }

    void migratesASchema2CaseKeepingItsEnglishText()
    {
        // A case as schema 2 left it: the schema files up to 002 only.
        const QString folder = m_dir.filePath(u"schema2"_qs);
        QDir().mkpath(folder);
        for (const QString &f : QDir(u":/sql"_qs).entryList(QDir::Files))
            if (f.startsWith(u"001"_qs) || f.startsWith(u"002"_qs))
                QVERIFY(QFile::copy(u":/sql/"_qs + f, folder + u'/' + f));
        const QString p = m_dir.filePath(u"old.govcase"_qs);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing, SchemaMigrator(folder)));
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), 2);
        rawSql(p, {u"INSERT INTO findings (id, org, family, check_id, severity, status, target, title, first_seen, "
                   "last_seen) VALUES (7, 'A001', 'mail', 'mail.spoofable_domain', 3, 'open', 'a.gov.cn', "
                   "'a.gov.cn can be spoofed: no SPF record', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_qs,
                   u"INSERT INTO evidence (finding, kind, summary, at) VALUES (7, 'dns', 'DNS a.gov.cn TXT: ok', "
                   "'2026-01-01T00:00:00Z')"_qs,
                   u"INSERT INTO findings_fts (rowid, title, target, evidence) VALUES (7, 'a.gov.cn can be spoofed: "
                   "no SPF record', 'a.gov.cn', 'DNS a.gov.cn TXT: ok')"_qs});

        QVERIFY(CaseFile::open(p, CaseFile::Mode::OpenExisting));
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), CaseFile::currentSchemaVersion());
        QVERIFY(CaseFile::currentSchemaVersion() >= 3);
        Connection conn(p, true);
        auto f = FindingRepository::byId(conn.db(), 7);
        QVERIFY2(f, qPrintable(f.errorMessage()));
        QVERIFY(f->titleText.isEmpty());
        // No template: every language shows the stored text.
        QCOMPARE(FindingText::title(*f, u"zh_CN"_qs), u"a.gov.cn can be spoofed: no SPF record"_qs);
        QCOMPARE(FindingText::summary(f->evidence.first(), u"zh_CN"_qs), u"DNS a.gov.cn TXT: ok"_qs);
        FindingFilter filter;
        filter.text = u"spoofed"_qs;
        QCOMPARE(*FindingRepository::count(conn.db(), filter), 1);
    }

    void theCurrentLanguageFollowsTheInstalledTranslation()
    {
        const Message m = openPort(u"h.example"_qs, 21);
        Translations::install(u"zh_CN"_qs);
        QVERIFY(hasChinese(FindingText::render(m)));
        Translations::install(u"en"_qs);
        QCOMPARE(FindingText::render(m), u"Redis port 21 is open on h.example"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFindingText)
#include "tst_findingtext.moc"
