<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiServer</name>
    <message>
        <source>Ask for kind=policy or kind=areas.</source>
        <translation>请求中须写明 kind=policy 或 kind=areas。</translation>
    </message>
    <message>
        <source>This version of Doudi is too old for the county server (protocol %1, the server speaks %2): please update Doudi.</source>
        <translation>此版本的兜底太旧，无法与县级服务器通信（本机协议版本 %1，服务器为 %2）：请升级兜底。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <source>The server cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>服务器无法在 %1:%2 上监听（该端口已被占用，或该地址不属于本机）。</translation>
    </message>
    <message>
        <source>A pull must name the change it continues from (since=N).</source>
        <translation>下载请求必须注明从哪一条变更之后继续（since=N）。</translation>
    </message>
    <message>
        <source>The county has not published its policy yet.</source>
        <translation>县里尚未发布政策参数。</translation>
    </message>
    <message>
        <source>The county has not published its area list yet.</source>
        <translation>县里尚未发布区划表。</translation>
    </message>
    <message>
        <source>The device&apos;s sync position could not be read.</source>
        <translation>无法读取本设备的同步位置。</translation>
    </message>
    <message>
        <source>A piece of a photo must say where it goes (offset=N).</source>
        <translation>照片分段必须注明写入位置（offset=N）。</translation>
    </message>
    <message>
        <source>Ask for one range of bytes (bytes=A- or bytes=A-B).</source>
        <translation>只能请求一段字节（bytes=A- 或 bytes=A-B）。</translation>
    </message>
    <message>
        <source>Say the photo&apos;s size (size=N).</source>
        <translation>请注明照片大小（size=N）。</translation>
    </message>
</context>
<context>
    <name>AreaListRepository</name>
    <message>
        <source>The county&apos;s area list was not saved: %1</source>
        <translation>县里的区划表未能保存：%1</translation>
    </message>
</context>
<context>
    <name>AreaRegistry</name>
    <message>
        <source>Line %1 of the area list is not valid.</source>
        <translation>区划表第 %1 行有误。</translation>
    </message>
    <message>
        <source>The area list must begin with the line code,name,level,parent.</source>
        <translation>区划表的第一行必须是 code,name,level,parent。</translation>
    </message>
    <message>
        <source>Line %1 of the area list repeats the code %2 (first on line %3).</source>
        <translation>区划表第 %1 行的代码 %2 重复（首次出现在第 %3 行）。</translation>
    </message>
    <message>
        <source>Line %1 of the area list: %2 (%3) is not in the county %4.</source>
        <translation>区划表第 %1 行：%2（%3）不在本县（%4）范围内。</translation>
    </message>
    <message>
        <source>Line %1 of the area list: the parent of %2 (%3) must be %4, and in the list.</source>
        <translation>区划表第 %1 行：%2（%3）的上级必须是 %4，而且该上级也要列在表中。</translation>
    </message>
    <message>
        <source>The area list names no village of the county %1.</source>
        <translation>区划表中没有县 %1 的任何村（社区）。</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>%1: %2 yuan a month</source>
        <translation>%1：每月 %2 元</translation>
    </message>
    <message>
        <source>%1 (in extreme poverty)</source>
        <translation>%1（特困人员）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AssessmentService</name>
    <message>
        <source>The policy file %1 could not be opened.</source>
        <translation>无法打开政策文件 %1。</translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody in this household counts as a member living together, so there is nothing to assess.</source>
        <translation>该户没有计入共同生活的家庭成员，无法进行认定。</translation>
    </message>
    <message>
        <source>The household has %1 member(s) living together, all counted.</source>
        <translation>家庭共同生活成员 %1 人，全部计入。</translation>
    </message>
    <message>
        <source>The household registers %1 people; %2 count as members living together; not counted: %3.</source>
        <translation>该户登记 %1 人，计入共同生活家庭成员 %2 人；不计入：%3。</translation>
    </message>
    <message>
        <source>The local %1 dibao standard on %2 is %3 yuan per person per month.</source>
        <translation>%2 本地%1低保标准为每人每月 %3 元。</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>%1 %2 yuan</source>
        <translation>%1 %2 元</translation>
    </message>
    <message>
        <source>The household has no counted income.</source>
        <translation>家庭没有计入的收入。</translation>
    </message>
    <message>
        <source>Counted income: %1 a year.</source>
        <translation>计入家庭收入：%1（年）。</translation>
    </message>
    <message>
        <source>Not counted under local policy: %1 a year.</source>
        <translation>按本地政策不计入：%1（年）。</translation>
    </message>
    <message>
        <source>Employment costs of %1 working member(s) are deducted: %2 yuan a year.</source>
        <translation>扣减 %1 名就业成员的就业成本：每年 %2 元。</translation>
    </message>
    <message>
        <source>about </source>
        <translation>约</translation>
    </message>
    <message>
        <source>Household income is %1 yuan a year; per person per month %2 yuan.</source>
        <translation>家庭年收入 %1 元，月人均收入 %2 元。</translation>
    </message>
    <message>
        <source>Financial assets %1 yuan (%2 yuan per person) %3 the limit of %4 months of the standard per person (%5 yuan); dwellings %6 (at most %7); motor vehicles %8 (at most %9).</source>
        <translation>金融资产 %1 元（人均 %2 元），%3人均 %4 个月低保标准（%5 元）的限额；住房 %6 套（最多 %7 套）；机动车 %8 辆（最多 %9 辆）。</translation>
    </message>
    <message>
        <source>are within</source>
        <translation>未超过</translation>
    </message>
    <message>
        <source>exceed</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>%1 is rounded once, as local policy says: %2 yuan a month.</source>
        <translation>%1按本地规定只在最后取整一次：每月 %2 元。</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes (no obligors)</source>
        <translation>是（无法定义务人）</translation>
    </message>
    <message>
        <source>no (%1 can support)</source>
        <translation>否（%1有履行能力）</translation>
    </message>
    <message>
        <source>fully self-caring</source>
        <translation>生活自理</translation>
    </message>
    <message>
        <source>partly unable to care for themselves</source>
        <translation>部分丧失生活自理能力</translation>
    </message>
    <message>
        <source>fully unable to care for themselves</source>
        <translation>完全丧失生活自理能力</translation>
    </message>
    <message>
        <source>the self-care assessment found %1 of 6 items failed</source>
        <translation>生活自理能力评估6项中有 %1 项不能完成</translation>
    </message>
    <message>
        <source>no self-care assessment is recorded yet, so the self-caring level is used</source>
        <translation>尚未录入生活自理能力评估，暂按生活自理计算</translation>
    </message>
    <message>
        <source>Monthly per-capita income %1 yuan is below the local dibao standard of %2 yuan.</source>
        <translation>家庭月人均收入 %1 元，低于本地低保标准 %2 元。</translation>
    </message>
    <message>
        <source>Monthly per-capita income %1 yuan is not below the local dibao standard of %2 yuan.</source>
        <translation>家庭月人均收入 %1 元，不低于本地低保标准 %2 元。</translation>
    </message>
    <message>
        <source>The dibao tiers in the policy data do not cover a per-capita income of %1 yuan: the county&apos;s tiers need to reach the standard.</source>
        <translation>政策参数中的低保分档没有覆盖人均收入 %1 元：县里的分档上限需要达到低保标准。</translation>
    </message>
    <message>
        <source>Paid by tiers: per-capita income is below %1 yuan, so %2 yuan per person × %3 = %4 yuan a month.</source>
        <translation>按分档发放：人均收入低于 %1 元，每人 %2 元 × %3 人 = 每月 %4 元。</translation>
    </message>
    <message>
        <source>Paid as the gap: standard %1 yuan × %2 people − household income %3 yuan a month = %4 yuan a month.</source>
        <translation>按补差发放：低保标准 %1 元 × %2 人 − 家庭月收入 %3 元 = 每月 %4 元。</translation>
    </message>
    <message>
        <source>%1 (%2) %3 yuan</source>
        <translation>%1（%2）%3 元</translation>
    </message>
    <message>
        <source>Classified top-ups: %1.</source>
        <translation>分类施保加发：%1。</translation>
    </message>
    <message>
        <source>Income has risen above the standard through work: payment continues for %1 months (until %2) at %3 of the current %4 yuan.</source>
        <translation>家庭因就业收入超过低保标准，给予渐退期 %1 个月（至 %2），按现发放额 %4 元的 %3 继续发放。</translation>
    </message>
    <message>
        <source>Monthly per-capita income %1 yuan is %2 %3 times the standard (%4 yuan).</source>
        <translation>家庭月人均收入 %1 元，%2低保标准的 %3 倍（%4 元）。</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>not below</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>Seriously ill or severely disabled members are covered on their own (单人保), each as a household of one at %1 of the standard less their own income: %2.</source>
        <translation>重病、重度残疾成员按单人户纳入低保（单人保），每人按低保标准的 %1 减去本人收入计发：%2。</translation>
    </message>
    <message>
        <source>The household is a near-dibao household: it receives no dibao payment but may receive special assistance (medical, education, housing, employment).</source>
        <translation>该户认定为低保边缘家庭：不发放低保金，可按规定获得医疗、教育、住房、就业等专项救助。</translation>
    </message>
    <message>
        <source>Rigid expenditure %1 yuan a year against income %2 yuan (the line is %3 of income): %4; per-capita income %5 yuan a year against last year&apos;s local per-capita disposable income %6 yuan: %7.</source>
        <translation>刚性支出每年 %1 元，家庭年收入 %2 元（认定比例为收入的 %3）：%4；家庭年人均收入 %5 元，与上年度当地居民人均可支配收入 %6 元相比：%7。</translation>
    </message>
    <message>
        <source>above the line</source>
        <translation>超过该比例</translation>
    </message>
    <message>
        <source>not above the line</source>
        <translation>未超过该比例</translation>
    </message>
    <message>
        <source>No assistance programme applies: %1.</source>
        <translation>不符合任何救助项目的条件：%1。</translation>
    </message>
    <message>
        <source>assets are over the limits</source>
        <translation>财产超过规定</translation>
    </message>
    <message>
        <source>income is above the dibao standard and assets are over the limits</source>
        <translation>收入超过低保标准，且财产超过规定</translation>
    </message>
    <message>
        <source>income is above the near-dibao line and rigid expenditure does not cause hardship</source>
        <translation>收入超过低保边缘认定线，也不属于刚性支出困难</translation>
    </message>
    <message>
        <source>%1 (not yet born on %2)</source>
        <translation>%1（%2 尚未出生）</translation>
    </message>
    <message>
        <source>yes (no one obliged can support)</source>
        <translation>是（负有义务者均无履行能力）</translation>
    </message>
    <message>
        <source>Extreme poverty tests for %1: unable to work — %2; no source of income — %3; assets within the limits for extreme poverty — %4; no one able to support — %5.</source>
        <translation>%1的特困人员条件：无劳动能力——%2；无生活来源——%3；财产符合特困人员财产规定——%4；无法定义务人或义务人无履行能力——%5。</translation>
    </message>
    <message>
        <source>No member is unable to work (60 or older, a minor, or disabled so as to be unable to work): nobody is considered for extreme poverty.</source>
        <translation>家庭成员中没有无劳动能力的人（60 周岁以上、未成年人或无劳动能力的残疾人），不考虑特困人员救助供养。</translation>
    </message>
    <message>
        <source>%1: basic living standard %2 × %3 = %4 yuan; %5, care standard (%6) %7 yuan; together %8 yuan a month.</source>
        <translation>%1：基本生活标准 %2 × %3 = %4 元；%5，照料护理标准（%6）%7 元；合计每月 %8 元。</translation>
    </message>
    <message>
        <source>The support payment</source>
        <translation>供养金</translation>
    </message>
    <message>
        <source>The other %1 member(s) (%2) are assessed for dibao without those in extreme poverty: their income is %3 yuan a year, per person per month %4 yuan; financial assets %5 yuan %6 the limit of %7 yuan per person.</source>
        <translation>除特困人员外的其他 %1 名成员（%2）单独按低保认定：年收入 %3 元，月人均 %4 元；金融资产 %5 元，%6人均 %7 元的限额。</translation>
    </message>
    <message>
        <source>The dibao payment</source>
        <translation>低保金</translation>
    </message>
    <message>
        <source>%1 yuan is below the local minimum monthly payment, so %2 yuan is paid.</source>
        <translation>%1 元低于本地每户每月最低发放额，按 %2 元发放。</translation>
    </message>
    <message>
        <source>The taper payment</source>
        <translation>渐退期低保金</translation>
    </message>
    <message>
        <source>%1 (own income %2 yuan a month)</source>
        <translation>%1（本人月收入 %2 元）</translation>
    </message>
    <message>
        <source>Seriously ill or severely disabled members are not covered on their own: their own income is not below the standard: %1.</source>
        <translation>重病、重度残疾成员本人收入不低于低保标准，不单独纳入低保：%1。</translation>
    </message>
    <message>
        <source> Not covered, their own income being not below the standard: %1.</source>
        <translation>本人收入不低于标准、不单独纳入的：%1。</translation>
    </message>
    <message>
        <source>The single-person dibao payment</source>
        <translation>单人保低保金</translation>
    </message>
    <message>
        <source>no member qualifies on their own and there is no rigid-expenditure hardship</source>
        <translation>没有可单独纳入的成员，也没有刚性支出困难</translation>
    </message>
</context>
<context>
    <name>Asset</name>
    <message>
        <source>asset type</source>
        <translation>财产类型</translation>
    </message>
    <message>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The attachment is empty.</source>
        <translation>附件是空的。</translation>
    </message>
    <message>
        <source>The attachment is larger than %1 MB.</source>
        <translation>附件超过 %1 MB。</translation>
    </message>
    <message>
        <source>The attachment is not on this computer.</source>
        <translation>这台电脑上没有该附件。</translation>
    </message>
</context>
<context>
    <name>AuditHeads</name>
    <message>
        <source>The device&apos;s audit report could not be read.</source>
        <translation>无法读取该电脑上报的审计信息。</translation>
    </message>
    <message>
        <source>The laptop&apos;s audit chain went back from entry %1 to entry %2: a backup was restored on it, or entries were removed.</source>
        <translation>该电脑的审计链从第 %1 条退回到了第 %2 条：这台电脑恢复过备份，或有审计记录被删除。</translation>
    </message>
    <message>
        <source>Entry %1 of the laptop&apos;s audit chain is not what the laptop reported before: its history was changed.</source>
        <translation>该电脑审计链的第 %1 条与它此前上报的不一致：其历史记录被改动过。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>县级数据库拒绝了一项请求。</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>unlocked with the recovery code</source>
        <translation>用恢复码解锁</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）不能%2。</translation>
    </message>
    <message>
        <source>County and administrator accounts are set up by the county, not on this device.</source>
        <translation>县级和管理员账户由县里设立，不能在本机创建。</translation>
    </message>
    <message>
        <source>You may not give a user a higher role than your own (%1).</source>
        <translation>不能给用户高于您自己（%1）的角色。</translation>
    </message>
    <message>
        <source>You may not give a user an area beyond your own (%1).</source>
        <translation>不能给用户超出您自己工作区域（%1）的范围。</translation>
    </message>
    <message>
        <source>Give the user an area of work within your own (%1).</source>
        <translation>请为该用户指定您工作区域（%1）之内的范围。</translation>
    </message>
    <message>
        <source>This is outside your area of work (%1): you may not %2 there.</source>
        <translation>这不在您的工作区域（%1）之内，您不能在那里%2。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>Administrator accounts are set up by the county: join the county server with the account the county gave you.</source>
        <translation>管理员账号由县级设立：请用县里分配的账号加入县服务器。</translation>
    </message>
    <message>
        <source>A village helper works in one village: choose the village.</source>
        <translation>村级协理员在一个村工作：请选择村。</translation>
    </message>
    <message>
        <source>Township staff work in one township: choose the township.</source>
        <translation>乡镇工作人员在一个乡镇工作：请选择乡镇。</translation>
    </message>
    <message>
        <source>County staff work in the whole county: choose the county.</source>
        <translation>县级工作人员负责全县：请选择本县。</translation>
    </message>
    <message>
        <source>The area %1 is not in the county&apos;s list of townships and villages.</source>
        <translation>区划 %1 不在本县的乡镇和村名单中。</translation>
    </message>
    <message>
        <source>The county confirms changes of standards here (confirm.level is county).</source>
        <translation>本县的调标由县民政局确认（confirm.level 为县级）。</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The county has no photo or scan with this fingerprint in your areas. Its record is sent first; sync again.</source>
        <translation>县里在您的工作区域内没有这一指纹的照片或扫描件。附件记录须先上传，请再同步一次。</translation>
    </message>
    <message>
        <source>The photo&apos;s record gives a size the county does not take.</source>
        <translation>照片记录中的大小超出县里接受的范围。</translation>
    </message>
    <message>
        <source>A piece of a photo must hold 1 byte to %1 KB.</source>
        <translation>照片的每一段须为 1 字节至 %1 KB。</translation>
    </message>
    <message>
        <source>A piece of a photo goes past its size.</source>
        <translation>照片分段超出了照片的大小。</translation>
    </message>
    <message>
        <source>The photo arrived damaged (its fingerprint does not match): it is sent again from the start at the next sync.</source>
        <translation>照片传到县里时已损坏（指纹不符）：下次同步时将从头重新上传。</translation>
    </message>
    <message>
        <source>The county does not have this photo yet: the laptop that took it has not sent it.</source>
        <translation>县里还没有这张照片：拍摄它的电脑尚未上传。</translation>
    </message>
    <message>
        <source>The part of the photo asked for is not in it.</source>
        <translation>所请求的部分不在这张照片的范围内。</translation>
    </message>
</context>
<context>
    <name>BlobTransfer</name>
    <message>
        <source>The county did not take a photo&apos;s bytes; they are sent again at the next sync.</source>
        <translation>县里未能接收照片内容，下次同步时将重新上传。</translation>
    </message>
    <message>
        <source>A photo to send is no longer on this laptop.</source>
        <translation>要上传的照片已不在这台电脑上。</translation>
    </message>
    <message>
        <source>The attachment is not on this computer.</source>
        <translation>这台电脑上没有该附件。</translation>
    </message>
    <message>
        <source>The attachment&apos;s record gives an impossible size.</source>
        <translation>附件记录中的大小不合理。</translation>
    </message>
    <message>
        <source>The county sent a photo&apos;s bytes that do not fit it.</source>
        <translation>县里发来的照片内容与该照片不符。</translation>
    </message>
    <message>
        <source>The photo came damaged from the county (its fingerprint does not match). Try again.</source>
        <translation>从县里下载的照片已损坏（指纹不符），请重试。</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This file is not a Doudi bundle, or it is damaged.</source>
        <translation>这个文件不是兜底的同步包，或者已经损坏。</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>This is the county&apos;s answer for a laptop, not a laptop&apos;s bundle: take it back to the laptop (doudi-cli bundle import).</source>
        <translation>这是县里给电脑的回执，不是电脑交来的同步包：请把它带回那台电脑读入（doudi-cli bundle import）。</translation>
    </message>
    <message>
        <source>This bundle is for county %1, not this one (%2): it was not imported.</source>
        <translation>这个同步包是给县 %1 的，不是本县（%2）的：未导入。</translation>
    </message>
    <message>
        <source>This bundle comes from a device the county never enrolled: it was not imported.</source>
        <translation>这个同步包来自县里从未接入过的设备：未导入。</translation>
    </message>
    <message>
        <source>The county has withdrawn the device this bundle comes from: it was not imported.</source>
        <translation>这个同步包来自已被县里停用的设备：未导入。</translation>
    </message>
    <message>
        <source>The device this bundle comes from has not exchanged keys with the county (it must sync once over the network): it was not imported.</source>
        <translation>这个同步包来自尚未与县里交换密钥的设备（它须先联网同步一次）：未导入。</translation>
    </message>
    <message>
        <source>The county already imported another bundle numbered %1 from this device: this one was not imported.</source>
        <translation>县里已导入过这台设备编号为 %1 的另一个同步包：这一个未导入。</translation>
    </message>
    <message>
        <source>This bundle is damaged (it does not say where its pull stands).</source>
        <translation>这个同步包已损坏（没有写明下载进度）。</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not saved: %1</source>
        <translation>案件未保存：%1</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>没有编号为 %1 的案件。</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>%1: %2 Nothing in this batch was saved.</source>
        <translation>%1：%2 本批次均未保存。</translation>
    </message>
    <message>
        <source>the assessment today finds &quot;%1&quot;, not what was applied for; give this case its township opinion on its own.</source>
        <translation>按今天的认定结果为“%1”，与申请的救助类别不符，请单独为此案件出具乡镇审核意见。</translation>
    </message>
    <message>
        <source>Paper &quot;%1&quot;: %2</source>
        <translation>材料“%1”：%2</translation>
    </message>
    <message>
        <source>Small quick aid is for urgent hardship (急难型) only.</source>
        <translation>小额先行救助仅适用于急难型临时救助。</translation>
    </message>
    <message>
        <source>The policy allows nothing more for this household this year.</source>
        <translation>按政策，该家庭本年度已不能再获得临时救助。</translation>
    </message>
    <message>
        <source>A step is dated the day it is taken; it cannot be dated after today (%1).</source>
        <translation>办理日期就是办理当天，不能晚于今天（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>A step may be recorded at most %n day(s) after it was taken (county rule); %1 is too long ago.</source>
        <translation>
            <numerusform>按县里规定，办理环节最多可在 %n 天内补录；%1 已超过期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why this step is recorded late (it was taken on %1).</source>
        <translation>请写明为什么补录（实际办理日期为 %1）。</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The audit log could not be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>缺少第 %1 条</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>第 %1 条与上一条记录衔接不上</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>第 %1 条已被改动</translation>
    </message>
    <message>
        <source>A change was written outside a transaction.</source>
        <translation>有一项修改未在事务中写入。</translation>
    </message>
    <message>
        <source>A record of an unknown kind was written.</source>
        <translation>写入了一条类型不明的记录。</translation>
    </message>
</context>
<context>
    <name>CountyData</name>
    <message>
        <source>Unknown kind of county data: %1.</source>
        <translation>未知的县级数据类型：%1。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>县级数据库拒绝了一项请求。</translation>
    </message>
</context>
<context>
    <name>CountyUpdate</name>
    <message>
        <source>The county&apos;s policy could not be read; the one in force stays: %1</source>
        <translation>无法读取县里的政策参数，继续使用现行的政策参数：%1</translation>
    </message>
    <message>
        <source>The county&apos;s area list could not be read; the one in use stays.</source>
        <translation>无法读取县里的区划表，继续使用现有的区划表。</translation>
    </message>
    <message>
        <source>The county server sent something other than what was asked for.</source>
        <translation>县级服务器发来的内容与请求的不符。</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption library reported an error.</source>
        <translation>加密组件报告了错误。</translation>
    </message>
    <message>
        <source>The wrapped key is damaged.</source>
        <translation>受保护的密钥已损坏。</translation>
    </message>
    <message>
        <source>The password or code is not correct.</source>
        <translation>密码或恢复码不正确。</translation>
    </message>
    <message>
        <source>Not enough memory to check the password (%1 MiB are needed).</source>
        <translation>内存不足，无法核验密码（需要 %1 MiB）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation>数据库无法完成请求。</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>无法更新数据库。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>数据库正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The changes could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Doudi (schema %1); please update Doudi.</source>
        <translation>该数据库由更新版本的兜底写入（结构版本 %1），请升级兜底。</translation>
    </message>
    <message>
        <source>A database update is missing from this build.</source>
        <translation>本版本缺少数据库升级文件，请重新安装兜底。</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed.</source>
        <translation>数据库升级到版本 %1 失败。</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>无法检查数据库。</translation>
    </message>
    <message>
        <source>A %1 record refers to a missing %2 record.</source>
        <translation>有一条%1记录指向不存在的%2记录。</translation>
    </message>
    <message>
        <source>The copy could not be created.</source>
        <translation>无法创建副本。</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>无法写入副本。</translation>
    </message>
    <message>
        <source>The profile is locked: unlock it to go on.</source>
        <translation>档案库已锁定：请先解锁再继续。</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>Low household income; the family cannot meet its basic needs.</source>
        <translation>家庭收入低，难以维持基本生活。</translation>
    </message>
    <message>
        <source>Demo case at step %1: %2</source>
        <translation>演示案件在步骤 %1 出错：%2</translation>
    </message>
    <message>
        <source>Income rose after the decision</source>
        <translation>审批后收入增加</translation>
    </message>
</context>
<context>
    <name>DeviceCredential</name>
    <message>
        <source>This laptop&apos;s sync credential is kept in its encrypted profile, not in the system keychain: %1</source>
        <translation>这台电脑的同步凭据保存在加密的档案库中，而不是系统钥匙串中：%1</translation>
    </message>
    <message>
        <source>This profile keeps its sync credential in a place this version of Doudi does not know (%1): upgrade Doudi.</source>
        <translation>此档案库把同步凭据保存在此版本的兜底不认识的位置（%1）：请升级兜底。</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync credential is missing from the system keychain: it was deleted there, or this profile was copied from another computer or user account. Ask the county for a new enrolment code for this laptop.</source>
        <translation>系统钥匙串中找不到这台电脑的同步凭据：它在钥匙串中被删除了，或者此档案库是从另一台电脑或另一个用户账户复制来的。请向县里为这台电脑索取新的接入码。</translation>
    </message>
    <message>
        <source>Sync cannot start: this laptop&apos;s sync credential is in the system keychain, and the keychain did not give it out. %1 Unlock the keychain (sign in to this computer&apos;s desktop, or open its password manager), then sync again.</source>
        <translation>无法开始同步：这台电脑的同步凭据保存在系统钥匙串中，但钥匙串没有提供它。%1 请先解锁钥匙串（登录这台电脑的桌面，或打开它的密码管理器），然后再同步。</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>No document numbered %1 was printed on this device.</source>
        <translation>本机没有打印过编号为 %1 的文书。</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>it does not show the QR code (&lt;img src=&quot;doudi:qr&quot;&gt;)</source>
        <translation>模板中没有二维码（&lt;img src=&quot;doudi:qr&quot;&gt;）</translation>
    </message>
    <message>
        <source>The county&apos;s template %1 was refused (%2); the built-in form was used.</source>
        <translation>县里的模板 %1 未被采用（%2），已改用系统内置格式。</translation>
    </message>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>缺少系统内置模板 %1。</translation>
    </message>
    <message>
        <source>This application has not been on public notice.</source>
        <translation>该申请尚未公示。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>没有“%1”这种文书。</translation>
    </message>
    <message>
        <source>The %1 does not fit this application as it stands (%2).</source>
        <translation>该申请目前的状态（%2）不适用%1。</translation>
    </message>
    <message>
        <source>Document %1 is of an unknown form.</source>
        <translation>文书 %1 的格式无法识别。</translation>
    </message>
    <message>
        <source>Give at least the 16 characters of the check code printed on the document.</source>
        <translation>请至少输入文书上印的 16 位核验码。</translation>
    </message>
    <message>
        <source>Public notice of %1</source>
        <translation>%1 的公示</translation>
    </message>
    <message numerus="yes">
        <source>Printing was stopped; %n document(s) had been numbered.</source>
        <translation>
            <numerusform>打印已停止；此前已有 %n 份文书编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 lies outside your area of work.</source>
        <translation>%1不在您的工作区域内。</translation>
    </message>
    <message>
        <source>(given when printed)</source>
        <translation>（打印时生成）</translation>
    </message>
    <message>
        <source>The county&apos;s policy gives no supervision phone for public notices (print.supervision.phone): write it on the notice by hand, on the line left for it.</source>
        <translation>县政策中没有公示用的监督电话（print.supervision.phone）：请在公示表留出的横线上手写。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>The county&apos;s font %1 (%2) could not be used (%3); the standard face was used.</source>
        <translation>县里指定的字体 %1（%2）无法使用（%3），已改用标准字体。</translation>
    </message>
    <message>
        <source>Choose a township: the list of changes is a township&apos;s.</source>
        <translation>请选择乡镇：调标变动清单按乡镇打印。</translation>
    </message>
    <message>
        <source>Work the report out first.</source>
        <translation>请先生成报表。</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>此草稿已不存在。</translation>
    </message>
    <message>
        <source>This draft cannot be read.</source>
        <translation>此草稿无法读取。</translation>
    </message>
</context>
<context>
    <name>EmbeddedPostgres</name>
    <message>
        <source>No unprivileged user (postgres or nobody) exists to run the database.</source>
        <translation>系统中没有可用来运行数据库的非特权用户（postgres 或 nobody）。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 was not found: install the postgresql-15 package, or give the server an existing database with --database.</source>
        <translation>找不到 PostgreSQL 的 %1：请安装 postgresql-15 软件包，或用 --database 为服务器指定一个现有的数据库。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 did not finish in time.</source>
        <translation>PostgreSQL 的 %1 未能在规定时间内完成。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 failed: %2</source>
        <translation>PostgreSQL 的 %1 运行失败：%2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_dump failed: %1</source>
        <translation>PostgreSQL 的 pg_dump 运行失败：%1</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be created.</source>
        <translation>无法创建数据库文件夹 %1。</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be given to the database user.</source>
        <translation>无法把数据库文件夹 %1 的所有权交给数据库用户。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be given to the database user.</source>
        <translation>无法把 %1 的所有权交给数据库用户。</translation>
    </message>
    <message>
        <source>The server&apos;s database did not start (its log is %1): %2</source>
        <translation>服务器的数据库未能启动（日志见 %1）：%2</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>This enrolment code is not valid: it was used already, it expired (codes last seven days) or the county withdrew it. Ask the county for a new one.</source>
        <translation>该接入码无效：它已经用过、已过期（接入码七天内有效），或已被县里撤销。请向县里索取新的接入码。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Your account has been disabled by the county.</source>
        <translation>您的账户已被县里停用。</translation>
    </message>
</context>
<context>
    <name>EnrolmentCode</name>
    <message>
        <source>This is not an enrolment code: it has 42 letters and digits in groups of six, as the county gave it. Check it and type it again.</source>
        <translation>这不是接入码：接入码共 42 个字母和数字，每六个一组，与县里给您的一致。请核对后重新输入。</translation>
    </message>
