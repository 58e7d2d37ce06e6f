// The rules of the links family without a network: anchors, sorting links by owner and notice,
// blocklists and keyword lists, and what an HTTP answer says about a link.
#include "blocklist.h"
#include "keywordlists.h"
#include "linkinventory.h"
#include "linkprobe.h"
#include "maliciouslink.h"
#include "pageanchors.h"

#include <QTest>

Q_DECLARE_METATYPE(Govscope::Sdk::HttpResult)

using namespace Govscope;
using namespace Govscope::Links;

namespace {

Sdk::CrawledDocument page(const QString &url, const QString &body, const QString &text = {})
{
    Sdk::CrawledDocument d;
    d.url = QUrl(url);
    d.status = 200;
    d.isHtml = true;
    d.html = u"<html><body>"_qs + body + u"</body></html>"_qs;
    d.text = text;
    return d;
}

bool ownedBySite(const QString &host)
{
    return host == u"www.own.gov.cn"_qs || host == u"news.own.gov.cn"_qs;
}

Sdk::HttpResult answer(int status)
{
    Sdk::HttpHop hop;
    hop.url = QUrl(u"https://x.example/"_qs);
    hop.method = "HEAD";
    hop.status = status;
    return Sdk::HttpResult{{hop}, {}};
}

Sdk::HttpResult failure(QNetworkReply::NetworkError error, bool timedOut = false)
{
    Sdk::HttpHop hop;
    hop.url = QUrl(u"https://x.example/"_qs);
    hop.networkError = error;
    hop.error = u"failed"_qs;
    hop.timedOut = timedOut;
    return Sdk::HttpResult{{hop}, {}};
}

} // namespace

class TestLinksRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anchorsKeepOnclickAndTarget()
    {
        const auto anchors = Sdk::PageAnchors::parse(
            u"<p><a href=' /a.html ' target=_blank>A <b>bold</b></a><a name=x>no href</a>"
            "<a href=\"https://o.example/\" onclick=\"return confirm('您即将离开本站')\">O</a></p>"_qs);
        QCOMPARE(anchors.size(), 2);
        QCOMPARE(anchors.at(0).href, u"/a.html"_qs);
        QCOMPARE(anchors.at(0).text, u"A bold"_qs);
        QCOMPARE(anchors.at(0).target, u"_blank"_qs);
        QVERIFY(anchors.at(1).onclick.contains(u"confirm"_qs));
    }

    void sortsLinksByOwnerAndNotice()
    {
        const QList<Sdk::CrawledDocument> docs{
            page(u"https://www.own.gov.cn/"_qs,
                 u"<a href='/zwgk/'>公开</a><a href='/old.html'>旧</a><a href='https://other.example/x#top'>直接</a>"
                 "<a href='https://confirm.example/' onclick=\"return confirm('确定访问外部网站?')\">确认</a>"
                 "<a href='/exit/1.html'>经提示</a><a href='https://bszs.conac.cn/sitename?id=1'>badge</a>"
                 "<a href='https://beian.miit.gov.cn/'>ICP</a><a href='mailto:a@own.gov.cn'>mail</a>"
                 "<a href='http://news.own.gov.cn/list.html'>news</a>"_qs),
            page(u"https://www.own.gov.cn/zwgk/"_qs, u"<a href='/'>首页</a>"_qs),
            page(u"https://www.own.gov.cn/exit/1.html"_qs, u"<a href='https://noticed.example/'>继续访问</a>"_qs,
                 u"您即将离开本网站"_qs),
        };
        const LinkInventory inv = LinkInventory::collect(docs, ownedBySite);
        QStringList external;
        for (const FoundLink &l : inv.external)
            external << l.url.toString();
        QCOMPARE(external, (QStringList{u"https://other.example/x"_qs, u"https://confirm.example/"_qs,
                                        u"https://noticed.example/"_qs}));
        QCOMPARE(inv.unnoticed().size(), 1);
        QCOMPARE(inv.unnoticed().first().url.host(), u"other.example"_qs);
        QCOMPARE(inv.unnoticed().first().page, QUrl(u"https://www.own.gov.cn/"_qs));
        // crawled pages (/, /zwgk/, /exit/1.html) are known good; the rest is checked
        QStringList internal;
        for (const FoundLink &l : inv.internal)
            internal << l.url.toString();
        QCOMPARE(internal,
                 (QStringList{u"https://www.own.gov.cn/old.html"_qs, u"http://news.own.gov.cn/list.html"_qs}));
        QCOMPARE(inv.internalTotal, 5);
    }

    void directLinkAnywhereIsUnnoticed()
    {
        // the same target behind a notice on one page and direct on another still lacks a notice
        const QList<Sdk::CrawledDocument> docs{
            page(u"https://www.own.gov.cn/exit/1.html"_qs, u"<a href='https://t.example/'>继续</a>"_qs, u"即将访问"_qs),
            page(u"https://www.own.gov.cn/a.html"_qs, u"<a href='https://t.example/'>直接</a>"_qs),
        };
        const LinkInventory inv = LinkInventory::collect(docs, ownedBySite);
        QCOMPARE(inv.external.size(), 1);
        QCOMPARE(inv.unnoticed().size(), 1);
        QCOMPARE(inv.unnoticed().first().page.path(), u"/a.html"_qs);
    }

    void noticeWording()
    {
        QVERIFY(LinkInventory::isNoticePage(u"您即将离开本网站，请注意账号安全"_qs));
        QVERIFY(LinkInventory::isNoticePage(u"You are leaving this website"_qs));
        QVERIFY(!LinkInventory::isNoticePage(u"要闻动态 通知公告 友情链接"_qs));
        QVERIFY(LinkInventory::isNoticeScript(u"return confirm('go?')"_qs));
        QVERIFY(!LinkInventory::isNoticeScript(u"track(this)"_qs));
        QVERIFY(LinkInventory::hasNoticeHandler(
            u"<a href='https://x.example/'>x</a><script>$('a[target=_blank]').click(function(){return "
            "confirm('您即将离开本站，是否继续？');});</script>"_qs));
        QVERIFY(!LinkInventory::hasNoticeHandler(u"<script>if (!confirm('确定提交？')) return;</script>"_qs));
        QVERIFY(LinkInventory::isNationalService(u"dcs.conac.cn"_qs));
        QVERIFY(!LinkInventory::isNationalService(u"conac.cn.evil.example"_qs));
    }

    void noticeWordingForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("notice");
        QTest::addRow("您即将离开本站") << u"您即将离开本站，是否继续？"_qs << true;
        QTest::addRow("您访问的链接即将离开") << u"您访问的链接即将离开“示例省人民政府”网站"_qs << true;
        QTest::addRow("离开本网站") << u"点击确定将离开本网站"_qs << true;
        QTest::addRow("跳转到第三方网站") << u"即将跳转到第三方网站，请注意信息安全"_qs << true;
        QTest::addRow("进入第三方网站") << u"您将进入第三方网站，其内容与本站无关"_qs << true;
        QTest::addRow("访问其他网站") << u"您将访问其他网站"_qs << true;
        QTest::addRow("非本网站链接") << u"该链接为非本网站链接"_qs << true;
        QTest::addRow("链接到非本站") << u"此链接到非本站页面"_qs << true;
        QTest::addRow("不属于本网站") << u"所访问页面不属于本网站"_qs << true;
        QTest::addRow("jump page countdown") << u"页面将在3秒后自动跳转"_qs << true;
        QTest::addRow("外部链接提示") << u"外部链接提示"_qs << true;
        QTest::addRow("English") << u"You are about to leave this website"_qs << true;
        QTest::addRow("English third party") << u"This link opens a third-party website"_qs << true;
        QTest::addRow("link list heading") << u"要闻动态 通知公告 友情链接"_qs << false;
        QTest::addRow("third-party payment") << u"支持第三方支付平台缴费"_qs << false;
        QTest::addRow("own content") << u"本网站所有内容版权所有"_qs << false;
        QTest::addRow("leaving office") << u"离开工作岗位前请关闭电脑"_qs << false;
        QTest::addRow("heading only") << u"外部链接"_qs << false;
    }

    void noticeWordingForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, notice);
        QCOMPARE(LinkInventory::isNoticePage(text), notice);
        // the same wording as \\uXXXX escapes in a script
        QString escaped;
        for (const QChar c : text)
            escaped += c.unicode() < 0x80 ? QString(c) : u"\\u%1"_qs.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        QCOMPARE(LinkInventory::isNoticeCode(u"layer.msg('"_qs + escaped + u"');"_qs), notice);
    }

    void noticeForms_data()
    {
        QTest::addColumn<QString>("pageUrl");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("noticed");
        const QString direct = u"<a href='https://t.example/'>外站</a>"_qs;
        QTest::addRow("direct link") << u"https://www.own.gov.cn/"_qs << direct << QString() << false;
        QTest::addRow("onclick confirm")
            << u"https://www.own.gov.cn/"_qs
            << u"<a href='https://t.example/' onclick=\"return confirm('您即将离开本站')\">外站</a>"_qs << QString()
            << true;
        QTest::addRow("onclick alert")
            << u"https://www.own.gov.cn/"_qs
            << u"<a href='https://t.example/' onclick=\"alert('即将跳转到第三方网站')\">外站</a>"_qs << QString()
            << true;
        QTest::addRow("onclick named handler, wording in the page script")
            << u"https://www.own.gov.cn/"_qs
            << u"<a href='https://t.example/' onclick='return leave(this)'>外站</a><script>function leave(a){"
               "return window.confirm(\"您访问的链接即将离开本网站\");}</script>"_qs
            << QString() << true;
        QTest::addRow("page handler with escapes")
            << u"https://www.own.gov.cn/"_qs
            << direct + u"<script>$('a[href^=http]').on('click',function(e){e.preventDefault();layer.confirm("
                        "'\\u60a8\\u5373\\u5c06\\u79bb\\u5f00\\u672c\\u7ad9');});</script>"_qs
            << QString() << true;
        QTest::addRow("modal in the markup")
            << u"https://www.own.gov.cn/"_qs
            << direct + u"<div class='modal' id='leave' style='display:none'><p>您即将离开本网站</p>"
                        "<button>继续访问</button><button>取消</button></div>"_qs
            << u"外站 您即将离开本网站 继续访问 取消"_qs << true;
        QTest::addRow("wording in a data attribute")
            << u"https://www.own.gov.cn/"_qs
            << u"<a href='https://t.example/' class='out' data-confirm='您将进入第三方网站'>外站</a>"_qs << QString()
            << true;
        QTest::addRow("jump page on the org's host, no wording")
            << u"https://www.own.gov.cn/exit?url=https%3A%2F%2Ft.example%2F"_qs
            << u"<a href='https://t.example/'>继续</a>"_qs << u"继续"_qs << true;
        QTest::addRow("jump page names another target")
            << u"https://www.own.gov.cn/exit?url=https%3A%2F%2Fother.example%2F"_qs
            << u"<a href='https://t.example/'>继续</a>"_qs << u"继续"_qs << false;
        QTest::addRow("query on a stranger's page proves nothing")
            << u"https://elsewhere.example/go?url=https%3A%2F%2Ft.example%2F"_qs
            << u"<a href='https://t.example/'>继续</a>"_qs << QString() << false;
        QTest::addRow("confirm of a form, no wording")
            << u"https://www.own.gov.cn/"_qs
            << direct + u"<script>function sub(){return confirm('确定提交？');}</script>"_qs << QString() << false;
        QTest::addRow("news text about third-party payment")
            << u"https://www.own.gov.cn/"_qs << direct << u"支持第三方支付平台缴费"_qs << false;
    }

    void noticeForms()
    {
        QFETCH(QString, pageUrl);
        QFETCH(QString, body);
        QFETCH(QString, text);
        QFETCH(bool, noticed);
        const LinkInventory inv = LinkInventory::collect({page(pageUrl, body, text)}, ownedBySite);
        QCOMPARE(inv.external.size(), 1);
        QCOMPARE(inv.unnoticed().isEmpty(), noticed);
    }

    void jumpThroughOwnHostIsNotDirect()
    {
        // /go?url=… on the org's host is the intermediate redirect page: the link is the site's own
        const LinkInventory inv = LinkInventory::collect(
            {page(u"https://www.own.gov.cn/"_qs, u"<a href='/go?url=https%3A%2F%2Ft.example%2F'>外站</a>"_qs)},
            ownedBySite);
        QVERIFY(inv.external.isEmpty());
        QVERIFY(inv.unnoticed().isEmpty());
        QCOMPARE(inv.internal.size(), 1);
    }

    void noticeHandlerInOwnScriptFile()
    {
        // the handler lives in the site's common script: the pages that load it give notice
        const Sdk::CrawledDocument home =
            page(u"https://www.own.gov.cn/"_qs,
                 u"<script src='/js/common.js?v=2'></script><a href='https://t.example/'>外站</a>"_qs);
        const QList<QUrl> scripts = LinkInventory::scriptSources(home);
        QCOMPARE(scripts, (QList<QUrl>{QUrl(u"https://www.own.gov.cn/js/common.js?v=2"_qs)}));
        QVERIFY(LinkInventory::isNoticeCode(u"$(document).on('click','a[target=_blank]',function(){return "
                                            "confirm('您访问的链接即将离开本网站');});"_qs));
        QVERIFY(!LinkInventory::isNoticeCode(u"$(function(){ $('.nav').slide(); });"_qs));
        QCOMPARE(LinkInventory::collect({home}, ownedBySite).unnoticed().size(), 1);
        const QSet<QString> withNotice{LinkInventory::key(scripts.first())};
        QVERIFY(LinkInventory::collect({home}, ownedBySite, withNotice).unnoticed().isEmpty());
        const QSet<QString> otherScript{LinkInventory::key(QUrl(u"https://www.own.gov.cn/js/other.js"_qs))};
        QCOMPARE(LinkInventory::collect({home}, ownedBySite, otherScript).unnoticed().size(), 1);
    }

    void blocklistFormats()
    {
        Sdk::Blocklist list;
        const Status text = list.addText("# comment\nbad.example\n0.0.0.0 sink.example other.example # tail\n"
                                         "127.0.0.1 localhost\nhttps://host.example/path/x.exe\n*.wild.example\n",
                                         u"blocklists/t.txt"_qs);
        QVERIFY2(text, qPrintable(text.errorMessage()));
        QVERIFY(list.addUrlhausCsv("# id,dateadded,url,url_status\n\"1\",\"2024-01-01\",\"http://u.example/a.sh\","
                                   "\"online\"\n",
                                   u"blocklists/urlhaus.csv"_qs));
        QCOMPARE(list.match(QUrl(u"https://www.bad.example/page"_qs))->entry, u"bad.example"_qs);
        QCOMPARE(list.match(QUrl(u"http://sink.example/"_qs))->source, u"blocklists/t.txt line 3"_qs);
        QVERIFY(list.match(QUrl(u"http://other.example/"_qs)));
        QVERIFY(list.match(QUrl(u"http://host.example/path/x.exe"_qs))); // listed URL, either scheme
        QVERIFY(!list.match(QUrl(u"http://host.example/other"_qs)));     // only that URL
        QVERIFY(list.match(QUrl(u"https://a.wild.example/"_qs)));
        QVERIFY(list.match(QUrl(u"https://u.example/a.sh"_qs)));
        QVERIFY(!list.match(QUrl(u"https://notbad.example/"_qs)));
        QVERIFY(!list.match(QUrl(u"http://localhost/"_qs)));
    }

    void blocklistErrorsNameTheLine()
    {
        Sdk::Blocklist list;
        const Status bad = list.addText("ok.example\nnot a hosts line\n", u"blocklists/x.txt"_qs);
        QVERIFY(!bad);
        QVERIFY2(bad.errorMessage().contains(u"blocklists/x.txt line 2"_qs), qPrintable(bad.errorMessage()));
        const Status csv = list.addUrlhausCsv("\"1\",\"2024\",\"not a url\"\n", u"blocklists/u.csv"_qs);
        QVERIFY(!csv);
        QVERIFY2(csv.errorMessage().contains(u"blocklists/u.csv line 1"_qs), qPrintable(csv.errorMessage()));
    }

    void maliciousContentNeedsSeveralTerms()
    {
        Sdk::KeywordLists keywords;
        QVERIFY(keywords.add(u"gambling"_qs, "博彩\n百家乐\n彩金\n六合彩\n", u"keywords/gambling.txt"_qs));
        QVERIFY(keywords.add(u"fraud"_qs, "刷单返利\n安全账户\n冻结资金\n", u"keywords/fraud.txt"_qs));
        QVERIFY(!keywords.add(u"empty"_qs, "# nothing\n", u"keywords/empty.txt"_qs));
        const Sdk::Blocklist none;
        const QUrl url(u"https://casino.example/"_qs);
        const MaliciousVerdict gambling =
            MaliciousLink::judge(none, keywords, url, url, u"澳门博彩娱乐城 百家乐 注册送彩金 六合彩"_qs);
        QVERIFY(gambling.fired());
        QCOMPARE(gambling.content.first().contentClass, u"gambling"_qs);
        QCOMPARE(gambling.content.first().terms.size(), 4);
        QVERIFY2(gambling.details().contains(u"百家乐"_qs), qPrintable(gambling.details()));
        // a government notice warning about fraud names one or two terms: not fraud content
        const MaliciousVerdict notice =
            MaliciousLink::judge(none, keywords, url, url, u"警惕“安全账户”骗局，公安机关不会要求转账到安全账户"_qs);
        QVERIFY(!notice.fired());
        // a link that redirects onto a listed host is listed
        Sdk::Blocklist list;
        QVERIFY(list.addText("bad.example\n", u"blocklists/t.txt"_qs));
        QVERIFY(MaliciousLink::judge(list, keywords, url, QUrl(u"https://bad.example/landing"_qs), {}).fired());
    }

    void httpVerdicts_data()
    {
        QTest::addColumn<Sdk::HttpResult>("result");
        QTest::addColumn<int>("verdict");
        QTest::addRow("200") << answer(200) << int(LinkStatus::Alive);
        QTest::addRow("301 then 200 is judged on the last hop") << answer(204) << int(LinkStatus::Alive);
        QTest::addRow("404") << answer(404) << int(LinkStatus::Dead);
        QTest::addRow("410") << answer(410) << int(LinkStatus::Dead);
        QTest::addRow("503") << answer(503) << int(LinkStatus::Dead);
        QTest::addRow("refused") << failure(QNetworkReply::ConnectionRefusedError) << int(LinkStatus::Dead);
        QTest::addRow("timeout") << failure(QNetworkReply::OperationCanceledError, true) << int(LinkStatus::Dead);
        QTest::addRow("host not found: DNS decides")
            << failure(QNetworkReply::HostNotFoundError) << int(LinkStatus::Unknown);
        QTest::addRow("proxy trouble") << failure(QNetworkReply::ProxyConnectionRefusedError)
                                       << int(LinkStatus::Unknown);
    }
    void httpVerdicts()
    {
        QFETCH(Sdk::HttpResult, result);
        QFETCH(int, verdict);
        const LinkStatus s = LinkProbe::judge(result);
        QCOMPARE(int(s.verdict), verdict);
        QVERIFY(!s.reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLinksRules)
#include "tst_linksrules.moc"
