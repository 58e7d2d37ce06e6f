<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FindingDisplay</name>
    <message>
        <location filename="../../models/itemmodels/findingdisplay.cpp" line="+9" />
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+2" />
        <source>High</source>
        <translation>高危</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium</source>
        <translation>中危</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low</source>
        <translation>低危</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopened</source>
        <translation>重新出现</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::AssetListModel</name>
    <message>
        <location filename="../../models/itemmodels/assetlistmodel.cpp" line="+28" />
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mail domain</source>
        <translation>邮件域名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mail host</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>App</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Declared</source>
        <translation>申报</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discovered</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::FindingTableModel</name>
    <message>
        <location filename="../../models/itemmodels/findingtablemodel.cpp" line="+168" />
        <source>Could not read the findings of %1: %2</source>
        <translation>无法读取 %1 的问题：%2</translation>
    </message>
    <message>
        <location line="+142" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last seen</source>
        <translation>最近发现</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::OrgTreeModel</name>
    <message>
        <location filename="../../models/itemmodels/orgtreemodel.cpp" line="+92" />
        <source>Party or government body</source>
        <translation>党政机关</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7" />
        <source>National</source>
        <translation>中央</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+70" />
        <source>%1 (id %2)%3</source>
        <translation>%1（编号 %2）%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, authorised for active tests</source>
        <translation>，已授权主动检测</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assets</source>
        <translation>资产</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingDetailPane</name>
    <message>
        <location filename="../../ui/findingdetailpane.cpp" line="+52" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status or note</source>
        <translation>状态或备注</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+18" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+4" />
        <source>History and notes</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Triage</source>
        <translation>研判</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Why: what you checked</source>
        <translation>理由：核实了什么</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False positive</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note for the case file</source>
        <translation>写入案卷的备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Decision</source>
        <translation>研判结论</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+103" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-63" />
        <source>Select a finding to see its evidence.</source>
        <translation>选择一个问题以查看其证据。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last seen</source>
        <translation>最近发现</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal basis</source>
        <translation>法规依据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advice</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No picture for this evidence.</source>
        <translation>该证据没有图片。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Say who you are and why before deciding</source>
        <translation>请先填写操作人和理由</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingFilterBar</name>
    <message>
        <location filename="../../ui/findingfilterbar.cpp" line="+36" />
        <source>All families</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check family</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any severity</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum severity</source>
        <translation>最低风险等级</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search titles, targets and evidence…</source>
        <translation>搜索标题、对象和证据…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+31" />
        <location line="+65" />
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location line="-61" />
        <source>A CSV or XLSX file</source>
        <translation>CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Detect from the header row</source>
        <translation>根据表头自动识别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisations</source>
        <translation>单位名单</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apps</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts (mini-programs, public accounts)</source>
        <translation>账号（小程序、公众号）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leads (URLs to look at)</source>
        <translation>线索（待核查网址）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why the row was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>名单 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: %2 rows imported (%3 new, %4 updated), %5 skipped.</source>
        <translation>%1：已导入 %2 行（新增 %3，更新 %4），跳过 %5 行。</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+49" />
        <source>No background jobs.</source>
        <translation>没有后台任务。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cancel this job</source>
        <translation>取消此任务</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Dismiss</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+81" />
        <source>Open a case or create a new one (File menu).</source>
        <translation>请打开或新建案卷（“文件”菜单）。</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Finding %1: %2</source>
        <translation>问题 %1：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding %1: note</source>
        <translation>问题 %1：备注</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Still opening %1; try again when it is open.</source>
        <translation>仍在打开 %1，请在打开后重试。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Creating case %1</source>
        <translation>新建案卷 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opening case %1</source>
        <translation>打开案卷 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+1" />
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Could not read the organisations of %1: %2</source>
        <translation>无法读取 %1 的单位：%2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Could not read the assets of %1: %2</source>
        <translation>无法读取 %1 的资产：%2</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Could not read finding %1: %2</source>
        <translation>无法读取问题 %1：%2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Govscope — Government Application Monitor</source>
        <translation>Govscope 政务应用监测工作台</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — Govscope</source>
        <translation>%1 — Govscope 政务应用监测工作台</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+33" />
        <source>Govscope cases (*.govcase);;All files (*)</source>
        <translation>Govscope 案卷 (*.govcase);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New case…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open case…</source>
        <translation>打开案卷(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close case</source>
        <translation>关闭案卷(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Scan</source>
        <translation>检测(&amp;S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Run scan…</source>
        <translation>开始检测(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Verify bundle…</source>
        <translation>校验报告包(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Govscope</source>
        <translation>关于 Govscope(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+23" />
        <source>New case</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open case</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Open or create a case before importing a list.</source>
        <translation>导入名单前请先打开或新建案卷。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform></translation>
    </message>
    <message>
        <location line="+36" />
        <source>No recent cases</source>
        <translation>没有最近打开的案卷</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Govscope will be in %1 from the next start.</source>
        <translation>Govscope 将在下次启动时使用%1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About Govscope</source>
        <translation>关于 Govscope</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台 — an investigation workbench for checking government internet applications against the 2024 Regulations on the Security Management of Government Internet Applications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台——依据 2024 年《互联网政务应用安全管理规定》检查政务互联网应用的调查工作台。&lt;/p&gt;&lt;p&gt;本软件依据 GNU 通用公共许可证第 3 版或（由您选择）任何更新版本（GPL-3.0-or-later）授权，不提供任何担保。&lt;/p&gt;</translation>
    </message>
</context>
</TS>