<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/application.cpp" line="+34"/>
        <source>Govscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This build&apos;s check families are inconsistent; rebuild it from a clean tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+20"/>
        <source>import a list into CASE (created if missing); re-import updates rows by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print the organisations with their assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print findings (titles and evidence in the locale&apos;s language, or --lang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run the checks (all families by default); Ctrl-C stops, the same command again resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge cases of the same organisation list (shards of one scan) into OUT, created if missing; OUT is replaced only when every input merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the report bundle (PDF, HTML, findings.json, evidence, manifest), signed when a key is given; --new-key/--new-cert/--subject create a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check a bundle&apos;s files against its manifest and its signature; exit 0 only if all is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>validate and install feed files into the user&apos;s data directory; list the feeds in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>match the stored fingerprints against the feeds in force, without network; print what it adds (+) or closes (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks the internet applications of government bodies and public institutions against
the 2024 《互联网政务应用安全管理规定》.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the workbench (on CASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit status: 0 success (a scan that found problems succeeded), 1 the work failed, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>govscope: this build&apos;s check families are inconsistent; rebuild it from a clean tree:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>govscope: unknown command or option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyMetadata</name>
    <message>
        <location filename="../../plugins/sdk/familymetadata.cpp" line="+35"/>
        <source>family plugin %1: its metadata file has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>family plugin %1: its metadata file lists no &quot;checks&quot; or an empty check id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyRegistry</name>
    <message>
        <location filename="../../app/engine/familyregistry.cpp" line="+81"/>
        <source>family &quot;%1&quot; is declared by two plugins (%2 is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>family plugin %1 declares the id &quot;%2&quot;, which the catalogue (resources/checks/catalogue.json) has no family of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>family &quot;%1&quot;: its metadata file does not list the catalogue&apos;s checks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>family &quot;%1&quot;: its metadata file lists checks the catalogue does not have: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>family &quot;%1&quot;: its metadata file lists a check twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the catalogue&apos;s family &quot;%1&quot; is not linked into this build: add its folder under plugins/</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../models/core/findingtext.cpp" line="+32"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/cloud/cloudfamily.cpp" line="+50"/>
        <source>{host} is hosted outside mainland China: {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RIR delegation and cloud-region records of {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{platform} ({provider}): assessment expired {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{host} is hosted on a cloud platform without a valid security assessment: {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cloud ranges and assessments matched for {host} (as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/datasecfamily.cpp" line="+41"/>
        <source>{service} on {target} answers without authentication ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{service} {target}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/sitechecks.cpp" line="+47"/>
        <source>GET http://{host}/ → HTTP {status}, final URL {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET https://{host}/: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HTTPS responses of {host} carry no Strict-Transport-Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET https://{host}/ → HTTP {status} without Strict-Transport-Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>certificate expired {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate not valid before {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate is for {names}, not {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate not trusted ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{protocol} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS of {host}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>GET {url} → HTTP 200: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} serves {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{host} publishes unmasked personal data: {ids} ID, {mobiles} mobile and {cards} bank card numbers in {documents} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>masked matches in {urls}; {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/transport.cpp" line="+20"/>
        <source>no HTTPS on {host} ({error}); the site is served over plain HTTP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http://{host}/ answers HTTP {status} without redirecting to HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/domain/dnsrules.cpp" line="+31"/>
        <source>Dangling CNAME: {host} points to {target}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Website host {host} does not resolve: its CNAME target {target} does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website host {host} does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website host {host} has no A or AAAA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mail domain {domain} does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail domain {domain} has neither MX nor A/AAAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/domain/suffixrules.cpp" line="+31"/>
        <source>{what} of a {kind} body uses the government suffix: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is under {suffix}, reserved for 党政机关; the org is {kind} ({kind_zh})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not under .gov.cn or .政务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Government website outside .gov.cn/.政务: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has public suffix &quot;{suffix}&quot;, not .gov.cn or .政务, which a 党政机关 must use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is under a government suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Institution website outside .cn/.公益: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} has public suffix &quot;{suffix}&quot;; a 事业单位 should use .cn (not .gov.cn) or .公益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} is under .cn or .公益</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Websites spread over {count} registrable domains (one English and one Chinese allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English registrable domains: {english}; Chinese: {chinese}; {explanations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{explanations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/links/maliciouslink.cpp" line="+21"/>
        <source>listed as {entry} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{class} content: {terms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/links/sitelinks.cpp" line="+29"/>
        <source>Link &quot;{text}&quot; → {url} found on {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{url}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{host} links to {count} other sites with no notice that the visitor is leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} external links without an interstitial page or confirm, e.g. {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Dead link to {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Link to {target}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Broken link inside the site: {target} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/accountchecks.cpp" line="+77"/>
        <source>protocol transcripts: {verdicts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt log: {attempts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <source>{host}: a session idle for {seconds} s is still usable: {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+168"/>
        <source>{host}: account {user} has no login limit on {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/hostchecks.cpp" line="+225"/>
        <source>{host} accepts passwords without TLS: {ports}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>weak TLS: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid certificate: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} has {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{service} answered through {vantage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{host} reachable from the overseas vantage: {services}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailfamily.cpp" line="+39"/>
        <source>{domain} can be spoofed: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SPF: {spf}; DMARC: {dmarc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>webmail {url} asks for a password only ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/evidence.cpp" line="+42"/>
        <source>{summary} ({count} secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation {id} {name}: kind {kind} ({kind_zh}), level {level} ({level_zh}), role {role} ({role_zh})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DNS {chain}: {status} {addresses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS {name} {type}: {status} {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/clientrules.cpp" line="+119"/>
        <source>{host} demands a particular browser or plug-in: {signs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{url} (page text and markup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home page with the mainstream User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home page with an Internet Explorer User-Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{host} offers login only through a third-party platform: {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{url}: scan login only, no password, SMS or 统一身份认证 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/componentchecks.cpp" line="+102"/>
        <source>{host} loads components with known high or critical vulnerabilities: {components}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>components and the feed entries they match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home page that loads them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{component} (cycle {cycle}, end of life {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{host} runs end-of-life components: {components}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>components and their release cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home page the versions come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/exposedadmin.cpp" line="+99"/>
        <source>management interfaces of {host} answer without access control: {interfaces}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GET {url} answered with the interface itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a nonsense path, for comparison (soft-404 check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/highriskports.cpp" line="+138"/>
        <source>{service} port {port} is open on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{service} port {port} is open on {host}: &quot;{banner}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP connect to {target} ({address}) and what the service said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/knownvulns.cpp" line="+121"/>
        <source>{host} runs a version with known vulnerabilities: {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version match against the vulnerability feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>home page of {host} (headers and markup the versions come from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/redisauth.cpp" line="+63"/>
        <source>Redis on {target} accepts a listed default password ({password})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redis AUTH on {target} (password masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/wafprobe.cpp" line="+125"/>
        <source>{host} answers attack-shaped queries like a normal request (HTTP {status}): nothing filters them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers: {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attack-shaped request {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/weakpassword.cpp" line="+95"/>
        <source>{target} accepts HTTP Basic user &quot;{user}&quot; with a listed default password ({password})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP Basic login accepted (password masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>FTP on {target} accepts {login} with a listed default password ({password})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anonymous login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user &quot;{user}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FTP login on {target} (password masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/entity/entityfamily.cpp" line="+58"/>
        <source>Township body runs its own website {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County-level department runs its own website {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{count} portals present themselves as {org}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Home page not updated for {days} days (newest item {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/identifierfamily.cpp" line="+105"/>
        <source>CONAC badge ({form} form, {colour}) on {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the home page (outside comments, with what its scripts write) has no bszs.conac.cn link, no dcs.conac.cn/biaozhi.conac.cn badge image and no badge script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No 党政机关/事业单位 badge on the home page of {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{kind} site {host} carries the 党政机关/事业单位 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{colour} badge on the site of a {kind} ({expected} expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>网站标识码 problem on {host}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the text of the home page (outside comments, with what its scripts write) has no …ICP备…号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text of the home page (outside comments, with what its scripts write) has no …ICP备…号; it shows a 公安 filing number (&quot;{number}&quot;), which is not an ICP filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ICP filing number on the home page of {host}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingDisplay</name>
    <message>
        <location filename="../../models/itemmodels/findingdisplay.cpp" line="+9"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>Govscope::Cli</name>
    <message>
        <location filename="../../app/cli/feedscommand.cpp" line="+45"/>
        <source>%1 is larger than 512 MiB: split it; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds no feed files; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot tell which feed this is; give its place in the feeds layout with --as (e.g. --as vuln/nvd-2024.json); nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>feeds import needs a directory or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--as names the place of one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 and %2 would both be installed as %3; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(nothing was installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+50"/>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>govscope: feeds: %1 files installed in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>feeds needs import or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/rematchcommand.cpp" line="+30"/>
        <source>withdrawn: %1; feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added %1, withdrawn %2; feed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: re-match failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>govscope: rematch: %1 added, %2 closed, %3 changed; %4 vulnerability entries (parsed in %5 ms), %6 ms in all, no network used
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Cli::FeedValidation</name>
    <message>
        <location filename="../../app/cli/feedvalidation.cpp" line="+32"/>
        <source>%1: holds no %2; nothing was installed. Check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 line %2: the header must be %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 line %2: expected %3 fields (%4), got %5: &quot;%6&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no &quot;vulnerabilities&quot; array: not an NVD CVE JSON 2.0 file or API page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: record %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;cve.id&quot; must be a CVE id such as CVE-2024-12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;metrics&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a cpeMatch &quot;criteria&quot; is not a CPE 2.3 name (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: record %2: &quot;cveID&quot; must be a CVE id (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: library &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must be an object with extractors and vulnerabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;extractors&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;vulnerabilities&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: vulnerability %2 has neither &quot;below&quot; nor &quot;atOrAbove&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: release cycle %2: needs &quot;%3&quot; as text and &quot;%4&quot; as %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true, false or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CNVD vulnerability entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: vuln/ takes NVD CVE JSON 2.0 (.json), the CISA KEV catalogue (kev.json) or CNVD XML (.xml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>known-exploited entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NVD &quot;vulnerabilities&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 is not a place of the feeds layout (rir/, cloud/, vuln/, fingerprints/, jslibs/, eol/, blocklists/, keywords/, credentials/; one level deep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>retire.js library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>release cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ipv4 or ipv6 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>domain or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a CIDR block such as 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs a platform and valid_until as YYYY-MM-DD (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a feed file the layout knows (see spec/interfaces.md &quot;Feeds&quot;: e.g. vuln/*.json, jslibs/*.json, eol/&lt;product&gt;.json, blocklists/*.txt).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Counterfeit::ScoreModel</name>
    <message>
        <location filename="../../plugins/counterfeit/scoremodel.cpp" line="+77"/>
        <source>The candidate&apos;s screenshot is blank (one colour), so it is scored on its markup alone and capped at 0.49: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scored %1 on title, text, structure, favicon and org name only (no screenshot pair to compare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scored %1 (threshold %2): a copy, mostly by %3; the screenshots pHash %4 bits apart, block SSIM %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scored %1 (threshold %2): not a copy; strongest signals %3; the screenshots pHash %4 bits apart, block SSIM %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Domain::DomainFamily</name>
    <message>
        <location filename="../../plugins/domain/domainfamily.cpp" line="+122"/>
        <source>; CNAME target not the org&apos;s own, kept as evidence and not recorded as an org host: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Engine::ScanRunner</name>
    <message>
        <location filename="../../app/engine/scanrunner.cpp" line="+177"/>
        <source>Scan %1 has tasks of family &apos;%2&apos;, which this build of Govscope does not have; start a new scan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan %1 has tasks for org &apos;%2&apos;, which is no longer in the case; start a new scan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown check family &apos;%1&apos;; known families: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No organisation with id &apos;%1&apos; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not create the scan in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>not authorised: org %1 is not marked for authorised active tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the %1 checks failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1 checks did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 check was inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (after one retry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Links::LinksFamily</name>
    <message>
        <location filename="../../plugins/links/linksfamily.cpp" line="+50"/>
        <source>no blocklists/ or keywords/ feed files are loaded: pass --feeds with them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Models::AssetListModel</name>
    <message>
        <location filename="../../models/itemmodels/assetlistmodel.cpp" line="+28"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail domain</source>
        <translation>Mail domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail host</source>
        <translation>Mail host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::FindingTableModel</name>
    <message>
        <location filename="../../models/itemmodels/findingtablemodel.cpp" line="+197"/>
        <source>Could not read the findings of %1: %2</source>
        <translation>Could not read the findings of %1: %2</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::Import::XmlGuard</name>
    <message>
        <location filename="../../models/core/xmlguard.cpp" line="+9"/>
        <source>it has a document type declaration (&lt;!DOCTYPE …&gt;), which is refused because its entities can expand into forged or huge text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it refers to an undeclared entity &amp;%1;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Models::ListImporter</name>
    <message>
        <location filename="../../models/core/apkreader.cpp" line="+72"/>
        <source>the signature block is not PKCS#7 signed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the signature block holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signing certificate cannot be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>APK %1 is not a regular file; check the path in the apk column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APK %1 cannot be opened: %2; check the path in the apk column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>APK %1: %2; check that the file is a complete Android package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no AndroidManifest.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/apksigningblock.cpp" line="+85"/>
        <source>the APK Signing Block is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>impossible size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot seek to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its two sizes differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a pair overruns the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no signer certificate in the v%1 scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/axmlparser.cpp" line="+97"/>
        <source>AndroidManifest.xml is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not binary XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a chunk at offset %1 has an impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bad string pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>element before the string pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first element is not &lt;manifest&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attributes outside their element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;manifest&gt; has no package attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no &lt;manifest&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/cellparsing.cpp" line="+73"/>
        <source>&apos;%1&apos; is not a website; write a host such as www.example.gov.cn or a URL such as https://www.example.gov.cn/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a mail domain; write the part after @, such as example.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a web address; write a URL such as https://www.example.com/page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a SHA-256 fingerprint; write the 64 hexadecimal digits of the signing certificate&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/csvreader.cpp" line="+83"/>
        <source>the quote that opens a cell on line %1 is never closed, so the rest of the file was read as that cell; close the quote or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the row has more than %1 cells; check the delimiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../models/core/xlsxreader.cpp" line="+144"/>
        <source>the cell in column %1 is larger than 64 KiB; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 has more than %2 cells; split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../models/core/xlsxreader.cpp" line="+25"/>
        <source>%1:%2: the header row cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has more than %2 rows; split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/import/headermap.cpp" line="+148"/>
        <source>%1:%2: columns &apos;%3&apos; and &apos;%4&apos; both mean &apos;%5&apos;; keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2: a list of %3 needs the columns %4; the header row has: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/import/rowreaders.cpp" line="+28"/>
        <source>the row has %1 cells but the header has %2 columns; put cells that contain a comma in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not yes or no; write 是/否 or yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the id is empty; give every organisation a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; contains a space, comma or semicolon; ids are single words such as A013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name is empty; write the organisation&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind is empty; write 党政机关, 事业单位, 企业 or 其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a kind; write 党政机关, 事业单位, 企业 or 其他 (party_gov, institution, enterprise, other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a level; write 中央, 省级, 市级, 县级 or 乡镇 (national, province, city, county, township)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a role; write 政府 or 部门 (government, department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a 6-digit 行政区划代码; write six digits such as 440300 (format the column as text in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the organisation is its own parent; write the id of the organisation above it or leave the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a regular file; give a PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>%1 is larger than 2 MB; give a smaller image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 cannot be read: %2; check the path (relative paths start at the list&apos;s folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not an image; give a PNG or JPEG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; differs from the package %2 declared in %3; correct the cell or the apk path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 differs from the signer %2 of %3; correct the cell or the apk path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the row has neither a name nor a package; give at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a platform; write an id such as wechat_mp, wechat_mini, alipay_mini, douyin or weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name is empty; write the account&apos;s name as shown on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the URL is empty; write the address of the suspect site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/textdecoding.cpp" line="+45"/>
        <source>%1 starts with a UTF-8 byte order mark but is not valid UTF-8; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 starts with a UTF-16 byte order mark but is not valid UTF-16; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text file (it contains NUL bytes); give a CSV or XLSX list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is neither UTF-8 nor GB18030 text; save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/xlsxparts.cpp" line="+23"/>
        <source>%1: part %2 is not well-formed XML (line %3: %4); save the workbook again from Excel or WPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 is a ZIP file but not an Excel workbook (no %2); save the list as XLSX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the workbook has no sheet; put the list on the first sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the first sheet (%2) is missing from the workbook; save it again from Excel or WPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/xlsxreader.cpp" line="-80"/>
        <source>%1: the first sheet is not well-formed XML (line %2: %3); save the workbook again from Excel or WPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a cell has an invalid reference; save the workbook again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column %1 refers to a shared string that does not exist; save the workbook again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the row has more than %1 cells; delete the cells on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has more than %2 rows or %3 cells; split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/core/ziparchive.cpp" line="+23"/>
        <source>%1 is not a readable ZIP file (error %2); check that it is a complete XLSX or APK file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 declares %2 entries, more than the %3 an XLSX or APK file may have; the file is refused. Save it again, or check that it is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has more than %2 entries; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: entry %2 inflates more than %3 times its compressed size (%4 bytes to over %5 MB); no spreadsheet or app part compresses that well, so the file is refused as a possible zip bomb. Save the list again from the spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no entry %2; check that it is a complete file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the directory record of entry %2 cannot be read (error %3); get a fresh copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: entry %2 declares %3 MB uncompressed, more than the %4 MB allowed; the file is refused as a possible zip bomb. Save the list again or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: entry %2 cannot be opened (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: entry %2 is damaged (error %3); get a fresh copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: entry %2 inflates to more than %3 MB; the file is refused as a possible zip bomb. Save the list again or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: entry %2 fails its checksum (error %3); get a fresh copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/listimporter.cpp" line="+35"/>
        <source>%1 is an old Excel 97-2003 (.xls) or a password-protected workbook; save it without a password as .xlsx or CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the same row as line %1 (same key %2); keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 does not exist; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>%1 is larger than %2 MB; split the list into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is empty; it needs a header row and one row per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: cannot tell what the list holds from its header row (%3); name the columns as in the documentation or give --as orgs|apps|accounts|leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: the case could not be written; check that it is not read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: nothing was imported, writing to the case failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: nothing was imported, the case could not commit the rows; check the free disk space and that no other program holds the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Models::OrgTreeModel</name>
    <message>
        <location filename="../../models/itemmodels/orgtreemodel.cpp" line="+123"/>
        <source>Party or government body</source>
        <translation>Party or government body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (id %2)%3</source>
        <translation>%1 (id %2)%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, authorised for active tests</source>
        <translation>, authorised for active tests</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>Govscope::ReportController</name>
    <message>
        <location filename="../../app/controllers/reportcontroller.cpp" line="+63"/>
        <source>Open a case first; a report is made from a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report is being written; see the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Created %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 findings, %3 pages%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed by %1; the certificate chains to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by %1, not checked against a CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files listed in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::ScanController</name>
    <message>
        <location filename="../../app/controllers/scancontroller.cpp" line="+96"/>
        <source>A scan is already running; cancel it in the jobs panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open or create a case before scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot scan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scan %1 of %2, %3 of %4 tasks left (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Resuming scan %1: %2 tasks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan %1 started: %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n finding(s)</source>
        <translation>
            <numerusform>%1 — %n finding</numerusform>
            <numerusform>%1 — %n findings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled after %1 of %2 organisations; scan again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 organisations, %n finding(s)</source>
        <translation>
            <numerusform>%1 organisations, %n finding</numerusform>
            <numerusform>%1 organisations, %n findings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan %1 finished: %2 findings, %3 inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Sdk::Screenshot</name>
    <message>
        <location filename="../../plugins/sdk/probes/screenshot.cpp" line="+34"/>
        <source> (final %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, full page %1 px high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, blank (one colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, certificate errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no screenshot: the process has no GUI application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no screenshot within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Sdk::ScreenshotService</name>
    <message>
        <location filename="../../plugins/sdk/probes/screenshotservice.cpp" line="+27"/>
        <source>Running as root: the browser sandbox of the screenshot service is off (以 root 运行：截图浏览器的沙箱已关闭)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+204"/>
        <source>the application quit before the capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Sdk::ScreenshotWorker</name>
    <message>
        <location line="-164"/>
        <source>the page did not finish loading within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>only http and https pages are captured, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the page did not load (refused, unreachable or aborted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingDetailPane</name>
    <message>
        <location filename="../../ui/findingdetailpane.cpp" line="+54"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status or note</source>
        <translation>Status or note</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History and notes</source>
        <translation>History and notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: what you checked</source>
        <translation>Why: what you checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note for the case file</source>
        <translation>A note for the case file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Select a finding to see its evidence.</source>
        <translation>Select a finding to see its evidence.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No picture for this evidence.</source>
        <translation>No picture for this evidence.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say who you are and why before deciding</source>
        <translation>Say who you are and why before deciding</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingFilterBar</name>
    <message>
        <location filename="../../ui/findingfilterbar.cpp" line="+36"/>
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check family</source>
        <translation>Check family</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum severity</source>
        <translation>Minimum severity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search titles, targets and evidence…</source>
        <translation>Search titles, targets and evidence…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+34"/>
        <location line="+65"/>
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>A CSV or XLSX file</source>
        <translation>A CSV or XLSX file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detect from the header row</source>
        <translation>Detect from the header row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (mini-programs, public accounts)</source>
        <translation>Accounts (mini-programs, public accounts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads (URLs to look at)</source>
        <translation>Leads (URLs to look at)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the row was skipped</source>
        <translation>Why the row was skipped</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 rows imported (%3 new, %4 updated), %5 skipped.</source>
        <translation>%1: %2 rows imported (%3 new, %4 updated), %5 skipped.</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+51"/>
        <source>No background jobs.</source>
        <translation>No background jobs.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel this job</source>
        <translation>Cancel this job</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+71"/>
        <source>Open a case or create a new one (File menu).</source>
        <translation>Open a case or create a new one (File menu).</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+38"/>
        <source>Finding %1: %2</source>
        <translation>Finding %1: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Finding %1: note</source>
        <translation>Finding %1: note</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Still opening %1; try again when it is open.</source>
        <translation>Still opening %1; try again when it is open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating case %1</source>
        <translation>Creating case %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening case %1</source>
        <translation>Opening case %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not read the organisations of %1: %2</source>
        <translation>Could not read the organisations of %1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not read the assets of %1: %2</source>
        <translation>Could not read the assets of %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Could not read finding %1: %2</source>
        <translation>Could not read finding %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Govscope — Government Application Monitor</source>
        <translation>Govscope — Government Application Monitor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Govscope</source>
        <translation>%1 — Govscope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterfeit triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+35"/>
        <source>Govscope cases (*.govcase);;All files (*)</source>
        <translation>Govscope cases (*.govcase);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open case…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run scan…</source>
        <translation>&amp;Run scan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Verify bundle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counterfeit &amp;triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work through the counterfeit suspects with their screenshots side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Govscope</source>
        <translation>&amp;About Govscope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open or create a case before importing a list.</source>
        <translation>Open or create a case before importing a list.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No recent cases</source>
        <translation>No recent cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Govscope is now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About Govscope</source>
        <translation>About Govscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台 — an investigation workbench for checking government internet applications against the 2024 Regulations on the Security Management of Government Internet Applications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台 — an investigation workbench for checking government internet applications against the 2024 Regulations on the Security Management of Government Internet Applications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ReportDialog</name>
    <message>
        <location filename="../../ui/reportdialog.cpp" line="+17"/>
        <source>Write a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen organisations (a rectification notice each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Tick at least one organisation, or report on the whole case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to write the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the private key and its certificate, or do not sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the PKCS#12 file, or do not sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ScanDialog</name>
    <message>
        <location filename="../../ui/scandialog.cpp" line="+43"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume the unfinished scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>default (concurrency 64, 4 per host, 8 s timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the shipped feeds and your data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also scan private, loopback and link-local addresses (a test lab only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose at least one check family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Feeds directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::SigningIdentityDialog</name>
    <message>
        <location filename="../../ui/signingidentitydialog.cpp" line="+17"/>
        <source>New signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECDSA P-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.key *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key never leaves the files you choose; the passphrase is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your name; it becomes the certificate&apos;s CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to store the key and the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::ComparisonView</name>
    <message>
        <location filename="../../ui/triage/comparisonview.cpp" line="+173"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe ([ ]):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide the original in over the candidate from the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat map of differences (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow to red where the candidate&apos;s screenshot differs from the original&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>no screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::PairLoader</name>
    <message>
        <location filename="../../ui/triage/pairloader.cpp" line="+18"/>
        <source>no %1 screenshot was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 screenshot cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::SignalList</name>
    <message>
        <location filename="../../ui/triage/signallist.cpp" line="+35"/>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the check recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::SuspectQueue</name>
    <message>
        <location filename="../../ui/triage/suspectqueue.cpp" line="+28"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen in the latest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::TriageView</name>
    <message>
        <location filename="../../ui/triage/triageview.cpp" line="+109"/>
        <source>Could not read the counterfeit suspects of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a case to triage its counterfeit suspects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No counterfeit site suspects in this case: run a scan with the counterfeit family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+65"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Score %1 · %2 · %3 · %4 · organisation %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new since the last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the screenshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>differs in %1% of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Say who you are before deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decided in the counterfeit triage view after comparing the screenshots (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every suspect is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::Triage::VerdictBar</name>
    <message>
        <location filename="../../ui/triage/verdictbar.cpp" line="+68"/>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (optional; Return goes back to the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counterfeit: record it as confirmed and show the next suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a counterfeit: record it as a false positive and show the next suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later: show the next suspect and record nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::VerifyDialog</name>
    <message>
        <location filename="../../ui/verifydialog.cpp" line="+16"/>
        <source>Verify a report bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: the signer must chain to these certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a bundle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b style=&apos;color:#b26a00&apos;&gt;Intact, signer not verified.&lt;/b&gt; Every file matches the signed manifest, but without a CA anyone could have signed it: compare the certificate fingerprint below with the auditor&apos;s, or choose the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Intact.&lt;/b&gt; Every file matches the signed manifest and the signer chains to the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;b style=&apos;color:#b00000&apos;&gt;Not intact.&lt;/b&gt; Do not rely on this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/cli/findingscommand.cpp" line="+27"/>
        <source>Language of titles and evidence: zh_CN or en (default: the locale&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/engine/scanrunner.cpp" line="-366"/>
        <source>unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/engine/scanscope.cpp" line="+24"/>
        <source>--shard must be K/N with 1 &lt;= K &lt;= N &lt;= 100000 (for example 2/8), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown check family &apos;%1&apos;; this build has: %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no organisation with id &apos;%1&apos; in %2; `govscope orgs %2` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>feeds directory %1 does not exist; give a directory laid out as in spec/interfaces.md (rir/, cloud/, vuln/, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/engine/taskcontext.cpp" line="+66"/>
        <source>Could not record finding %1 on %2 for org %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/bundleverifier.cpp" line="+38"/>
        <source>cannot be read (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is larger than %1 KiB, more than any Govscope bundle writes; refused unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is damaged (CRC or zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a ZIP file or damaged (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: declares %2 files, more than the %3 a report bundle may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: appears twice in the ZIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the ZIP directory is damaged (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: missing; this is not a Govscope report bundle or it was stripped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: listed in the manifest but missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: size %2 bytes, the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: contents changed (SHA-256 differs from the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not listed in the manifest (a file was added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: missing; the bundle is not signed, so its integrity cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the signature is not valid for manifest.json%2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or does not chain to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/bundlewriter.cpp" line="+38"/>
        <source>Cannot add %1 to %2 (zip error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1 into %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1 into %2 (zip error %3); is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: it is a folder; give a .zip file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the ZIP %1 (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot finish the ZIP %1 (zip error %2); is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/report/signingidentity.cpp" line="+266"/>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot move the finished bundle to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/chartrenderer.cpp" line="+244"/>
        <source>Report charts need a QApplication (Qt Charts draws with widgets); run the report from the workbench or `govscope report`, which create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report charts must be drawn on the application&apos;s main thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/manifest.cpp" line="+36"/>
        <source>manifest.json is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>manifest.json has no &quot;files&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>manifest.json: entry %1 needs a path, a 64-digit lower-case hex sha256 and a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest.json lists %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/pdfrenderer.cpp" line="+154"/>
        <source>Could not start the PDF writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/report/reportgenerator.cpp" line="+73"/>
        <location line="+35"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/reportdata.cpp" line="+23"/>
        <source>%1: cannot read the case (%2); check that it is a Govscope case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1: no organisation with id &apos;%2&apos;; `govscope orgs %1` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the case has no organisations; import a list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/reportgenerator.cpp" line="-27"/>
        <source>%1: evidence blob %2 cannot be read (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/report/signingidentity.cpp" line="-249"/>
        <source>Cannot read the %1 %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The private key %1 is encrypted and no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot decrypt the private key %1: wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a PEM private key (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a PEM certificate (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>The key in %1 is neither RSA nor ECDSA; use one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The certificate %1 does not belong to the private key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a PKCS#12 file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PKCS#12 file %1 is protected and no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open the PKCS#12 file %1: wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the key and certificate in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no private key with its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot encode the signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a DER CMS signature (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot load CA certificates from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A passphrase is required: the new private key is stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot generate a key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot use &apos;%1&apos; in the subject; write it as CN=name,O=organisation,C=CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is empty; write it as CN=name,O=organisation,C=CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot sign the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot encode the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/blobstore.cpp" line="+34"/>
        <source>Evidence %1 is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/casefile.cpp" line="+24"/>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../models/caseinspection.cpp" line="+56"/>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+137"/>
        <location filename="../../models/caseinspection.cpp" line="+33"/>
        <location filename="../../models/casemerge.cpp" line="+141"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-127"/>
        <source>%1 is an SQLite database but not a Govscope case file. Choose a .govcase file or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer Govscope (schema %2; this version reads up to %3). Update Govscope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 does not exist. Check the path, or import a list to create a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../models/casemerge.cpp" line="+61"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create %1: renaming the new file failed (does it exist now?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty, not a Govscope case file. Delete it or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Govscope case file (not an SQLite database). Choose a .govcase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is damaged or not writable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/findingrepository.cpp" line="+243"/>
        <source>seen again in scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>first seen in scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not seen in scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+96"/>
        <source>No finding with id %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/findingsearchindex.cpp" line="+58"/>
        <source>Search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Search index: cannot read the findings&apos; text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orgrepository.cpp" line="+93"/>
        <source>No organisation with id %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/scanrepository.cpp" line="+23"/>
        <source>Case file query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No scan with id %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Could not clear the earlier results of %1 / %2 in scan %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/schemamigrator.cpp" line="+44"/>
        <source>Schema folder %1 has two files for version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: cannot start a transaction to migrate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the schema file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+8"/>
        <source>%1: migration to schema %2 failed, nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot read the schema steps of the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+7"/>
        <location line="+32"/>
        <source>%1: migration failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot commit the migration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/cloud/cloudfamily.cpp" line="-75"/>
        <source>%1 → listed in no loaded RIR file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no RIR delegated statistics loaded (feeds rir/*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no loaded RIR file lists %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no cloud/ranges.csv feed loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → on no listed cloud platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 assessed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 assessment no longer valid on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not in cloud/assessed.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on %2 but no cloud/assessed.csv feed is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 has no address (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/cloud/cloudfeeds.cpp" line="+31"/>
        <source>%1 line %2: quoted cells are not supported; write the row without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 line %2: the header has no &quot;%3&quot; column (needs %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: %3 cells, the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 line %2: &quot;%3&quot; is not a CIDR block such as 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: empty platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 line %2: needs a platform and valid_until as YYYY-MM-DD (got &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/counterfeit/listingchecks.cpp" line="+44"/>
        <source>the org declares no official app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App &quot;%1&quot; (%2) imitates the official app %3 by %4; its %5 differ(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported listing vs official app: matched by %1; differs in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 listings compared with %2 official app(s); none imitates them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account &quot;%1&quot; on %2 carries the %3 &quot;%4&quot; but is not an official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listing matched by %1 &quot;%2&quot;; official accounts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 account listings compared; none carries the org&apos;s name or an official account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/counterfeit/lookalikechecks.cpp" line="+74"/>
        <source>DNS gave no answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not resolve (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not resolved within the scan&apos;s time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>government suffix (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as inner labels of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>网上标识 badge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copies %2 and poses as a government site: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 copies the site %2 (similarity %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 vs %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 found as %2; owned by no org of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidate page %1, title &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>original page %1, title &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>favicon SHA-256: candidate %1, original %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>markers: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; badge markup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the candidate answers, but no home page of the org could be fetched to compare it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not similar to %1, and the org&apos;s page %2 could not be fetched to compare: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not similar to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>no website and no lead to derive candidates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>resolves, but only %1 candidates are fetched per org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolves, but was not fetched within the scan&apos;s time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 candidates (%2 leads), %3 resolve, %4 DNS timeouts, %5 not examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/databases.cpp" line="+32"/>
        <location filename="../../plugins/links/linkprobe.cpp" line="+38"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../plugins/mail/mailconnection.cpp" line="+132"/>
        <location filename="../../plugins/sdk/probes/tcpprobe.cpp" line="+108"/>
        <source>no connection within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>GET / → HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; GET %1 → HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/datasecfamily.cpp" line="-16"/>
        <location filename="../../plugins/vuln/highriskports.cpp" line="-62"/>
        <source>%1 has no address (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>requires authentication: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no verdict on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 answers neither HTTPS (%2) nor HTTP (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>https://%1/ did not answer within the timeout, twice (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/disclosure.cpp" line="+85"/>
        <source>%1: %2 ID numbers, %3 mobile numbers, %4 bank card numbers; e.g. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ID numbers pass the GB 11643 check digit, a valid birth date and a province code; bank card numbers pass Luhn. Values are shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/exposedfiles.cpp" line="+39"/>
        <source>Git repository configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Git HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subversion working-copy metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>environment file with %1 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Java web application descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL database dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHP source backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IIS configuration backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS folder index (lists file names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/datasec/sitechecks.cpp" line="-148"/>
        <source>HTTP redirects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS only; plain HTTP does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no HTTPS to send HSTS (see datasec.no_https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no HTTPS service to assess (see datasec.no_https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no certificate obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>trusted certificate for %1 until %2; TLS 1.0/1.1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>directory listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>directory listing with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer to any probe of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 paths and %2 folders probed on %3, none exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no page could be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no text pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 documents read (%2 requests%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, page limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no unmasked personal data; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/domain/dnsrules.cpp" line="-55"/>
        <source>the CNAME of %1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CNAME chain %1 ends in an existing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the CNAME target %1 could not be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no definite DNS answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has MX %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no MX but an address (%2), which mail falls back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no definite MX answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no definite address answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/entity/entityfamily.cpp" line="-102"/>
        <source>GET %1 → HTTP %2; title &quot;%3&quot;; SiteName &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no website declared or discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no site answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (also reached as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>distinct portals (names that redirect to one site or serve the same home page count as one): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no answer in time from %1; portals found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>portals naming the org: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the home page lists no dated items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newest item %1 (%2 days old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 dated items on %2; newest %3 &quot;%4&quot;, %5 days before %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/entity/homepage.cpp" line="+10"/>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="+25"/>
        <source>%1 was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="+16"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="+1"/>
        <source>%1 gave no answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/identifierfamily.cpp" line="-146"/>
        <source>GET %1 → HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not in the page, and scripts that may write it were not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text of the page as a reader sees it (comments removed, script-written footers included), last part:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>external scripts read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>badge present (%1 form): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no badge, as befits a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no badge to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the badge&apos;s colour could not be read (%1 form%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>site code %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 网站标识码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site codes found:
%1
footer text: %2
org region: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ICP filing number shown: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ICP filing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>badge script not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>badge script %1 writes:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/pagemarks.cpp" line="+100"/>
        <source>no 网站标识码 in the footer, the SiteIDCode meta or the _jiucuo_ script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SiteIDCode meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the _jiucuo_ script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shows %2, which is not a 网站标识码 (10 digits, or bm + 8 digits, not a placeholder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the site codes disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site code %1 has region prefix %2, but the org&apos;s region is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/links/linkprobe.cpp" line="-24"/>
        <source>no request was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../plugins/mail/mailconnection.cpp" line="+39"/>
        <location filename="../../plugins/mail/webmailclient.cpp" line="+109"/>
        <location filename="../../plugins/sdk/probes/dnsprobe.cpp" line="+189"/>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="+348"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer, twice: %1, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NXDOMAIN: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no address record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the HTTP client could not resolve %1, which DNS resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS gave no verdict on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/links/maliciouslink.cpp" line="-15"/>
        <source>listed as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 content: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blocklist entry &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 terms found (%2 distinct, threshold %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/links/sitelinks.cpp" line="-199"/>
        <source>no page of %1 could be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of the site&apos;s pages could not be read, so the links on them were not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the %1 external links read go through a leaving notice, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no external links on %1 pages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 external links go through a leaving notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 links straight to %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the linked page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not listed, and the content is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not listed; no content class reaches %1 terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not listed (content not read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a site of an org in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no broken link among those checked, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 internal links: %2 read by the crawl, %3 more checked, none broken%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not checked (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/accountchecks.cpp" line="-341"/>
        <location filename="../../plugins/mail/hostchecks.cpp" line="-12"/>
        <source>webmail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not authorised: org %1 is not marked for authorised active tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no test account for org %1 in the scan profile (mail.accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment variable %1 (the test account&apos;s password) is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+22"/>
        <source>could not log in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an IMAP session idle for %1 s still answers NOOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the IMAP session was closed within %1 s idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>idle for %1 s, then the logged-in page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the session cookie still opens %1 after %2 s idle (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the session ended within %1 s idle (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+167"/>
        <source>attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-157"/>
        <source>no IMAP and no webmail to log in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the scan allows %1 wrong passwords for account %2 in all; %3 already spent on %4, so a full test here would exceed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no channel where the test account logs in over verified TLS, so no wrong password was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no IMAP and no webmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>after %1 wrong passwords: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer to a wrong password: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, wrong password %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict from a wrong password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped after %1 wrong passwords on %2: %3; attempts: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after %1 wrong passwords on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>%1, right password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+27"/>
        <source>still logs in at once %1 (in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>%1 the right password, which worked before, is refused (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/hostchecks.cpp" line="-180"/>
        <location filename="../../plugins/vuln/weakpassword.cpp" line="-204"/>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>webmail %1 served over plain HTTP (%2, no redirect to HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ends at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no mail port open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>protocols sound (%1), but the certificate could not be verified here: %2 — not shown invalid, expired or self-signed; pin it in the profile if it is the org&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no weak TLS seen%1, but these did not answer in time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS ports did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no TLS mail service (plaintext is mail.plaintext_protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no overseas vantage (overseas_proxy) in the scan profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>webmail answered through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the overseas vantage %1 could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer in time through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused from the overseas vantage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailconnection.cpp" line="-1"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server sent more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no TLS handshake within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailfamily.cpp" line="-7"/>
        <source>TXT lookup failed: %1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SPF: %1; DMARC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>login page answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login page did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../plugins/mail/webmailclient.cpp" line="+61"/>
        <source>no login form with a password field at %1 (rendered by script?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the MX of %1 got no definite answer (%2): its mail hosts are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailprobes.cpp" line="+166"/>
        <source>IMAPS 993: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IMAPS not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>IMAP 143 STARTTLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP 143 offers no STARTTLS: the password is not sent in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP 143: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no verified TLS channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no IMAP service to log in to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../plugins/mail/webmailclient.cpp" line="+46"/>
        <source>the scan&apos;s attempt budget for this account is spent: nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>idle for %1 s without a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/mailrules.cpp" line="+42"/>
        <source>no CAPABILITY answer: LOGIN (RFC 3501) assumed available without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>advertises %1 before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>LOGIN not disabled before TLS (no LOGINDISABLED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOGINDISABLED and no AUTH= before TLS%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>; STARTTLS offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>CAPA not supported: USER/PASS (RFC 1939) assumed available without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no USER or SASL mechanism before TLS%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; STLS offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EHLO offers %1 before TLS%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, and no STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no AUTH before TLS%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 SPF records (RFC 7208 permerror: receivers ignore them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SPF ends in %1: any server may send as the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF ends in ?all (neutral): unlisted servers are not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF has no all mechanism: unlisted servers are not rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DMARC without a p= policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DMARC p=%1: spoofed mail is delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>field %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>login form mentions “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login form fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>HTTP 429 Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>HTTP %1, the page says “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>HTTP %1, a CAPTCHA appeared on the login form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTTP %1, the login form again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1, a page without a login form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, a logged-in page (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>broken cipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate chain not verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/mail/webmailclient.cpp" line="-154"/>
        <source>%1 is not https on %2: not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>certificate not verified (%1): nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="-125"/>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>webmail declared over http: the login is tried at %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>login page answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the login form asks for a CAPTCHA on every login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the login form uses method %1: a password would travel in the URL, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login form posts to %1, not https on the webmail host: not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the login form has no user name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/blocklist.cpp" line="+52"/>
        <source>%1 line %2: &quot;%3&quot; %4; fix or remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+45"/>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is neither a domain, a URL nor a hosts-file line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has fewer than 3 URLhaus columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a valid URL (third column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/cnvdfeed.cpp" line="+98"/>
        <source>%1: vulnerability #%2 (line %3) has no &lt;number&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 line %2: not well-formed CNVD XML (%3); download the export again from CNVD, or remove the file from the feeds folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/dnsprobe.cpp" line="-21"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>CNAME loop at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/domainnames.cpp" line="+96"/>
        <source>%1 is itself a public suffix in the Public Suffix List: no registrable domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: public suffix &quot;%2&quot; by the Public Suffix List, registrable domain &quot;%3&quot;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (Chinese/IDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/endoflife.cpp" line="+46"/>
        <source>%1: release #%2 has no &quot;cycle&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: neither an endoflife.date release array nor a v1 product object with result.releases (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: release #%2 has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/feeds.cpp" line="+21"/>
        <location line="+3"/>
        <location line="+74"/>
        <source>Cannot read the feed file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>The feeds directory %1 does not exist or is not a directory: create it or pass another with --feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The feed file %1 is a link to %2, outside the feeds directory %3: copy the file into the directory instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The feed file %1 is larger than 512 MiB: split it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The feed file %1 is in none of the feeds directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/httpprobe.cpp" line="-177"/>
        <source>subject CN=%1; issuer CN=%2; valid %3 to %4; SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>HTTP %1 came without any header field that could be read (Qt drops a whole header block past 100 fields, 100 KiB in a field or 256 KiB in all): its body was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1 came with %2 bytes of response headers, more than the %3 accepted: its body was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>
[… %1 bytes in all%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, cut at the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>no complete answer within %1 ms (the whole request, redirects included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>redirect to an unusable location &quot;%1&quot; (only http and https are followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redirect loop: %1 leads back to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>the body exceeded %1 bytes and was cut there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body was not received whole: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body did not finish within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>no overseas vantage is configured (profile &quot;vantage.overseas&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/keywordlists.cpp" line="+46"/>
        <source>%1 holds no terms: add one term a line or remove the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/mailattempts.cpp" line="+10"/>
        <source>%1 %2: %3 as %4 on %5 (%6, %7): %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/retirejs.cpp" line="+30"/>
        <source>%1: extractor &quot;%2&quot; is not a valid regular expression (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no CVE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a retire.js jsrepository object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>script URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>content of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/rirdelegated.cpp" line="+14"/>
        <source>%1 line %2: %3 (expected registry|cc|type|start|value|date|status; fix or remove the line, or replace the file with the RIR&apos;s original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>bad start &quot;%1&quot; or value &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ipv4 block out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ipv6 prefix length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/scanprofile.cpp" line="+21"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the scan profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not valid JSON at offset %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a scan profile is a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;user_agent&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;allow_private&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;vantage.overseas&quot; must be a socks5://host:port URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mail.accounts[%1] needs &quot;org&quot;, &quot;user&quot; and &quot;password_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mail.accounts[%1] holds a &quot;password&quot;: put it in an environment variable and name that in &quot;password_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mail.accounts[%1].pinned_sha256 must be an array of SHA-256 hex strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mail.accounts[%1].pinned_sha256: &quot;%2&quot; is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/scope.cpp" line="-21"/>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is declared by org %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address %1 is not declared by org %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is declared by another org of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is under %2, a registrable domain of org %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (registrable domain %2) is not under the registrable domains of org %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 resolves to the %2 address %3: active tests go to public addresses only (the scan profile&apos;s &quot;allow_private&quot; permits others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/tcpprobe.cpp" line="+31"/>
        <source>* the server sent nothing within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/techfingerprints.cpp" line="+83"/>
        <source>pattern &quot;%1&quot; is not a valid regular expression (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: not a technologies JSON object (%2 at offset %3); expected the webappanalyzer schema {&quot;Name&quot;: {&quot;headers&quot;: …}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: technology &quot;%2&quot;: %3; fix or remove the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>implied by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/probes/tlshandshake.cpp" line="+56"/>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no connection in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>not tried: an earlier handshake stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tried: the probe&apos;s %1 ms were used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2 unreachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the handshake did not complete within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2 accepts connections but never completes a TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>connection closed during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/feeds/vulnfeeds.cpp" line="+39"/>
        <source>%1: not JSON (%2 at offset %3); expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: no &quot;vulnerabilities&quot; array; expected an NVD CVE JSON 2.0 file or API page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: vulnerability #%2 has no cve.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 has a malformed CPE criteria &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: entry #%2 has no cveID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/clientrules.cpp" line="-100"/>
        <source>ActiveX object classid clsid:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a mainstream browser gets HTTP %1 at %2 where Internet Explorer gets HTTP %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no page to read: the home page answered HTTP %1 to both a mainstream and an Internet Explorer agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 pages read, no browser or plug-in demanded; IE and mainstream agents served alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 home, service and login pages read; none offers only a third-party login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/supplychain/componentchecks.cpp" line="-104"/>
        <source>no component identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1; none with a high or critical entry in the loaded feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, seen in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1; none in an end-of-life release cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: endoflife.date product %2, cycle %3, eol %4, latest %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/exposedadmin.cpp" line="-14"/>
        <source>no management path answered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no management interface open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/rematcher.cpp" line="+98"/>
        <location line="+210"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-208"/>
        <source>%1 (replaced: %2… → %3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../plugins/vuln/knownvulns.cpp" line="-108"/>
        <location line="+89"/>
        <source>, in the known-exploited catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3 (feed %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 runs a version with known vulnerabilities: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loads components with known high or critical vulnerabilities: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 seen by %3 in scan %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-match of the stored fingerprints against the feeds in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vulnerability data withdrawn: %1 no longer in the feeds in force (%2); %3 as seen in scan %4 matches no entry of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entries of this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feed files unchanged since the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing versioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no vulnerability feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>re-matched against %1: now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matched without a scan: %1 (observed in scan %2) falls in %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/knownvulns.cpp" line="-71"/>
        <source>(all versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no platform identified on the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detected %1; no version in a vulnerable range of the loaded feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>  affected: %1 (feed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 detected by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/redisauth.cpp" line="-25"/>
        <source>no redis credentials in feeds/credentials/*.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no password is set at all (datasec.open_database reports an open Redis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no AUTH verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 listed redis passwords refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/vulnfamily.cpp" line="+79"/>
        <source>active tests go only to the org&apos;s own hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a CNAME onto %2, which is not the org&apos;s own (%3): its ports are that host&apos;s, not tested for this org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 redirects to %2, which is not the org&apos;s own (%3): attack-shaped queries are not sent there, and the org&apos;s host only answers with the redirect. Redirect chain: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>port %1 of %2 gave no answer to a connect: whether a login is offered there is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/wafprobe.cpp" line="-35"/>
        <source>baseline ?id=1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the baseline request got no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attack-shaped queries are refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attack-shaped queries are answered differently from the baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/weakpassword.cpp" line="-19"/>
        <source>no http or tomcat credentials in feeds/credentials/*.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 listed HTTP Basic credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 HTTP Basic attempts got no verdict: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 line %2: expected product,username,password (3 fields), got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>no FTP or Redis service and no management page asking for HTTP Basic credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no ftp credentials in feeds/credentials/*.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 listed credentials refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FTP gave no login verdict on %1 of %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reportdialog.h" line="+27"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/caseinspection.cpp" line="-43"/>
        <source>%1 is damaged (%2); it was not merged. Restore it from a backup or scan its shard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../models/casemerge.cpp" line="-94"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Govscope case file (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is an SQLite database but not a Govscope case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has case schema version %2, this Govscope writes version %3: cases of different schema versions are not merged. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open it once with this version (govscope orgs %1) to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with the Govscope that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has a table &apos;%2&apos; that govscope merge does not know; merging would lose it. Use the Govscope that wrote the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/casemerge.cpp" line="+8"/>
        <source>Merging %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>%1 is in use by another program; close it and merge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to merge: name at least one case after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is both the output and an input; name another output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write %1 to disk. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot rename %1 to %2: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/feedstore.cpp" line="+69"/>
        <source>Cannot read the feed manifest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The feed manifest %1 is damaged (%2): import the feeds again to rewrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot create the folder %1; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot write %1: %2; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write the feed manifest %1: %2; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot move %1 into place: %2. Files renamed before it are installed; run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The feeds are installed but the manifest %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/fingerprintrepository.cpp" line="+18"/>
        <source>Reading the observations of the case failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/identifier/footerreading.cpp" line="+72"/>
        <source>%1 (not fetched: more than %2 scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (no answer: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../plugins/sdk/evidence.cpp" line="-53"/>
        <source> (%n secret(s) masked)</source>
        <translation>
            <numerusform> (%n secret masked)</numerusform>
            <numerusform> (%n secrets masked)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/htmldocument.cpp" line="+185"/>
        <source>the page has more than %1 elements; only those before were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>elements on the page nest more than %1 deep; only the part before was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the page is larger than %1 KiB; only its beginning was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parsing the page took longer than %1 ms; only its text was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parsing the page needed more than %1 MiB; only its text was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the page has more than %1 characters of text; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reading the page took longer than %1 ms; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the page has more than %1 links, list items or meta tags; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/observations.cpp" line="+24"/>
        <source>home page of %1 (what the products and versions were read from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/sitecrawler.cpp" line="+138"/>
        <source>redirect to %1, another host: not followed by the crawl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/sdk/pages/sitepage.cpp" line="-14"/>
        <source>%1 redirects to %2, on another registrable domain: that page is not judged as %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2 but the page was not read whole: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2; not followed further: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../plugins/vuln/highriskports.cpp" line="+70"/>
        <source>ports %1 of %2 (%3) gave no answer within %4 ms, nor again within %5 ms: filtered by a firewall, or the host too slow to tell; whether they are open is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 high-risk ports closed (refused) on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
