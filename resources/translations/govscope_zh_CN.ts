<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/application.cpp" line="+34"/>
        <source>Govscope</source>
        <translation>政务应用监测工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build&apos;s check families are inconsistent; rebuild it from a clean tree.</source>
        <translation>本程序的检查类别插件与检查目录不一致，请从干净的源码树重新构建。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+20"/>
        <source>import a list into CASE (created if missing); re-import updates rows by id</source>
        <translation>将名单导入 CASE（不存在时新建）；重复导入按 id 更新已有行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the organisations with their assets</source>
        <translation>列出各单位及其资产</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print findings (titles and evidence in the locale&apos;s language, or --lang)</source>
        <translation>列出问题（标题与证据使用系统语言，或由 --lang 指定）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run the checks (all families by default); Ctrl-C stops, the same command again resumes</source>
        <translation>执行检查（默认全部检查类别）；Ctrl-C 中止，再次执行同一命令即从断点继续</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge cases of the same organisation list (shards of one scan) into OUT, created if missing; OUT is replaced only when every input merged</source>
        <translation>将同一单位名单的多个案卷（同一次扫描的各分片）合并到 OUT（不存在时新建）；仅当全部输入均合并成功时才替换 OUT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the report bundle (PDF, HTML, findings.json, evidence, manifest), signed when a key is given; --new-key/--new-cert/--subject create a signing identity</source>
        <translation>生成报告包（PDF、HTML、findings.json、证据、清单），提供密钥时进行签名；--new-key/--new-cert/--subject 用于创建签名身份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check a bundle&apos;s files against its manifest and its signature; exit 0 only if all is intact</source>
        <translation>根据清单和签名校验报告包中的文件；仅当全部完好时退出码为 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate and install feed files into the user&apos;s data directory; list the feeds in force</source>
        <translation>校验数据源文件并安装到用户数据目录；列出当前生效的数据源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>match the stored fingerprints against the feeds in force, without network; print what it adds (+) or closes (-)</source>
        <translation>不联网，将已存储的指纹与当前生效的数据源重新匹配；输出新增（+）或关闭（-）的问题</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks the internet applications of government bodies and public institutions against
the 2024 《互联网政务应用安全管理规定》.</source>
        <translation>依据 2024 年《互联网政务应用安全管理规定》，
检查党政机关和事业单位的互联网政务应用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the workbench (on CASE)</source>
        <translation>打开工作台（并打开 CASE）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit status: 0 success (a scan that found problems succeeded), 1 the work failed, 2 usage error.</source>
        <translation>退出码：0 成功（发现问题的扫描也算成功），1 执行失败，2 用法错误。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>govscope: this build&apos;s check families are inconsistent; rebuild it from a clean tree:
</source>
        <translation>govscope：本程序的检查类别插件与检查目录不一致，请从干净的源码树重新构建：
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>govscope: unknown command or option &apos;%1&apos;.</source>
        <translation>govscope：未知的命令或选项“%1”。</translation>
    </message>
</context>
<context>
    <name>FamilyMetadata</name>
    <message>
        <location filename="../../plugins/sdk/familymetadata.cpp" line="+35"/>
        <source>family plugin %1: its metadata file has no &quot;%2&quot;</source>
        <translation>检查类别插件 %1：其元数据文件缺少“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>family plugin %1: its metadata file lists no &quot;checks&quot; or an empty check id</source>
        <translation>检查类别插件 %1：其元数据文件未列出“checks”，或含有空的检查项 id</translation>
    </message>
