// The catalogue compiled into Govscope must list exactly the checks of spec/checks.md, with their
// families and severities: the ids are a contract.

#include "checkcatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Govscope::Models;

class TestCheckCatalogue : public QObject
{
    Q_OBJECT

private:
    // id -> severity as the spec's tables state them; empty when the spec is not beside the repo.
    static QHash<QString, QString> specChecks()
    {
        QHash<QString, QString> checks;
        QFile spec(QStringLiteral(GOVSCOPE_SOURCE_DIR "/../shared/spec/checks.md"));
        if (!spec.open(QIODevice::ReadOnly))
            return checks;
        const QRegularExpression row(u"^\\| `([a-z]+\\.[a-z_]+)` \\|.*\\| (critical|high|medium|low|info) \\|$"_qs,
                                     QRegularExpression::MultilineOption);
        auto it = row.globalMatch(QString::fromUtf8(spec.readAll()));
        while (it.hasNext()) {
            const auto m = it.next();
            checks.insert(m.captured(1), m.captured(2));
        }
        return checks;
    }

private Q_SLOTS:
    void everyFamilyHasChecks()
    {
        // The families are the spec's: those its check ids name, no more and no fewer.
        QSet<QString> specFamilies;
        for (const QString &id : specChecks().keys())
            specFamilies.insert(id.section(u'.', 0, 0));
        const QStringList families = CheckCatalogue::families();
        QCOMPARE(QSet<QString>(families.cbegin(), families.cend()), specFamilies);
        QCOMPARE(families.size(), specFamilies.size()); // none twice
        for (const QString &family : CheckCatalogue::families()) {
            QVERIFY2(!CheckCatalogue::ofFamily(family).isEmpty(), qPrintable(family));
            QVERIFY(!CheckCatalogue::familyNameZh(family).isEmpty());
            QVERIFY(!CheckCatalogue::familyNameEn(family).isEmpty());
        }
    }

    void everyCheckIsComplete()
    {
        for (const CheckMeta &m : CheckCatalogue::all()) {
            QVERIFY2(m.id.startsWith(m.family + u'.'), qPrintable(m.id));
            QVERIFY2(!m.titleZh.isEmpty() && !m.titleEn.isEmpty(), qPrintable(m.id));
            QVERIFY2(m.legalBasis.contains(u"《"_qs), qPrintable(m.id));
            QVERIFY2(!m.adviceZh.isEmpty() && !m.adviceEn.isEmpty(), qPrintable(m.id));
        }
        QVERIFY(CheckCatalogue::find(u"mail.no_login_limit"_qs)->authorisedOnly);
        QVERIFY(!CheckCatalogue::find(u"mail.no_mfa"_qs)->authorisedOnly);
        QCOMPARE(CheckCatalogue::find(u"no.such_check"_qs), nullptr);
    }

    void matchesTheSpec()
    {
        const auto spec = specChecks();
        if (spec.isEmpty())
            QSKIP("../shared/spec/checks.md is not beside the repository");
        QCOMPARE(CheckCatalogue::all().size(), spec.size());
        for (auto it = spec.cbegin(); it != spec.cend(); ++it) {
            const CheckMeta *m = CheckCatalogue::find(it.key());
            QVERIFY2(m, qPrintable(it.key()));
            QCOMPARE(toId(m->severity), it.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckCatalogue)
#include "tst_checkcatalogue.moc"
