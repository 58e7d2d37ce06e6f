// Unit tests of the identifier rules: badge forms and colours, 网站标识码 agreement and region, ICP.
#include "badge.h"
#include "pagemarks.h"

#include <QTest>

using namespace Govscope::Identifier;

class TestIdentifierRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staticBadges()
    {
        const BadgeFacts red = Badge::find(
            u"<footer><span id=\"_ideConac\"><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id="
            "0123456789abcdef0123456789ABCDEF\"><img src=\"https://dcs.conac.cn/image/red.png\"></a></span></footer>"_qs);
        QVERIFY(red.present);
        QCOMPARE(red.colour, BadgeColour::Red);
        QCOMPARE(red.form, u"static"_qs);
        QCOMPARE(red.verifyId, u"0123456789ABCDEF0123456789ABCDEF"_qs);
        QVERIFY(red.snippet.contains(u"bszs.conac.cn"_qs));

        const BadgeFacts blue = Badge::find(u"<img src='//dcs.conac.cn/image/blue.png'>"_qs);
        QVERIFY(blue.present);
        QCOMPARE(blue.colour, BadgeColour::Blue);
    }

    void renderedAndScriptForms()
    {
        const BadgeFacts written = Badge::find(
            u"<script>document.write(unescape(\"%3Ca%20href%3D%22https%3A//bszs.conac.cn/sitename%3Fmethod%3Dshow%26id"
            "%3D0A0B0C0D0E0F00112233445566778899%22%3E%3Cimg%20src%3D%22https%3A//dcs.conac.cn/image/"
            "blue.png%22%3E\"));"
            "</script>"_qs);
        QVERIFY(written.present);
        QCOMPARE(written.form, u"document.write"_qs);
        QCOMPARE(written.colour, BadgeColour::Blue);

        const BadgeFacts script =
            Badge::find(u"<span id=\"_ideConac\"></span><script type=\"text/javascript\" "
                        "src=\"https://dcs.conac.cn/js/99/000/0000/60400000/CA99.js\"></script>"_qs);
        QVERIFY(script.present);
        QCOMPARE(script.form, u"script"_qs);
        QCOMPARE(script.colour, BadgeColour::Unknown);
        QCOMPARE(script.scriptUrl, u"https://dcs.conac.cn/js/99/000/0000/60400000/CA99.js"_qs);
        QCOMPARE(Badge::colourIn(u"document.write(unescape(\"%3Cimg%20src%3D%22https%3A//dcs.conac.cn/image/red.png"
                                 "%22%3E\"));"_qs),
                 BadgeColour::Red);
    }

    void noBadge()
    {
        // an empty span and a mention of the site are not a badge; other conac pages are not either
        const BadgeFacts none = Badge::find(u"<span id=\"_ideConac\"></span><a href=\"https://www.conac.cn/\">"
                                            "中国机构编制网</a><img src=\"/image/red.png\">"_qs);
        QVERIFY(!none.present);
        QCOMPARE(none.colour, BadgeColour::None);
        QCOMPARE(Badge::colourIn(u"dcs.conac.cn/image/red.png dcs.conac.cn/image/blue.png"_qs), BadgeColour::Unknown);
    }

    void siteCodes()
    {
        const QString html = u"<meta name=\"SiteIDCode\" content=\"9900000001\"><p>网站标识码：9900000001</p>"
                             "<script id=\"_jiucuo_\" sitecode='9900000001' src='https://pucha.kaipuyun.cn/x.js'>"
                             "</script>"_qs;
        const SiteCodes ok =
            PageMarks::siteCodes(html, u"主办单位 网站标识码：9900000001 示ICP备1号"_qs, u"9900000001"_qs);
        QCOMPARE(ok.footer, u"9900000001"_qs);
        QCOMPARE(ok.jiucuo, u"9900000001"_qs);
        QCOMPARE(PageMarks::siteCodeProblem(ok, u"990000"_qs), QString());

        // wrong region prefix (a city's code on a provincial department's site)
        const SiteCodes city{u"9902000011"_qs, u"9902000011"_qs, u"9902000011"_qs, {}};
        QVERIFY(PageMarks::siteCodeProblem(city, u"990000"_qs).contains(u"990200"_qs));
        QCOMPARE(PageMarks::siteCodeProblem(city, u"990200"_qs), QString());
        // footer and meta disagree
        const SiteCodes split{u"9900000029"_qs, u"9900000092"_qs, u"9900000029"_qs, {}};
        QVERIFY(PageMarks::siteCodeProblem(split, u"990000"_qs).contains(u"disagree"_qs));
        // none at all, a malformed one, and the bm form (no region in it)
        QVERIFY(!PageMarks::siteCodeProblem({}, u"990000"_qs).isEmpty());
        QVERIFY(!PageMarks::siteCodeProblem({u"12345"_qs, {}, {}, {}}, u"990000"_qs).isEmpty());
        QCOMPARE(PageMarks::siteCodeProblem({u"bm09000001"_qs, {}, {}, {}}, u"990000"_qs), QString());
        QVERIFY(PageMarks::isWellFormed(u"BM09000001"_qs));
        QVERIFY(!PageMarks::isWellFormed(u"99000000011"_qs));
    }

    void icpNumbers()
    {
        QCOMPARE(PageMarks::icpNumber(u"版权所有 示ICP备19000001号-1 示公网安备 99000002000001号"_qs),
                 u"示ICP备19000001号-1"_qs);
        QCOMPARE(PageMarks::icpNumber(u"京ICP证 030173 号"_qs), u"京ICP证 030173 号"_qs);
        QCOMPARE(PageMarks::icpNumber(u"示公网安备 99000002000001号 联系电话 0999-12345678"_qs), QString());
        QCOMPARE(PageMarks::icpNumber(u"ICP备案查询"_qs), QString());
    }
};

QTEST_GUILESS_MAIN(TestIdentifierRules)
#include "tst_identifierrules.moc"
