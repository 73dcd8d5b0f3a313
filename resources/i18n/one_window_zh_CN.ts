<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../app/ui/help/menu.py" line="96"/>
        <source>About One Window</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="97"/>
        <source>One Window %1</source>
        <translation>一窗通 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="99"/>
        <source>The counter program of a community service station: every affair at one window, so that the resident comes only once.</source>
        <translation>社区服务站的窗口办事程序：所有事项一窗受理，让居民只跑一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="102"/>
        <source>Station: %1 (%2)</source>
        <translation>服务站：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="105"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="106"/>
        <source>User guide: %1</source>
        <translation>使用手册：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="109"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>AcceptNeedDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="359"/>
        <source>Accept the need as an affair</source>
        <translation>将需求受理为事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="361"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="361"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="363"/>
        <source>Affair &amp;type</source>
        <translation>事项类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="364"/>
        <source>&amp;Materials</source>
        <translation>材料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="365"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="366"/>
        <source>All present</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="367"/>
        <source>Collect what is missing on a later visit</source>
        <translation>所缺材料下次上门收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="368"/>
        <source>The need as the resident put it; printed on the receipt</source>
        <translation>居民所述需求，打印在回执上</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="369"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="370"/>
        <source>Accept as an affair</source>
        <translation>受理为事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="414"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
