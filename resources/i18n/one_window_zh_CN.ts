<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptNeedDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="358"/>
        <source>Accept the need as an affair</source>
        <translation>将需求受理为事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="360"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="360"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="362"/>
        <source>Affair &amp;type</source>
        <translation>事项类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="363"/>
        <source>&amp;Materials</source>
        <translation>材料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="364"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="365"/>
        <source>All present</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="366"/>
        <source>Collect what is missing on a later visit</source>
        <translation>所缺材料下次上门收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="367"/>
        <source>The need as the resident put it; printed on the receipt</source>
        <translation>居民所述需求，打印在回执上</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="368"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="369"/>
        <source>Accept as an affair</source>
        <translation>受理为事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="413"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
</context>
<context>
    <name>AcceptOnlineNeedDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="202"/>
        <source>Accept the online need as an affair</source>
        <translation>将网上诉求受理为事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="203"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="98"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="98"/>
        <source>Edit account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="99"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="100"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="101"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="103"/>
        <source>R&amp;epeat it:</source>
        <translation>再输一次(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="104"/>
        <source>lower-case letters and digits, e.g. zhangwei</source>
        <translation>小写字母和数字，如 zhangwei</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="105"/>
        <source>&amp;Active (may sign in)</source>
        <translation>启用(&amp;A)（可以登录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="106"/>
        <source>At least %1 characters, with both letters and digits.</source>
        <translation>至少 %1 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="111"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="111"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="127"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="45"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="47"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="48"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="48"/>
        <location filename="../../app/ui/admin/accounts_window.py" line="49"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="48"/>
        <location filename="../../app/ui/admin/accounts_window.py" line="49"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="49"/>
        <source>Password set</source>
        <translation>已设密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="51"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="75"/>
        <source>Accounts — %1</source>
        <translation>账号管理 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="76"/>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="77"/>
        <source>New… (Ctrl+N)</source>
        <translation>新建…(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="78"/>
        <source>Edit… (Enter)</source>
        <translation>修改…(Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="79"/>
        <source>Reset password… (Ctrl+R)</source>
        <translation>重设密码…(Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="80"/>
        <source>Unlock (Ctrl+U)</source>
        <translation>解锁(Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="81"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="84"/>
        <source>Administrator: %1</source>
        <translation>管理员：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/accounts_window.py" line="85"/>
        <location filename="../../app/ui/admin/accounts_window.py" line="129"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>共 %n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="151"/>
        <source>Account %1 created.</source>
        <translation>账号 %1 已创建。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="157"/>
        <source>Account %1 saved.</source>
        <translation>账号 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="171"/>
        <source>New password set for %1; the account is unlocked.</source>
        <translation>已为 %1 设置新密码，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="183"/>
        <source>%1 may sign in again.</source>
        <translation>%1 已可重新登录。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="72"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="74"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter 确定</translation>
    </message>
</context>
<context>
    <name>ActionPanel</name>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="113"/>
        <source>③ Materials and actions</source>
        <translation>③ 材料与办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="114"/>
        <source>All materials present (Ctrl+A)</source>
        <translation>材料齐全（Ctrl+A）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="115"/>
        <source>Collect what is missing by home visit</source>
        <translation>缺少的材料上门收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="116"/>
        <source>&amp;Channel</source>
        <translation>受理渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="117"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="118"/>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="123"/>
        <source>Handle now (F8)</source>
        <translation>当场办结（F8）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="124"/>
        <source>Accept (F9)</source>
        <translation>受理上报/转办（F9）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="125"/>
        <source>One-time notice (F10)</source>
        <translation>一次性告知（F10）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="126"/>
        <source>One-time notice of missing materials (F10)</source>
        <translation>出具一次性告知单（F10）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="127"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="128"/>
        <source>Save PDF (Ctrl+S)</source>
        <translation>另存PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="129"/>
        <source>Optional, printed on the receipt</source>
        <translation>选填，打印在回执上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="165"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="229"/>
        <source>Choose an affair type</source>
        <translation>请选择事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="232"/>
        <source>Continuing %1</source>
        <translation>续办 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="240"/>
        <source>completed on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/action_panel.py" line="242"/>
        <source>%n working day(s), by </source>
        <translation>
            <numerusform>%n个工作日，承诺于 </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="245"/>
        <source>(holiday calendar not yet published)</source>
        <translation>（节假日安排尚未公布，日期为预计）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="247"/>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="247"/>
        <source>Closes with</source>
        <translation>办结文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="247"/>
        <source>Promise</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="247"/>
        <source>Handled by</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="248"/>
        <source>Forms</source>
        <translation>需填表格</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="174"/>
        <source>&amp;Acceptance decision: why the station takes the case on</source>
        <translation>受理意见：服务站为何接案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="175"/>
        <source>&amp;Assessment: needs, strengths, risks and resources found</source>
        <translation>评估结论：需求、优势、风险与可用资源(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="176"/>
        <source>&amp;How the plan was agreed with the resident and family</source>
        <translation>服务计划与居民及家属的确认情况(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="177"/>
        <source>&amp;Summary of the services delivered and the progress made</source>
        <translation>执行小结：已提供的服务与进展(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="178"/>
        <source>&amp;Supervision and coordination: conclusions, ready for closure?</source>
        <translation>督导协调意见：结论，是否可以结案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="179"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="184"/>
        <source>Move the case on</source>
        <translation>推进个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="185"/>
        <source>Case %1 · %2: complete &apos;%3&apos; and move on to &apos;%4&apos;.</source>
        <translation>个案 %1 · %2：完成“%3”，进入“%4”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="189"/>
        <source>Required; kept in the case log under this stage (Ctrl+Enter saves)</source>
        <translation>必填；记入本阶段的个案记录（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="191"/>
        <source>Move on to &apos;%1&apos;</source>
        <translation>进入“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="192"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="78"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="79"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="80"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="81"/>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="82"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="84"/>
        <source>Operation</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="85"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="86"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="120"/>
        <source>Audit log — %1</source>
        <translation>审计日志 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="121"/>
        <source>Audit log: who did what, when and from which desk</source>
        <translation>审计日志：谁在何时、从哪个窗口做了什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="122"/>
        <source>&amp;From day</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="122"/>
        <source>&amp;To day</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="123"/>
        <source>Staff &amp;member</source>
        <translation>工作人员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="124"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="124"/>
        <source>T&amp;ext</source>
        <translation>文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="126"/>
        <source>All staff</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="127"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="130"/>
        <source>operation, target, detail or user name</source>
        <translation>功能、对象、详情或用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="131"/>
        <source>Search (F5)</source>
        <translation>查询(F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="132"/>
        <source>The log cannot be edited or exported; it only grows.</source>
        <translation>日志不能修改或导出，只会增加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="133"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="136"/>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_window.py" line="180"/>
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="182"/>
        <source>(the newest %1; narrow the filters to see older ones)</source>
        <translation>（仅显示最新 %1 条，请缩小条件查看更早的记录）</translation>
    </message>
</context>
<context>
    <name>AutoExportDialog</name>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="275"/>
        <source>Report export settings</source>
        <translation>报表导出设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="276"/>
        <source>The Export buttons of the Reports window write into the export folder. Today&apos;s report can also be written there by itself at closing time, while this program is running.</source>
        <translation>报表窗口的各导出按钮将文件写入导出文件夹。本程序运行期间，也可在下班时间自动将今日报表导出到该文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="279"/>
        <source>Export &amp;folder</source>
        <translation>导出文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="280"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="281"/>
        <source>&amp;Export today&apos;s report automatically at closing time</source>
        <translation>下班时间自动导出今日报表(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="282"/>
        <source>&amp;Closing time</source>
        <translation>下班时间(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="283"/>
        <source>Fo&amp;rmats</source>
        <translation>格式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="284"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="285"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="312"/>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="327"/>
        <source>Choose the export folder.</source>
        <translation>请选择导出文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="329"/>
        <source>Give the export folder&apos;s full path, or choose it with Browse…</source>
        <translation>请填写导出文件夹的完整路径，或点“浏览…”选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="333"/>
        <source>Choose at least one format for the automatic export.</source>
        <translation>自动导出请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="336"/>
        <source>The export folder cannot be written: %1</source>
        <translation>导出文件夹无法写入：%1</translation>
    </message>
</context>
<context>
    <name>AutoExporter</name>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="200"/>
        <source>The automatic export of today&apos;s report failed: %1</source>
        <translation>今日报表自动导出失败：%1</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="155"/>
        <source>&amp;Back office</source>
        <translation>后台(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="156"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="157"/>
        <source>Show &amp;overdue</source>
        <translation>查看超期事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="158"/>
        <source>&amp;Print the last documents</source>
        <translation>打印刚生成的文书(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="160"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="161"/>
        <source>Show overdue (F6)</source>
        <translation>查看超期（F6）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="163"/>
        <source>%1 · %2 · Desk: %3</source>
        <translation>%1 · %2 · 岗位：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="250"/>
        <source>Back office — %1 affairs (%2 overdue · %3 due soon)</source>
        <translation>后台转办 — %1件（超期%2 · 即将到期%3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="253"/>
        <source>%1 shown of %2 open · %3 overdue · %4 due soon · %5 half used · %6 urgent</source>
        <translation>显示%1件 / 在办%2件 · 超期%3 · 即将到期%4 · 时限过半%5 · 紧急%6</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="263"/>
        <source>Nothing overdue or due soon.</source>
        <translation>暂无超期或即将到期的事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="264"/>
        <source>Overdue %1, due soon %2, urgent %3:</source>
        <translation>超期 %1 件，即将到期 %2 件，紧急 %3 件：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backoffice/window.py" line="275"/>
        <source>(%n working day(s) overdue)</source>
        <translation>
            <numerusform>（超期%n个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="288"/>
        <source>Click to show the overdue affairs</source>
        <translation>点击查看超期事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="365"/>
        <source>Referred to %1.</source>
        <translation>已转介至%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="365"/>
        <source>Dispatched to %1.</source>
        <translation>已派遣至%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="381"/>
        <location filename="../../app/ui/backoffice/window.py" line="543"/>
        <source>The slip could not be written: %1</source>
        <translation>转办单未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="383"/>
        <source>Slips saved in %1: %2 — Ctrl+P prints them.</source>
        <translation>转办单已保存到 %1：%2 — 按 Ctrl+P 打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="419"/>
        <source>Immediate Response started: %1 called in; due today.</source>
        <translation>已吹哨：请%1报到，须当日办结。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backoffice/window.py" line="429"/>
        <source>Urged (%n time(s) so far).</source>
        <translation>
            <numerusform>已催办（累计%n次）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="442"/>
        <source>Feedback from %1 recorded: %2.</source>
        <translation>已登记%1的反馈：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="445"/>
        <source>Every dispatch has answered: tell the resident (Ctrl+T), then close.</source>
        <translation>各承办单位均已反馈：请告知居民（Ctrl+T）后办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="460"/>
        <source>Recorded: %1 was told (%2).</source>
        <translation>已登记告知%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="470"/>
        <source>%1 closed.</source>
        <translation>%1 已办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="472"/>
        <source>Issue the certificate now (Ctrl+K).</source>
        <translation>请开具证明（Ctrl+K）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="485"/>
        <source>%1: %2 done.</source>
        <translation>%1：已%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="492"/>
        <source>%1 has checked in.</source>
        <translation>%1 已报到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="504"/>
        <source>Certificate %1 issued, but the PDF could not be written: %2</source>
        <translation>证明 %1 已开具，但PDF未能生成：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="508"/>
        <source>Certificate %1 issued and saved as %2 — Ctrl+P prints it (A4).</source>
        <translation>证明 %1 已开具，保存为 %2 — 按 Ctrl+P 打印（A4纸）。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="101"/>
        <source>Book an appointment</source>
        <translation>预约登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="102"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="103"/>
        <source>&amp;Affair type</source>
        <translation>事项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="104"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="105"/>
        <source>&amp;Time</source>
        <translation>时段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="106"/>
        <source>C&amp;hannel</source>
        <translation>预约方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="107"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="108"/>
        <source>Optional: affair type, name, code or pinyin initials</source>
        <translation>选填：事项名称、编码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="109"/>
        <source>Optional, e.g. comes with a relative</source>
        <translation>选填，如：家属陪同</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="112"/>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="149"/>
        <source>No appointments on this day (closed)</source>
        <translation>当天不办公，无预约时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="156"/>
        <source>full</source>
        <translation>已约满</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="158"/>
        <source>past</source>
        <translation>已过</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="160"/>
        <source>%1 of %2 free</source>
        <translation>余 %1 个（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="185"/>
        <source>Choose the resident: type a name and press Enter</source>
        <translation>请选择居民：输入姓名后按回车</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="190"/>
        <source>Choose a time with free places</source>
        <translation>请选择尚有名额的时段</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="503"/>
        <location filename="../../app/ui/visits/dialogs.py" line="507"/>
        <source>Cancel the visit</source>
        <translation>取消走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="504"/>
        <source>Cancel the visit to %1 planned for %2. &amp;Reason:</source>
        <translation>取消 %2 对 %1 的走访。原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="508"/>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
</context>
<context>
    <name>CasesWindow</name>
    <message>
        <location filename="../../app/ui/cases/window.py" line="78"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="79"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="80"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="81"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="84"/>
        <source>Worker</source>
        <translation>承办社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="85"/>
        <source>Notes</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="170"/>
        <source>Social-work cases — %1</source>
        <translation>个案管理 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="171"/>
        <source>&amp;Cases</source>
        <translation>个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="172"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="173"/>
        <source>&amp;New case…</source>
        <translation>新建个案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="174"/>
        <source>&amp;Move to the next stage…</source>
        <translation>进入下一阶段(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="175"/>
        <source>Add a &amp;note</source>
        <translation>添加记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="176"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="177"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="178"/>
        <source>All cases  (F3)</source>
        <translation>全部个案  (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="178"/>
        <source>My cases  (F3)</source>
        <translation>我的个案  (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="179"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="180"/>
        <source>All cases</source>
        <translation>全部个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="180"/>
        <source>Open cases</source>
        <translation>未结案个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="183"/>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="184"/>
        <source>New case (Ctrl+N)</source>
        <translation>新建个案 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="185"/>
        <source>Notes (Alt+1)</source>
        <translation>个案记录 (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="185"/>
        <source>Plan (Alt+2)</source>
        <translation>服务计划 (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="185"/>
        <source>Links (Alt+3)</source>
        <translation>关联事项与单位 (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="186"/>
        <source>Closure (Alt+4)</source>
        <translation>结案评估 (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="190"/>
        <source>Worker: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="228"/>
        <source>Cases shown: %1</source>
        <translation>显示个案：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="266"/>
        <source>Closure and evaluation… (Ctrl+Enter)</source>
        <translation>结案评估… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="267"/>
        <source>Next stage… (Ctrl+Enter)</source>
        <translation>进入下一阶段… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="269"/>
        <source>No case selected</source>
        <translation>未选择个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="276"/>
        <source>Resident: %1</source>
        <translation>居民：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="277"/>
        <source>Worker: %1 · opened %2 by %3</source>
        <translation>承办社工：%1 · %2 由%3立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="280"/>
        <source>closed %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="311"/>
        <source>Case %1 opened</source>
        <translation>个案 %1 已立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="330"/>
        <source>Case %1 is now at &apos;%2&apos;</source>
        <translation>个案 %1 已进入“%2”阶段</translation>
    </message>
</context>
<context>
    <name>CertificateRegisterDialog</name>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="117"/>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="118"/>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="119"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="120"/>
        <source>Affair number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="121"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="122"/>
        <source>Issued by</source>
        <translation>开具人</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="123"/>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="124"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="167"/>
        <source>Certificate register</source>
        <translation>证明登记簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="168"/>
        <source>Certificate register  (Ctrl+F to search)</source>
        <translation>证明登记簿（Ctrl+F 查找）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="169"/>
        <source>Certificate number, resident name, or scan the QR code</source>
        <translation>证明编号、居民姓名，或扫描证明二维码</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="170"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="171"/>
        <source>Reprint copy (Ctrl+P)</source>
        <translation>补打（副本）（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="172"/>
        <source>Print the certificate again, marked as a copy</source>
        <translation>重新打印证明，标注“副本”</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="173"/>
        <source>Void… (Ctrl+D)</source>
        <translation>作废…（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="174"/>
        <source>Open PDF folder</source>
        <translation>打开文书文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="176"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="209"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="210"/>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="213"/>
        <source>Certificates: %1</source>
        <translation>共 %1 份证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="287"/>
        <source>Copy saved to %1, but printing failed: %2</source>
        <translation>副本已保存至 %1，但打印失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="290"/>
        <source>Copy printed and saved to %1</source>
        <translation>副本已打印，并保存至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="291"/>
        <source>Copy saved to %1 (not printed)</source>
        <translation>副本已保存至 %1（未打印）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="332"/>
        <source>Certificate %1 voided</source>
        <translation>证明 %1 已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="337"/>
        <source>PDF folder: %1</source>
        <translation>文书文件夹：%1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="387"/>
        <source>Close %1</source>
        <translation>办结 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="390"/>
        <source>1 = very dissatisfied … 5 = very satisfied; press a digit to choose</source>
        <translation>1 = 非常不满意 … 5 = 非常满意；按数字键选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="391"/>
        <source>Resident&apos;s &amp;satisfaction</source>
        <translation>居民满意度(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="392"/>
        <source>&amp;Comment</source>
        <translation>评价意见(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="393"/>
        <source>&amp;No rating could be collected</source>
        <translation>无法收集满意度评价(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="394"/>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="395"/>
        <source>e.g. the resident could not be reached after three calls</source>
        <translation>如：三次电话均未联系上居民</translation>
    </message>
</context>
<context>
    <name>ClosureTab</name>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="421"/>
        <source>5 · very satisfied</source>
        <translation>5 · 非常满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="421"/>
        <source>4 · satisfied</source>
        <translation>4 · 满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="421"/>
        <source>3 · neutral</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="422"/>
        <source>2 · dissatisfied</source>
        <translation>2 · 不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="422"/>
        <source>1 · very dissatisfied</source>
        <translation>1 · 非常不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="423"/>
        <source>Could not be rated</source>
        <translation>无法评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="426"/>
        <source>&amp;Goals met</source>
        <translation>目标达成情况(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="427"/>
        <source>Resident&apos;s sa&amp;tisfaction</source>
        <translation>居民满意度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="428"/>
        <source>&amp;Why not rated</source>
        <translation>未评价原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="429"/>
        <source>&amp;Evaluation</source>
        <translation>结案评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="430"/>
        <source>Only when the resident could not rate the service</source>
        <translation>仅在居民无法评价时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="431"/>
        <source>What changed for the resident, what remains, follow-up</source>
        <translation>居民情况的改变、尚存问题、后续跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="432"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="438"/>
        <source>Closed on %1.</source>
        <translation>已于 %1 结案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="440"/>
        <source>Record whether the goals were met, the resident&apos;s satisfaction and the evaluation.</source>
        <translation>请登记目标达成情况、居民满意度和结案评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="442"/>
        <source>Available once the case reaches &apos;%1&apos;.</source>
        <translation>个案进入“%1”阶段后可填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="475"/>
        <source>Case closed</source>
        <translation>个案已结案</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="84"/>
        <source>Original document</source>
        <translation>原件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="85"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="86"/>
        <source>Taken</source>
        <translation>收取时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="87"/>
        <source>Returned</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="150"/>
        <source>Full agency handling</source>
        <translation>全程代办</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="151"/>
        <source>Full agency handling — originals in the station&apos;s custody</source>
        <translation>全程代办 — 服务站代管的原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="152"/>
        <source>Resident&apos;s authorisation</source>
        <translation>居民授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="153"/>
        <source>&amp;Scope</source>
        <translation>代办范围(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="154"/>
        <source>What the resident authorises the station to do for them</source>
        <translation>居民委托服务站代为办理的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="155"/>
        <source>Record authorisation</source>
        <translation>登记授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="156"/>
        <source>Original documents</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="157"/>
        <source>&amp;Document taken</source>
        <translation>收取原件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="158"/>
        <source>e.g. 户口簿原件</source>
        <translation>如：户口簿原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="159"/>
        <source>C&amp;opies</source>
        <translation>份数(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="160"/>
        <source>Add as taken</source>
        <translation>登记收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="161"/>
        <source>Returned to resident (Ctrl+R)</source>
        <translation>已归还居民（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="162"/>
        <source>Record the selected originals as given back</source>
        <translation>登记所选原件已归还居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="163"/>
        <source>Print hand-over slip (Ctrl+P)</source>
        <translation>打印交接单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="164"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="189"/>
        <source>Not returned</source>
        <translation>未归还</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="198"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="198"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="204"/>
        <source>Recorded %1</source>
        <translation>已于 %1 登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="207"/>
        <source>Not yet authorised: record the scope before taking any original</source>
        <translation>尚未授权：收取原件前请先登记代办范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="210"/>
        <source>Originals held by the station: %1</source>
        <translation>服务站代管原件 %1 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="211"/>
        <source>Nothing held by the station</source>
        <translation>服务站未代管原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="265"/>
        <source>Authorisation recorded</source>
        <translation>代办授权已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="281"/>
        <source>Taken into custody: %1 × %2</source>
        <translation>已收取原件：%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="296"/>
        <source>Returned to the resident: %1</source>
        <translation>已归还居民：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="313"/>
        <source>Slip saved to %1, but printing failed: %2</source>
        <translation>交接单已保存至 %1，但打印失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="316"/>
        <source>Hand-over slip printed and saved to %1</source>
        <translation>交接单已打印，并保存至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="317"/>
        <source>Hand-over slip saved to %1 (not printed)</source>
        <translation>交接单已保存至 %1（未打印）</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="192"/>
        <source>Dashboard — %1</source>
        <translation>站长看板 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="193"/>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="194"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="195"/>
        <source>Open the &amp;overdue affairs in the back office</source>
        <translation>在后台打开已超期事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="196"/>
        <source>Open the affairs &amp;due soon in the back office</source>
        <translation>在后台打开即将到期事项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="198"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="200"/>
        <source>Waiting now</source>
        <translation>正在等候</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="200"/>
        <source>Queue tickets issued today and not yet called</source>
        <translation>今天已取号、尚未叫号的人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="201"/>
        <source>Open affairs</source>
        <translation>在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="201"/>
        <source>Affairs still being handled for the resident</source>
        <translation>仍在为居民办理中的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="202"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="202"/>
        <source>Open affairs close to their committed date</source>
        <translation>临近承诺办结日期的在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="203"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="203"/>
        <source>Open affairs past their committed date</source>
        <translation>已过承诺办结日期的在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="204"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="204"/>
        <source>Open affairs under Immediate Response</source>
        <translation>已吹哨报到、须当日办结的在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="205"/>
        <source>Accepted today</source>
        <translation>今日受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="205"/>
        <source>Affairs registered today</source>
        <translation>今天登记受理的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="206"/>
        <source>Completed today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="206"/>
        <source>Affairs closed today</source>
        <translation>今天办结的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="208"/>
        <source>Click or press Enter to open them in the back office</source>
        <translation>单击或按回车键在后台查看这些事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="287"/>
        <location filename="../../app/ui/dashboard/window.py" line="308"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="289"/>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="318"/>
        <source>Affairs by day, last 30 days: %1 accepted, %2 completed</source>
        <translation>近30天每日事项：受理 %1 件，办结 %2 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="321"/>
        <source>Affairs by day: no data for the last 30 days</source>
        <translation>每日事项：近30天暂无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="322"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="322"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="322"/>
        <source>Affairs</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="326"/>
        <source>Accepted by category, last 30 days</source>
        <translation>近30天各类别受理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="328"/>
        <source>Accepted by category: no data for the last 30 days</source>
        <translation>各类别受理事项：近30天暂无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="330"/>
        <source>Affairs accepted</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="336"/>
        <source>On-time completion: %1% over the last 30 days</source>
        <translation>按时办结率：近30天 %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="338"/>
        <source>On-time completion: no data for the last 30 days</source>
        <translation>按时办结率：近30天暂无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="339"/>
        <source>Completed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="339"/>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="344"/>
        <source>Satisfaction: average %1 of 5 over the last 30 days (%2 rated)</source>
        <translation>满意度：近30天平均 %1 分（满分5分，共 %2 次评价）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="347"/>
        <source>Satisfaction: no ratings in the last 30 days</source>
        <translation>满意度：近30天暂无评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="348"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../app/ui/app.py" line="239"/>
        <source>Today&apos;s backup: %1</source>
        <translation>今日备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="245"/>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk/window.py" line="120"/>
        <source>One Window — %1</source>
        <translation>一窗通 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="121"/>
        <source>&amp;Desk</source>
        <translation>窗口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="122"/>
        <source>&amp;Next resident</source>
        <translation>下一位居民(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="124"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="127"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="190"/>
        <source>Called %1</source>
        <translation>已叫 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="194"/>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="215"/>
        <source>Linked to the appointment of ticket %1</source>
        <translation>已关联到 %1 号的预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="243"/>
        <source>Required materials are missing: issue a one-time notice (F10) or tick &apos;collect by home visit&apos;.</source>
        <translation>缺少必要材料：请出具一次性告知单（F10），或勾选“缺少的材料上门收取”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="280"/>
        <source>Saved, but the document could not be written: %1</source>
        <translation>事项已保存，但文书未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="285"/>
        <source>Promised by %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="289"/>
        <source>Document: %1</source>
        <translation>文书：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="293"/>
        <source>%1 recorded as %2 — Ctrl+P prints, Ctrl+N for the next resident</source>
        <translation>%1 已登记为“%2” — Ctrl+P 打印，Ctrl+N 办理下一位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="331"/>
        <source>Save PDF</source>
        <translation>另存PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="339"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="113"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="114"/>
        <source>Handled by</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="116"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="117"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="119"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="120"/>
        <source>Urges</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="121"/>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="122"/>
        <source>Answered</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="132"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="133"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="134"/>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="151"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="135"/>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="143"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="139"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="140"/>
        <source>Called</source>
        <translation>吹哨时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="141"/>
        <source>Checked in</source>
        <translation>报到时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="141"/>
        <source>waiting</source>
        <translation>待报到</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="148"/>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="149"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="150"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="152"/>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="153"/>
        <source>Voided</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="187"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="189"/>
        <source>Dispatch (Ctrl+D)</source>
        <translation>派遣（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="189"/>
        <source>Refer (Ctrl+R)</source>
        <translation>转介（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="190"/>
        <source>Whistle (Ctrl+I)</source>
        <translation>吹哨报到（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="190"/>
        <source>Urge (Ctrl+U)</source>
        <translation>催办（Ctrl+U）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="191"/>
        <source>Feedback (Ctrl+F)</source>
        <translation>登记反馈（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="191"/>
        <source>Tell resident (Ctrl+T)</source>
        <translation>告知居民（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="192"/>
        <source>Close (Ctrl+E)</source>
        <translation>办结（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="192"/>
        <source>Certificate (Ctrl+K)</source>
        <translation>开具证明（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="193"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="193"/>
        <source>Cancel…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="194"/>
        <source>Full agency…</source>
        <translation>全程代办…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="194"/>
        <source>Timeline…</source>
        <translation>办事轨迹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="197"/>
        <source>Hand the affair to one or several departments or partners</source>
        <translation>将事项派遣给一个或多个科室、单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="198"/>
        <source>Out of the station&apos;s scope: refer the resident elsewhere with a slip</source>
        <translation>不属本站办理范围：开具转介单，转介至相关单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="199"/>
        <source>Immediate Response: the subdistrict blows the whistle, departments report; urgent, same day</source>
        <translation>街乡吹哨、部门报到：紧急事项，当日办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="201"/>
        <source>Urge every department or partner that has not answered</source>
        <translation>向所有尚未反馈的承办单位催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="202"/>
        <source>Record a department&apos;s or partner&apos;s answer</source>
        <translation>登记承办单位的反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="203"/>
        <source>Record that the resident was told the outcome</source>
        <translation>登记已将办理结果告知居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="204"/>
        <source>Close with the resident&apos;s satisfaction rating</source>
        <translation>登记居民满意度并办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="205"/>
        <source>Issue the certificate of a completed affair: numbered, saved as PDF</source>
        <translation>为已办结事项开具证明：自动编号，生成PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="206"/>
        <source>Reopen a completed or referred affair, with a reason</source>
        <translation>重新打开已办结或已转介的事项（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="207"/>
        <source>Cancel the affair: it is withdrawn, with a reason</source>
        <translation>撤销事项（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="208"/>
        <source>Full-process agency: authorisation and originals held</source>
        <translation>全程代办：授权登记与原件保管</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="209"/>
        <source>The resident&apos;s timeline: everything they asked the station for</source>
        <translation>居民办事轨迹：该居民在本站办理的全部事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="214"/>
        <source>Print slip</source>
        <translation>打印转办单</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="215"/>
        <source>Print the referral slip of the selected dispatch</source>
        <translation>打印所选派遣的转办单</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="216"/>
        <source>Record check-in</source>
        <translation>登记报到</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="217"/>
        <source>Record that the selected department has reported</source>
        <translation>登记所选部门已到场报到</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="218"/>
        <source>Reprint as copy</source>
        <translation>补打（副本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="219"/>
        <source>Print the selected certificate again, marked as a copy</source>
        <translation>再次打印所选证明，标注为副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="300"/>
        <source>Request: %1</source>
        <translation>办理要求：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="302"/>
        <source>Answer (%1, %2): %3</source>
        <translation>反馈（%1，%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="311"/>
        <source>Dispatches (%1)</source>
        <translation>派遣（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="312"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="313"/>
        <source>Call-ins (%1)</source>
        <translation>吹哨报到（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="314"/>
        <source>Certificates, originals (%1)</source>
        <translation>证明与原件（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="331"/>
        <source>Accepted %1 by %2 (%3)</source>
        <translation>受理：%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="334"/>
        <source>Promised by %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backoffice/detail_panel.py" line="338"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="343"/>
        <source>Urgent — Immediate Response since %1</source>
        <translation>紧急 — %1 吹哨</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="344"/>
        <source>%1 of %2 departments checked in</source>
        <translation>已报到 %1/%2 个部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="348"/>
        <source>The resident agreed to share the phone number with the handler</source>
        <translation>居民同意向承办单位提供联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="350"/>
        <source>Resident told %1 (%2)</source>
        <translation>已告知居民：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="355"/>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="357"/>
        <source>No rating: %1</source>
        <translation>未评价：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="359"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="364"/>
        <source>No originals held for this affair.</source>
        <translation>本事项未收取原件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="367"/>
        <source>Originals: %1 — %2 still held</source>
        <translation>原件：%1 — 尚有%2件未归还</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="369"/>
        <source>full agency authorised %1</source>
        <translation>全程代办授权于 %1</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="145"/>
        <source>Refer %1</source>
        <translation>转介 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="145"/>
        <source>Dispatch %1</source>
        <translation>派遣 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="146"/>
        <source>&amp;To</source>
        <translation>承办单位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="147"/>
        <source>&amp;Reason for referral (required)</source>
        <translation>转介原因（必填）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="148"/>
        <source>&amp;Request to the handler</source>
        <translation>办理要求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="150"/>
        <source>Why the station does not handle it, and where the resident should turn</source>
        <translation>说明不属本站办理的原因，以及居民应去何处办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="151"/>
        <source>What the department or partner is asked to do (optional, printed on the slip)</source>
        <translation>请承办单位办理的内容（选填，打印在转办单上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="152"/>
        <source>The resident agrees to share the &amp;phone number with the handler</source>
        <translation>居民同意向承办单位提供联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="153"/>
        <source>Re&amp;fer out of scope (the station does not handle it)</source>
        <translation>不属本站办理范围，改为转介(&amp;F)</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="284"/>
        <source>Feedback on %1</source>
        <translation>登记反馈 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="289"/>
        <source>&amp;From</source>
        <translation>承办单位(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="290"/>
        <source>Res&amp;ult</source>
        <translation>办理结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="291"/>
        <source>&amp;Answer</source>
        <translation>反馈内容(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="292"/>
        <source>What the department or partner answered (required)</source>
        <translation>承办单位的答复（必填）</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="106"/>
        <source>Edit grid area</source>
        <translation>修改网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="106"/>
        <source>New grid area</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="107"/>
        <source>Grid &amp;name</source>
        <translation>网格名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="108"/>
        <source>&amp;Grid worker</source>
        <translation>网格员(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="109"/>
        <source>&amp;Buildings / units</source>
        <translation>楼栋/单元(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="110"/>
        <source>e.g. 第一网格</source>
        <translation>如：第一网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="112"/>
        <source>One per line: 3 is all of building 3, 3-2 is building 3 unit 2. A building or unit belongs to one grid area only.</source>
        <translation>每行一项：3 表示3号楼整栋，3-2 表示3号楼2单元。每个楼栋或单元只能属于一个网格。</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="114"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="115"/>
        <source>(nobody yet)</source>
        <translation>（暂未指定）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/grid_dialog.py" line="133"/>
        <source>Cannot read &quot;%1&quot;: write 3 for building 3, or 3-2 for building 3 unit 2</source>
        <translation>无法识别“%1”：整栋楼写 3，某栋某单元写 3-2</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="334"/>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="335"/>
        <source>Sign out and let another worker sign in? Whatever is typed but not saved in the open windows is lost.</source>
        <translation>退出登录并由其他工作人员登录？各窗口中已输入但未保存的内容将丢失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="340"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="342"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="97"/>
        <source>Import refused</source>
        <translation>导入未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="98"/>
        <source>Nothing was imported. Correct these rows in the file and import it again (rows already imported earlier will be skipped):</source>
        <translation>未导入任何内容。请在文件中改正以下各行后重新导入（此前已导入的诉求会自动跳过）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="100"/>
        <location filename="../../app/ui/reception/dialogs.py" line="268"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="233"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="233"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="233"/>
        <source>Partner</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="234"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="235"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="236"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="282"/>
        <source>&amp;Affair:</source>
        <translation>事项(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="283"/>
        <source>&amp;Partner:</source>
        <translation>合作单位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="284"/>
        <source>Link the affair</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="285"/>
        <source>Link the partner</source>
        <translation>关联单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="286"/>
        <source>Remove the link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="287"/>
        <source>Type part of the name</source>
        <translation>输入名称中的任意部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="351"/>
        <source>Affair linked</source>
        <translation>已关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="362"/>
        <source>Choose a partner from the list.</source>
        <translation>请从列表中选择合作单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="365"/>
        <source>Partner linked</source>
        <translation>已关联合作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="376"/>
        <source>Link removed</source>
        <translation>已取消关联</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="134"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="136"/>
        <source>Signed in: %1 · Desk: %2</source>
        <translation>当前登录：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="138"/>
        <source>The open windows and what was typed in them are kept under the lock.</source>
        <translation>已打开的窗口及其中已输入的内容在锁定期间都会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="139"/>
        <source>&amp;Password to unlock:</source>
        <translation>输入密码解锁(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="140"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/idle_lock.py" line="141"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="76"/>
        <source>One Window — sign in</source>
        <translation>一窗通 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="78"/>
        <source>Sign in to One Window</source>
        <translation>登录一窗通</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="79"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="80"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="81"/>
        <source>&amp;Desk:</source>
        <translation>窗口(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="82"/>
        <source>e.g. 窗口1</source>
        <translation>如 窗口1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="83"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="84"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="99"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="103"/>
        <source>Enter the name of this desk.</source>
        <translation>请输入本窗口的名称。</translation>
    </message>
</context>
<context>
    <name>MatchResidentDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="144"/>
        <source>Whose need is it?</source>
        <translation>这是哪位居民的诉求？</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="145"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="146"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="147"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="148"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="158"/>
        <source>Choose the resident: type a name and press Enter</source>
        <translation>请选择居民：输入姓名后按回车</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="241"/>
        <source>Affair number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="242"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="243"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="244"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="245"/>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="267"/>
        <source>Merge the need into an open affair</source>
        <translation>并入在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="268"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="269"/>
        <source>&amp;Open affairs of %1</source>
        <translation>%1的在办事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="270"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="271"/>
        <source>e.g. posted again while the affair is under way</source>
        <translation>例如：事项办理中，居民再次在网上提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="272"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="273"/>
        <source>Merge into this affair</source>
        <translation>并入此事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="292"/>
        <source>The resident has no open affair: accept the need as a new affair.</source>
        <translation>该居民没有在办事项，请将诉求受理为新事项。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="157"/>
        <source>Today&apos;s report exported automatically: %1 (in %2)</source>
        <translation>已自动导出今日报表：%1（保存在 %2）</translation>
    </message>
</context>
<context>
    <name>NeedsWindow</name>
    <message>
        <location filename="../../app/ui/needs/window.py" line="89"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="90"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="91"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="92"/>
        <source>Need</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="93"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="94"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="191"/>
        <source>Online needs — %1</source>
        <translation>网上诉求 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="192"/>
        <source>&amp;Needs</source>
        <translation>诉求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="193"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="194"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="195"/>
        <source>&amp;Match resident…</source>
        <translation>匹配居民(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="196"/>
        <source>&amp;Accept as an affair…</source>
        <translation>受理为事项(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="197"/>
        <source>Mer&amp;ge into an open affair…</source>
        <translation>并入在办事项(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="198"/>
        <source>&amp;Reject…</source>
        <translation>不予受理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="199"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="200"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="201"/>
        <source>Import a file… (Ctrl+O)</source>
        <translation>导入文件…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="202"/>
        <source>The platform&apos;s export: CSV (UTF-8), JSON or XLSX; needs imported before are skipped</source>
        <translation>平台导出的文件：CSV（UTF-8）、JSON 或 XLSX；已导入过的诉求自动跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="204"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="205"/>
        <source>New</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="205"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="205"/>
        <source>Merged</source>
        <translation>已并入</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="205"/>
        <location filename="../../app/ui/needs/window.py" line="329"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="206"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="208"/>
        <source>What the resident wrote</source>
        <translation>居民诉求原文</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="209"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="210"/>
        <source>Match resident… (Ctrl+L)</source>
        <translation>匹配居民…（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="211"/>
        <source>Accept as an affair (Ctrl+Enter)</source>
        <translation>受理为事项（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="212"/>
        <source>Merge (Ctrl+M)</source>
        <translation>并入在办事项（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="213"/>
        <source>The same need is already an affair under way: join it</source>
        <translation>同一诉求已有在办事项：并入该事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="214"/>
        <source>Reject (Ctrl+R)</source>
        <translation>不予受理（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="217"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="252"/>
        <source>not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="264"/>
        <source>Needs shown: %1</source>
        <translation>显示诉求：%1条</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="296"/>
        <source>No need selected</source>
        <translation>未选择诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="302"/>
        <source>%1 · posted %2</source>
        <translation>%1 · 发布于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="305"/>
        <source>no phone given</source>
        <translation>未留电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="306"/>
        <source>no address given</source>
        <translation>未留地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="314"/>
        <source>Not matched to a resident yet</source>
        <translation>尚未匹配居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="316"/>
        <source>Resident: %1</source>
        <translation>居民：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="319"/>
        <source>The name posted (%1) differs: check before deciding</source>
        <translation>网上留名（%1）与居民姓名不同，请核实后再处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="323"/>
        <source>%1 on %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="325"/>
        <source>Accepted as affair %1</source>
        <translation>已受理为事项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="327"/>
        <source>Merged into affair %1</source>
        <translation>已并入事项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="343"/>
        <source>Import needs posted online</source>
        <translation>导入网上诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="344"/>
        <source>Needs export (*.csv *.json *.xlsx);;All files (*)</source>
        <translation>诉求导出文件 (*.csv *.json *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="355"/>
        <source>%1 has errors; nothing was imported. See the report.</source>
        <translation>%1 有误，未导入任何内容，详见错误报告。</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="365"/>
        <source>%1: %2 new needs imported, %3 matched to residents; %4 imported before were skipped.</source>
        <translation>%1：新导入诉求 %2 条，其中 %3 条已匹配居民；此前已导入的 %4 条已跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="393"/>
        <source>%1 matched to %2</source>
        <translation>%1 已匹配居民 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="421"/>
        <source>Affair %1 accepted, but the receipt could not be written: %2</source>
        <translation>事项 %1 已受理，但受理回执未能生成：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="424"/>
        <source>Affair %1 accepted and sent to the back-office queue; receipt saved to %2</source>
        <translation>事项 %1 已受理并转入后台队列；受理回执已保存至 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="434"/>
        <source>%1 merged into affair %2</source>
        <translation>%1 已并入事项 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="443"/>
        <source>%1 rejected</source>
        <translation>%1 已不予受理</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="92"/>
        <source>Open a case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="93"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="94"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="95"/>
        <source>Application &amp;note</source>
        <translation>申请记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="96"/>
        <source>Assigned &amp;worker</source>
        <translation>承办社工(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="97"/>
        <source>The need in a few words, e.g. elderly living alone, care</source>
        <translation>简述需求，如：独居老人居家照护</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="98"/>
        <source>Who applied, for what, and why the station takes it on (Ctrl+Enter opens the case)</source>
        <translation>谁来申请、需要什么、为何接案（Ctrl+Enter 立案）</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="100"/>
        <source>Open the case</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/dialogs.py" line="121"/>
        <source>Choose the resident first.</source>
        <translation>请先选择居民。</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="62"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="63"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="64"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="85"/>
        <source>Add note (Ctrl+L)</source>
        <translation>添加记录 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="86"/>
        <source>Execution log or supervision note; stamped with the current stage</source>
        <translation>执行记录或督导意见，自动标注当前阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="105"/>
        <source>Note added</source>
        <translation>记录已添加</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="330"/>
        <source>Tell %1 the outcome of %2</source>
        <translation>告知%1：%2 的办理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="334"/>
        <source>&amp;How</source>
        <translation>告知方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="335"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="336"/>
        <source>e.g. told her daughter, the resident was out</source>
        <translation>如：居民外出，已告知其女儿</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <location filename="../../app/ui/backoffice/partner_picker.py" line="62"/>
        <source>Type to filter: name, code or pinyin initials; Enter ticks</source>
        <translation>输入名称、编码或拼音首字母筛选，回车勾选</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/partner_picker.py" line="63"/>
        <source>already dispatched, waiting for the answer</source>
        <translation>已派遣，等待反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/partner_picker.py" line="157"/>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="181"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="182"/>
        <source>New password for %1 (%2). At least %3 characters, with letters and digits.</source>
        <translation>为 %1（%2）设置新密码。至少 %3 位，须包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="185"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="186"/>
        <source>R&amp;epeat it:</source>
        <translation>再输一次(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="187"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="188"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="197"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="144"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="144"/>
        <source>Services</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="144"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="145"/>
        <source>Add a goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="146"/>
        <source>Remove the goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="147"/>
        <source>&amp;Why revised:</source>
        <translation>修订原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="148"/>
        <source>Required once the plan is under way</source>
        <translation>计划执行后修订时必填</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="149"/>
        <source>Save the plan</source>
        <translation>保存服务计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="157"/>
        <source>The case is closed; this was its plan.</source>
        <translation>个案已结案，以下为其服务计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="159"/>
        <source>The plan is made once the investigation and assessment are done.</source>
        <translation>完成调查评估后方可制定服务计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="161"/>
        <source>One row per goal: the goal, the services that serve it and the resources they use.</source>
        <translation>每行一项目标：目标、对应的服务内容及所用资源。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="163"/>
        <source>Revising the plan: say why; the revision goes into the case log.</source>
        <translation>修订服务计划：请说明原因，修订将记入个案记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="221"/>
        <source>Plan saved</source>
        <translation>服务计划已保存</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="123"/>
        <source>Plan a home visit</source>
        <translation>安排入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="124"/>
        <source>Visit</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="125"/>
        <source>&amp;A resident</source>
        <translation>居民(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="126"/>
        <source>A whole &amp;grid area</source>
        <translation>整个网格(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="127"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="128"/>
        <source>Grid ar&amp;ea</source>
        <translation>网格(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="129"/>
        <source>&amp;Date</source>
        <translation>走访日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="130"/>
        <source>&amp;Purpose</source>
        <translation>走访事由(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="131"/>
        <source>&amp;Staff</source>
        <translation>走访人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="132"/>
        <source>e.g. 独居老人定期探访</source>
        <translation>如：独居老人定期探访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="133"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="133"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="161"/>
        <source>Choose the resident: type a name and press Enter</source>
        <translation>请选择居民：输入姓名后按回车</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="77"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="79"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="82"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="84"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="85"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="86"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="88"/>
        <source>Promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="90"/>
        <source>Departments / partners</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="91"/>
        <source>Urges</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="92"/>
        <source>Worker</source>
        <translation>承办社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="93"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="95"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="147"/>
        <source>Affairs to transfer</source>
        <translation>待转办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="148"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="149"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="150"/>
        <source>Show every open affair again, in the order of urgency</source>
        <translation>重新显示全部在办事项，按紧急程度排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="151"/>
        <source>Type a department or partner</source>
        <translation>输入科室或单位名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="152"/>
        <source>Department or partner: type part of the name</source>
        <translation>承办单位：可输入名称中的几个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="153"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="153"/>
        <source>All handlers</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="153"/>
        <source>All workers</source>
        <translation>全部受理人</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="154"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="154"/>
        <source>All deadlines</source>
        <translation>全部时限</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="460"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="461"/>
        <source>The affair goes back to &apos;accepted&apos;; open dispatches are withdrawn and the rating is cleared.</source>
        <translation>事项退回“已受理待派遣”；未反馈的派遣将撤回，满意度评价清空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="464"/>
        <source>Cancel %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="465"/>
        <source>The affair is withdrawn and leaves the queue; open dispatches are withdrawn.</source>
        <translation>事项撤销后移出转办队列；未反馈的派遣将撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="467"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="468"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>ReceptionWindow</name>
    <message>
        <location filename="../../app/ui/reception/window.py" line="110"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="111"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="112"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="113"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="115"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="117"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="119"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="120"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="193"/>
        <source>Reception — %1</source>
        <translation>前台 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="194"/>
        <source>&amp;Reception</source>
        <translation>前台(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="195"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="196"/>
        <source>&amp;Book an appointment…</source>
        <translation>预约登记(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="197"/>
        <source>&amp;Import bookings…</source>
        <translation>导入预约(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="198"/>
        <source>Re&amp;print the last ticket slip</source>
        <translation>重打上一张排队号(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="199"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="200"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="201"/>
        <source>Appointments  (F3)</source>
        <translation>预约  （F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="202"/>
        <source>Previous day (Alt+←)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="203"/>
        <source>Next day (Alt+→)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="204"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="205"/>
        <source>Back to today (Alt+Home)</source>
        <translation>回到今天（Alt+Home）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="206"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="207"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="210"/>
        <source>Check in (F9)</source>
        <translation>签到取号（F9）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="211"/>
        <source>The resident has arrived: issue and print the queue ticket (Enter on the list does the same)</source>
        <translation>居民已到：出号并打印排队号（在列表上按回车亦可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="213"/>
        <source>&amp;No-show</source>
        <translation>未到(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="214"/>
        <source>&amp;Cancel…</source>
        <translation>取消预约(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="215"/>
        <source>&amp;Visited…</source>
        <translation>已上门(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="216"/>
        <source>A door-to-door appointment: the visit was made</source>
        <translation>上门服务预约：已上门办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="217"/>
        <source>Book… (Ctrl+B)</source>
        <translation>预约…（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="218"/>
        <source>Import… (Ctrl+I)</source>
        <translation>导入…（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="219"/>
        <source>Import bookings made online or by the subdistrict</source>
        <translation>导入网上或街道转来的预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="222"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="283"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="283"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reception/window.py" line="287"/>
        <source>%n appointment(s) shown</source>
        <translation>
            <numerusform>显示 %n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="291"/>
        <source>%1 booked · %2 arrived · %3 still expected</source>
        <translation>已约 %1 人 · 已到 %2 人 · 待到 %3 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="365"/>
        <source>%1 marked as not come</source>
        <translation>%1 已登记为未到</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="372"/>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="373"/>
        <source>Cancel the appointment of %1?</source>
        <translation>取消 %1 的预约？</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="373"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="379"/>
        <source>Appointment of %1 cancelled</source>
        <translation>已取消 %1 的预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="385"/>
        <source>Door-to-door visit made</source>
        <translation>已上门服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="386"/>
        <source>Record the visit to %1</source>
        <translation>登记对 %1 的上门服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="387"/>
        <source>What was &amp;done</source>
        <translation>办理情况(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="392"/>
        <source>Visit to %1 recorded</source>
        <translation>已登记对 %1 的上门服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="406"/>
        <source>Booked %1 for %2 %3</source>
        <translation>已为 %1 预约 %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="413"/>
        <source>Import bookings</source>
        <translation>导入预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="414"/>
        <source>Booking files (*.csv *.json);;All files (*)</source>
        <translation>预约文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="423"/>
        <source>Bookings imported: %1 created, %2 skipped (already imported)</source>
        <translation>预约已导入：新增 %1 条，跳过 %2 条（此前已导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="430"/>
        <source>Import bookings: nothing was imported</source>
        <translation>导入预约：未导入任何记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="460"/>
        <source>Ticket %1 issued, but the slip could not be written: %2 — tell the resident the number</source>
        <translation>已出号 %1，但排队号未能生成：%2 — 请口头告知居民号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="467"/>
        <source>Ticket %1%2: %3 waiting ahead; the slip is printing (Ctrl+P prints it again)</source>
        <translation>排队号 %1%2：前面还有 %3 人；正在打印（Ctrl+P 重打）</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="234"/>
        <source>Record the visit</source>
        <translation>登记走访情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="236"/>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="236"/>
        <source>Purpose</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="239"/>
        <source>&amp;Outcome</source>
        <translation>走访结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="240"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="243"/>
        <source>Accept as an affair now…</source>
        <translation>当场受理为事项…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="244"/>
        <source>Register the need in the station&apos;s queue straight away</source>
        <translation>当场受理，转入服务站待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="245"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="245"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="260"/>
        <source>Describe the need the resident has</source>
        <translation>请记录居民的需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="261"/>
        <source>What happened at the door (optional)</source>
        <translation>走访情况（可不填）</translation>
    </message>
</context>
<context>
    <name>RegisterResidentDialog</name>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="101"/>
        <source>Register a resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="102"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="102"/>
        <source>Document &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="102"/>
        <source>Document &amp;number</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>Derived</source>
        <translation>证件信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="110"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="111"/>
        <source>bldg</source>
        <translation>号楼</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="112"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="113"/>
        <source>room</source>
        <translation>室</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="118"/>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="119"/>
        <source>Low income</source>
        <translation>低收入</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="120"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="121"/>
        <source>Use the existing record</source>
        <translation>使用已有记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="122"/>
        <source>As on the document</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="123"/>
        <source>18 digits; birth date and gender are read from it</source>
        <translation>18位；自动识别出生日期和性别</translation>
    </message>
</context>
<context>
    <name>RejectNeedDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="352"/>
        <source>Reject the need</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="353"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="354"/>
        <source>&amp;Reason (kept with the need; tell the resident through the platform):</source>
        <translation>原因(&amp;R)（随诉求保存；请通过平台告知居民）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="359"/>
        <source>Duplicate of an earlier post</source>
        <translation>重复提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="360"/>
        <source>Not a service of the station: the resident was pointed to the 12345 hotline</source>
        <translation>不属于本站服务范围，已引导居民拨打12345热线</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="361"/>
        <source>Too little to act on and the resident cannot be reached</source>
        <translation>信息不足且无法联系到居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="362"/>
        <source>Not a need (advertising or a test post)</source>
        <translation>非诉求（广告或测试信息）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="367"/>
        <source>Choose a common reason or type one</source>
        <translation>选择常用原因或直接输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="368"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="369"/>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="179"/>
        <source>Affairs accepted</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="179"/>
        <source>Handled on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="180"/>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="180"/>
        <source>Affairs completed</source>
        <translation>办结事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="181"/>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="181"/>
        <source>Overdue affairs</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="182"/>
        <source>Came only once</source>
        <translation>只跑一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="182"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="183"/>
        <source>Average wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="187"/>
        <source>No report yet: choose a range and press Generate (F5).</source>
        <translation>尚未生成报表：请选择时间范围，然后按“生成 (F5)”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="188"/>
        <source>ID numbers and phones masked</source>
        <translation>身份证号、电话已脱敏</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="194"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="208"/>
        <source>Overdue as of %1 · generated %2 by %3</source>
        <translation>超期统计截至 %1 · %3 生成于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="221"/>
        <source>%1 of %2 with a committed date</source>
        <translation>有承诺时限的 %2 件中按时办结 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="225"/>
        <source>%1 of %2 accepted</source>
        <translation>受理 %2 件中只跑一次 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="227"/>
        <source>%1 rated, %2 unrated</source>
        <translation>已评价 %1 人次，未评价 %2 人次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="230"/>
        <source>%1 tickets issued, %2 served</source>
        <translation>取号 %1 个，已服务 %2 个</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../app/ui/reports/window.py" line="200"/>
        <source>Reports — %1</source>
        <translation>报表 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="201"/>
        <source>&amp;Report</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="202"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="203"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="203"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="203"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="204"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="204"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="205"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="205"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="206"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="206"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="209"/>
        <source>Ra&amp;nge</source>
        <translation>范围(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="210"/>
        <source>&amp;First day</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="211"/>
        <source>La&amp;st day</source>
        <translation>截止日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="212"/>
        <source>Generate (F5)</source>
        <translation>生成 (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="213"/>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="214"/>
        <source>Export PDF (Ctrl+E)</source>
        <translation>导出 PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="215"/>
        <source>Export Excel (Ctrl+Shift+E)</source>
        <translation>导出 Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="216"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="217"/>
        <source>Export as… (Ctrl+Shift+S)</source>
        <translation>另存为… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="218"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="219"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="220"/>
        <source>Open folder (Ctrl+Shift+O)</source>
        <translation>打开文件夹 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="221"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="222"/>
        <source>Export &amp;PDF</source>
        <translation>导出 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="223"/>
        <source>Export &amp;Excel</source>
        <translation>导出 Excel(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="224"/>
        <source>Export &amp;CSV</source>
        <translation>导出 CSV(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="225"/>
        <source>Export &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="226"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="227"/>
        <source>&amp;Open the export folder</source>
        <translation>打开导出文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="228"/>
        <source>Export &amp;settings…</source>
        <translation>导出设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="229"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="232"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="294"/>
        <source>Into: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="341"/>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="388"/>
        <source>Your role may not export reports (stationmasters and the administrator may); the preview is yours to read.</source>
        <translation>您的角色无权导出报表（站长、副站长和管理员可以导出）；报表预览可以查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="423"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="434"/>
        <source>Saved %1 in %2</source>
        <translation>已将 %1 保存到 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="440"/>
        <source>Export the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="471"/>
        <source>Sent %1 to the printer</source>
        <translation>已将 %1 发送到打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="488"/>
        <source>Export settings saved</source>
        <translation>导出设置已保存</translation>
    </message>
</context>
<context>
    <name>ResidentPanel</name>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="62"/>
        <source>Sex/Age</source>
        <translation>性别/年龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="63"/>
        <location filename="../../app/ui/desk/resident_panel.py" line="240"/>
        <source>Document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="64"/>
        <location filename="../../app/ui/desk/resident_panel.py" line="240"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="65"/>
        <location filename="../../app/ui/desk/resident_panel.py" line="240"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="66"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="87"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="88"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="89"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="91"/>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="117"/>
        <source>① Resident  (F3)</source>
        <translation>① 居民（F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="118"/>
        <source>Name, pinyin initials, ID number or phone</source>
        <translation>姓名、拼音首字母、证件号码或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="119"/>
        <source>Register (F2)</source>
        <translation>登记（F2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="120"/>
        <source>Register a resident who is not found</source>
        <translation>查无此人时登记新居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="121"/>
        <source>This resident&apos;s affairs — Enter on one awaiting materials to continue it</source>
        <translation>该居民的事项 — 在“待补材料”事项上按回车继续办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="124"/>
        <source>History (Ctrl+H)</source>
        <translation>办事记录（Ctrl+H）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="125"/>
        <source>Show full number (Ctrl+Shift+R)</source>
        <translation>显示完整号码(Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="126"/>
        <source>Shows the full ID number and phone for 30 seconds; each time is logged</source>
        <translation>显示完整身份证号和电话30秒；每次显示都会记入日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="170"/>
        <source>No resident found — press F2 to register</source>
        <translation>未找到居民 — 按 F2 登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="234"/>
        <source>No resident chosen</source>
        <translation>尚未选择居民</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/resident_panel.py" line="238"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="240"/>
        <source>Household</source>
        <translation>同户</translation>
    </message>
</context>
<context>
    <name>ResidentPicker</name>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="128"/>
        <source>Resident: name, pinyin initials, ID number or phone</source>
        <translation>居民：姓名、拼音首字母、证件号码或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="133"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="134"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="135"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="70"/>
        <source>One Window — first start</source>
        <translation>一窗通 — 首次启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="71"/>
        <source>Choose the administrator&apos;s password</source>
        <translation>设置系统管理员密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="73"/>
        <source>One Window ships without a password. Choose the password of the administrator account (user name: admin); the administrator then creates the staff&apos;s accounts. Keep it somewhere safe.</source>
        <translation>一窗通不带任何默认密码。请为系统管理员账号（用户名：admin）设置密码，之后由管理员为工作人员创建账号。请妥善保管此密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="75"/>
        <source>At least %1 characters, with both letters and digits.</source>
        <translation>至少 %1 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="77"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="78"/>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="79"/>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="80"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="95"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="245"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="245"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="246"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/dialogs.py" line="246"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TicketBar</name>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="79"/>
        <source>Queue:</source>
        <translation>叫号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="80"/>
        <source>Call next (F12)</source>
        <translation>叫下一位（F12）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="81"/>
        <source>Recall (Shift+F12)</source>
        <translation>重呼（Shift+F12）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="82"/>
        <source>Call the same ticket again on the waiting-area display</source>
        <translation>在等候区叫号屏上再次呼叫此号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="83"/>
        <source>Skip</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="84"/>
        <source>The resident did not come: the ticket is passed over</source>
        <translation>居民未到：跳过此号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="85"/>
        <source>Finish</source>
        <translation>办完</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="86"/>
        <source>This resident is served; the desk is free</source>
        <translation>此居民已办完，窗口空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="141"/>
        <source>Nobody is waiting</source>
        <translation>当前无人等候</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="157"/>
        <source>%1 called again</source>
        <translation>%1 已重新呼叫</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="161"/>
        <source>%1 skipped</source>
        <translation>%1 已过号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="164"/>
        <source>%1 done</source>
        <translation>%1 已办完</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="190"/>
        <source>No ticket at this desk</source>
        <translation>本窗口暂无叫号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="194"/>
        <source>no name</source>
        <translation>未登记姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="198"/>
        <source>called %1×</source>
        <translation>已呼叫 %1 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="203"/>
        <source>Waiting %1 · green %2</source>
        <translation>等候 %1 · 绿色通道 %2</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="75"/>
        <source>Walk-in ticket  (F2)</source>
        <translation>现场取号  （F2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="76"/>
        <source>A name is optional; residents aged 80+ and disabled residents get the green channel by themselves.</source>
        <translation>可不填姓名；80岁以上老人和残疾人自动进入绿色通道。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="78"/>
        <source>No name</source>
        <translation>不填姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="79"/>
        <source>Issue the ticket without a resident</source>
        <translation>不登记姓名直接取号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="80"/>
        <source>Pregnant (green channel)</source>
        <translation>孕妇（绿色通道）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="81"/>
        <source>Issue ticket (F2)</source>
        <translation>取号（F2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="134"/>
        <source>No ticket issued yet</source>
        <translation>尚未取号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="138"/>
        <source>ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="139"/>
        <source>no name</source>
        <translation>未登记姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="140"/>
        <source>%1 waiting ahead · about %2 min</source>
        <translation>前面还有 %1 人 · 约等 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/ticket_panel.py" line="147"/>
        <source>Waiting: %1 · green channel: %2</source>
        <translation>等候：%1 人 · 绿色通道：%2 人</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="87"/>
        <source>Resident&apos;s history</source>
        <translation>居民办事记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="89"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="91"/>
        <source>Number / time</source>
        <translation>编号 / 时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="91"/>
        <source>Affair / action</source>
        <translation>事项 / 操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="91"/>
        <source>State / by</source>
        <translation>状态 / 经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="91"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="94"/>
        <source>Planned / time</source>
        <translation>计划日期 / 时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="94"/>
        <source>Purpose / note</source>
        <translation>事由 / 记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="94"/>
        <source>State / outcome</source>
        <translation>状态 / 结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="94"/>
        <source>Staff</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="95"/>
        <source>Linked affair</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="117"/>
        <source>&amp;Affairs (%1)</source>
        <translation>事项(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="118"/>
        <source>&amp;Home visits (%1)</source>
        <translation>入户走访(&amp;H)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="125"/>
        <source>History of %1</source>
        <translation>%1 的办事记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="128"/>
        <source>%1 affairs in all, %2 of them done in a single visit (%3%)</source>
        <translation>共 %1 件事项，其中 %2 件只跑一次（%3%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="132"/>
        <source>No affairs yet</source>
        <translation>暂无办理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="157"/>
        <source>The resident came %1 times for this affair</source>
        <translation>居民为此事项跑了 %1 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="176"/>
        <source>Planned</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="176"/>
        <source>Done</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="176"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TypePanel</name>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="51"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="52"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="53"/>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="55"/>
        <source>Days</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="84"/>
        <source>② Affair type  (F4)</source>
        <translation>② 事项（F4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="85"/>
        <source>Name, code or pinyin initials (e.g. gl for 高龄)</source>
        <translation>名称、编码或拼音首字母（如 gl 查“高龄”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="86"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/type_panel.py" line="119"/>
        <source>%n type(s) — most used first</source>
        <translation>
            <numerusform>共 %n 项 — 常办事项在前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="150"/>
        <source>Affair type: name, code or pinyin initials</source>
        <translation>事项类型：名称、编码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="155"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="156"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
</context>
<context>
    <name>UrgeDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="246"/>
        <source>Urge %1</source>
        <translation>催办 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="248"/>
        <source>Every open dispatch is urged: %1</source>
        <translation>将向所有尚未反馈的承办单位催办：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="249"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="250"/>
        <source>e.g. called the section, answer promised by Friday</source>
        <translation>如：已电话联系科室，对方承诺周五前答复</translation>
    </message>
</context>
<context>
    <name>VisitsWindow</name>
    <message>
        <location filename="../../app/ui/visits/window.py" line="75"/>
        <location filename="../../app/ui/visits/window.py" line="119"/>
        <source>Grid area</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="76"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="78"/>
        <source>Buildings / units</source>
        <translation>楼栋/单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="79"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="80"/>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="118"/>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="120"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="121"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="122"/>
        <location filename="../../app/ui/visits/window.py" line="147"/>
        <source>Linked affair</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="123"/>
        <location filename="../../app/ui/visits/window.py" line="143"/>
        <source>Staff</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="124"/>
        <source>Purpose</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="125"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="142"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="144"/>
        <source>Outcome</source>
        <translation>走访结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="146"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="218"/>
        <source>Home visits — %1</source>
        <translation>入户走访 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="219"/>
        <source>&amp;Visits</source>
        <translation>走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="220"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="221"/>
        <source>&amp;Plan a visit…</source>
        <translation>安排走访(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="222"/>
        <source>&amp;Record the visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="223"/>
        <source>&amp;Cancel the visit…</source>
        <translation>取消走访(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="224"/>
        <source>Resident&apos;s &amp;history…</source>
        <translation>居民办事记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="225"/>
        <source>&amp;New grid area…</source>
        <translation>新建网格(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="226"/>
        <source>&amp;Edit grid area…</source>
        <translation>修改网格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="227"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="228"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="229"/>
        <source>Grid areas  (F4)</source>
        <translation>网格（F4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="230"/>
        <source>New (Ctrl+G)</source>
        <translation>新建（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="231"/>
        <source>Edit (Ctrl+E)</source>
        <translation>修改（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="232"/>
        <source>Home visit tasks  (F3)</source>
        <translation>入户走访任务（F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="233"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="234"/>
        <source>G&amp;rid</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="235"/>
        <location filename="../../app/ui/visits/window.py" line="291"/>
        <source>Planned</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="235"/>
        <location filename="../../app/ui/visits/window.py" line="291"/>
        <source>Done</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="235"/>
        <location filename="../../app/ui/visits/window.py" line="292"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="235"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="238"/>
        <location filename="../../app/ui/visits/window.py" line="332"/>
        <source>All grid areas</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="239"/>
        <source>Plan a visit (Ctrl+N)</source>
        <translation>安排走访（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="240"/>
        <source>Record the visit (Ctrl+R)</source>
        <translation>登记走访（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="241"/>
        <source>Cancel the visit (Ctrl+Del)</source>
        <translation>取消走访（Ctrl+Del）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="242"/>
        <source>Resident&apos;s history (Ctrl+H)</source>
        <translation>办事记录（Ctrl+H）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="243"/>
        <source>Log of the selected visit</source>
        <translation>所选走访的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="246"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="249"/>
        <source>Only the stationmasters change grid areas</source>
        <translation>只有站长、副站长可以调整网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="300"/>
        <source>Visits shown: %1</source>
        <translation>共 %1 条走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="376"/>
        <location filename="../../app/ui/visits/window.py" line="386"/>
        <source>Grid area saved</source>
        <translation>网格已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="399"/>
        <source>Visit planned</source>
        <translation>走访已安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="412"/>
        <source>Visit recorded</source>
        <translation>走访情况已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="422"/>
        <source>Affair %1 accepted, but the receipt could not be written: %2</source>
        <translation>事项 %1 已受理，但受理回执未能生成：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="425"/>
        <source>Affair %1 accepted and sent to the back-office queue; receipt saved to %2</source>
        <translation>事项 %1 已受理并转入后台队列；受理回执已保存至 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="433"/>
        <source>Visit cancelled</source>
        <translation>走访已取消</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="69"/>
        <source>Void a certificate</source>
        <translation>作废证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="70"/>
        <source>Void certificate %1. The number is never used again. &amp;Reason:</source>
        <translation>作废证明 %1，该编号不再使用。作废原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="72"/>
        <source>e.g. wrong address printed; resident&apos;s request</source>
        <translation>如：地址打印有误、居民申请作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="73"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WaitingDisplay</name>
    <message>
        <location filename="../../app/ui/display/window.py" line="179"/>
        <source>Waiting-area display — %1</source>
        <translation>等候区叫号屏 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="181"/>
        <source>Called before</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="182"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="183"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="261"/>
        <source>Residents aged 80 and over, disabled residents and pregnant women are served first (green channel). Please keep your ticket.</source>
        <translation>80岁以上老人、残疾人、孕妇优先办理（绿色通道）。请保管好您的排队号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="264"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="288"/>
        <source>Welcome — please take a ticket and wait to be called</source>
        <translation>欢迎光临 — 请取号等候叫号</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="296"/>
        <source>Ticket %1 please go to %2</source>
        <translation>请 %1 到 %2</translation>
    </message>
</context>
<context>
    <name>WhistleDialog</name>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="208"/>
        <source>Immediate Response for %1</source>
        <translation>吹哨报到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="209"/>
        <source>The subdistrict blows the whistle and the departments report: the affair becomes urgent and must be finished today.</source>
        <translation>街乡吹哨、部门报到：事项转为紧急，须当日办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="211"/>
        <source>&amp;Departments</source>
        <translation>报到部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="212"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/dialogs.py" line="213"/>
        <source>What the departments are called in for</source>
        <translation>请部门到场处置的内容</translation>
    </message>
</context>
<context>
    <name>_GoMenu</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="256"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="257"/>
        <source>Acceptance desk</source>
        <translation>前台受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="257"/>
        <source>Back office: transfer queue</source>
        <translation>后台转办</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="258"/>
        <source>Grid areas and home visits</source>
        <translation>网格与入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="258"/>
        <source>Certificate register</source>
        <translation>证明登记簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="259"/>
        <source>Reception: appointments and tickets</source>
        <translation>预约与取号</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="260"/>
        <source>Waiting-area display</source>
        <translation>等候区叫号屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="260"/>
        <source>Social-work cases</source>
        <translation>个案管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="261"/>
        <source>Needs posted online</source>
        <translation>网上诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="261"/>
        <source>Reports and exports</source>
        <translation>报表与导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="262"/>
        <source>Dashboard</source>
        <translation>站务看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="263"/>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="263"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="264"/>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="264"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/visits/pickers.py" line="120"/>
        <source>Chosen: %1</source>
        <translation>已选：%1</translation>
    </message>
</context>
</TS>