</context>
<context>
    <name>Expenditure</name>
    <message>
        <source>expenditure type</source>
        <translation>支出类型</translation>
    </message>
    <message>
        <source>annual amount</source>
        <translation>年支出额</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExtremePoverty</name>
    <message>
        <source>aged %1, 60 or older</source>
        <translation>%1 周岁，60 周岁以上</translation>
    </message>
    <message>
        <source>aged %1, a minor</source>
        <translation>%1 周岁，未成年人</translation>
    </message>
    <message>
        <source>%1 disability, grade %2</source>
        <translation>%1 %2 级</translation>
    </message>
    <message>
        <source>aged %1, supported since before 18 and still at school (%2)</source>
        <translation>%1 周岁，未成年时已纳入特困供养，仍在校就读（%2）</translation>
    </message>
    <message>
        <source>in extreme poverty themselves</source>
        <translation>本人为特困人员</translation>
    </message>
    <message>
        <source>a minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>a dibao recipient aged %1</source>
        <translation>%1 周岁的低保对象</translation>
    </message>
    <message>
        <source>aged %1 with an income below last year&apos;s local per-capita disposable income</source>
        <translation>%1 周岁，本人收入低于当地上年人均可支配收入</translation>
    </message>
    <message>
        <source>severely disabled (%1) with an income below last year&apos;s local per-capita disposable income</source>
        <translation>重度残疾（%1），本人收入低于当地上年人均可支配收入</translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>打印已停止。</translation>
    </message>
    <message>
        <source>%1 is not a font file that can be used.</source>
        <translation>%1 不是可用的字体文件。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>fully unable to care for themselves</source>
        <translation>完全丧失生活自理能力</translation>
    </message>
    <message>
        <source>partly unable to care for themselves</source>
        <translation>部分丧失生活自理能力</translation>
    </message>
    <message>
        <source>able to care for themselves</source>
        <translation>具备生活自理能力</translation>
    </message>
    <message numerus="yes">
        <source>%n of 6 items cannot be done</source>
        <translation>
            <numerusform>6 项中 %n 项不能完成</numerusform>
        </translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>county civil affairs bureau</source>
        <translation>县民政局</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>support in kind</source>
        <translation>物质帮扶</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>must be a list of at most %1 items.</source>
        <translation>必须是最多 %1 项的列表。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>there is no member number %1.</source>
        <translation>没有第 %1 名成员。</translation>
    </message>
    <message>
        <source>village code</source>
        <translation>村（社区）代码</translation>
    </message>
    <message>
        <source>must be the 12-digit code of a village or community.</source>
        <translation>必须是村（社区）的12位区划代码。</translation>
    </message>
    <message>
        <source>household registration</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>义务人</translation>
    </message>
    <message>
        <source>members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>a household needs at least one member.</source>
        <translation>一户至少要有一名成员。</translation>
    </message>
    <message>
        <source>at most %1 members.</source>
        <translation>最多 %1 名成员。</translation>
    </message>
    <message>
        <source>exactly one member must be the head of household (found %1).</source>
        <translation>必须恰好有一名户主（现有 %1 名）。</translation>
    </message>
    <message>
        <source>the ID number %1 appears twice.</source>
        <translation>身份证号 %1 出现了两次。</translation>
    </message>
    <message>
        <source>refers to someone who is not a member of this household.</source>
        <translation>指向的人不是本户成员。</translation>
    </message>
</context>
<context>
    <name>HouseholdDiff</name>
    <message>
        <source>the household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>原家庭成员</translation>
    </message>
    <message>
        <source>%1 joined the household (%2).</source>
        <translation>%1 加入家庭（%2）。</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translation>%1：%2由“%3”变为“%4”。</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>work</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>living situation</source>
        <translation>在家情况</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message numerus="yes">
        <source>%n of 6 items failed</source>
        <translation>
            <numerusform>6 项中 %n 项不能完成</numerusform>
        </translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>self-care assessment</source>
        <translation>生活自理能力评估</translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation>%1 已不是家庭成员。</translation>
    </message>
    <message>
        <source>New income of %1: %2, %3 yuan a year.</source>
        <translation>%1 新增收入：%2，每年 %3 元。</translation>
    </message>
    <message>
        <source>Income of %1 (%2): %3 → %4 yuan a year.</source>
        <translation>%1的收入（%2）：每年 %3 → %4 元。</translation>
    </message>
    <message>
        <source>Income of %1 (%2, %3 yuan a year) ended.</source>
        <translation>%1的收入（%2，每年 %3 元）已没有。</translation>
    </message>
    <message>
        <source>New asset: %1 × %2, %3 yuan.</source>
        <translation>新增财产：%1 × %2，%3 元。</translation>
    </message>
    <message>
        <source>Asset %1: %2 × %3 yuan → %4 × %5 yuan.</source>
        <translation>财产（%1）：%2 × %3 元 → %4 × %5 元。</translation>
    </message>
    <message>
        <source>Asset no longer held: %1, %2 yuan.</source>
        <translation>已不再持有的财产：%1，%2 元。</translation>
    </message>
    <message>
        <source>New necessary expenditure of %1: %2, %3 yuan a year.</source>
        <translation>%1 新增刚性支出：%2，每年 %3 元。</translation>
    </message>
    <message>
        <source>Expenditure of %1 (%2): %3 → %4 yuan a year.</source>
        <translation>%1的支出（%2）：每年 %3 → %4 元。</translation>
    </message>
    <message>
        <source>Expenditure of %1 (%2) no longer recorded.</source>
        <translation>%1的支出（%2）已不再登记。</translation>
    </message>
    <message>
        <source>Persons with a duty of support: %1 → %2.</source>
        <translation>法定赡养、抚养、扶养义务人：%1 → %2 人。</translation>
    </message>
    <message>
        <source>Registration changed from %1 to %2.</source>
        <translation>户籍由%1变为%2。</translation>
    </message>
    <message>
        <source>The household moved to another village or community.</source>
        <translation>家庭已迁至其他村（社区）。</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>This household does not exist or has been deleted.</source>
        <translation>该户档案不存在或已删除。</translation>
    </message>
    <message>
        <source>The household could not be read completely.</source>
        <translation>无法完整读取该户档案。</translation>
    </message>
    <message>
        <source>The household was not saved: %1</source>
        <translation>该户档案未保存：%1</translation>
    </message>
    <message>
        <source>This household was changed by someone else since you opened it. Open it again to see the changes, then make yours.</source>
        <translation>此记录已被他人修改：您打开这户家庭之后，它又被修改过。请重新打开，看过别人的修改后再改。</translation>
    </message>
</context>
<context>
    <name>HouseholdSearch</name>
    <message>
        <source>The search could not be carried out.</source>
        <translation>无法完成查找。</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>Household %1: %2</source>
        <translation>第 %1 户：%2</translation>
    </message>
    <message>
        <source>Say why the household is changed (for example: a new job, a member moved away, a typing mistake): the reason is kept with the change.</source>
        <translation>请填写修改原因（例如：新就业、成员迁出、录入错误），原因将与修改内容一并保存。</translation>
    </message>
    <message>
        <source>%1 (ID number %2) is already registered in the household of %3, %4.</source>
        <translation>%1（身份证号 %2）已登记在%4 %3户。</translation>
    </message>
    <message>
        <source>%1 is registered in the household of %2, which is outside your areas: the township of that household must take them out first.</source>
        <translation>%1 登记在 %2 户，该户不在您的管辖范围内：须由该户所在乡镇先将其移出。</translation>
    </message>
    <message>
        <source>%1 is the head of their old household: choose its new head there first, then record the move.</source>
        <translation>%1 是原户的户主：请先为原户指定新户主，再登记迁入。</translation>
    </message>
    <message>
        <source>%1 moved to the household of %2.</source>
        <translation>%1 迁入 %2 户。</translation>
    </message>
    <message>
        <source>%1 was the only member of their old household, which has an application or a benefit in progress: end it there first, then record the move.</source>
        <translation>%1 是原户唯一成员，原户有办理中的申请或正在享受的救助：请先在原户终止，再登记迁入。</translation>
    </message>
    <message>
        <source>%1 was the only member of their old household, which would then be removed: that is for the township head or the county. Ask them to record the move.</source>
        <translation>%1 是原户唯一成员，迁入后原户将被注销：注销须由乡镇负责人或县级办理，请由他们登记此次迁入。</translation>
    </message>
    <message>
        <source>A person is registered in one household only. If they have moved here, mark them as moved in: they are then taken out of the old household.</source>
        <translation>同一人只能在一户登记。若此人已迁入本户，请标记为“已迁入”，系统会将其从原户移出。</translation>
    </message>
</context>
<context>
    <name>HttpsTransport</name>
    <message>
        <source>The server at %1 is not the county server this laptop joined (its certificate is different). Do not sync; tell the county.</source>
        <translation>%1 上的服务器不是这台电脑接入的县级服务器（证书不同）。请不要同步，并告知县里。</translation>
    </message>
    <message>
        <source>The county server cannot be reached (%1). Work goes on offline; sync again later.</source>
        <translation>无法连接县级服务器（%1）。可以继续离线工作，稍后再同步。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>A 15-digit ID number may contain digits only.</source>
        <translation>15位身份证号只能由数字组成。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
        <translation>身份证号应为18位（老证为15位），这个号码有 %1 位。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号应为17位数字加1位数字或X。</translation>
    </message>
    <message>
        <source>The ID number&apos;s area code (first six digits) is not valid.</source>
        <translation>身份证号的地址码（前6位）无效。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation>身份证号中的出生日期（%1）不是真实日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is impossible.</source>
        <translation>身份证号中的出生日期（%1）不可能成立。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character does not match: please check each digit.</source>
        <translation>身份证号校验位不符，请逐位核对。</translation>
    </message>
</context>
<context>
    <name>Income</name>
    <message>
        <source>income type</source>
        <translation>收入类型</translation>
    </message>
    <message>
        <source>annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The key file of this profile is damaged.</source>
        <translation>此档案库的密钥文件已损坏。</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>数据库密钥长度不对。</translation>
    </message>
    <message>
        <source>A user name of 1 to 40 characters is required.</source>
        <translation>用户名须为1到40个字符。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait %1 seconds and try again.</source>
        <translation>失败次数过多，请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>恢复码不正确。</translation>
    </message>
    <message>
        <source>The key file of this profile is missing.</source>
        <translation>此档案库缺少密钥文件。</translation>
    </message>
    <message>
        <source>The key file of this profile is damaged.</source>
        <translation>此档案库的密钥文件已损坏。</translation>
    </message>
    <message>
        <source>The key file could not be written.</source>
        <translation>无法写入密钥文件。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Nothing is stored in the system keychain for this device yet.</source>
        <translation>系统钥匙串中尚未保存本机的此项内容。</translation>
    </message>
    <message>
        <source>This computer has no keychain service; Doudi works on with password unlock.</source>
        <translation>这台电脑没有钥匙串服务；兜底将继续使用密码解锁。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>系统钥匙串在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The system keychain is locked, or it did not let Doudi in.</source>
        <translation>系统钥匙串已锁定，或者不允许兜底访问。</translation>
    </message>
    <message>
        <source>The system keychain could not be reached, or it refused the request.</source>
        <translation>无法连接系统钥匙串，或者钥匙串拒绝了请求。</translation>
    </message>
    <message>
        <source>The system keychain is turned off for Doudi on this computer (DOUDI_KEYCHAIN=off).</source>
        <translation>这台电脑上的兜底已关闭系统钥匙串（DOUDI_KEYCHAIN=off）。</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <source>windows, printing, network, database access</source>
        <translation>窗口、打印、网络、数据库访问</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1（SQLite %2）</translation>
    </message>
    <message>
        <source>the encrypted profile</source>
        <translation>加密档案库</translation>
    </message>
    <message>
        <source>encryption, TLS, signatures</source>
        <translation>加密、TLS、签名</translation>
    </message>
    <message>
        <source>deriving keys from passwords</source>
        <translation>由密码派生密钥</translation>
    </message>
    <message>
        <source>checking that passwords are strong</source>
        <translation>检查密码强度</translation>
    </message>
    <message>
        <source>keeping the laptop&apos;s server credential in the desktop keychain</source>
        <translation>在桌面钥匙环中保存本机的服务器凭据</translation>
    </message>
    <message>
        <source>QR codes on printed forms</source>
        <translation>打印文书上的二维码</translation>
    </message>
    <message>
        <source>compressing sync data</source>
        <translation>压缩同步数据</translation>
    </message>
    <message>
        <source>Doudi is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>兜底是自由软件：您可以依据自由软件基金会发布的 GNU 通用公共许可证第 3 版或（由您选择）任何更高版本的条款，重新分发和/或修改本软件。发布本软件是希望它有用，但不提供任何担保，甚至不包括对适销性或特定用途适用性的默示担保。详情请参阅 GNU 通用公共许可证。</translation>
    </message>
    <message>
        <source>reading .xlsx rosters</source>
        <translation>读取 .xlsx 花名册</translation>
    </message>
    <message>
        <source>reading .xls rosters</source>
        <translation>读取 .xls 花名册</translation>
    </message>
    <message>
        <source>writing lists and reports as .xlsx</source>
        <translation>把清单和报表写成 .xlsx</translation>
    </message>
</context>
<context>
    <name>ListService</name>
    <message>
        <source>Households</source>
        <translation>家庭名单</translation>
    </message>
    <message>
        <source>%1: households on record, %2</source>
        <translation>%1在册家庭名单（%2）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭人数</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>月金额（元）</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 is not the code of a township.</source>
        <translation>%1 不是乡镇（街道）代码。</translation>
    </message>
    <message>
        <source>Payment list %1</source>
        <translation>代发清单 %1</translation>
    </message>
    <message>
        <source>%1: social assistance payment list for %2-%3</source>
        <translation>%1社会救助资金代发清单（%2年%3月）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>保障人数</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Say which area to list: you work in more than one (doudi-cli: --area CODE).</source>
        <translation>请说明要列出哪个地区：您的工作区域不止一个（doudi-cli：--area 代码）。</translation>
    </message>
    <message>
        <source>Give the month the list pays for.</source>
        <translation>请给出清单的发放月份。</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty</source>
        <translation>特困</translation>
    </message>
    <message>
        <source>Dibao: elderly</source>
        <translation>低保：老年人</translation>
    </message>
    <message>
        <source>Dibao: minors</source>
        <translation>低保：未成年人</translation>
    </message>
    <message>
        <source>Dibao: severely disabled</source>
        <translation>低保：重度残疾人</translation>
    </message>
    <message>
        <source>Dibao: seriously ill</source>
        <translation>低保：重病患者</translation>
    </message>
    <message>
        <source>Extreme poverty: elderly</source>
        <translation>特困：老年人</translation>
    </message>
    <message>
        <source>Extreme poverty: minors</source>
        <translation>特困：未成年人</translation>
    </message>
    <message>
        <source>Extreme poverty: severely disabled</source>
        <translation>特困：重度残疾人</translation>
    </message>
    <message>
        <source>Extreme poverty: seriously ill</source>
        <translation>特困：重病患者</translation>
    </message>
    <message>
        <source>Dibao: new</source>
        <translation>低保：新增</translation>
    </message>
    <message>
        <source>Extreme poverty: new</source>
        <translation>特困：新增</translation>
    </message>
    <message>
        <source>Dibao: stopped</source>
        <translation>低保：停发</translation>
    </message>
    <message>
        <source>Extreme poverty: stopped</source>
        <translation>特困：停发</translation>
    </message>
    <message>
        <source>Dibao: amount changed</source>
        <translation>低保：调整金额</translation>
    </message>
    <message>
        <source>Extreme poverty: amount changed</source>
        <translation>特困：调整金额</translation>
    </message>
    <message>
        <source>Temporary assistance: urgent</source>
        <translation>临时救助：急难型</translation>
    </message>
    <message>
        <source>Temporary assistance: expenditure</source>
        <translation>临时救助：支出型</translation>
    </message>
    <message>
        <source>Extreme poverty: self-caring</source>
        <translation>特困：生活自理</translation>
    </message>
    <message>
        <source>Extreme poverty: partly dependent</source>
        <translation>特困：部分失能</translation>
    </message>
    <message>
        <source>Extreme poverty: fully dependent</source>
        <translation>特困：完全失能</translation>
    </message>
    <message>
        <source>Households and persons covered, and the amounts paid</source>
        <translation>保障户数、人数和发放金额</translation>
    </message>
    <message>
        <source>People covered, by category</source>
        <translation>保障对象分类情况</translation>
    </message>
    <message>
        <source>New, stopped and changed in the month</source>
        <translation>当月新增、停发和调整</translation>
    </message>
    <message>
        <source>Temporary assistance, by type</source>
        <translation>临时救助（按类型）</translation>
    </message>
    <message>
        <source>Extreme poverty, by care level</source>
        <translation>特困人员（按生活自理能力）</translation>
    </message>
    <message>
        <source>Amounts paid for %1, by area (yuan)</source>
        <translation>%1 各地区发放金额（元）</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月报 %1</translation>
    </message>
    <message>
        <source>%1: social assistance report for %2-%3</source>
        <translation>%1社会救助工作月报表（%2年%3月）</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>地区代码</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 户数</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 人数</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 金额（元）</translation>
    </message>
    <message>
        <source>Amounts paid for %1 in the %2 areas paid most, of %3 (yuan)</source>
        <translation>%1 发放金额最多的 %2 个地区（共 %3 个，单位：元）</translation>
    </message>
    <message>
        <source>Extreme poverty: care level not assessed</source>
        <translation>特困：未评估自理能力</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 次数</translation>
    </message>
</context>
<context>
    <name>Obligor</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>capacity to support</source>
        <translation>赡养能力</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password could not be stored.</source>
        <translation>无法保存密码。</translation>
    </message>
</context>
<context>
    <name>PasswordQuality</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短，请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>This password is too common or too predictable and easy to guess. Choose another one.</source>
        <translation>密码太常见或太有规律，容易被猜到，请换一个。</translation>
    </message>
    <message>
        <source>The password must not contain the user name, the name or its pinyin. Choose another one.</source>
        <translation>密码不能包含用户名、姓名或姓名的拼音（全拼或首字母），请换一个。</translation>
    </message>
    <message>
        <source>The password must not contain digits of the ID number (such as the birth date or the last digits). Choose another one.</source>
        <translation>密码不能包含身份证号中的数字（如出生日期、末几位），请换一个。</translation>
    </message>
    <message>
        <source>The password must not be a run of digits or letters or of neighbouring keys (like 12345678 or qwerty). Mix letters, digits and symbols.</source>
        <translation>密码不能是连续的数字、字母或键盘上相邻的键（如 12345678、qwerty），请混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>The password is too simple (it repeats itself or has too few different characters). Mix letters, digits and symbols.</source>
        <translation>密码过于简单（有重复，或不同的字符太少），请混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>The password could not be checked. Try again.</source>
        <translation>无法检查密码强度，请重试。</translation>
    </message>
</context>
<context>
    <name>PaymentCheck</name>
    <message>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>a disability needs a grade from 1 to 4, and no disability needs none.</source>
        <translation>有残疾须填1至4级，无残疾则不填等级。</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>在学情况</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>%1 differs from the date in the ID number (%2).</source>
        <translation>%1 与身份证号中的出生日期（%2）不一致。</translation>
    </message>
    <message>
        <source>differs from the sex the ID number shows.</source>
        <translation>与身份证号显示的性别不一致。</translation>
    </message>
    <message>
        <source>is required when there is no ID number.</source>
        <translation>没有身份证号时必须填写。</translation>
    </message>
    <message>
        <source>is impossible.</source>
        <translation>不可能成立。</translation>
    </message>
    <message>
        <source>self-care assessment</source>
        <translation>生活自理能力评估</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the six items (%2), nor &quot;none&quot;.</source>
        <translation>“%1”不是六项评估内容（%2）之一，也不是“none”（全部能完成）。</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1（%2级）</translation>
    </message>
</context>
<context>
    <name>PolicyBook</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（格式：年-月-日）</translation>
    </message>
    <message>
        <source>the value must be a whole number of fen</source>
        <translation>数值必须是以“分”为单位的整数</translation>
    </message>
    <message>
        <source>the value must be a whole number</source>
        <translation>数值必须是整数</translation>
    </message>
    <message>
        <source>the value %1 is outside %2 to %3</source>
        <translation>数值 %1 不在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>the value must be a decimal written as text, such as &quot;1.5&quot;</source>
        <translation>数值必须写成文字形式的小数，如 &quot;1.5&quot;</translation>
    </message>
    <message>
        <source>the value must be one of: %1</source>
        <translation>数值必须是以下之一：%1</translation>
    </message>
    <message>
        <source>the value must be a list</source>
        <translation>数值必须是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不在可选值之内：%2</translation>
    </message>
    <message>
        <source>the value must be a list of tiers</source>
        <translation>数值必须是分档列表</translation>
    </message>
    <message>
        <source>each tier needs &quot;below&quot; and &quot;amount&quot; in whole fen</source>
        <translation>每一档都要有以“分”为单位的 &quot;below&quot;（上限）和 &quot;amount&quot;（金额）</translation>
    </message>
    <message>
        <source>tiers must have rising &quot;below&quot; limits and amounts that are not negative</source>
        <translation>各档上限 &quot;below&quot; 必须递增，金额不能为负</translation>
    </message>
    <message>
        <source>the value must be a list of top-ups</source>
        <translation>数值必须是分类施保列表</translation>
    </message>
    <message>
        <source>a top-up category must be one of: %1</source>
        <translation>分类施保类别必须是以下之一：%1</translation>
    </message>
    <message>
        <source>a top-up share must be a decimal written as text, such as &quot;0.1&quot;</source>
        <translation>分类施保比例必须写成文字形式的小数，如 &quot;0.1&quot;</translation>
    </message>
    <message>
        <source>a top-up needs &quot;amount&quot; in whole fen or &quot;share&quot; of the standard</source>
        <translation>分类施保需要以“分”为单位的 &quot;amount&quot;（金额）或占标准的 &quot;share&quot;（比例）</translation>
    </message>
    <message>
        <source>The policy file is not valid JSON: line %1: %2.</source>
        <translation>政策文件不是有效的 JSON：第 %1 行：%2。</translation>
    </message>
    <message>
        <source>This is not a Doudi policy file (format &quot;%1&quot;, version %2).</source>
        <translation>这不是兜底政策文件（应为格式“%1”，版本 %2）。</translation>
    </message>
    <message>
        <source>The policy file was not loaded: line %1: %2.</source>
        <translation>政策文件未导入：第 %1 行：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known parameter</source>
        <translation>“%1”不是已知的政策参数</translation>
    </message>
    <message>
        <source>the area &quot;%1&quot; is not a 6- or 12-digit area code</source>
        <translation>区域“%1”不是6位或12位区划代码</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>every value needs its source document</source>
        <translation>每个数值都要注明依据的文件</translation>
    </message>
    <message>
        <source>%1 for this area overlaps the period given on line %2</source>
        <translation>%1 在该区域的有效期与第 %2 行的重叠</translation>
    </message>
    <message>
        <source>a calendar needs a year</source>
        <translation>节假日安排需要注明年份</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 年内</translation>
    </message>
    <message>
        <source>the make-up working day %1 is not a Saturday or Sunday</source>
        <translation>调休上班日 %1 不是周六或周日</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day</source>
        <translation>%1 同时被列为假日和上班日</translation>
    </message>
    <message>
        <source>the calendar of %1 is given twice</source>
        <translation>%1 年的节假日安排重复出现</translation>
    </message>
    <message>
        <source>No value of &quot;%1&quot; is in force for area %2 on %3: the county&apos;s policy data needs it.</source>
        <translation>区域 %2 在 %3 没有有效的“%1”：县里的政策参数需要补上这一项。</translation>
    </message>
    <message>
        <source>the value must be text of at most %1 characters</source>
        <translation>取值须为不超过 %1 个字符的文字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form this parameter takes</source>
        <translation>“%1”不符合此参数的格式</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>The county&apos;s policy file</source>
        <translation>县政策文件</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Policy not imported</source>
        <translation>政策未导入</translation>
    </message>
    <message>
        <source>The policy was not imported: %1

Nothing was changed. Check that this is the file the county gave out, or ask the county for it again.</source>
        <translation>政策未导入：%1

未作任何更改。请确认这是县里发放的文件，或向县里重新索取。</translation>
    </message>
    <message>
        <source>Policy imported</source>
        <translation>政策已导入</translation>
    </message>
    <message>
        <source>The county&apos;s policy &quot;%1&quot; is in use on this computer from now on.</source>
        <translation>本机自即日起使用县政策“%1”。</translation>
    </message>
    <message>
        <source>New standards</source>
        <translation>新标准</translation>
    </message>
    <message>
        <source>This policy changes the standards on %1. Work out now what every household being paid will receive from then (调标)?</source>
        <translation>本政策自 %1 起调整标准。现在就测算每户在保家庭从那天起的新金额（调标）吗？</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>政策参数未保存：%1</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>The policy file %1 could not be opened.</source>
        <translation>无法打开政策文件 %1。</translation>
    </message>
    <message>
        <source>No county policy has been imported on this device yet.</source>
        <translation>本机尚未导入县级政策参数。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>No county policy is on this computer yet. A laptop joined to the county server receives it at its next sync; on a laptop that works alone, the township office imports the county&apos;s policy file (工作台).</source>
        <translation>本机尚无县政策。已加入县服务器的电脑在下次同步时自动获取；单机使用的电脑由乡镇办公室导入县政策文件（工作台）。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be created.</source>
        <translation>无法创建文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced.</source>
        <translation>无法替换文件 %1。</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>The system refused to protect this program&apos;s memory; the database key may be exposed to other programs.</source>
        <translation>系统拒绝保护本程序的内存，数据库密钥可能被其他程序读取。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The database does not match its key file: it may have been replaced or damaged. Restore it from a backup.</source>
        <translation>数据库与其密钥文件不匹配，可能已被替换或损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>%1 中已经有一个档案库。</translation>
    </message>
    <message>
        <source>The area of work must be a 6- or 12-digit area code.</source>
        <translation>工作区域必须是6位或12位区划代码。</translation>
    </message>
    <message>
        <source>The cipher must be aes-256-cbc or sm4-cbc.</source>
        <translation>加密算法只能是 aes-256-cbc 或 sm4-cbc。</translation>
    </message>
    <message>
        <source>Unlock the profile first.</source>
        <translation>请先解锁档案库。</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>无法写入备份。</translation>
    </message>
    <message>
        <source>The backup file could not be opened.</source>
        <translation>无法打开备份文件。</translation>
    </message>
    <message>
        <source>This file is not a Doudi backup, or it is damaged.</source>
        <translation>该文件不是兜底备份，或已损坏。</translation>
    </message>
    <message>
        <source>Set a password for a user before changing the database key.</source>
        <translation>更换数据库密钥前，请先为用户设置密码。</translation>
    </message>
    <message>
        <source>The database file could not be created.</source>
        <translation>无法创建数据库文件。</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>%1 中没有档案库。</translation>
    </message>
    <message>
        <source>The key file of this profile was replaced while it was open.</source>
        <translation>档案库打开期间，它的密钥文件被替换了。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已经存在。</translation>
    </message>
    <message>
        <source>The backup is incomplete: it is shorter or longer than its header says.</source>
        <translation>备份不完整：它的长度与文件头所记不符。</translation>
    </message>
    <message>
        <source>This backup belongs to another profile (another computer&apos;s). It was not restored over this one; to use it here, move the present profile folder away first.</source>
        <translation>这个备份属于另一个档案库（另一台电脑的），没有恢复到本档案库上。若要在这台电脑上使用它，请先把现有的档案库文件夹移走。</translation>
    </message>
    <message>
        <source>The backup is damaged: its database does not match its checksum.</source>
        <translation>备份已损坏：其中的数据库与校验值不符。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Doudi (schema %1); please update Doudi.</source>
        <translation>这个备份由较新版本的兜底写入（数据结构版本 %1），请先升级兜底。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log is damaged (%1): it was not restored.</source>
        <translation>备份的审计日志已损坏（%1），没有恢复。</translation>
    </message>
    <message>
        <source>The backup&apos;s records do not match its audit log (%1 of them): it was changed outside Doudi and was not restored.</source>
        <translation>备份中的记录与其审计日志不符（共 %1 条）：它曾在兜底之外被修改，没有恢复。</translation>
    </message>
    <message>
        <source>The database key is already being changed.</source>
        <translation>数据库密钥正在更换中。</translation>
    </message>
    <message>
        <source>No change of the database key was started.</source>
        <translation>尚未开始更换数据库密钥。</translation>
    </message>
    <message>
        <source>The re-encrypted database could not be written to disk.</source>
        <translation>重新加密的数据库无法写入磁盘。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled on this device.</source>
        <translation>用户“%1”已在本机停用。</translation>
    </message>
    <message>
        <source>Doudi is still working in the background (a sync with the county, a check or a printout). Wait until it has finished, then change the key.</source>
        <translation>兜底仍在后台工作（与县里同步、核对或打印）。请等它完成后再更换密钥。</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The profile is being used by another Doudi program. Close the other Doudi windows and commands on this computer, then try again.</source>
        <translation>档案库正由另一个程序使用：本机还有其他兜底窗口或命令打开着它。请先关闭它们，再重试。</translation>
    </message>
    <message>
        <source>The profile is being used by another Doudi program, which is changing its key or restoring a backup. Wait until it has finished, then try again.</source>
        <translation>档案库正由另一个程序使用：它正在更换密钥或恢复备份。请等它完成后再重试。</translation>
    </message>
    <message>
        <source>The profile&apos;s lock file could not be opened.</source>
        <translation>无法打开档案库的锁文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s lock file could not be locked.</source>
        <translation>无法锁定档案库的锁文件。</translation>
    </message>
    <message>
        <source>The profile is not locked.</source>
        <translation>档案库未加锁。</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>Enter the user name whose password is to be set anew.</source>
        <translation>请输入要重设密码的用户名。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on this computer.</source>
        <translation>本机没有用户“%1”。</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>The encryption library reported an error.</source>
        <translation>加密库报告了一个错误。</translation>
    </message>
    <message>
        <source>The bundle is damaged or was not made for this computer.</source>
        <translation>同步包已损坏，或者不是给这台电脑的。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its sender: it was changed or forged.</source>
        <translation>同步包的签名与发送方不符：它被改动过或是伪造的。</translation>
    </message>
</context>
<context>
    <name>PullFeed</name>
    <message>
        <source>The county database refused a request.</source>
        <translation>县数据库拒绝了请求。</translation>
    </message>
