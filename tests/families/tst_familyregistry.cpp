// The family contract (docs/engineering.md, "Adding a family"): what the registry reads from the plugins'
// metadata files agrees with the catalogue for the ten families of this build; every inconsistency is
// named; and the sample family, which is only its folder and one line in tests/families/CMakeLists.txt,
// is registered, ordered, counted and run like any other.

#include "casefile.h"
#include "casewriter.h"
#include "checkcatalogue.h"
#include "checkfamily.h"
#include "familymetadata.h"
#include "familyregistry.h"
#include "findingrepository.h"
#include "orgrepository.h"
#include "scanengine.h"
#include "translations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;

namespace {

/// The families linked into this test but the sample (and @p id).
QList<Sdk::FamilyMetadata> linkedExcept(const QString &id)
{
    QList<Sdk::FamilyMetadata> out;
    for (const Sdk::FamilyMetadata &m : Sdk::FamilyMetadata::linked())
        if (m.id != id && m.id != u"sample"_qs)
            out << m;
    return out;
}

Sdk::FamilyMetadata metadata(const QString &id, const QStringList &checks, const QString &version = u"1.0"_qs)
{
    return {id.at(0).toUpper() + id.mid(1) + u"Family"_qs, id, version, checks};
}

QStringList catalogueChecks(const QString &family)
{
    QStringList ids;
    for (const Models::CheckMeta &m : Models::CheckCatalogue::ofFamily(family))
        ids << m.id;
    return ids;
}

QList<Models::CheckMeta> catalogueWithSample()
{
    QList<Models::CheckMeta> catalogue = Models::CheckCatalogue::all();
    Models::CheckMeta sample;
    sample.id = u"sample.site_outside_gov_cn"_qs;
    sample.family = u"sample"_qs;
    catalogue << sample;
    return catalogue;
}

} // namespace

class TestFamilyRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTenFamiliesAgreeWithTheCatalogue()
    {
        const QList<Sdk::FamilyMetadata> ten = linkedExcept(u"sample"_qs);
        QCOMPARE(ten.size(), Models::CheckCatalogue::families().size());
        QCOMPARE(Engine::FamilyRegistry::problems(ten, Models::CheckCatalogue::all()), QStringList());
        for (const Sdk::FamilyMetadata &m : ten) {
            QVERIFY2(!m.version.isEmpty(), qPrintable(m.id));
            QCOMPARE(m.checks.size(), catalogueChecks(m.id).size());
        }
    }

    void familiesComeInCatalogueOrderWithTheirCheckInfo()
    {
        QStringList ids;
        const QList<Sdk::CheckFamily *> families = Engine::FamilyRegistry::builtin();
        for (Sdk::CheckFamily *f : families) {
            ids << f->id();
            QStringList checks;
            for (const Sdk::CheckInfo &c : f->checks())
                checks << c.id;
            if (f->id() != u"sample"_qs)
                QCOMPARE(checks, catalogueChecks(f->id()));
        }
        // The sample family is not in the catalogue: it comes after the ten.
        QCOMPARE(ids, Models::CheckCatalogue::families() + QStringList{u"sample"_qs});
        QCOMPARE(Engine::FamilyRegistry::find(families, u"mail"_qs)->id(), u"mail"_qs);
        QCOMPARE(Engine::FamilyRegistry::find(families, u"nope"_qs), nullptr);
    }

    void aFamilysNameIsTheCataloguesInTheInstalledLanguage()
    {
        Sdk::CheckFamily *domain = Engine::FamilyRegistry::find(Engine::FamilyRegistry::builtin(), u"domain"_qs);
        QVERIFY(domain);
        Models::Translations::install(u"zh_CN"_qs);
        QCOMPARE(domain->name(), u"域名安全"_qs);
        Models::Translations::install(u"en"_qs);
        QCOMPARE(domain->name(), u"Domain names"_qs);
    }

    void theSampleFamilyJoinsByItsFolderAlone()
    {
        Sdk::CheckFamily *sample = Engine::FamilyRegistry::find(Engine::FamilyRegistry::builtin(), u"sample"_qs);
        QVERIFY2(sample, "tests/families/sample is linked but not registered");
        QCOMPARE(sample->version(), u"0.1"_qs);
        QCOMPARE(sample->checks().size(), 1);
        QCOMPARE(sample->checks().at(0).id, u"sample.site_outside_gov_cn"_qs);
        // Against the shipped catalogue this build is refused, and the sentence names the family ...
        const QStringList problems = Engine::FamilyRegistry::problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains(u"\"sample\""_qs), qPrintable(problems.at(0)));
        // ... against a catalogue that has its check, nothing is wrong.
        QCOMPARE(Engine::FamilyRegistry::problems(Sdk::FamilyMetadata::linked(), catalogueWithSample()), QStringList());
    }

    void everyInconsistencyIsNamed_data()
    {
        QTest::addColumn<QList<Sdk::FamilyMetadata>>("families");
        QTest::addColumn<QString>("named");
        const QString mail = u"mail"_qs;
        QList<Sdk::FamilyMetadata> base = linkedExcept(u"sample"_qs);
        auto replaced = [&](const Sdk::FamilyMetadata &m) {
            QList<Sdk::FamilyMetadata> out = linkedExcept(u"sample"_qs);
            for (Sdk::FamilyMetadata &o : out)
                if (o.id == m.id)
                    o = m;
            return out;
        };
        QStringList fewer = catalogueChecks(mail);
        const QString dropped = fewer.takeLast();
        QTest::addRow("a check missing") << replaced(metadata(mail, fewer)) << dropped;
        QTest::addRow("a check the catalogue lacks")
            << replaced(metadata(mail, catalogueChecks(mail) << u"mail.imaginary"_qs)) << u"mail.imaginary"_qs;
        QTest::addRow("a check twice") << replaced(metadata(mail, catalogueChecks(mail) << catalogueChecks(mail).at(0)))
                                       << u"twice"_qs;
        QTest::addRow("an id twice") << (QList<Sdk::FamilyMetadata>(base) << metadata(mail, catalogueChecks(mail)))
                                     << u"two plugins"_qs;
        QTest::addRow("a family missing") << linkedExcept(u"links"_qs) << u"\"links\""_qs;
        QTest::addRow("an unknown id") << (QList<Sdk::FamilyMetadata>(base)
                                           << metadata(u"weather"_qs, {u"weather.x"_qs}))
                                       << u"\"weather\""_qs;
    }

    void everyInconsistencyIsNamed()
    {
        QFETCH(QList<Sdk::FamilyMetadata>, families);
        QFETCH(QString, named);
        const QStringList problems = Engine::FamilyRegistry::problems(families, Models::CheckCatalogue::all());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains(named), qPrintable(problems.at(0)));
    }

    void incompleteMetadataIsNamed()
    {
        QStringList problems;
        const QJsonObject plugin{{u"className"_qs, u"BrokenFamily"_qs},
                                 {u"MetaData"_qs, QJsonObject{{u"id"_qs, u"broken"_qs}}}};
        const Sdk::FamilyMetadata m = Sdk::FamilyMetadata::fromPlugin(plugin, &problems);
        QCOMPARE(m.id, u"broken"_qs);
        QCOMPARE(problems.size(), 2); // no version, no checks
        QVERIFY(problems.at(0).contains(u"BrokenFamily"_qs) && problems.at(0).contains(u"\"version\""_qs));
        QVERIFY(problems.at(1).contains(u"\"checks\""_qs));
    }

    void theSampleFamilyRunsInTheEngine()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"sample.govcase"_qs);
        QVERIFY(Models::CaseFile::open(casePath, Models::CaseFile::Mode::CreateIfMissing).ok());
        Models::CaseWriter writer(casePath);
        Models::Organization org;
        org.id = u"S001"_qs;
        org.name = u"样例机构"_qs;
        org.kind = Models::OrgKind::PartyGov;
        org.websites = {u"https://www.sample.gov.cn/"_qs, u"https://portal.sample-example.com/"_qs};
        writer.submit([org](QSqlDatabase &db) { return Models::OrgRepository::upsert(db, org); });
        writer.flushAndWait();

        Sdk::CheckFamily *sample = Engine::FamilyRegistry::find(Engine::FamilyRegistry::builtin(), u"sample"_qs);
        QVERIFY(sample);
        Engine::ScanEngine engine(&writer, {sample});
        QSignalSpy finished(&engine, &Engine::ScanEngine::finished);
        Engine::ScanRequest request;
        request.casePath = casePath;
        engine.start(request);
        QVERIFY(finished.wait(30'000));
        writer.flushAndWait();

        Models::Connection conn(casePath, true);
        const QList<Models::Finding> findings = *Models::FindingRepository::find(conn.db(), {});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).check, u"sample.site_outside_gov_cn"_qs);
        QCOMPARE(findings.at(0).target, u"portal.sample-example.com"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFamilyRegistry)
#include "tst_familyregistry.moc"