</context>
<context>
    <name>FamilyRegistry</name>
    <message>
        <location filename="../../app/engine/familyregistry.cpp" line="+81"/>
        <source>family &quot;%1&quot; is declared by two plugins (%2 is one)</source>
        <translation>检查类别“%1”由两个插件声明（其一为 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>family plugin %1 declares the id &quot;%2&quot;, which the catalogue (resources/checks/catalogue.json) has no family of</source>
        <translation>检查类别插件 %1 声明的 id“%2”在检查目录（resources/checks/catalogue.json）中没有对应的类别</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>family &quot;%1&quot;: its metadata file does not list the catalogue&apos;s checks %2</source>
        <translation>检查类别“%1”：其元数据文件未列出检查目录中的检查项 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>family &quot;%1&quot;: its metadata file lists checks the catalogue does not have: %2</source>
        <translation>检查类别“%1”：其元数据文件列出了检查目录中没有的检查项：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>family &quot;%1&quot;: its metadata file lists a check twice</source>
        <translation>检查类别“%1”：其元数据文件重复列出了某一检查项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the catalogue&apos;s family &quot;%1&quot; is not linked into this build: add its folder under plugins/</source>
        <translation>检查目录中的类别“%1”未链接进本程序：请在 plugins/ 下添加其文件夹</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../models/core/findingtext.cpp" line="+32"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../plugins/cloud/cloudfamily.cpp" line="+50"/>
        <source>{host} is hosted outside mainland China: {addresses}</source>
        <translation>{host} 托管于中国大陆境外：{addresses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RIR delegation and cloud-region records of {addresses}</source>
        <translation>{addresses} 的 RIR 分配记录与云区域记录</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{platform} ({provider}): assessment expired {date}</source>
        <translation>{platform}（{provider}）：安全评估已于 {date} 过期</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{host} is hosted on a cloud platform without a valid security assessment: {platforms}</source>
        <translation>{host} 部署在未通过有效安全评估的云平台上：{platforms}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud ranges and assessments matched for {host} (as of {date})</source>
        <translation>{host} 匹配到的云平台地址段与安全评估（截至 {date}）</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/datasecfamily.cpp" line="+41"/>
        <source>{service} on {target} answers without authentication ({detail})</source>
        <translation>{target} 上的 {service} 无需认证即可访问（{detail}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{service} {target}: {detail}</source>
        <translation>{service} {target}：{detail}</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/sitechecks.cpp" line="+47"/>
        <source>GET http://{host}/ → HTTP {status}, final URL {url}</source>
        <translation>GET http://{host}/ → HTTP {status}，最终地址 {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET https://{host}/: {result}</source>
        <translation>GET https://{host}/：{result}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>有响应</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HTTPS responses of {host} carry no Strict-Transport-Security</source>
        <translation>{host} 的 HTTPS 响应未携带 Strict-Transport-Security（HSTS）头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET https://{host}/ → HTTP {status} without Strict-Transport-Security</source>
        <translation>GET https://{host}/ → HTTP {status}，未携带 Strict-Transport-Security</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>certificate expired {date}</source>
        <translation>证书已于 {date} 过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate not valid before {date}</source>
        <translation>证书在 {date} 之前无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate is for {names}, not {host}</source>
        <translation>证书签发给 {names}，而非 {host}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate not trusted ({error})</source>
        <translation>证书不受信任（{error}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{protocol} accepted</source>
        <translation>接受 {protocol}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS of {host}: {problems}</source>
        <translation>{host} 的 TLS 存在问题：{problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>GET {url} → HTTP 200: {why}</source>
        <translation>GET {url} → HTTP 200：{why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} serves {files}</source>
        <translation>{host} 对外暴露敏感文件：{files}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{host} publishes unmasked personal data: {ids} ID, {mobiles} mobile and {cards} bank card numbers in {documents} documents</source>
        <translation>{host} 公开了未脱敏的个人信息：{documents} 个文档中含身份证号 {ids} 个、手机号 {mobiles} 个、银行卡号 {cards} 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masked matches in {urls}; {scope}</source>
        <translation>命中内容（已脱敏）位于 {urls}；{scope}</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/transport.cpp" line="+20"/>
        <source>no HTTPS on {host} ({error}); the site is served over plain HTTP only</source>
        <translation>{host} 未提供 HTTPS（{error}），网站仅通过明文 HTTP 提供服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http://{host}/ answers HTTP {status} without redirecting to HTTPS</source>
        <translation>http://{host}/ 返回 HTTP {status}，未跳转至 HTTPS</translation>
    </message>
    <message>
        <location filename="../../plugins/domain/dnsrules.cpp" line="+31"/>
        <source>Dangling CNAME: {host} points to {target}, which does not exist</source>
        <translation>悬空 CNAME：{host} 指向不存在的 {target}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Website host {host} does not resolve: its CNAME target {target} does not exist (NXDOMAIN)</source>
        <translation>网站主机 {host} 无法解析：其 CNAME 目标 {target} 不存在（NXDOMAIN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website host {host} does not exist (NXDOMAIN)</source>
        <translation>网站主机 {host} 不存在（NXDOMAIN）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website host {host} has no A or AAAA record</source>
        <translation>网站主机 {host} 没有 A 或 AAAA 记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mail domain {domain} does not exist (NXDOMAIN)</source>
        <translation>邮件域名 {domain} 不存在（NXDOMAIN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail domain {domain} has neither MX nor A/AAAA records</source>
        <translation>邮件域名 {domain} 既无 MX 记录也无 A/AAAA 记录</translation>
    </message>
    <message>
        <location filename="../../plugins/domain/suffixrules.cpp" line="+31"/>
        <source>{what} of a {kind} body uses the government suffix: {name}</source>
        <translation>{kind} 类单位的{what}使用了政务域名后缀：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is under {suffix}, reserved for 党政机关; the org is {kind} ({kind_zh})</source>
        <translation>{name} 位于党政机关专用的 {suffix} 之下；该单位类型为 {kind}（{kind_zh}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not under .gov.cn or .政务</source>
        <translation>{name} 不在 .gov.cn 或 .政务 之下</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail domain</source>
        <translation>邮件域名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Government website outside .gov.cn/.政务: {host}</source>
        <translation>党政机关网站未使用 .gov.cn/.政务 域名：{host}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has public suffix &quot;{suffix}&quot;, not .gov.cn or .政务, which a 党政机关 must use</source>
        <translation>{host} 的公共后缀为“{suffix}”，而非党政机关必须使用的 .gov.cn 或 .政务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is under a government suffix</source>
        <translation>{host} 使用政务域名后缀</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Institution website outside .cn/.公益: {host}</source>
        <translation>事业单位网站未使用 .cn/.公益 域名：{host}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has public suffix &quot;{suffix}&quot;; a 事业单位 should use .cn (not .gov.cn) or .公益</source>
        <translation>{host} 的公共后缀为“{suffix}”；事业单位应使用 .cn（而非 .gov.cn）或 .公益</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is under .cn or .公益</source>
        <translation>{host} 位于 .cn 或 .公益 之下</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Websites spread over {count} registrable domains (one English and one Chinese allowed)</source>
        <translation>网站分散在 {count} 个可注册域名下（仅允许一个英文域名和一个中文域名）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English registrable domains: {english}; Chinese: {chinese}; {explanations}</source>
        <translation>英文可注册域名：{english}；中文：{chinese}；{explanations}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{explanations}</source>
        <translation>{explanations}</translation>
    </message>
    <message>
        <location filename="../../plugins/links/maliciouslink.cpp" line="+21"/>
        <source>listed as {entry} ({source})</source>
        <translation>被列为 {entry}（{source}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{class} content: {terms}</source>
        <translation>{class}类内容：{terms}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}</source>
        <translation>{parts}</translation>
    </message>
    <message>
        <location filename="../../plugins/links/sitelinks.cpp" line="+29"/>
        <source>Link &quot;{text}&quot; → {url} found on {page}</source>
        <translation>在 {page} 上发现链接“{text}”→ {url}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{url}: {reason}</source>
        <translation>{url}：{reason}</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{host} links to {count} other sites with no notice that the visitor is leaving</source>
        <translation>{host} 链接到 {count} 个外部网站，未提示访问者即将离开本站</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} external links without an interstitial page or confirm, e.g. {url}</source>
        <translation>{count} 个外部链接没有跳转提示页或确认框，例如 {url}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Dead link to {target}: {reason}</source>
        <translation>失效链接 {target}：{reason}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Link to {target}: {verdict}</source>
        <translation>链接指向 {target}：{verdict}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Broken link inside the site: {target} ({reason})</source>
        <translation>站内链接失效：{target}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/accountchecks.cpp" line="+77"/>
        <source>protocol transcripts: {verdicts}</source>
        <translation>协议交互记录：{verdicts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt log: {attempts}</source>
        <translation>尝试记录：{attempts}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>{host}: a session idle for {seconds} s is still usable: {channels}</source>
        <translation>{host}：会话空闲 {seconds} 秒后仍可使用：{channels}</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>{host}: account {user} has no login limit on {channels}</source>
        <translation>{host}：账号 {user} 在 {channels} 上没有登录失败次数限制</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/hostchecks.cpp" line="+225"/>
        <source>{host} accepts passwords without TLS: {ports}</source>
        <translation>{host} 接受未经 TLS 加密传输的密码：{ports}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>weak TLS: {problems}</source>
        <translation>TLS 配置薄弱：{problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid certificate: {problems}</source>
        <translation>证书无效：{problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also: {problems}</source>
        <translation>另有：{problems}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} has {problems}</source>
        <translation>{host} 存在问题：{problems}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{service} answered through {vantage}</source>
        <translation>{service} 经由 {vantage} 作出响应</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{host} reachable from the overseas vantage: {services}</source>
        <translation>{host} 可从境外探测点访问：{services}</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailfamily.cpp" line="+39"/>
        <source>{domain} can be spoofed: {problems}</source>
        <translation>{domain} 可被冒用发信：{problems}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SPF: {spf}; DMARC: {dmarc}</source>
        <translation>SPF：{spf}；DMARC：{dmarc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>webmail {url} asks for a password only ({detail})</source>
        <translation>网页邮箱 {url} 仅凭密码即可登录（{detail}）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/evidence.cpp" line="+42"/>
        <source>{summary} ({count} secrets masked)</source>
        <translation>{summary}（已脱敏 {count} 处机密信息）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation {id} {name}: kind {kind} ({kind_zh}), level {level} ({level_zh}), role {role} ({role_zh})</source>
        <translation>单位 {id} {name}：类型 {kind}（{kind_zh}），层级 {level}（{level_zh}），角色 {role}（{role_zh}）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DNS {chain}: {status} {addresses}</source>
        <translation>DNS 解析 {chain}：{status} {addresses}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS {name} {type}: {status} {values}</source>
        <translation>DNS 查询 {name} {type}：{status} {values}</translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/clientrules.cpp" line="+119"/>
        <source>{host} demands a particular browser or plug-in: {signs}</source>
        <translation>{host} 要求使用特定浏览器或插件：{signs}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{url} (page text and markup)</source>
        <translation>{url}（页面文字与源码）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home page with the mainstream User-Agent</source>
        <translation>使用主流浏览器 User-Agent 访问的首页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home page with an Internet Explorer User-Agent</source>
        <translation>使用 Internet Explorer User-Agent 访问的首页</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{host} offers login only through a third-party platform: {platforms}</source>
        <translation>{host} 仅提供第三方平台登录方式：{platforms}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url}: scan login only, no password, SMS or 统一身份认证 channel</source>
        <translation>{url}：仅支持扫码登录，无密码、短信或统一身份认证渠道</translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/componentchecks.cpp" line="+102"/>
        <source>{host} loads components with known high or critical vulnerabilities: {components}</source>
        <translation>{host} 加载了存在已知高危或严重漏洞的组件：{components}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>components and the feed entries they match</source>
        <translation>组件及其匹配的漏洞库条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home page that loads them</source>
        <translation>加载这些组件的首页</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{component} (cycle {cycle}, end of life {when})</source>
        <translation>{component}（版本周期 {cycle}，停止维护 {when}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} runs end-of-life components: {components}</source>
        <translation>{host} 使用已停止维护的组件：{components}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>components and their release cycles</source>
        <translation>组件及其版本周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home page the versions come from</source>
        <translation>版本信息所在的首页</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/exposedadmin.cpp" line="+99"/>
        <source>management interfaces of {host} answer without access control: {interfaces}</source>
        <translation>{host} 的管理界面无访问控制即可访问：{interfaces}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET {url} answered with the interface itself</source>
        <translation>GET {url} 直接返回了管理界面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a nonsense path, for comparison (soft-404 check)</source>
        <translation>用于对照的无意义路径（软 404 检查）</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/highriskports.cpp" line="+138"/>
        <source>{service} port {port} is open on {host}</source>
        <translation>{host} 开放了 {service} 端口 {port}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{service} port {port} is open on {host}: &quot;{banner}&quot;</source>
        <translation>{host} 开放了 {service} 端口 {port}：“{banner}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP connect to {target} ({address}) and what the service said</source>
        <translation>对 {target}（{address}）的 TCP 连接及服务返回的内容</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/knownvulns.cpp" line="+121"/>
        <source>{host} runs a version with known vulnerabilities: {versions}</source>
        <translation>{host} 运行的版本存在已知漏洞：{versions}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version match against the vulnerability feeds</source>
        <translation>与漏洞库的版本比对结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>home page of {host} (headers and markup the versions come from)</source>
        <translation>{host} 的首页（版本信息所在的响应头和页面源码）</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/redisauth.cpp" line="+63"/>
        <source>Redis on {target} accepts a listed default password ({password})</source>
        <translation>{target} 上的 Redis 接受常见默认密码（{password}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redis AUTH on {target} (password masked)</source>
        <translation>{target} 上的 Redis AUTH 交互（密码已脱敏）</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/wafprobe.cpp" line="+125"/>
        <source>{host} answers attack-shaped queries like a normal request (HTTP {status}): nothing filters them</source>
        <translation>{host} 对攻击特征请求的响应与正常请求相同（HTTP {status}）：未部署任何过滤防护</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers: {answers}</source>
        <translation>响应情况：{answers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline request</source>
        <translation>基准请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack-shaped request {query}</source>
        <translation>攻击特征请求 {query}</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/weakpassword.cpp" line="+95"/>
        <source>{target} accepts HTTP Basic user &quot;{user}&quot; with a listed default password ({password})</source>
        <translation>{target} 接受 HTTP Basic 用户“{user}”使用常见默认密码（{password}）登录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP Basic login accepted (password masked)</source>
        <translation>HTTP Basic 登录成功（密码已脱敏）</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>FTP on {target} accepts {login} with a listed default password ({password})</source>
        <translation>{target} 上的 FTP 接受{login}使用常见默认密码（{password}）登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anonymous login</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user &quot;{user}&quot;</source>
        <translation>用户“{user}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FTP login on {target} (password masked)</source>
        <translation>{target} 上的 FTP 登录交互（密码已脱敏）</translation>
    </message>
    <message>
        <location filename="../../plugins/entity/entityfamily.cpp" line="+58"/>
        <source>Township body runs its own website {host}</source>
        <translation>乡镇（街道）单独开设网站 {host}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County-level department runs its own website {host}</source>
        <translation>县级部门单独开设网站 {host}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{count} portals present themselves as {org}</source>
        <translation>{count} 个门户网站均以 {org} 名义对外</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Home page not updated for {days} days (newest item {date})</source>
        <translation>首页已 {days} 天未更新（最新信息日期 {date}）</translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/identifierfamily.cpp" line="+105"/>
        <source>CONAC badge ({form} form, {colour}) on {url}</source>
        <translation>{url} 上的党政机关/事业单位标识（{form} 形式，{colour}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the home page (outside comments, with what its scripts write) has no bszs.conac.cn link, no dcs.conac.cn/biaozhi.conac.cn badge image and no badge script</source>
        <translation>首页（不计注释，含脚本写入的内容）没有 bszs.conac.cn 链接，没有 dcs.conac.cn/biaozhi.conac.cn 标识图片，也没有标识脚本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No 党政机关/事业单位 badge on the home page of {host}</source>
        <translation>{host} 首页未展示党政机关/事业单位标识</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{kind} site {host} carries the 党政机关/事业单位 badge</source>
        <translation>{kind} 类单位的网站 {host} 展示了党政机关/事业单位标识</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{colour} badge on the site of a {kind} ({expected} expected)</source>
        <translation>{kind} 类单位网站展示的是 {colour} 标识（应为 {expected}）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>网站标识码 problem on {host}: {problem}</source>
        <translation>{host} 的网站标识码存在问题：{problem}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the text of the home page (outside comments, with what its scripts write) has no …ICP备…号</source>
        <translation>首页文字（不计注释，含脚本写入的内容）中没有“…ICP备…号”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text of the home page (outside comments, with what its scripts write) has no …ICP备…号; it shows a 公安 filing number (&quot;{number}&quot;), which is not an ICP filing</source>
        <translation>首页文字（不计注释，含脚本写入的内容）中没有“…ICP备…号”；页面展示的是公安备案号（“{number}”），并非 ICP 备案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ICP filing number on the home page of {host}</source>
        <translation>{host} 首页未展示 ICP 备案编号</translation>
    </message>
</context>
<context>
    <name>FindingDisplay</name>
    <message>
        <location filename="../../models/itemmodels/findingdisplay.cpp" line="+9"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>高危</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>中危</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>低危</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>重新出现</translation>
    </message>
</context>
<context>
    <name>Govscope::Cli</name>
    <message>
        <location filename="../../app/cli/feedscommand.cpp" line="+45"/>
        <source>%1 is larger than 512 MiB: split it; nothing was installed.</source>
        <translation>%1 超过 512 MiB：请拆分该文件；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2; nothing was installed.</source>
        <translation>无法读取 %1：%2；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds no feed files; nothing was installed.</source>
        <translation>%1 中没有数据源文件；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist; nothing was installed.</source>
        <translation>%1 不存在；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot tell which feed this is; give its place in the feeds layout with --as (e.g. --as vuln/nvd-2024.json); nothing was installed.</source>
        <translation>%1：无法判断这是哪个数据源；请用 --as 指定它在数据源目录结构中的位置（如 --as vuln/nvd-2024.json）；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feeds import needs a directory or a file.</source>
        <translation>feeds import 需要指定一个目录或文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--as names the place of one file.</source>
        <translation>--as 只能指定单个文件的位置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 would both be installed as %3; nothing was installed.</source>
        <translation>%1 和 %2 都将被安装为 %3；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nothing was installed)</source>
        <translation>（未安装任何文件）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+50"/>
        <source>records</source>
        <translation>条记录</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>govscope: feeds: %1 files installed in %2
</source>
        <translation>govscope：feeds：已安装 %1 个文件到 %2
</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>feeds needs import or list.</source>
        <translation>feeds 需要 import 或 list 子命令。</translation>
    </message>
    <message>
        <location filename="../../app/cli/rematchcommand.cpp" line="+30"/>
        <source>withdrawn: %1; feed: %2</source>
        <translation>已撤销：%1；数据源：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>未变更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; feed: %2</source>
        <translation>%1；数据源：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added %1, withdrawn %2; feed: %3</source>
        <translation>新增 %1，撤销 %2；数据源：%3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: re-match failed, nothing was changed: %2</source>
        <translation>%1：重新匹配失败，未作任何更改：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>govscope: rematch: %1 added, %2 closed, %3 changed; %4 vulnerability entries (parsed in %5 ms), %6 ms in all, no network used
</source>
        <translation>govscope：rematch：新增 %1 个，关闭 %2 个，变更 %3 个；漏洞条目 %4 条（解析耗时 %5 毫秒），共耗时 %6 毫秒，未使用网络
</translation>
    </message>
</context>
<context>
    <name>Govscope::Cli::FeedValidation</name>
    <message>
        <location filename="../../app/cli/feedvalidation.cpp" line="+32"/>
        <source>%1: holds no %2; nothing was installed. Check that it is the right file.</source>
        <translation>%1：不含任何%2；未安装任何文件。请确认文件是否正确。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 line %2: the header must be %3, not &quot;%4&quot;.</source>
        <translation>%1 第 %2 行：表头必须为 %3，而不是“%4”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 line %2: expected %3 fields (%4), got %5: &quot;%6&quot;</source>
        <translation>%1 第 %2 行：应有 %3 个字段（%4），实际为 %5 个：“%6”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation>%1：第 %2 字节处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no &quot;vulnerabilities&quot; array: not an NVD CVE JSON 2.0 file or API page.</source>
        <translation>%1：没有“vulnerabilities”数组：不是 NVD CVE JSON 2.0 文件或 API 页面。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: record %2 (%3)</source>
        <translation>%1：第 %2 条记录（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;cve.id&quot; must be a CVE id such as CVE-2024-12345.</source>
        <translation>%1：“cve.id”必须是 CVE 编号，如 CVE-2024-12345。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be an array.</source>
        <translation>%1：“%2”必须是数组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;metrics&quot; must be an object.</source>
        <translation>%1：“metrics”必须是对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a cpeMatch &quot;criteria&quot; is not a CPE 2.3 name (&quot;%2&quot;).</source>
        <translation>%1：cpeMatch 的“criteria”不是 CPE 2.3 名称（“%2”）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: record %2: &quot;cveID&quot; must be a CVE id (got &quot;%3&quot;).</source>
        <translation>%1：第 %2 条记录：“cveID”必须是 CVE 编号（实际为“%3”）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: library &quot;%2&quot;</source>
        <translation>%1：库“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must be an object with extractors and vulnerabilities.</source>
        <translation>%1：必须是包含 extractors 和 vulnerabilities 的对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;extractors&quot; must be an object.</source>
        <translation>%1：“extractors”必须是对象。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;vulnerabilities&quot; must be an array.</source>
        <translation>%1：“vulnerabilities”必须是数组。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: vulnerability %2 has neither &quot;below&quot; nor &quot;atOrAbove&quot;.</source>
        <translation>%1：漏洞 %2 既没有“below”也没有“atOrAbove”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: release cycle %2: needs &quot;%3&quot; as text and &quot;%4&quot; as %5.</source>
        <translation>%1：版本周期 %2：“%3”须为文本，“%4”须为 %5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true, false or YYYY-MM-DD</source>
        <translation>true、false 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CNVD vulnerability entry</source>
        <translation>CNVD 漏洞条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: vuln/ takes NVD CVE JSON 2.0 (.json), the CISA KEV catalogue (kev.json) or CNVD XML (.xml).</source>
        <translation>%1：vuln/ 只接受 NVD CVE JSON 2.0（.json）、CISA KEV 目录（kev.json）或 CNVD XML（.xml）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>known-exploited entry</source>
        <translation>已知被利用漏洞条目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NVD &quot;vulnerabilities&quot; array</source>
        <translation>NVD“vulnerabilities”数组</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 is not a place of the feeds layout (rir/, cloud/, vuln/, fingerprints/, jslibs/, eol/, blocklists/, keywords/, credentials/; one level deep).</source>
        <translation>%1：%2 不是数据源目录结构中的位置（rir/、cloud/、vuln/、fingerprints/、jslibs/、eol/、blocklists/、keywords/、credentials/；仅一级）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>technology</source>
        <translation>技术指纹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>retire.js library</source>
        <translation>retire.js 库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>release cycle</source>
        <translation>版本周期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ipv4 or ipv6 block</source>
        <translation>IPv4 或 IPv6 地址段</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>domain or URL</source>
        <translation>域名或网址</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a CIDR block such as 203.0.113.0/24</source>
        <translation>“%1”不是 CIDR 地址段（如 203.0.113.0/24）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty platform</source>
        <translation>平台为空</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs a platform and valid_until as YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation>需要平台名称，以及 YYYY-MM-DD 格式的 valid_until（实际为“%1”）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty product</source>
        <translation>产品为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a feed file the layout knows (see spec/interfaces.md &quot;Feeds&quot;: e.g. vuln/*.json, jslibs/*.json, eol/&lt;product&gt;.json, blocklists/*.txt).</source>
        <translation>%1：%2 不是数据源目录结构中可识别的数据源文件（参见 spec/interfaces.md“Feeds”一节：如 vuln/*.json、jslibs/*.json、eol/&lt;product&gt;.json、blocklists/*.txt）。</translation>
    </message>
</context>
<context>
    <name>Govscope::Counterfeit::ScoreModel</name>
    <message>
        <location filename="../../plugins/counterfeit/scoremodel.cpp" line="+77"/>
        <source>The candidate&apos;s screenshot is blank (one colour), so it is scored on its markup alone and capped at 0.49: %1.</source>
        <translation>候选站点的截图为空白（单一颜色），因此仅按页面源码评分，且上限为 0.49：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scored %1 on title, text, structure, favicon and org name only (no screenshot pair to compare).</source>
        <translation>仅依据标题、文字、结构、网站图标和单位名称评分为 %1（没有可比对的截图）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scored %1 (threshold %2): a copy, mostly by %3; the screenshots pHash %4 bits apart, block SSIM %5.</source>
        <translation>评分 %1（阈值 %2）：判定为仿冒，主要依据 %3；截图 pHash 相差 %4 位，分块 SSIM 为 %5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scored %1 (threshold %2): not a copy; strongest signals %3; the screenshots pHash %4 bits apart, block SSIM %5.</source>
        <translation>评分 %1（阈值 %2）：未判定为仿冒；最强信号为 %3；截图 pHash 相差 %4 位，分块 SSIM 为 %5。</translation>
    </message>
</context>
<context>
    <name>Govscope::Domain::DomainFamily</name>
    <message>
        <location filename="../../plugins/domain/domainfamily.cpp" line="+122"/>
        <source>; CNAME target not the org&apos;s own, kept as evidence and not recorded as an org host: %1</source>
        <translation>；CNAME 目标不属于本单位，仅作为证据保留，不记为本单位主机：%1</translation>
    </message>
</context>
<context>
    <name>Govscope::Engine::ScanRunner</name>
    <message>
        <location filename="../../app/engine/scanrunner.cpp" line="+177"/>
        <source>Scan %1 has tasks of family &apos;%2&apos;, which this build of Govscope does not have; start a new scan instead.</source>
        <translation>扫描 %1 含有检查类别“%2”的任务，而当前版本的 Govscope 没有该类别；请改为开始新的扫描。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan %1 has tasks for org &apos;%2&apos;, which is no longer in the case; start a new scan instead.</source>
        <translation>扫描 %1 含有单位“%2”的任务，但该单位已不在案卷中；请改为开始新的扫描。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown check family &apos;%1&apos;; known families: %2.</source>
        <translation>未知的检查类别“%1”；已有类别：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organisation with id &apos;%1&apos; in %2.</source>
        <translation>%2 中没有 id 为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not create the scan in %1: %2</source>
        <translation>无法在 %1 中创建扫描：%2</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>not authorised: org %1 is not marked for authorised active tests</source>
        <translation>未授权：单位 %1 未标记为允许授权主动测试</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the %1 checks failed: %2</source>
        <translation>%1 检查失败：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 checks did not finish in time</source>
        <translation>%1 检查未能按时完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 check was inconclusive</source>
        <translation>所有 %1 检查均无法得出结论</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (after one retry)</source>
        <translation>（已重试一次）</translation>
    </message>
</context>
<context>
    <name>Govscope::Links::LinksFamily</name>
    <message>
        <location filename="../../plugins/links/linksfamily.cpp" line="+50"/>
        <source>no blocklists/ or keywords/ feed files are loaded: pass --feeds with them</source>
        <translation>未加载 blocklists/ 或 keywords/ 数据源文件：请用 --feeds 指定</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::AssetListModel</name>
    <message>
        <location filename="../../models/itemmodels/assetlistmodel.cpp" line="+28"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail domain</source>
        <translation>邮件域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail host</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Declared</source>
        <translation>申报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discovered</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::FindingTableModel</name>
    <message>
        <location filename="../../models/itemmodels/findingtablemodel.cpp" line="+197"/>
        <source>Could not read the findings of %1: %2</source>
        <translation>无法读取 %1 的问题：%2</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>最近发现</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::Import::XmlGuard</name>
    <message>
        <location filename="../../models/core/xmlguard.cpp" line="+9"/>
        <source>it has a document type declaration (&lt;!DOCTYPE …&gt;), which is refused because its entities can expand into forged or huge text</source>
        <translation>其中含有文档类型声明（&lt;!DOCTYPE …&gt;），已拒绝，因为其实体可能展开为伪造或超大的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it refers to an undeclared entity &amp;%1;</source>
        <translation>其中引用了未声明的实体 &amp;%1;</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::ListImporter</name>
    <message>
        <location filename="../../models/core/apkreader.cpp" line="+72"/>
        <source>the signature block is not PKCS#7 signed data</source>
        <translation>签名块不是 PKCS#7 签名数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signature block holds no certificate</source>
        <translation>签名块中没有证书</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signing certificate cannot be encoded</source>
        <translation>无法编码签名证书</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>APK %1 is not a regular file; check the path in the apk column.</source>
        <translation>APK %1 不是普通文件；请检查 apk 列中的路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APK %1 cannot be opened: %2; check the path in the apk column.</source>
        <translation>无法打开 APK %1：%2；请检查 apk 列中的路径。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>APK %1: %2; check that the file is a complete Android package.</source>
        <translation>APK %1：%2；请确认该文件是完整的安卓安装包。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no AndroidManifest.xml</source>
        <translation>其中没有 AndroidManifest.xml</translation>
    </message>
    <message>
        <location filename="../../models/core/apksigningblock.cpp" line="+85"/>
        <source>the APK Signing Block is damaged (%1)</source>
        <translation>APK 签名块已损坏（%1）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>impossible size %1</source>
        <translation>大小 %1 不合理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot seek to it</source>
        <translation>无法定位到该位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its two sizes differ</source>
        <translation>其两处记录的大小不一致</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a pair overruns the block</source>
        <translation>有键值对超出了签名块范围</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no signer certificate in the v%1 scheme</source>
        <translation>v%1 签名方案中没有签名者证书</translation>
    </message>
    <message>
        <location filename="../../models/core/axmlparser.cpp" line="+97"/>
        <source>AndroidManifest.xml is damaged (%1)</source>
        <translation>AndroidManifest.xml 已损坏（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not binary XML</source>
        <translation>不是二进制 XML</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a chunk at offset %1 has an impossible size</source>
        <translation>偏移 %1 处的数据块大小不合理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad string pool</source>
        <translation>字符串池损坏</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>element before the string pool</source>
        <translation>字符串池之前出现了元素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first element is not &lt;manifest&gt;</source>
        <translation>第一个元素不是 &lt;manifest&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attributes outside their element</source>
        <translation>属性位于其元素之外</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;manifest&gt; has no package attribute</source>
        <translation>&lt;manifest&gt; 没有 package 属性</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &lt;manifest&gt; element</source>
        <translation>没有 &lt;manifest&gt; 元素</translation>
    </message>
    <message>
        <location filename="../../models/core/cellparsing.cpp" line="+73"/>
        <source>&apos;%1&apos; is not a website; write a host such as www.example.gov.cn or a URL such as https://www.example.gov.cn/</source>
        <translation>“%1”不是网站；请填写主机名（如 www.example.gov.cn）或网址（如 https://www.example.gov.cn/）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a mail domain; write the part after @, such as example.gov.cn</source>
        <translation>“%1”不是邮件域名；请填写 @ 之后的部分，如 example.gov.cn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a web address; write a URL such as https://www.example.com/page</source>
        <translation>“%1”不是网址；请填写如 https://www.example.com/page 的网址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint; write the 64 hexadecimal digits of the signing certificate&apos;s SHA-256</source>
        <translation>“%1”不是 SHA-256 指纹；请填写签名证书 SHA-256 的 64 位十六进制数字</translation>
    </message>
    <message>
        <location filename="../../models/core/csvreader.cpp" line="+83"/>
        <source>the quote that opens a cell on line %1 is never closed, so the rest of the file was read as that cell; close the quote or remove it</source>
        <translation>第 %1 行某单元格的起始引号没有闭合，导致文件其余部分都被读作该单元格；请补上或删除该引号</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the row has more than %1 cells; check the delimiters</source>
        <translation>该行超过 %1 个单元格；请检查分隔符</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../models/core/xlsxreader.cpp" line="+144"/>
        <source>the cell in column %1 is larger than 64 KiB; shorten it</source>
        <translation>第 %1 列的单元格超过 64 KiB；请缩短内容</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 has more than %2 cells; split it into smaller lists.</source>
        <translation>%1 超过 %2 个单元格；请拆分为较小的名单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../models/core/xlsxreader.cpp" line="+25"/>
        <source>%1:%2: the header row cannot be read: %3.</source>
        <translation>%1:%2：无法读取表头行：%3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has more than %2 rows; split it into smaller lists.</source>
        <translation>%1 超过 %2 行；请拆分为较小的名单。</translation>
    </message>
    <message>
        <location filename="../../models/import/headermap.cpp" line="+148"/>
        <source>%1:%2: columns &apos;%3&apos; and &apos;%4&apos; both mean &apos;%5&apos;; keep one of them.</source>
        <translation>%1:%2：列“%3”和“%4”都表示“%5”；请只保留其一。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2: a list of %3 needs the columns %4; the header row has: %5.</source>
        <translation>%1:%2：%3名单需要以下列：%4；表头行现有：%5。</translation>
    </message>
    <message>
        <location filename="../../models/import/rowreaders.cpp" line="+28"/>
        <source>the row has %1 cells but the header has %2 columns; put cells that contain a comma in double quotes</source>
        <translation>该行有 %1 个单元格，但表头有 %2 列；含逗号的单元格请用双引号括起</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &apos;%1&apos;: %2</source>
        <translation>列“%1”：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not yes or no; write 是/否 or yes/no</source>
        <translation>“%1”不是“是”或“否”；请填写 是/否 或 yes/no</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the id is empty; give every organisation a unique id</source>
        <translation>id 为空；请为每个单位填写唯一的 id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; contains a space, comma or semicolon; ids are single words such as A013</source>
        <translation>“%1”含有空格、逗号或分号；id 应为单个词，如 A013</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name is empty; write the organisation&apos;s full name</source>
        <translation>名称为空；请填写单位全称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind is empty; write 党政机关, 事业单位, 企业 or 其他</source>
        <translation>类型为空；请填写 党政机关、事业单位、企业 或 其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a kind; write 党政机关, 事业单位, 企业 or 其他 (party_gov, institution, enterprise, other)</source>
        <translation>“%1”不是有效类型；请填写 党政机关、事业单位、企业 或 其他（party_gov、institution、enterprise、other）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a level; write 中央, 省级, 市级, 县级 or 乡镇 (national, province, city, county, township)</source>
        <translation>“%1”不是有效层级；请填写 中央、省级、市级、县级 或 乡镇（national、province、city、county、township）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a role; write 政府 or 部门 (government, department)</source>
        <translation>“%1”不是有效角色；请填写 政府 或 部门（government、department）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a 6-digit 行政区划代码; write six digits such as 440300 (format the column as text in Excel)</source>
        <translation>“%1”不是 6 位行政区划代码；请填写六位数字，如 440300（在 Excel 中将该列设为文本格式）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the organisation is its own parent; write the id of the organisation above it or leave the cell empty</source>
        <translation>该单位的上级是其自身；请填写上级单位的 id，或留空</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a regular file; give a PNG or JPEG file</source>
        <translation>%1 不是普通文件；请提供 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>%1 is larger than 2 MB; give a smaller image</source>
        <translation>%1 超过 2 MB；请提供较小的图片</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 cannot be read: %2; check the path (relative paths start at the list&apos;s folder)</source>
        <translation>无法读取 %1：%2；请检查路径（相对路径从名单所在文件夹算起）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an image; give a PNG or JPEG file</source>
        <translation>%1 不是图片；请提供 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; differs from the package %2 declared in %3; correct the cell or the apk path</source>
        <translation>“%1”与 %3 中声明的包名 %2 不一致；请更正该单元格或 apk 路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 differs from the signer %2 of %3; correct the cell or the apk path</source>
        <translation>%1 与 %3 的签名者 %2 不一致；请更正该单元格或 apk 路径</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the row has neither a name nor a package; give at least one</source>
        <translation>该行既无名称也无包名；请至少填写一项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a platform; write an id such as wechat_mp, wechat_mini, alipay_mini, douyin or weibo</source>
        <translation>“%1”不是有效平台；请填写 wechat_mp、wechat_mini、alipay_mini、douyin 或 weibo 等平台 id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name is empty; write the account&apos;s name as shown on the platform</source>
        <translation>名称为空；请填写账号在平台上显示的名称</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the URL is empty; write the address of the suspect site</source>
        <translation>网址为空；请填写可疑网站的地址</translation>
    </message>
    <message>
        <location filename="../../models/core/textdecoding.cpp" line="+45"/>
        <source>%1 starts with a UTF-8 byte order mark but is not valid UTF-8; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 以 UTF-8 字节顺序标记开头，但不是有效的 UTF-8；请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 starts with a UTF-16 byte order mark but is not valid UTF-16; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 以 UTF-16 字节顺序标记开头，但不是有效的 UTF-16；请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text file (it contains NUL bytes); give a CSV or XLSX list.</source>
        <translation>%1 不是文本文件（含有 NUL 字节）；请提供 CSV 或 XLSX 名单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is neither UTF-8 nor GB18030 text; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本；请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../models/core/xlsxparts.cpp" line="+23"/>
        <source>%1: part %2 is not well-formed XML (line %3: %4); save the workbook again from Excel or WPS.</source>
        <translation>%1：部件 %2 不是格式正确的 XML（第 %3 行：%4）；请用 Excel 或 WPS 重新保存该工作簿。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is a ZIP file but not an Excel workbook (no %2); save the list as XLSX or CSV.</source>
        <translation>%1 是 ZIP 文件但不是 Excel 工作簿（缺少 %2）；请将名单保存为 XLSX 或 CSV。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the workbook has no sheet; put the list on the first sheet.</source>
        <translation>%1：工作簿中没有工作表；请将名单放在第一个工作表中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the first sheet (%2) is missing from the workbook; save it again from Excel or WPS.</source>
        <translation>%1：工作簿中缺少第一个工作表（%2）；请用 Excel 或 WPS 重新保存。</translation>
    </message>
    <message>
        <location filename="../../models/core/xlsxreader.cpp" line="-80"/>
        <source>%1: the first sheet is not well-formed XML (line %2: %3); save the workbook again from Excel or WPS.</source>
        <translation>%1：第一个工作表不是格式正确的 XML（第 %2 行：%3）；请用 Excel 或 WPS 重新保存该工作簿。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a cell has an invalid reference; save the workbook again</source>
        <translation>有单元格引用无效；请重新保存该工作簿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 refers to a shared string that does not exist; save the workbook again</source>
        <translation>第 %1 列引用了不存在的共享字符串；请重新保存该工作簿</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the row has more than %1 cells; delete the cells on the right</source>
        <translation>该行超过 %1 个单元格；请删除右侧多余的单元格</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has more than %2 rows or %3 cells; split it into smaller lists.</source>
        <translation>%1 超过 %2 行或 %3 个单元格；请拆分为较小的名单。</translation>
    </message>
    <message>
        <location filename="../../models/core/ziparchive.cpp" line="+23"/>
        <source>%1 is not a readable ZIP file (error %2); check that it is a complete XLSX or APK file.</source>
        <translation>%1 不是可读的 ZIP 文件（错误 %2）；请确认它是完整的 XLSX 或 APK 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 declares %2 entries, more than the %3 an XLSX or APK file may have; the file is refused. Save it again, or check that it is the right file.</source>
        <translation>%1 声明含有 %2 个条目，超过 XLSX 或 APK 文件允许的 %3 个；已拒绝该文件。请重新保存，或确认文件是否正确。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has more than %2 entries; the file is refused.</source>
        <translation>%1 含有超过 %2 个条目；已拒绝该文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: entry %2 inflates more than %3 times its compressed size (%4 bytes to over %5 MB); no spreadsheet or app part compresses that well, so the file is refused as a possible zip bomb. Save the list again from the spreadsheet program.</source>
        <translation>%1：条目 %2 解压后超过其压缩大小的 %3 倍（%4 字节解压为超过 %5 MB）；没有任何电子表格或应用部件能压缩到这种程度，该文件疑似压缩炸弹，已拒绝。请用电子表格程序重新保存名单。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no entry %2; check that it is a complete file.</source>
        <translation>%1 中没有条目 %2；请确认文件完整。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the directory record of entry %2 cannot be read (error %3); get a fresh copy of the file.</source>
        <translation>%1：无法读取条目 %2 的目录记录（错误 %3）；请重新获取该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: entry %2 declares %3 MB uncompressed, more than the %4 MB allowed; the file is refused as a possible zip bomb. Save the list again or split it.</source>
        <translation>%1：条目 %2 声明解压后为 %3 MB，超过允许的 %4 MB；该文件疑似压缩炸弹，已拒绝。请重新保存或拆分名单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: entry %2 cannot be opened (error %3).</source>
        <translation>%1：无法打开条目 %2（错误 %3）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: entry %2 is damaged (error %3); get a fresh copy of the file.</source>
        <translation>%1：条目 %2 已损坏（错误 %3）；请重新获取该文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: entry %2 inflates to more than %3 MB; the file is refused as a possible zip bomb. Save the list again or split it.</source>
        <translation>%1：条目 %2 解压后超过 %3 MB；该文件疑似压缩炸弹，已拒绝。请重新保存或拆分名单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: entry %2 fails its checksum (error %3); get a fresh copy of the file.</source>
        <translation>%1：条目 %2 校验和不符（错误 %3）；请重新获取该文件。</translation>
    </message>
    <message>
        <location filename="../../models/listimporter.cpp" line="+35"/>
        <source>%1 is an old Excel 97-2003 (.xls) or a password-protected workbook; save it without a password as .xlsx or CSV UTF-8.</source>
        <translation>%1 是旧版 Excel 97-2003（.xls）或受密码保护的工作簿；请去掉密码后另存为 .xlsx 或 CSV UTF-8。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the import was cancelled; nothing was imported.</source>
        <translation>%1：导入已取消，未导入任何内容。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the same row as line %1 (same key %2); keep one of them</source>
        <translation>与第 %1 行重复（键 %2 相同）；请只保留其一</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist; check the path.</source>
        <translation>%1 不存在；请检查路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>%1 is larger than %2 MB; split the list into smaller files.</source>
        <translation>%1 超过 %2 MB；请将名单拆分为较小的文件。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is empty; it needs a header row and one row per item.</source>
        <translation>%1 为空；需要一行表头，每个条目占一行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: cannot tell what the list holds from its header row (%3); name the columns as in the documentation or give --as orgs|apps|accounts|leads.</source>
        <translation>%1:%2：无法从表头行（%3）判断名单内容；请按文档命名各列，或指定 --as orgs|apps|accounts|leads。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: the case could not be written; check that it is not read-only.</source>
        <translation>%1：无法写入案卷；请确认它不是只读的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: nothing was imported, writing to the case failed: %2</source>
        <translation>%1：未导入任何内容，写入案卷失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: nothing was imported, the case could not commit the rows; check the free disk space and that no other program holds the case.</source>
        <translation>%1：未导入任何内容，案卷无法提交这些行；请检查磁盘剩余空间，并确认没有其他程序占用该案卷。</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::OrgTreeModel</name>
    <message>
        <location filename="../../models/itemmodels/orgtreemodel.cpp" line="+123"/>
        <source>Party or government body</source>
        <translation>党政机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>National</source>
        <translation>中央</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (id %2)%3</source>
        <translation>%1（编号 %2）%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, authorised for active tests</source>
        <translation>，已授权主动检测</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
</context>
<context>
    <name>Govscope::ReportController</name>
    <message>
        <location filename="../../app/controllers/reportcontroller.cpp" line="+63"/>
        <source>Open a case first; a report is made from a case.</source>
        <translation>请先打开案卷；报告由案卷生成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report is being written; see the jobs panel.</source>
        <translation>正在生成报告；请查看任务面板。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Created %1 and %2.</source>
        <translation>已创建 %1 和 %2。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 findings, %3 pages%4</source>
        <translation>%1：%2 个问题，%3 页%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, unsigned</source>
        <translation>，未签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, signed by %1</source>
        <translation>，签名者 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed by %1; the certificate chains to %2.</source>
        <translation>签名者 %1；证书链可追溯至 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by %1, not checked against a CA.</source>
        <translation>签名者 %1，未对照 CA 校验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing certificate SHA-256: %1</source>
        <translation>签名证书 SHA-256：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files listed in the manifest.</source>
        <translation>清单列出了 %1 个文件。</translation>
    </message>
</context>
<context>
    <name>Govscope::ScanController</name>
    <message>
        <location filename="../../app/controllers/scancontroller.cpp" line="+96"/>
        <source>A scan is already running; cancel it in the jobs panel first.</source>
        <translation>已有扫描正在运行；请先在任务面板中取消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create a case before scanning.</source>
        <translation>扫描前请先打开或新建案卷。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan %1 of %2, %3 of %4 tasks left (%5)</source>
        <translation>扫描 %2 中的第 %1 项，剩余 %3/%4 个任务（%5）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Resuming scan %1: %2 tasks left</source>
        <translation>继续扫描 %1：剩余 %2 个任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 started: %2 tasks</source>
        <translation>扫描 %1 已开始：共 %2 个任务</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scan: %1</source>
        <translation>扫描：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1 — %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled after %1 of %2 organisations; scan again to resume.</source>
        <translation>已在完成 %1/%2 个单位后取消；再次扫描即可继续。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 organisations, %n finding(s)</source>
        <translation>
            <numerusform>%1 个单位，%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan %1 finished: %2 findings, %3 inconclusive</source>
        <translation>扫描 %1 已完成：%2 个问题，%3 项无法判定</translation>
    </message>
</context>
<context>
    <name>Govscope::Sdk::Screenshot</name>
    <message>
        <location filename="../../plugins/sdk/probes/screenshot.cpp" line="+34"/>
        <source> (final %1)</source>
        <translation> （最终地址 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> captured %1</source>
        <translation> 截取于 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, full page %1 px high</source>
        <translation>，整页高 %1 像素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, blank (one colour)</source>
        <translation>，空白（单一颜色）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, certificate errors: %1</source>
        <translation>，证书错误：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, refused: %1</source>
        <translation>，已拦截：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no screenshot: the process has no GUI application</source>
        <translation>无截图：进程中没有 GUI 应用程序</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no screenshot within %1 s</source>
        <translation>%1 秒内未完成截图</translation>
    </message>
</context>
<context>
    <name>Govscope::Sdk::ScreenshotService</name>
    <message>
        <location filename="../../plugins/sdk/probes/screenshotservice.cpp" line="+27"/>
        <source>Running as root: the browser sandbox of the screenshot service is off (以 root 运行：截图浏览器的沙箱已关闭)</source>
        <translation>以 root 运行：截图浏览器的沙箱已关闭（Running as root: the browser sandbox of the screenshot service is off）</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>the application quit before the capture</source>
        <translation>截图完成前应用程序已退出</translation>
    </message>
</context>
<context>
    <name>Govscope::Sdk::ScreenshotWorker</name>
    <message>
        <location line="-164"/>
        <source>the page did not finish loading within %1 s</source>
        <translation>页面未在 %1 秒内加载完成</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>only http and https pages are captured, not %1</source>
        <translation>仅截取 http 和 https 页面，不截取 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the page did not load (refused, unreachable or aborted)</source>
        <translation>页面未能加载（被拒绝、无法访问或已中止）</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingDetailPane</name>
    <message>
        <location filename="../../ui/findingdetailpane.cpp" line="+54"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status or note</source>
        <translation>状态或备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History and notes</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triage</source>
        <translation>研判</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: what you checked</source>
        <translation>理由：核实了什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for the case file</source>
        <translation>写入案卷的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>研判结论</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Select a finding to see its evidence.</source>
        <translation>选择一个问题以查看其证据。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>最近发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>法规依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No picture for this evidence.</source>
        <translation>该证据没有图片。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say who you are and why before deciding</source>
        <translation>请先填写操作人和理由</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingFilterBar</name>
    <message>
        <location filename="../../ui/findingfilterbar.cpp" line="+36"/>
        <source>All families</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check family</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any severity</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum severity</source>
        <translation>最低风险等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search titles, targets and evidence…</source>
        <translation>搜索标题、对象和证据…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+34"/>
        <location line="+65"/>
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>A CSV or XLSX file</source>
        <translation>CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detect from the header row</source>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>单位名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (mini-programs, public accounts)</source>
        <translation>账号（小程序、公众号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads (URLs to look at)</source>
        <translation>线索（待核查网址）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the row was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 rows imported (%3 new, %4 updated), %5 skipped.</source>
        <translation>%1：已导入 %2 行（新增 %3，更新 %4），跳过 %5 行。</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+51"/>
        <source>No background jobs.</source>
        <translation>没有后台任务。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel this job</source>
        <translation>取消此任务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dismiss</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+71"/>
        <source>Open a case or create a new one (File menu).</source>
        <translation>请打开或新建案卷（“文件”菜单）。</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+38"/>
        <source>Finding %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Finding %1: note</source>
        <translation>问题 %1：备注</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Still opening %1; try again when it is open.</source>
        <translation>仍在打开 %1，请在打开后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating case %1</source>
        <translation>新建案卷 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening case %1</source>
        <translation>打开案卷 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not read the organisations of %1: %2</source>
        <translation>无法读取 %1 的单位：%2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not read the assets of %1: %2</source>
        <translation>无法读取 %1 的资产：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not read finding %1: %2</source>
        <translation>无法读取问题 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Govscope — Government Application Monitor</source>
        <translation>Govscope 政务应用监测工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Govscope</source>
        <translation>%1 — Govscope 政务应用监测工作台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterfeit triage</source>
        <translation>仿冒研判</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+35"/>
        <source>Govscope cases (*.govcase);;All files (*)</source>
        <translation>Govscope 案卷 (*.govcase);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open case…</source>
        <translation>打开案卷(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close case</source>
        <translation>关闭案卷(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scan</source>
        <translation>检测(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run scan…</source>
        <translation>开始检测(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify bundle…</source>
        <translation>校验报告包(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterfeit &amp;triage</source>
        <translation>仿冒研判(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work through the counterfeit suspects with their screenshots side by side</source>
        <translation>逐一研判疑似仿冒站点，候选与原站截图并排对照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Govscope</source>
        <translation>关于 Govscope(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New case</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open case</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open or create a case before importing a list.</source>
        <translation>导入名单前请先打开或新建案卷。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent cases</source>
        <translation>没有最近打开的案卷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Govscope is now in %1.</source>
        <translation>Govscope 已切换为%1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About Govscope</source>
        <translation>关于 Govscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台 — an investigation workbench for checking government internet applications against the 2024 Regulations on the Security Management of Government Internet Applications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台——依据 2024 年《互联网政务应用安全管理规定》检查政务互联网应用的调查工作台。&lt;/p&gt;&lt;p&gt;本软件依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（GPL-3.0-or-later）授权，不提供任何担保。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ReportDialog</name>
    <message>
        <location filename="../../ui/reportdialog.cpp" line="+17"/>
        <source>Write a signed report</source>
        <translation>生成签名报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole case</source>
        <translation>整个案卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations (a rectification notice each)</source>
        <translation>选定的单位（每个单位一份整改通知）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not sign</source>
        <translation>不签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM key and certificate</source>
        <translation>PEM 密钥和证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New identity…</source>
        <translation>新建身份…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.key)</source>
        <translation>PEM (*.pem *.key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle</source>
        <translation>报告包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report bundle</source>
        <translation>报告包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tick at least one organisation, or report on the whole case.</source>
        <translation>请至少勾选一个单位，或对整个案卷生成报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the bundle.</source>
        <translation>请选择报告包的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the private key and its certificate, or do not sign.</source>
        <translation>请选择私钥及其证书，或选择不签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the PKCS#12 file, or do not sign.</source>
        <translation>请选择 PKCS#12 文件，或选择不签名。</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ScanDialog</name>
    <message>
        <location filename="../../ui/scandialog.cpp" line="+43"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the unfinished scan: %1</source>
        <translation>继续未完成的扫描：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check families</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by id or name</source>
        <translation>按 id 或名称筛选</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All shown</source>
        <translation>全选所显示的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None shown</source>
        <translation>全不选所显示的</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan profile:</source>
        <translation>扫描配置：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default (concurrency 64, 4 per host, 8 s timeout)</source>
        <translation>默认（并发 64，每主机 4 个，超时 8 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds directory:</source>
        <translation>数据源目录：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the shipped feeds and your data directory</source>
        <translation>随附的数据源和您的数据目录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also scan private, loopback and link-local addresses (a test lab only)</source>
        <translation>同时扫描私有地址、环回地址和链路本地地址（仅限测试环境）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start scan</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose at least one check family.</source>
        <translation>请至少选择一个检查类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one organisation.</source>
        <translation>请至少选择一个单位。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Feeds directory</source>
        <translation>数据源目录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan profile</source>
        <translation>扫描配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan profiles (*.json)</source>
        <translation>扫描配置 (*.json)</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::SigningIdentityDialog</name>
    <message>
        <location filename="../../ui/signingidentitydialog.cpp" line="+17"/>
        <source>New signing identity</source>
        <translation>新建签名身份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.key *.pem)</source>
        <translation>PEM (*.key *.pem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key never leaves the files you choose; the passphrase is not stored.</source>
        <translation>密钥只保存在您选择的文件中；口令不会被存储。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your name; it becomes the certificate&apos;s CN.</source>
        <translation>请输入您的姓名，它将成为证书的 CN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>请设置至少 8 个字符的口令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to store the key and the certificate.</source>
        <translation>请选择密钥和证书的保存位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::ComparisonView</name>
    <message>
        <location filename="../../ui/triage/comparisonview.cpp" line="+173"/>
        <source>Zoom in (+)</source>
        <translation>放大 (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (-)</source>
        <translation>缩小 (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width (0)</source>
        <translation>适应宽度 (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe ([ ]):</source>
        <translation>滑动对比 ([ ])：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide the original in over the candidate from the left</source>
        <translation>从左侧把原站截图滑入覆盖候选截图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat map of differences (H)</source>
        <translation>差异热力图 (H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow to red where the candidate&apos;s screenshot differs from the original&apos;s</source>
        <translation>候选截图与原站截图不同之处，由黄到红表示差异由小到大</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Candidate: %1</source>
        <translation>候选站点：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>no screenshot</source>
        <translation>无截图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original: %1</source>
        <translation>原站点：%1</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::PairLoader</name>
    <message>
        <location filename="../../ui/triage/pairloader.cpp" line="+18"/>
        <source>no %1 screenshot was stored</source>
        <translation>未保存%1截图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 screenshot cannot be decoded</source>
        <translation>%1截图无法解码</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>candidate</source>
        <translation>候选站点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original</source>
        <translation>原站点</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::SignalList</name>
    <message>
        <location filename="../../ui/triage/signallist.cpp" line="+35"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the check recorded</source>
        <translation>检测记录的内容</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::SuspectQueue</name>
    <message>
        <location filename="../../ui/triage/suspectqueue.cpp" line="+28"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen in the latest scan</source>
        <translation>在最近一次检测中首次发现</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>new</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::TriageView</name>
    <message>
        <location filename="../../ui/triage/triageview.cpp" line="+109"/>
        <source>Could not read the counterfeit suspects of %1: %2</source>
        <translation>无法读取 %1 的疑似仿冒站点：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a case to triage its counterfeit suspects.</source>
        <translation>打开案卷后即可研判其中的疑似仿冒站点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No counterfeit site suspects in this case: run a scan with the counterfeit family.</source>
        <translation>此案卷中没有疑似仿冒站点：请运行包含仿冒检测的扫描。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Score %1 · %2 · %3 · %4 · organisation %5</source>
        <translation>得分 %1 · %2 · %3 · %4 · 单位 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new since the last scan</source>
        <translation>最近一次检测新发现</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the screenshots…</source>
        <translation>正在读取截图…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>differs in %1% of the picture</source>
        <translation>画面中 %1% 的区域不同</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Say who you are before deciding</source>
        <translation>研判前请填写您的姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decided in the counterfeit triage view after comparing the screenshots (score %1)</source>
        <translation>在仿冒研判视图中对照截图后作出判定（得分 %1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every suspect is decided.</source>
        <translation>所有疑似站点均已研判。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 undecided</source>
        <translation>共 %2 个，%1 个待研判</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::VerdictBar</name>
    <message>
        <location filename="../../ui/triage/verdictbar.cpp" line="+68"/>
        <source>Who:</source>
        <translation>研判人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional; Return goes back to the keys)</source>
        <translation>理由（可选；按回车返回快捷键操作）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm (C)</source>
        <translation>确认仿冒 (C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counterfeit: record it as confirmed and show the next suspect</source>
        <translation>确属仿冒：记录为已确认，并显示下一个疑似站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive (F)</source>
        <translation>误报 (F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a counterfeit: record it as a false positive and show the next suspect</source>
        <translation>并非仿冒：记录为误报，并显示下一个疑似站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later: show the next suspect and record nothing</source>
        <translation>稍后再判：不作记录，显示下一个疑似站点</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::VerifyDialog</name>
    <message>
        <location filename="../../ui/verifydialog.cpp" line="+16"/>
        <source>Verify a report bundle</source>
        <translation>校验报告包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: the signer must chain to these certificates</source>
        <translation>可选：签名者的证书链须追溯至这些证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle</source>
        <translation>报告包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report bundle</source>
        <translation>报告包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a bundle first.</source>
        <translation>请先选择报告包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b style=&apos;color:#b26a00&apos;&gt;Intact, signer not verified.&lt;/b&gt; Every file matches the signed manifest, but without a CA anyone could have signed it: compare the certificate fingerprint below with the auditor&apos;s, or choose the CA file.</source>
        <translation>&lt;b style=&apos;color:#b26a00&apos;&gt;文件完好，但签名者未经验证。&lt;/b&gt;所有文件均与已签名的清单一致，但未提供 CA 时任何人都可能签名：请将下方证书指纹与检查人的指纹比对，或选择 CA 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Intact.&lt;/b&gt; Every file matches the signed manifest and the signer chains to the CA.</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;文件完好。&lt;/b&gt;所有文件均与已签名的清单一致，且签名者的证书链可追溯至该 CA。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;b style=&apos;color:#b00000&apos;&gt;Not intact.&lt;/b&gt; Do not rely on this bundle.</source>
        <translation>&lt;b style=&apos;color:#b00000&apos;&gt;已被改动。&lt;/b&gt;请勿采信此报告包。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/cli/findingscommand.cpp" line="+27"/>
        <source>Language of titles and evidence: zh_CN or en (default: the locale&apos;s).</source>
        <translation>标题和证据的语言：zh_CN 或 en（默认为系统语言）。</translation>
    </message>
    <message>
        <location filename="../../app/engine/scanrunner.cpp" line="-366"/>
        <source>unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <location filename="../../app/engine/scanscope.cpp" line="+24"/>
        <source>--shard must be K/N with 1 &lt;= K &lt;= N &lt;= 100000 (for example 2/8), not &apos;%1&apos;.</source>
        <translation>--shard 必须为 K/N 形式，且 1 &lt;= K &lt;= N &lt;= 100000（例如 2/8），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown check family &apos;%1&apos;; this build has: %2.</source>
        <translation>未知的检查类别“%1”；当前版本包含：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../plugins/entity/entityfamily.cpp" line="-45"/>
        <location filename="../../plugins/identifier/identifierfamily.cpp" line="-31"/>
        <location line="+6"/>
        <location filename="../../plugins/mail/mailfamily.cpp" line="-42"/>
        <location filename="../../plugins/sdk/scope.cpp" line="+195"/>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no organisation with id &apos;%1&apos; in %2; `govscope orgs %2` lists them.</source>
        <translation>%2 中没有 id 为“%1”的单位；`govscope orgs %2` 可列出全部单位。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>feeds directory %1 does not exist; give a directory laid out as in spec/interfaces.md (rir/, cloud/, vuln/, …).</source>
        <translation>数据源目录 %1 不存在；请提供按 spec/interfaces.md 组织的目录（rir/、cloud/、vuln/ …）。</translation>
    </message>
    <message>
        <location filename="../../app/engine/taskcontext.cpp" line="+66"/>
        <source>Could not record finding %1 on %2 for org %3: %4</source>
        <translation>无法为单位 %3 记录 %2 上的问题 %1：%4</translation>
    </message>
    <message>
        <location filename="../../app/report/bundleverifier.cpp" line="+38"/>
        <source>cannot be read (zip error %1)</source>
        <translation>无法读取（zip 错误 %1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is larger than %1 KiB, more than any Govscope bundle writes; refused unread</source>
        <translation>大于 %1 KiB，超出任何 Govscope 报告包的写入大小；未读取即拒绝</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged (CRC or zip error %1)</source>
        <translation>已损坏（CRC 或 zip 错误 %1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a ZIP file or damaged (zip error %2).</source>
        <translation>%1：不是 ZIP 文件或已损坏（zip 错误 %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: declares %2 files, more than the %3 a report bundle may hold.</source>
        <translation>%1：声明含有 %2 个文件，超过报告包允许的 %3 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: appears twice in the ZIP.</source>
        <translation>%1：在 ZIP 中出现了两次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the ZIP directory is damaged (zip error %2).</source>
        <translation>%1：ZIP 目录已损坏（zip 错误 %2）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: missing; this is not a Govscope report bundle or it was stripped.</source>
        <translation>%1：缺失；这不是 Govscope 报告包，或已被删减。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: listed in the manifest but missing from the bundle.</source>
        <translation>%1：清单中列出但报告包中缺失。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: size %2 bytes, the manifest says %3.</source>
        <translation>%1：大小为 %2 字节，清单记录为 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: contents changed (SHA-256 differs from the manifest).</source>
        <translation>%1：内容已被更改（SHA-256 与清单不符）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not listed in the manifest (a file was added).</source>
        <translation>%1：未列入清单（有文件被添加）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: missing; the bundle is not signed, so its integrity cannot be shown.</source>
        <translation>%1：缺失；该报告包未签名，无法证明其完整性。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the signature is not valid for manifest.json%2 (%3).</source>
        <translation>%1：签名对 manifest.json 无效%2（%3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or does not chain to %1</source>
        <translation> 或其证书链无法追溯至 %1</translation>
    </message>
    <message>
        <location filename="../../app/report/bundlewriter.cpp" line="+38"/>
        <source>Cannot add %1 to %2 (zip error %3).</source>
        <translation>无法将 %1 添加到 %2（zip 错误 %3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1 into %2: %3.</source>
        <translation>无法将 %1 写入 %2：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1 into %2 (zip error %3); is the disk full?</source>
        <translation>无法将 %1 写入 %2（zip 错误 %3）；磁盘是否已满？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: it is a folder; give a .zip file name.</source>
        <translation>无法写入 %1：它是一个文件夹；请提供 .zip 文件名。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>无法写入 %1：%2。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the ZIP %1 (zip error %2).</source>
        <translation>无法创建 ZIP 文件 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot finish the ZIP %1 (zip error %2); is the disk full?</source>
        <translation>无法完成 ZIP 文件 %1（zip 错误 %2）；磁盘是否已满？</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/report/signingidentity.cpp" line="+266"/>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the finished bundle to %1: %2.</source>
        <translation>无法将完成的报告包移动到 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../app/report/chartrenderer.cpp" line="+244"/>
        <source>Report charts need a QApplication (Qt Charts draws with widgets); run the report from the workbench or `govscope report`, which create one.</source>
        <translation>报告图表需要 QApplication（Qt Charts 借助控件绘图）；请在工作台中或通过 `govscope report` 生成报告，二者都会创建 QApplication。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report charts must be drawn on the application&apos;s main thread.</source>
        <translation>报告图表必须在应用程序主线程上绘制。</translation>
    </message>
    <message>
        <location filename="../../app/report/manifest.cpp" line="+36"/>
        <source>manifest.json is not valid JSON (%1 at offset %2).</source>
        <translation>manifest.json 不是有效的 JSON（偏移 %2 处：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manifest.json has no &quot;files&quot; array.</source>
        <translation>manifest.json 中没有“files”数组。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json: entry %1 needs a path, a 64-digit lower-case hex sha256 and a size.</source>
        <translation>manifest.json：条目 %1 需要路径、64 位小写十六进制 sha256 和大小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json lists %1 twice.</source>
        <translation>manifest.json 中 %1 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../app/report/pdfrenderer.cpp" line="+154"/>
        <source>Could not start the PDF writer.</source>
        <translation>无法启动 PDF 生成器。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/report/reportgenerator.cpp" line="+73"/>
        <location line="+35"/>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <location filename="../../app/report/reportdata.cpp" line="+23"/>
        <source>%1: cannot read the case (%2); check that it is a Govscope case file.</source>
        <translation>%1：无法读取案卷（%2）；请确认它是 Govscope 案卷文件。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1: no organisation with id &apos;%2&apos;; `govscope orgs %1` lists them.</source>
        <translation>%1：没有 id 为“%2”的单位；`govscope orgs %1` 可列出全部单位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the case has no organisations; import a list first.</source>
        <translation>%1：案卷中没有单位；请先导入名单。</translation>
    </message>
    <message>
        <location filename="../../app/report/reportgenerator.cpp" line="-27"/>
        <source>%1: evidence blob %2 cannot be read (%3).</source>
        <translation>%1：无法读取证据数据 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../../app/report/signingidentity.cpp" line="-249"/>
        <source>Cannot read the %1 %2: %3.</source>
        <translation>无法读取%1 %2：%3。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The private key %1 is encrypted and no passphrase was given.</source>
        <translation>私钥 %1 已加密，但未提供口令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot decrypt the private key %1: wrong passphrase.</source>
        <translation>无法解密私钥 %1：口令错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a PEM private key (%2).</source>
        <translation>%1 不是 PEM 私钥（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a PEM certificate (%2).</source>
        <translation>%1 不是 PEM 证书（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>The key in %1 is neither RSA nor ECDSA; use one of those.</source>
        <translation>%1 中的密钥既不是 RSA 也不是 ECDSA；请使用这两种之一。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The certificate %1 does not belong to the private key %2.</source>
        <translation>证书 %1 与私钥 %2 不匹配。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a PKCS#12 file (%2).</source>
        <translation>%1 不是 PKCS#12 文件（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PKCS#12 file %1 is protected and no passphrase was given.</source>
        <translation>PKCS#12 文件 %1 受口令保护，但未提供口令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the PKCS#12 file %1: wrong passphrase.</source>
        <translation>无法打开 PKCS#12 文件 %1：口令错误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the key and certificate in %1 (%2).</source>
        <translation>无法读取 %1 中的密钥和证书（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no private key with its certificate.</source>
        <translation>%1 中没有带证书的私钥。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing failed: %1</source>
        <translation>签名失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot encode the signature: %1</source>
        <translation>无法编码签名：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a DER CMS signature (%1)</source>
        <translation>不是 DER 格式的 CMS 签名（%1）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot load CA certificates from %1 (%2)</source>
        <translation>无法从 %1 加载 CA 证书（%2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A passphrase is required: the new private key is stored encrypted.</source>
        <translation>必须提供口令：新私钥将加密存储。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 已存在；请选择其他文件名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot generate a key: %1</source>
        <translation>无法生成密钥：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot use &apos;%1&apos; in the subject; write it as CN=name,O=organisation,C=CN.</source>
        <translation>主题中不能使用“%1”；请按 CN=姓名,O=单位,C=CN 的格式填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is empty; write it as CN=name,O=organisation,C=CN.</source>
        <translation>主题为空；请按 CN=姓名,O=单位,C=CN 的格式填写。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the certificate: %1</source>
        <translation>无法构建证书：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot sign the certificate: %1</source>
        <translation>无法签发证书：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot encode the key: %1</source>
        <translation>无法编码密钥：%1</translation>
    </message>
    <message>
        <location filename="../../models/blobstore.cpp" line="+34"/>
        <source>Evidence %1 is not in the case.</source>
        <translation>证据 %1 不在案卷中。</translation>
    </message>
    <message>
        <location filename="../../models/casefile.cpp" line="+24"/>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../models/caseinspection.cpp" line="+56"/>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+137"/>
        <location filename="../../models/caseinspection.cpp" line="+33"/>
        <location filename="../../models/casemerge.cpp" line="+141"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>%1 is an SQLite database but not a Govscope case file. Choose a .govcase file or a new file name.</source>
        <translation>%1 是 SQLite 数据库，但不是 Govscope 案卷文件。请选择 .govcase 文件或新的文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer Govscope (schema %2; this version reads up to %3). Update Govscope to open it.</source>
        <translation>%1 由更新版本的 Govscope 写入（架构版本 %2；当前版本最高可读取 %3）。请升级 Govscope 后再打开。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 does not exist. Check the path, or import a list to create a case.</source>
        <translation>%1 不存在。请检查路径，或导入名单以新建案卷。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../models/casemerge.cpp" line="+61"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create %1: renaming the new file failed (does it exist now?).</source>
        <translation>无法创建 %1：重命名新文件失败（该文件现在是否已存在？）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty, not a Govscope case file. Delete it or choose another name.</source>
        <translation>%1 为空，不是 Govscope 案卷文件。请删除它或选择其他名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Govscope case file (not an SQLite database). Choose a .govcase file.</source>
        <translation>%1 不是 Govscope 案卷文件（不是 SQLite 数据库）。请选择 .govcase 文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is damaged or not writable (%2).</source>
        <translation>%1 已损坏或不可写（%2）。</translation>
    </message>
    <message>
        <location filename="../../models/findingrepository.cpp" line="+243"/>
        <source>seen again in scan %1</source>
        <translation>在扫描 %1 中再次发现</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>first seen in scan %1</source>
        <translation>在扫描 %1 中首次发现</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not seen in scan %1</source>
        <translation>扫描 %1 中未再发现</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+96"/>
        <source>No finding with id %1 in the case.</source>
        <translation>案卷中没有编号为 %1 的问题。</translation>
    </message>
    <message>
        <location filename="../../models/findingsearchindex.cpp" line="+58"/>
        <source>Search index: %1</source>
        <translation>搜索索引：%1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Search index: cannot read the findings&apos; text: %1</source>
        <translation>搜索索引：无法读取问题文本：%1</translation>
    </message>
    <message>
        <location filename="../../models/orgrepository.cpp" line="+93"/>
        <source>No organisation with id %1 in the case.</source>
        <translation>案卷中没有 id 为 %1 的单位。</translation>
    </message>
    <message>
        <location filename="../../models/scanrepository.cpp" line="+23"/>
        <source>Case file query failed: %1</source>
        <translation>案卷文件查询失败：%1</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No scan with id %1 in the case.</source>
        <translation>案卷中没有编号为 %1 的扫描。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Could not clear the earlier results of %1 / %2 in scan %3: %4</source>
        <translation>无法清除扫描 %3 中 %1 / %2 的先前结果：%4</translation>
    </message>
    <message>
        <location filename="../../models/schemamigrator.cpp" line="+44"/>
        <source>Schema folder %1 has two files for version %2.</source>
        <translation>架构文件夹 %1 中有两个版本 %2 的文件。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: cannot start a transaction to migrate: %2</source>
        <translation>%1：无法开启迁移事务：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the schema file %1.</source>
        <translation>无法读取架构文件 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>%1: migration to schema %2 failed, nothing was changed: %3</source>
        <translation>%1：迁移到架构版本 %2 失败，未作任何更改：%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read the schema steps of the case: %1</source>
        <translation>无法读取案卷的架构迁移步骤：%1</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+7"/>
        <location line="+32"/>
        <source>%1: migration failed, nothing was changed: %2</source>
        <translation>%1：迁移失败，未作任何更改：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot commit the migration: %2</source>
        <translation>%1：无法提交迁移：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/cloud/cloudfamily.cpp" line="-75"/>
        <source>%1 → listed in no loaded RIR file</source>
        <translation>%1 → 未列于任何已加载的 RIR 文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no RIR delegated statistics loaded (feeds rir/*)</source>
        <translation>未加载 RIR 分配统计数据（数据源 rir/*）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no loaded RIR file lists %1 (%2)</source>
        <translation>已加载的 RIR 文件均未列出 %1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no cloud/ranges.csv feed loaded</source>
        <translation>未加载 cloud/ranges.csv 数据源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → on no listed cloud platform</source>
        <translation>%1 → 不在任何已列出的云平台上</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 assessed: %2</source>
        <translation>%1 已通过安全评估：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 assessment no longer valid on %2: %3</source>
        <translation>%1 的安全评估在 %2 时已失效：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not in cloud/assessed.csv</source>
        <translation>%1 不在 cloud/assessed.csv 中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on %2 but no cloud/assessed.csv feed is loaded</source>
        <translation>%1 位于 %2 上，但未加载 cloud/assessed.csv 数据源</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has no address (%2%3)</source>
        <translation>%1 没有地址（%2%3）</translation>
    </message>
    <message>
        <location filename="../../plugins/cloud/cloudfeeds.cpp" line="+31"/>
        <source>%1 line %2: quoted cells are not supported; write the row without quotes</source>
        <translation>%1 第 %2 行：不支持带引号的单元格；请去掉引号重写该行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 line %2: the header has no &quot;%3&quot; column (needs %4)</source>
        <translation>%1 第 %2 行：表头中没有“%3”列（需要 %4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: %3 cells, the header has %4</source>
        <translation>%1 第 %2 行：有 %3 个单元格，而表头有 %4 列</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 line %2: &quot;%3&quot; is not a CIDR block such as 203.0.113.0/24</source>
        <translation>%1 第 %2 行：“%3”不是 CIDR 地址段（如 203.0.113.0/24）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: empty platform</source>
        <translation>%1 第 %2 行：平台为空</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 line %2: needs a platform and valid_until as YYYY-MM-DD (got &quot;%3&quot;)</source>
        <translation>%1 第 %2 行：需要平台名称，以及 YYYY-MM-DD 格式的 valid_until（实际为“%3”）</translation>
    </message>
    <message>
        <location filename="../../plugins/counterfeit/listingchecks.cpp" line="+44"/>
        <source>the org declares no official app</source>
        <translation>该单位未申报官方移动应用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App &quot;%1&quot; (%2) imitates the official app %3 by %4; its %5 differ(s)</source>
        <translation>应用“%1”（%2）通过%4仿冒官方应用 %3；其%5不同</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported listing vs official app: matched by %1; differs in %2</source>
        <translation>导入的应用清单与官方应用比对：按%1匹配；%2不同</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 listings compared with %2 official app(s); none imitates them</source>
        <translation>已将 %1 个应用清单与 %2 个官方应用比对；未发现仿冒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account &quot;%1&quot; on %2 carries the %3 &quot;%4&quot; but is not an official account</source>
        <translation>%2 上的账号“%1”使用了%3“%4”，但不是官方账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listing matched by %1 &quot;%2&quot;; official accounts: %3</source>
        <translation>按%1“%2”匹配到该账号；官方账号：%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 account listings compared; none carries the org&apos;s name or an official account name</source>
        <translation>已比对 %1 个账号清单；均未使用本单位名称或官方账号名称</translation>
    </message>
    <message>
        <location filename="../../plugins/counterfeit/lookalikechecks.cpp" line="+74"/>
        <source>DNS gave no answer for %1: %2</source>
        <translation>DNS 未返回 %1 的结果：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not resolve (%2)</source>
        <translation>%1 无法解析（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not resolved within the scan&apos;s time budget</source>
        <translation>未在扫描的时间预算内完成解析</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>government suffix (%1)</source>
        <translation>政务域名后缀（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as inner labels of %2</source>
        <translation>%2 的内层标签中嵌入了 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网上标识 badge (%1)</source>
        <translation>网上标识（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copies %2 and poses as a government site: %3</source>
        <translation>%1 仿冒 %2 并冒充政务网站：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copies the site %2 (similarity %3)</source>
        <translation>%1 仿冒网站 %2（相似度 %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 vs %2: %3</source>
        <translation>%1 与 %2 对比：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>candidate</source>
        <translation>候选站点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>candidate: %1</source>
        <translation>候选站点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original</source>
        <translation>原站点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original: %1</source>
        <translation>原站点：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 found as %2; owned by no org of the case</source>
        <translation>%1 的发现来源：%2；不属于案卷中的任何单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidate page %1, title &quot;%2&quot;</source>
        <translation>候选站点页面 %1，标题“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original page %1, title &quot;%2&quot;</source>
        <translation>原站点页面 %1，标题“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>favicon SHA-256: candidate %1, original %2</source>
        <translation>网站图标 SHA-256：候选站点 %1，原站点 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>markers: %1%2</source>
        <translation>仿冒特征：%1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; badge markup: %1</source>
        <translation>；标识代码：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the candidate answers, but no home page of the org could be fetched to compare it with</source>
        <translation>候选站点有响应，但未能获取本单位的任何首页用于比对</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not similar to %1, and the org&apos;s page %2 could not be fetched to compare: %3</source>
        <translation>与 %1 不相似，但该单位的页面 %2 未能获取，无法比对：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not similar to %1: %2</source>
        <translation>与 %1 不相似：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>no website and no lead to derive candidates from</source>
        <translation>既没有网站，也没有可用于生成候选站点的线索</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>resolves, but only %1 candidates are fetched per org</source>
        <translation>可以解析，但每个单位最多获取 %1 个候选站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolves, but was not fetched within the scan&apos;s time budget</source>
        <translation>可以解析，但未在扫描的时间预算内获取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 candidates (%2 leads), %3 resolve, %4 DNS timeouts, %5 not examined</source>
        <translation>候选站点 %1 个（线索 %2 条），可解析 %3 个，DNS 超时 %4 个，未检查 %5 个</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/databases.cpp" line="+32"/>
        <location filename="../../plugins/links/linkprobe.cpp" line="+38"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../plugins/mail/mailconnection.cpp" line="+132"/>
        <location filename="../../plugins/sdk/probes/tcpprobe.cpp" line="+108"/>
        <source>no connection within %1 ms</source>
        <translation>%1 毫秒内未建立连接</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>GET / → HTTP %1</source>
        <translation>GET / → HTTP %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; GET %1 → HTTP %2</source>
        <translation>；GET %1 → HTTP %2</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/datasecfamily.cpp" line="-16"/>
        <location filename="../../plugins/vuln/highriskports.cpp" line="-62"/>
        <source>%1 has no address (%2)</source>
        <translation>%1 没有地址（%2）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>requires authentication: </source>
        <translation>需要认证： </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no verdict on %1</source>
        <translation>无法判定 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 answers neither HTTPS (%2) nor HTTP (%3)</source>
        <translation>%1 既不响应 HTTPS（%2）也不响应 HTTP（%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>https://%1/ did not answer within the timeout, twice (%2)</source>
        <translation>https://%1/ 两次均未在超时时间内响应（%2）</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/disclosure.cpp" line="+85"/>
        <source>%1: %2 ID numbers, %3 mobile numbers, %4 bank card numbers; e.g. %5</source>
        <translation>%1：身份证号 %2 个，手机号 %3 个，银行卡号 %4 个；例如 %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID numbers pass the GB 11643 check digit, a valid birth date and a province code; bank card numbers pass Luhn. Values are shown masked.</source>
        <translation>身份证号均通过 GB 11643 校验码、出生日期和省份代码校验；银行卡号均通过 Luhn 校验。所示数值均已脱敏。</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/exposedfiles.cpp" line="+39"/>
        <source>Git repository configuration</source>
        <translation>Git 仓库配置文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Git HEAD</source>
        <translation>Git HEAD 文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subversion working-copy metadata</source>
        <translation>Subversion 工作副本元数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>environment file with %1 settings</source>
        <translation>含 %1 项配置的环境变量文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Java web application descriptor</source>
        <translation>Java Web 应用部署描述文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL database dump</source>
        <translation>SQL 数据库转储文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP source backup</source>
        <translation>PHP 源代码备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIS configuration backup</source>
        <translation>IIS 配置备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS folder index (lists file names)</source>
        <translation>macOS 文件夹索引（会列出文件名）</translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/sitechecks.cpp" line="-148"/>
        <source>HTTP redirects to %1</source>
        <translation>HTTP 跳转至 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS only; plain HTTP does not answer</source>
        <translation>仅提供 HTTPS；明文 HTTP 无响应</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no HTTPS to send HSTS (see datasec.no_https)</source>
        <translation>没有 HTTPS，无从发送 HSTS（参见 datasec.no_https）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no HTTPS service to assess (see datasec.no_https)</source>
        <translation>没有可评估的 HTTPS 服务（参见 datasec.no_https）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no certificate obtained</source>
        <translation>未获取到证书</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>trusted certificate for %1 until %2; TLS 1.0/1.1 refused</source>
        <translation>%1 的证书受信任，有效期至 %2；拒绝 TLS 1.0/1.1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>directory listing</source>
        <translation>目录列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directory listing with %1</source>
        <translation>含 %1 的目录列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer to any probe of %1</source>
        <translation>对 %1 的所有探测均无响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 paths and %2 folders probed on %3, none exposed</source>
        <translation>已在 %3 上探测 %1 个路径和 %2 个文件夹，均未暴露</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no page could be read from %1: %2</source>
        <translation>无法从 %1 读取任何页面：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no text pages</source>
        <translation>没有文本页面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 documents read (%2 requests%3)</source>
        <translation>已读取 %1 个文档（%2 次请求%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, page limit reached</source>
        <translation>，已达页面上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no unmasked personal data; %1</source>
        <translation>未发现未脱敏的个人信息；%1</translation>
    </message>
    <message>
        <location filename="../../plugins/domain/dnsrules.cpp" line="-55"/>
        <source>the CNAME of %1 could not be asked: %2</source>
        <translation>无法查询 %1 的 CNAME：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no CNAME</source>
        <translation>%1 没有 CNAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CNAME chain %1 ends in an existing name</source>
        <translation>CNAME 链 %1 的终点是存在的域名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CNAME target %1 could not be resolved: %2</source>
        <translation>无法解析 CNAME 目标 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 resolves to %2</source>
        <translation>%1 解析为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no definite DNS answer for %1: %2</source>
        <translation>%1 没有确定的 DNS 结果：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has MX %2</source>
        <translation>%1 的 MX 为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no MX but an address (%2), which mail falls back to</source>
        <translation>%1 没有 MX，但有地址（%2），邮件将回退投递至该地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no definite MX answer for %1: %2</source>
        <translation>%1 没有确定的 MX 结果：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no definite address answer for %1: %2</source>
        <translation>%1 没有确定的地址结果：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/entity/entityfamily.cpp" line="-102"/>
        <source>GET %1 → HTTP %2; title &quot;%3&quot;; SiteName &quot;%4&quot;</source>
        <translation>GET %1 → HTTP %2；标题“%3”；SiteName“%4”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no website declared or discovered</source>
        <translation>没有申报或发现的网站</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no site answers: %1</source>
        <translation>没有网站响应：%1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (also reached as %2)</source>
        <translation>%1（也可通过 %2 访问）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>distinct portals (names that redirect to one site or serve the same home page count as one): %1</source>
        <translation>不同的门户网站（跳转到同一网站或首页相同的域名计为一个）：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer in time from %1; portals found: %2</source>
        <translation>%1 未按时响应；已发现的门户网站：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portals naming the org: %1</source>
        <translation>标明本单位名称的门户网站：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the home page lists no dated items</source>
        <translation>首页没有列出带日期的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newest item %1 (%2 days old)</source>
        <translation>最新内容 %1（距今 %2 天）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 dated items on %2; newest %3 &quot;%4&quot;, %5 days before %6</source>
        <translation>%2 上有 %1 条带日期的内容；最新一条为 %3“%4”，比 %6 早 %5 天</translation>
    </message>
    <message>
        <location filename="../../plugins/entity/homepage.cpp" line="+10"/>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="+25"/>
        <source>%1 was not fetched</source>
        <translation>未获取 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="+16"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="+1"/>
        <source>%1 gave no answer: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/identifierfamily.cpp" line="-146"/>
        <source>GET %1 → HTTP %2</source>
        <translation>GET %1 → HTTP %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not in the page, and scripts that may write it were not read: %2</source>
        <translation>页面中没有%1，且可能写入它的脚本未能读取：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text of the page as a reader sees it (comments removed, script-written footers included), last part:
%1</source>
        <translation>读者所见的页面文字（已去除注释，包括脚本写入的页脚），末尾部分：
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>external scripts read:
%1</source>
        <translation>已读取的外部脚本：
%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>badge present (%1 form): %2</source>
        <translation>存在标识（%1 形式）：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the badge</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a badge</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no badge, as befits a %1</source>
        <translation>没有标识，符合 %1 类单位的要求</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no badge to compare</source>
        <translation>没有可比对的标识</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the badge&apos;s colour could not be read (%1 form%2)</source>
        <translation>无法识别标识的颜色（%1 形式%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 badge</source>
        <translation>%1 标识</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>site code %1%2</source>
        <translation>网站标识码 %1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 网站标识码</source>
        <translation>网站标识码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site codes found:
%1
footer text: %2
org region: %3</source>
        <translation>发现的网站标识码：
%1
页脚文字：%2
单位行政区划：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ICP filing number shown: &quot;%1&quot;</source>
        <translation>已展示 ICP 备案号：“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ICP filing number</source>
        <translation>ICP 备案号</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>badge script not readable: %1</source>
        <translation>无法读取标识脚本：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>badge script %1 writes:
%2</source>
        <translation>标识脚本 %1 写入的内容：
%2</translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/pagemarks.cpp" line="+100"/>
        <source>no 网站标识码 in the footer, the SiteIDCode meta or the _jiucuo_ script</source>
        <translation>页脚、SiteIDCode meta 标签或 _jiucuo_ 脚本中均没有网站标识码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SiteIDCode meta</source>
        <translation>SiteIDCode meta 标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the _jiucuo_ script</source>
        <translation>_jiucuo_ 脚本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shows %2, which is not a 网站标识码 (10 digits, or bm + 8 digits, not a placeholder)</source>
        <translation>%1 中显示的 %2 不是网站标识码（应为 10 位数字，或 bm 加 8 位数字，且不能是占位符）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the site codes disagree: %1</source>
        <translation>网站标识码不一致：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site code %1 has region prefix %2, but the org&apos;s region is %3</source>
        <translation>网站标识码 %1 的区划前缀为 %2，但单位所在行政区划为 %3</translation>
    </message>
    <message>
        <location filename="../../plugins/links/linkprobe.cpp" line="-24"/>
        <source>no request was made</source>
        <translation>未发出请求</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../plugins/mail/mailconnection.cpp" line="+39"/>
        <location filename="../../plugins/mail/webmailclient.cpp" line="+109"/>
        <location filename="../../plugins/sdk/probes/dnsprobe.cpp" line="+189"/>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="+348"/>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection closed without an answer</source>
        <translation>连接在响应前被关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host not found: %1</source>
        <translation>找不到主机：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer, twice: %1, then %2</source>
        <translation>两次均无响应：先是 %1，然后是 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NXDOMAIN: %1 does not exist</source>
        <translation>NXDOMAIN：%1 不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no address record</source>
        <translation>%1 没有地址记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the HTTP client could not resolve %1, which DNS resolves to %2</source>
        <translation>HTTP 客户端无法解析 %1，而 DNS 将其解析为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS gave no verdict on %1: %2</source>
        <translation>DNS 未能判定 %1：%2</translation>
    </message>
    <message>
        <location filename="../../plugins/links/maliciouslink.cpp" line="-15"/>
        <source>listed as %1 (%2)</source>
        <translation>被列为 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 content: %2</source>
        <translation>%1类内容：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blocklist entry &quot;%1&quot; at %2</source>
        <translation>%2 处的黑名单条目“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 terms found (%2 distinct, threshold %3):</source>
        <translation>发现 %1 个关键词（%2 个不同，阈值 %3）：</translation>
    </message>
    <message>
        <location filename="../../plugins/links/sitelinks.cpp" line="-199"/>
        <source>no page of %1 could be read: %2</source>
        <translation>无法读取 %1 的任何页面：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of the site&apos;s pages could not be read, so the links on them were not checked: %2</source>
        <translation>网站有 %1 个页面无法读取，其中的链接未作检查：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the %1 external links read go through a leaving notice, but %2</source>
        <translation>已读取的 %1 个外部链接均经过离站提示，但%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no external links on %1 pages read</source>
        <translation>已读取的 %1 个页面上没有外部链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 external links go through a leaving notice</source>
        <translation>全部 %1 个外部链接均经过离站提示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 links straight to %2 (&quot;%3&quot;)</source>
        <translation>%1 直接链接到 %2（“%3”）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the linked page could not be read</source>
        <translation>无法读取链接指向的页面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not listed, and the content is not known: %1</source>
        <translation>未被列入黑名单，且内容未知：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not listed; no content class reaches %1 terms</source>
        <translation>未被列入黑名单；各内容类别的命中均未达到 %1 个关键词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not listed (content not read: %1)</source>
        <translation>未被列入黑名单（内容未读取：%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a site of an org in the case</source>
        <translation>案卷中某单位的网站</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no broken link among those checked, but %1</source>
        <translation>已检查的链接中没有失效链接，但%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 internal links: %2 read by the crawl, %3 more checked, none broken%4</source>
        <translation>站内链接 %1 个：爬取时读取 %2 个，另检查 %3 个，均未失效%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not checked (limit %2)</source>
        <translation>；%1 个未检查（上限 %2）</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/accountchecks.cpp" line="-341"/>
        <location filename="../../plugins/mail/hostchecks.cpp" line="-12"/>
        <source>webmail %1</source>
        <translation>网页邮箱 %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not authorised: org %1 is not marked for authorised active tests</source>
        <translation>未授权：单位 %1 未标记为允许授权主动测试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no test account for org %1 in the scan profile (mail.accounts)</source>
        <translation>扫描配置中没有单位 %1 的测试账号（mail.accounts）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variable %1 (the test account&apos;s password) is not set</source>
        <translation>未设置环境变量 %1（测试账号的密码）</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+22"/>
        <source>could not log in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an IMAP session idle for %1 s still answers NOOP</source>
        <translation>空闲 %1 秒后，IMAP 会话仍响应 NOOP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the IMAP session was closed within %1 s idle</source>
        <translation>IMAP 会话在空闲 %1 秒内被关闭</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>idle for %1 s, then the logged-in page again</source>
        <translation>空闲 %1 秒后，再次访问登录后页面</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the session cookie still opens %1 after %2 s idle (%3)</source>
        <translation>空闲 %2 秒后，会话 Cookie 仍可打开 %1（%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the session ended within %1 s idle (%2)</source>
        <translation>会话在空闲 %1 秒内结束（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+167"/>
        <source>attempts: %1</source>
        <translation>尝试记录：%1</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no IMAP and no webmail to log in to</source>
        <translation>没有可登录的 IMAP 或网页邮箱</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the scan allows %1 wrong passwords for account %2 in all; %3 already spent on %4, so a full test here would exceed it</source>
        <translation>本次扫描对账号 %2 总共只允许 %1 次错误密码；已在 %4 上用掉 %3 次，在此完整测试将超出限额</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no channel where the test account logs in over verified TLS, so no wrong password was sent: %1</source>
        <translation>没有任何渠道能让测试账号通过已验证的 TLS 登录，因此未发送错误密码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no IMAP and no webmail</source>
        <translation>没有 IMAP，也没有网页邮箱</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>after %1 wrong passwords: %2</source>
        <translation>%1 次错误密码之后：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer to a wrong password: %1 %2</source>
        <translation>对错误密码的响应异常：%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, wrong password %2</source>
        <translation>%1，第 %2 次错误密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict from a wrong password: %1</source>
        <translation>错误密码未得到明确结果：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, wrong passwords</source>
        <translation>%1，错误密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped after %1 wrong passwords on %2: %3; attempts: %4</source>
        <translation>在 %2 上输入 %1 次错误密码后停止：%3；尝试记录：%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after %1 wrong passwords on %2</source>
        <translation>在 %2 上输入 %1 次错误密码后</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>%1, right password</source>
        <translation>%1，正确密码</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <source>still logs in at once %1 (in %2 ms)</source>
        <translation>仍可立即登录 %1（耗时 %2 毫秒）</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>%1 the right password, which worked before, is refused (%2)</source>
        <translation>%1 此前有效的正确密码被拒绝（%2）</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/hostchecks.cpp" line="-180"/>
        <location filename="../../plugins/vuln/weakpassword.cpp" line="-204"/>
        <source>%1: no answer (%2)</source>
        <translation>%1：无响应（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>webmail %1 served over plain HTTP (%2, no redirect to HTTPS)</source>
        <translation>网页邮箱 %1 通过明文 HTTP 提供服务（%2，未跳转至 HTTPS）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ends at %2</source>
        <translation>%1 最终到达 %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no mail port open</source>
        <translation>没有开放的邮件端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1</source>
        <translation>%1 无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webmail</source>
        <translation>网页邮箱</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>protocols sound (%1), but the certificate could not be verified here: %2 — not shown invalid, expired or self-signed; pin it in the profile if it is the org&apos;s own</source>
        <translation>协议配置良好（%1），但此处无法验证证书：%2——未发现证书无效、过期或自签名；如为本单位自有证书，请在扫描配置中固定该证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2+</source>
        <translation>TLS 1.2+</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no weak TLS seen%1, but these did not answer in time: %2</source>
        <translation>未发现薄弱的 TLS 配置%1，但以下端口未按时响应：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS ports did not answer in time</source>
        <translation>TLS 端口未按时响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no TLS mail service (plaintext is mail.plaintext_protocol)</source>
        <translation>没有 TLS 邮件服务（明文情况见 mail.plaintext_protocol）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no overseas vantage (overseas_proxy) in the scan profile</source>
        <translation>扫描配置中没有境外探测点（overseas_proxy）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>webmail answered through %1</source>
        <translation>网页邮箱经由 %1 作出响应</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the overseas vantage %1 could not be used: %2</source>
        <translation>无法使用境外探测点 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time through %1</source>
        <translation>经由 %1 未按时响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused from the overseas vantage: %1</source>
        <translation>境外探测点的访问被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailconnection.cpp" line="-1"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server sent more than %1 bytes</source>
        <translation>服务器发送的数据超过 %1 字节</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no TLS handshake within %1 ms</source>
        <translation>%1 毫秒内未完成 TLS 握手</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailfamily.cpp" line="-7"/>
        <source>TXT lookup failed: %1 %2, %3 %4</source>
        <translation>TXT 查询失败：%1 %2，%3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SPF: %1; DMARC: %2</source>
        <translation>SPF：%1；DMARC：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>login page answered %1</source>
        <translation>登录页面响应 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login page did not answer: %1</source>
        <translation>登录页面无响应：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../plugins/mail/webmailclient.cpp" line="+61"/>
        <source>no login form with a password field at %1 (rendered by script?)</source>
        <translation>%1 上没有带密码字段的登录表单（可能由脚本渲染？）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the MX of %1 got no definite answer (%2): its mail hosts are not known</source>
        <translation>%1 的 MX 查询没有确定结果（%2）：其邮件服务器未知</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailprobes.cpp" line="+166"/>
        <source>IMAPS 993: %1</source>
        <translation>IMAPS 993：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IMAPS not usable: %1</source>
        <translation>IMAPS 不可用：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>IMAP 143 STARTTLS: %1</source>
        <translation>IMAP 143 STARTTLS：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP 143 offers no STARTTLS: the password is not sent in clear</source>
        <translation>IMAP 143 不提供 STARTTLS：密码不会以明文发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP 143: %1</source>
        <translation>IMAP 143：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no verified TLS channel: %1</source>
        <translation>没有经过验证的 TLS 通道：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no IMAP service to log in to: %1</source>
        <translation>没有可登录的 IMAP 服务：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../plugins/mail/webmailclient.cpp" line="+46"/>
        <source>the scan&apos;s attempt budget for this account is spent: nothing sent</source>
        <translation>本次扫描对该账号的尝试次数已用完：未发送任何内容</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>idle for %1 s without a command</source>
        <translation>空闲 %1 秒，未发送任何命令</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailrules.cpp" line="+42"/>
        <source>no CAPABILITY answer: LOGIN (RFC 3501) assumed available without TLS</source>
        <translation>没有 CAPABILITY 响应：假定 TLS 之前可使用 LOGIN（RFC 3501）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>advertises %1 before TLS</source>
        <translation>TLS 之前即声明支持 %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>LOGIN not disabled before TLS (no LOGINDISABLED)</source>
        <translation>TLS 之前未禁用 LOGIN（没有 LOGINDISABLED）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOGINDISABLED and no AUTH= before TLS%1</source>
        <translation>TLS 之前声明 LOGINDISABLED 且没有 AUTH=%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>; STARTTLS offered</source>
        <translation>；提供 STARTTLS</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>CAPA not supported: USER/PASS (RFC 1939) assumed available without TLS</source>
        <translation>不支持 CAPA：假定 TLS 之前可使用 USER/PASS（RFC 1939）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no USER or SASL mechanism before TLS%1</source>
        <translation>TLS 之前没有 USER 或 SASL 机制%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; STLS offered</source>
        <translation>；提供 STLS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EHLO offers %1 before TLS%2</source>
        <translation>TLS 之前 EHLO 即提供 %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, and no STARTTLS</source>
        <translation>，且不提供 STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no AUTH before TLS%1</source>
        <translation>TLS 之前没有 AUTH%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no SPF record</source>
        <translation>没有 SPF 记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 SPF records (RFC 7208 permerror: receivers ignore them)</source>
        <translation>有 %1 条 SPF 记录（RFC 7208 permerror：接收方将忽略它们）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SPF ends in %1: any server may send as the domain</source>
        <translation>SPF 以 %1 结尾：任何服务器都可以该域名发信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF ends in ?all (neutral): unlisted servers are not rejected</source>
        <translation>SPF 以 ?all（中性）结尾：未列出的服务器不会被拒收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF has no all mechanism: unlisted servers are not rejected</source>
        <translation>SPF 没有 all 机制：未列出的服务器不会被拒收</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no DMARC record</source>
        <translation>没有 DMARC 记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DMARC without a p= policy</source>
        <translation>DMARC 没有 p= 策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DMARC p=%1: spoofed mail is delivered</source>
        <translation>DMARC p=%1：仿冒邮件会被投递</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>field %1 (%2)</source>
        <translation>字段 %1（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>login form mentions “%1”</source>
        <translation>登录表单提到“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login form fields: %1</source>
        <translation>登录表单字段：%1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>HTTP 429 Too Many Requests</source>
        <translation>HTTP 429 Too Many Requests（请求过多）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>HTTP %1, the page says “%2”</source>
        <translation>HTTP %1，页面显示“%2”</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>HTTP %1, a CAPTCHA appeared on the login form</source>
        <translation>HTTP %1，登录表单出现了验证码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1, the login form again</source>
        <translation>HTTP %1，再次出现登录表单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1, a page without a login form</source>
        <translation>HTTP %1，页面没有登录表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, a logged-in page (“%2”)</source>
        <translation>HTTP %1，已登录页面（“%2”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 accepted</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>broken cipher %1</source>
        <translation>存在已被攻破的加密套件 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate not yet valid</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate for another name</source>
        <translation>证书签发给其他域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate chain not verified (%1)</source>
        <translation>证书链未经验证（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown issuer</source>
        <translation>未知颁发者</translation>
    </message>
    <message>
        <location filename="../../plugins/mail/webmailclient.cpp" line="-154"/>
        <source>%1 is not https on %2: not requested</source>
        <translation>%2 上的 %1 不是 https：未发送请求</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>certificate not verified (%1): nothing sent</source>
        <translation>证书未经验证（%1）：未发送任何内容</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="-125"/>
        <source>more than %1 redirects</source>
        <translation>跳转超过 %1 次</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>webmail declared over http: the login is tried at %1 only</source>
        <translation>网页邮箱申报为 http：仅在 %1 尝试登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login page answered HTTP %1</source>
        <translation>登录页面返回 HTTP %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the login form asks for a CAPTCHA on every login</source>
        <translation>登录表单每次登录都要求输入验证码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login form uses method %1: a password would travel in the URL, not sent</source>
        <translation>登录表单使用 %1 方法：密码会出现在 URL 中，未发送</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login form posts to %1, not https on the webmail host: not sent</source>
        <translation>登录表单提交到 %1，而非网页邮箱主机上的 https：未发送</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the login form has no user name field</source>
        <translation>登录表单没有用户名字段</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/blocklist.cpp" line="+52"/>
        <source>%1 line %2: &quot;%3&quot; %4; fix or remove the line</source>
        <translation>%1 第 %2 行：“%3”%4；请修正或删除该行</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+45"/>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>is not a valid URL</source>
        <translation>不是有效的网址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is neither a domain, a URL nor a hosts-file line</source>
        <translation>既不是域名、网址，也不是 hosts 文件格式的行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a domain name</source>
        <translation>不是域名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has fewer than 3 URLhaus columns</source>
        <translation>少于 3 个 URLhaus 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a valid URL (third column)</source>
        <translation>不是有效的网址（第三列）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/cnvdfeed.cpp" line="+98"/>
        <source>%1: vulnerability #%2 (line %3) has no &lt;number&gt;</source>
        <translation>%1：第 %2 个漏洞（第 %3 行）没有 &lt;number&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 line %2: not well-formed CNVD XML (%3); download the export again from CNVD, or remove the file from the feeds folder</source>
        <translation>%1 第 %2 行：不是格式正确的 CNVD XML（%3）；请从 CNVD 重新下载导出文件，或将该文件从数据源文件夹中移除</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/dnsprobe.cpp" line="-21"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>“%1”不是有效的主机名</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>CNAME loop at %1</source>
        <translation>%1 处存在 CNAME 循环</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/domainnames.cpp" line="+96"/>
        <source>%1 is itself a public suffix in the Public Suffix List: no registrable domain</source>
        <translation>%1 本身是公共后缀列表中的公共后缀：没有可注册域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: public suffix &quot;%2&quot; by the Public Suffix List, registrable domain &quot;%3&quot;%4</source>
        <translation>%1：按公共后缀列表，公共后缀为“%2”，可注册域名为“%3”%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Chinese/IDN)</source>
        <translation> （中文/国际化域名）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (English)</source>
        <translation> （英文）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/endoflife.cpp" line="+46"/>
        <source>%1: release #%2 has no &quot;cycle&quot;</source>
        <translation>%1：第 %2 个版本没有“cycle”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: neither an endoflife.date release array nor a v1 product object with result.releases (%2)</source>
        <translation>%1：既不是 endoflife.date 的版本数组，也不是带 result.releases 的 v1 产品对象（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no releases</source>
        <translation>没有版本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: release #%2 has no &quot;name&quot;</source>
        <translation>%1：第 %2 个版本没有“name”</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/feeds.cpp" line="+21"/>
        <location line="+3"/>
        <location line="+74"/>
        <source>Cannot read the feed file %1: %2</source>
        <translation>无法读取数据源文件 %1：%2</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The feeds directory %1 does not exist or is not a directory: create it or pass another with --feeds.</source>
        <translation>数据源目录 %1 不存在或不是目录：请创建该目录，或用 --feeds 指定其他目录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feed file %1 is a link to %2, outside the feeds directory %3: copy the file into the directory instead.</source>
        <translation>数据源文件 %1 是指向 %2 的链接，位于数据源目录 %3 之外：请改为将该文件复制到该目录中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a missing file</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed file %1 is larger than 512 MiB: split it or remove it.</source>
        <translation>数据源文件 %1 超过 512 MiB：请拆分或移除该文件。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The feed file %1 is in none of the feeds directories.</source>
        <translation>数据源文件 %1 不在任何数据源目录中。</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="-177"/>
        <source>subject CN=%1; issuer CN=%2; valid %3 to %4; SHA-256 %5</source>
        <translation>主题 CN=%1；颁发者 CN=%2；有效期 %3 至 %4；SHA-256 %5</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>
[… %1 bytes in all%2]</source>
        <translation>
[… 共 %1 字节%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, cut at the size limit</source>
        <translation>，在大小上限处截断</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no complete answer within %1 ms (the whole request, redirects included)</source>
        <translation>%1 毫秒内未收到完整响应（整个请求，含跳转）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>redirect to an unusable location &quot;%1&quot; (only http and https are followed)</source>
        <translation>跳转到无法使用的地址“%1”（只跟随 http 和 https）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect loop: %1 leads back to %2</source>
        <translation>跳转循环：%1 又回到 %2</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>the body exceeded %1 bytes and was cut there</source>
        <translation>响应体超过 %1 字节，已在该处截断</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body was not received whole: %1</source>
        <translation>未完整接收响应体：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body did not finish within %1 ms</source>
        <translation>响应体未在 %1 毫秒内接收完毕</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>no overseas vantage is configured (profile &quot;vantage.overseas&quot;)</source>
        <translation>未配置境外探测点（扫描配置“vantage.overseas”）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/keywordlists.cpp" line="+46"/>
        <source>%1 holds no terms: add one term a line or remove the file</source>
        <translation>%1 中没有关键词：请每行添加一个关键词，或移除该文件</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/mailattempts.cpp" line="+10"/>
        <source>%1 %2: %3 as %4 on %5 (%6, %7): %8</source>
        <translation>%1 %2：%3 以 %4 登录 %5（%6，%7）：%8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong password</source>
        <translation>错误密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right password</source>
        <translation>正确密码</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/retirejs.cpp" line="+30"/>
        <source>%1: extractor &quot;%2&quot; is not a valid regular expression (%3)</source>
        <translation>%1：提取器“%2”不是有效的正则表达式（%3）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no CVE)</source>
        <translation>（无 CVE 编号）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a retire.js jsrepository object (%2 at offset %3)</source>
        <translation>%1：不是 retire.js 的 jsrepository 对象（偏移 %3 处：%2）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>script URL %1</source>
        <translation>脚本地址 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>content of %1</source>
        <translation>%1 的内容</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/rirdelegated.cpp" line="+14"/>
        <source>%1 line %2: %3 (expected registry|cc|type|start|value|date|status; fix or remove the line, or replace the file with the RIR&apos;s original)</source>
        <translation>%1 第 %2 行：%3（应为 registry|cc|type|start|value|date|status；请修正或删除该行，或用 RIR 的原始文件替换该文件）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 fields</source>
        <translation>%1 个字段</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bad start &quot;%1&quot; or value &quot;%2&quot;</source>
        <translation>start“%1”或 value“%2”无效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ipv4 block out of range</source>
        <translation>IPv4 地址段超出范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ipv6 prefix length %1</source>
        <translation>IPv6 前缀长度 %1</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/scanprofile.cpp" line="+21"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the scan profile %1: %2</source>
        <translation>无法读取扫描配置 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not valid JSON at offset %2 (%3).</source>
        <translation>%1：偏移 %2 处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a scan profile is a JSON object ({…}).</source>
        <translation>%1：扫描配置必须是 JSON 对象（{…}）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;user_agent&quot; must be a string</source>
        <translation>“user_agent”必须是字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;allow_private&quot; must be true or false</source>
        <translation>“allow_private”必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;vantage.overseas&quot; must be a socks5://host:port URL</source>
        <translation>“vantage.overseas”必须是 socks5://host:port 形式的地址</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mail.accounts[%1] needs &quot;org&quot;, &quot;user&quot; and &quot;password_env&quot;</source>
        <translation>mail.accounts[%1] 需要“org”“user”和“password_env”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mail.accounts[%1] holds a &quot;password&quot;: put it in an environment variable and name that in &quot;password_env&quot;</source>
        <translation>mail.accounts[%1] 中含有“password”：请将密码放入环境变量，并在“password_env”中填写该变量名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mail.accounts[%1].pinned_sha256 must be an array of SHA-256 hex strings</source>
        <translation>mail.accounts[%1].pinned_sha256 必须是由十六进制 SHA-256 字符串组成的数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mail.accounts[%1].pinned_sha256: &quot;%2&quot; is not a SHA-256 in hex</source>
        <translation>mail.accounts[%1].pinned_sha256：“%2”不是十六进制的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/scope.cpp" line="-21"/>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>“%1”不是主机名或地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is declared by org %2</source>
        <translation>%1 由单位 %2 申报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address %1 is not declared by org %2</source>
        <translation>地址 %1 未由单位 %2 申报</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is declared by another org of the case</source>
        <translation>%1 由案卷中的另一单位申报</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is under %2, a registrable domain of org %3</source>
        <translation>%1 位于单位 %3 的可注册域名 %2 之下</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (registrable domain %2) is not under the registrable domains of org %3 (%4)</source>
        <translation>%1（可注册域名 %2）不在单位 %3 的可注册域名（%4）之下</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 resolves to the %2 address %3: active tests go to public addresses only (the scan profile&apos;s &quot;allow_private&quot; permits others)</source>
        <translation>%1 解析为 %2 地址 %3：主动测试只针对公网地址（扫描配置中的“allow_private”可放开其他地址）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/tcpprobe.cpp" line="+31"/>
        <source>* the server sent nothing within %1 ms</source>
        <translation>* 服务器在 %1 毫秒内未发送任何内容</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/techfingerprints.cpp" line="+83"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression (%2)</source>
        <translation>模式“%1”不是有效的正则表达式（%2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: not a technologies JSON object (%2 at offset %3); expected the webappanalyzer schema {&quot;Name&quot;: {&quot;headers&quot;: …}}</source>
        <translation>%1：不是技术指纹 JSON 对象（偏移 %3 处：%2）；应符合 webappanalyzer 格式 {&quot;Name&quot;: {&quot;headers&quot;: …}}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: technology &quot;%2&quot;: %3; fix or remove the pattern</source>
        <translation>%1：技术“%2”：%3；请修正或删除该模式</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>implied by %1</source>
        <translation>由 %1 推断</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/tlshandshake.cpp" line="+56"/>
        <source>cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection in time</source>
        <translation>未按时建立连接</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>not tried: an earlier handshake stalled</source>
        <translation>未尝试：先前的握手已停滞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tried: the probe&apos;s %1 ms were used up</source>
        <translation>未尝试：探测的 %1 毫秒已用完</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2 unreachable: %3</source>
        <translation>%1:%2 无法访问：%3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the handshake did not complete within %1 ms</source>
        <translation>握手未在 %1 毫秒内完成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2 accepts connections but never completes a TLS handshake</source>
        <translation>%1:%2 接受连接，但始终未完成 TLS 握手</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>connection closed during the handshake</source>
        <translation>握手过程中连接被关闭</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/vulnfeeds.cpp" line="+39"/>
        <source>%1: not JSON (%2 at offset %3); expected %4</source>
        <translation>%1：不是 JSON（偏移 %3 处：%2）；应为%4</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: no &quot;vulnerabilities&quot; array; expected an NVD CVE JSON 2.0 file or API page</source>
        <translation>%1：没有“vulnerabilities”数组；应为 NVD CVE JSON 2.0 文件或 API 页面</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: vulnerability #%2 has no cve.id</source>
        <translation>%1：第 %2 个漏洞没有 cve.id</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 has a malformed CPE criteria &quot;%3&quot;</source>
        <translation>%1：%2 的 CPE criteria“%3”格式错误</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: entry #%2 has no cveID</source>
        <translation>%1：第 %2 个条目没有 cveID</translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/clientrules.cpp" line="-100"/>
        <source>ActiveX object classid clsid:%1</source>
        <translation>ActiveX 控件 classid clsid:%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a mainstream browser gets HTTP %1 at %2 where Internet Explorer gets HTTP %3 at %4</source>
        <translation>主流浏览器在 %2 得到 HTTP %1，而 Internet Explorer 在 %4 得到 HTTP %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no page to read: the home page answered HTTP %1 to both a mainstream and an Internet Explorer agent</source>
        <translation>没有可读取的页面：首页对主流浏览器和 Internet Explorer 均返回 HTTP %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 pages read, no browser or plug-in demanded; IE and mainstream agents served alike</source>
        <translation>已读取 %1 个页面，未要求特定浏览器或插件；IE 与主流浏览器获得的内容相同</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 home, service and login pages read; none offers only a third-party login</source>
        <translation>已读取 %1 个首页、服务页和登录页；均未仅提供第三方登录</translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/componentchecks.cpp" line="-104"/>
        <source>no component identified</source>
        <translation>未识别到任何组件</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1; none with a high or critical entry in the loaded feeds</source>
        <translation>%1；已加载的数据源中均无高危或严重漏洞条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, seen in %2:</source>
        <translation>%1，见于 %2：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1; none in an end-of-life release cycle</source>
        <translation>%1；均不处于已停止维护的版本周期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: endoflife.date product %2, cycle %3, eol %4, latest %5</source>
        <translation>%1：endoflife.date 产品 %2，版本周期 %3，停止维护 %4，最新版本 %5</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/exposedadmin.cpp" line="-14"/>
        <source>no management path answered on %1</source>
        <translation>%1 上没有任何管理路径响应</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no management interface open: %1</source>
        <translation>没有开放的管理界面：%1</translation>
    </message>
    <message>
        <location filename="../../app/cli/rematcher.cpp" line="+98"/>
        <location line="+210"/>
        <source>%1 (removed)</source>
        <translation>%1（已移除）</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>%1 (replaced: %2… → %3…)</source>
        <translation>%1（已替换：%2… → %3…）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../plugins/vuln/knownvulns.cpp" line="-108"/>
        <location line="+89"/>
        <source>, in the known-exploited catalogue</source>
        <translation>，列于已知被利用漏洞目录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3 (feed %4)</source>
        <translation>%1 %2：%3（数据源 %4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 runs a version with known vulnerabilities: %2</source>
        <translation>%1 运行的版本存在已知漏洞：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loads components with known high or critical vulnerabilities: %2</source>
        <translation>%1 加载了存在已知高危或严重漏洞的组件：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 seen by %3 in scan %4</source>
        <translation>%3 在扫描 %4 中发现 %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-match of the stored fingerprints against the feeds in force</source>
        <translation>已存储的指纹与当前生效数据源的重新匹配结果</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 (changed)</source>
        <translation>%1（已变更）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vulnerability data withdrawn: %1 no longer in the feeds in force (%2); %3 as seen in scan %4 matches no entry of %5</source>
        <translation>漏洞数据已撤销：%1 已不在当前生效的数据源中（%2）；扫描 %4 中发现的 %3 与 %5 中的任何条目均不匹配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entries of this finding</source>
        <translation>该问题的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feed files unchanged since the scan</source>
        <translation>自扫描以来数据源文件未变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing versioned</source>
        <translation>无版本信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no vulnerability feed)</source>
        <translation>（无漏洞数据源）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>re-matched against %1: now %2</source>
        <translation>已与 %1 重新匹配：现为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched without a scan: %1 (observed in scan %2) falls in %3 of %4</source>
        <translation>未经扫描即匹配：%1（在扫描 %2 中观察到）落入 %4 的 %3</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/knownvulns.cpp" line="-71"/>
        <source>(all versions)</source>
        <translation>（所有版本）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no platform identified on the home page</source>
        <translation>首页上未识别到任何平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detected %1; no version in a vulnerable range of the loaded feeds</source>
        <translation>检测到 %1；已加载的数据源中没有处于漏洞影响范围内的版本</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>  affected: %1 (feed %2)</source>
        <translation>  受影响：%1（数据源 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 detected by %2</source>
        <translation>%1 由 %2 检测到</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/redisauth.cpp" line="-25"/>
        <source>no redis credentials in feeds/credentials/*.csv</source>
        <translation>feeds/credentials/*.csv 中没有 redis 凭据</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no password is set at all (datasec.open_database reports an open Redis)</source>
        <translation>完全未设置密码（datasec.open_database 会报告未授权访问的 Redis）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no AUTH verdict: %1</source>
        <translation>AUTH 未得到明确结果：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 listed redis passwords refused</source>
        <translation>%1 个已列出的 redis 密码均被拒绝</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/vulnfamily.cpp" line="+79"/>
        <source>active tests go only to the org&apos;s own hosts: %1</source>
        <translation>主动测试只针对本单位自有的主机：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a CNAME onto %2, which is not the org&apos;s own (%3): its ports are that host&apos;s, not tested for this org</source>
        <translation>%1 是指向 %2 的 CNAME，而 %2 不属于本单位（%3）：其端口属于该主机，未针对本单位测试</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 redirects to %2, which is not the org&apos;s own (%3): attack-shaped queries are not sent there, and the org&apos;s host only answers with the redirect. Redirect chain: %4</source>
        <translation>%1 跳转至 %2，而 %2 不属于本单位（%3）：攻击特征请求不会发往该处，本单位主机仅以跳转作答。跳转链：%4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>port %1 of %2 gave no answer to a connect: whether a login is offered there is not known</source>
        <translation>%2 的端口 %1 对连接请求无响应：无法得知该处是否提供登录</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/wafprobe.cpp" line="-35"/>
        <source>baseline ?id=1: %1</source>
        <translation>基准请求 ?id=1：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the baseline request got no answer: %1</source>
        <translation>基准请求无响应：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attack-shaped queries are refused: %1</source>
        <translation>攻击特征请求被拒绝：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attack-shaped queries are answered differently from the baseline: %1</source>
        <translation>攻击特征请求的响应与基准请求不同：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/weakpassword.cpp" line="-19"/>
        <source>no http or tomcat credentials in feeds/credentials/*.csv</source>
        <translation>feeds/credentials/*.csv 中没有 http 或 tomcat 凭据</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: HTTP %2</source>
        <translation>%1：HTTP %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 listed HTTP Basic credentials refused</source>
        <translation>%1 组已列出的 HTTP Basic 凭据均被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 HTTP Basic attempts got no verdict: %3</source>
        <translation>%2 次 HTTP Basic 尝试中有 %1 次未得到明确结果：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 line %2: expected product,username,password (3 fields), got &quot;%3&quot;</source>
        <translation>%1 第 %2 行：应为 product,username,password（3 个字段），实际为“%3”</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no FTP or Redis service and no management page asking for HTTP Basic credentials</source>
        <translation>没有 FTP 或 Redis 服务，也没有要求 HTTP Basic 凭据的管理页面</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no ftp credentials in feeds/credentials/*.csv</source>
        <translation>feeds/credentials/*.csv 中没有 ftp 凭据</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 listed credentials refused</source>
        <translation>%1 组已列出的凭据均被拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FTP gave no login verdict on %1 of %2 attempts: %3</source>
        <translation>%2 次尝试中有 %1 次 FTP 未给出登录结果：%3</translation>
    </message>
    <message>
        <location filename="../../ui/reportdialog.h" line="+27"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../models/caseinspection.cpp" line="-43"/>
        <source>%1 is damaged (%2); it was not merged. Restore it from a backup or scan its shard again.</source>
        <translation>%1 已损坏（%2），未合并。请从备份中恢复，或重新扫描其分片。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../models/casemerge.cpp" line="-94"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Govscope case file (not an SQLite database).</source>
        <translation>%1 不是 Govscope 案卷文件（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an SQLite database but not a Govscope case file.</source>
        <translation>%1 是 SQLite 数据库，但不是 Govscope 案卷文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has case schema version %2, this Govscope writes version %3: cases of different schema versions are not merged. %4</source>
        <translation>%1 的案卷架构版本为 %2，而当前 Govscope 写入版本 %3：不同架构版本的案卷不能合并。%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open it once with this version (govscope orgs %1) to upgrade it.</source>
        <translation>请先用当前版本打开一次（govscope orgs %1）以完成升级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with the Govscope that wrote it.</source>
        <translation>请使用写入该案卷的 Govscope 版本进行合并。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has a table &apos;%2&apos; that govscope merge does not know; merging would lose it. Use the Govscope that wrote the case.</source>
        <translation>%1 中有 govscope merge 无法识别的表“%2”；合并会丢失该表。请使用写入该案卷的 Govscope 版本。</translation>
    </message>
    <message>
        <location filename="../../models/casemerge.cpp" line="+8"/>
        <source>Merging %1 failed: %2</source>
        <translation>合并 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>%1 is in use by another program; close it and merge again.</source>
        <translation>%1 正被其他程序占用；请关闭后重新合并。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was not changed.</source>
        <translation>%1 未被更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to merge: name at least one case after %1.</source>
        <translation>没有可合并的内容：请在 %1 之后至少指定一个案卷。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is both the output and an input; name another output.</source>
        <translation>%1 既是输出又是输入；请指定其他输出。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write %1 to disk. %2</source>
        <translation>无法将 %1 写入磁盘。%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot rename %1 to %2: %3. %4</source>
        <translation>无法将 %1 重命名为 %2：%3。%4</translation>
    </message>
    <message>
        <location filename="../../models/feedstore.cpp" line="+69"/>
        <source>Cannot read the feed manifest %1: %2</source>
        <translation>无法读取数据源清单 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The feed manifest %1 is damaged (%2): import the feeds again to rewrite it.</source>
        <translation>数据源清单 %1 已损坏（%2）：请重新导入数据源以重写该清单。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the folder %1; nothing was installed.</source>
        <translation>无法创建文件夹 %1；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot write %1: %2; nothing was installed.</source>
        <translation>无法写入 %1：%2；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write the feed manifest %1: %2; nothing was installed.</source>
        <translation>无法写入数据源清单 %1：%2；未安装任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot move %1 into place: %2. Files renamed before it are installed; run the import again.</source>
        <translation>无法将 %1 移动到位：%2。此前已重命名的文件已安装；请重新执行导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The feeds are installed but the manifest %1 could not be written: %2</source>
        <translation>数据源已安装，但无法写入清单 %1：%2</translation>
    </message>
    <message>
        <location filename="../../models/fingerprintrepository.cpp" line="+18"/>
        <source>Reading the observations of the case failed: %1</source>
        <translation>读取案卷中的观测记录失败：%1</translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/footerreading.cpp" line="+72"/>
        <source>%1 (not fetched: more than %2 scripts)</source>
        <translation>%1（未获取：脚本超过 %2 个）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (no answer: %2)</source>
        <translation>%1（无响应：%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → HTTP %2</source>
        <translation>%1 → HTTP %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../plugins/sdk/evidence.cpp" line="-53"/>
        <source> (%n secret(s) masked)</source>
        <translation>
            <numerusform> （已脱敏 %n 处机密信息）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/htmldocument.cpp" line="+185"/>
        <source>the page has more than %1 elements; only those before were read</source>
        <translation>页面元素超过 %1 个；仅读取了此前的元素</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>elements on the page nest more than %1 deep; only the part before was read</source>
        <translation>页面元素嵌套深度超过 %1 层；仅读取了此前的部分</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the page is larger than %1 KiB; only its beginning was read</source>
        <translation>页面大于 %1 KiB；仅读取了开头部分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parsing the page took longer than %1 ms; only its text was read</source>
        <translation>解析页面耗时超过 %1 毫秒；仅读取了其文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parsing the page needed more than %1 MiB; only its text was read</source>
        <translation>解析页面所需内存超过 %1 MiB；仅读取了其文字</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the page has more than %1 characters of text; the rest was not read</source>
        <translation>页面文字超过 %1 个字符；其余部分未读取</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reading the page took longer than %1 ms; the rest was not read</source>
        <translation>读取页面耗时超过 %1 毫秒；其余部分未读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page has more than %1 links, list items or meta tags; the rest was not read</source>
        <translation>页面的链接、列表项或 meta 标签超过 %1 个；其余部分未读取</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/observations.cpp" line="+24"/>
        <source>home page of %1 (what the products and versions were read from)</source>
        <translation>%1 的首页（产品和版本信息的读取来源）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/sitecrawler.cpp" line="+138"/>
        <source>redirect to %1, another host: not followed by the crawl</source>
        <translation>跳转至另一主机 %1：爬取时不跟随</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="-14"/>
        <source>%1 redirects to %2, on another registrable domain: that page is not judged as %1&apos;s</source>
        <translation>%1 跳转至另一可注册域名上的 %2：该页面不作为 %1 的页面进行判定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2 but the page was not read whole: %3</source>
        <translation>%1 返回 HTTP %2，但页面未完整读取：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2; not followed further: %3</source>
        <translation>%1 返回 HTTP %2；未继续跟随：%3</translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/highriskports.cpp" line="+70"/>
        <source>ports %1 of %2 (%3) gave no answer within %4 ms, nor again within %5 ms: filtered by a firewall, or the host too slow to tell; whether they are open is not known</source>
        <translation>%2（%3）的端口 %1 在 %4 毫秒内无响应，在 %5 毫秒内重试仍无响应：可能被防火墙过滤，或主机响应过慢无法判断；无法得知这些端口是否开放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 high-risk ports closed (refused) on %2</source>
        <translation>%2 上的 %1 个高危端口已关闭（连接被拒绝）</translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="-173"/>
        <source>HTTP %1 came without any header field that could be read (Qt drops a whole header block past 100 fields, 100 KiB in a field or 256 KiB in all): its body was not read</source>
        <translation>HTTP %1 响应中没有可读取的响应头字段（响应头超过 100 个字段、单个字段超过 100 KiB 或总计超过 256 KiB 时，Qt 会将其整体丢弃）：未读取响应体</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1 came with %2 bytes of response headers, more than the %3 accepted: its body was not read</source>
        <translation>HTTP %1 响应的响应头共 %2 字节，超过可接受的 %3 字节：未读取响应体</translation>
    </message>
</context>
</TS>