</context>
<context>
    <name>PushMerge</name>
    <message>
        <source>The county database refused a request.</source>
        <translation>县级数据库拒绝了一项请求。</translation>
    </message>
    <message>
        <source>Records of this kind (%1) are not taken from devices: the county keeps them.</source>
        <translation>这类记录（%1）不接受电脑上传，由县里统一维护。</translation>
    </message>
    <message>
        <source>This change was made by another user of the device (%1), who must sync it after signing in.</source>
        <translation>这项修改是本机另一位用户（%1）做的，须由该用户登录后自行同步。</translation>
    </message>
    <message>
        <source>Your role does not work on households.</source>
        <translation>您的角色不能办理家庭档案。</translation>
    </message>
    <message>
        <source>The county server does not have this record (it was never synced).</source>
        <translation>县级服务器上没有这条记录（它从未同步过）。</translation>
    </message>
    <message>
        <source>The household this record belongs to is not on the county server.</source>
        <translation>这条记录所属的家庭不在县级服务器上。</translation>
    </message>
    <message>
        <source>This household&apos;s area (%1) is not in this county.</source>
        <translation>该户所在区域（%1）不属于本县。</translation>
    </message>
    <message>
        <source>This household is outside your areas: you cannot change it.</source>
        <translation>该户不在您的工作区域内，您不能修改。</translation>
    </message>
    <message>
        <source>Only the township head or the county may delete a household.</source>
        <translation>只有乡镇（街道）负责人或县级才能删除家庭档案。</translation>
    </message>
    <message>
        <source>The step this visit belongs to is not on the county server.</source>
        <translation>这次入户调查所属的办理环节不在县级服务器上。</translation>
    </message>
    <message>
        <source>A household can only move to an area of this county.</source>
        <translation>家庭只能迁往本县范围内的区域。</translation>
    </message>
    <message>
        <source>A photo&apos;s record must give its SHA-256 and its size (at most %1 MB).</source>
        <translation>照片记录必须注明其 SHA-256 指纹和大小（最大 %1 MB）。</translation>
    </message>
</context>
<context>
    <name>RecordAudit</name>
    <message>
        <source>it is not in the audit log: it was added outside Doudi</source>
        <translation>审计日志中没有它：它是在兜底之外添加的</translation>
    </message>
    <message>
        <source>it was marked deleted outside Doudi</source>
        <translation>它在兜底之外被标为已删除</translation>
    </message>
    <message>
        <source>it was changed outside Doudi after it was deleted</source>
        <translation>它在删除之后又在兜底之外被修改</translation>
    </message>
    <message>
        <source>it was deleted, yet it is there again</source>
        <translation>它已被删除，却又出现了</translation>
    </message>
    <message>
        <source>it was changed outside Doudi</source>
        <translation>它在兜底之外被修改过</translation>
    </message>
    <message>
        <source>its picture was replaced outside Doudi</source>
        <translation>它的图片在兜底之外被替换过</translation>
    </message>
    <message>
        <source>it is missing: it was deleted outside Doudi</source>
        <translation>它不见了：它在兜底之外被删除</translation>
    </message>
</context>
<context>
    <name>RemoteApplier</name>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>服务器发来的修改无法保存：%1</translation>
    </message>
    <message>
        <source>The server sent a change this version of Doudi does not understand.</source>
        <translation>服务器发来了本版本兜底无法识别的修改。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Give the month of the report (YYYY-MM).</source>
        <translation>请给出报表月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Say which area the report is for: you work in more than one.</source>
        <translation>请说明报表针对哪个地区：您的工作区域不止一个。</translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <source>This device is not enrolled with the county server.</source>
        <translation>这台电脑尚未接入县级服务器。</translation>
    </message>
    <message>
        <source>The county has withdrawn this device: it can no longer sync. Ask the county for a new enrolment code if this is a mistake.</source>
        <translation>县里已撤销这台电脑的接入，它不能再同步。如果这是误操作，请向县里索取新的接入码。</translation>
    </message>
    <message>
        <source>Sign in to the county server again on this device.</source>
        <translation>请在这台电脑上重新登录县级服务器。</translation>
    </message>
    <message>
        <source>Your account has been disabled by the county.</source>
        <translation>您的账户已被县里停用。</translation>
    </message>
</context>
<context>
    <name>RerateCheck</name>
    <message>
        <source>No record of the household at the last decision to compare with.</source>
        <translation>没有上次决定时的家庭情况记录，无法比对。</translation>
    </message>
    <message>
        <source>Working out the new amounts was stopped.</source>
        <translation>已停止测算新金额。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RerateService</name>
    <message>
        <source>Give the day the new standards take effect.</source>
        <translation>请填写新标准的执行日期。</translation>
    </message>
    <message>
        <source>%1 is not the code of a township.</source>
        <translation>%1 不是乡镇的区划代码。</translation>
    </message>
    <message>
        <source>%1 lies outside your area of work.</source>
        <translation>%1 不在您的工作区域内。</translation>
    </message>
    <message>
        <source>The list has changed since it was made: make it again.</source>
        <translation>名单已变化，请重新生成。</translation>
    </message>
    <message>
        <source>%1: %2 Nothing in this batch was saved.</source>
        <translation>%1：%2 本批次均未保存。</translation>
    </message>
</context>
<context>
    <name>RosterImportService</name>
    <message>
        <source>The file holds no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
    <message>
        <source>Outside your area of work: a roster is imported by the office the village belongs to.</source>
        <translation>不在您的工作区域内：花名册应由该村所属的乡镇（街道）导入。</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems (%n): fix them in the file first; nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 处问题：请先在文件中改正；本次未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the file was checked, %1 Check the file again.</source>
        <translation>检查文件之后，%1请重新检查文件。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message numerus="yes">
        <source>Roster check: %n row(s) read, %1 problem(s)</source>
        <translation>
            <numerusform>花名册检查：共读取 %n 行，发现 %1 处问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>RosterMapping</name>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>成员姓名</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>月保障金额</translation>
    </message>
    <message>
        <source>Paid since</source>
        <translation>起始年月</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>header_row must be a row number from 1.</source>
        <translation>header_row 必须是从 1 起的行号。</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the mapping.</source>
        <translation>列对应中有未知的字段“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a column (write it as in Excel: A, B, … AA).</source>
        <translation>“%1”不是列号（请按 Excel 的写法：A、B……AA）。</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Member&apos;s monthly income</source>
        <translation>成员月收入</translation>
    </message>
</context>
<context>
    <name>RosterMappingRepository</name>
    <message>
        <source>The remembered column mapping of this layout cannot be read.</source>
        <translation>无法读取为此表格格式记住的列对应关系。</translation>
    </message>
</context>
<context>
    <name>RosterPlan</name>
    <message>
        <source>The file has no column for: %1.</source>
        <translation>文件中缺少以下列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not a relation to the head this roster knows (户主, 配偶, 子, 女, 父亲, 孙子 …).</source>
        <translation>无法识别的与户主关系（应为户主、配偶、子、女、父亲、孙子等）。</translation>
    </message>
    <message>
        <source>A member&apos;s row comes before any head&apos;s row: whose household is it?</source>
        <translation>该成员行之前没有户主行，无法确定属于哪一户。</translation>
    </message>
    <message>
        <source>A second head in the household of row %1.</source>
        <translation>第 %1 行所在的家庭有第二个户主。</translation>
    </message>
    <message>
        <source>The household has no head&apos;s row.</source>
        <translation>该户没有户主行。</translation>
    </message>
    <message>
        <source>Differs from the head&apos;s row %1 (%2): a household has one.</source>
        <translation>与第 %1 行户主行的值（%2）不同：一户只能有一个值。</translation>
    </message>
    <message>
        <source>No township of this name in the county.</source>
        <translation>本县没有这个名称的乡镇（街道）。</translation>
    </message>
    <message>
        <source>No village of this name in %1.</source>
        <translation>%1没有这个名称的村（社区）。</translation>
    </message>
    <message>
        <source>Not a monthly programme (低保 or 特困); 临时救助 is paid once and is not carried over.</source>
        <translation>不是按月发放的救助类别（低保或特困）；临时救助为一次性发放，不转入。</translation>
    </message>
    <message>
        <source>Not an amount of money in yuan (for example 870 or 870.50).</source>
        <translation>不是以元为单位的金额（例如 870 或 870.50）。</translation>
    </message>
    <message>
        <source>Not a month (for example 2024-03 or 2024年3月).</source>
        <translation>不是有效的年月（例如 2024-03 或 2024年3月）。</translation>
    </message>
    <message>
        <source>A month still to come: the roster lists what is paid now.</source>
        <translation>这是尚未到来的月份：花名册应列出目前正在发放的待遇。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is still to come.</source>
        <translation>身份证号中的出生日期尚未到来。</translation>
    </message>
    <message>
        <source>Paid since before the head was born (%1).</source>
        <translation>起始年月早于户主出生（%1）。</translation>
    </message>
    <message>
        <source>This household is in the file twice: the same head is on row %1.</source>
        <translation>该户在文件中出现了两次：同一户主已在第 %1 行。</translation>
    </message>
    <message>
        <source>The same person is already on row %1.</source>
        <translation>同一人已在第 %1 行。</translation>
    </message>
    <message>
        <source>The member&apos;s name is missing.</source>
        <translation>缺少成员姓名。</translation>
    </message>
    <message>
        <source>There are no rows below the headers.</source>
        <translation>表头下面没有数据行。</translation>
    </message>
    <message>
        <source>The head&apos;s name differs from the name on the head&apos;s own row (%1).</source>
        <translation>户主姓名与户主本人所在行的姓名（%1）不一致。</translation>
    </message>
    <message>
        <source>The head&apos;s ID number differs from the ID number on the head&apos;s own row (%1).</source>
        <translation>户主身份证号与户主本人所在行的身份证号（%1）不一致。</translation>
    </message>
</context>
<context>
    <name>ServerDevices</name>
    <message>
        <source>Say whose laptop this is with --label (1 to 100 characters), e.g. &quot;南麻街道 民政办 1&quot;.</source>
        <translation>请用 --label 注明这台电脑归谁使用（1 至 100 个字符），如 &quot;南麻街道 民政办 1&quot;。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>县级数据库拒绝了一项请求。</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot; on this server (doudi-server device list shows them).</source>
        <translation>本服务器上没有设备“%1”（可用 doudi-server device list 查看所有设备）。</translation>
    </message>
    <message>
        <source>That is not a device key.</source>
        <translation>这不是设备密钥。</translation>
    </message>
    <message>
        <source>This device gave the county another key before. Ask the county to enrol the laptop anew.</source>
        <translation>这台设备此前已向县里登记过另一个密钥。请县里重新为这台电脑办理接入。</translation>
    </message>
</context>
<context>
    <name>ServerFolder</name>
    <message>
        <source>There is no server in %1; create one with doudi-server init.</source>
        <translation>%1 中没有服务器，请先用 doudi-server init 创建。</translation>
    </message>
    <message>
        <source>The server settings in %1 cannot be read.</source>
        <translation>无法读取 %1 中的服务器设置。</translation>
    </message>
    <message>
        <source>%1 already holds a server.</source>
        <translation>%1 中已经有一个服务器。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The server settings cannot be written to %1.</source>
        <translation>无法将服务器设置写入 %1。</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>The database connection &quot;%1&quot; is not of the form key=value …</source>
        <translation>数据库连接“%1”不符合 key=value … 的格式。</translation>
    </message>
    <message>
        <source>The database connection names no database (dbname=…).</source>
        <translation>数据库连接中没有指定数据库（dbname=…）。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing: install the libqt6sql6-psql package.</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动：请安装 libqt6sql6-psql 软件包。</translation>
    </message>
    <message>
        <source>The county database cannot be reached.</source>
        <translation>无法连接县级数据库。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>县级数据库拒绝了一项请求。</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation>无法读取数据库升级文件 %1。</translation>
    </message>
    <message>
        <source>The county server is busy: try again in a moment.</source>
        <translation>县级服务器正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The county server holds less than this laptop has already seen: its database was restored from an older backup. This laptop stops syncing so that nothing it holds is lost. Tell the county.</source>
        <translation>县级服务器上的数据比本机已同步到的还少：其数据库已用较早的备份恢复。为免本机数据丢失，本机停止同步。请告知县里。</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>There is no user &quot;%1&quot; on this server.</source>
        <translation>本服务器上没有用户“%1”。</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters and no spaces; give it with --user.</source>
        <translation>用户名为 1 至 40 个字符，不能有空格；请用 --user 给出。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name (1 to 40 characters) with --name.</source>
        <translation>请用 --name 给出姓名（1 至 40 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: choose village, township, township_head, county or admin.</source>
        <translation>“%1”不是有效的角色：请从 village、township、township_head、county 或 admin 中选择。</translation>
    </message>
    <message>
        <source>Give the user at least one area of work with --area.</source>
        <translation>请用 --area 为该用户指定至少一个工作区域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code: give the 12-digit code, e.g. %2 for a village, %3 for a township, %4 for the whole county.</source>
        <translation>“%1”不是区划代码：请给出 12 位代码，如村 %2、乡镇 %3、全县 %4。</translation>
    </message>
    <message>
        <source>The area %1 is not in this server&apos;s county (%2).</source>
        <translation>区域 %1 不在本服务器所属的县（%2）内。</translation>
    </message>
    <message>
        <source>A village user works in villages: %1 is not a village (its last three digits are 000).</source>
        <translation>村级用户的工作区域只能是村：%1 不是村（它的最后三位是 000）。</translation>
    </message>
    <message>
        <source>A township user works in a township or its villages: %1 is the whole county.</source>
        <translation>乡镇用户的工作区域只能是乡镇或其下属的村：%1 是全县。</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot; on this server.</source>
        <translation>本服务器上已经有用户“%1”。</translation>
    </message>
    <message>
        <source>The area %1 is not in the county&apos;s list of townships and villages (area list).</source>
        <translation>区域 %1 不在本县的乡镇和村（社区）名单（区划表）中。</translation>
    </message>