</context>
<context>
    <name>AcceptOnlineNeedDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="203"/>
        <source>Accept the online need as an affair</source>
        <translation>将网上诉求受理为事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="204"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="97"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="97"/>
        <source>Edit account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="98"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="99"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="100"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="101"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="102"/>
        <source>R&amp;epeat it:</source>
        <translation>再输一次(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="103"/>
        <source>lower-case letters and digits, e.g. zhangwei</source>
        <translation>小写字母和数字，如 zhangwei</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="104"/>
        <source>&amp;Active (may sign in)</source>
        <translation>启用(&amp;A)（可以登录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="105"/>
        <source>At least %1 characters, with both letters and digits.</source>
        <translation>至少 %1 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="110"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="110"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="117"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="46"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="48"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="49"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="49"/>
        <location filename="../../app/ui/admin/accounts_window.py" line="50"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="49"/>
        <location filename="../../app/ui/admin/accounts_window.py" line="50"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="50"/>
        <source>Password set</source>
        <translation>已设密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="52"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="76"/>
        <source>Accounts — %1</source>
        <translation>账号管理 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="77"/>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="78"/>
        <source>New… (Ctrl+N)</source>
        <translation>新建…(Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="79"/>
        <source>Edit… (Enter)</source>
        <translation>修改…(Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="80"/>
        <source>Reset password… (Ctrl+R)</source>
        <translation>重设密码…(Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="81"/>
        <source>Unlock (Ctrl+U)</source>
        <translation>解锁(Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="82"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="85"/>
        <source>Administrator: %1</source>
        <translation>管理员：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/accounts_window.py" line="86"/>
        <location filename="../../app/ui/admin/accounts_window.py" line="130"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>共 %n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="152"/>
        <source>Account %1 created.</source>
        <translation>账号 %1 已创建。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="158"/>
        <source>Account %1 saved.</source>
        <translation>账号 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="172"/>
        <source>New password set for %1; the account is unlocked.</source>
        <translation>已为 %1 设置新密码，账号已解锁。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/accounts_window.py" line="184"/>
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
        <location filename="../../app/ui/desk/action_panel.py" line="115"/>
        <source>③ Materials and actions</source>
        <translation>③ 材料与办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="116"/>
        <source>All materials present (Ctrl+A)</source>
        <translation>材料齐全（Ctrl+A）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="117"/>
        <source>Collect what is missing by home visit</source>
        <translation>缺少的材料上门收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="118"/>
        <source>&amp;Channel</source>
        <translation>受理渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="119"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="120"/>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="125"/>
        <source>Handle now (F8)</source>
        <translation>当场办结（F8）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="126"/>
        <source>Accept (F9)</source>
        <translation>受理上报/转办（F9）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="127"/>
        <source>One-time notice (F10)</source>
        <translation>一次性告知（F10）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="128"/>
        <source>One-time notice of missing materials (F10)</source>
        <translation>出具一次性告知单（F10）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="129"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="130"/>
        <source>Save PDF (Ctrl+S)</source>
        <translation>另存PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="131"/>
        <source>Optional, printed on the receipt</source>
        <translation>选填，打印在回执上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="167"/>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="231"/>
        <source>Choose an affair type</source>
        <translation>请选择事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="234"/>
        <source>Continuing %1</source>
        <translation>续办 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="242"/>
        <source>completed on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/action_panel.py" line="244"/>
        <source>%n working day(s), by </source>
        <translation>
            <numerusform>%n个工作日，承诺于 </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="247"/>
        <source>(holiday calendar not yet published)</source>
        <translation>（节假日安排尚未公布，日期为预计）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="249"/>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="249"/>
        <source>Closes with</source>
        <translation>办结文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="249"/>
        <source>Promise</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="249"/>
        <source>Handled by</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="250"/>
        <source>Forms</source>
        <translation>需填表格</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="400"/>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="401"/>
        <source>The account that creates the staff&apos;s accounts and changes these settings.</source>
        <translation>用于建立工作人员账号和修改这些设置的账号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="402"/>
        <source>No password ships with One Window: choose it now and keep it somewhere safe. You are signed in with this account when the setup finishes.</source>
        <translation>一窗通不带任何预设密码：请现在设置并妥善保管。初始化完成后将以此账号登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="404"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="405"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="406"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="407"/>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="408"/>
        <source>User name: 2–32 lower-case letters, digits or _ . -, starting with a letter. Password: at least %1 characters, with both letters and digits.</source>
        <translation>用户名：2–32位小写字母、数字或 _ . -，以字母开头。密码：至少 %1 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="420"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
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
        <location filename="../../app/ui/admin/audit_window.py" line="79"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="80"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="81"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="82"/>
        <source>Desk</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="83"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="85"/>
        <source>Operation</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="86"/>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="87"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="121"/>
        <source>Audit log — %1</source>
        <translation>审计日志 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="122"/>
        <source>Audit log: who did what, when and from which desk</source>
        <translation>审计日志：谁在何时、从哪个窗口做了什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="123"/>
        <source>&amp;From day</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="123"/>
        <source>&amp;To day</source>
        <translation>截止日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="124"/>
        <source>Staff &amp;member</source>
        <translation>工作人员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="125"/>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="125"/>
        <source>T&amp;ext</source>
        <translation>文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="127"/>
        <source>All staff</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="128"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="131"/>
        <source>operation, target, detail or user name</source>
        <translation>功能、对象、详情或用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="132"/>
        <source>Search (F5)</source>
        <translation>查询(F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="133"/>
        <source>The log cannot be edited or exported; it only grows.</source>
        <translation>日志不能修改或导出，只会增加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="134"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="137"/>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_window.py" line="181"/>
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_window.py" line="183"/>
        <source>(the newest %1; narrow the filters to see older ones)</source>
        <translation>（仅显示最新 %1 条，请缩小条件查看更早的记录）</translation>
    </message>
</context>
<context>
    <name>AutoExportDialog</name>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="277"/>
        <source>Report export settings</source>
        <translation>报表导出设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="278"/>
        <source>The Export buttons of the Reports window write into the export folder. Today&apos;s report can also be written there by itself at closing time, while this program is running.</source>
        <translation>报表窗口的各导出按钮将文件写入导出文件夹。本程序运行期间，也可在下班时间自动将今日报表导出到该文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="281"/>
        <source>Export &amp;folder</source>
        <translation>导出文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="282"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="283"/>
        <source>&amp;Export today&apos;s report automatically at closing time</source>
        <translation>下班时间自动导出今日报表(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="284"/>
        <source>&amp;Closing time</source>
        <translation>下班时间(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="285"/>
        <source>Fo&amp;rmats</source>
        <translation>格式(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="286"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="287"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="314"/>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="329"/>
        <source>Choose the export folder.</source>
        <translation>请选择导出文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="331"/>
        <source>Give the export folder&apos;s full path, or choose it with Browse…</source>
        <translation>请填写导出文件夹的完整路径，或点“浏览…”选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="335"/>
        <source>Choose at least one format for the automatic export.</source>
        <translation>自动导出请至少选择一种格式。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="338"/>
        <source>The export folder cannot be written: %1</source>
        <translation>导出文件夹无法写入：%1</translation>
    </message>
</context>
<context>
    <name>AutoExporter</name>
    <message>
        <location filename="../../app/ui/reports/auto_export.py" line="202"/>
        <source>The automatic export of today&apos;s report failed: %1</source>
        <translation>今日报表自动导出失败：%1</translation>
    </message>
</context>
<context>
    <name>BackOfficeWindow</name>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="156"/>
        <source>&amp;Back office</source>
        <translation>后台(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="158"/>
        <source>Show &amp;overdue</source>
        <translation>查看超期事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="159"/>
        <source>&amp;Print the last documents</source>
        <translation>打印刚生成的文书(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="160"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="161"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="162"/>
        <source>Show overdue (F6)</source>
        <translation>查看超期（F6）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="164"/>
        <source>%1 · %2 · Desk: %3</source>
        <translation>%1 · %2 · 岗位：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="251"/>
        <source>Back office — %1 affairs (%2 overdue · %3 due soon)</source>
        <translation>后台转办 — %1件（超期%2 · 即将到期%3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="254"/>
        <source>%1 shown of %2 open · %3 overdue · %4 due soon · %5 half used · %6 urgent</source>
        <translation>显示%1件 / 在办%2件 · 超期%3 · 即将到期%4 · 时限过半%5 · 紧急%6</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="264"/>
        <source>Nothing overdue or due soon.</source>
        <translation>暂无超期或即将到期的事项。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="265"/>
        <source>Overdue %1, due soon %2, urgent %3:</source>
        <translation>超期 %1 件，即将到期 %2 件，紧急 %3 件：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backoffice/window.py" line="276"/>
        <source>(%n working day(s) overdue)</source>
        <translation>
            <numerusform>（超期%n个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="289"/>
        <source>Click to show the overdue affairs</source>
        <translation>点击查看超期事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="366"/>
        <source>Referred to %1.</source>
        <translation>已转介至%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="366"/>
        <source>Dispatched to %1.</source>
        <translation>已派遣至%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="382"/>
        <location filename="../../app/ui/backoffice/window.py" line="544"/>
        <source>The slip could not be written: %1</source>
        <translation>转办单未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="384"/>
        <source>Slips saved in %1: %2 — Ctrl+P prints them.</source>
        <translation>转办单已保存到 %1：%2 — 按 Ctrl+P 打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="420"/>
        <source>Immediate Response started: %1 called in; due today.</source>
        <translation>已吹哨：请%1报到，须当日办结。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backoffice/window.py" line="430"/>
        <source>Urged (%n time(s) so far).</source>
        <translation>
            <numerusform>已催办（累计%n次）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="443"/>
        <source>Feedback from %1 recorded: %2.</source>
        <translation>已登记%1的反馈：%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="446"/>
        <source>Every dispatch has answered: tell the resident (Ctrl+T), then close.</source>
        <translation>各承办单位均已反馈：请告知居民（Ctrl+T）后办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="461"/>
        <source>Recorded: %1 was told (%2).</source>
        <translation>已登记告知%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="471"/>
        <source>%1 closed.</source>
        <translation>%1 已办结。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="473"/>
        <source>Issue the certificate now (Ctrl+K).</source>
        <translation>请开具证明（Ctrl+K）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="486"/>
        <source>%1: %2 done.</source>
        <translation>%1：已%2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="493"/>
        <source>%1 has checked in.</source>
        <translation>%1 已报到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="505"/>
        <source>Certificate %1 issued, but the PDF could not be written: %2</source>
        <translation>证明 %1 已开具，但PDF未能生成：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/window.py" line="509"/>
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
        <location filename="../../app/ui/visits/dialogs.py" line="504"/>
        <location filename="../../app/ui/visits/dialogs.py" line="508"/>
        <source>Cancel the visit</source>
        <translation>取消走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="505"/>
        <source>Cancel the visit to %1 planned for %2. &amp;Reason:</source>
        <translation>取消 %2 对 %1 的走访。原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="509"/>
        <source>Keep it</source>
        <translation>不取消</translation>
    </message>
</context>
<context>
    <name>CasesWindow</name>
    <message>
        <location filename="../../app/ui/cases/window.py" line="82"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="83"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="84"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="85"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="88"/>
        <source>Worker</source>
        <translation>承办社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="89"/>
        <source>Notes</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="174"/>
        <source>Social-work cases — %1</source>
        <translation>个案管理 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="175"/>
        <source>&amp;Cases</source>
        <translation>个案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="176"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="177"/>
        <source>&amp;New case…</source>
        <translation>新建个案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="178"/>
        <source>&amp;Move to the next stage…</source>
        <translation>进入下一阶段(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="179"/>
        <source>Add a &amp;note</source>
        <translation>添加记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="180"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="181"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="182"/>
        <source>All cases  (F3)</source>
        <translation>全部个案  (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="182"/>
        <source>My cases  (F3)</source>
        <translation>我的个案  (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="183"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="184"/>
        <source>All cases</source>
        <translation>全部个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="184"/>
        <source>Open cases</source>
        <translation>未结案个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="187"/>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="188"/>
        <source>New case (Ctrl+N)</source>
        <translation>新建个案 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="189"/>
        <source>Notes (Alt+1)</source>
        <translation>个案记录 (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="189"/>
        <source>Plan (Alt+2)</source>
        <translation>服务计划 (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="189"/>
        <source>Links (Alt+3)</source>
        <translation>关联事项与单位 (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="190"/>
        <source>Closure (Alt+4)</source>
        <translation>结案评估 (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="194"/>
        <source>Worker: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="232"/>
        <source>Cases shown: %1</source>
        <translation>显示个案：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="270"/>
        <source>Closure and evaluation… (Ctrl+Enter)</source>
        <translation>结案评估… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="271"/>
        <source>Next stage… (Ctrl+Enter)</source>
        <translation>进入下一阶段… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="273"/>
        <source>No case selected</source>
        <translation>未选择个案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="280"/>
        <source>Resident: %1</source>
        <translation>居民：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="281"/>
        <source>Worker: %1 · opened %2 by %3</source>
        <translation>承办社工：%1 · %2 由%3立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="284"/>
        <source>closed %1</source>
        <translation>%1 结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="315"/>
        <source>Case %1 opened</source>
        <translation>个案 %1 已立案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/window.py" line="334"/>
        <source>Case %1 is now at &apos;%2&apos;</source>
        <translation>个案 %1 已进入“%2”阶段</translation>
    </message>
</context>
<context>
    <name>CertificateRegisterDialog</name>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="118"/>
        <source>Certificate number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="119"/>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="120"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="121"/>
        <source>Affair number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="122"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="123"/>
        <source>Issued by</source>
        <translation>开具人</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="124"/>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="125"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="168"/>
        <source>Certificate register</source>
        <translation>证明登记簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="169"/>
        <source>Certificate register  (Ctrl+F to search)</source>
        <translation>证明登记簿（Ctrl+F 查找）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="170"/>
        <source>Certificate number, resident name, or scan the QR code</source>
        <translation>证明编号、居民姓名，或扫描证明二维码</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="171"/>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="172"/>
        <source>Reprint copy (Ctrl+P)</source>
        <translation>补打（副本）（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="173"/>
        <source>Print the certificate again, marked as a copy</source>
        <translation>重新打印证明，标注“副本”</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="174"/>
        <source>Void… (Ctrl+D)</source>
        <translation>作废…（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="175"/>
        <source>Open PDF folder</source>
        <translation>打开文书文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="177"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="210"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="211"/>
        <source>Void: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="214"/>
        <source>Certificates: %1</source>
        <translation>共 %1 份证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="288"/>
        <source>Copy saved to %1, but printing failed: %2</source>
        <translation>副本已保存至 %1，但打印失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="291"/>
        <source>Copy printed and saved to %1</source>
        <translation>副本已打印，并保存至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="292"/>
        <source>Copy saved to %1 (not printed)</source>
        <translation>副本已保存至 %1（未打印）</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="333"/>
        <source>Certificate %1 voided</source>
        <translation>证明 %1 已作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="338"/>
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
        <location filename="../../app/ui/cases/tabs.py" line="422"/>
        <source>5 · very satisfied</source>
        <translation>5 · 非常满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="422"/>
        <source>4 · satisfied</source>
        <translation>4 · 满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="422"/>
        <source>3 · neutral</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="423"/>
        <source>2 · dissatisfied</source>
        <translation>2 · 不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="423"/>
        <source>1 · very dissatisfied</source>
        <translation>1 · 非常不满意</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="424"/>
        <source>Could not be rated</source>
        <translation>无法评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="427"/>
        <source>&amp;Goals met</source>
        <translation>目标达成情况(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="428"/>
        <source>Resident&apos;s sa&amp;tisfaction</source>
        <translation>居民满意度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="429"/>
        <source>&amp;Why not rated</source>
        <translation>未评价原因(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="430"/>
        <source>&amp;Evaluation</source>
        <translation>结案评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="431"/>
        <source>Only when the resident could not rate the service</source>
        <translation>仅在居民无法评价时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="432"/>
        <source>What changed for the resident, what remains, follow-up</source>
        <translation>居民情况的改变、尚存问题、后续跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="433"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="439"/>
        <source>Closed on %1.</source>
        <translation>已于 %1 结案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="441"/>
        <source>Record whether the goals were met, the resident&apos;s satisfaction and the evaluation.</source>
        <translation>请登记目标达成情况、居民满意度和结案评估。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="443"/>
        <source>Available once the case reaches &apos;%1&apos;.</source>
        <translation>个案进入“%1”阶段后可填写。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="476"/>
        <source>Case closed</source>
        <translation>个案已结案</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="85"/>
        <source>Original document</source>
        <translation>原件名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="86"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="87"/>
        <source>Taken</source>
        <translation>收取时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="88"/>
        <source>Returned</source>
        <translation>归还时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="151"/>
        <source>Full agency handling</source>
        <translation>全程代办</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="152"/>
        <source>Full agency handling — originals in the station&apos;s custody</source>
        <translation>全程代办 — 服务站代管的原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="153"/>
        <source>Resident&apos;s authorisation</source>
        <translation>居民授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="154"/>
        <source>&amp;Scope</source>
        <translation>代办范围(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="155"/>
        <source>What the resident authorises the station to do for them</source>
        <translation>居民委托服务站代为办理的内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="156"/>
        <source>Record authorisation</source>
        <translation>登记授权</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="157"/>
        <source>Original documents</source>
        <translation>原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="158"/>
        <source>&amp;Document taken</source>
        <translation>收取原件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="159"/>
        <source>e.g. 户口簿原件</source>
        <translation>如：户口簿原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="160"/>
        <source>C&amp;opies</source>
        <translation>份数(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="161"/>
        <source>Add as taken</source>
        <translation>登记收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="162"/>
        <source>Returned to resident (Ctrl+R)</source>
        <translation>已归还居民（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="163"/>
        <source>Record the selected originals as given back</source>
        <translation>登记所选原件已归还居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="164"/>
        <source>Print hand-over slip (Ctrl+P)</source>
        <translation>打印交接单（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="165"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="190"/>
        <source>Not returned</source>
        <translation>未归还</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="199"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="199"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="205"/>
        <source>Recorded %1</source>
        <translation>已于 %1 登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="208"/>
        <source>Not yet authorised: record the scope before taking any original</source>
        <translation>尚未授权：收取原件前请先登记代办范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="211"/>
        <source>Originals held by the station: %1</source>
        <translation>服务站代管原件 %1 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="212"/>
        <source>Nothing held by the station</source>
        <translation>服务站未代管原件</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="266"/>
        <source>Authorisation recorded</source>
        <translation>代办授权已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="282"/>
        <source>Taken into custody: %1 × %2</source>
        <translation>已收取原件：%1 × %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="297"/>
        <source>Returned to the resident: %1</source>
        <translation>已归还居民：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="314"/>
        <source>Slip saved to %1, but printing failed: %2</source>
        <translation>交接单已保存至 %1，但打印失败：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="317"/>
        <source>Hand-over slip printed and saved to %1</source>
        <translation>交接单已打印，并保存至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/agency/custody_dialog.py" line="318"/>
        <source>Hand-over slip saved to %1 (not printed)</source>
        <translation>交接单已保存至 %1（未打印）</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="193"/>
        <source>Dashboard — %1</source>
        <translation>站长看板 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="194"/>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="195"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="196"/>
        <source>Open the &amp;overdue affairs in the back office</source>
        <translation>在后台打开已超期事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="197"/>
        <source>Open the affairs &amp;due soon in the back office</source>
        <translation>在后台打开即将到期事项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="199"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="201"/>
        <source>Waiting now</source>
        <translation>正在等候</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="201"/>
        <source>Queue tickets issued today and not yet called</source>
        <translation>今天已取号、尚未叫号的人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="202"/>
        <source>Open affairs</source>
        <translation>在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="202"/>
        <source>Affairs still being handled for the resident</source>
        <translation>仍在为居民办理中的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="203"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="203"/>
        <source>Open affairs close to their committed date</source>
        <translation>临近承诺办结日期的在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="204"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="204"/>
        <source>Open affairs past their committed date</source>
        <translation>已过承诺办结日期的在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="205"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="205"/>
        <source>Open affairs under Immediate Response</source>
        <translation>已吹哨报到、须当日办结的在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="206"/>
        <source>Accepted today</source>
        <translation>今日受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="206"/>
        <source>Affairs registered today</source>
        <translation>今天登记受理的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="207"/>
        <source>Completed today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="207"/>
        <source>Affairs closed today</source>
        <translation>今天办结的事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="209"/>
        <source>Click or press Enter to open them in the back office</source>
        <translation>单击或按回车键在后台查看这些事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="288"/>
        <location filename="../../app/ui/dashboard/window.py" line="309"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="290"/>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="319"/>
        <source>Affairs by day, last 30 days: %1 accepted, %2 completed</source>
        <translation>近30天每日事项：受理 %1 件，办结 %2 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="322"/>
        <source>Affairs by day: no data for the last 30 days</source>
        <translation>每日事项：近30天暂无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="323"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="323"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="323"/>
        <source>Affairs</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="327"/>
        <source>Accepted by category, last 30 days</source>
        <translation>近30天各类别受理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="329"/>
        <source>Accepted by category: no data for the last 30 days</source>
        <translation>各类别受理事项：近30天暂无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="331"/>
        <source>Affairs accepted</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="337"/>
        <source>On-time completion: %1% over the last 30 days</source>
        <translation>按时办结率：近30天 %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="339"/>
        <source>On-time completion: no data for the last 30 days</source>
        <translation>按时办结率：近30天暂无数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="340"/>
        <source>Completed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="340"/>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="345"/>
        <source>Satisfaction: average %1 of 5 over the last 30 days (%2 rated)</source>
        <translation>满意度：近30天平均 %1 分（满分5分，共 %2 次评价）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="348"/>
        <source>Satisfaction: no ratings in the last 30 days</source>
        <translation>满意度：近30天暂无评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard/window.py" line="349"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="185"/>
        <source>Where the station&apos;s data is kept</source>
        <translation>数据保存在哪里</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="186"/>
        <source>One desk alone can keep it on this computer; several desks share a PostgreSQL server.</source>
        <translation>只有一个窗口时可保存在本机；多个窗口共用一台 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="188"/>
        <source>Choose the database. Test the connection before going on: Next does it too.</source>
        <translation>请选择数据库。继续前请测试连接（按“下一步”也会测试）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="190"/>
        <source>&amp;Local database on this computer (SQLite)</source>
        <translation>本机数据库（SQLite）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="191"/>
        <source>&amp;PostgreSQL server, shared by the station&apos;s desks</source>
        <translation>PostgreSQL 服务器，供站内各窗口共用(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="192"/>
        <source>Data f&amp;older:</source>
        <translation>数据文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="193"/>
        <source>Server &amp;URL:</source>
        <translation>服务器地址(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="194"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="219"/>
        <source>Choose a data folder or enter the server&apos;s URL.</source>
        <translation>请选择数据文件夹或填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="229"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="257"/>
        <source>✓ %1: a new database file will be created in this folder.</source>
        <translation>✓ %1：将在此文件夹中新建数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="259"/>
        <source>✓ %1 holds the station %2. This computer will use it: the station, opening hours and administrator pages are skipped, and you sign in with an existing account.</source>
        <translation>✓ %1 中已有服务站 %2。本机将接入使用：跳过服务站、开放时间和管理员页面，之后用已有账号登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="262"/>
        <source>✓ %1: an empty database; the station will be created in it.</source>
        <translation>✓ %1：空数据库，将在其中建立服务站。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="264"/>
        <source>✓ %1: One Window&apos;s tables without a station; the station will be created in it.</source>
        <translation>✓ %1：已有一窗通数据表但没有服务站，将在其中建立服务站。</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="263"/>
        <source>In use now:</source>
        <translation>当前使用：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="264"/>
        <source>At the next sta&amp;rt:</source>
        <translation>下次启动使用(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="265"/>
        <source>empty: the local database in the user data folder</source>
        <translation>留空：使用用户数据文件夹中的本机数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="266"/>
        <source>Local fol&amp;der…</source>
        <translation>本机文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="267"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="268"/>
        <source>A new database takes effect when One Window is started again; an empty one starts the setup wizard. --database and ONE_WINDOW_DATABASE_URL, when given, take precedence. Passwords are shown as ***.</source>
        <translation>新的数据库在下次启动一窗通时生效；若为空数据库，将启动初始化向导。启动时给出的 --database 或 ONE_WINDOW_DATABASE_URL 优先。密码显示为 ***。</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="472"/>
        <source>This desk</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="473"/>
        <source>Settings of this computer only; each desk computer has its own.</source>
        <translation>仅对本机有效；每台窗口电脑各自设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="474"/>
        <source>&amp;Desk name:</source>
        <translation>窗口名称(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="474"/>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="474"/>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="475"/>
        <source>Bac&amp;kup folder:</source>
        <translation>备份文件夹(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="475"/>
        <source>&amp;Export folder:</source>
        <translation>导出文件夹(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="476"/>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="479"/>
        <source>e.g. 窗口1</source>
        <translation>例如 窗口1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="480"/>
        <source>No printer is installed yet: the print dialog asks each time. Choose the printer later in Settings.</source>
        <translation>本机尚未安装打印机：每次打印时弹出打印对话框。之后可在“设置”中选择打印机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="491"/>
        <source>Enter the name of this desk.</source>
        <translation>请填写本窗口的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="496"/>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../app/ui/app.py" line="278"/>
        <source>Today&apos;s backup: %1</source>
        <translation>今日备份：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="284"/>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="138"/>
        <source>&amp;Desk name:</source>
        <translation>窗口名称(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="138"/>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="138"/>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="139"/>
        <source>La&amp;nguage:</source>
        <translation>界面语言(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="142"/>
        <source>Offered at the sign-in and recorded on every event; a new name is used from the next sign-in.</source>
        <translation>登录时默认填入，并记录在每条操作记录中；修改后从下次登录起使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="144"/>
        <source>Receipts and notices go straight to the chosen printer on the chosen paper; &quot;Ask each time&quot; shows the print dialog. The desk can still pick the paper for one print.</source>
        <translation>回执和告知单直接用所选纸张送到所选打印机；选“每次询问”则弹出打印对话框。窗口仍可为单次打印另选纸张。</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk/window.py" line="124"/>
        <source>One Window — %1</source>
        <translation>一窗通 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="125"/>
        <source>&amp;Desk</source>
        <translation>窗口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="126"/>
        <source>&amp;Next resident</source>
        <translation>下一位居民(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="128"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="131"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="194"/>
        <source>Called %1</source>
        <translation>已叫 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="198"/>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="219"/>
        <source>Linked to the appointment of ticket %1</source>
        <translation>已关联到 %1 号的预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="247"/>
        <source>Required materials are missing: issue a one-time notice (F10) or tick &apos;collect by home visit&apos;.</source>
        <translation>缺少必要材料：请出具一次性告知单（F10），或勾选“缺少的材料上门收取”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="284"/>
        <source>Saved, but the document could not be written: %1</source>
        <translation>事项已保存，但文书未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="289"/>
        <source>Promised by %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="292"/>
        <source>Document: %1</source>
        <translation>文书：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="296"/>
        <source>%1 recorded as %2 — Ctrl+P prints, Ctrl+N for the next resident</source>
        <translation>%1 已登记为“%2” — Ctrl+P 打印，Ctrl+N 办理下一位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="341"/>
        <source>Save PDF</source>
        <translation>另存PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="349"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="116"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="117"/>
        <source>Handled by</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="119"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="120"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="122"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="123"/>
        <source>Urges</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="124"/>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="125"/>
        <source>Answered</source>
        <translation>反馈时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="135"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="136"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="137"/>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="154"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="138"/>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="146"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="142"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="143"/>
        <source>Called</source>
        <translation>吹哨时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="144"/>
        <source>Checked in</source>
        <translation>报到时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="144"/>
        <source>waiting</source>
        <translation>待报到</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="151"/>
        <source>Certificate</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="152"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="153"/>
        <source>Issued</source>
        <translation>开具时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="155"/>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="156"/>
        <source>Voided</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="190"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="192"/>
        <source>Dispatch (Ctrl+D)</source>
        <translation>派遣（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="192"/>
        <source>Refer (Ctrl+R)</source>
        <translation>转介（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="193"/>
        <source>Whistle (Ctrl+I)</source>
        <translation>吹哨报到（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="193"/>
        <source>Urge (Ctrl+U)</source>
        <translation>催办（Ctrl+U）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="194"/>
        <source>Feedback (Ctrl+F)</source>
        <translation>登记反馈（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="194"/>
        <source>Tell resident (Ctrl+T)</source>
        <translation>告知居民（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="195"/>
        <source>Close (Ctrl+E)</source>
        <translation>办结（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="195"/>
        <source>Certificate (Ctrl+K)</source>
        <translation>开具证明（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="196"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="196"/>
        <source>Cancel…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="197"/>
        <source>Full agency…</source>
        <translation>全程代办…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="197"/>
        <source>Timeline…</source>
        <translation>办事轨迹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="200"/>
        <source>Hand the affair to one or several departments or partners</source>
        <translation>将事项派遣给一个或多个科室、单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="201"/>
        <source>Out of the station&apos;s scope: refer the resident elsewhere with a slip</source>
        <translation>不属本站办理范围：开具转介单，转介至相关单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="202"/>
        <source>Immediate Response: the subdistrict blows the whistle, departments report; urgent, same day</source>
        <translation>街乡吹哨、部门报到：紧急事项，当日办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="204"/>
        <source>Urge every department or partner that has not answered</source>
        <translation>向所有尚未反馈的承办单位催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="205"/>
        <source>Record a department&apos;s or partner&apos;s answer</source>
        <translation>登记承办单位的反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="206"/>
        <source>Record that the resident was told the outcome</source>
        <translation>登记已将办理结果告知居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="207"/>
        <source>Close with the resident&apos;s satisfaction rating</source>
        <translation>登记居民满意度并办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="208"/>
        <source>Issue the certificate of a completed affair: numbered, saved as PDF</source>
        <translation>为已办结事项开具证明：自动编号，生成PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="209"/>
        <source>Reopen a completed or referred affair, with a reason</source>
        <translation>重新打开已办结或已转介的事项（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="210"/>
        <source>Cancel the affair: it is withdrawn, with a reason</source>
        <translation>撤销事项（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="211"/>
        <source>Full-process agency: authorisation and originals held</source>
        <translation>全程代办：授权登记与原件保管</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="212"/>
        <source>The resident&apos;s timeline: everything they asked the station for</source>
        <translation>居民办事轨迹：该居民在本站办理的全部事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="221"/>
        <source>Print slip</source>
        <translation>打印转办单</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="222"/>
        <source>Print the referral slip of the selected dispatch</source>
        <translation>打印所选派遣的转办单</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="223"/>
        <source>Record check-in</source>
        <translation>登记报到</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="224"/>
        <source>Record that the selected department has reported</source>
        <translation>登记所选部门已到场报到</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="225"/>
        <source>Reprint as copy</source>
        <translation>补打（副本）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="226"/>
        <source>Print the selected certificate again, marked as a copy</source>
        <translation>再次打印所选证明，标注为副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="307"/>
        <source>Request: %1</source>
        <translation>办理要求：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="309"/>
        <source>Answer (%1, %2): %3</source>
        <translation>反馈（%1，%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="318"/>
        <source>Dispatches (%1)</source>
        <translation>派遣（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="319"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="320"/>
        <source>Call-ins (%1)</source>
        <translation>吹哨报到（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="321"/>
        <source>Certificates, originals (%1)</source>
        <translation>证明与原件（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="338"/>
        <source>Accepted %1 by %2 (%3)</source>
        <translation>受理：%1 · %2（%3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="341"/>
        <source>Promised by %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/backoffice/detail_panel.py" line="345"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="350"/>
        <source>Urgent — Immediate Response since %1</source>
        <translation>紧急 — %1 吹哨</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="351"/>
        <source>%1 of %2 departments checked in</source>
        <translation>已报到 %1/%2 个部门</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="355"/>
        <source>The resident agreed to share the phone number with the handler</source>
        <translation>居民同意向承办单位提供联系电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="357"/>
        <source>Resident told %1 (%2)</source>
        <translation>已告知居民：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="362"/>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="364"/>
        <source>No rating: %1</source>
        <translation>未评价：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="366"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="371"/>
        <source>No originals held for this affair.</source>
        <translation>本事项未收取原件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="374"/>
        <source>Originals: %1 — %2 still held</source>
        <translation>原件：%1 — 尚有%2件未归还</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/detail_panel.py" line="376"/>
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
    <name>DryRunPage</name>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="253"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="254"/>
        <source>Would be</source>
        <translation>将会</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="255"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="256"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="257"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="297"/>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="300"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="300"/>
        <location filename="../../app/ui/residents_import/pages.py" line="313"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="300"/>
        <location filename="../../app/ui/residents_import/pages.py" line="313"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="301"/>
        <source>Has errors</source>
        <translation>有误</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="307"/>
        <source>changes: %1</source>
        <translation>将修改：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="313"/>
        <source>New residents</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="314"/>
        <source>Rows with errors</source>
        <translation>有误的行</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="322"/>
        <source>Nothing has been written. A file is imported whole or not at all, so Import stays disabled while any row has an error. Correct the rows named below in the file (row numbers as Excel shows them), save it, and press Check again (F5).</source>
        <translation>尚未写入任何内容。文件要么整体导入，要么完全不导入，因此只要有一行有误，“导入”按钮就不可用。请在文件中改正下列各行（行号与 Excel 中显示的一致），保存后按“重新检查”（F5）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="328"/>
        <source>Nothing has been written, and there is nothing to import: every resident in the file is registered already, as the file has them.</source>
        <translation>尚未写入任何内容，也没有需要导入的内容：文件中的居民均已登记，且信息一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="333"/>
        <source>Nothing has been written yet. Import registers the new residents and updates the changed ones in one step; unchanged rows are left alone, and an empty cell never erases what is stored.</source>
        <translation>尚未写入任何内容。“导入”会一次性登记新居民并更新有变化的居民；无变化的行不作处理，空单元格不会清除已登记的信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="337"/>
        <source>Only &amp;problems</source>
        <translation>只看有误的行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="338"/>
        <source>Check &amp;again (F5)</source>
        <translation>重新检查(&amp;A)（F5）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="339"/>
        <source>Read the file again, after correcting it</source>
        <translation>修改文件后重新读取</translation>
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
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="70"/>
        <source>Bring in the residents and households the station already keeps in a spreadsheet. Nothing is written until the last step, and only after a dry run has shown what would happen to each row.</source>
        <translation>导入服务站已有的居民和家庭登记表。最后一步之前不会写入任何内容；写入前会先预演，显示每一行将如何处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="72"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="73"/>
        <source>Path of an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件的路径</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="74"/>
        <source>&amp;Choose… (Ctrl+O)</source>
        <translation>选择(&amp;C)…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="76"/>
        <source>Excel (.xlsx, the first sheet) or CSV (UTF-8 or GBK, as Excel saves it). The first row holds the column names, e.g. 姓名, 身份证号, 电话, 楼号, 单元, 门牌号, 与户主关系, 标签; the next step lets you say what any other column holds. At most %1 residents and %2 MB per file. An old .xls file: save it as .xlsx in Excel first.</source>
        <translation>Excel 文件（.xlsx，读取第一个工作表）或 CSV 文件（UTF-8 或 GBK，即 Excel 保存的格式）。第一行为列名，例如：姓名、身份证号、电话、楼号、单元、门牌号、与户主关系、标签；其他列名可在下一步指明其内容。每个文件最多 %1 名居民、%2 MB。旧的 .xls 文件请先在 Excel 中另存为 .xlsx。</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../app/ui/setup/fields.py" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/fields.py" line="60"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>FoldersTab</name>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="189"/>
        <source>Backup fol&amp;der:</source>
        <translation>备份文件夹(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="190"/>
        <source>Kee&amp;p the newest:</source>
        <translation>保留最近(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="191"/>
        <source>E&amp;xport folder:</source>
        <translation>导出文件夹(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="192"/>
        <source> daily backups</source>
        <translation> 份每日备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="193"/>
        <source>Back up dail&amp;y (the first desk started each day copies the database)</source>
        <translation>每日自动备份（每天第一个启动的窗口复制数据库）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="194"/>
        <source>Better on another disk or a USB drive than the database&apos;s own.</source>
        <translation>最好放在另一块硬盘或U盘上，而不是数据库所在的硬盘。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="195"/>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="196"/>
        <source>Where the Reports window and the automatic export write.</source>
        <translation>报表窗口和自动导出写入的位置。</translation>
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
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/ui/help/menu.py" line="146"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="147"/>
        <source>&amp;User guide</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="148"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/menu.py" line="149"/>
        <source>&amp;About One Window</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../app/ui/help/window.py" line="118"/>
        <source>One Window — User guide</source>
        <translation>一窗通 — 使用手册</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="119"/>
        <source>← Back (Alt+←)</source>
        <translation>← 返回（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="120"/>
        <source>Search the guide (Ctrl+F), Enter finds the next</source>
        <translation>搜索手册（Ctrl+F），回车查找下一处</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="121"/>
        <source>Find next (F3)</source>
        <translation>查找下一处（F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="122"/>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="163"/>
        <source>This chapter is missing from the installation: %1</source>
        <translation>安装中缺少这一章：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="221"/>
        <source>Not part of the installed guide: %1</source>
        <translation>安装的手册中没有此文件：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="274"/>
        <source>%1 found in %2 chapter(s)</source>
        <translation>共找到 %1 处，在 %2 章中</translation>
    </message>
    <message>
        <location filename="../../app/ui/help/window.py" line="275"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="139"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="139"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="139"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="139"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="140"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="140"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="140"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="143"/>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="144"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="145"/>
        <source>Open on</source>
        <translation>开放日</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="146"/>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="147"/>
        <source>Afternoon (tick to open)</source>
        <translation>下午（勾选即开放）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="148"/>
        <source>Slot length</source>
        <translation>每段时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="149"/>
        <source>Residents per slot</source>
        <translation>每段可约人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="150"/>
        <source>Copy &amp;Monday to Tuesday–Friday</source>
        <translation>将周一复制到周二至周五(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="151"/>
        <source>These periods are also the appointment slots. Public holidays close the station and make-up working days open it, as the official calendar says.</source>
        <translation>这些时段也是预约时段。按国家法定节假日安排，节假日闭站，调休上班日开放。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/hours_grid.py" line="153"/>
        <source>Some days have more than two periods: the others are kept as they are.</source>
        <translation>有的日期设有两个以上时段：其余时段保持不变。</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="352"/>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="353"/>
        <source>When the station is open each week; residents book appointments in these periods.</source>
        <translation>每周的开放时间；居民在这些时段内预约。</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="102"/>
        <source>Only the chief stationmaster or the administrator can change the opening hours.</source>
        <translation>只有站长或管理员可以修改开放时间。</translation>
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
        <location filename="../../app/ui/needs/dialogs.py" line="98"/>
        <source>Import refused</source>
        <translation>导入未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="99"/>
        <source>Nothing was imported. Correct these rows in the file and import it again (rows already imported earlier will be skipped):</source>
        <translation>未导入任何内容。请在文件中改正以下各行后重新导入（此前已导入的诉求会自动跳过）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="101"/>
        <location filename="../../app/ui/reception/dialogs.py" line="268"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="234"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="234"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="234"/>
        <source>Partner</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="235"/>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="236"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="237"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="283"/>
        <source>&amp;Affair:</source>
        <translation>事项(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="284"/>
        <source>&amp;Partner:</source>
        <translation>合作单位(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="285"/>
        <source>Link the affair</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="286"/>
        <source>Link the partner</source>
        <translation>关联单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="287"/>
        <source>Remove the link</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="288"/>
        <source>Type part of the name</source>
        <translation>输入名称中的任意部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="352"/>
        <source>Affair linked</source>
        <translation>已关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="363"/>
        <source>Choose a partner from the list.</source>
        <translation>请从列表中选择合作单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="366"/>
        <source>Partner linked</source>
        <translation>已关联合作单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="377"/>
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
        <translation>例如 窗口1</translation>
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
        <location filename="../../app/ui/login/login_dialog.py" line="90"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/login_dialog.py" line="94"/>
        <source>Enter the name of this desk.</source>
        <translation>请填写本窗口的名称。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="181"/>
        <source>Say what each column of the file holds. Recognised column names are filled in already; columns left at &quot;(ignore)&quot; are not imported. Fields marked * are required.</source>
        <translation>请指明文件中每一列的内容。能识别的列名已自动填好；设为“（忽略）”的列不导入。标 * 的字段为必填。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="183"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="184"/>
        <source>First values (ID numbers and phones masked)</source>
        <translation>前几个值（证件号和电话已遮挡）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="185"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="187"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="191"/>
        <source>This column has no name of its own (empty, or the same as an earlier column): give it a name of its own in the file to import it.</source>
        <translation>此列没有独立的列名（为空，或与前面某列同名）：请在文件中为它取一个不重复的列名后再导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="195"/>
        <source>(no name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="208"/>
        <source>Required, but no column is chosen for it: %1</source>
        <translation>必填字段尚未指定对应的列：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="211"/>
        <source>%1 is chosen for several columns (%2): choose it for one only.</source>
        <translation>“%1”被指定给了多列（%2）：只能指定给一列。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="214"/>
        <source>Building, unit and room are imported together; also choose: %1. Otherwise every row with part of an address is refused.</source>
        <translation>楼号、单元、门牌号需一起导入；请同时指定：%1。否则凡是只填了部分住址的行都会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="219"/>
        <source>Ready for the dry run: %1 of %2 columns are imported, the others ignored.</source>
        <translation>可以预演：%2 列中导入 %1 列，其余忽略。</translation>
    </message>
</context>
<context>
    <name>MatchResidentDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="145"/>
        <source>Whose need is it?</source>
        <translation>这是哪位居民的诉求？</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="146"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="147"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="149"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="159"/>
        <source>Choose the resident: type a name and press Enter</source>
        <translation>请选择居民：输入姓名后按回车</translation>
    </message>
</context>
<context>
    <name>MergeNeedDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="242"/>
        <source>Affair number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="243"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="244"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="245"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="246"/>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="268"/>
        <source>Merge the need into an open affair</source>
        <translation>并入在办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="269"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="270"/>
        <source>&amp;Open affairs of %1</source>
        <translation>%1的在办事项(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="271"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="272"/>
        <source>e.g. posted again while the affair is under way</source>
        <translation>例如：事项办理中，居民再次在网上提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="273"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="274"/>
        <source>Merge into this affair</source>
        <translation>并入此事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="293"/>
        <source>The resident has no open affair: accept the need as a new affair.</source>
        <translation>该居民没有在办事项，请将诉求受理为新事项。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../app/ui/navigator.py" line="185"/>
        <source>Today&apos;s report exported automatically: %1 (in %2)</source>
        <translation>已自动导出今日报表：%1（保存在 %2）</translation>
    </message>
</context>
<context>
    <name>NeedsWindow</name>
    <message>
        <location filename="../../app/ui/needs/window.py" line="90"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="92"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="93"/>
        <source>Need</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="94"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="95"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="192"/>
        <source>Online needs — %1</source>
        <translation>网上诉求 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="193"/>
        <source>&amp;Needs</source>
        <translation>诉求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="194"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="195"/>
        <source>&amp;Import a file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="196"/>
        <source>&amp;Match resident…</source>
        <translation>匹配居民(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="197"/>
        <source>&amp;Accept as an affair…</source>
        <translation>受理为事项(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="198"/>
        <source>Mer&amp;ge into an open affair…</source>
        <translation>并入在办事项(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="199"/>
        <source>&amp;Reject…</source>
        <translation>不予受理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="200"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="201"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="202"/>
        <source>Import a file… (Ctrl+O)</source>
        <translation>导入文件…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="203"/>
        <source>The platform&apos;s export: CSV (UTF-8), JSON or XLSX; needs imported before are skipped</source>
        <translation>平台导出的文件：CSV（UTF-8）、JSON 或 XLSX；已导入过的诉求自动跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="205"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="206"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="206"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="206"/>
        <source>Merged</source>
        <translation>已并入</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="206"/>
        <location filename="../../app/ui/needs/window.py" line="330"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="207"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="209"/>
        <source>What the resident wrote</source>
        <translation>居民诉求原文</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="210"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="211"/>
        <source>Match resident… (Ctrl+L)</source>
        <translation>匹配居民…（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="212"/>
        <source>Accept as an affair (Ctrl+Enter)</source>
        <translation>受理为事项（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="213"/>
        <source>Merge (Ctrl+M)</source>
        <translation>并入在办事项（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="214"/>
        <source>The same need is already an affair under way: join it</source>
        <translation>同一诉求已有在办事项：并入该事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="215"/>
        <source>Reject (Ctrl+R)</source>
        <translation>不予受理（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="218"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="253"/>
        <source>not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="265"/>
        <source>Needs shown: %1</source>
        <translation>显示诉求：%1条</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="297"/>
        <source>No need selected</source>
        <translation>未选择诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="303"/>
        <source>%1 · posted %2</source>
        <translation>%1 · 发布于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="306"/>
        <source>no phone given</source>
        <translation>未留电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="307"/>
        <source>no address given</source>
        <translation>未留地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="315"/>
        <source>Not matched to a resident yet</source>
        <translation>尚未匹配居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="317"/>
        <source>Resident: %1</source>
        <translation>居民：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="320"/>
        <source>The name posted (%1) differs: check before deciding</source>
        <translation>网上留名（%1）与居民姓名不同，请核实后再处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="324"/>
        <source>%1 on %2</source>
        <translation>%1 于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="326"/>
        <source>Accepted as affair %1</source>
        <translation>已受理为事项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="328"/>
        <source>Merged into affair %1</source>
        <translation>已并入事项 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="344"/>
        <source>Import needs posted online</source>
        <translation>导入网上诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="345"/>
        <source>Needs export (*.csv *.json *.xlsx);;All files (*)</source>
        <translation>诉求导出文件 (*.csv *.json *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="356"/>
        <source>%1 has errors; nothing was imported. See the report.</source>
        <translation>%1 有误，未导入任何内容，详见错误报告。</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="366"/>
        <source>%1: %2 new needs imported, %3 matched to residents; %4 imported before were skipped.</source>
        <translation>%1：新导入诉求 %2 条，其中 %3 条已匹配居民；此前已导入的 %4 条已跳过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="394"/>
        <source>%1 matched to %2</source>
        <translation>%1 已匹配居民 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="422"/>
        <source>Affair %1 accepted, but the receipt could not be written: %2</source>
        <translation>事项 %1 已受理，但受理回执未能生成：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="425"/>
        <source>Affair %1 accepted and sent to the back-office queue; receipt saved to %2</source>
        <translation>事项 %1 已受理并转入后台队列；受理回执已保存至 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="435"/>
        <source>%1 merged into affair %2</source>
        <translation>%1 已并入事项 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/window.py" line="444"/>
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
        <location filename="../../app/ui/cases/tabs.py" line="63"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="64"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="65"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="66"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="86"/>
        <source>Add note (Ctrl+L)</source>
        <translation>添加记录 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="87"/>
        <source>Execution log or supervision note; stamped with the current stage</source>
        <translation>执行记录或督导意见，自动标注当前阶段</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="106"/>
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
        <location filename="../../app/ui/admin/account_dialogs.py" line="171"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="172"/>
        <source>New password for %1 (%2). At least %3 characters, with letters and digits.</source>
        <translation>为 %1（%2）设置新密码。至少 %3 位，须包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="175"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="176"/>
        <source>R&amp;epeat it:</source>
        <translation>再输一次(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="177"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="178"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/account_dialogs.py" line="182"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="145"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="145"/>
        <source>Services</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="145"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="146"/>
        <source>Add a goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="147"/>
        <source>Remove the goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="148"/>
        <source>&amp;Why revised:</source>
        <translation>修订原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="149"/>
        <source>Required once the plan is under way</source>
        <translation>计划执行后修订时必填</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="150"/>
        <source>Save the plan</source>
        <translation>保存服务计划</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="158"/>
        <source>The case is closed; this was its plan.</source>
        <translation>个案已结案，以下为其服务计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="160"/>
        <source>The plan is made once the investigation and assessment are done.</source>
        <translation>完成调查评估后方可制定服务计划。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="162"/>
        <source>One row per goal: the goal, the services that serve it and the resources they use.</source>
        <translation>每行一项目标：目标、对应的服务内容及所用资源。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="164"/>
        <source>Revising the plan: say why; the revision goes into the case log.</source>
        <translation>修订服务计划：请说明原因，修订将记入个案记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/cases/tabs.py" line="222"/>
        <source>Plan saved</source>
        <translation>服务计划已保存</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="124"/>
        <source>Plan a home visit</source>
        <translation>安排入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="125"/>
        <source>Visit</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="126"/>
        <source>&amp;A resident</source>
        <translation>居民(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="127"/>
        <source>A whole &amp;grid area</source>
        <translation>整个网格(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="128"/>
        <source>&amp;Resident</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="129"/>
        <source>Grid ar&amp;ea</source>
        <translation>网格(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="130"/>
        <source>&amp;Date</source>
        <translation>走访日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="131"/>
        <source>&amp;Purpose</source>
        <translation>走访事由(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="132"/>
        <source>&amp;Staff</source>
        <translation>走访人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="133"/>
        <source>e.g. 独居老人定期探访</source>
        <translation>如：独居老人定期探访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="134"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="162"/>
        <source>Choose the resident: type a name and press Enter</source>
        <translation>请选择居民：输入姓名后按回车</translation>
    </message>
</context>
<context>
    <name>PrinterCombo</name>
    <message>
        <location filename="../../app/ui/setup/fields.py" line="78"/>
        <source>Ask each time (print dialog)</source>
        <translation>每次询问（打印对话框）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/fields.py" line="81"/>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="81"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="83"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="86"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="88"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="89"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="92"/>
        <source>Promised</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="94"/>
        <source>Departments / partners</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="95"/>
        <source>Urges</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="96"/>
        <source>Worker</source>
        <translation>承办社工</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="97"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="99"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="153"/>
        <source>Affairs to transfer</source>
        <translation>待转办事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="154"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="155"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="156"/>
        <source>Show every open affair again, in the order of urgency</source>
        <translation>重新显示全部在办事项，按紧急程度排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="157"/>
        <source>Type a department or partner</source>
        <translation>输入科室或单位名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="158"/>
        <source>Department or partner: type part of the name</source>
        <translation>承办单位：可输入名称中的几个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="159"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="159"/>
        <source>All handlers</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="159"/>
        <source>All workers</source>
        <translation>全部受理人</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="160"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/backoffice/queue_view.py" line="160"/>
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
        <location filename="../../app/ui/reception/window.py" line="114"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="115"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="116"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="117"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="119"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="121"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="123"/>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="124"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="197"/>
        <source>Reception — %1</source>
        <translation>前台 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="198"/>
        <source>&amp;Reception</source>
        <translation>前台(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="199"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="200"/>
        <source>&amp;Book an appointment…</source>
        <translation>预约登记(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="201"/>
        <source>&amp;Import bookings…</source>
        <translation>导入预约(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="202"/>
        <source>Re&amp;print the last ticket slip</source>
        <translation>重打上一张排队号(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="203"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="204"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="205"/>
        <source>Appointments  (F3)</source>
        <translation>预约  （F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="206"/>
        <source>Previous day (Alt+←)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="207"/>
        <source>Next day (Alt+→)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="208"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="209"/>
        <source>Back to today (Alt+Home)</source>
        <translation>回到今天（Alt+Home）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="210"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="211"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="214"/>
        <source>Check in (F9)</source>
        <translation>签到取号（F9）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="215"/>
        <source>The resident has arrived: issue and print the queue ticket (Enter on the list does the same)</source>
        <translation>居民已到：出号并打印排队号（在列表上按回车亦可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="217"/>
        <source>&amp;No-show</source>
        <translation>未到(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="218"/>
        <source>&amp;Cancel…</source>
        <translation>取消预约(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="219"/>
        <source>&amp;Visited…</source>
        <translation>已上门(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="220"/>
        <source>A door-to-door appointment: the visit was made</source>
        <translation>上门服务预约：已上门办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="221"/>
        <source>Book… (Ctrl+B)</source>
        <translation>预约…（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="222"/>
        <source>Import… (Ctrl+I)</source>
        <translation>导入…（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="223"/>
        <source>Import bookings made online or by the subdistrict</source>
        <translation>导入网上或街道转来的预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="226"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="287"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="287"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reception/window.py" line="291"/>
        <source>%n appointment(s) shown</source>
        <translation>
            <numerusform>显示 %n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="295"/>
        <source>%1 booked · %2 arrived · %3 still expected</source>
        <translation>已约 %1 人 · 已到 %2 人 · 待到 %3 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="369"/>
        <source>%1 marked as not come</source>
        <translation>%1 已登记为未到</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="376"/>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="377"/>
        <source>Cancel the appointment of %1?</source>
        <translation>取消 %1 的预约？</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="377"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="383"/>
        <source>Appointment of %1 cancelled</source>
        <translation>已取消 %1 的预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="389"/>
        <source>Door-to-door visit made</source>
        <translation>已上门服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="390"/>
        <source>Record the visit to %1</source>
        <translation>登记对 %1 的上门服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="391"/>
        <source>What was &amp;done</source>
        <translation>办理情况(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="396"/>
        <source>Visit to %1 recorded</source>
        <translation>已登记对 %1 的上门服务</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="410"/>
        <source>Booked %1 for %2 %3</source>
        <translation>已为 %1 预约 %2 %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="417"/>
        <source>Import bookings</source>
        <translation>导入预约</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="418"/>
        <source>Booking files (*.csv *.json);;All files (*)</source>
        <translation>预约文件 (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="427"/>
        <source>Bookings imported: %1 created, %2 skipped (already imported)</source>
        <translation>预约已导入：新增 %1 条，跳过 %2 条（此前已导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="434"/>
        <source>Import bookings: nothing was imported</source>
        <translation>导入预约：未导入任何记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="464"/>
        <source>Ticket %1 issued, but the slip could not be written: %2 — tell the resident the number</source>
        <translation>已出号 %1，但排队号未能生成：%2 — 请口头告知居民号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/reception/window.py" line="471"/>
        <source>Ticket %1%2: %3 waiting ahead; the slip is printing (Ctrl+P prints it again)</source>
        <translation>排队号 %1%2：前面还有 %3 人；正在打印（Ctrl+P 重打）</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="235"/>
        <source>Record the visit</source>
        <translation>登记走访情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="237"/>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="237"/>
        <source>Purpose</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="240"/>
        <source>&amp;Outcome</source>
        <translation>走访结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="241"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="244"/>
        <source>Accept as an affair now…</source>
        <translation>当场受理为事项…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="245"/>
        <source>Register the need in the station&apos;s queue straight away</source>
        <translation>当场受理，转入服务站待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="246"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="246"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="261"/>
        <source>Describe the need the resident has</source>
        <translation>请记录居民的需求</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/dialogs.py" line="262"/>
        <source>What happened at the door (optional)</source>
        <translation>走访情况（可不填）</translation>
    </message>
</context>
<context>
    <name>RegisterResidentDialog</name>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="102"/>
        <source>Register a resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>Document &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="103"/>
        <source>Document &amp;number</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="104"/>
        <source>Derived</source>
        <translation>证件信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="104"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="104"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="104"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="111"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="112"/>
        <source>bldg</source>
        <translation>号楼</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="113"/>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="114"/>
        <source>room</source>
        <translation>室</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="119"/>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="120"/>
        <source>Low income</source>
        <translation>低收入</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="121"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="122"/>
        <source>Use the existing record</source>
        <translation>使用已有记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="123"/>
        <source>As on the document</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/register_dialog.py" line="124"/>
        <source>18 digits; birth date and gender are read from it</source>
        <translation>18位；自动识别出生日期和性别</translation>
    </message>
</context>
<context>
    <name>RejectNeedDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="353"/>
        <source>Reject the need</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="354"/>
        <source>Posted</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="355"/>
        <source>&amp;Reason (kept with the need; tell the resident through the platform):</source>
        <translation>原因(&amp;R)（随诉求保存；请通过平台告知居民）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="360"/>
        <source>Duplicate of an earlier post</source>
        <translation>重复提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="361"/>
        <source>Not a service of the station: the resident was pointed to the 12345 hotline</source>
        <translation>不属于本站服务范围，已引导居民拨打12345热线</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="362"/>
        <source>Too little to act on and the resident cannot be reached</source>
        <translation>信息不足且无法联系到居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="363"/>
        <source>Not a need (advertising or a test post)</source>
        <translation>非诉求（广告或测试信息）</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="368"/>
        <source>Choose a common reason or type one</source>
        <translation>选择常用原因或直接输入</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="369"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="370"/>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="181"/>
        <source>Affairs accepted</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="181"/>
        <source>Handled on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="182"/>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="182"/>
        <source>Affairs completed</source>
        <translation>办结事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="183"/>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="183"/>
        <source>Overdue affairs</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="184"/>
        <source>Came only once</source>
        <translation>只跑一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="184"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="185"/>
        <source>Average wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="189"/>
        <source>No report yet: choose a range and press Generate (F5).</source>
        <translation>尚未生成报表：请选择时间范围，然后按“生成 (F5)”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="190"/>
        <source>ID numbers and phones masked</source>
        <translation>身份证号、电话已脱敏</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="196"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="210"/>
        <source>Overdue as of %1 · generated %2 by %3</source>
        <translation>超期统计截至 %1 · %3 生成于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="223"/>
        <source>%1 of %2 with a committed date</source>
        <translation>有承诺时限的 %2 件中按时办结 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="227"/>
        <source>%1 of %2 accepted</source>
        <translation>受理 %2 件中只跑一次 %1 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="229"/>
        <source>%1 rated, %2 unrated</source>
        <translation>已评价 %1 人次，未评价 %2 人次</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/preview.py" line="232"/>
        <source>%1 tickets issued, %2 served</source>
        <translation>取号 %1 个，已服务 %2 个</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../app/ui/reports/window.py" line="199"/>
        <source>Reports — %1</source>
        <translation>报表 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="200"/>
        <source>&amp;Report</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="201"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="202"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="202"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="202"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="203"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="203"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="204"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="204"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="205"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="205"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="208"/>
        <source>Ra&amp;nge</source>
        <translation>范围(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="209"/>
        <source>&amp;First day</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="210"/>
        <source>La&amp;st day</source>
        <translation>截止日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="211"/>
        <source>Generate (F5)</source>
        <translation>生成 (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="212"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="213"/>
        <source>Export PDF (Ctrl+E)</source>
        <translation>导出 PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="214"/>
        <source>Export Excel (Ctrl+Shift+E)</source>
        <translation>导出 Excel (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="215"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="216"/>
        <source>Export as… (Ctrl+Shift+S)</source>
        <translation>另存为… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="217"/>
        <source>Print… (Ctrl+P)</source>
        <translation>打印… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="218"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="219"/>
        <source>Open folder (Ctrl+Shift+O)</source>
        <translation>打开文件夹 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="220"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="221"/>
        <source>Export &amp;PDF</source>
        <translation>导出 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="222"/>
        <source>Export &amp;Excel</source>
        <translation>导出 Excel(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="223"/>
        <source>Export &amp;CSV</source>
        <translation>导出 CSV(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="224"/>
        <source>Export &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="225"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="226"/>
        <source>&amp;Open the export folder</source>
        <translation>打开导出文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="227"/>
        <source>Export &amp;settings…</source>
        <translation>导出设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="228"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="231"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="293"/>
        <source>Into: %1</source>
        <translation>导出到：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="340"/>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="387"/>
        <source>Your role may not export reports (stationmasters and the administrator may); the preview is yours to read.</source>
        <translation>您的角色无权导出报表（站长、副站长和管理员可以导出）；报表预览可以查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="422"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="433"/>
        <source>Saved %1 in %2</source>
        <translation>已将 %1 保存到 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="439"/>
        <source>Export the report as</source>
        <translation>报表另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="470"/>
        <source>Sent %1 to the printer</source>
        <translation>已将 %1 发送到打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/window.py" line="487"/>
        <source>Export settings saved</source>
        <translation>导出设置已保存</translation>
    </message>
</context>
<context>
    <name>ResidentImportDialog</name>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="116"/>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="117"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="118"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="119"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="131"/>
        <source>Step 1 of 4: choose the file</source>
        <translation>第 1 步（共 4 步）：选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="132"/>
        <source>Step 2 of 4: what each column holds</source>
        <translation>第 2 步（共 4 步）：指明各列内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="133"/>
        <source>Step 3 of 4: dry run (nothing written yet)</source>
        <translation>第 3 步（共 4 步）：预演（尚未写入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="134"/>
        <source>Step 4 of 4: import</source>
        <translation>第 4 步（共 4 步）：导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="136"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="137"/>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="196"/>
        <source>Importing… please wait until it is done.</source>
        <translation>正在导入…请等待完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="217"/>
        <source>Choose the residents&apos; file</source>
        <translation>选择居民登记文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="218"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="233"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="273"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="280"/>
        <source>The columns of the file have changed since it was read: check what each column holds, then go on.</source>
        <translation>文件的列在读取之后发生了变化：请重新确认各列内容，然后继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="304"/>
        <source>Importing… please wait.</source>
        <translation>正在导入…请稍候。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/dialog.py" line="317"/>
        <source>The file was changed after the dry run, so it is being checked again; nothing was written. Look at the new dry run, then import.</source>
        <translation>预演之后文件被修改过，因此正在重新检查；未写入任何内容。请查看新的预演结果后再导入。</translation>
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
        <translation>地址</translation>
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
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="381"/>
        <source>The import was refused. Nothing was written: no resident was added or changed.</source>
        <translation>导入被拒绝。未写入任何内容：没有新增或修改任何居民。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="383"/>
        <source>Correct the file and check it again (Back), or close.</source>
        <translation>请改正文件后重新检查（上一步），或关闭。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="388"/>
        <source>Imported: %1 new residents, %2 updated, %3 unchanged.</source>
        <translation>导入完成：新增居民 %1 名，更新 %2 名，无变化 %3 名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="393"/>
        <source>The residents can be found at the desk now. The import is one entry in the audit log.</source>
        <translation>现在可以在受理窗口查到这些居民。本次导入在审计日志中记为一条。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="397"/>
        <source>Importing… please wait.</source>
        <translation>正在导入…请稍候。</translation>
    </message>
    <message>
        <location filename="../../app/ui/residents_import/pages.py" line="398"/>
        <source>All rows are written in one step, or none.</source>
        <translation>所有行一次写入，或全部不写入。</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="220"/>
        <source>Lock the screen &amp;after:</source>
        <translation>自动锁屏(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="221"/>
        <source> minutes without input</source>
        <translation> 分钟无操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="222"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="223"/>
        <source>The desk stands in an open hall: after these minutes every window is covered until the worker types their password. Applies at once.</source>
        <translation>窗口设在开放的大厅里：无操作达到设定分钟数后，所有窗口都会被遮盖，须输入本人密码才能继续。修改立即生效。</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="90"/>
        <source>Settings — %1</source>
        <translation>设置 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="91"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="92"/>
        <source>&amp;Station</source>
        <translation>服务站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="92"/>
        <source>&amp;Opening hours</source>
        <translation>开放时间(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="92"/>
        <source>This des&amp;k</source>
        <translation>本窗口(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="93"/>
        <source>&amp;Folders and backup</source>
        <translation>文件夹与备份(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="93"/>
        <source>Se&amp;curity</source>
        <translation>安全(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="94"/>
        <source>Data&amp;base</source>
        <translation>数据库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="96"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="97"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="98"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="101"/>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="103"/>
        <source>Only the administrator can back up from here; the daily backup runs for every desk.</source>
        <translation>只有管理员可在此手动备份；每日自动备份对所有窗口都有效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="154"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="200"/>
        <source>The station&apos;s details are saved; the other windows show them from the next sign-in.</source>
        <translation>服务站信息已保存；其他界面从下次登录起显示新信息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="208"/>
        <source>The opening hours are saved.</source>
        <translation>开放时间已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="211"/>
        <source>Enter the name of this desk.</source>
        <translation>请填写本窗口的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="216"/>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="218"/>
        <source>The folder cannot be used: %1</source>
        <translation>该文件夹不可用：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="233"/>
        <source>The database is used from the next start of One Window.</source>
        <translation>新数据库从下次启动一窗通起使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="235"/>
        <source>The new desk name is used from the next sign-in.</source>
        <translation>新的窗口名称从下次登录起使用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="237"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="247"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="252"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="272"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="278"/>
        <source>✓ %1: a new database file will be created there.</source>
        <translation>✓ %1：将在该处新建数据库文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="280"/>
        <source>✓ %1 holds the station %2.</source>
        <translation>✓ %1 中已有服务站 %2。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="282"/>
        <source>✓ %1: no station there yet; the next start shows the setup wizard.</source>
        <translation>✓ %1：尚无服务站；下次启动时将显示初始化向导。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_window.py" line="294"/>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="69"/>
        <source>One Window — first start</source>
        <translation>一窗通 — 首次启动</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="70"/>
        <source>Choose the administrator&apos;s password</source>
        <translation>设置系统管理员密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="72"/>
        <source>One Window ships without a password. Choose the password of the administrator account (user name: admin); the administrator then creates the staff&apos;s accounts. Keep it somewhere safe.</source>
        <translation>一窗通不带任何默认密码。请为系统管理员账号（用户名：admin）设置密码，之后由管理员为工作人员创建账号。请妥善保管此密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="74"/>
        <source>At least %1 characters, with both letters and digits.</source>
        <translation>至少 %1 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="76"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="77"/>
        <source>&amp;Repeat it:</source>
        <translation>再输一次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="78"/>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="79"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/login/setup_dialog.py" line="85"/>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="85"/>
        <source>One Window — set up this computer</source>
        <translation>一窗通 — 初始化本机</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="117"/>
        <source>a new database file</source>
        <translation>新建数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="119"/>
        <source>no station yet</source>
        <translation>尚无服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="120"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="120"/>
        <source>this computer: %1</source>
        <translation>本机：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="121"/>
        <source>Found there</source>
        <translation>数据库现状</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="124"/>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="125"/>
        <source>Subdistrict</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="125"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="126"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="127"/>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="128"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="131"/>
        <source>Desk name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="131"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="132"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="132"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="133"/>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="133"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="137"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="137"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="137"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="137"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="137"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="137"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="138"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="172"/>
        <source>The folder cannot be used: %1</source>
        <translation>该文件夹不可用：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="192"/>
        <source>Setting up… (creating the database and the catalogue)</source>
        <translation>正在初始化…（建立数据库和事项目录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard.py" line="193"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="311"/>
        <source>The station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="312"/>
        <source>As printed on receipts, notices and certificates.</source>
        <translation>将印在回执、告知单和证明上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="313"/>
        <source>Station na&amp;me:</source>
        <translation>服务站名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="313"/>
        <source>Station &amp;code:</source>
        <translation>服务站编码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="314"/>
        <source>&amp;Subdistrict:</source>
        <translation>所属街道(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="314"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="315"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="318"/>
        <source>e.g. 西城区G街道强根社区服务站</source>
        <translation>例如 西城区G街道强根社区服务站</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="319"/>
        <source>e.g. XCQG01</source>
        <translation>例如 XCQG01</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="320"/>
        <source>e.g. 西城区G街道</source>
        <translation>例如 西城区G街道</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="321"/>
        <source>2 to 16 capital letters or digits. Every affair and certificate number starts with it, so it cannot be changed later.</source>
        <translation>2至16位大写字母或数字。每个事项编号和证明编号都以它开头，设置后不能再修改。</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="68"/>
        <source>Station &amp;name:</source>
        <translation>服务站名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="68"/>
        <source>Station code:</source>
        <translation>服务站编码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="69"/>
        <source>S&amp;ubdistrict:</source>
        <translation>所属街道(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="69"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="70"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="73"/>
        <source>Fixed at setup: every affair and certificate number starts with it.</source>
        <translation>初始化时确定：每个事项编号和证明编号都以它开头。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/settings_tabs.py" line="74"/>
        <source>Only the chief stationmaster or the administrator can change the station&apos;s details and opening hours.</source>
        <translation>只有站长或管理员可以修改服务站信息和开放时间。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="523"/>
        <source>Ready</source>
        <translation>准备完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="524"/>
        <source>Check what will be set up, then press Finish.</source>
        <translation>请核对以下设置，然后按“完成”。</translation>
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
        <location filename="../../app/ui/desk/ticket_bar.py" line="80"/>
        <source>Queue:</source>
        <translation>叫号：</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="81"/>
        <source>Call next (F12)</source>
        <translation>叫下一位（F12）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="82"/>
        <source>Recall (Shift+F12)</source>
        <translation>重呼（Shift+F12）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="83"/>
        <source>Call the same ticket again on the waiting-area display</source>
        <translation>在等候区叫号屏上再次呼叫此号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="84"/>
        <source>Skip</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="85"/>
        <source>The resident did not come: the ticket is passed over</source>
        <translation>居民未到：跳过此号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="86"/>
        <source>Finish</source>
        <translation>办完</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="87"/>
        <source>This resident is served; the desk is free</source>
        <translation>此居民已办完，窗口空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="142"/>
        <source>Nobody is waiting</source>
        <translation>当前无人等候</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="158"/>
        <source>%1 called again</source>
        <translation>%1 已重新呼叫</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="162"/>
        <source>%1 skipped</source>
        <translation>%1 已过号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="165"/>
        <source>%1 done</source>
        <translation>%1 已办完</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="191"/>
        <source>No ticket at this desk</source>
        <translation>本窗口暂无叫号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="195"/>
        <source>no name</source>
        <translation>未登记姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="199"/>
        <source>called %1×</source>
        <translation>已呼叫 %1 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/ticket_bar.py" line="204"/>
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
        <location filename="../../app/ui/timeline/dialog.py" line="88"/>
        <source>Resident&apos;s history</source>
        <translation>居民办事记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="90"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>Number / time</source>
        <translation>编号 / 时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>Affair / action</source>
        <translation>事项 / 操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>State / by</source>
        <translation>状态 / 经办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="92"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="93"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="93"/>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="93"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="95"/>
        <source>Planned / time</source>
        <translation>计划日期 / 时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="95"/>
        <source>Purpose / note</source>
        <translation>事由 / 记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="95"/>
        <source>State / outcome</source>
        <translation>状态 / 结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="95"/>
        <source>Staff</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="96"/>
        <source>Linked affair</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="118"/>
        <source>&amp;Affairs (%1)</source>
        <translation>事项(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="119"/>
        <source>&amp;Home visits (%1)</source>
        <translation>入户走访(&amp;H)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="126"/>
        <source>History of %1</source>
        <translation>%1 的办事记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="129"/>
        <source>%1 affairs in all, %2 of them done in a single visit (%3%)</source>
        <translation>共 %1 件事项，其中 %2 件只跑一次（%3%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="133"/>
        <source>No affairs yet</source>
        <translation>暂无办理事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="158"/>
        <source>The resident came %1 times for this affair</source>
        <translation>居民为此事项跑了 %1 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="177"/>
        <source>Planned</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="177"/>
        <source>Done</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/timeline/dialog.py" line="177"/>
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
        <location filename="../../app/ui/desk/type_panel.py" line="85"/>
        <source>② Affair type  (F4)</source>
        <translation>② 事项（F4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="86"/>
        <source>Name, code or pinyin initials (e.g. gl for 高龄)</source>
        <translation>名称、编码或拼音首字母（如 gl 查“高龄”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="87"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/type_panel.py" line="120"/>
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
    <name>ViewMenu</name>
    <message>
        <location filename="../../app/ui/appearance.py" line="260"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/appearance.py" line="261"/>
        <source>&amp;Large font</source>
        <translation>大字体(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/appearance.py" line="262"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>VisitsWindow</name>
    <message>
        <location filename="../../app/ui/visits/window.py" line="76"/>
        <location filename="../../app/ui/visits/window.py" line="120"/>
        <source>Grid area</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="77"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="79"/>
        <source>Buildings / units</source>
        <translation>楼栋/单元</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="80"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="81"/>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="119"/>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="121"/>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="122"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="123"/>
        <location filename="../../app/ui/visits/window.py" line="148"/>
        <source>Linked affair</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="124"/>
        <location filename="../../app/ui/visits/window.py" line="144"/>
        <source>Staff</source>
        <translation>走访人</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="125"/>
        <source>Purpose</source>
        <translation>走访事由</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="126"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="143"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="145"/>
        <source>Outcome</source>
        <translation>走访结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="147"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="219"/>
        <source>Home visits — %1</source>
        <translation>入户走访 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="220"/>
        <source>&amp;Visits</source>
        <translation>走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="221"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="222"/>
        <source>&amp;Plan a visit…</source>
        <translation>安排走访(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="223"/>
        <source>&amp;Record the visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="224"/>
        <source>&amp;Cancel the visit…</source>
        <translation>取消走访(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="225"/>
        <source>Resident&apos;s &amp;history…</source>
        <translation>居民办事记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="226"/>
        <source>&amp;New grid area…</source>
        <translation>新建网格(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="227"/>
        <source>&amp;Edit grid area…</source>
        <translation>修改网格(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="228"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="229"/>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="230"/>
        <source>Grid areas  (F4)</source>
        <translation>网格（F4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="231"/>
        <source>New (Ctrl+G)</source>
        <translation>新建（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="232"/>
        <source>Edit (Ctrl+E)</source>
        <translation>修改（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="233"/>
        <source>Home visit tasks  (F3)</source>
        <translation>入户走访任务（F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="234"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="235"/>
        <source>G&amp;rid</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="236"/>
        <location filename="../../app/ui/visits/window.py" line="292"/>
        <source>Planned</source>
        <translation>待走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="236"/>
        <location filename="../../app/ui/visits/window.py" line="292"/>
        <source>Done</source>
        <translation>已走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="236"/>
        <location filename="../../app/ui/visits/window.py" line="293"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="236"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="239"/>
        <location filename="../../app/ui/visits/window.py" line="333"/>
        <source>All grid areas</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="240"/>
        <source>Plan a visit (Ctrl+N)</source>
        <translation>安排走访（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="241"/>
        <source>Record the visit (Ctrl+R)</source>
        <translation>登记走访（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="242"/>
        <source>Cancel the visit (Ctrl+Del)</source>
        <translation>取消走访（Ctrl+Del）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="243"/>
        <source>Resident&apos;s history (Ctrl+H)</source>
        <translation>办事记录（Ctrl+H）</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="244"/>
        <source>Log of the selected visit</source>
        <translation>所选走访的记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="247"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="250"/>
        <source>Only the stationmasters change grid areas</source>
        <translation>只有站长、副站长可以调整网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="301"/>
        <source>Visits shown: %1</source>
        <translation>共 %1 条走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="377"/>
        <location filename="../../app/ui/visits/window.py" line="387"/>
        <source>Grid area saved</source>
        <translation>网格已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="400"/>
        <source>Visit planned</source>
        <translation>走访已安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="413"/>
        <source>Visit recorded</source>
        <translation>走访情况已登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="423"/>
        <source>Affair %1 accepted, but the receipt could not be written: %2</source>
        <translation>事项 %1 已受理，但受理回执未能生成：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="426"/>
        <source>Affair %1 accepted and sent to the back-office queue; receipt saved to %2</source>
        <translation>事项 %1 已受理并转入后台队列；受理回执已保存至 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/visits/window.py" line="434"/>
        <source>Visit cancelled</source>
        <translation>走访已取消</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="70"/>
        <source>Void a certificate</source>
        <translation>作废证明</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="71"/>
        <source>Void certificate %1. The number is never used again. &amp;Reason:</source>
        <translation>作废证明 %1，该编号不再使用。作废原因(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="73"/>
        <source>e.g. wrong address printed; resident&apos;s request</source>
        <translation>如：地址打印有误、居民申请作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="74"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/certificates/register.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WaitingDisplay</name>
    <message>
        <location filename="../../app/ui/display/window.py" line="190"/>
        <source>Waiting-area display — %1</source>
        <translation>等候区叫号屏 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="192"/>
        <source>Called before</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="193"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="194"/>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="273"/>
        <source>Residents aged 80 and over, disabled residents and pregnant women are served first (green channel). Please keep your ticket.</source>
        <translation>80岁以上老人、残疾人、孕妇优先办理（绿色通道）。请保管好您的排队号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="276"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="300"/>
        <source>Welcome — please take a ticket and wait to be called</source>
        <translation>欢迎光临 — 请取号等候叫号</translation>
    </message>
    <message>
        <location filename="../../app/ui/display/window.py" line="308"/>
        <source>Ticket %1 please go to %2</source>
        <translation>请 %1 到 %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="96"/>
        <source>Welcome to One Window</source>
        <translation>欢迎使用一窗通</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="97"/>
        <source>This computer has not been set up yet.</source>
        <translation>本机尚未初始化。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="99"/>
        <source>One Window keeps the station&apos;s residents and affairs in a database. Set up your own station (or connect this computer to the station&apos;s existing database), or try the demo station first.</source>
        <translation>一窗通将服务站的居民和事项保存在数据库中。请初始化本服务站（或将本机接入服务站已有的数据库），也可以先试用演示服务站。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="101"/>
        <source>&amp;Set up this station</source>
        <translation>初始化本服务站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="103"/>
        <source>Choose the database, enter the station&apos;s details and opening hours, and create the administrator&apos;s account. A second desk computer chooses the station&apos;s database and joins it.</source>
        <translation>选择数据库，填写服务站信息和开放时间，并建立管理员账号。站内的第二台窗口电脑选择服务站已有的数据库即可接入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="105"/>
        <source>&amp;Try the demo station</source>
        <translation>试用演示服务站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/wizard_pages.py" line="107"/>
        <source>A made-up community with residents and affairs, for training. The next step asks for the administrator&apos;s password; staff accounts sign in with the password demo2019.</source>
        <translation>虚构的社区，含居民和事项数据，供培训使用。下一步设置管理员密码；工作人员账号的密码为 demo2019。</translation>
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
        <location filename="../../app/ui/navigator.py" line="293"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="294"/>
        <source>Acceptance desk</source>
        <translation>前台受理</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="294"/>
        <source>Back office: transfer queue</source>
        <translation>后台转办</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="295"/>
        <source>Grid areas and home visits</source>
        <translation>网格与入户走访</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="295"/>
        <source>Certificate register</source>
        <translation>证明登记簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="296"/>
        <source>Reception: appointments and tickets</source>
        <translation>预约与取号</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="297"/>
        <source>Waiting-area display</source>
        <translation>等候区叫号屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="297"/>
        <source>Social-work cases</source>
        <translation>个案管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="298"/>
        <source>Needs posted online</source>
        <translation>网上诉求</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="298"/>
        <source>Reports and exports</source>
        <translation>报表与导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="299"/>
        <source>Dashboard</source>
        <translation>站务看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="300"/>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="300"/>
        <source>Import residents…</source>
        <translation>导入居民…</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="301"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="301"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="302"/>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigator.py" line="302"/>
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
