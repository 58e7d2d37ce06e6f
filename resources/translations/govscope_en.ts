<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>FindingDisplay</name>
    <message>
        <location filename="../../models/itemmodels/findingdisplay.cpp" line="+9" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+2" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::AssetListModel</name>
    <message>
        <location filename="../../models/itemmodels/assetlistmodel.cpp" line="+28" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mail domain</source>
        <translation>Mail domain</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mail host</source>
        <translation>Mail host</translation>
    </message>
    <message>
        <location line="+2" />
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::FindingTableModel</name>
    <message>
        <location filename="../../models/itemmodels/findingtablemodel.cpp" line="+168" />
        <source>Could not read the findings of %1: %2</source>
        <translation>Could not read the findings of %1: %2</translation>
    </message>
    <message>
        <location line="+142" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
</context>
<context>
    <name>Govscope::Models::OrgTreeModel</name>
    <message>
        <location filename="../../models/itemmodels/orgtreemodel.cpp" line="+92" />
        <source>Party or government body</source>
        <translation>Party or government body</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public institution</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Provincial</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <location line="+2" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+2" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+70" />
        <source>%1 (id %2)%3</source>
        <translation>%1 (id %2)%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, authorised for active tests</source>
        <translation>, authorised for active tests</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingDetailPane</name>
    <message>
        <location filename="../../ui/findingdetailpane.cpp" line="+52" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+4" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status or note</source>
        <translation>Status or note</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+18" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+4" />
        <source>History and notes</source>
        <translation>History and notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Why: what you checked</source>
        <translation>Why: what you checked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>False positive</source>
        <translation>False positive</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A note for the case file</source>
        <translation>A note for the case file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+103" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-63" />
        <source>Select a finding to see its evidence.</source>
        <translation>Select a finding to see its evidence.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+37" />
        <source>No picture for this evidence.</source>
        <translation>No picture for this evidence.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Say who you are and why before deciding</source>
        <translation>Say who you are and why before deciding</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::FindingFilterBar</name>
    <message>
        <location filename="../../ui/findingfilterbar.cpp" line="+36" />
        <source>All families</source>
        <translation>All families</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check family</source>
        <translation>Check family</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 and above</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum severity</source>
        <translation>Minimum severity</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search titles, targets and evidence…</source>
        <translation>Search titles, targets and evidence…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::ImportDialog</name>
    <message>
        <location filename="../../ui/importdialog.cpp" line="+31" />
        <location line="+65" />
        <source>Import a list</source>
        <translation>Import a list</translation>
    </message>
    <message>
        <location line="-61" />
        <source>A CSV or XLSX file</source>
        <translation>A CSV or XLSX file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Detect from the header row</source>
        <translation>Detect from the header row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accounts (mini-programs, public accounts)</source>
        <translation>Accounts (mini-programs, public accounts)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leads (URLs to look at)</source>
        <translation>Leads (URLs to look at)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why the row was skipped</source>
        <translation>Why the row was skipped</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1: %2 rows imported (%3 new, %4 updated), %5 skipped.</source>
        <translation>%1: %2 rows imported (%3 new, %4 updated), %5 skipped.</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+49" />
        <source>No background jobs.</source>
        <translation>No background jobs.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Cancel this job</source>
        <translation>Cancel this job</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>Govscope::Ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+81" />
        <source>Open a case or create a new one (File menu).</source>
        <translation>Open a case or create a new one (File menu).</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Finding %1: %2</source>
        <translation>Finding %1: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding %1: note</source>
        <translation>Finding %1: note</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Still opening %1; try again when it is open.</source>
        <translation>Still opening %1; try again when it is open.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Creating case %1</source>
        <translation>Creating case %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Opening case %1</source>
        <translation>Opening case %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+1" />
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Could not read the organisations of %1: %2</source>
        <translation>Could not read the organisations of %1: %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Could not read the assets of %1: %2</source>
        <translation>Could not read the assets of %1: %2</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Could not read finding %1: %2</source>
        <translation>Could not read finding %1: %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Govscope — Government Application Monitor</source>
        <translation>Govscope — Government Application Monitor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 — Govscope</source>
        <translation>%1 — Govscope</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowactions.cpp" line="+33" />
        <source>Govscope cases (*.govcase);;All files (*)</source>
        <translation>Govscope cases (*.govcase);;All files (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open case…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close case</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import list…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Run scan…</source>
        <translation>&amp;Run scan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Verify bundle…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Govscope</source>
        <translation>&amp;About Govscope</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+23" />
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Open or create a case before importing a list.</source>
        <translation>Open or create a case before importing a list.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform><numerusform>Imported %n rows.</numerusform></translation>
    </message>
    <message>
        <location line="+36" />
        <source>No recent cases</source>
        <translation>No recent cases</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Govscope will be in %1 from the next start.</source>
        <translation>Govscope will be in %1 from the next start.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About Govscope</source>
        <translation>About Govscope</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台 — an investigation workbench for checking government internet applications against the 2024 Regulations on the Security Management of Government Internet Applications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Govscope %1&lt;/h3&gt;&lt;p&gt;政务应用监测工作台 — an investigation workbench for checking government internet applications against the 2024 Regulations on the Security Management of Government Internet Applications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</translation>
    </message>
</context>
</TS>