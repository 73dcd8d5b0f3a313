<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionPanel</name>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="110"/>
        <source>③ Materials and actions</source>
        <translation>③ 材料与办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="111"/>
        <source>All materials present (Ctrl+A)</source>
        <translation>材料齐全（Ctrl+A）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="112"/>
        <source>Collect what is missing by home visit</source>
        <translation>缺少的材料上门收取</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="113"/>
        <source>&amp;Channel</source>
        <translation>受理渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="114"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="115"/>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="120"/>
        <source>Handle now (F8)</source>
        <translation>当场办结（F8）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="121"/>
        <source>Accept (F9)</source>
        <translation>受理上报/转办（F9）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="122"/>
        <source>One-time notice (F10)</source>
        <translation>一次性告知（F10）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="123"/>
        <source>One-time notice of missing materials (F10)</source>
        <translation>出具一次性告知单（F10）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="124"/>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="125"/>
        <source>Save PDF (Ctrl+S)</source>
        <translation>另存PDF（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="126"/>
        <source>Optional, printed on the receipt</source>
        <translation>选填，打印在回执上</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="171"/>
        <source>(optional)</source>
        <translation>（非必需）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="235"/>
        <source>Choose an affair type</source>
        <translation>请选择事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="238"/>
        <source>Continuing %1</source>
        <translation>续办 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="246"/>
        <source>completed on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/action_panel.py" line="248"/>
        <source>%n working day(s), by </source>
        <translation>
            <numerusform>%n个工作日，承诺于 </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="251"/>
        <source>(holiday calendar not yet published)</source>
        <translation>（节假日安排尚未公布，日期为预计）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="253"/>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="253"/>
        <source>Closes with</source>
        <translation>办结文书</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="253"/>
        <source>Promise</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="253"/>
        <source>Handled by</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/action_panel.py" line="254"/>
        <source>Forms</source>
        <translation>需填表格</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/ui/desk/window.py" line="119"/>
        <source>One Window — %1</source>
        <translation>一窗通 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="120"/>
        <source>&amp;Desk</source>
        <translation>窗口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="121"/>
        <source>&amp;Next resident</source>
        <translation>下一位居民(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="123"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="126"/>
        <source>Worker: %1 · Desk: %2</source>
        <translation>经办人：%1 · 窗口：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="209"/>
        <source>Required materials are missing: issue a one-time notice (F10) or tick &apos;collect by home visit&apos;.</source>
        <translation>缺少必要材料：请出具一次性告知单（F10），或勾选“缺少的材料上门收取”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="242"/>
        <source>Saved, but the document could not be written: %1</source>
        <translation>事项已保存，但文书未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="247"/>
        <source>Promised by %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="251"/>
        <source>Document: %1</source>
        <translation>文书：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="255"/>
        <source>%1 recorded as %2 — Ctrl+P prints, Ctrl+N for the next resident</source>
        <translation>%1 已登记为“%2” — Ctrl+P 打印，Ctrl+N 办理下一位</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="283"/>
        <source>Save PDF</source>
        <translation>另存PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/window.py" line="291"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
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
    <name>ResidentPanel</name>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="55"/>
        <source>Sex/Age</source>
        <translation>性别/年龄</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="56"/>
        <location filename="../../app/ui/desk/resident_panel.py" line="175"/>
        <source>Document</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="57"/>
        <location filename="../../app/ui/desk/resident_panel.py" line="175"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="58"/>
        <location filename="../../app/ui/desk/resident_panel.py" line="175"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="59"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="70"/>
        <source>Number</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="71"/>
        <source>Affair</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="72"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="74"/>
        <source>Visits</source>
        <translation>来访次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="91"/>
        <source>① Resident  (F3)</source>
        <translation>① 居民（F3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="92"/>
        <source>Name, pinyin initials, ID number or phone</source>
        <translation>姓名、拼音首字母、证件号码或电话</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="93"/>
        <source>Register (F2)</source>
        <translation>登记（F2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="94"/>
        <source>Register a resident who is not found</source>
        <translation>查无此人时登记新居民</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="95"/>
        <source>This resident&apos;s affairs — Enter on one awaiting materials to continue it</source>
        <translation>该居民的事项 — 在“待补材料”事项上按回车继续办理</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="136"/>
        <source>No resident found — press F2 to register</source>
        <translation>未找到居民 — 按 F2 登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="169"/>
        <source>No resident chosen</source>
        <translation>尚未选择居民</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/resident_panel.py" line="173"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n岁</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/resident_panel.py" line="175"/>
        <source>Household</source>
        <translation>同户</translation>
    </message>
</context>
<context>
    <name>TypePanel</name>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="48"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="49"/>
        <source>Affair type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="50"/>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="52"/>
        <source>Days</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="81"/>
        <source>② Affair type  (F4)</source>
        <translation>② 事项（F4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="82"/>
        <source>Name, code or pinyin initials (e.g. gl for 高龄)</source>
        <translation>名称、编码或拼音首字母（如 gl 查“高龄”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/desk/type_panel.py" line="83"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/desk/type_panel.py" line="116"/>
        <source>%n type(s) — most used first</source>
        <translation>
            <numerusform>共 %n 项 — 常办事项在前</numerusform>
        </translation>
    </message>
</context>
</TS>