</context>
<context>
    <name>SnapshotFetch</name>
    <message>
        <source>The sync settings of this profile cannot be read.</source>
        <translation>无法读取本档案库的同步设置。</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>That snapshot is no longer at the county; the laptop asks for a new one.</source>
        <translation>县里已不再保留该快照；电脑会重新申请一份。</translation>
    </message>
    <message>
        <source>Ask for bytes within the snapshot.</source>
        <translation>请求的字节范围须在快照之内。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>The sheet “%1” is too large: at most %2 rows and %3 columns can be read.</source>
        <translation>工作表“%1”太大：最多只能读取 %2 行、%3 列。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>无法打开文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file: a quotation mark opened on line %1 is never closed.</source>
        <translation>文件不是有效的 CSV 文件：第 %1 行开始的引号没有结束。</translation>
    </message>
    <message>
        <source>The Excel (.xls) file is protected with a password. Remove the password in Excel or WPS, save it and try again.</source>
        <translation>该 Excel（.xls）文件设有密码。请在 Excel 或 WPS 中取消密码、保存后再试。</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xls) file. Open it in Excel or WPS, save it again (as .xlsx if you can) and try once more.</source>
        <translation>无法读取该 Excel（.xls）文件。请用 Excel 或 WPS 打开，重新保存（最好另存为 .xlsx）后再试。</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xlsx) file: %1. Open it in Excel or WPS, save it again as .xlsx and try once more.</source>
        <translation>无法读取该 Excel（.xlsx）文件：%1。请用 Excel 或 WPS 打开，另存为 .xlsx 后再试。</translation>
    </message>
    <message>
        <source>A part of the file is larger than 64 MB.</source>
        <translation>文件中有一部分超过 64 MB。</translation>
    </message>
    <message>
        <source>its part %1 cannot be unpacked</source>
        <translation>其中的 %1 无法解压</translation>
    </message>
    <message>
        <source>the cell reference %1 is not valid</source>
        <translation>单元格位置 %1 无效</translation>
    </message>
    <message>
        <source>a cell refers to text that is not in the file</source>
        <translation>有单元格引用了文件中不存在的文字</translation>
    </message>
    <message>
        <source>the sheet %1 is damaged (%2)</source>
        <translation>工作表 %1 已损坏（%2）</translation>
    </message>
    <message>
        <source>it is not a complete zip file</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>缺少其中的 %1</translation>
    </message>
    <message>
        <source>it has no workbook</source>
        <translation>其中没有工作簿</translation>
    </message>
    <message>
        <source>its list of sheets cannot be read</source>
        <translation>无法读取其中的工作表列表</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>No room for a temporary file to build the spreadsheet in.</source>
        <translation>没有空间存放生成表格所需的临时文件。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started.</source>
        <translation>无法开始生成表格。</translation>
    </message>
    <message>
        <source>The sheet “%1” could not be added.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>Row %1 of “%2” cannot be written: %3.</source>
        <translation>“%2”的第 %1 行无法写入：%3。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1.</source>
        <translation>无法写入表格：%1。</translation>
    </message>
    <message>
        <source>The spreadsheet just written cannot be read back.</source>
        <translation>刚写好的表格无法读回。</translation>
    </message>
    <message>
        <source>Save the list as .xlsx or .csv.</source>
        <translation>请将清单保存为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>There is nothing to write.</source>
        <translation>没有可写入的内容。</translation>
    </message>
    <message>
        <source>The totals of “%1” cannot be written: %2.</source>
        <translation>“%1”的合计行无法写入：%2。</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The database could not be updated.</source>
        <translation>无法更新数据库。</translation>
    </message>
    <message>
        <source>No valid database key was given.</source>
        <translation>没有提供有效的数据库密钥。</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The database key could not be applied.</source>
        <translation>无法使用数据库密钥。</translation>
    </message>
    <message>
        <source>The cipher &quot;%1&quot; is not supported.</source>
        <translation>不支持加密算法“%1”。</translation>
    </message>
    <message>
        <source>This build of SQLCipher does not offer the SM4 cipher.</source>
        <translation>当前的 SQLCipher 版本不支持 SM4 国密算法。</translation>
    </message>
    <message>
        <source>The cipher could not be set.</source>
        <translation>无法设置加密算法。</translation>
    </message>
    <message>
        <source>The page size could not be set.</source>
        <translation>无法设置数据库页大小。</translation>
    </message>
    <message>
        <source>The key does not open this database, or the file is not a Doudi database.</source>
        <translation>密钥打不开这个数据库，或者该文件不是兜底的数据库。</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>无法读取数据库。</translation>
    </message>
    <message>
        <source>The database could not be configured.</source>
        <translation>无法配置数据库。</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>无法开始保存操作。</translation>
    </message>
    <message>
        <source>The changes could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>The changes could not be undone.</source>
        <translation>修改未能撤销。</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation>无法准备数据库语句。</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>一次只能执行一条数据库语句。</translation>
    </message>
    <message>
        <source>A value is missing for a statement parameter.</source>
        <translation>数据库请求缺少一个值。</translation>
    </message>
    <message>
        <source>A value could not be bound to the statement.</source>
        <translation>无法把数据交给数据库。</translation>
    </message>
    <message>
        <source>There is no prepared statement to execute.</source>
        <translation>没有可执行的数据库语句。</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>数据库语句执行失败。</translation>
    </message>
    <message>
        <source>Numbered parameters (?1, ?2 …) are not supported; use ? or :name.</source>
        <translation>不支持带编号的参数（?1、?2 …），请使用 ? 或 :名称。</translation>
    </message>
    <message>
        <source>The statement has %1 parameters but %2 values were given.</source>
        <translation>数据库语句需要 %1 个值，却给了 %2 个。</translation>
    </message>
    <message>
        <source>The number %1 is too large for the database.</source>
        <translation>数字 %1 太大，数据库无法保存。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The county server answered with an error (HTTP %1).</source>
        <translation>县级服务器返回了错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sync settings of this profile cannot be read.</source>
        <translation>无法读取此档案库的同步设置。</translation>
    </message>
    <message>
        <source>This profile has not joined a county server yet.</source>
        <translation>此档案库尚未接入县级服务器。</translation>
    </message>
    <message>
        <source>%1 has not signed in to the county server on this laptop yet.</source>
        <translation>%1 尚未在这台电脑上登录县级服务器。</translation>
    </message>
    <message>
        <source>The county server answered changes out of order.</source>
        <translation>县级服务器答复的修改顺序有误。</translation>
    </message>
    <message>
        <source>This laptop has not exchanged keys with the county yet: sync once over the network (at the township office) before using USB bundles.</source>
        <translation>这台电脑尚未与县里交换密钥：请先（在乡镇办公室）联网同步一次，再使用U盘同步包。</translation>
    </message>
    <message>
        <source>The county server answered the key exchange with something else.</source>
        <translation>县服务器对密钥交换的答复不正确。</translation>
    </message>
    <message>
        <source>This is a laptop&apos;s bundle for the county, not the county&apos;s answer: take it to the township office.</source>
        <translation>这是电脑交给县里的同步包，不是县里的回执：请把它交到乡镇办公室。</translation>
    </message>
    <message>
        <source>This answer is for another laptop (or another county): it was not imported.</source>
        <translation>这份回执是给另一台电脑（或另一个县）的：未读入。</translation>
    </message>
    <message>
        <source>This answer is for %1&apos;s bundle: %1 reads it on this laptop.</source>
        <translation>这份回执是 %1 的同步包的：请由 %1 在这台电脑上读入。</translation>
    </message>
    <message>
        <source>This laptop stopped syncing on %1: the county server holds less than this laptop had already seen (its database was restored from an older backup), and syncing on would drop work that only this laptop still has. Make a backup of this laptop first, then ask the county before anything else.</source>
        <translation>本机已于 %1 停止同步：县服务器上的数据少于本机此前已看到的（其数据库已从较早的备份恢复），继续同步会丢失只有本机还保存的工作。请先备份本机，再联系县里，之后再做其他操作。</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server address must start with https://, e.g. https://10.1.2.3:8443.</source>
        <translation>服务器地址必须以 https:// 开头，如 https://10.1.2.3:8443。</translation>
    </message>
    <message>
        <source>This profile has joined a county server already.</source>
        <translation>此档案库已经接入了县级服务器。</translation>
    </message>
    <message>
        <source>On this laptop %1 has the role %2, at the county %3: ask the county.</source>
        <translation>在这台电脑上，%1 的角色是 %2，而在县级服务器上是 %3：请与县里联系。</translation>
    </message>
    <message>
        <source>The sync settings of this profile cannot be read.</source>
        <translation>无法读取此档案库的同步设置。</translation>
    </message>
    <message>
        <source>This profile has not joined a county server yet.</source>
        <translation>此档案库尚未接入县级服务器。</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>同步包无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This file is too large to be a Doudi bundle.</source>
        <translation>这个文件太大，不可能是兜底的同步包。</translation>
    </message>
    <message>
        <source>This profile has not joined a county server yet: join it.</source>
        <translation>本档案库尚未加入县服务器：请先加入。</translation>
    </message>
    <message>
        <source>This profile belongs to county %1; the code is for county %2.</source>
        <translation>本档案库属于县 %1，而这个接入码是县 %2 的。</translation>
    </message>
    <message>
        <source>That conflict is decided already.</source>
        <translation>这个冲突已经处理过了。</translation>
    </message>
    <message>
        <source>This conflict is not one changed field of a household: decide it by changing the record again on the household&apos;s page.</source>
        <translation>这个冲突不是家庭档案中某一项的修改：请在该户页面上重新修改记录来处理。</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in the household.</source>
        <translation>这个冲突涉及的记录已不在该户中。</translation>
    </message>
    <message>
        <source>Kept this device&apos;s value in a conflict</source>
        <translation>处理冲突时保留本机的值</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>There is no open conflict %1 here.</source>
        <translation>本机没有编号为 %1 的待处理冲突。</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Line %1: &quot;{{&quot; is never closed with &quot;}}&quot;.</source>
        <translation>第 %1 行：“{{”没有对应的“}}”。</translation>
    </message>
    <message>
        <source>Line %1: an empty placeholder {{}}.</source>
        <translation>第 %1 行：占位符 {{}} 是空的。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a placeholder name.</source>
        <translation>第 %1 行：“%2”不是有效的占位符名称。</translation>
    </message>
    <message>
        <source>Line %1: {{/%2}} closes a section that is not open.</source>
        <translation>第 %1 行：{{/%2}} 没有对应的开始标记。</translation>
    </message>
    <message>
        <source>Line %1: {{#%2}} is never closed.</source>
        <translation>第 %1 行：{{#%2}} 没有结束标记。</translation>
    </message>
    <message>
        <source>The template must show {{%1}}.</source>
        <translation>模板中必须有 {{%1}}。</translation>
    </message>
</context>
<context>
    <name>TemporaryAssistance</name>
    <message>
        <source>Amounts cannot be negative, and aid is paid in 1 to 12 stages.</source>
        <translation>金额不能为负数，分阶段救助为1至12次。</translation>
    </message>
    <message>
        <source>Monthly standard %1 yuan: at most %2 yuan per event and %3 yuan a year; the township approves up to %4 yuan; small quick aid is at most %5 yuan.</source>
        <translation>月低保标准 %1 元：每次最多 %2 元，每年最多 %3 元；乡镇可审批 %4 元以内；小额快救最多 %5 元。</translation>
    </message>
    <message>
        <source>the small quick aid limit</source>
        <translation>小额快救限额</translation>
    </message>
    <message>
        <source>the costs not covered by other aid (%1 − %2 yuan)</source>
        <translation>其他救助未覆盖的费用（%1 − %2 元）</translation>
    </message>
    <message>
        <source>the cap per event</source>
        <translation>每次救助上限</translation>
    </message>
    <message>
        <source>what is left of the yearly cap after %1 yuan already paid this year</source>
        <translation>年度上限扣除本年已发放的 %1 元后的余额</translation>
    </message>
    <message>
        <source>The proposed %1 yuan is within every limit.</source>
        <translation>拟救助 %1 元，未超过任何限额。</translation>
    </message>
    <message>
        <source>The proposed %1 yuan is reduced to %2 yuan by %3.</source>
        <translation>拟救助 %1 元，受%3限制，核定为 %2 元。</translation>
    </message>
    <message>
        <source>Small quick aid: paid first without a means check, approved by the township.</source>
        <translation>小额快救：不做经济状况核对，先行发放，由乡镇审批。</translation>
    </message>
    <message>
        <source>%1 yuan is within the township&apos;s limit: the township approves.</source>
        <translation>%1 元在乡镇审批权限内，由乡镇审批。</translation>
    </message>
    <message>
        <source>%1 yuan is above the township&apos;s limit of %2 yuan: the county approves.</source>
        <translation>%1 元超过乡镇审批权限 %2 元，报县级审批。</translation>
    </message>
    <message>
        <source>Approved once, paid in %1 stages: %2 yuan.</source>
        <translation>一次审批，分 %1 次发放：%2 元。</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be made.</source>
        <translation>无法生成服务器的 TLS 证书。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate or key is missing (%1).</source>
        <translation>服务器的 TLS 证书或私钥缺失（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate or key cannot be read (%1).</source>
        <translation>无法读取服务器的 TLS 证书或私钥（%1）。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 1 to 40 characters and no spaces.</source>
        <translation>用户名为1至40个字符，不能有空格。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code.</source>
        <translation>“%1”不是区划代码。</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot; on this device.</source>
        <translation>本机已经有用户“%1”。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on this device.</source>
        <translation>本机没有用户“%1”。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文字。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>必须填写。</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2).</source>
        <translation>太长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>contains characters that cannot be used (emoji, symbols or control characters).</source>
        <translation>含有不能使用的字符（表情符号、特殊符号或控制字符）。</translation>
    </message>
    <message>
        <source>must be a whole number of fen.</source>
        <translation>必须是以“分”为单位的整数。</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>is implausibly large (%1 yuan).</source>
        <translation>数额大得不合常理（%1 元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（格式：年-月-日，如 2026-01-31）。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>may contain only Chinese characters, Latin letters and the separator &quot;·&quot;.</source>
        <translation>只能包含汉字、拉丁字母和间隔号“·”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number (11 digits) or a landline with area code.</source>
        <translation>“%1”不是手机号（11位）或带区号的固定电话。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不在可选值之内：%2。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Only village assistants and caseworkers register applications.</source>
        <translation>只有村协理员和经办人可以登记申请。</translation>
    </message>
    <message>
        <source>An application needs its household and the household&apos;s village.</source>
        <translation>登记申请需要有申请家庭及其所在村。</translation>
    </message>
    <message>
        <source>related to a caseworker or village cadre</source>
        <translation>与经办人或村干部有近亲属关系</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this; it is for: %2.</source>
        <translation>您的角色（%1）不能办理这一步，这一步由 %2 办理。</translation>
    </message>
    <message>
        <source>This cannot be done while the case is &quot;%1&quot;.</source>
        <translation>案件处于“%1”状态，不能办理这一步。</translation>
    </message>
    <message>
        <source>A reason is required, one of: %1.</source>
        <translation>必须给出理由，可选：%1。</translation>
    </message>
    <message>
        <source>Papers are missing: use request_papers to give the one-time list, then accept when they come.</source>
        <translation>材料不全：请先用 request_papers 一次性告知需补正的材料，补齐后再受理。</translation>
    </message>
    <message>
        <source>List every missing paper at once (the one-time list).</source>
        <translation>请一次性列出全部需补正的材料。</translation>
    </message>
    <message>
        <source>Only urgent temporary assistance is paid before the paperwork.</source>
        <translation>只有急难型临时救助可以先行救助、后补手续。</translation>
    </message>
    <message>
        <source>Give the amount paid first, in fen.</source>
        <translation>请给出先行发放的金额（分）。</translation>
    </message>
    <message>
        <source>Urgent aid is paid first: record pay_first before the investigation.</source>
        <translation>急难型救助应先行发放：请先记录 pay_first，再开始调查。</translation>
    </message>
    <message>
        <source>A home visit needs at least two investigators.</source>
        <translation>入户调查至少需要两名调查人员。</translation>
    </message>
    <message>
        <source>A home visit cannot be dated in the future.</source>
        <translation>入户调查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Only county staff record a county visit.</source>
        <translation>县级入户调查只能由县级人员记录。</translation>
    </message>
    <message>
        <source>Record the outcome of the democratic review.</source>
        <translation>请记录民主评议的结果。</translation>
    </message>
    <message>
        <source>The information check (核对) has not been recorded.</source>
        <translation>尚未记录家庭经济状况核对结果。</translation>
    </message>
    <message>
        <source>The objection needs a new home visit before the investigation is finished.</source>
        <translation>公示有异议，须重新入户调查后才能完成调查。</translation>
    </message>
    <message>
        <source>No home visit has been recorded.</source>
        <translation>尚未记录入户调查。</translation>
    </message>
    <message>
        <source>For a relative of a caseworker or cadre the county makes its own home visit.</source>
        <translation>经办人或村干部的近亲属申请，须由县级单独入户调查。</translation>
    </message>
    <message>
        <source>Say whether the township approves (approve: true or false).</source>
        <translation>请注明乡镇初审是否同意（approve：true 或 false）。</translation>
    </message>
    <message>
        <source>Give the proposed amount in fen.</source>
        <translation>请给出拟发放的金额（分）。</translation>
    </message>
    <message>
        <source>Say who approves this amount (approval_level: township or county).</source>
        <translation>请注明该金额由谁审批（approval_level：township 乡镇 或 county 县级）。</translation>
    </message>
    <message>
        <source>Record what the objection says.</source>
        <translation>请记录异议的内容。</translation>
    </message>
    <message>
        <source>The public notice runs until %1.</source>
        <translation>公示期至 %1 结束。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The written notice has already been recorded.</source>
        <translation>书面告知已经记录过了。</translation>
    </message>
    <message>
        <source>Only an accepted case that is still running can be extended.</source>
        <translation>只有已受理且仍在办理中的案件可以延期。</translation>
    </message>
    <message>
        <source>The case has already been extended once.</source>
        <translation>该案件已经延期过一次。</translation>
    </message>
    <message>
        <source>Say why the case needs more time.</source>
        <translation>请说明需要延期的原因。</translation>
    </message>
    <message>
        <source>Temporary assistance is not reviewed.</source>
        <translation>临时救助不做定期复核。</translation>
    </message>
    <message>
        <source>An increase needs a higher amount than the current %1 yuan.</source>
        <translation>增发的金额须高于现发放的 %1 元。</translation>
    </message>
    <message>
        <source>A decrease needs a lower amount than the current %1 yuan.</source>
        <translation>减发的金额须低于现发放的 %1 元。</translation>
    </message>
    <message>
        <source>Write down why the amount changes.</source>
        <translation>请写明金额调整的原因。</translation>
    </message>
    <message>
        <source>The review outcome is keep, increase, decrease or stop.</source>
        <translation>复核结果只能是 keep（维持）、increase（增发）、decrease（减发）或 stop（停发）。</translation>
    </message>
    <message>
        <source>Only temporary assistance is paid in stages.</source>
        <translation>只有临时救助分阶段发放。</translation>
    </message>
    <message>
        <source>stage %1 of %2: %3 yuan</source>
        <translation>第 %1 / %2 次：%3 元</translation>
    </message>
    <message>
        <source>Only an application still in progress can be withdrawn.</source>
        <translation>只有仍在办理中的申请可以撤回。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the procedure.</source>
        <translation>“%1”不是办理流程中的步骤。</translation>
    </message>
    <message>
        <source>the interviewee</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>The visit must be signed by every investigator and the interviewee (or on the paper form); missing: %1.</source>
        <translation>入户调查须由每位调查人员和受访人签字（在屏幕上或在纸质表上）；尚缺：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something the information check covers; one of: %2.</source>
        <translation>“%1”不是核对所涵盖的项目；可选：%2。</translation>
    </message>
    <message>
        <source>Give the number of the information check report (核对报告).</source>
        <translation>请填写核对报告编号。</translation>
    </message>
    <message>
        <source>The report number is at most 60 characters.</source>
        <translation>报告编号最多 60 个字符。</translation>
    </message>
    <message>
        <source>Give the date of the check report as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写核对报告日期。</translation>
    </message>
    <message>
        <source>The check report cannot be dated in the future.</source>
        <translation>核对报告日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The check report is dated before the application was accepted (%1).</source>
        <translation>核对报告日期早于受理日期（%1）。</translation>
    </message>
    <message>
        <source>Say what the check covered (at least one item, e.g. tax or real estate).</source>
        <translation>请选择核对的项目（至少一项，例如纳税或不动产）。</translation>
    </message>
    <message>
        <source>Say whether the check matched the declaration (result: %1).</source>
        <translation>请选择核对结果是否与申报一致（结果：%1）。</translation>
    </message>
    <message>
        <source>Write down what the check found that differs from the declaration.</source>
        <translation>请写明核对发现的与申报不符之处。</translation>
    </message>
    <message>
        <source>The differences are at most 2000 characters.</source>
        <translation>不符情况最多 2000 个字符。</translation>
    </message>
    <message>
        <source>report %1 of %2: %3</source>
        <translation>%2 核对报告 %1：%3</translation>
    </message>
    <message>
        <source>report %1 of %2: %3 (%4)</source>
        <translation>%2 核对报告 %1：%3（%4）</translation>
    </message>
    <message>
        <source>Only township and county staff carry over entitlements from a roster.</source>
        <translation>只有乡镇（街道）和县级工作人员可以从花名册转入待遇。</translation>
    </message>
    <message>
        <source>Temporary assistance is paid once and is not carried over.</source>
        <translation>临时救助为一次性发放，不转入。</translation>
    </message>
    <message>
        <source>A carried-over entitlement needs its household, its village, an amount and a month it has been paid since.</source>
        <translation>转入的待遇须有家庭、所在村、金额和起始年月。</translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
    <message>
        <source>The holidays of %1 are not in the calendar yet: deadlines in that year cannot be counted. Import the county&apos;s policy data for %1.</source>
        <translation>%1 年的节假日安排尚未录入，无法计算该年的办理时限。请导入县里 %1 年的政策参数。</translation>
    </message>
</context>
<context>
    <name>doudi::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Profile folder (default: $DOUDI_PROFILE or the user&apos;s data folder).</source>
        <translation>档案库目录（默认：$DOUDI_PROFILE 或用户数据目录）。</translation>
    </message>
    <message>
        <source>User name (default: the only user of the profile).</source>
        <translation>用户名（默认：档案库唯一的用户）。</translation>
    </message>
    <message>
        <source>Unlock with the recovery code ($DOUDI_RECOVERY_CODE or standard input) instead of a password.</source>
        <translation>用恢复码（取自 $DOUDI_RECOVERY_CODE 或标准输入）代替密码解锁。</translation>
    </message>
    <message>
        <source>There is no profile in %1; create one with doudi-cli init.</source>
        <translation>%1 中没有档案库，请先用 doudi-cli init 创建。</translation>
    </message>
    <message>
        <source>This profile has several users: name one with --user.</source>
        <translation>此档案库有多个用户，请用 --user 指定一个。</translation>
    </message>
    <message>
        <source>Recompute and check every audit entry.</source>
        <translation>重新计算并核对每一条审计记录。</translation>
    </message>
    <message>
        <source>The audit log.</source>
        <translation>审计日志。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要写入的备份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>Writes an encrypted backup. It opens with the passwords and recovery code valid now.</source>
        <translation>写出加密备份。备份可用当前有效的密码和恢复码打开。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Replaces the profile with a backup, after checking that the password (or recovery code) opens it and that it is whole.</source>
        <translation>先确认密码（或恢复码）能打开备份且备份完整，再用它替换档案库。</translation>
    </message>
    <message>
        <source>Name the backup file, and --user or --recovery-code.</source>
        <translation>请给出备份文件，并指定 --user 或 --recovery-code。</translation>
    </message>
    <message>
        <source>Re-encrypts the profile under a new database key. The old recovery code stops working: the new one is printed. Other users need new passwords.</source>
        <translation>用新的数据库密钥重新加密档案库。旧恢复码随即失效，将打印新的恢复码；其他用户需要重新设置密码。</translation>
    </message>
    <message>
        <source>Changing the key needs a user&apos;s password, not the recovery code.</source>
        <translation>更换密钥需要用户密码，不能用恢复码。</translation>
    </message>
    <message>
        <source>How many households to add.</source>
        <translation>要添加的户数。</translation>
    </message>
    <message>
        <source>Seed for repeatable data.</source>
        <translation>随机种子（可重复生成同样的数据）。</translation>
    </message>
    <message>
        <source>Households per transaction.</source>
        <translation>每批保存的户数。</translation>
    </message>
    <message>
        <source>Adds realistic demo households (沂源县 villages, valid ID numbers) to the profile. Each batch is saved whole or not at all.</source>
        <translation>向档案库添加逼真的演示家庭（沂源县各村、有效身份证号）。每一批要么全部保存，要么全不保存。</translation>
    </message>
    <message>
        <source>--households must be from 1 to 1000000.</source>
        <translation>--households 必须在 1 到 1000000 之间。</translation>
    </message>
    <message>
        <source>%1 of %2 households saved</source>
        <translation>已保存 %1 / %2 户</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The input is not a JSON object (%1 at byte %2).</source>
        <translation>输入不是 JSON 对象（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>At most this many results.</source>
        <translation>最多显示这么多条结果。</translation>
    </message>
    <message>
        <source>Skip this many (list).</source>
        <translation>跳过前面这么多条（list）。</translation>
    </message>
    <message>
        <source>Profile folder to create.</source>
        <translation>要创建的档案库目录。</translation>
    </message>
    <message>
        <source>The first user&apos;s login name.</source>
        <translation>第一个用户的登录名。</translation>
    </message>
    <message>
        <source>The first user&apos;s full name.</source>
        <translation>第一个用户的姓名。</translation>
    </message>
    <message>
        <source>Area of work: 6- or 12-digit area code.</source>
        <translation>工作区域：6位或12位区划代码。</translation>
    </message>
    <message>
        <source>aes (default) or sm4, where the county uses SM4.</source>
        <translation>aes（默认）或 sm4（县里采用国密 SM4 时）。</translation>
    </message>
    <message>
        <source>Creates an encrypted profile. The password comes from DOUDI_PASSWORD or standard input; the recovery code is printed once: write it down.</source>
        <translation>创建加密档案库。密码取自 DOUDI_PASSWORD 或标准输入；恢复码只显示这一次，请抄写下来妥善保管。</translation>
    </message>
    <message>
        <source>--cipher must be aes or sm4.</source>
        <translation>--cipher 只能是 aes 或 sm4。</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>必须填写 --user（用户名）。</translation>
    </message>
    <message>
        <source>Unlocks the profile and reports on it; nothing is changed.</source>
        <translation>解锁档案库并报告其状态，不做任何修改。</translation>
    </message>
    <message>
        <source>One or more ID numbers (18 or 15 characters).</source>
        <translation>一个或多个身份证号（18位或15位）。</translation>
    </message>
    <message>
        <source>Checks resident ID numbers (GB 11643) without opening a profile.</source>
        <translation>按 GB 11643 校验居民身份证号，无需打开档案库。</translation>
    </message>
    <message>
        <source>Create a profile and print its recovery code.</source>
        <translation>创建档案库并打印恢复码。</translation>
    </message>
    <message>
        <source>Check that a password or recovery code unlocks the profile.</source>
        <translation>检查密码或恢复码能否打开档案库。</translation>
    </message>
    <message>
        <source>add | show | list | search households.</source>
        <translation>家庭档案的 add（添加）| show（查看）| list（列表）| search（查找）。</translation>
    </message>
    <message>
        <source>Check resident ID numbers and show what they say.</source>
        <translation>校验居民身份证号并显示其中的信息。</translation>
    </message>
    <message>
        <source>Fill the profile with realistic demo households.</source>
        <translation>用逼真的演示家庭填充档案库。</translation>
    </message>
    <message>
        <source>verify: check the audit hash chain.</source>
        <translation>verify：核验审计哈希链。</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the profile.</source>
        <translation>写出档案库的加密备份。</translation>
    </message>
    <message>
        <source>Replace the profile with an encrypted backup.</source>
        <translation>用加密备份替换档案库。</translation>
    </message>
    <message>
        <source>Change the database key (prints a new recovery code).</source>
        <translation>更换数据库密钥（会打印新的恢复码）。</translation>
    </message>
    <message>
        <source>Usage: doudi-cli &lt;command&gt; [options]   (doudi-cli &lt;command&gt; --help for details)</source>
        <translation>用法：doudi-cli &lt;命令&gt; [选项]   （详见 doudi-cli &lt;命令&gt; --help）</translation>
    </message>
    <message>
        <source>Output is JSON on standard output; errors are JSON on standard error.</source>
        <translation>结果以 JSON 输出到标准输出；错误以 JSON 输出到标准错误。</translation>
    </message>
    <message>
        <source>Passwords come from DOUDI_PASSWORD or the first line of standard input.</source>
        <translation>密码取自 DOUDI_PASSWORD，或标准输入的第一行。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 invalid input, 4 wrong password or locked, 5 not found, 6 damaged data or storage error.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 输入有误，4 密码错误或已锁定，5 未找到，6 数据损坏或存储错误。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Household JSON file, or - for standard input.</source>
        <translation>家庭 JSON 文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Assess as of this day (default: today).</source>
        <translation>按这一天认定（默认：今天）。</translation>
    </message>
    <message>
        <source>Area code whose policy applies (default: the household&apos;s village).</source>
        <translation>适用其政策的区划代码（默认：该户所在村）。</translation>
    </message>
    <message>
        <source>County policy file (default: the built-in demo county&apos;s sample policy).</source>
        <translation>县级政策文件（默认：内置演示县的样例政策）。</translation>
    </message>
    <message>
        <source>The household receives dibao now, this many fen a month (for the taper period).</source>
        <translation>该户目前正在享受低保，每月金额（分），用于判断渐退期。</translation>
    </message>
    <message>
        <source>Print the explanation as Chinese sentences instead of JSON.</source>
        <translation>以中文语句输出认定说明，而不是 JSON。</translation>
    </message>
    <message>
        <source>Decides which programme a household qualifies for and the monthly amount, with every rule applied and the policy it used.</source>
        <translation>认定家庭符合哪项救助及每月金额，并列出适用的每条规则和所依据的政策。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-03-01.</source>
        <translation>--date 必须是日期，如 2026-03-01。</translation>
    </message>
    <message>
        <source>--currently-dibao must be a whole number of fen.</source>
        <translation>--currently-dibao 必须是以“分”为单位的整数。</translation>
    </message>
    <message>
        <source>Assess a household: programme, amount and the reasons.</source>
        <translation>认定家庭救助：项目、金额及理由。</translation>
    </message>
    <message>
        <source>Assess a household stored in the profile (its id) with the profile&apos;s policy.</source>
        <translation>按档案库中的政策参数，认定档案库中的某一户（给出其编号）。</translation>
    </message>
    <message>
        <source>Use the policy imported into the profile.</source>
        <translation>使用导入到档案库中的政策参数。</translation>
    </message>
    <message>
        <source>Give a household JSON file or --household, not both.</source>
        <translation>请给出家庭 JSON 文件或 --household，二者选一。</translation>
    </message>
    <message>
        <source>show: the area code the values apply to.</source>
        <translation>show：参数适用的区划代码。</translation>
    </message>
    <message>
        <source>show: the day (default: today).</source>
        <translation>show：日期（默认：今天）。</translation>
    </message>
    <message>
        <source>The county policy on this device: import checks the whole file first and refuses it with the line of the first problem.</source>
        <translation>本机的县级政策参数：import 会先检查整个文件，有问题则整份拒绝，并指出第一个问题所在的行。</translation>
    </message>
    <message>
        <source>--area must be a 6- or 12-digit area code.</source>
        <translation>--area 必须是6位或12位区划代码。</translation>
    </message>
    <message>
        <source>import | export | show the county policy on this device.</source>
        <translation>导入 | 导出 | 查看本机的县级政策参数。</translation>
    </message>
    <message>
        <source>new: the household applying.</source>
        <translation>new：申请家庭。</translation>
    </message>
    <message>
        <source>new: dibao, tekun, edge, rigid, temporary_urgent or temporary_expenditure.</source>
        <translation>new：dibao（低保）、tekun（特困）、edge（低保边缘）、rigid（刚性支出困难）、temporary_urgent（急难型临时救助）或 temporary_expenditure（支出型临时救助）。</translation>
    </message>
    <message>
        <source>new: the household is related to a caseworker or village cadre.</source>
        <translation>new：申请家庭与经办人或村干部有近亲属关系。</translation>
    </message>
    <message>
        <source>advance: the step&apos;s details as a JSON object.</source>
        <translation>advance：这一步的详细内容（JSON 对象）。</translation>
    </message>
    <message>
        <source>Applications through the procedure. Each step is checked (your role, the case&apos;s state, the details given); a refused step says why and changes nothing.</source>
        <translation>按流程办理申请。每一步都会检查（您的角色、案件状态、所填内容）；不能办理时说明原因，且不做任何修改。</translation>
    </message>
    <message>
        <source>Unknown programme &quot;%1&quot;.</source>
        <translation>未知的救助项目“%1”。</translation>
    </message>
    <message>
        <source>--data must be a JSON object.</source>
        <translation>--data 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>new | advance | show | tasks: applications through the procedure.</source>
        <translation>new | advance | show | tasks：按流程办理申请。</translation>
    </message>
    <message>
        <source>import &lt;file&gt;, export &lt;file&gt;, show, schema</source>
        <translation>import &lt;文件&gt;、export &lt;文件&gt;、show、schema</translation>
    </message>
    <message>
        <source>Also add this many applications at every stage of the procedure (needs the county policy and a user who may confirm).</source>
        <translation>同时添加这么多件处于各个办理阶段的申请（需要已导入县级政策，且用户有审核确认权限）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The form: application, authorisation, visit, democratic_review, publicity, dibao_confirmation, approval_notice, refusal_notice, tekun_approval, temporary_approval.</source>
        <translation>文书种类：application（申请书）、authorisation（核对授权书）、visit（入户调查表）、democratic_review（民主评议记录）、publicity（公示表）、dibao_confirmation（低保审核确认表）、approval_notice（确认通知书）、refusal_notice（不予救助/停发告知书）、tekun_approval（特困人员认定审批表）、temporary_approval（临时救助审批表）。</translation>
    </message>
    <message>
        <source>The application the form is filled from.</source>
        <translation>文书所依据的申请。</translation>
    </message>
    <message>
        <source>Print a document again under its number (marked 补打).</source>
        <translation>按原编号重新打印文书（注明“补打”）。</translation>
    </message>
    <message>
        <source>Every document of a township&apos;s month (with --township and --month).</source>
        <translation>某乡镇（街道）某月的全部文书（与 --township 和 --month 一起使用）。</translation>
    </message>
    <message>
        <source>--batch: the township&apos;s 12-digit area code.</source>
        <translation>--batch：乡镇（街道）的 12 位区划代码。</translation>
    </message>
    <message>
        <source>--batch: the month, e.g. 2026-03.</source>
        <translation>--batch：月份，如 2026-03。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Prints official documents to a PDF file: each is numbered and recorded, and carries a QR code with its number and check code.</source>
        <translation>将正式文书打印为 PDF 文件：每份文书都有编号并登记，并带有含编号和核验码的二维码。</translation>
    </message>
    <message>
        <source>--month must be a month such as 2026-03.</source>
        <translation>--month 须为月份，如 2026-03。</translation>
    </message>
    <message>
        <source>%1 of %2 documents numbered</source>
        <translation>已编号 %1 / %2 份文书</translation>
    </message>
    <message>
        <source>No documents for that township and month.</source>
        <translation>该乡镇（街道）该月没有文书。</translation>
    </message>
    <message>
        <source>Documents of %1</source>
        <translation>%1 的文书</translation>
    </message>
    <message>
        <source>list: only this application&apos;s documents.</source>
        <translation>list：只列出该申请的文书。</translation>
    </message>
    <message>
        <source>verify &lt;number&gt; &lt;check code&gt;, or list</source>
        <translation>verify &lt;编号&gt; &lt;核验码&gt;，或 list</translation>
    </message>
    <message>
        <source>Printed documents: verify a printout&apos;s number and check code, or list them.</source>
        <translation>已打印的文书：核验纸质文书的编号和核验码，或列出全部。</translation>
    </message>
    <message>
        <source>This printout matches document %1 as printed.</source>
        <translation>该纸质文书与打印时的文书 %1 一致。</translation>
    </message>
    <message>
        <source>The check code does not match document %1: the printout is not genuine or was altered.</source>
        <translation>核验码与文书 %1 不符：该纸质文书不是本系统打印的，或已被改动。</translation>
    </message>
    <message>
        <source>Print official documents to PDF (one, a reprint, or a township&apos;s month).</source>
        <translation>将正式文书打印为 PDF（单份、补打，或某乡镇某月的全部文书）。</translation>
    </message>
    <message>
        <source>verify | list printed documents.</source>
        <translation>verify | list：核验或列出已打印的文书。</translation>
    </message>
    <message>
        <source>the folder does not exist or is not writable</source>
        <translation>文件夹不存在或不可写入</translation>
    </message>
    <message>
        <source>New recovery code (write it down now and keep it in the safe): %1</source>
        <translation>新的恢复码（请立即抄写，存放在保险柜中）：%1</translation>
    </message>
    <message>
        <source>Cost of deriving a key from a password (default %1; lower is weaker: for tests and very old computers).</source>
        <translation>由密码推导密钥的计算量（默认 %1；越低越不安全：仅用于测试和很旧的电脑）。</translation>
    </message>
    <message>
        <source>--kdf-iterations must be a number from %1 to %2.</source>
        <translation>--kdf-iterations 必须是 %1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>Prints who may do what (the permission table) as Markdown; no profile is opened.</source>
        <translation>以 Markdown 打印权限表（谁可以做什么），不打开档案库。</translation>
    </message>
    <message>
        <source>add | list | passwd | disable</source>
        <translation>add | list | passwd | disable</translation>
    </message>
    <message>
        <source>The user to add, give a new password or disable.</source>
        <translation>要添加、重设密码或停用的用户。</translation>
    </message>
    <message>
        <source>add: the person&apos;s name as shown.</source>
        <translation>add：显示的姓名。</translation>
    </message>
    <message>
        <source>add: village, township or township_head.</source>
        <translation>add：village（村协理员）、township（乡镇经办人）或 township_head（乡镇负责人）。</translation>
    </message>
    <message>
        <source>add: the 12-digit code of the user&apos;s area of work (repeatable).</source>
        <translation>add：用户工作区域的 12 位区划代码（可多次给出）。</translation>
    </message>
    <message>
        <source>Manages the users of this device.</source>
        <translation>管理本机的用户。</translation>
    </message>
    <message>
        <source>Use: user add NAME --role ROLE --area CODE | list | passwd NAME | disable NAME.</source>
        <translation>用法：user add 用户名 --role 角色 --area 区划代码 | list | passwd 用户名 | disable 用户名。</translation>
    </message>
    <message>
        <source>add | list | passwd | disable the users of this device.</source>
        <translation>添加 | 列出 | 重设密码 | 停用本机的用户。</translation>
    </message>
    <message>
        <source>Print who may do what (docs/permissions.md).</source>
        <translation>打印权限表（docs/permissions.md）。</translation>
    </message>
    <message>
        <source>The day the step was taken, when it is recorded late (default: today).</source>
        <translation>补录时填写实际办理日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Why a step is recorded after the day it was taken (needed with an earlier --date).</source>
        <translation>补录原因（--date 早于今天时必填）。</translation>
    </message>
    <message>
        <source>Households. add and update read one household as JSON (as show prints it) from a file or standard input (after the password line when DOUDI_PASSWORD is not set).</source>
        <translation>家庭档案。add 和 update 从文件或标准输入读取一户家庭的 JSON（格式与 show 的输出相同；未设置 DOUDI_PASSWORD 时，JSON 放在密码那一行之后）。</translation>
    </message>
    <message>
        <source>Profile folder (created when it holds no profile).</source>
        <translation>档案库目录（其中还没有档案库时会新建）。</translation>
    </message>
    <message>
        <source>The county server, e.g. https://10.1.2.3:8443.</source>
        <translation>县级服务器地址，如 https://10.1.2.3:8443。</translation>
    </message>
    <message>
        <source>The enrolment code from the county.</source>
        <translation>县里给的接入码。</translation>
    </message>
    <message>
        <source>Your user name at the county.</source>
        <translation>县里为您设立的用户名。</translation>
    </message>
    <message>
        <source>A name for this laptop (default: its host name).</source>
        <translation>这台电脑的名称（默认：电脑的主机名）。</translation>
    </message>
    <message>
        <source>Joins this laptop to the county server: enrols it with the county&apos;s one-time code and signs the user in (password from DOUDI_PASSWORD or standard input). A folder with no profile gets one, with the same password.</source>
        <translation>将这台电脑接入县级服务器：用县里给的一次性接入码完成接入，并登录用户（密码取自 DOUDI_PASSWORD 或标准输入）。如果目录中还没有档案库，会用同一密码新建一个。</translation>
    </message>
    <message>
        <source>The county server&apos;s new address (its certificate must stay the same).</source>
        <translation>县级服务器的新地址（其证书必须保持不变）。</translation>
    </message>
    <message>
        <source>Syncs with the county server: pushes this laptop&apos;s changes, then pulls the county&apos;s.</source>
        <translation>与县级服务器同步：先上传这台电脑上的修改，再下载县里的修改。</translation>
    </message>
    <message>
        <source>list: the decided ones too.</source>
        <translation>list：已处理的冲突也一并列出。</translation>
    </message>
    <message>
        <source>Conflicts: the same field changed on two devices; the county&apos;s value stays until someone decides.</source>
        <translation>冲突：同一项内容在两台电脑上都被修改了；在有人作出处理之前，以县里的值为准。</translation>
    </message>
    <message>
        <source>Join this laptop to the county server (one-time code).</source>
        <translation>将这台电脑接入县级服务器（使用一次性接入码）。</translation>
    </message>
    <message>
        <source>Sync with the county server now, or show its status.</source>
        <translation>立即与县级服务器同步，或查看同步状态。</translation>
    </message>
    <message>
        <source>list | resolve conflicts reported by the county server.</source>
        <translation>list | resolve：列出或处理县级服务器报告的冲突。</translation>
    </message>
    <message>
        <source>After the county was restored from an older backup: sync on with the county&apos;s state, which drops what only this laptop has (make a backup of it first).</source>
        <translation>县级服务器用较早的备份恢复后：以县里现有的数据为准继续同步，只在本机上的内容将被丢弃（请先备份本机）。</translation>
    </message>
    <message>
        <source>visit: a photo (JPEG) taken at the visit; may be given several times.</source>
        <translation>visit：入户时拍摄的照片（JPEG），可多次给出。</translation>
    </message>
    <message>
        <source>visit: who signed and the drawing (PNG), as NAME=FILE; the interviewee signs as &quot;interviewee&quot;.</source>
        <translation>visit：签名人及签名图（PNG），格式为 姓名=文件；被调查人写作“interviewee”。</translation>
    </message>
    <message>
        <source>attachments: write each into this folder, fetched from the county when only its record is on this laptop.</source>
        <translation>attachments：将各附件写入此文件夹；本机只有附件记录时，从县里下载。</translation>
    </message>
    <message>
        <source>new, advance &lt;case&gt; &lt;step&gt;, visit &lt;case&gt;, attachments &lt;case&gt;, show &lt;case&gt;, tasks</source>
        <translation>new、advance &lt;申请&gt; &lt;步骤&gt;、visit &lt;申请&gt;、attachments &lt;申请&gt;、show &lt;申请&gt;、tasks</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--signature must be NAME=FILE.</source>
        <translation>--signature 的格式须为 姓名=文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>export --out FILE, or import FILE</source>
        <translation>export --out 文件，或 import 文件</translation>
    </message>
    <message>
        <source>export: the bundle file to write (on the USB stick).</source>
        <translation>export：要写入的同步包文件（存到U盘上）。</translation>
    </message>
    <message>
        <source>Use: bundle export --out FILE, or bundle import FILE.</source>
        <translation>用法：bundle export --out 文件，或 bundle import 文件。</translation>
    </message>
    <message>
        <source>USB bundles for a village without network: export, import the answer.</source>
        <translation>无网络村庄的U盘同步包：导出，读入回执。</translation>
    </message>
    <message>
        <source>USB bundles for a village without any network. export writes this laptop&apos;s changes (sealed to the county, signed by this laptop) for the township to import at the county (doudi-server bundle import); import reads the county&apos;s answer back. The laptop must have synced over the network once. Exit 3: not an answer for this laptop; 6: changed or forged.</source>
        <translation>用于完全没有网络的村的U盘同步包。export 把这台电脑的修改写成文件（只有县里能解开，并由这台电脑签名），由乡镇在县服务器导入（doudi-server bundle import）；import 读回县里的回执。这台电脑须先联网同步过一次。退出码 3：不是给这台电脑的回执；6：被改动或伪造。</translation>
    </message>
    <message>
        <source>The profile joined before: enrol it anew with a new code (the county withdrew the device, or its key in the system keychain was lost). Its work and outbox stay.</source>
        <translation>本档案库以前加入过：用新的接入码重新接入（县里撤销了这台设备，或系统钥匙串里的密钥丢失）。已有的工作和待上传的修改都保留。</translation>
    </message>
    <message>
        <source>(nothing) to sync now, status, or signin (the user signs in to the county again: the county password from DOUDI_COUNTY_PASSWORD or standard input)</source>
        <translation>（不填）立即同步；status 查看状态；signin 重新登录县服务器（县里的密码取自 DOUDI_COUNTY_PASSWORD 或标准输入）</translation>
    </message>
    <message>
        <source>list, or resolve &lt;id&gt; --keep theirs|mine</source>
        <translation>list，或 resolve &lt;编号&gt; --keep theirs|mine</translation>
    </message>
    <message>
        <source>resolve: theirs keeps the county&apos;s value; mine puts this laptop&apos;s value back (a changed field of a household&apos;s records: an edit that syncs).</source>
        <translation>resolve：theirs 保留县里的值；mine 恢复本机的值（限家庭档案中某一项的修改：作为一次普通修改同步上去）。</translation>
    </message>
    <message>
        <source>Say --keep theirs or --keep mine.</source>
        <translation>请写明 --keep theirs 或 --keep mine。</translation>
    </message>
    <message>
        <source>Why the household is changed (update: required when anything changes).</source>
        <translation>修改原因（update：有改动时必填）。</translation>
    </message>
    <message>
        <source>The ID number of a member who moved here from another household on record: they are taken out of it (add, update; repeat for several).</source>
        <translation>从系统中另一户迁入的成员的身份证号：将其从原户移出（add、update；多人可重复此选项）。</translation>
    </message>
    <message>
        <source>add [file.json|-], show &lt;id&gt;, update &lt;id&gt; [file.json|-], changes &lt;id&gt;, remove &lt;id&gt;, list, search &lt;text&gt;</source>
        <translation>add [file.json|-]、show &lt;id&gt;、update &lt;id&gt; [file.json|-]、changes &lt;id&gt;、remove &lt;id&gt;、list、search &lt;文字&gt;</translation>
    </message>
    <message>
        <source>village (--area: a village), township or township_head (a township), county (the county); default township. Administrator accounts come from the county (enrol).</source>
        <translation>village（--area：一个村）、township 或 township_head（一个乡镇）、county（本县）；默认 township。管理员账号由县级设立（enrol）。</translation>
    </message>
    <message>
        <source>A demonstration or test profile: any role over any area, or none (the whole county&apos;s demo data).</source>
        <translation>演示或测试用档案：任意角色、任意区域，或不限（全县演示数据）。</translation>
    </message>
    <message>
        <source>Make the backup with doudi-cli backup; to go on with the county&apos;s state, run doudi-cli sync --accept-county-state.</source>
        <translation>用 doudi-cli backup 备份；若要以县服务器的状态继续，运行 doudi-cli sync --accept-county-state。</translation>
    </message>
    <message>
        <source>, diff &lt;old file&gt; &lt;new file&gt;</source>
        <translation>、diff &lt;旧文件&gt; &lt;新文件&gt;</translation>
    </message>
    <message>
        <source>diff compares two policy files (no profile needed): each value added, removed or changed, by key and area, with its dates and source.</source>
        <translation>diff 比较两个政策文件（无需档案库）：按参数和区划列出新增、删除和变动的每个值，及其起止日期和依据。</translation>
    </message>
    <message>
        <source>The day the new standards take effect (amounts change from the first day of its month).</source>
        <translation>新标准的执行日期（金额自该月 1 日起调整）。</translation>
    </message>
    <message>
        <source>Only this township (12-digit code); default: all your areas.</source>
        <translation>只测算这个乡镇（12 位代码）；默认：您的全部区域。</translation>
    </message>
    <message>
        <source>Apply the list as one batch (township head or county, as the county&apos;s confirm.level says).</source>
        <translation>将名单作为一批确认执行（按县里 confirm.level 的规定，由乡镇负责人或县里确认）。</translation>
    </message>
    <message>
        <source>Also print the township&apos;s list of changes to this PDF file (needs --township).</source>
        <translation>同时将乡镇的调标变动清单打印到此 PDF 文件（需要 --township）。</translation>
    </message>
    <message>
        <source>调标: every case being paid in your areas worked out again under the standards in force on --from. Prints the changes as JSON; with --apply, re-rates the households that did not change and brings the others forward for review, all or nothing.</source>
        <translation>调标：按 --from 当天执行的标准，重新测算您区域内每件在保申请。以 JSON 输出变动；加 --apply 时，情况未变的家庭按新标准调整金额，其余家庭提前复核，全部成功或全部不做。</translation>
    </message>
    <message>
        <source>--out prints a township&apos;s list: give --township too.</source>
        <translation>--out 打印的是一个乡镇的清单：请同时给出 --township。</translation>
    </message>
    <message>
        <source>Standards change (调标): work out every paid case again from a date; --apply to commit.</source>
        <translation>调标：自某日起重新测算每件在保申请；加 --apply 执行。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>The column mapping as JSON: {&quot;header_row&quot;: 1, &quot;columns&quot;: {&quot;id_number&quot;: &quot;F&quot;, …}} (default: the one remembered for the file&apos;s layout, else the usual headers).</source>
        <translation>列对应关系（JSON）：{&quot;header_row&quot;: 1, &quot;columns&quot;: {&quot;id_number&quot;: &quot;F&quot;, …}}（默认：使用为此表格格式记住的对应关系，否则按常用表头识别）。</translation>
    </message>
    <message>
        <source>Only check the file and print the report; save nothing.</source>
        <translation>只检查文件并输出报告，不保存任何内容。</translation>
    </message>
    <message>
        <source>Also write the problems to this spreadsheet (.xlsx or .csv).</source>
        <translation>同时把问题写入此表格文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>The roster: .xlsx, .xls or .csv (UTF-8 or GB18030).</source>
        <translation>花名册文件：.xlsx、.xls 或 .csv（UTF-8 或 GB18030 编码）。</translation>
    </message>
    <message>
        <source>A township&apos;s existing roster (低保, 特困) carried over: each household with its members, and its entitlement as a case being paid since the month the file gives. Every row is checked first; with any problem nothing is saved, and the report (JSON) lists each with its row and column.</source>
        <translation>转入乡镇（街道）现有的花名册（低保、特困）：每户及其成员，以及其待遇（作为自文件所列起始年月起正在发放的案件）。先逐行检查；只要有问题就不保存任何内容，报告（JSON）列出每个问题所在的行和列。</translation>
    </message>
    <message>
        <source>Carry a township&apos;s existing roster (.xlsx, .xls, .csv) over, checked row by row first.</source>
        <translation>转入乡镇（街道）现有的花名册（.xlsx、.xls、.csv），先逐行检查。</translation>
    </message>
    <message>
        <source>Unknown case state “%1”.</source>
        <translation>未知的案件状态“%1”。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (readable by you only).</source>
        <translation>要写入的文件：.xlsx 或 .csv（仅您本人可读）。</translation>
    </message>
    <message>
        <source>households: the area to list (default: yours).</source>
        <translation>households：要列出的地区（默认：您的工作区域）。</translation>
    </message>
    <message>
        <source>cases: the states to list, comma separated (default: all).</source>
        <translation>cases：要列出的状态，用逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>payments: the township (12-digit code).</source>
        <translation>payments：乡镇（街道）（12 位代码）。</translation>
    </message>
    <message>
        <source>payments: the month paid for.</source>
        <translation>payments：发放月份。</translation>
    </message>
    <message>
        <source>households, cases or payments (代发清单)</source>
        <translation>households、cases 或 payments（代发清单）</translation>
    </message>
    <message>
        <source>Lists out as spreadsheets: the households of an area, a work list of cases, or a township&apos;s payment list of a month for the bank, with totals.</source>
        <translation>导出表格：某地区的家庭名单、案件工作清单，或乡镇某月交银行的代发清单（含合计）。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件清单</translation>
    </message>
    <message>
        <source>The month of the report.</source>
        <translation>报表月份。</translation>
    </message>
    <message>
        <source>The area: the county, a township or a village (default: yours).</source>
        <translation>地区：县、乡镇或村（默认：您的工作区域）。</translation>
    </message>
    <message>
        <source>Also write the report to this spreadsheet (.xlsx or .csv).</source>
        <translation>同时把报表写入此表格文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Also print the report, numbered and recorded, to this PDF file.</source>
        <translation>同时把报表打印（编号并登记）到此 PDF 文件。</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>月报: households and persons by programme and category, amounts paid, new, stopped and changed in the month, temporary assistance by type and extreme poverty by care level, for the area and each township and village in it (JSON).</source>
        <translation>月报：按救助类别和对象类别统计的户数、人数，发放金额，当月新增、停发和调整，临时救助（按类型）和特困人员（按生活自理能力），分本地区及所辖各乡镇、村（JSON）。</translation>
    </message>
    <message>
        <source>households | cases | payments: lists out as .xlsx or .csv (代发清单 with totals).</source>
        <translation>households | cases | payments：导出为 .xlsx 或 .csv（代发清单含合计）。</translation>
    </message>
    <message>
        <source>monthly: the 月报 of a month for an area (JSON, or a spreadsheet).</source>
        <translation>monthly：某地区某月的月报（JSON，或表格文件）。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>Password at the county server: </source>
        <translation>县服务器登录密码：</translation>
    </message>
</context>
<context>
    <name>doudi::core::Assessment</name>
    <message>
        <source>Support for people in extreme poverty</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation>最低生活保障（低保）</translation>
    </message>
    <message>
        <source>Single-person dibao</source>
        <translation>单人保</translation>
    </message>
    <message>
        <source>Dibao taper period</source>
        <translation>低保渐退期</translation>
    </message>
    <message>
        <source>Near-dibao household</source>
        <translation>低保边缘家庭</translation>
    </message>
    <message>
        <source>Household in hardship from rigid expenditure</source>
        <translation>刚性支出困难家庭</translation>
    </message>
    <message>
        <source>No assistance programme applies</source>
        <translation>不符合救助条件</translation>
    </message>
</context>
<context>
    <name>doudi::core::Authorization</name>
    <message>
        <source>see households</source>
        <translation>查看家庭档案</translation>
    </message>
    <message>
        <source>add or change households</source>
        <translation>添加或修改家庭档案</translation>
    </message>
    <message>
        <source>delete households</source>
        <translation>删除家庭档案</translation>
    </message>
    <message>
        <source>work on applications</source>
        <translation>办理申请</translation>
    </message>
    <message>
        <source>print forms</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>reprint forms</source>
        <translation>补打文书</translation>
    </message>
    <message>
        <source>export lists</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <source>import the county&apos;s policy</source>
        <translation>导入县级政策</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>check the audit log</source>
        <translation>核验审计日志</translation>
    </message>
    <message>
        <source>confirm a change of standards (as confirm.level says)</source>
        <translation>确认调标（按 confirm.level 的规定）</translation>
    </message>
    <message>
        <source>import existing rosters</source>
        <translation>导入现有花名册</translation>
    </message>
</context>
<context>
    <name>doudi::core::Case</name>
    <message>
        <source>Submitted</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Waiting for missing papers</source>
        <translation>待补正材料</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Paid first, paperwork to follow</source>
        <translation>已先行救助，待补手续</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>调查完毕</translation>
    </message>
    <message>
        <source>On public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>待审核确认</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予救助</translation>
    </message>
    <message>
        <source>Payment stopped</source>
        <translation>已停发</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保</translation>
    </message>
    <message>
        <source>Extreme poverty support</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <source>Near-dibao household</source>
        <translation>低保边缘家庭</translation>
    </message>
    <message>
        <source>Rigid expenditure hardship</source>
        <translation>刚性支出困难家庭</translation>
    </message>
    <message>
        <source>Temporary assistance (urgent)</source>
        <translation>临时救助（急难型）</translation>
    </message>
    <message>
        <source>Temporary assistance (expenditure)</source>
        <translation>临时救助（支出型）</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseCheck</name>
    <message>
        <source>household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>纳税</translation>
    </message>
    <message>
        <source>social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <source>real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>bank deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>securities</source>
        <translation>证券</translation>
    </message>
    <message>
        <source>housing provident fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <source>business registration</source>
        <translation>市场主体</translation>
    </message>
    <message>
        <source>consistent with the declaration</source>
        <translation>与申报情况一致</translation>
    </message>
    <message>
        <source>differs from the declaration</source>
        <translation>与申报情况不符</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseRepository</name>
    <message>
        <source>The record of case %1 is damaged and cannot be read. Restore the profile from a backup, or sync it again from the county server.</source>
        <translation>案件 %1 的记录已损坏，无法读取。请用备份恢复档案库，或从县服务器重新同步。</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseTask</name>
    <message>
        <source>Start the investigation</source>
        <translation>开始家庭经济状况调查</translation>
    </message>
    <message>
        <source>Finish the extreme poverty investigation</source>
        <translation>完成特困人员调查</translation>
    </message>
    <message>
        <source>Finish the whole case</source>
        <translation>全部办结</translation>
    </message>
    <message>
        <source>Public notice ends</source>
        <translation>公示期结束</translation>
    </message>
    <message>
        <source>County opinion due</source>
        <translation>县级提出审核意见</translation>
    </message>
    <message>
        <source>Send the written refusal</source>
        <translation>书面告知不予救助</translation>
    </message>
    <message>
        <source>Pay the urgent aid</source>
        <translation>发放急难救助</translation>
    </message>
    <message>
        <source>Periodic review due</source>
        <translation>定期复核到期</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseVisit</name>
    <message>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>in poor repair</source>
        <translation>年久失修</translation>
    </message>
    <message>
        <source>unsafe (危房)</source>
        <translation>危房</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>有保障</translation>
    </message>
    <message>
        <source>short</source>
        <translation>有困难</translation>
    </message>
</context>
<context>
    <name>doudi::core::Enum</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Child-in-law</source>
        <translation>儿媳/女婿</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女/外孙子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>重特大疾病</translation>
    </message>
    <message>
        <source>No disability</source>
        <translation>无残疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>未在学</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>学前教育</translation>
    </message>
    <message>
        <source>Primary or junior secondary school</source>
        <translation>小学或初中</translation>
    </message>
    <message>
        <source>Senior secondary or vocational school</source>
        <translation>高中或中职</translation>
    </message>
    <message>
        <source>College or university</source>
        <translation>大专或本科</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>务工/就业</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>务农</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>个体经营</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>无业/失业</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>无劳动能力</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校学生</translation>
    </message>
    <message>
        <source>Pre-school child</source>
        <translation>学龄前儿童</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>计入家庭成员</translation>
    </message>
    <message>
        <source>Religious staff away three years or more</source>
        <translation>宗教教职人员（离家3年以上）</translation>
    </message>
    <message>
        <source>Serving a prison sentence</source>
        <translation>服刑人员</translation>
    </message>
    <message>
        <source>In compulsory drug rehabilitation</source>
        <translation>强制隔离戒毒中</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工资性收入</translation>
    </message>
    <message>
        <source>Net business income</source>
        <translation>经营净收入</translation>
    </message>
    <message>
        <source>Net property income</source>
        <translation>财产净收入</translation>
    </message>
    <message>
        <source>Net transfer income</source>
        <translation>转移净收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>养老金</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Preferential care and pension for martyrs&apos; families</source>
        <translation>优待抚恤金</translation>
    </message>
    <message>
        <source>Family planning reward</source>
        <translation>计划生育奖励扶助金</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>奖学金</translation>
    </message>
    <message>
        <source>Award for acts of bravery</source>
        <translation>见义勇为奖励</translation>
    </message>
    <message>
        <source>Social assistance payment</source>
        <translation>社会救助金</translation>
    </message>
    <message>
        <source>Basic pension for urban and rural residents</source>
        <translation>城乡居民基础养老金</translation>
    </message>
    <message>
        <source>Savings deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房产</translation>
    </message>
    <message>
        <source>Motor vehicle</source>
        <translation>机动车辆</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>有价证券</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>商业保险</translation>
    </message>
    <message>
        <source>Registered business</source>
        <translation>市场主体（工商登记）</translation>
    </message>
    <message>
        <source>Other asset</source>
        <translation>其他财产</translation>
    </message>
    <message>
        <source>Medical costs</source>
        <translation>医疗费用</translation>
    </message>
    <message>
        <source>Education costs</source>
        <translation>教育费用</translation>
    </message>
    <message>
        <source>Disability rehabilitation costs</source>
        <translation>残疾康复费用</translation>
    </message>
    <message>
        <source>Other necessary costs</source>
        <translation>其他必需支出</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有赡养（扶养）能力</translation>
    </message>
    <message>
        <source>Is a person in extreme poverty</source>
        <translation>本人为特困人员</translation>
    </message>
    <message>
        <source>Receives dibao and is 60 or older</source>
        <translation>享受低保且年满60周岁</translation>
    </message>
    <message>
        <source>70 or older with low income</source>
        <translation>年满70周岁且收入低</translation>
    </message>
    <message>
        <source>Severely disabled with low income</source>
        <translation>重度残疾且收入低</translation>
    </message>
    <message>
        <source>Without civil capacity</source>
        <translation>无民事行为能力</translation>
    </message>
    <message>
        <source>In prison</source>
        <translation>服刑中</translation>
    </message>
</context>
<context>
    <name>doudi::core::Forms</name>
    <message>
        <source>Application for social assistance</source>
        <translation>社会救助申请书</translation>
    </message>
    <message>
        <source>Authorisation to check the family&apos;s economic situation</source>
        <translation>家庭经济状况核对授权书</translation>
    </message>
    <message>
        <source>Home visit record</source>
        <translation>入户调查表</translation>
    </message>
    <message>
        <source>Record of the democratic review</source>
        <translation>民主评议记录</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示表</translation>
    </message>
    <message>
        <source>Dibao review and confirmation form</source>
        <translation>低保审核确认表</translation>
    </message>
    <message>
        <source>Notice of confirmation</source>
        <translation>确认通知书</translation>
    </message>
    <message>
        <source>Notice of refusal or stopped payment</source>
        <translation>不予救助/停发告知书</translation>
    </message>
    <message>
        <source>Extreme poverty determination form</source>
        <translation>特困人员认定审批表</translation>
    </message>
    <message>
        <source>Temporary assistance approval form</source>
        <translation>临时救助审批表</translation>
    </message>
    <message>
        <source>Recovery code sheet</source>
        <translation>恢复码单</translation>
    </message>
    <message>
        <source>List of changes of standards</source>
        <translation>调标变动清单</translation>
    </message>
    <message>
        <source>Monthly social assistance report</source>
        <translation>社会救助工作月报表</translation>
    </message>
</context>
<context>
    <name>doudi::core::Parameter</name>
    <message>
        <source>Urban dibao standard (per person per month)</source>
        <translation>城市低保标准（元/人/月）</translation>
    </message>
    <message>
        <source>Rural dibao standard (per person per month)</source>
        <translation>农村低保标准（元/人/月）</translation>
    </message>
    <message>
        <source>How dibao is paid: gap (补差) or tiers (分档)</source>
        <translation>低保金发放方式：补差（gap）或分档（tiers）</translation>
    </message>
    <message>
        <source>Dibao tiers by per-capita income</source>
        <translation>按人均收入分档的低保金</translation>
    </message>
    <message>
        <source>Classified top-ups (分类施保)</source>
        <translation>分类施保加发</translation>
    </message>
    <message>
        <source>Share of the standard for single-person dibao (单人保)</source>
        <translation>单人保按低保标准的比例</translation>
    </message>
    <message>
        <source>Near-dibao line as a multiple of the standard</source>
        <translation>低保边缘家庭认定线（低保标准的倍数）</translation>
    </message>
    <message>
        <source>Rigid expenditure to income ratio that marks hardship</source>
        <translation>刚性支出困难认定的支出与收入之比</translation>
    </message>
    <message>
        <source>Last year&apos;s per-capita disposable income (per year)</source>
        <translation>上年度居民人均可支配收入（元/年）</translation>
    </message>
    <message>
        <source>Basic living standard for extreme poverty as a multiple of the dibao standard</source>
        <translation>特困人员基本生活标准（低保标准的倍数）</translation>
    </message>
    <message>
        <source>Care standard, fully self-caring (per month)</source>
        <translation>照料护理标准：生活自理（元/月）</translation>
    </message>
    <message>
        <source>Care standard, partly unable to care for oneself (per month)</source>
        <translation>照料护理标准：部分丧失生活自理能力（元/月）</translation>
    </message>
    <message>
        <source>Care standard, fully unable to care for oneself (per month)</source>
        <translation>照料护理标准：完全丧失生活自理能力（元/月）</translation>
    </message>
    <message>
        <source>Months of continued payment after income rises (渐退期)</source>
        <translation>渐退期月数</translation>
    </message>
    <message>
        <source>Months of continued payment for households with a severely disabled member</source>
        <translation>有重度残疾成员家庭的渐退期月数</translation>
    </message>
    <message>
        <source>Share of the payment kept during the taper period</source>
        <translation>渐退期内保留的低保金比例</translation>
    </message>
    <message>
        <source>Income types not counted</source>
        <translation>不计入家庭收入的项目</translation>
    </message>
    <message>
        <source>Employment cost deducted per working member (per month)</source>
        <translation>就业成本扣减（每名就业成员每月）</translation>
    </message>
    <message>
        <source>Financial assets per person at most this many months of the standard</source>
        <translation>人均金融资产上限（低保标准的月数）</translation>
    </message>
    <message>
        <source>Most dwellings a household may own</source>
        <translation>家庭最多可拥有的住房套数</translation>
    </message>
    <message>
        <source>Most motor vehicles a household may own</source>
        <translation>家庭最多可拥有的机动车数量</translation>
    </message>
    <message>
        <source>Financial assets of a person in extreme poverty at most this many months of the standard</source>
        <translation>特困人员金融资产上限（低保标准的月数）</translation>
    </message>
    <message>
        <source>Temporary assistance the township may approve, as months of the standard</source>
        <translation>乡镇可审批的临时救助额度（低保标准的月数）</translation>
    </message>
    <message>
        <source>Cap on temporary assistance per event, as months of the standard</source>
        <translation>每次临时救助上限（低保标准的月数）</translation>
    </message>
    <message>
        <source>Cap on temporary assistance per year, as months of the standard</source>
        <translation>每年临时救助上限（低保标准的月数）</translation>
    </message>
    <message>
        <source>Small quick aid without means check, as months of the standard</source>
        <translation>小额快救额度（低保标准的月数，不做经济状况核对）</translation>
    </message>
    <message>
        <source>Investigation starts within (working days of acceptance)</source>
        <translation>受理后开始调查的时限（工作日）</translation>
    </message>
    <message>
        <source>Whole case within (working days of acceptance)</source>
        <translation>自受理起全部办结的时限（工作日）</translation>
    </message>
    <message>
        <source>Whole case within, when extended (working days)</source>
        <translation>延长后的办结时限（工作日）</translation>
    </message>
    <message>
        <source>County opinion within (working days of receiving the file)</source>
        <translation>县级收到材料后提出意见的时限（工作日）</translation>
    </message>
    <message>
        <source>Refusal notified within (working days)</source>
        <translation>书面告知不予救助的时限（工作日）</translation>
    </message>
    <message>
        <source>Extreme poverty investigation within (working days)</source>
        <translation>特困人员调查时限（工作日）</translation>
    </message>
    <message>
        <source>Small quick aid paid within (days)</source>
        <translation>小额快救发放时限（天）</translation>
    </message>
    <message>
        <source>Public notice period (days)</source>
        <translation>公示期（天）</translation>
    </message>
    <message>
        <source>Review cycle for stable households (months)</source>
        <translation>稳定家庭的复核周期（月）</translation>
    </message>
    <message>
        <source>Review cycle for households with unstable income or able-bodied members (months)</source>
        <translation>收入不固定或有劳动能力成员家庭的复核周期（月）</translation>
    </message>
    <message>
        <source>Review cycle for people in extreme poverty (months)</source>
        <translation>特困人员复核周期（月）</translation>
    </message>
    <message>
        <source>Rigid-expenditure hardship status valid for (months)</source>
        <translation>刚性支出困难家庭认定有效期（月）</translation>
    </message>
    <message>
        <source>Rounding of amounts paid: to the fen, or whole yuan up</source>
        <translation>发放金额的取整方式：四舍五入到分，或向上取整到元</translation>
    </message>
    <message>
        <source>Who confirms dibao and extreme poverty: township (delegated) or county</source>
        <translation>低保、特困的审核确认机关：乡镇（委托下放）或县级</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>重度残疾</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>serious illness</source>
        <translation>重病</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>A step may be recorded up to this many days after it was taken, with a reason (0: only on the day)</source>
        <translation>办理环节可在办理后多少天内补录（须写明原因；0 表示只能当天录入）</translation>
    </message>
    <message>
        <source>Supervision phone printed on public notices (监督电话)</source>
        <translation>公示表上印的监督电话</translation>
    </message>
    <message>
        <source>Font file for the body text of printed forms (in the profile&apos;s fonts folder)</source>
        <translation>打印表格正文所用的字体文件（放在档案的 fonts 文件夹中）</translation>
    </message>
    <message>
        <source>Font file for the titles of printed forms (in the profile&apos;s fonts folder)</source>
        <translation>打印表格标题所用的字体文件（放在档案的 fonts 文件夹中）</translation>
    </message>
    <message>
        <source>Least dibao paid to a household each month (absent: no minimum)</source>
        <translation>低保金每户每月最低发放额（不设则无最低额）</translation>
    </message>
    <message>
        <source>Most dwellings a household with a person in extreme poverty may own (absent: the dibao limit)</source>
        <translation>特困人员家庭最多可有住房套数（不设则按低保限额）</translation>
    </message>
    <message>
        <source>Most motor vehicles a household with a person in extreme poverty may own (absent: the dibao limit)</source>
        <translation>特困人员家庭最多可有机动车数（不设则按低保限额）</translation>
    </message>
</context>
<context>
    <name>doudi::core::SecretStore</name>
    <message>
        <source>Nothing is stored for this device yet.</source>
        <translation>本机尚未保存此项内容。</translation>
    </message>
</context>
<context>
    <name>doudi::core::UserService</name>
    <message>
        <source>Village social assistance helper</source>
        <translation>村级社会救助协理员</translation>
    </message>
    <message>
        <source>Township caseworker</source>
        <translation>乡镇（街道）经办人</translation>
    </message>
    <message>
        <source>Township head</source>
        <translation>乡镇（街道）负责人</translation>
    </message>
    <message>
        <source>County civil affairs</source>
        <translation>县级民政部门</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>doudi::core::Workflow</name>
    <message>
        <source>income over the standard</source>
        <translation>收入超过标准</translation>
    </message>
    <message>
        <source>assets over the limits</source>
        <translation>财产超过规定</translation>
    </message>
    <message>
        <source>refused the investigation or the information check</source>
        <translation>拒绝配合调查或经济状况核对</translation>
    </message>
    <message>
        <source>false declaration</source>
        <translation>虚报、隐瞒情况</translation>
    </message>
    <message>
        <source>refused suitable work repeatedly</source>
        <translation>多次拒绝适当工作</translation>
    </message>
    <message>
        <source>an obliged relative is able to support</source>
        <translation>法定义务人有履行能力</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>regained the ability to work</source>
        <translation>恢复劳动能力</translation>
    </message>
    <message>
        <source>serving a prison sentence</source>
        <translation>服刑</translation>
    </message>
    <message>
        <source>asked to leave the programme</source>
        <translation>本人申请退出</translation>
    </message>
    <message>
        <source>application registered</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>missing papers listed</source>
        <translation>一次性告知补正材料</translation>
    </message>
    <message>
        <source>urgent aid paid first</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <source>investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>information check recorded</source>
        <translation>记录经济状况核对</translation>
    </message>
    <message>
        <source>home visit recorded</source>
        <translation>记录入户调查</translation>
    </message>
    <message>
        <source>democratic review recorded</source>
        <translation>记录民主评议</translation>
    </message>
    <message>
        <source>investigation finished</source>
        <translation>调查完毕</translation>
    </message>
    <message>
        <source>township opinion</source>
        <translation>乡镇初审</translation>
    </message>
    <message>
        <source>objection during the notice</source>
        <translation>公示期异议</translation>
    </message>
    <message>
        <source>public notice closed</source>
        <translation>公示结束</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>审核确认</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予救助</translation>
    </message>
    <message>
        <source>written notice sent</source>
        <translation>已书面告知</translation>
    </message>
    <message>
        <source>time limit extended</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>stage paid</source>
        <translation>分阶段发放</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>re-rated for the new standards</source>
        <translation>按新标准调标</translation>
    </message>
    <message>
        <source>review brought forward by the change of standards</source>
        <translation>因调标提前复核</translation>
    </message>
    <message>
        <source>carried over from the township&apos;s roster</source>
        <translation>从乡镇花名册转入</translation>
    </message>
</context>
<context>
    <name>doudi::core::compression</name>
    <message>
        <source>A compressed sync message could not be read.</source>
        <translation>无法读取一条压缩的同步消息。</translation>
    </message>
    <message>
        <source>A sync message is too large.</source>
        <translation>同步消息过大。</translation>
    </message>
</context>
<context>
    <name>doudi::core::protocol</name>
    <message>
        <source>A sync message could not be read (%1).</source>
        <translation>无法读取同步消息（%1）。</translation>
    </message>
    <message>
        <source>A sync message is too large.</source>
        <translation>同步消息过大。</translation>
    </message>
</context>
<context>
    <name>doudi::server</name>
    <message>
        <source>The backup cannot be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_dump wrote nothing.</source>
        <translation>PostgreSQL 的 pg_dump 没有写出任何内容。</translation>
    </message>
    <message>
        <source>Where to write the backup (replaced if it exists).</source>
        <translation>备份写入的位置（如已存在则替换）。</translation>
    </message>
    <message>
        <source>Backs up the server&apos;s database with pg_dump in its custom format (for pg_restore), whether or not serve is running. The file is readable by its owner only and appears only once it is complete. The data folder&apos;s server.json and tls/ are not in it: copy them too.</source>
        <translation>用 pg_dump 以其自定义格式（供 pg_restore 恢复）备份服务器的数据库，serve 是否在运行都可以。备份文件只有其所有者能读取，并且完整写完后才会出现。数据目录中的 server.json 和 tls/ 不在备份内：请一并复制。</translation>
    </message>
    <message>
        <source>Name the backup file with --file.</source>
        <translation>请用 --file 指定备份文件。</translation>
    </message>
    <message>
        <source>%1 is a folder: give --file a file name.</source>
        <translation>%1 是文件夹：请给 --file 指定一个文件名。</translation>
    </message>
    <message>
        <source>Use: %1 %2 FILE | list (see --help).</source>
        <translation>用法：%1 %2 FILE | list（详见 --help）。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>文件 %1 太大。</translation>
    </message>
    <message>
        <source>The county&apos;s policy documents (docs/policy-format.md), which every laptop receives with its next sync.
  publish FILE   checks the whole file as the laptops read it and makes it the policy in force (publishing the same file again changes nothing).
  list           every published version, newest first.</source>
        <translation>县里的政策参数文件（格式见 docs/policy-format.md），每台电脑会在下次同步时收到。
  publish FILE   按电脑读取的方式检查整个文件，通过后将其设为现行政策（再次发布同一文件不会有任何改变）。
  list           列出已发布的所有版本，最新的在前。</translation>
    </message>
    <message>
        <source>The county&apos;s townships and villages, which every laptop receives with its next sync.
  import FILE    a CSV file with the header code,name,level,parent (12-digit codes of the statistics bureau; each township and village within this county, with its parent listed). Importing the same file again changes nothing.
  list           every imported version, newest first.</source>
        <translation>本县的乡镇（街道）和村（社区），每台电脑会在下次同步时收到。
  import FILE    CSV 文件，表头为 code,name,level,parent（使用统计局的 12 位区划代码；每个乡镇（街道）和村（社区）都须在本县之内，其上级也须列在表中）。再次导入同一文件不会有任何改变。
  list           列出已导入的所有版本，最新的在前。</translation>
    </message>
    <message>
        <source>enrol | revoke | list</source>
        <translation>enrol | revoke | list</translation>
    </message>
    <message>
        <source>enrol: whose laptop it is, e.g. the township and office.</source>
        <translation>enrol：这台电脑归谁使用，如所在乡镇（街道）和科室。</translation>
    </message>
    <message>
        <source>revoke: the device&apos;s id, as enrol and list show it.</source>
        <translation>revoke：设备编号（enrol 和 list 会显示）。</translation>
    </message>
    <message>
        <source>Manages the laptops that sync with this server.
  enrol --label TEXT   prints a one-time enrolment code for the laptop, valid for 7 days. It is shown only this once (the server keeps only its hash): give it to the laptop&apos;s user by hand, never by e-mail or chat. It also makes the laptop trust this server&apos;s certificate and no other.
  revoke --id ID       the device may no longer sync (nor enrol, if it had not yet).
  list                 every device, with its status: waiting (for its laptop), enrolled, revoked, or expired (the code was not used in time).</source>
        <translation>管理与本服务器同步的电脑。
  enrol --label TEXT   为电脑生成一次性接入码，7 天内有效。接入码只显示这一次（服务器只保存它的哈希值）：请当面交给该电脑的使用人，切勿通过电子邮件或聊天软件发送。接入码还会让该电脑只信任本服务器的证书，不信任其他任何证书。
  revoke --id ID       撤销该设备：它不能再同步（如果还没接入，也不能再接入）。
  list                 列出所有设备及其状态：waiting（等待电脑接入）、enrolled（已接入）、revoked（已撤销）或 expired（接入码未按时使用，已过期）。</translation>
    </message>
    <message>
        <source>Use: device enrol | revoke | list (see device --help).</source>
        <translation>用法：device enrol | revoke | list（详见 device --help）。</translation>
    </message>
    <message>
        <source>Name the device with --id (device list shows the ids).</source>
        <translation>请用 --id 指定设备（device list 会显示设备编号）。</translation>
    </message>
    <message>
        <source>Checks a printed document against the county&apos;s register of every laptop&apos;s printouts.
  verify NUMBER CODE   the document number and the check code printed on it (at least 16 characters; spaces are ignored). Exit 0: genuine; 3: altered or not genuine; 5: not in the register (the laptop that printed it has not synced since).</source>
        <translation>对照县里汇总的各台电脑打印登记，核验纸质文书。
  verify NUMBER CODE   文书编号和文书上印的核验码（至少 16 个字符，空格不计）。退出码 0：真实；3：已被改动或不是本系统打印的；5：登记中没有（打印它的电脑此后还没有同步）。</translation>
    </message>
    <message>
        <source>Use: document verify NUMBER CODE (see document --help).</source>
        <translation>用法：document verify NUMBER CODE（详见 document --help）。</translation>
    </message>
    <message>
        <source>Give at least the 16 characters of the check code printed on the document.</source>
        <translation>请至少输入文书上印的 16 位核验码。</translation>
    </message>
    <message>
        <source>Document %1 is not in the county&apos;s register: the laptop that printed it has not synced since, or the number is wrong.</source>
        <translation>县里的打印登记中没有文书 %1：打印它的电脑此后还没有同步，或编号有误。</translation>
    </message>
    <message>
        <source>This printout matches document %1 as printed.</source>
        <translation>该纸质文书与打印时的文书 %1 一致。</translation>
    </message>
    <message>
        <source>The check code does not match document %1: the printout is not genuine or was altered.</source>
        <translation>核验码与文书 %1 不符：该纸质文书不是本系统打印的，或已被改动。</translation>
    </message>
    <message>
        <source>The county&apos;s 6-digit area code.</source>
        <translation>本县的 6 位区划代码。</translation>
    </message>
    <message>
        <source>Use the county&apos;s own PostgreSQL (a libpq connection string) instead of a private cluster.</source>
        <translation>使用县里自有的 PostgreSQL 数据库（libpq 连接字符串），而不是本服务器专用的数据库集群。</translation>
    </message>
    <message>
        <source>Creates a server: its data folder, a self-signed TLS certificate and, unless --database is given, a private PostgreSQL cluster.</source>
        <translation>创建服务器：包括数据目录、自签名 TLS 证书，以及（未指定 --database 时）一个专用的 PostgreSQL 数据库集群。</translation>
    </message>
    <message>
        <source>--county must be the county&apos;s 6-digit area code, e.g. 370323.</source>
        <translation>--county 必须是本县的 6 位区划代码，如 370323。</translation>
    </message>
    <message>
        <source>%1 already holds a server.</source>
        <translation>%1 中已经有一个服务器。</translation>
    </message>
    <message>
        <source>%1 is not empty: give init a new or empty folder.</source>
        <translation>%1 不是空的：请为 init 指定一个新的或空的文件夹。</translation>
    </message>
    <message>
        <source>--listen must be an address and a port, e.g. 127.0.0.1:8443.</source>
        <translation>--listen 必须是地址加端口，如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8443; port 0 picks one).</source>
        <translation>监听的地址和端口（默认 127.0.0.1:8443；端口为 0 时自动选择）。</translation>
    </message>
    <message>
        <source>Benchmarks only: count the requests served (GET /_bench/stats, POST /_bench/reset).</source>
        <translation>仅用于性能测试：统计已处理的请求数（GET /_bench/stats，POST /_bench/reset）。</translation>
    </message>
    <message>
        <source>Runs the server until SIGTERM or Ctrl+C. Prints one JSON line when it is ready.</source>
        <translation>运行服务器，直到收到 SIGTERM 或按下 Ctrl+C。就绪时输出一行 JSON。</translation>
    </message>
    <message>
        <source>--processes must be a number from 1 to 64.</source>
        <translation>--processes 必须是 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>This server is already running (another serve uses %1).</source>
        <translation>该服务器已在运行（另一个 serve 正在使用 %1）。</translation>
    </message>
    <message>
        <source>A serve process did not start.</source>
        <translation>有一个 serve 进程未能启动。</translation>
    </message>
    <message>
        <source>Reports on a server&apos;s folder and database; changes nothing.</source>
        <translation>报告服务器数据目录和数据库的状态，不做任何修改。</translation>
    </message>
    <message>
        <source>add | passwd | scope | disable | list</source>
        <translation>add | passwd | scope | disable | list</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (add, passwd, disable).</source>
        <translation>用户的登录名（add、passwd、disable）。</translation>
    </message>
    <message>
        <source>add: the person&apos;s name as shown, e.g. 张三丰.</source>
        <translation>add：显示的姓名，如张三丰。</translation>
    </message>
    <message>
        <source>add: village, township, township_head, county or admin.</source>
        <translation>add：village（村协理员）、township（乡镇经办人）、township_head（乡镇负责人）、county（县级民政部门）或 admin（系统管理员）。</translation>
    </message>
    <message>
        <source>add, scope: a 12-digit area code of the user&apos;s work (repeatable).</source>
        <translation>add、scope：用户工作区域的 12 位区划代码（可多次给出）。</translation>
    </message>
    <message>
        <source>Manages the county&apos;s users.
  add --user NAME --name TEXT --role ROLE --area CODE [--area CODE ...]
  passwd --user NAME
  scope --user NAME --area CODE [--area CODE ...]   (new areas; laptops drop what is no longer theirs at their next sync)
  disable --user NAME   (the user may no longer sign in; the name is never reused)
  list                  (never shows password hashes)
The password for add and passwd comes from $DOUDI_NEW_PASSWORD or the first line of standard input; a weak one (too short, the user&apos;s name, a common password) is refused.
Roles: village, township, township_head, county, admin.
Areas are 12-digit codes within this server&apos;s county: a village 370323102001, a township 370323102000, the whole county 370323000000. A village user&apos;s areas must be villages; a township user&apos;s or township head&apos;s townships or villages; a county or admin user&apos;s any area of the county.</source>
        <translation>管理本县的用户。
  add --user NAME --name TEXT --role ROLE --area CODE [--area CODE ...]
  passwd --user NAME
  scope --user NAME --area CODE [--area CODE ...]   （设定新的工作区域；各台电脑在下次同步时会删除不再属于该用户区域的档案）
  disable --user NAME   （停用后该用户不能再登录；该用户名永不再用）
  list                  （从不显示密码哈希值）
add 和 passwd 的密码取自 $DOUDI_NEW_PASSWORD 或标准输入的第一行；过弱的密码（太短、包含用户名或姓名、常见密码）会被拒绝。
角色：village（村协理员）、township（乡镇经办人）、township_head（乡镇负责人）、county（县级民政部门）、admin（系统管理员）。
工作区域是本服务器所在县内的 12 位区划代码：村如 370323102001，乡镇如 370323102000，全县为 370323000000。村协理员的工作区域只能是村；乡镇经办人和乡镇负责人的可以是乡镇或村；县级和管理员用户的可以是本县的任何区域。</translation>
    </message>
    <message>
        <source>Use: user add | passwd | scope | disable | list (see user --help).</source>
        <translation>用法：user add | passwd | scope | disable | list（详见 user --help）。</translation>
    </message>
    <message>
        <source>Name the user with --user.</source>
        <translation>请用 --user 指定用户。</translation>
    </message>
    <message>
        <source>Create a server: data folder, TLS certificate, database.</source>
        <translation>创建服务器：数据目录、TLS 证书、数据库。</translation>
    </message>
    <message>
        <source>Run the server (HTTPS) until stopped.</source>
        <translation>运行服务器（HTTPS），直到被停止。</translation>
    </message>
    <message>
        <source>Report on a server&apos;s folder and database.</source>
        <translation>报告服务器数据目录和数据库的状态。</translation>
    </message>
    <message>
        <source>Add, list and disable the county&apos;s users; set a password.</source>
        <translation>添加、列出和停用本县的用户；设置密码。</translation>
    </message>
    <message>
        <source>Enrol, list and revoke the laptops that sync.</source>
        <translation>接入、列出和撤销参与同步的电脑。</translation>
    </message>
    <message>
        <source>Publish the county&apos;s policy to every laptop; list what was published.</source>
        <translation>向每台电脑发布县里的政策参数；列出已发布的版本。</translation>
    </message>
    <message>
        <source>Import the county&apos;s townships and villages for every laptop; list them.</source>
        <translation>为每台电脑导入本县的乡镇（街道）和村（社区）；列出已导入的版本。</translation>
    </message>
    <message>
        <source>verify: check a printout from any laptop against the county&apos;s register.</source>
        <translation>verify：对照县里的打印登记，核验任何一台电脑打印的纸质文书。</translation>
    </message>
    <message>
        <source>Write a backup of the database (pg_dump).</source>
        <translation>写出数据库的备份（pg_dump）。</translation>
    </message>
    <message>
        <source>The server&apos;s data folder.</source>
        <translation>服务器的数据目录。</translation>
    </message>
    <message>
        <source>Name the server&apos;s data folder with --data.</source>
        <translation>请用 --data 指定服务器的数据目录。</translation>
    </message>
    <message>
        <source>Usage: doudi-server &lt;command&gt; [options]   (doudi-server &lt;command&gt; --help for details)</source>
        <translation>用法：doudi-server &lt;命令&gt; [选项]   （详见 doudi-server &lt;命令&gt; --help）</translation>
    </message>
    <message>
        <source>Output is JSON on standard output; errors are JSON on standard error.</source>
        <translation>结果以 JSON 输出到标准输出；错误以 JSON 输出到标准错误。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 invalid input, 5 not found, 6 damaged data or storage error, 7 busy.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 输入有误，5 未找到，6 数据损坏或存储错误，7 正忙。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Where to write the answer for the laptop.</source>
        <translation>给电脑的回执写到哪里。</translation>
    </message>
    <message>
        <source>Use: bundle import FILE --answer OUT (see bundle --help).</source>
        <translation>用法：bundle import 文件 --answer 输出文件（见 bundle --help）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>This file is too large to be a Doudi bundle.</source>
        <translation>这个文件太大，不可能是兜底的同步包。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS key is missing (%1).</source>
        <translation>找不到服务器的 TLS 密钥（%1）。</translation>
    </message>
    <message>
        <source>This bundle was imported before: the same answer was written again, nothing changed.</source>
        <translation>这个同步包此前已导入过：已重新写出同样的回执，没有任何改动。</translation>
    </message>
    <message>
        <source>Bundle %1 imported: carry the answer back to the laptop.</source>
        <translation>已导入第 %1 号同步包：请把回执带回那台电脑。</translation>
    </message>
    <message>
        <source>import: take in a laptop&apos;s USB bundle and write its answer.</source>
        <translation>import：导入电脑的U盘同步包并写出回执。</translation>
    </message>
    <message>
        <source>Takes in a USB bundle a laptop wrote (doudi-cli bundle export) as if it had synced over the network, and writes the answer to carry back (doudi-cli bundle import).
  import FILE --answer OUT   the same bundle again gets the same answer and changes nothing. Exit 3: not a bundle for this county, or from a device it does not know or has withdrawn; 6: changed or forged.</source>
        <translation>导入电脑写出的U盘同步包（doudi-cli bundle export），效果与联网同步相同，并写出回执带回电脑（doudi-cli bundle import）。
  import 文件 --answer 输出文件   同一个同步包再次导入得到同样的回执，不作任何改动。退出码 3：不是本县的同步包，或来自本县不认识或已停用的设备；6：被改动或伪造。</translation>
    </message>
    <message>
        <source>Lists every ID number registered in two households of the county, as the laptops&apos; pushes brought them: the same person twice may mean two benefits. An entry goes when one household is corrected on a laptop and synced.</source>
        <translation>列出本县登记在两户中的每个身份证号（由各电脑上传时发现）：同一个人登记两次，可能领取两份救助。在某台电脑上更正其中一户并同步后，该条即消失。</translation>
    </message>
    <message>
        <source>Use: duplicates list (see duplicates --help).</source>
        <translation>用法：duplicates list（见 duplicates --help）。</translation>
    </message>
    <message>
        <source>list: ID numbers registered in two households of the county.</source>
        <translation>list：本县登记在两户中的身份证号。</translation>
    </message>
    <message>
        <source>Serve with this many processes on the one port (the kernel spreads connections over them; each has its own database connections). Default 1; one per CPU core serves most.</source>
        <translation>在同一端口上用这么多个进程提供服务（由操作系统内核把连接分给各个进程；每个进程有自己的数据库连接）。默认 1；一般每个 CPU 核一个进程最合适。</translation>
    </message>
</context>
<context>
    <name>doudi::ui</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The PDF holds personal data (ID numbers, incomes, health) and is not encrypted. Save it only where others cannot read it, and delete it once printed. Save it?</source>
        <translation>PDF 文件含有个人信息（身份证号、收入、健康状况），且未加密。请只保存在他人无法读取的位置，打印后及时删除。仍要保存吗？</translation>
    </message>
    <message>
        <source>Print to file</source>
        <translation>打印到文件</translation>
    </message>
    <message>
        <source>This sheet is only printed on paper, never written to a file: choose a printer.</source>
        <translation>此页只能打印在纸上，不能存为文件：请选择打印机。</translation>
    </message>
    <message>
        <source>The spreadsheet holds personal data (names, ID numbers, amounts) and is not encrypted. Save it only where others cannot read it, and delete it once it has served. Save it?</source>
        <translation>表格含有个人信息（姓名、身份证号、金额），而且没有加密。请只保存在他人无法读取的地方，用完后删除。确定保存吗？</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>已保存到 %1（仅您本人可读）。</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <source>Save the households</source>
        <translation>保存家庭名单</translation>
    </message>
    <message>
        <source>households-%1.xlsx</source>
        <translation>家庭名单-%1.xlsx</translation>
    </message>
    <message>
        <source>Payment list (代发清单)</source>
        <translation>代发清单</translation>
    </message>
    <message>
        <source>&amp;Month paid for:</source>
        <translation>发放月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>payment-list-%1-%2.xlsx</source>
        <translation>代发清单-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::AboutDialog</name>
    <message>
        <source>About Doudi</source>
        <translation>关于兜底</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Doudi %1&lt;/b&gt;&lt;br&gt;Social-assistance casework for villages and townships, offline first.</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;兜底 %1&lt;/b&gt;&lt;br&gt;乡镇和村级社会救助经办，离线优先。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Licence: %2, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the full text&lt;/a&gt;.</source>
        <translation>%1&lt;br&gt;许可证：%2，&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;全文&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Doudi is built on these libraries:</source>
        <translation>兜底使用了以下库：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::AreaPickers</name>
    <message>
        <source>The whole township</source>
        <translation>整个乡镇（街道）</translation>
    </message>
</context>
<context>
    <name>doudi::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::CaseActions</name>
    <message>
        <source>Nothing to do now for your role</source>
        <translation>以您的角色，目前没有可办理的步骤</translation>
    </message>
</context>
<context>
    <name>doudi::ui::CaseListPage</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近时限</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>Paid since</source>
        <translation>发放起始</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>You can</source>
        <translation>可办理</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打开家庭档案</translation>
    </message>
    <message>
        <source>Other steps…</source>
        <translation>其他步骤…</translation>
    </message>
    <message>
        <source>Click a column title to sort; double-click or press Enter to open the household.</source>
        <translation>点击列标题排序；双击或按回车键打开家庭档案。</translation>
    </message>
    <message>
        <source>Every step the procedure allows your role on the selected case today.</source>
        <translation>按程序，您的角色今天对所选案件可以办理的所有步骤。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 yuan a month in all</source>
        <translation>，合计每月 %1 元</translation>
    </message>
</context>
<context>
    <name>doudi::ui::ConflictsPage</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Show decided ones too</source>
        <translation>也显示已处理的</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>双方修改前</translation>
    </message>
    <message>
        <source>This laptop&apos;s value</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <source>The county&apos;s value (in force)</source>
        <translation>县里的值（现行）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Keep the county&apos;s value</source>
        <translation>保留县里的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Open the household…</source>
        <translation>打开这户(&amp;O)…</translation>
    </message>
    <message>
        <source>This laptop takes the county&apos;s value; the conflict closes at the next sync, here and on the other laptop.</source>
        <translation>本机采用县里的值；下次同步时，本机和另一台电脑上的这个冲突都会关闭。</translation>
    </message>
    <message>
        <source>(no longer on this laptop)</source>
        <translation>（本机已没有这户）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>decided here: the county hears at the next sync</source>
        <translation>已在本机处理：下次同步时告知县里</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>已由 %1 处理</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>No conflicts: every change made here and at the county fits together.</source>
        <translation>没有冲突：本机和县里的修改都相互一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here met another change of the same field at the county. Until someone decides, the county&apos;s value is the one in force everywhere.</source>
        <translation>
            <numerusform>本机有 %n 处修改与县里对同一项目的另一修改相冲突。在有人处理之前，各处都以县里的值为准。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s &amp;value</source>
        <translation>保留本机的值(&amp;V)</translation>
    </message>
    <message>
        <source>Puts this laptop&apos;s value back: an ordinary change of the household, checked as any, that goes to the county and decides the conflict, here and on the other laptop.</source>
        <translation>恢复本机的值：作为一次普通的家庭档案修改（照常检查），同步到县里，并在本机和另一台电脑上了结这个冲突。</translation>
    </message>
    <message>
        <source>A case moved on twice, or a deletion: decide it on the household&apos;s page.</source>
        <translation>案件在两处都往前办理了，或者涉及删除：请在该户页面上处理。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::DashboardPage</name>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the household.</source>
        <translation>双击或按回车键打开该户档案。</translation>
    </message>
    <message>
        <source>Press Ctrl+F to find a household by name, pinyin initials, ID number, phone or village.</source>
        <translation>按 Ctrl+F 可按姓名、拼音首字母、身份证号、电话或村名查找家庭。</translation>
    </message>
    <message>
        <source>%1 households on this device.</source>
        <translation>本机共有 %1 户家庭档案。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>%1 households on this device. Today, %2: %3 overdue, %4 due within three working days, %5 in all.</source>
        <translation>本机共有 %1 户家庭档案。今天是 %2：已逾期 %3 项，三个工作日内到期 %4 项，共 %5 项。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>您要办理的步骤</translation>
    </message>
    <message>
        <source>Applications waiting for you: %1</source>
        <translation>等您办理的申请：%1 件</translation>
    </message>
    <message>
        <source>Moved out of your area</source>
        <translation>已迁出您的辖区</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>%1&apos;s household (%2) moved out of your area: the county moved it to another village, and it left this laptop with its %3 applications at the sync of %4. The township of its new village carries on with it.</source>
        <translation>%1 家（%2）已迁出您的辖区：县里已把该户转到其他村，在 %4 的同步中，该户连同它的 %3 件申请一起移出了这台电脑。由新村所在的乡镇继续办理。</translation>
    </message>
    <message numerus="yes">
        <source>Moved out of your area (%n application(s) went with it)</source>
        <translation>
            <numerusform>已迁出您的辖区（%n 件申请随户转出）</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>ID number %1 also in a household of %2</source>
        <translation>身份证号 %1 另登记在%2一户</translation>
    </message>
    <message>
        <source>The county found this ID number in two households: one person may be paid twice. Check with the family and the other village which household the person belongs to, and correct the other.</source>
        <translation>县里发现这个身份证号登记在两户中：同一人可能领取两份救助。请与家庭和另一村核实此人属于哪一户，并更正另一户。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Open applications: this household %1; the other %2.</source>
        <translation>在办的救助申请：本户 %1；另一户 %2。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the application (a review due opens the review).</source>
        <translation>双击或按回车打开该申请（到期复核直接打开复核）。</translation>
    </message>
    <message>
        <source>&amp;Import the county&apos;s policy file…</source>
        <translation>导入县政策文件(&amp;I)…</translation>
    </message>
    <message>
        <source>The county&apos;s policy is not on this computer yet</source>
        <translation>本机尚无县政策</translation>
    </message>
    <message>
        <source>The policy file (.json) from the county civil affairs office, e.g. on a USB stick. It is checked whole first: a file with a mistake changes nothing.</source>
        <translation>县民政局发放的政策文件（.json），例如存在U盘上。导入前先整体检查：有错误的文件不会改动任何内容。</translation>
    </message>
    <message>
        <source>It holds the standards, amounts and deadlines that applications are assessed and counted by; until it is here, no application can be worked on.</source>
        <translation>政策中含有评估申请所依据的标准、金额和时限；导入之前，无法办理任何申请。</translation>
    </message>
    <message>
        <source>This laptop has joined the county server: it receives the policy at its next sync (同步).</source>
        <translation>本机已加入县服务器：下次同步时将获取政策。</translation>
    </message>
    <message>
        <source>Import the policy file the county civil affairs office gave out (for example on a USB stick). A laptop that has joined the county server receives the policy by sync instead.</source>
        <translation>导入县民政局发放的政策文件（例如存在U盘上）。已加入县服务器的电脑通过同步获取政策。</translation>
    </message>
    <message>
        <source>Ask the township office for it: they import the county&apos;s policy file on this computer. Once the laptop joins the county server (设置), the policy comes by sync.</source>
        <translation>请联系乡镇办公室：由他们在本机导入县政策文件。本机加入县服务器（设置）后，政策将通过同步获取。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::DocumentsPage</name>
    <message>
        <source>&amp;Reprint…</source>
        <translation>补打(&amp;R)…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>文书打印</translation>
    </message>
    <message>
        <source>Forms are printed from each household&apos;s applications (Print… on the household page). Here: every document printed on this device, reprints, checking a printout, and a township&apos;s documents for a month in one go.</source>
        <translation>各类文书从家庭档案的申请中打印（家庭档案页上的“打印…”）。这里可以查看本机打印过的全部文书、补打、核验纸质文书，以及一次打印某乡镇（街道）某月的全部文书。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Household or township</source>
        <translation>户主或乡镇</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>Print the selected document again under its number, marked 补打 (reprint).</source>
        <translation>按原编号重新打印所选文书，并注明“补打”。</translation>
    </message>
    <message>
        <source>&amp;Check a printout…</source>
        <translation>核验纸质文书(&amp;C)…</translation>
    </message>
    <message>
        <source>Type the number and check code printed under a document&apos;s title to see whether it is genuine and unaltered.</source>
        <translation>输入文书标题下方印的编号和核验码，查看该文书是否真实、未被改动。</translation>
    </message>
    <message>
        <source>Print a &amp;month&apos;s documents…</source>
        <translation>打印某月全部文书(&amp;M)…</translation>
    </message>
    <message>
        <source>Every notice and form of the applications a township decided in a month, and its public notices, as one print job.</source>
        <translation>某乡镇（街道）当月作出决定的申请的全部通知书和表格，以及当月的公示，一次打印。</translation>
    </message>
    <message>
        <source>%1 %2 (reprint)</source>
        <translation>%1 %2（补打）</translation>
    </message>
    <message>
        <source>Genuine: %1 no. %2, printed by %3 on %4.</source>
        <translation>真实：%1，编号 %2，由 %3 于 %4 打印。</translation>
    </message>
    <message>
        <source>The check code does not match document %1: the printout is not genuine or was altered.</source>
        <translation>核验码与文书 %1 不符：该纸质文书不是本系统打印的，或已被改动。</translation>
    </message>
    <message>
        <source>Check a printout</source>
        <translation>核验纸质文书</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Check code:</source>
        <translation>核验码：</translation>
    </message>
    <message>
        <source>Print a month&apos;s documents</source>
        <translation>打印某月全部文书</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>%1 has no documents for %2.</source>
        <translation>%1 在 %2 没有文书。</translation>
    </message>
    <message numerus="yes">
        <source>Numbering %n document(s)…</source>
        <translation>
            <numerusform>正在为 %n 份文书编号…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) numbered for %1 %2.</source>
        <translation>
            <numerusform>已为 %1 %2 的 %n 份文书编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) are ready.</source>
        <translation>
            <numerusform>%n 份文书已准备好。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>doudi::ui::FirstRunWizard</name>
    <message>
        <source>I have written the recovery code down and will hand it to the township office for safe keeping.</source>
        <translation>我已抄写恢复码，并将交乡镇（街道）办公室妥善保管。</translation>
    </message>
    <message>
        <source>Doudi — first start</source>
        <translation>兜底 — 首次使用</translation>
    </message>
    <message>
        <source>This computer has no Doudi records yet. The next steps set up an encrypted store for the households you work with: your area of work, your user name and password, and a recovery code for when a password is forgotten.

