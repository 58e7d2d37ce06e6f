// The footer forms of issue 9 (网站标识码, ICP and 公安 numbers, the CONAC badge, script-written footers,
// comments), each read through the whole page reading the identifier family uses: the page without its
// comments, what its inline and external scripts write, the text as a reader sees it. The pages are
// written here for the test; codes and numbers are synthetic (region 990000, province 示).
#include "badge.h"
#include "conacmarkers.h"
#include "footerreading.h"
#include "pagemarks.h"

#include <QTest>

using namespace Govscope;
using namespace Govscope::Identifier;

namespace {

const QString Region = u"990000"_qs;
const QString VerifyId = u"0A1B2C3D4E5F60718293A4B5C6D7E8F9"_qs;

QString page(const QString &footer)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>示例省测试厅</title></head><body>"
           "<main><p>正文</p></main><footer>"_qs +
           footer + u"</footer></body></html>"_qs;
}

/// The page as the family reads it; @p externalJs is the body of the page's own footer script.
FooterReading readPage(const QString &html, const QString &externalJs = {})
{
    return FooterReading::read(html, externalJs.isEmpty() ? QString() : Sdk::ConacMarkers::writtenBy(externalJs));
}

SiteCodes codesOf(const QString &html, const QString &externalJs = {})
{
    const FooterReading r = readPage(html, externalJs);
    return PageMarks::siteCodes(r.markup, r.text, r.document.meta(u"SiteIDCode"_qs));
}

QString icpOf(const QString &html, const QString &externalJs = {})
{
    return PageMarks::icpNumber(readPage(html, externalJs).text);
}

QString policeOf(const QString &html)
{
    return PageMarks::publicSecurityNumber(readPage(html).text);
}

BadgeFacts badgeOf(const QString &html, const QString &externalJs = {})
{
    return Badge::find(html, externalJs.isEmpty() ? QString() : Sdk::ConacMarkers::writtenBy(externalJs));
}

} // namespace

class TestFooterForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ------------------------------------------------------------------ 网站标识码
    void siteCode_data()
    {
        QTest::addColumn<QString>("footer");
        QTest::addColumn<QString>("read");  // the code read from the footer, whole
        QTest::addColumn<bool>("accepted"); // passes identifier.site_code_missing
        QTest::addRow("full-width colon") << u"<p>网站标识码：9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("ascii colon") << u"<p>网站标识码:9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("space") << u"<p>网站标识码 9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("nothing between") << u"<p>网站标识码9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("ideographic space") << u"<p>网站标识码　9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("政府网站标识码") << u"<p>政府网站标识码：9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("标识码 alone") << u"<p>标识码：9900000001</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("bm + 8 digits") << u"<p>网站标识码：bm99000001</p>"_qs << u"bm99000001"_qs << true;
        QTest::addRow("code in its own span")
            << u"<p><span>网站标识码：</span><span class=\"code\">9900000001</span></p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("code split over spans")
            << u"<p>网站标识码：<span>99000</span><span>00001</span></p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("full-width digits") << u"<p>网站标识码：９９０００００００１</p>"_qs << u"9900000001"_qs << true;
        QTest::addRow("7 digits") << u"<p>网站标识码：9900001</p>"_qs << u"9900001"_qs << false;
        QTest::addRow("12 digits, not cut to 10")
            << u"<p>网站标识码：990000000123</p>"_qs << u"990000000123"_qs << false;
        QTest::addRow("placeholder zeros") << u"<p>网站标识码：0000000000</p>"_qs << u"0000000000"_qs << false;
        QTest::addRow("placeholder x") << u"<p>网站标识码：500xxxxxxx</p>"_qs << u"500xxxxxxx"_qs << false;
        QTest::addRow("placeholder sequence") << u"<p>网站标识码：1234567890</p>"_qs << u"1234567890"_qs << false;
        QTest::addRow("in an html comment") << u"<!-- <p>网站标识码：9900000001</p> -->"_qs << QString() << false;
        QTest::addRow("in a jsp comment") << u"<%-- <p>网站标识码：9900000001</p> --%>"_qs << QString() << false;
        QTest::addRow("in a template comment") << u"{# <p>网站标识码：9900000001</p> #}"_qs << QString() << false;
        QTest::addRow("inline document.writeln")
            << u"<script>document.writeln(\"<p>网站标识码：\" + \"9900000001</p>\");</script>"_qs << u"9900000001"_qs
            << true;
    }
    void siteCode()
    {
        QFETCH(QString, footer);
        QFETCH(QString, read);
        QFETCH(bool, accepted);
        const SiteCodes codes = codesOf(page(footer));
        QCOMPARE(codes.footer, read);
        const QString problem = PageMarks::siteCodeProblem(codes, Region);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
        if (!read.isEmpty() && !accepted) // the evidence names what the page shows, not a shortened code
            QVERIFY2(problem.contains(read), qPrintable(problem));
    }

    // ------------------------------------------------------------------ ICP numbers
    void icp_data()
    {
        QTest::addColumn<QString>("footer");
        QTest::addColumn<QString>("expected"); // the number as shown, empty: none
        QTest::addRow("plain") << u"<p>示ICP备19000001号</p>"_qs << u"示ICP备19000001号"_qs;
        QTest::addRow("space after 备") << u"<p>示ICP备 19000001号</p>"_qs << u"示ICP备 19000001号"_qs;
        QTest::addRow("ascii -1") << u"<p>示ICP备19000001号-1</p>"_qs << u"示ICP备19000001号-1"_qs;
        QTest::addRow("full-width －1") << u"<p>示ICP备19000001号－1</p>"_qs << u"示ICP备19000001号－1"_qs;
        QTest::addRow("split over spans")
            << u"<p><a href=\"https://beian.miit.gov.cn/\"><span>示ICP备</span><span>1900</span><span>0001号</span>"
               "<span>-2</span></a></p>"_qs
            << u"示ICP备19000001号-2"_qs;
        QTest::addRow("备案序号 label") << u"<p>备案序号：示ICP备19000001号</p>"_qs << u"示ICP备19000001号"_qs;
        QTest::addRow("ICP备案编号 bare number")
            << u"<p>ICP备案编号：19000001号</p>"_qs << u"ICP备案编号：19000001号"_qs;
        QTest::addRow("备案证编号 bare number")
            << u"<p>备案证编号：19000001号-3</p>"_qs << u"备案证编号：19000001号-3"_qs;
        QTest::addRow("备案序号 bare number") << u"<p>备案序号：19000001号</p>"_qs << u"备案序号：19000001号"_qs;
        QTest::addRow("ICP证 licence") << u"<p>ICP证：示B2-20990001</p>"_qs << u"ICP证：示B2-20990001"_qs;
        QTest::addRow("ICP证 number") << u"<p>示ICP证 990173 号</p>"_qs << u"示ICP证 990173 号"_qs;
        QTest::addRow("公安 only is no ICP") << u"<p>示公网安备 99000002000001号</p>"_qs << QString();
        QTest::addRow("公安机关备案号 is no ICP") << u"<p>公安机关备案号：99000002000001</p>"_qs << QString();
        QTest::addRow("lookup link text is no number") << u"<p><a href=\"/\">ICP备案查询</a></p>"_qs << QString();
        QTest::addRow("in an html comment") << u"<!--<p>示ICP备19000001号</p>-->"_qs << QString();
        QTest::addRow("in a jsp comment") << u"<%--<p>示ICP备19000001号</p>--%>"_qs << QString();
        QTest::addRow("in a freemarker comment") << u"<#--<p>示ICP备19000001号</p>-->"_qs << QString();
    }
    void icp()
    {
        QFETCH(QString, footer);
        QFETCH(QString, expected);
        QCOMPARE(icpOf(page(footer)), expected);
    }

    // ------------------------------------------------------------------ 公安 filing numbers
    void publicSecurity_data()
    {
        QTest::addColumn<QString>("footer");
        QTest::addColumn<QString>("expected");
        QTest::addRow("公网安备") << u"<p>示公网安备 99000002000001号</p>"_qs << u"示公网安备 99000002000001号"_qs;
        QTest::addRow("公安备") << u"<p>示公安备99000002000001号</p>"_qs << u"示公安备99000002000001号"_qs;
        QTest::addRow("公网安 without 备") << u"<p>示公网安 99000002000001号</p>"_qs << u"示公网安 99000002000001号"_qs;
        QTest::addRow("公安机关备案号") << u"<p>公安机关备案号：99000002000001</p>"_qs
                                        << u"公安机关备案号：99000002000001"_qs;
    }
    void publicSecurity()
    {
        QFETCH(QString, footer);
        QFETCH(QString, expected);
        QCOMPARE(policeOf(page(footer)), expected);
    }

    void publicSecurityBesideIcp()
    {
        // both on one line: each read as what it is
        const QString html = page(u"<p>示公安备99000002000001号　示ICP备19000001号－1</p>"_qs);
        QCOMPARE(icpOf(html), u"示ICP备19000001号－1"_qs);
        QCOMPARE(policeOf(html), u"示公安备99000002000001号"_qs);
        // a 公安 number with a 备案号 label is not read as an ICP number
        QCOMPARE(icpOf(page(u"<p>示公网安备案号：99000002000001号</p>"_qs)), QString());
    }

    // ------------------------------------------------------------------ the CONAC badge
    void badge_data()
    {
        QTest::addColumn<QString>("footer");
        QTest::addColumn<bool>("present");
        QTest::addColumn<BadgeColour>("colour");
        const QString link = u"https://bszs.conac.cn/sitename?method=show&id="_qs + VerifyId;
        QTest::addRow("document.write embed code")
            << u"<script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E"
               "%3Cscript src='https://dcs.conac.cn/js/99/000/0000/99000000/CA990000000990000001.js' "
               "type='text/javascript'%3E%3C/script%3E\"));</script>"_qs
            << true << BadgeColour::Unknown;
        QTest::addRow("expanded span#_ideConac")
            << u"<span id=\"_ideConac\"><a href=\"%1\" target=\"_blank\"><img id=\"imgConac\" vspace=\"0\" "
               "hspace=\"0\" border=\"0\" src=\"https://dcs.conac.cn/image/red.png\"></a></span>"_qs.arg(link)
            << true << BadgeColour::Red;
        QTest::addRow("bare link, own image")
            << u"<a href=\"http://bszs.conac.cn/\" target=\"_blank\"><img src=\"/images/dzjg.png\"></a>"_qs << true
            << BadgeColour::Unknown;
        QTest::addRow("class _ideConac, dynamic script")
            << u"<span class=\"_ideConac\"></span><script type=\"text/javascript\" "
               "src=\"https://dcs.conac.cn/js/99/000/0000/99000000/CA990000000990000001.js\"></script>"_qs
            << true << BadgeColour::Unknown;
        QTest::addRow("class _ideConac, expanded")
            << u"<span class=\"badge _ideConac\"><a href=\"%1\"><img src=\"//dcs.conac.cn/image/blue.png\"></a>"
               "</span>"_qs.arg(link)
            << true << BadgeColour::Blue;
        QTest::addRow("biaozhi.conac.cn image")
            << u"<a href=\"%1\"><img src=\"https://biaozhi.conac.cn/image/red.png\"></a>"_qs.arg(link) << true
            << BadgeColour::Red;
        QTest::addRow("biaozhi.conac.cn image, no link")
            << u"<img src=\"https://biaozhi.conac.cn/image/blue.png\">"_qs << true << BadgeColour::Blue;
        QTest::addRow("biaozhi.conac.cn script")
            << u"<span id=\"_ideConac\"></span><script src=\"https://biaozhi.conac.cn/js/99/000/0000/99000000/"
               "CA990000000990000001.js\"></script>"_qs
            << true << BadgeColour::Unknown;
        QTest::addRow("red_error.png")
            << u"<a href=\"%1\"><img src=\"https://dcs.conac.cn/image/red_error.png\"></a>"_qs.arg(link) << true
            << BadgeColour::Red;
        QTest::addRow("in an html comment")
            << u"<!-- <span id=\"_ideConac\"><a href=\"%1\"><img src=\"https://dcs.conac.cn/image/red.png\"></a>"
               "</span> -->"_qs.arg(link)
            << false << BadgeColour::None;
        QTest::addRow("in a conditional comment")
            << u"<!--[if lt IE 9]><a href=\"%1\"><img src=\"https://dcs.conac.cn/image/red.png\"></a><![endif]-->"_qs
                   .arg(link)
            << false << BadgeColour::None;
        QTest::addRow("in a jsp comment")
            << u"<%-- <a href=\"%1\"><img src=\"https://dcs.conac.cn/image/red.png\"></a> --%>"_qs.arg(link) << false
            << BadgeColour::None;
        QTest::addRow("embed code in a comment")
            << u"<!--<script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' %3E%3C/span%3E"
               "%3Cscript src='https://dcs.conac.cn/js/99/000/0000/99000000/CA990000000990000001.js' "
               "type='text/javascript'%3E%3C/script%3E\"));</script>-->"_qs
            << false << BadgeColour::None;
        // markup a script writes through a variable is not evaluated, but its string still counts:
        // a badge the reader may well see is not reported missing
        QTest::addRow("badge written through a variable")
            << u"<script>var b = '<a href=\"%1\"><img src=\"https://dcs.conac.cn/image/red.png\"></a>';"
               "\ndocument.write(b);</script>"_qs.arg(link)
            << true << BadgeColour::Red;
        QTest::addRow("other conac pages are no badge")
            << u"<a href=\"https://www.conac.cn/\">中国机构编制网</a><a href=\"https://bszs.conac.cn.example.net/\">x"
               "</a>"_qs
            << false << BadgeColour::None;
    }
    void badge()
    {
        QFETCH(QString, footer);
        QFETCH(bool, present);
        QFETCH(BadgeColour, colour);
        const BadgeFacts b = badgeOf(page(footer));
        QCOMPARE(b.present, present);
        QCOMPARE(b.colour, colour);
        // the counterfeit family's "is there a badge" agrees with the identifier family's reading
        QCOMPARE(Sdk::ConacMarkers::find(page(footer)).present, present);
    }

    // ------------------------------------------------------------------ footers written by script
    void footerFromExternalScript()
    {
        // many portals write their whole footer from a shared footer.js with document.writeln
        const QString html = page(u"<script type=\"text/javascript\" src=\"/js/footer.js\"></script>"_qs);
        const QString js =
            u"document.writeln(\"<div class='foot'>\");\n"
            "document.writeln(\"<p>主办单位：示例省测试厅　<span>网站标识码：9900000001</span></p>\");\n"
            "document.writeln('<p><a href=\"https://beian.miit.gov.cn/\">示ICP备19000001号－1</a>　'+"
            "'示公网安备 99000002000001号</p>');\n"
            "document.writeln(\"<span id='_ideConac'><a href='https://bszs.conac.cn/sitename?method=show&id="_qs +
            VerifyId +
            u"'>\" + \"<img src='https://dcs.conac.cn/image/red.png'></a></span>\");\n"
            "document.writeln(\"</div>\");\n"_qs;
        const SiteCodes codes = codesOf(html, js);
        QCOMPARE(codes.footer, u"9900000001"_qs);
        QCOMPARE(PageMarks::siteCodeProblem(codes, Region), QString());
        QCOMPARE(icpOf(html, js), u"示ICP备19000001号－1"_qs);
        const BadgeFacts b = badgeOf(html, js);
        QVERIFY(b.present);
        QCOMPARE(b.colour, BadgeColour::Red);
        QCOMPARE(b.verifyId, VerifyId);
        // the external script's sources are the page's: the family fetches /js/footer.js
        QVERIFY(Sdk::ConacMarkers::scripts(html).sources.contains(u"/js/footer.js"_qs));
        // without the script's output, nothing of it is on the page
        QVERIFY(codesOf(html).footer.isEmpty());
        QVERIFY(icpOf(html).isEmpty());
        QVERIFY(!badgeOf(html).present);
    }

    void writtenByEvaluatesWhatFootersUse()
    {
        using Sdk::ConacMarkers::writtenBy;
        QCOMPARE(writtenBy(u"document.write('a' + \"b\"); document.writeln(`c`);"_qs), u"ab"_qs + u"c\n"_qs);
        QCOMPARE(writtenBy(u"document.write(unescape('%u7F51%u7AD9%3Cp%3E'))"_qs), u"网站<p>"_qs);
        QCOMPARE(writtenBy(u"document.write(decodeURIComponent('%E7%BD%91'))"_qs), u"网"_qs);
        QCOMPARE(writtenBy(u"document.write('\\u7f51\\x41')"_qs), u"网A"_qs);
        // an unknown variable writes nothing known; the literal beside it still counts
        QCOMPARE(writtenBy(u"document.write(year + '年')"_qs), u"年"_qs);
        QCOMPARE(writtenBy(u"/* document.write('x') */ var s = 'document.write(1)';"_qs), QString());
    }

    void commentsOfEveryEngineRemoved()
    {
        using Sdk::ConacMarkers::withoutComments;
        QCOMPARE(withoutComments(u"a<!-- x -->b<%-- y --%>c<#-- z -->d{{!-- w --}}e{# v #}f{* u *}g"_qs),
                 u"abcdefg"_qs);
        QCOMPARE(withoutComments(u"a<!-- never closed 网站标识码：9900000001"_qs), u"a"_qs);
        // a "<!--" inside a script is JavaScript's, not a comment of the page
        QCOMPARE(withoutComments(u"<script><!--\ndocument.write('x');\n//--></script>"_qs),
                 u"<script><!--\ndocument.write('x');\n//--></script>"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFooterForms)
#include "tst_footerforms.moc"