Everything is kept encrypted on this computer; without a password or the recovery code nobody can read it.</source>
        <translation>这台电脑上还没有兜底的档案。接下来将为您负责的家庭建立加密档案库：设置工作区域、用户名和密码，并生成忘记密码时使用的恢复码。

所有资料都加密保存在这台电脑上；没有密码或恢复码，任何人都无法读取。</translation>
    </message>
    <message>
        <source>Welcome to Doudi</source>
        <translation>欢迎使用兜底</translation>
    </message>
    <message>
        <source>The township (街道) whose households you work with.</source>
        <translation>您负责的家庭所在的乡镇（街道）。</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Your role:</source>
        <translation>您的角色(&amp;Y)：</translation>
    </message>
    <message>
        <source>Only households in this area are kept on this computer.</source>
        <translation>这台电脑上只保存该区域内的家庭档案。</translation>
    </message>
    <message>
        <source>The name you sign in with, e.g. wangfang.</source>
        <translation>登录时使用的名字，如 wangfang。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>You will unlock Doudi with this password.</source>
        <translation>您将用这个密码解锁兜底。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>This code unlocks the records if every password is forgotten. It is shown only now: write it on paper, check each group, and keep it in the township office safe.</source>
        <translation>所有密码都忘记时，可用这个恢复码打开档案。它只显示这一次：请抄在纸上，逐组核对，并放在乡镇办公室的保险柜里。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>Please write the code down first and tick the box.</source>
        <translation>请先抄写恢复码，再勾选确认框。</translation>
    </message>
    <message>
        <source>&amp;Print the recovery code…</source>
        <translation>打印恢复码(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet with the code, to seal and keep in the township office safe. Nothing is saved on the computer.</source>
        <translation>打印一页恢复码，密封后存放在乡镇（街道）保险柜中。电脑上不会保存任何副本。</translation>
    </message>
    <message>
        <source>&amp;Join the county server (the county gave you its address and an enrolment code)</source>
        <translation>加入县服务器(&amp;J)（县里给了您服务器地址和接入码）</translation>
    </message>
    <message>
        <source>&amp;Work alone for now (join the county later from 同步 or 设置)</source>
        <translation>先单机工作(&amp;W)（以后可在“同步”或“设置”中加入县服务器）</translation>
    </message>
    <message>
        <source>Join the county server</source>
        <translation>加入县服务器</translation>
    </message>
    <message>
        <source>Your account, role and areas come from the county; so do its policy and its list of villages.</source>
        <translation>您的账号、角色和工作区域都来自县里，县里的政策参数和村庄名单也一样。</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>县：</translation>
    </message>
    <message>
        <source>&amp;AES-256 — the international standard (recommended)</source>
        <translation>&amp;AES-256 — 国际通用标准（推荐）</translation>
    </message>
    <message>
        <source>&amp;SM4 — China&apos;s national standard (国密)</source>
        <translation>&amp;SM4 — 国家商用密码标准（国密）</translation>
    </message>
    <message>
        <source>Administrators and county staff with a county account: join the county server.</source>
        <translation>管理员和持有县级账号的县级工作人员：请加入县服务器。</translation>
    </message>
    <message>
        <source>The village (社区) whose households you work with.</source>
        <translation>您负责其住户的村（社区）。</translation>
    </message>
    <message>
        <source>Your role and area of work</source>
        <translation>您的角色和工作区域</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <source>Both ways lock the records equally well: whoever takes this computer cannot read them without your password or the recovery code. They differ only in which standard the lock follows.</source>
        <translation>两种方式同样安全：拿到这台电脑的人，没有您的密码或恢复码就无法读取记录。两者只是所遵循的加密标准不同。</translation>
    </message>
    <message>
        <source>Used by banks and governments around the world. Choose this if you are not sure.</source>
        <translation>全球银行和政府普遍采用。如不确定，请选择此项。</translation>
    </message>
    <message>
        <source>The commercial cipher of the national cryptography standards (GB/T 32907). Choose it only if the county&apos;s instructions say Doudi must use 国密 (SM4).</source>
        <translation>国家商用密码标准中的分组密码（GB/T 32907）。仅当县里要求兜底必须使用国密（SM4）时选择。</translation>
    </message>
    <message>
        <source>Not available in this installation of Doudi. If the county requires 国密 (SM4), ask the county for an installation that has it before you go on.</source>
        <translation>本安装版本不支持。若县里要求使用国密（SM4），请先向县里索取支持国密的安装包再继续。</translation>
    </message>
    <message>
        <source>The choice cannot be changed later. If you are not sure, keep AES-256.</source>
        <translation>此选择以后不能更改。如不确定，请保持 AES-256。</translation>
    </message>
    <message>
        <source>How the records are locked on this computer.</source>
        <translation>本机记录的加密方式。</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters and no spaces.</source>
        <translation>用户名为 1 至 40 个字符，不能含空格。</translation>
    </message>
    <message>
        <source>A village helper works with the households of one village.</source>
        <translation>村级协理员负责一个村的住户。</translation>
    </message>
    <message>
        <source>Township staff work with the households of the whole township.</source>
        <translation>乡镇工作人员负责全乡镇的住户。</translation>
    </message>
    <message>
        <source>County staff work with the households of the whole county.</source>
        <translation>县级工作人员负责全县的住户。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::HouseholdDetailPage</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>obligor</source>
        <translation>义务人</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+←）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾情况</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>在学情况</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>就业状况</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Yuan a year</source>
        <translation>年金额（元）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Income a year (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有赡养（扶养）能力</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Monthly amount (yuan)</source>
        <translation>月金额（元）</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一个截止日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理步骤</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Rigid expenditure</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>Obligors</source>
        <translation>赡养（扶养、抚养）义务人</translation>
    </message>
    <message>
        <source>History of the selected application:</source>
        <translation>所选申请的办理记录：</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请办理</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Household record</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <source>%1 · %2 registration · %3 · phone %4 · %5 member(s)</source>
        <translation>%1 · %2户籍 · %3 · 电话 %4 · 共 %5 人</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>未登记住址</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>全户</translation>
    </message>
    <message>
        <source>Record the &amp;home visit…</source>
        <translation>记录入户调查(&amp;H)…</translation>
    </message>
    <message>
        <source>For an application under investigation: investigators, living conditions, photos and signatures.</source>
        <translation>用于调查中的申请：调查人员、生活状况、照片和签字。</translation>
    </message>
    <message>
        <source>Next &amp;step…</source>
        <translation>办理下一步(&amp;S)…</translation>
    </message>
    <message>
        <source>The steps the procedure allows now, for your role.</source>
        <translation>按流程，您的角色现在可以办理的步骤。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>认定结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>调查人员</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>饮食</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>穿着</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Scans, visit photos and signatures of every application. Double-click to see one full size.</source>
        <translation>各次申请的材料扫描件、入户照片和签名。双击查看原图。</translation>
    </message>
    <message>
        <source>Papers and photos</source>
        <translation>材料和照片</translation>
    </message>
    <message>
        <source> (county)</source>
        <translation>（县级）</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>纸质签名</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>屏幕签名</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>interviewee</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Visit photo</source>
        <translation>入户照片</translation>
    </message>
    <message>
        <source>&amp;Temporary assistance…</source>
        <translation>临时救助(&amp;T)…</translation>
    </message>
    <message>
        <source>临时救助 for this household: urgent hardship or necessary expenditure; small quick aid is paid at once.</source>
        <translation>为该家庭办理临时救助：急难型或支出型；小额先行救助可当场发放。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The official forms of the selected application: preview, print or save as PDF. Each printed document gets a number and a QR code the county can verify.</source>
        <translation>所选申请的正式文书：预览、打印或另存为 PDF。每份打印的文书都有编号和二维码，县里可以核验。</translation>
    </message>
    <message>
        <source>County template</source>
        <translation>县级模板</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>补打次数</translation>
    </message>
    <message>
        <source>Documents printed for the selected application (reprint them from Printing):</source>
        <translation>所选申请已打印的文书（补打请到“文书打印”）：</translation>
    </message>
    <message>
        <source>%1 (at the county, not on this computer yet)</source>
        <translation>%1（在县里，尚未下载到这台电脑）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Edits of the household, with their reasons:</source>
        <translation>家庭信息修改记录及原因：</translation>
    </message>
    <message>
        <source>Every record written, by whom (the audit trail):</source>
        <translation>每条记录的写入人（审计记录）：</translation>
    </message>
    <message>
        <source>&amp;Edit the household…</source>
        <translation>修改家庭信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct or update members, income, assets and obligors, with the reason for the change.</source>
        <translation>更正或更新成员、收入、财产和赡养人信息，并注明修改原因。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::HouseholdEditor</name>
    <message>
        <source>Edit the household</source>
        <translation>修改家庭信息</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Income, assets, expenditure</source>
        <translation>收入、财产、支出</translation>
    </message>
    <message>
        <source>Obligors</source>
        <translation>赡养（扶养、抚养）义务人</translation>
    </message>
    <message>
        <source>e.g. 李建国 found work in the county town; a typing mistake in the ID number</source>
        <translation>例如：李建国在县城就业；身份证号录入有误</translation>
    </message>
    <message>
        <source>Kept in the household&apos;s change log with what changed; the county sees it.</source>
        <translation>与修改内容一并记入本户修改记录，县级可见。</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>修改原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Discard the changes made to this household?</source>
        <translation>放弃对本户所做的修改？</translation>
    </message>
    <message>
        <source>Some details need correcting: see the page shown.</source>
        <translation>部分信息需要更正：请查看当前显示的页面。</translation>
    </message>
    <message>
        <source>Someone changed this household while it was open here (another window, or a sync). Close this window and open the household again: your changes were not saved.</source>
        <translation>本户在此窗口打开期间已被修改（其他窗口或同步）。请关闭此窗口后重新打开本户：您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::HouseholdForm</name>
    <message>
        <source>whole household</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Yuan a year</source>
        <translation>年金额（元）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>价值（元）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Income a year (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有赡养（扶养）能力</translation>
    </message>
    <message>
        <source>A mobile number (11 digits) or a landline with its area code.</source>
        <translation>手机号（11位）或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Urban or rural household registration (户籍): it decides which standard applies.</source>
        <translation>城镇或农村户籍：决定适用哪一个低保标准。</translation>
    </message>
    <message>
        <source>Where the family actually lives, if not at the registered address.</source>
        <translation>家庭实际居住的地址（与户籍地址不同时填写）。</translation>
    </message>
    <message>
        <source>Whose income it is; &quot;whole household&quot; for income not tied to one person, e.g. land rent.</source>
        <translation>收入归谁；不属于某一成员的收入（如土地流转租金）选“全家”。</translation>
    </message>
    <message>
        <source>Over the last twelve months, before any deduction; the county&apos;s policy decides what counts.</source>
        <translation>近十二个月的收入，未作任何扣减；哪些收入计入由本县政策决定。</translation>
    </message>
    <message>
        <source>For deposits and securities the balance; for a house or vehicle its estimated value.</source>
        <translation>存款、证券填余额；房产、车辆填估值。</translation>
    </message>
    <message>
        <source>Necessary spending over the last twelve months, after insurance reimbursement.</source>
        <translation>近十二个月的刚性支出，扣除保险报销后的部分。</translation>
    </message>
    <message>
        <source>The obligor&apos;s own yearly income, in yuan.</source>
        <translation>义务人本人的年收入（元）。</translation>
    </message>
    <message>
        <source>Whether the obligor can in fact support the household; the reasons that count as unable are listed (e.g. themselves in extreme poverty or severely disabled).</source>
        <translation>义务人实际能否履行赡养、扶养、抚养义务；列出的情形视为无履行能力（如本人为特困人员或重度残疾）。</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社区）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Household registration:</source>
        <translation>户籍类型(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Income over the last twelve months (yuan a year):</source>
        <translation>近12个月收入（元/年）：</translation>
    </message>
    <message>
        <source>Add &amp;income</source>
        <translation>添加收入(&amp;I)</translation>
    </message>
    <message>
        <source>Remove the selected income</source>
        <translation>删除选中的收入</translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation>财产：</translation>
    </message>
    <message>
        <source>Add a&amp;sset</source>
        <translation>添加财产(&amp;S)</translation>
    </message>
    <message>
        <source>Remove the selected asset</source>
        <translation>删除选中的财产</translation>
    </message>
    <message>
        <source>Rigid expenditure over the last twelve months (medical, education …):</source>
        <translation>近12个月刚性支出（医疗、教育等）：</translation>
    </message>
    <message>
        <source>Add e&amp;xpenditure</source>
        <translation>添加支出(&amp;X)</translation>
    </message>
    <message>
        <source>Remove the selected expenditure</source>
        <translation>删除选中的支出</translation>
    </message>
    <message>
        <source>Add an &amp;obligor</source>
        <translation>添加义务人(&amp;O)</translation>
    </message>
    <message>
        <source>Remove the selected obligor</source>
        <translation>删除选中的赡养人</translation>
    </message>
    <message>
        <source>%1, row %2: &quot;%3&quot; is not an amount in yuan.</source>
        <translation>%1第 %2 行：“%3”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not an amount in yuan.</source>
        <translation>第 %1 行：“%2”不是以元为单位的金额。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::HouseholdsPage</name>
    <message>
        <source>Search by name, pinyin initials (e.g. zgy), ID number, phone or village</source>
        <translation>按姓名、拼音首字母（如 zgy）、身份证号、电话或村名查找</translation>
    </message>
    <message>
        <source>Matched person</source>
        <translation>匹配人员</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Household records</source>
        <translation>家庭档案</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found in %1 ms</source>
        <translation>
            <numerusform>找到 %n 户（用时 %1 毫秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Any application or none</source>
        <translation>不限救助类别</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>不限办理状态</translation>
    </message>
    <message>
        <source>Only households with an application for this programme.</source>
        <translation>只显示申请了该救助类别的家庭。</translation>
    </message>
    <message>
        <source>Only households with an application in this state, e.g. on public notice or being paid.</source>
        <translation>只显示有申请处于该状态的家庭，如公示中、已确认享受待遇。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申请：</translation>
    </message>
    <message>
        <source>Click a column title to sort; double-click or press Enter to open the household.</source>
        <translation>点击列标题排序；双击或按回车键打开家庭档案。</translation>
    </message>
    <message>
        <source>The first %1 households by village; search or filter to find others.</source>
        <translation>按村排列的前 %1 户；查找或筛选可找到其他家庭。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doudi::ui::IntakeWizard</name>
    <message>
        <source>The household is related to a caseworker or village cadre (近亲属)</source>
        <translation>申请家庭与经办人或村干部有近亲属关系</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>家庭基本情况</translation>
    </message>
    <message>
        <source>Where the household lives and how to reach it.</source>
        <translation>家庭住在哪里，如何联系。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Income, assets and expenditure</source>
        <translation>收入、财产和支出</translation>
    </message>
    <message>
        <source>Amounts in yuan, as the household declares them.</source>
        <translation>金额以元为单位，按家庭申报填写。</translation>
    </message>
    <message>
        <source>Obligors</source>
        <translation>赡养（扶养、抚养）义务人</translation>
    </message>
    <message>
        <source>Relatives outside the household who must by law support its members.</source>
        <translation>户外负有法定赡养、扶养、抚养义务的亲属。</translation>
    </message>
    <message>
        <source>In the family&apos;s words: why they apply now.</source>
        <translation>用申请人自己的话说明为什么现在申请。</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>救助项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>申请理由(&amp;R)：</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Eligibility preview</source>
        <translation>认定预览</translation>
    </message>
    <message>
        <source>What the county&apos;s policy gives for these details today. Finish saves the household and registers the application; the investigation decides.</source>
        <translation>按县里的政策，根据以上情况今天可能的认定结果。点“完成”保存家庭档案并登记申请；最终以调查核实为准。</translation>
    </message>
    <message>
        <source>Add &amp;scans or photos…</source>
        <translation>添加扫描件或照片(&amp;S)…</translation>
    </message>
    <message>
        <source>Scans or photos of the papers handed in: ID cards, the household register (户口簿), proof of income, disability or illness certificates, the signed authorisation for the economic check. Give each a caption that says what it is.</source>
        <translation>所交材料的扫描件或照片：身份证、户口簿、收入证明、残疾证或病历诊断、已签字的家庭经济状况核对授权书等。请为每份材料注明名称。</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Pictures are kept encrypted with the case, never as files.</source>
        <translation>图片与案件一起加密保存，不会另存为文件。</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>存为草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep what was typed on this device to finish later, from Applications.</source>
        <translation>将已填写的内容保存在本机，稍后可在“申请办理”中继续。</translation>
    </message>
    <message>
        <source>Application without a name yet</source>
        <translation>尚未填写姓名的申请</translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation>%1的申请</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Save &amp;draft (saved %1)</source>
        <translation>存为草稿(&amp;D)（%1 已保存）</translation>
    </message>
    <message>
        <source>The application is not finished. Keep what was typed as a draft?</source>
        <translation>申请尚未填完。要把已填写的内容保存为草稿吗？</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Continue typing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>What the family applies for; the assessment may find another programme fits better.</source>
        <translation>家庭申请的救助类别；认定时可能发现其他类别更合适。</translation>
    </message>
    <message>
        <source>Close relatives (近亲属) of caseworkers and village cadres are recorded and decided by the county, with a visit of its own.</source>
        <translation>经办人员和村干部的近亲属申请须备案，由县级入户核查并审核确认。</translation>
    </message>
    <message>
        <source>Everyone registered in the household; the first is usually the head.</source>
        <translation>户籍登记的全部成员；第一位通常为户主。</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1
It stays in the list of drafts.</source>
        <translation>草稿未能删除：%1
它仍保留在草稿列表中。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::JoinForm</name>
    <message>
        <source>The one-time code the county printed for this laptop. It also names the server&apos;s certificate, so that this laptop talks only to the real county server.</source>
        <translation>县里为这台电脑打印的一次性接入码。它同时标明了服务器证书，确保这台电脑只与真正的县服务器通信。</translation>
    </message>
    <message>
        <source>County &amp;server address:</source>
        <translation>县服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation>接入码(&amp;E)：</translation>
    </message>
    <message>
        <source>Your county &amp;user name:</source>
        <translation>您在县里的用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your county &amp;password:</source>
        <translation>您在县里的密码(&amp;P)：</translation>
    </message>
    <message>
        <source>You sign in to the county once. From then on you unlock this laptop with the same password, with or without a network.</source>
        <translation>只需登录县服务器一次。以后无论有没有网络，都用同一个密码解锁这台电脑。</translation>
    </message>
    <message>
        <source>Fill in all four: the server address, the enrolment code, your user name and password.</source>
        <translation>请填写全部四项：服务器地址、接入码、用户名和密码。</translation>
    </message>
    <message>
        <source>Joining the county server…</source>
        <translation>正在加入县服务器…</translation>
    </message>
    <message>
        <source>Joining was cancelled.</source>
        <translation>已取消加入。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::MainWindow</name>
    <message>
        <source>Doudi social assistance</source>
        <translation>兜底 · 社会救助</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Household records</source>
        <translation>家庭档案</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请办理</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Review and confirmation</source>
        <translation>审核确认</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>待遇发放</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>文书打印</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings and administration</source>
        <translation>设置/管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find household</source>
        <translation>查找家庭(&amp;F)</translation>
    </message>
    <message>
        <source>User: %1 · encrypted profile (%2)</source>
        <translation>用户：%1 · 加密档案库（%2）</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>锁定 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新申请(&amp;N)…</translation>
    </message>
    <message>
        <source>New application… (Ctrl+N)</source>
        <translation>新申请…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Accepted applications under investigation: record each home visit with two investigators, the living conditions, photos and signatures, and the information check by the county.</source>
        <translation>已受理、正在调查的申请：登记每次入户调查（至少两名调查人员、生活状况、照片和签名），以及县级的信息核对。</translation>
    </message>
    <message>
        <source>Record the home visit…</source>
        <translation>登记入户调查…</translation>
    </message>
    <message>
        <source>Finish the investigation…</source>
        <translation>完成调查…</translation>
    </message>
    <message>
        <source>Applications whose notice has closed, waiting for confirmation by the township head or the county (close relatives of staff always by the county).</source>
        <translation>公示结束、等待乡镇负责人或县级审核确认的申请（工作人员近亲属一律由县级确认）。</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>审核确认…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>不予救助…</translation>
    </message>
    <message>
        <source>Households being paid. Change an amount through a review (增发, 减发 or 停发); temporary assistance paid in stages is completed here.</source>
        <translation>正在享受待遇的家庭。金额变动须通过复核办理（增发、减发或停发）；分次发放的临时救助在此完成发放。</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>复核…</translation>
    </message>
    <message>
        <source>Pay the next stage…</source>
        <translation>发放下一期…</translation>
    </message>
    <message>
        <source>Every household being paid, the nearest review first; dates in red are due. The review shows what changed since the last decision and what the policy gives today.</source>
        <translation>所有正在享受待遇的家庭，最近要复核的排在前面；红色日期表示已到期。复核时会列出上次决定以来的变化，以及按今天的政策应得的待遇。</translation>
    </message>
    <message>
        <source>Every open application in your area, with the steps you can take. A new application records the household, its members, income and assets, and previews what the county&apos;s policy gives.</source>
        <translation>您辖区内所有在办的申请，以及您可以办理的步骤。新申请登记家庭、成员、收入和财产，并预览按本县政策应得的待遇。</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Continue a draft…</source>
        <translation>继续填写草稿…</translation>
    </message>
    <message>
        <source>Applications started on this device and not yet finished.</source>
        <translation>在本机开始填写、尚未完成的申请。</translation>
    </message>
    <message>
        <source>%1 (last saved %2)</source>
        <translation>%1（最后保存于 %2）</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>没有草稿</translation>
    </message>
    <message>
        <source>Check against today&apos;s policy…</source>
        <translation>按现行政策核对待遇…</translation>
    </message>
    <message>
        <source>After a change of standard: re-assess every household being paid and list those whose amount differs.</source>
        <translation>标准调整后使用：按现行政策重新测算每一户在保家庭，列出金额不一致的家庭。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Working alone (not joined to a county server)</source>
        <translation>单机工作（未加入县服务器）</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 已同步</translation>
    </message>
    <message>
        <source>Sync failed (%1) · %2 waiting</source>
        <translation>同步未成功（%1）· %2 项待上传</translation>
    </message>
    <message>
        <source>%1 · %2 waiting</source>
        <translation>%1 · %2 项待上传</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this household met another change at the county: see 同步 → 冲突 (Sync → Conflicts). The county&apos;s value is shown until someone decides.</source>
        <translation>
            <numerusform>这户有 %n 处修改与县里的另一修改相冲突：请到“同步 → 冲突”处理。在有人处理之前，显示的是县里的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Join the county server</source>
        <translation>加入县服务器</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Fetching the picture from the county server…</source>
        <translation>正在从县服务器下载图片…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Join the county server again</source>
        <translation>重新加入县服务器</translation>
    </message>
    <message>
        <source>Ask the county for a new enrolment code. The work on this laptop, and what it has not sent yet, stays; it reads the county&apos;s records again after joining.</source>
        <translation>请向县里索取新的接入码。这台电脑上的工作和尚未上传的修改都会保留；重新加入后，它会重新读取县里的档案。</translation>
    </message>
    <message>
        <source>Syncing: sending changes %1 of %2</source>
        <translation>正在同步：上传修改 %1/%2</translation>
    </message>
    <message>
        <source>Syncing: the county&apos;s records, %1 of %2 KB</source>
        <translation>正在同步：下载县里的档案 %1/%2 KB</translation>
    </message>
    <message>
        <source>Syncing: %1 records received</source>
        <translation>正在同步：已收到 %1 条记录</translation>
    </message>
    <message>
        <source>Syncing: photos %1 of %2</source>
        <translation>正在同步：上传照片 %1/%2</translation>
    </message>
    <message>
        <source>Hide everything until a password is typed; you go on where you were, or another user signs in.</source>
        <translation>隐藏所有内容，输入密码后才能继续：您可回到原处接着办理，或换另一位用户登录。</translation>
    </message>
    <message>
        <source>Change of standards…</source>
        <translation>调标…</translation>
    </message>
    <message>
        <source>调标: when the county&apos;s standards change, work out every household&apos;s new amount from the day they take effect, confirm the list as one batch and print it.</source>
        <translation>调标：县里调整标准后，测算每户在保家庭自执行之日起的新金额，整批确认并打印清单。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Doudi</source>
        <translation>关于兜底(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Save the households…</source>
        <translation>保存家庭名单(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the list as a spreadsheet…</source>
        <translation>把清单保存为表格…</translation>
    </message>
    <message>
        <source>&amp;Lists and files</source>
        <translation>清单与文件(&amp;L)</translation>
    </message>
    <message>
        <source>Payment list (代发清单)…</source>
        <translation>代发清单…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::MemberEditor</name>
    <message>
        <source>&amp;Add a member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve this member</source>
        <translation>删除此成员(&amp;V)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Type the ID number: birth date, sex and age fill in by themselves.</source>
        <translation>输入身份证号后，出生日期、性别和年龄会自动填写。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Only for someone without an ID number (a newborn not yet registered, for example).</source>
        <translation>仅用于没有身份证号的人（例如尚未落户的新生儿）。</translation>
    </message>
    <message>
        <source>Relation to the head of household.</source>
        <translation>与户主的关系。</translation>
    </message>
    <message>
        <source>A serious illness or a chronic one needing long treatment can bring extra support (分类施保).</source>
        <translation>患重病或需长期治疗的慢性病，可享受分类施保。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>Grade on the disability certificate: 1 is the most severe, 4 the least.</source>
        <translation>残疾证上的等级：一级最重，四级最轻。</translation>
    </message>
    <message>
        <source>Whether the person works, farms, is in school, retired or unable to work.</source>
        <translation>就业、务农、在校、退休或丧失劳动能力等情况。</translation>
    </message>
    <message>
        <source>Registered here but not counted: religious staff living away, in prison, in compulsory drug rehabilitation, or missing.</source>
        <translation>户籍在本户但不计入家庭成员：离家的宗教教职人员、服刑人员、强制隔离戒毒人员或失踪人员。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Bir&amp;th date:</source>
        <translation>出生日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>健康状况(&amp;H)：</translation>
    </message>
    <message>
        <source>Disabilit&amp;y:</source>
        <translation>残疾类别(&amp;Y)：</translation>
    </message>
    <message>
        <source>Disability &amp;grade:</source>
        <translation>残疾等级(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>就业状况(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>成员%1</translation>
    </message>
    <message>
        <source>No ID number: give the birth date and sex below.</source>
        <translation>无身份证号：请在下方填写出生日期和性别。</translation>
    </message>
    <message>
        <source>Check the number: %1</source>
        <translation>请核对号码：%1</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3 years old</source>
        <translation>出生 %1 · %2 · %3 周岁</translation>
    </message>
    <message>
        <source>Schoo&amp;ling:</source>
        <translation>在学情况(&amp;L)：</translation>
    </message>
    <message>
        <source>Co&amp;unted as member:</source>
        <translation>是否计入家庭成员(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::MonthlyReportPage</name>
    <message>
        <source>Measure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Households (cases)</source>
        <translation>户数（次数）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as a spreadsheet…</source>
        <translation>保存为表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>&amp;Work out</source>
        <translation>统计(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地区(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose the month and the area, then work the report out. Double-click a figure to see the households behind it.</source>
        <translation>选择月份和地区后进行统计。双击某个数字可查看其对应的家庭。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>分地区</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1, %2: dibao %3 households (%4 persons), %5 yuan; extreme poverty %6 households (%7 persons), %8 yuan.</source>
        <translation>%1，%2：低保 %3 户（%4 人），%5 元；特困 %6 户（%7 人），%8 元。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭人数</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s). Double-click one to open its page.</source>
        <translation>
            <numerusform>共 %n 户。双击可打开该户页面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月报</translation>
    </message>
    <message>
        <source>monthly-report-%1-%2.xlsx</source>
        <translation>月报-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>doudi::ui::NewPasswordFields</name>
    <message>
        <source>At least 8 characters, not your name, not a common password. Write it nowhere near the computer.</source>
        <translation>至少 8 个字符，不要用姓名或常见密码。不要写下来放在电脑旁。</translation>
    </message>
    <message>
        <source>Please choose a password.</source>
        <translation>请设置密码。</translation>
    </message>
    <message>
        <source>Please type the password a second time.</source>
        <translation>请再输入一次密码。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>✓ A good password, typed the same twice.</source>
        <translation>✓ 密码可用，两次输入一致。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::PaymentCheckDialog</name>
    <message>
        <source>Payments against today&apos;s policy</source>
        <translation>按现行政策核对待遇</translation>
    </message>
    <message numerus="yes">
        <source>All %n household(s) being paid receive what today&apos;s policy gives.</source>
        <translation>
            <numerusform>共 %n 户在保家庭，待遇均与现行政策一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n household(s) being paid receive a different amount from what today&apos;s policy gives. Review each to raise, lower or stop the payment.</source>
        <translation>
            <numerusform>共 %n 户在保家庭，其中 %1 户的待遇与按现行政策测算的金额不一致。请逐户复核，决定增发、减发或停发。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Now (yuan a month)</source>
        <translation>现发（元/月）</translation>
    </message>
    <message>
        <source>Today&apos;s policy</source>
        <translation>按现行政策</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>复核…</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打开家庭档案</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Checking every payment against today&apos;s policy…</source>
        <translation>正在按现行政策逐户核对待遇…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::PictureList</name>
    <message>
        <source>Double-click a caption (or press F2) to say what the paper is.</source>
        <translation>双击图片下的名称（或按 F2）注明是什么材料。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 is not a picture Doudi can read.</source>
        <translation>%1 不是本系统能读取的图片。</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Choose pictures</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>doudi::ui::PublicityPage</name>
    <message>
        <source>Posted</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Period over: close it</source>
        <translation>公示期满，待结束</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Approve the ticked households and post the notice…</source>
        <translation>通过勾选的家庭并张榜公示…</translation>
    </message>
    <message>
        <source>Township opinion for the selected one…</source>
        <translation>为所选家庭单独出具初审意见…</translation>
    </message>
    <message>
        <source>Record an objection…</source>
        <translation>登记异议…</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>结束公示</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打开家庭档案</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Investigated, waiting for the township&apos;s opinion (初审):</source>
        <translation>调查已完成、等待乡镇初审的申请：</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Tick the households whose assessment supports the application; they are approved at the assessed amount and posted together. Use the single opinion to refuse or change an amount.</source>
        <translation>勾选认定结果支持其申请的家庭，将按认定金额一并初审通过并同批公示。如需不予通过或调整金额，请单独出具初审意见。</translation>
    </message>
    <message>
        <source>Notices of the last six months:</source>
        <translation>近六个月的公示：</translation>
    </message>
    <message>
        <source>Notice / household</source>
        <translation>公示批次 / 家庭</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>A notice runs for the county&apos;s number of days from the township&apos;s opinion. An objection sends that household back to a new home visit and a new notice.</source>
        <translation>公示自乡镇初审之日起，按本县规定的天数进行。有异议的家庭须重新入户调查并重新公示。</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n ticked household(s) and post the notice…</source>
        <translation>
            <numerusform>通过勾选的 %n 户并张榜公示…</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the public notice</source>
        <translation>张榜公示</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n household(s) at the amount their assessment gives today and post them on one notice starting today?</source>
        <translation>
            <numerusform>按今天的认定金额初审通过这 %n 户，并从今天起同批公示吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notice for %n household(s) runs until %1.</source>
        <translation>
            <numerusform>%n 户的公示期至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice closed: %n household(s) now wait for confirmation.</source>
        <translation>
            <numerusform>公示已结束：%n 户等待审核确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doudi::ui::ReassessmentDialog</name>
    <message>
        <source>Start the &amp;review…</source>
        <translation>开始复核(&amp;R)…</translation>
    </message>
    <message>
        <source>Assessment after the change</source>
        <translation>修改后的重新评估</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Monthly amount now (yuan)</source>
        <translation>现每月金额（元）</translation>
    </message>
    <message>
        <source>By today&apos;s policy</source>
        <translation>按现行政策</translation>
    </message>
    <message>
        <source>A benefit being paid changes only through a review (复核), with its own decision.</source>
        <translation>正在发放的救助只能通过复核变更，并另行作出决定。</translation>
    </message>
    <message>
        <source>The household changed. What the county&apos;s policy gives each open application or benefit now, beside what it has:</source>
        <translation>本户信息已修改。以下为按县现行政策对各项办理中申请或在享救助的重新评估，与现有情况对照：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RecordLabels</name>
    <message>
        <source>household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>财产</translation>
    </message>
    <message>
        <source>rigid expenditure</source>
        <translation>刚性支出</translation>
    </message>
    <message>
        <source>obligor</source>
        <translation>赡养（抚养、扶养）义务人</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>step of an application</source>
        <translation>申请的办理步骤</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>printed form</source>
        <translation>打印的表格</translation>
    </message>
    <message>
        <source>photo or scan</source>
        <translation>照片或扫描件</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>village</source>
        <translation>所在村</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>就学</translation>
    </message>
    <message>
        <source>work</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>amount a year</source>
        <translation>年金额</translation>
    </message>
    <message>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>income a year</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>capacity to support</source>
        <translation>赡养能力</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>办理阶段</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RegisteredElsewhereNotice</name>
    <message>
        <source>These people have &amp;moved into this household: take them out of the old one</source>
        <translation>以上人员已迁入本户(&amp;M)：将其从原户移出</translation>
    </message>
    <message>
        <source>A person is registered in one household only. Correct the ID number, or tick below if they have moved here.</source>
        <translation>同一人只能在一户登记。请更正身份证号；若此人已迁入本户，请勾选下方选项。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RekeyDialog</name>
    <message>
        <source>I have written the new recovery code down and keep it safe.</source>
        <translation>我已抄写并妥善保管新的恢复码</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>The records on this computer are encrypted again with a new key, and a new recovery code replaces the old one. Do this when the recovery code or a password may have become known to someone else.</source>
        <translation>本机的档案将用新的密钥重新加密，并生成新的恢复码代替原恢复码。恢复码或密码可能已被他人知悉时，请更换密钥。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;The old recovery code (the sheet in the safe) no longer opens the records. You are shown the new code next: write it down or print it.&lt;/li&gt;&lt;li&gt;Your password stays the same. Every &lt;b&gt;other user&lt;/b&gt; of this computer can no longer sign in until an administrator sets a new password for them; you are told who before anything changes.&lt;/li&gt;&lt;li&gt;Close every other Doudi window and command on this computer first: the change is refused while another one has the records open.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;更换后：&lt;/b&gt;&lt;ul&gt;&lt;li&gt;原恢复码（保险柜里的那页纸）不能再打开档案库。下一步会显示新的恢复码，请抄写或打印。&lt;/li&gt;&lt;li&gt;您的密码不变。本机的&lt;b&gt;其他用户&lt;/b&gt;将不能登录，须由管理员为其重新设置密码；在真正更换之前会告诉您是哪些用户。&lt;/li&gt;&lt;li&gt;请先关闭本机上其他的兜底窗口和命令：有其他程序正在使用档案库时，不能更换密钥。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>The password you signed in with, to confirm that it is you.</source>
        <translation>您登录时用的密码，用来确认是您本人操作。</translation>
    </message>
    <message>
        <source>Your current &amp;password:</source>
        <translation>当前密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The new recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>Write this code on paper and check each group, or print it, and keep it in the township office safe. Nothing has changed yet: until you confirm below, the old code still works.</source>
        <translation>请把恢复码抄在纸上并逐组核对，或者打印出来，存放在乡镇（街道）的保险柜中。现在还没有做任何更改：在您于下方确认之前，原恢复码仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Print the recovery code…</source>
        <translation>打印恢复码(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet with the code, to seal and keep in the township office safe. Nothing is saved on the computer.</source>
        <translation>打印一页恢复码，密封后存放在乡镇（街道）保险柜中。电脑上不会保存任何副本。</translation>
    </message>
    <message>
        <source>The four characters after the last dash, to show that the code was copied.</source>
        <translation>最后一个短横线后面的四个字符，用来确认恢复码已经抄好。</translation>
    </message>
    <message>
        <source>Type the &amp;last group of the new code:</source>
        <translation>输入新恢复码的最后一组(&amp;L)：</translation>
    </message>
    <message>
        <source>No other user has a password on this computer.</source>
        <translation>本机没有其他用户设置了密码。</translation>
    </message>
    <message>
        <source>After the change these users cannot sign in until an administrator sets a new password for them: %1.</source>
        <translation>更换后，以下用户将不能登录，须由管理员为其重新设置密码：%1。</translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation>更换密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Keep the old key and recovery code; the new code is thrown away.</source>
        <translation>保留原密钥和原恢复码，新的恢复码作废。</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1

Nothing was changed. You can try again, or cancel to keep the old key and recovery code.</source>
        <translation>未能更换数据库密钥：%1

没有做任何更改。您可以重试，也可以取消，保留原密钥和原恢复码。</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1

Doudi locks now. Unlock it again with your password; if that fails, call the county&apos;s support.</source>
        <translation>未能更换数据库密钥：%1

兜底现在锁定。请用您的密码重新解锁；如果解不开，请联系县里的技术支持。</translation>
    </message>
    <message>
        <source>The database key has been changed. The old recovery code no longer works: keep the new one in the township office safe and destroy the old sheet.</source>
        <translation>数据库密钥已更换。原恢复码已经失效：请把新的恢复码存放在乡镇（街道）的保险柜中，并销毁原来那页恢复码。</translation>
    </message>
    <message>
        <source>These users need a new password from an administrator before they can sign in again: %1.</source>
        <translation>以下用户须由管理员重新设置密码后才能再登录：%1。</translation>
    </message>
    <message>
        <source>The database key was not changed. The old recovery code remains valid; the new code shown here does not work and can be destroyed.</source>
        <translation>数据库密钥没有更换，原恢复码仍然有效；刚才显示的新恢复码不能使用，可以销毁。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RerateDialog</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>People</source>
        <translation>保障人数</translation>
    </message>
    <message>
        <source>Now (yuan a month)</source>
        <translation>原月保障金（元）</translation>
    </message>
    <message>
        <source>New (yuan a month)</source>
        <translation>新月保障金（元）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Confirm the new amounts…</source>
        <translation>确认调标(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>打印清单(&amp;P)…</translation>
    </message>
    <message>
        <source>Change of standards</source>
        <translation>调标</translation>
    </message>
    <message>
        <source>All my townships</source>
        <translation>我的全部乡镇</translation>
    </message>
    <message>
        <source>&amp;Work out the list</source>
        <translation>测算名单(&amp;W)</translation>
    </message>
    <message>
        <source>New standards from:</source>
        <translation>新标准执行日期：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>Choose the day the county&apos;s new standards take effect and work out the list: every household being paid is assessed again as of that day.</source>
        <translation>选择县里新标准的执行日期并测算名单：每户在保家庭都按那一天重新认定。</translation>
    </message>
    <message>
        <source>Working out every payment under the new standards…</source>
        <translation>正在按新标准测算每户的保障金…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No standard changes on %1.</source>
        <translation>%1 没有标准调整。</translation>
    </message>
    <message>
        <source>Changing on %1: %2.</source>
        <translation>%1 起调整：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) being paid looked at: %1 get a new amount from %2, %3 changed since their decision or no longer fit their programme and go to review (marked), %4 stay as they are.</source>
        <translation>
            <numerusform>共测算在保家庭 %n 户：%1 户自 %2 起调整金额，%3 户自上次决定后情况有变或已不符合原救助类别，转复核（已标出），%4 户金额不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>标准调整</translation>
    </message>
    <message>
        <source>Household changed: review</source>
        <translation>家庭情况有变：转复核</translation>
    </message>
    <message>
        <source>Programme or people covered would change: review</source>
        <translation>救助类别或保障人数将变化：转复核</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复核</translation>
    </message>
    <message numerus="yes">
        <source>Each month for the %n household(s) re-rated: now %1 yuan, new %2 yuan, change %3 yuan.</source>
        <translation>
            <numerusform>调整金额的 %n 户每月合计：原 %1 元，新 %2 元，增减 %3 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a township: the list is printed township by township.</source>
        <translation>请选择乡镇：清单按乡镇打印。</translation>
    </message>
    <message numerus="yes">
        <source>Pay %n household(s) the new amounts from %1: each month %2 yuan instead of %3 yuan (%4 yuan)?</source>
        <translation>
            <numerusform>自 %1 起按新金额向 %n 户发放：每月合计 %2 元（原 %3 元，增减 %4 元）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) that changed go to review now instead, their amounts unchanged. All of it is saved, or none.</source>
        <translation>
            <numerusform>情况有变的 %n 户不调整金额，改为现在复核。全部保存，或全部不保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the change of standards</source>
        <translation>确认调标</translation>
    </message>
    <message>
        <source>%1 household(s) re-rated from %2; %3 brought forward for review.</source>
        <translation>%1 户自 %2 起按新标准调整金额；%3 户提前复核。</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>打印清单</translation>
    </message>
</context>
<context>
    <name>doudi::ui::ReviewWizard</name>
    <message>
        <source>Income is unstable (reviewed every six months)</source>
        <translation>收入不稳定（每半年复核一次）</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期复核</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>有哪些变化</translation>
    </message>
    <message>
        <source>%1 · %2 · paid %3 yuan a month since %4</source>
        <translation>%1 · %2 · 自 %4 起每月发放 %3 元</translation>
    </message>
    <message>
        <source>Changes to the household record since the last decision on %1:</source>
        <translation>自上次决定（%1）以来，家庭档案的变化：</translation>
    </message>
    <message>
        <source>This case was decided before Doudi kept the household as it stood at a decision, so changes cannot be listed; check the record with the family.</source>
        <translation>此案件的决定早于本系统保存决定时家庭情况的版本，无法列出变化；请与家庭逐项核对档案。</translation>
    </message>
    <message>
        <source>Nothing in the record has changed.</source>
        <translation>档案没有变化。</translation>
    </message>
    <message>
        <source>Update the household record first if the family&apos;s situation has changed; the assessment below uses the record as it is now.</source>
        <translation>家庭情况有变化的，请先更新家庭档案；下面的认定按档案的当前内容计算。</translation>
    </message>
    <message>
        <source>Today&apos;s policy: %1.</source>
        <translation>按今天的政策：%1。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>复核决定</translation>
    </message>
    <message>
        <source>The amount changes from the month after this review; a stop is followed by a written notice.</source>
        <translation>金额自复核次月起调整；停发的，须书面告知。</translation>
    </message>
    <message>
        <source>Keep the amount</source>
        <translation>维持原待遇</translation>
    </message>
    <message>
        <source>Increase (增发)</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>Decrease (减发)</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>Stop payment (停发)</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>The new monthly amount in yuan, e.g. 1372.00.</source>
        <translation>调整后的每月金额（元），如 1372.00。</translation>
    </message>
    <message>
        <source>Required when the amount changes: what changed in the family&apos;s situation.</source>
        <translation>金额变动时必填：家庭情况发生了什么变化。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <source>Monthly amount (yuan)</source>
        <translation>每月金额（元）</translation>
    </message>
    <message>
        <source>Why it changes</source>
        <translation>变动原因</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>停发原因</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RosterImportDialog</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>C&amp;heck every row</source>
        <translation>逐行检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import the whole file…</source>
        <translation>导入整个文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save the problems…</source>
        <translation>保存问题清单(&amp;S)…</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>A township&apos;s roster of 低保 and 特困 households: .xlsx, .xls or .csv, one row per member.</source>
        <translation>乡镇的低保、特困花名册：.xlsx、.xls 或 .csv 文件，每名成员一行。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Headers on row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <source>Fields marked * are needed. Rows are grouped into households by the household number, or the head&apos;s ID number, when the file has one; otherwise each head&apos;s row starts a household.</source>
        <translation>标 * 的字段必须有。文件中有户编号或户主身份证号时，按其把各行归为一户；否则每个户主行开始新的一户。</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. 列对应</translation>
    </message>
    <message>
        <source>2. Check</source>
        <translation>2. 检查结果</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>花名册 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sheet “%2”, %n row(s)</source>
        <translation>
            <numerusform>%1 — 工作表“%2”，共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns as you confirmed them last time for files laid out like this one.</source>
        <translation>按上次为同样格式的文件确认过的列对应关系。</translation>
    </message>
    <message>
        <source>No usual headers found: choose the column of each field.</source>
        <translation>没有找到常用表头：请为每个字段选择所在列。</translation>
    </message>
    <message>
        <source>Read from the headers: check each field before you go on.</source>
        <translation>已按表头识别：继续之前请逐项核对。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the roster file first.</source>
        <translation>请先选择花名册文件。</translation>
    </message>
    <message>
        <source>Check every row before anything is imported.</source>
        <translation>导入之前请先逐行检查。</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>还需选择：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: %1 households, %2 persons, paid %3 yuan a month in all. Each becomes a case being paid, to be reviewed on its cycle.</source>
        <translation>
            <numerusform>全部 %n 行均可导入：共 %1 户 %2 人，每月合计发放 %3 元。每户都成为正在发放的案件，按周期复核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows read. Nothing can be imported until the file is fixed: save the problems as a spreadsheet, correct the file, and check it again.</source>
        <translation>
            <numerusform>在读取的 %1 行中发现 %n 处问题。文件改正之前不能导入：请把问题清单保存为表格，改正文件后再检查一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 households (%2 persons) from %3, each as a case being paid since the month the file gives? They go to the county at the next sync.</source>
        <translation>从 %3 导入 %1 户（%2 人），每户作为自文件所列起始年月起正在发放的案件？下次同步时会报送县里。</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported (%1 persons), paid %2 yuan a month in all. They are on the Payments page, each with its next review date.</source>
        <translation>
            <numerusform>已导入 %n 户（%1 人），每月合计发放 %2 元。可在“待遇发放”页面查看，每户都有下次复核日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-问题清单</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存问题清单</translation>
    </message>
</context>
<context>
    <name>doudi::ui::ScreenLock</name>
    <message>
        <source>Doudi is locked</source>
        <translation>兜底已锁定</translation>
    </message>
    <message>
        <source>The records of %1 are hidden. Type the password to go on where you were.</source>
        <translation>%1 的记录已隐藏。输入密码即可回到原处继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Another person signs in: the open windows close; unfinished applications are kept as drafts.</source>
        <translation>换另一位用户登录：已打开的窗口将关闭，未完成的申请保存为草稿。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::SettingsPage</name>
    <message>
        <source>Larger text</source>
        <translation>大号字体</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the records when nobody has used the computer for this long (0: never).</source>
        <translation>电脑无人操作达到这一时长时自动锁定档案（0 表示从不）。</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>字体大小：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>数据库密钥</translation>
    </message>
    <message>
        <source>A new key for the encrypted records and a new recovery code, e.g. when the recovery code or a password may have become known to someone else.</source>
        <translation>为加密的档案更换新的密钥和新的恢复码，例如恢复码或密码可能已被他人知悉时。</translation>
    </message>
    <message>
        <source>Change the database &amp;key…</source>
        <translation>更换数据库密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Only a user who signed in with a password can change the key (not after unlocking with the recovery code).</source>
        <translation>只有用密码登录的用户才能更换密钥（用恢复码解锁后不能更换）。</translation>
    </message>
    <message>
        <source>County server</source>
        <translation>县服务器</translation>
    </message>
    <message>
        <source>&amp;Join the county server…</source>
        <translation>加入县服务器(&amp;J)…</translation>
    </message>
    <message>
        <source>This laptop works alone: it has not joined a county server.</source>
        <translation>这台电脑目前单机工作，尚未加入县服务器。</translation>
    </message>
    <message>
        <source>Joined to %1 (see 同步).</source>
        <translation>已加入 %1（详见“同步”）。</translation>
    </message>
    <message>
        <source>All text in every window of Doudi, at once; kept for the next start.</source>
        <translation>兜底所有窗口中的文字立即变大；下次启动仍保留。</translation>
    </message>
    <message>
        <source>Larger text takes effect at once. The lock time takes effect the next time Doudi is unlocked, the language the next time it starts.</source>
        <translation>大号字体立即生效。锁定时间在下次解锁后生效，界面语言在下次启动后生效。</translation>
    </message>
    <message>
        <source>County policy</source>
        <translation>县政策</translation>
    </message>
    <message>
        <source>&amp;Import a policy file from the county…</source>
        <translation>导入县政策文件(&amp;I)…</translation>
    </message>
    <message>
        <source>In use: %1 (since %2).</source>
        <translation>正在使用：%1（自 %2 起）。</translation>
    </message>
    <message>
        <source>None on this computer yet.</source>
        <translation>本机尚无。</translation>
    </message>
    <message>
        <source>It comes from the county server by sync.</source>
        <translation>通过同步从县服务器获取。</translation>
    </message>
    <message>
        <source>When the county sends a new policy file, import it here.</source>
        <translation>县里发来新的政策文件时，请在此导入。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>界面语言(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::SignaturePad</name>
    <message>
        <source>Sign here with the mouse or a pen.</source>
        <translation>请用鼠标或手写笔在此签字。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::StepDialog</name>
    <message>
        <source>Step: %1</source>
        <translation>办理步骤：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Missing papers (one per line)</source>
        <translation>需补正的材料（每行一项）</translation>
    </message>
    <message>
        <source>Amount paid first (yuan)</source>
        <translation>先行救助金额（元）</translation>
    </message>
    <message>
        <source>Outcome (attendance, votes)</source>
        <translation>评议结果（到会人数、表决情况）</translation>
    </message>
    <message>
        <source>The township approves</source>
        <translation>乡镇初审同意</translation>
    </message>
    <message>
        <source>Proposed amount (yuan a month)</source>
        <translation>拟发放金额（元/月）</translation>
    </message>
    <message>
        <source>Reason, if not approved</source>
        <translation>不同意的理由</translation>
    </message>
    <message>
        <source>Temporary aid approved by</source>
        <translation>临时救助审批层级</translation>
    </message>
    <message>
        <source>What the objection says</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>Confirmed amount (yuan a month)</source>
        <translation>确认金额（元/月）</translation>
    </message>
    <message>
        <source>Income is unstable (reviewed every six months)</source>
        <translation>收入不固定（每半年复核一次）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <source>New amount (yuan a month)</source>
        <translation>新金额（元/月）</translation>
    </message>
    <message>
        <source>Why the amount changes</source>
        <translation>金额调整原因</translation>
    </message>
    <message>
        <source>Reason, if payment stops</source>
        <translation>停发理由</translation>
    </message>
    <message>
        <source>the township (head of the township)</source>
        <translation>乡镇（乡镇负责人）</translation>
    </message>
    <message>
        <source>the county civil affairs bureau</source>
        <translation>县民政局</translation>
    </message>
    <message>
        <source>keep the amount</source>
        <translation>维持原待遇</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>增发</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>减发</translation>
    </message>
    <message>
        <source>stop payment</source>
        <translation>停发</translation>
    </message>
    <message>
        <source>Date of the check report</source>
        <translation>核对报告日期</translation>
    </message>
    <message>
        <source>Check report number</source>
        <translation>核对报告编号</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>核对项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>What differs from the declaration</source>
        <translation>与申报不符之处</translation>
    </message>
    <message>
        <source>Proposed amount of assistance (yuan)</source>
        <translation>拟救助金额（元）</translation>
    </message>
    <message>
        <source>Confirmed amount of assistance (yuan)</source>
        <translation>确认救助金额（元）</translation>
    </message>
</context>
<context>
    <name>doudi::ui::SyncPage</name>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Nothing is lost: everything stays on this laptop, and it tries again by itself every few minutes. Where there is no network at all, keep working.</source>
        <translation>数据不会丢失：一切都保存在这台电脑上，它会每隔几分钟自动重试。完全没有网络的地方，照常工作即可。</translation>
    </message>
    <message>
        <source>Make a backup of this laptop (设置), then call the county before anything else.</source>
        <translation>请先备份这台电脑（在“设置”中），然后在做其他事之前联系县里。</translation>
    </message>
    <message>
        <source>Ask the county for a new enrolment code and join again: this laptop&apos;s own key for the county is missing.</source>
        <translation>请向县里要一个新的接入码，重新加入：这台电脑与县里通信的密钥不见了。</translation>
    </message>
    <message>
        <source>Tell the county: what came from the server was damaged. Sync again later.</source>
        <translation>请告知县里：从服务器收到的数据已损坏。稍后再同步。</translation>
    </message>
    <message>
        <source>Try again with 同步 now; if it happens again, tell the county what the message says.</source>
        <translation>请点“立即同步”再试；如果再次出现，请把提示内容告诉县里。</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join the county server…</source>
        <translation>加入县服务器(&amp;J)…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Why the county refused it</source>
        <translation>县里拒收的原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Sync with the county server</source>
        <translation>与县服务器同步</translation>
    </message>
    <message>
        <source>Refused by the county (kept here, not sent again):</source>
        <translation>县里拒收的修改（保存在本机，不再发送）：</translation>
    </message>
    <message>
        <source>Recent rounds:</source>
        <translation>最近几次同步：</translation>
    </message>
    <message>
        <source>Syncing with the county server…</source>
        <translation>正在与县服务器同步…</translation>
    </message>
    <message>
        <source>This laptop works on its own: it has not joined a county server. Join with the server address and the one-time enrolment code the county gives you; from then on it syncs by itself whenever the server can be reached.</source>
        <translation>这台电脑目前单机工作，尚未加入县服务器。用县里给的服务器地址和一次性接入码加入后，只要能连上服务器，它就会自动同步。</translation>
    </message>
    <message>
        <source>County %1 · server %2 · this laptop&apos;s key for the county is kept in %3</source>
        <translation>县 %1 · 服务器 %2 · 这台电脑与县里通信的密钥保存在%3</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>the encrypted profile</source>
        <translation>加密的档案库</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes (and %2 by other users of this laptop, sent when they sign in).</source>
        <translation>待上传：%1 项修改（另有本机其他用户的 %2 项，在他们登录后上传）。</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes.</source>
        <translation>待上传：%1 项修改。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The last sync (%1) did not succeed: %2 Last success: %3.</source>
        <translation>最近一次同步（%1）没有成功：%2 上次成功：%3。</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>上次成功同步：%1。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未成功</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 项被拒收</translation>
    </message>
    <message>
        <source>&amp;Write a USB bundle…</source>
        <translation>写出U盘同步包(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Read the county&apos;s answer…</source>
        <translation>读入县里的回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Where there is no network at all: this laptop&apos;s changes in a file for a USB stick. The township office takes it in at the county and gives back an answer file.</source>
        <translation>完全没有网络时使用：把这台电脑的修改写成文件存到U盘。乡镇办公室在县服务器导入后，会给您一份回执文件。</translation>
    </message>
    <message>
        <source>Write a USB bundle</source>
        <translation>写出U盘同步包</translation>
    </message>
    <message>
        <source>Doudi bundles (*.doudi)</source>
        <translation>兜底同步包 (*.doudi)</translation>
    </message>
    <message>
        <source>Bundle %1 with %2 changes is in %3.

Take it to the township office: they take it in at the county and give you an answer file, which you read here with “Read the county&apos;s answer”. The changes stay on this laptop until the answer is read.</source>
        <translation>第 %1 号同步包（含 %2 项修改）已写到 %3。

请把它交到乡镇办公室：他们在县服务器导入后会给您一份回执文件，在这里用“读入县里的回执”读入。读入回执之前，这些修改一直保留在这台电脑上。</translation>
    </message>
    <message>
        <source>Read the county&apos;s answer</source>
        <translation>读入县里的回执</translation>
    </message>
    <message>
        <source>The county&apos;s answer was read: %1 changes taken by the county, %2 records received from it, %3 conflicts, %4 refused.</source>
        <translation>县里的回执已读入：县里接收了 %1 项修改，从县里收到 %2 条记录，冲突 %3 项，拒收 %4 项。</translation>
    </message>
    <message>
        <source>A sync with the county server is running: try again when it has ended.</source>
        <translation>正在与县服务器同步：请等同步结束后再试。</translation>
    </message>
    <message>
        <source>Sign in to the county again with your county password (the button below); if that is refused, ask the county for a new enrolment code and join again.</source>
        <translation>请用您在县里的密码重新登录县服务器（下方按钮）；如果仍被拒绝，请向县里索取新的接入码并重新加入。</translation>
    </message>
    <message>
        <source>Call the county&apos;s civil affairs office: only they can allow this laptop or this account again. With a new enrolment code from them, join again below: the work on this laptop stays.</source>
        <translation>请联系县民政局：只有他们能重新允许这台电脑或这个账号。拿到新的接入码后，在下方重新加入：这台电脑上的工作都会保留。</translation>
    </message>
    <message>
        <source>Sign &amp;in to the county again…</source>
        <translation>重新登录县服务器(&amp;I)…</translation>
    </message>
    <message>
        <source>Join the county &amp;again…</source>
        <translation>重新加入县服务器(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in to the county</source>
        <translation>登录县服务器</translation>
    </message>
    <message>
        <source>Your county password (%1):</source>
        <translation>您在县里的密码（%1）：</translation>
    </message>
    <message>
        <source>Signing in to the county server…</source>
        <translation>正在登录县服务器…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::TemporaryAidDialog</name>
    <message>
        <source>Small quick aid: pay now, the paperwork follows (小额先行救助)</source>
        <translation>小额先行救助：先发放，后补齐手续</translation>
    </message>
    <message>
        <source>Temporary assistance for the household of %1</source>
        <translation>临时救助：%1 户</translation>
    </message>
    <message>
        <source>Urgent hardship (急难型): fire, accident, sudden illness …</source>
        <translation>急难型：火灾、交通事故、突发重病等</translation>
    </message>
    <message>
        <source>Necessary expenditure (支出型): medical or school costs beyond means</source>
        <translation>支出型：医疗、教育等必需支出超出家庭承受能力</translation>
    </message>
    <message>
        <source>What the caseworker proposes, in yuan; the policy caps it.</source>
        <translation>经办人拟救助的金额（元），按政策封顶。</translation>
    </message>
    <message>
        <source>The documented costs of the event (bills, receipts), in yuan.</source>
        <translation>有票据证明的该事项支出（元）。</translation>
    </message>
    <message>
        <source>Insurance payouts and other departments&apos; aid for the same event, in yuan.</source>
        <translation>同一事项已获得的保险赔付和其他部门救助（元）。</translation>
    </message>
    <message>
        <source>Approved once, paid in this many stages (e.g. along a course of treatment).</source>
        <translation>一次审批、分阶段发放的期数（如按治疗进度）。</translation>
    </message>
    <message>
        <source>What happened, when, and what the family needs now.</source>
        <translation>发生了什么、何时发生、家庭现在需要什么。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>救助类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Proposed amount (yuan):</source>
        <translation>拟救助金额（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Documented &amp;costs (yuan):</source>
        <translation>票据支出（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Other aid received (yuan):</source>
        <translation>已获其他救助（元）(&amp;O)：</translation>
    </message>
    <message>
        <source>Paid in &amp;stages:</source>
        <translation>分期发放(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>事由(&amp;W)：</translation>
    </message>
    <message>
        <source>Pay first and register</source>
        <translation>先行发放并登记</translation>
    </message>
    <message>
        <source>Register the application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>What the county&apos;s policy allows:</source>
        <translation>按本县政策可以救助：</translation>
    </message>
    <message>
        <source>Type amounts in yuan, e.g. 1500 or 1,500.50.</source>
        <translation>请以元为单位填写金额，如 1500 或 1,500.50。</translation>
    </message>
    <message>
        <source>%1 yuan, approved by the %2.</source>
        <translation>%1 元，由%2审批。</translation>
    </message>
    <message>
        <source>county civil affairs bureau</source>
        <translation>县民政局</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Write down what happened: the application needs its reason.</source>
        <translation>请填写事由：申请须说明原因。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::UnlockDialog</name>
    <message>
        <source>Doudi — Unlock</source>
        <translation>兜底 — 解锁</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Doudi social assistance — enter your password to open the encrypted records.</source>
        <translation>兜底社会救助：请输入密码，打开加密的档案。</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>忘记密码(&amp;F)？</translation>
    </message>
    <message>
        <source>Set a new password with the recovery code printed when Doudi was set up on this computer.</source>
        <translation>用本机安装兜底时打印的恢复码设置新密码。</translation>
    </message>
    <message>
        <source>Forgot your password? The recovery code lets you set a new one.</source>
        <translation>忘记密码？可用恢复码设置新密码。</translation>
    </message>
    <message>
        <source>The recovery code is the sheet printed when Doudi was set up on this computer: six groups of four letters and digits, kept in the township office safe. Your records stay as they are; only your password changes.</source>
        <translation>恢复码是本机安装兜底时打印的那张纸：六组、每组四个字母或数字，存放在乡镇办公室保险柜中。记录不会改变，只更改您的密码。</translation>
    </message>
    <message>
        <source>Capital or small letters, with or without the dashes.</source>
        <translation>大小写均可，可带或不带短横线。</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>恢复码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Back to the password</source>
        <translation>返回密码登录(&amp;B)</translation>
    </message>
    <message>
        <source>Set the new password and unlock</source>
        <translation>设置新密码并解锁</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery code (below) to set a new password.</source>
        <translation>忘记了？可用下方的恢复码设置新密码。</translation>
    </message>
    <message>
        <source>Please type the recovery code from the sheet.</source>
        <translation>请输入纸上的恢复码。</translation>
    </message>
    <message>
        <source>Please enter the user name whose password is to be set anew.</source>
        <translation>请输入要重设密码的用户名。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::UsersPage</name>
    <message>
        <source>Users of this computer</source>
        <translation>本机用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>工作区域</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>%1 can now sign in on this computer.</source>
        <translation>%1 现在可以在这台电脑上登录了。</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>请先在列表中选择一个用户。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The password of %1 has been changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>A first password of at least 8 characters, not the person&apos;s name nor a common password; tell it to the person, who should change it.</source>
        <translation>初始密码至少8个字符，不能包含本人姓名，也不能是常见密码；告诉本人后，请其自行修改。</translation>
    </message>
    <message>
        <source>Set a new pass&amp;word for the selected user…</source>
        <translation>为所选用户设置新密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Area of wor&amp;k:</source>
        <translation>工作区域(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::VisitDialog</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Poor repair</source>
        <translation>年久失修</translation>
    </message>
    <message>
        <source>Unsafe (危房)</source>
        <translation>危房</translation>
    </message>
    <message>
        <source>Enough to eat</source>
        <translation>温饱无虞</translation>
    </message>
    <message>
        <source>Short of food</source>
        <translation>缺粮少食</translation>
    </message>
    <message>
        <source>Adequately clothed</source>
        <translation>衣被齐全</translation>
    </message>
    <message>
        <source>Short of clothing or bedding</source>
        <translation>缺衣少被</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>e.g. an old television, no washing machine</source>
        <translation>例如：旧电视机一台，无洗衣机</translation>
    </message>
    <message>
        <source>What the investigators saw and were told, compared with the declaration.</source>
        <translation>调查人员的所见所闻，并与申报情况对照。</translation>
    </message>
    <message>
        <source>&amp;Date of the visit:</source>
        <translation>调查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;First investigator:</source>
        <translation>调查人员一(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Second investigator:</source>
        <translation>调查人员二(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Housing:</source>
        <translation>住房(&amp;H)：</translation>
    </message>
    <message>
        <source>F&amp;ood:</source>
        <translation>吃(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Clothing:</source>
        <translation>穿(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Appliances and daily goods:</source>
        <translation>家电与日用品(&amp;A)：</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>调查结论(&amp;I)：</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>First investigator signs</source>
        <translation>调查人员一签字</translation>
    </message>
    <message>
        <source>Second investigator signs</source>
        <translation>调查人员二签字</translation>
    </message>
    <message>
        <source>%1 (interviewed) signs</source>
        <translation>%1（受访人）签字</translation>
    </message>
    <message>
        <source>The state of the dwelling as seen on the visit.</source>
        <translation>入户时看到的住房状况。</translation>
    </message>
    <message>
        <source>The day of the visit; it cannot be in the future.</source>
        <translation>入户调查的日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>Why the visit is recorded only now, e.g. no computer in the village that day</source>
        <translation>为什么现在才录入，例如：当天村里没有电脑</translation>
    </message>
    <message>
        <source>Recorded &amp;late because:</source>
        <translation>补录原因(&amp;L)：</translation>
    </message>
    <message>
        <source>At least two people visit: pick township staff or village helpers from the list, or type the full name of anyone else who went (e.g. a village committee member).</source>
        <translation>入户调查至少两人：从列表中选择乡镇工作人员或村协理员，或填写其他参加人员的全名（例如村委会成员）。</translation>
    </message>
    <message>
        <source>Pick a colleague or type a full name</source>
        <translation>选择同事或填写全名</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Profile folder.</source>
        <translation>档案库目录。</translation>
    </message>
    <message>
        <source>User name to fill in.</source>
        <translation>预先填入的用户名。</translation>
    </message>
</context>
</TS>
