<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ApiServer</name>
    <message>
        <source>Ask for kind=policy or kind=areas.</source>
        <translation>請求中須寫明 kind=policy 或 kind=areas。</translation>
    </message>
    <message>
        <source>This version of Doudi is too old for the county server (protocol %1, the server speaks %2): please update Doudi.</source>
        <translation>此版本的兜底太舊，無法與縣級服務器通信（本機協議版本 %1，服務器為 %2）：請升級兜底。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>請求內容過大。</translation>
    </message>
    <message>
        <source>The server cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>服務器無法在 %1:%2 上監聽（該端口已被佔用，或該地址不屬於本機）。</translation>
    </message>
    <message>
        <source>A pull must name the change it continues from (since=N).</source>
        <translation>下載請求必須註明從哪一條變更之後繼續（since=N）。</translation>
    </message>
    <message>
        <source>The county has not published its policy yet.</source>
        <translation>縣裡尚未發佈政策參數。</translation>
    </message>
    <message>
        <source>The county has not published its area list yet.</source>
        <translation>縣裡尚未發佈區劃表。</translation>
    </message>
    <message>
        <source>The device&apos;s sync position could not be read.</source>
        <translation>無法讀取本設備的同步位置。</translation>
    </message>
    <message>
        <source>A piece of a photo must say where it goes (offset=N).</source>
        <translation>照片分段必須註明寫入位置（offset=N）。</translation>
    </message>
    <message>
        <source>Ask for one range of bytes (bytes=A- or bytes=A-B).</source>
        <translation>只能請求一段字節（bytes=A- 或 bytes=A-B）。</translation>
    </message>
    <message>
        <source>Say the photo&apos;s size (size=N).</source>
        <translation>請註明照片大小（size=N）。</translation>
    </message>
</context>
<context>
    <name>AreaListRepository</name>
    <message>
        <source>The county&apos;s area list was not saved: %1</source>
        <translation>縣裡的區劃表未能保存：%1</translation>
    </message>
</context>
<context>
    <name>AreaRegistry</name>
    <message>
        <source>Line %1 of the area list is not valid.</source>
        <translation>區劃表第 %1 行有誤。</translation>
    </message>
    <message>
        <source>The area list must begin with the line code,name,level,parent.</source>
        <translation>區劃表的第一行必須是 code,name,level,parent。</translation>
    </message>
    <message>
        <source>Line %1 of the area list repeats the code %2 (first on line %3).</source>
        <translation>區劃表第 %1 行的代碼 %2 重複（首次出現在第 %3 行）。</translation>
    </message>
    <message>
        <source>Line %1 of the area list: %2 (%3) is not in the county %4.</source>
        <translation>區劃表第 %1 行：%2（%3）不在本縣（%4）範圍內。</translation>
    </message>
    <message>
        <source>Line %1 of the area list: the parent of %2 (%3) must be %4, and in the list.</source>
        <translation>區劃表第 %1 行：%2（%3）的上級必須是 %4，而且該上級也要列在表中。</translation>
    </message>
    <message>
        <source>The area list names no village of the county %1.</source>
        <translation>區劃表中沒有縣 %1 的任何村（社區）。</translation>
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
        <translation>%1（特困人員）</translation>
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
        <translation>無法打開政策文件 %1。</translation>
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
        <translation>該戶沒有計入共同生活的家庭成員，無法進行認定。</translation>
    </message>
    <message>
        <source>The household has %1 member(s) living together, all counted.</source>
        <translation>家庭共同生活成員 %1 人，全部計入。</translation>
    </message>
    <message>
        <source>The household registers %1 people; %2 count as members living together; not counted: %3.</source>
        <translation>該戶登記 %1 人，計入共同生活家庭成員 %2 人；不計入：%3。</translation>
    </message>
    <message>
        <source>The local %1 dibao standard on %2 is %3 yuan per person per month.</source>
        <translation>%2 本地%1低保標準為每人每月 %3 元。</translation>
    </message>
    <message>
        <source>urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>rural</source>
        <translation>農村</translation>
    </message>
    <message>
        <source>%1 %2 yuan</source>
        <translation>%1 %2 元</translation>
    </message>
    <message>
        <source>The household has no counted income.</source>
        <translation>家庭沒有計入的收入。</translation>
    </message>
    <message>
        <source>Counted income: %1 a year.</source>
        <translation>計入家庭收入：%1（年）。</translation>
    </message>
    <message>
        <source>Not counted under local policy: %1 a year.</source>
        <translation>按本地政策不計入：%1（年）。</translation>
    </message>
    <message>
        <source>Employment costs of %1 working member(s) are deducted: %2 yuan a year.</source>
        <translation>扣減 %1 名就業成員的就業成本：每年 %2 元。</translation>
    </message>
    <message>
        <source>about </source>
        <translation>約</translation>
    </message>
    <message>
        <source>Household income is %1 yuan a year; per person per month %2 yuan.</source>
        <translation>家庭年收入 %1 元，月人均收入 %2 元。</translation>
    </message>
    <message>
        <source>Financial assets %1 yuan (%2 yuan per person) %3 the limit of %4 months of the standard per person (%5 yuan); dwellings %6 (at most %7); motor vehicles %8 (at most %9).</source>
        <translation>金融資產 %1 元（人均 %2 元），%3人均 %4 個月低保標準（%5 元）的限額；住房 %6 套（最多 %7 套）；機動車 %8 輛（最多 %9 輛）。</translation>
    </message>
    <message>
        <source>are within</source>
        <translation>未超過</translation>
    </message>
    <message>
        <source>exceed</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>%1 is rounded once, as local policy says: %2 yuan a month.</source>
        <translation>%1按本地規定只在最後取整一次：每月 %2 元。</translation>
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
        <translation>是（無法定義務人）</translation>
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
        <translation>部分喪失生活自理能力</translation>
    </message>
    <message>
        <source>fully unable to care for themselves</source>
        <translation>完全喪失生活自理能力</translation>
    </message>
    <message>
        <source>the self-care assessment found %1 of 6 items failed</source>
        <translation>生活自理能力評估6項中有 %1 項不能完成</translation>
    </message>
    <message>
        <source>no self-care assessment is recorded yet, so the self-caring level is used</source>
        <translation>尚未錄入生活自理能力評估，暫按生活自理計算</translation>
    </message>
    <message>
        <source>Monthly per-capita income %1 yuan is below the local dibao standard of %2 yuan.</source>
        <translation>家庭月人均收入 %1 元，低於本地低保標準 %2 元。</translation>
    </message>
    <message>
        <source>Monthly per-capita income %1 yuan is not below the local dibao standard of %2 yuan.</source>
        <translation>家庭月人均收入 %1 元，不低於本地低保標準 %2 元。</translation>
    </message>
    <message>
        <source>The dibao tiers in the policy data do not cover a per-capita income of %1 yuan: the county&apos;s tiers need to reach the standard.</source>
        <translation>政策參數中的低保分檔沒有覆蓋人均收入 %1 元：縣裡的分檔上限需要達到低保標準。</translation>
    </message>
    <message>
        <source>Paid by tiers: per-capita income is below %1 yuan, so %2 yuan per person × %3 = %4 yuan a month.</source>
        <translation>按分檔發放：人均收入低於 %1 元，每人 %2 元 × %3 人 = 每月 %4 元。</translation>
    </message>
    <message>
        <source>Paid as the gap: standard %1 yuan × %2 people − household income %3 yuan a month = %4 yuan a month.</source>
        <translation>按補差發放：低保標準 %1 元 × %2 人 − 家庭月收入 %3 元 = 每月 %4 元。</translation>
    </message>
    <message>
        <source>%1 (%2) %3 yuan</source>
        <translation>%1（%2）%3 元</translation>
    </message>
    <message>
        <source>Classified top-ups: %1.</source>
        <translation>分類施保加發：%1。</translation>
    </message>
    <message>
        <source>Income has risen above the standard through work: payment continues for %1 months (until %2) at %3 of the current %4 yuan.</source>
        <translation>家庭因就業收入超過低保標準，給予漸退期 %1 個月（至 %2），按現發放額 %4 元的 %3 繼續發放。</translation>
    </message>
    <message>
        <source>Monthly per-capita income %1 yuan is %2 %3 times the standard (%4 yuan).</source>
        <translation>家庭月人均收入 %1 元，%2低保標準的 %3 倍（%4 元）。</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低於</translation>
    </message>
    <message>
        <source>not below</source>
        <translation>不低於</translation>
    </message>
    <message>
        <source>Seriously ill or severely disabled members are covered on their own (单人保), each as a household of one at %1 of the standard less their own income: %2.</source>
        <translation>重病、重度殘疾成員按單人戶納入低保（單人保），每人按低保標準的 %1 減去本人收入計發：%2。</translation>
    </message>
    <message>
        <source>The household is a near-dibao household: it receives no dibao payment but may receive special assistance (medical, education, housing, employment).</source>
        <translation>該戶認定為低保邊緣家庭：不發放低保金，可按規定獲得醫療、教育、住房、就業等專項救助。</translation>
    </message>
    <message>
        <source>Rigid expenditure %1 yuan a year against income %2 yuan (the line is %3 of income): %4; per-capita income %5 yuan a year against last year&apos;s local per-capita disposable income %6 yuan: %7.</source>
        <translation>剛性支出每年 %1 元，家庭年收入 %2 元（認定比例為收入的 %3）：%4；家庭年人均收入 %5 元，與上年度當地居民人均可支配收入 %6 元相比：%7。</translation>
    </message>
    <message>
        <source>above the line</source>
        <translation>超過該比例</translation>
    </message>
    <message>
        <source>not above the line</source>
        <translation>未超過該比例</translation>
    </message>
    <message>
        <source>No assistance programme applies: %1.</source>
        <translation>不符合任何救助項目的條件：%1。</translation>
    </message>
    <message>
        <source>assets are over the limits</source>
        <translation>財產超過規定</translation>
    </message>
    <message>
        <source>income is above the dibao standard and assets are over the limits</source>
        <translation>收入超過低保標準，且財產超過規定</translation>
    </message>
    <message>
        <source>income is above the near-dibao line and rigid expenditure does not cause hardship</source>
        <translation>收入超過低保邊緣認定線，也不屬於剛性支出困難</translation>
    </message>
    <message>
        <source>%1 (not yet born on %2)</source>
        <translation>%1（%2 尚未出生）</translation>
    </message>
    <message>
        <source>yes (no one obliged can support)</source>
        <translation>是（負有義務者均無履行能力）</translation>
    </message>
    <message>
        <source>Extreme poverty tests for %1: unable to work — %2; no source of income — %3; assets within the limits for extreme poverty — %4; no one able to support — %5.</source>
        <translation>%1的特困人員條件：無勞動能力——%2；無生活來源——%3；財產符合特困人員財產規定——%4；無法定義務人或義務人無履行能力——%5。</translation>
    </message>
    <message>
        <source>No member is unable to work (60 or older, a minor, or disabled so as to be unable to work): nobody is considered for extreme poverty.</source>
        <translation>家庭成員中沒有無勞動能力的人（60 週歲以上、未成年人或無勞動能力的殘疾人），不考慮特困人員救助供養。</translation>
    </message>
    <message>
        <source>%1: basic living standard %2 × %3 = %4 yuan; %5, care standard (%6) %7 yuan; together %8 yuan a month.</source>
        <translation>%1：基本生活標準 %2 × %3 = %4 元；%5，照料護理標準（%6）%7 元；合計每月 %8 元。</translation>
    </message>
    <message>
        <source>The support payment</source>
        <translation>供養金</translation>
    </message>
    <message>
        <source>The other %1 member(s) (%2) are assessed for dibao without those in extreme poverty: their income is %3 yuan a year, per person per month %4 yuan; financial assets %5 yuan %6 the limit of %7 yuan per person.</source>
        <translation>除特困人員外的其他 %1 名成員（%2）單獨按低保認定：年收入 %3 元，月人均 %4 元；金融資產 %5 元，%6人均 %7 元的限額。</translation>
    </message>
    <message>
        <source>The dibao payment</source>
        <translation>低保金</translation>
    </message>
    <message>
        <source>%1 yuan is below the local minimum monthly payment, so %2 yuan is paid.</source>
        <translation>%1 元低於本地每戶每月最低發放額，按 %2 元發放。</translation>
    </message>
    <message>
        <source>The taper payment</source>
        <translation>漸退期低保金</translation>
    </message>
    <message>
        <source>%1 (own income %2 yuan a month)</source>
        <translation>%1（本人月收入 %2 元）</translation>
    </message>
    <message>
        <source>Seriously ill or severely disabled members are not covered on their own: their own income is not below the standard: %1.</source>
        <translation>重病、重度殘疾成員本人收入不低於低保標準，不單獨納入低保：%1。</translation>
    </message>
    <message>
        <source> Not covered, their own income being not below the standard: %1.</source>
        <translation>本人收入不低於標準、不單獨納入的：%1。</translation>
    </message>
    <message>
        <source>The single-person dibao payment</source>
        <translation>單人保低保金</translation>
    </message>
    <message>
        <source>no member qualifies on their own and there is no rigid-expenditure hardship</source>
        <translation>沒有可單獨納入的成員，也沒有剛性支出困難</translation>
    </message>
</context>
<context>
    <name>Asset</name>
    <message>
        <source>asset type</source>
        <translation>財產類型</translation>
    </message>
    <message>
        <source>value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>description</source>
        <translation>說明</translation>
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
        <translation>附件超過 %1 MB。</translation>
    </message>
    <message>
        <source>The attachment is not on this computer.</source>
        <translation>這臺電腦上沒有該附件。</translation>
    </message>
</context>
<context>
    <name>AuditHeads</name>
    <message>
        <source>The device&apos;s audit report could not be read.</source>
        <translation>無法讀取該電腦上報的審計信息。</translation>
    </message>
    <message>
        <source>The laptop&apos;s audit chain went back from entry %1 to entry %2: a backup was restored on it, or entries were removed.</source>
        <translation>該電腦的審計鏈從第 %1 條退回到了第 %2 條：這臺電腦恢復過備份，或有審計記錄被刪除。</translation>
    </message>
    <message>
        <source>Entry %1 of the laptop&apos;s audit chain is not what the laptop reported before: its history was changed.</source>
        <translation>該電腦審計鏈的第 %1 條與它此前上報的不一致：其歷史記錄被改動過。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>縣級數據庫拒絕了一項請求。</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>unlocked with the recovery code</source>
        <translation>用恢復碼解鎖</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的角色（%1）不能%2。</translation>
    </message>
    <message>
        <source>County and administrator accounts are set up by the county, not on this device.</source>
        <translation>縣級和管理員賬戶由縣裡設立，不能在本機創建。</translation>
    </message>
    <message>
        <source>You may not give a user a higher role than your own (%1).</source>
        <translation>不能給用戶高於您自己（%1）的角色。</translation>
    </message>
    <message>
        <source>You may not give a user an area beyond your own (%1).</source>
        <translation>不能給用戶超出您自己工作區域（%1）的範圍。</translation>
    </message>
    <message>
        <source>Give the user an area of work within your own (%1).</source>
        <translation>請為該用戶指定您工作區域（%1）之內的範圍。</translation>
    </message>
    <message>
        <source>This is outside your area of work (%1): you may not %2 there.</source>
        <translation>這不在您的工作區域（%1）之內，您不能在那裡%2。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>請選擇角色。</translation>
    </message>
    <message>
        <source>Administrator accounts are set up by the county: join the county server with the account the county gave you.</source>
        <translation>管理員賬號由縣級設立：請用縣裡分配的賬號加入縣服務器。</translation>
    </message>
    <message>
        <source>A village helper works in one village: choose the village.</source>
        <translation>村級協理員在一個村工作：請選擇村。</translation>
    </message>
    <message>
        <source>Township staff work in one township: choose the township.</source>
        <translation>鄉鎮工作人員在一個鄉鎮工作：請選擇鄉鎮。</translation>
    </message>
    <message>
        <source>County staff work in the whole county: choose the county.</source>
        <translation>縣級工作人員負責全縣：請選擇本縣。</translation>
    </message>
    <message>
        <source>The area %1 is not in the county&apos;s list of townships and villages.</source>
        <translation>區劃 %1 不在本縣的鄉鎮和村名單中。</translation>
    </message>
    <message>
        <source>The county confirms changes of standards here (confirm.level is county).</source>
        <translation>本縣的調標由縣民政局確認（confirm.level 為縣級）。</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>The county has no photo or scan with this fingerprint in your areas. Its record is sent first; sync again.</source>
        <translation>縣裡在您的工作區域內沒有這一指紋的照片或掃描件。附件記錄須先上傳，請再同步一次。</translation>
    </message>
    <message>
        <source>The photo&apos;s record gives a size the county does not take.</source>
        <translation>照片記錄中的大小超出縣裡接受的範圍。</translation>
    </message>
    <message>
        <source>A piece of a photo must hold 1 byte to %1 KB.</source>
        <translation>照片的每一段須為 1 字節至 %1 KB。</translation>
    </message>
    <message>
        <source>A piece of a photo goes past its size.</source>
        <translation>照片分段超出了照片的大小。</translation>
    </message>
    <message>
        <source>The photo arrived damaged (its fingerprint does not match): it is sent again from the start at the next sync.</source>
        <translation>照片傳到縣裡時已損壞（指紋不符）：下次同步時將從頭重新上傳。</translation>
    </message>
    <message>
        <source>The county does not have this photo yet: the laptop that took it has not sent it.</source>
        <translation>縣裡還沒有這張照片：拍攝它的電腦尚未上傳。</translation>
    </message>
    <message>
        <source>The part of the photo asked for is not in it.</source>
        <translation>所請求的部分不在這張照片的範圍內。</translation>
    </message>
</context>
<context>
    <name>BlobTransfer</name>
    <message>
        <source>The county did not take a photo&apos;s bytes; they are sent again at the next sync.</source>
        <translation>縣裡未能接收照片內容，下次同步時將重新上傳。</translation>
    </message>
    <message>
        <source>A photo to send is no longer on this laptop.</source>
        <translation>要上傳的照片已不在這臺電腦上。</translation>
    </message>
    <message>
        <source>The attachment is not on this computer.</source>
        <translation>這臺電腦上沒有該附件。</translation>
    </message>
    <message>
        <source>The attachment&apos;s record gives an impossible size.</source>
        <translation>附件記錄中的大小不合理。</translation>
    </message>
    <message>
        <source>The county sent a photo&apos;s bytes that do not fit it.</source>
        <translation>縣裡發來的照片內容與該照片不符。</translation>
    </message>
    <message>
        <source>The photo came damaged from the county (its fingerprint does not match). Try again.</source>
        <translation>從縣裡下載的照片已損壞（指紋不符），請重試。</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This file is not a Doudi bundle, or it is damaged.</source>
        <translation>這個文件不是兜底的同步包，或者已經損壞。</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>This is the county&apos;s answer for a laptop, not a laptop&apos;s bundle: take it back to the laptop (doudi-cli bundle import).</source>
        <translation>這是縣裡給電腦的回執，不是電腦交來的同步包：請把它帶回那臺電腦讀入（doudi-cli bundle import）。</translation>
    </message>
    <message>
        <source>This bundle is for county %1, not this one (%2): it was not imported.</source>
        <translation>這個同步包是給縣 %1 的，不是本縣（%2）的：未導入。</translation>
    </message>
    <message>
        <source>This bundle comes from a device the county never enrolled: it was not imported.</source>
        <translation>這個同步包來自縣裡從未接入過的設備：未導入。</translation>
    </message>
    <message>
        <source>The county has withdrawn the device this bundle comes from: it was not imported.</source>
        <translation>這個同步包來自已被縣裡停用的設備：未導入。</translation>
    </message>
    <message>
        <source>The device this bundle comes from has not exchanged keys with the county (it must sync once over the network): it was not imported.</source>
        <translation>這個同步包來自尚未與縣裡交換密鑰的設備（它須先聯網同步一次）：未導入。</translation>
    </message>
    <message>
        <source>The county already imported another bundle numbered %1 from this device: this one was not imported.</source>
        <translation>縣裡已導入過這臺設備編號為 %1 的另一個同步包：這一個未導入。</translation>
    </message>
    <message>
        <source>This bundle is damaged (it does not say where its pull stands).</source>
        <translation>這個同步包已損壞（沒有寫明下載進度）。</translation>
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
        <translation>沒有編號為 %1 的案件。</translation>
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
        <translation>按今天的認定結果為“%1”，與申請的救助類別不符，請單獨為此案件出具鄉鎮審核意見。</translation>
    </message>
    <message>
        <source>Paper &quot;%1&quot;: %2</source>
        <translation>材料“%1”：%2</translation>
    </message>
    <message>
        <source>Small quick aid is for urgent hardship (急难型) only.</source>
        <translation>小額先行救助僅適用於急難型臨時救助。</translation>
    </message>
    <message>
        <source>The policy allows nothing more for this household this year.</source>
        <translation>按政策，該家庭本年度已不能再獲得臨時救助。</translation>
    </message>
    <message>
        <source>A step is dated the day it is taken; it cannot be dated after today (%1).</source>
        <translation>辦理日期就是辦理當天，不能晚於今天（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>A step may be recorded at most %n day(s) after it was taken (county rule); %1 is too long ago.</source>
        <translation>
            <numerusform>按縣裡規定，辦理環節最多可在 %n 天內補錄；%1 已超過期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why this step is recorded late (it was taken on %1).</source>
        <translation>請寫明為什麼補錄（實際辦理日期為 %1）。</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The audit log could not be read.</source>
        <translation>無法讀取審計日誌。</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>缺少第 %1 條</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>第 %1 條與上一條記錄銜接不上</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>第 %1 條已被改動</translation>
    </message>
    <message>
        <source>A change was written outside a transaction.</source>
        <translation>有一項修改未在事務中寫入。</translation>
    </message>
    <message>
        <source>A record of an unknown kind was written.</source>
        <translation>寫入了一條類型不明的記錄。</translation>
    </message>
</context>
<context>
    <name>CountyData</name>
    <message>
        <source>Unknown kind of county data: %1.</source>
        <translation>未知的縣級數據類型：%1。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>該文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>縣級數據庫拒絕了一項請求。</translation>
    </message>
</context>
<context>
    <name>CountyUpdate</name>
    <message>
        <source>The county&apos;s policy could not be read; the one in force stays: %1</source>
        <translation>無法讀取縣裡的政策參數，繼續使用現行的政策參數：%1</translation>
    </message>
    <message>
        <source>The county&apos;s area list could not be read; the one in use stays.</source>
        <translation>無法讀取縣裡的區劃表，繼續使用現有的區劃表。</translation>
    </message>
    <message>
        <source>The county server sent something other than what was asked for.</source>
        <translation>縣級服務器發來的內容與請求的不符。</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption library reported an error.</source>
        <translation>加密組件報告了錯誤。</translation>
    </message>
    <message>
        <source>The wrapped key is damaged.</source>
        <translation>受保護的密鑰已損壞。</translation>
    </message>
    <message>
        <source>The password or code is not correct.</source>
        <translation>密碼或恢復碼不正確。</translation>
    </message>
    <message>
        <source>Not enough memory to check the password (%1 MiB are needed).</source>
        <translation>內存不足，無法核驗密碼（需要 %1 MiB）。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database could not carry out a request.</source>
        <translation>數據庫無法完成請求。</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>無法更新數據庫。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>數據庫正忙，請稍後再試。</translation>
    </message>
    <message>
        <source>The changes could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Doudi (schema %1); please update Doudi.</source>
        <translation>該數據庫由更新版本的兜底寫入（結構版本 %1），請升級兜底。</translation>
    </message>
    <message>
        <source>A database update is missing from this build.</source>
        <translation>本版本缺少數據庫升級文件，請重新安裝兜底。</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed.</source>
        <translation>數據庫升級到版本 %1 失敗。</translation>
    </message>
    <message>
        <source>The database could not be checked.</source>
        <translation>無法檢查數據庫。</translation>
    </message>
    <message>
        <source>A %1 record refers to a missing %2 record.</source>
        <translation>有一條%1記錄指向不存在的%2記錄。</translation>
    </message>
    <message>
        <source>The copy could not be created.</source>
        <translation>無法創建副本。</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>無法寫入副本。</translation>
    </message>
    <message>
        <source>The profile is locked: unlock it to go on.</source>
        <translation>檔案庫已鎖定：請先解鎖再繼續。</translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>Low household income; the family cannot meet its basic needs.</source>
        <translation>家庭收入低，難以維持基本生活。</translation>
    </message>
    <message>
        <source>Demo case at step %1: %2</source>
        <translation>演示案件在步驟 %1 出錯：%2</translation>
    </message>
    <message>
        <source>Income rose after the decision</source>
        <translation>審批後收入增加</translation>
    </message>
</context>
<context>
    <name>DeviceCredential</name>
    <message>
        <source>This laptop&apos;s sync credential is kept in its encrypted profile, not in the system keychain: %1</source>
        <translation>這臺電腦的同步憑據保存在加密的檔案庫中，而不是系統鑰匙串中：%1</translation>
    </message>
    <message>
        <source>This profile keeps its sync credential in a place this version of Doudi does not know (%1): upgrade Doudi.</source>
        <translation>此檔案庫把同步憑據保存在此版本的兜底不認識的位置（%1）：請升級兜底。</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync credential is missing from the system keychain: it was deleted there, or this profile was copied from another computer or user account. Ask the county for a new enrolment code for this laptop.</source>
        <translation>系統鑰匙串中找不到這臺電腦的同步憑據：它在鑰匙串中被刪除了，或者此檔案庫是從另一臺電腦或另一個用戶賬戶複製來的。請向縣裡為這臺電腦索取新的接入碼。</translation>
    </message>
    <message>
        <source>Sync cannot start: this laptop&apos;s sync credential is in the system keychain, and the keychain did not give it out. %1 Unlock the keychain (sign in to this computer&apos;s desktop, or open its password manager), then sync again.</source>
        <translation>無法開始同步：這臺電腦的同步憑據保存在系統鑰匙串中，但鑰匙串沒有提供它。%1 請先解鎖鑰匙串（登錄這臺電腦的桌面，或打開它的密碼管理器），然後再同步。</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>No document numbered %1 was printed on this device.</source>
        <translation>本機沒有打印過編號為 %1 的文書。</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>it does not show the QR code (&lt;img src=&quot;doudi:qr&quot;&gt;)</source>
        <translation>模板中沒有二維碼（&lt;img src=&quot;doudi:qr&quot;&gt;）</translation>
    </message>
    <message>
        <source>The county&apos;s template %1 was refused (%2); the built-in form was used.</source>
        <translation>縣裡的模板 %1 未被採用（%2），已改用系統內置格式。</translation>
    </message>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>缺少系統內置模板 %1。</translation>
    </message>
    <message>
        <source>This application has not been on public notice.</source>
        <translation>該申請尚未公示。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>沒有“%1”這種文書。</translation>
    </message>
    <message>
        <source>The %1 does not fit this application as it stands (%2).</source>
        <translation>該申請目前的狀態（%2）不適用%1。</translation>
    </message>
    <message>
        <source>Document %1 is of an unknown form.</source>
        <translation>文書 %1 的格式無法識別。</translation>
    </message>
    <message>
        <source>Give at least the 16 characters of the check code printed on the document.</source>
        <translation>請至少輸入文書上印的 16 位核驗碼。</translation>
    </message>
    <message>
        <source>Public notice of %1</source>
        <translation>%1 的公示</translation>
    </message>
    <message numerus="yes">
        <source>Printing was stopped; %n document(s) had been numbered.</source>
        <translation>
            <numerusform>打印已停止；此前已有 %n 份文書編號。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 lies outside your area of work.</source>
        <translation>%1不在您的工作區域內。</translation>
    </message>
    <message>
        <source>(given when printed)</source>
        <translation>（打印時生成）</translation>
    </message>
    <message>
        <source>The county&apos;s policy gives no supervision phone for public notices (print.supervision.phone): write it on the notice by hand, on the line left for it.</source>
        <translation>縣政策中沒有公示用的監督電話（print.supervision.phone）：請在公示表留出的橫線上手寫。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>沒有這個文件</translation>
    </message>
    <message>
        <source>The county&apos;s font %1 (%2) could not be used (%3); the standard face was used.</source>
        <translation>縣裡指定的字體 %1（%2）無法使用（%3），已改用標準字體。</translation>
    </message>
    <message>
        <source>Choose a township: the list of changes is a township&apos;s.</source>
        <translation>請選擇鄉鎮：調標變動清單按鄉鎮打印。</translation>
    </message>
    <message>
        <source>Work the report out first.</source>
        <translation>請先生成報表。</translation>
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
        <translation>此草稿無法讀取。</translation>
    </message>
</context>
<context>
    <name>EmbeddedPostgres</name>
    <message>
        <source>No unprivileged user (postgres or nobody) exists to run the database.</source>
        <translation>系統中沒有可用來運行數據庫的非特權用戶（postgres 或 nobody）。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 was not found: install the postgresql-15 package, or give the server an existing database with --database.</source>
        <translation>找不到 PostgreSQL 的 %1：請安裝 postgresql-15 軟件包，或用 --database 為服務器指定一個現有的數據庫。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 did not finish in time.</source>
        <translation>PostgreSQL 的 %1 未能在規定時間內完成。</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s %1 failed: %2</source>
        <translation>PostgreSQL 的 %1 運行失敗：%2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_dump failed: %1</source>
        <translation>PostgreSQL 的 pg_dump 運行失敗：%1</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be created.</source>
        <translation>無法創建數據庫文件夾 %1。</translation>
    </message>
    <message>
        <source>The database folder %1 cannot be given to the database user.</source>
        <translation>無法把數據庫文件夾 %1 的所有權交給數據庫用戶。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be given to the database user.</source>
        <translation>無法把 %1 的所有權交給數據庫用戶。</translation>
    </message>
    <message>
        <source>The server&apos;s database did not start (its log is %1): %2</source>
        <translation>服務器的數據庫未能啟動（日誌見 %1）：%2</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>This enrolment code is not valid: it was used already, it expired (codes last seven days) or the county withdrew it. Ask the county for a new one.</source>
        <translation>該接入碼無效：它已經用過、已過期（接入碼七天內有效），或已被縣裡撤銷。請向縣裡索取新的接入碼。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用戶名或密碼不正確。</translation>
    </message>
    <message>
        <source>Your account has been disabled by the county.</source>
        <translation>您的賬戶已被縣裡停用。</translation>
    </message>
</context>
<context>
    <name>EnrolmentCode</name>
    <message>
        <source>This is not an enrolment code: it has 42 letters and digits in groups of six, as the county gave it. Check it and type it again.</source>
        <translation>這不是接入碼：接入碼共 42 個字母和數字，每六個一組，與縣裡給您的一致。請核對後重新輸入。</translation>
    </message>
</context>
<context>
    <name>Expenditure</name>
    <message>
        <source>expenditure type</source>
        <translation>支出類型</translation>
    </message>
    <message>
        <source>annual amount</source>
        <translation>年支出額</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>ExtremePoverty</name>
    <message>
        <source>aged %1, 60 or older</source>
        <translation>%1 週歲，60 週歲以上</translation>
    </message>
    <message>
        <source>aged %1, a minor</source>
        <translation>%1 週歲，未成年人</translation>
    </message>
    <message>
        <source>%1 disability, grade %2</source>
        <translation>%1 %2 級</translation>
    </message>
    <message>
        <source>aged %1, supported since before 18 and still at school (%2)</source>
        <translation>%1 週歲，未成年時已納入特困供養，仍在校就讀（%2）</translation>
    </message>
    <message>
        <source>in extreme poverty themselves</source>
        <translation>本人為特困人員</translation>
    </message>
    <message>
        <source>a minor</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>a dibao recipient aged %1</source>
        <translation>%1 週歲的低保對象</translation>
    </message>
    <message>
        <source>aged %1 with an income below last year&apos;s local per-capita disposable income</source>
        <translation>%1 週歲，本人收入低於當地上年人均可支配收入</translation>
    </message>
    <message>
        <source>severely disabled (%1) with an income below last year&apos;s local per-capita disposable income</source>
        <translation>重度殘疾（%1），本人收入低於當地上年人均可支配收入</translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>沒有可打印的內容。</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>無法打開打印機。</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>打印已停止。</translation>
    </message>
    <message>
        <source>%1 is not a font file that can be used.</source>
        <translation>%1 不是可用的字體文件。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>fully unable to care for themselves</source>
        <translation>完全喪失生活自理能力</translation>
    </message>
    <message>
        <source>partly unable to care for themselves</source>
        <translation>部分喪失生活自理能力</translation>
    </message>
    <message>
        <source>able to care for themselves</source>
        <translation>具備生活自理能力</translation>
    </message>
    <message numerus="yes">
        <source>%n of 6 items cannot be done</source>
        <translation>
            <numerusform>6 項中 %n 項不能完成</numerusform>
        </translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>全家</translation>
    </message>
    <message>
        <source>county civil affairs bureau</source>
        <translation>縣民政局</translation>
    </message>
    <message>
        <source>township</source>
        <translation>鄉鎮（街道）</translation>
    </message>
    <message>
        <source>support in kind</source>
        <translation>物質幫扶</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>must be a list of at most %1 items.</source>
        <translation>必須是最多 %1 項的列表。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>there is no member number %1.</source>
        <translation>沒有第 %1 名成員。</translation>
    </message>
    <message>
        <source>village code</source>
        <translation>村（社區）代碼</translation>
    </message>
    <message>
        <source>must be the 12-digit code of a village or community.</source>
        <translation>必須是村（社區）的12位區劃代碼。</translation>
    </message>
    <message>
        <source>household registration</source>
        <translation>戶籍類型</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>財產</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Obligor</source>
        <translation>義務人</translation>
    </message>
    <message>
        <source>members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>a household needs at least one member.</source>
        <translation>一戶至少要有一名成員。</translation>
    </message>
    <message>
        <source>at most %1 members.</source>
        <translation>最多 %1 名成員。</translation>
    </message>
    <message>
        <source>exactly one member must be the head of household (found %1).</source>
        <translation>必須恰好有一名戶主（現有 %1 名）。</translation>
    </message>
    <message>
        <source>the ID number %1 appears twice.</source>
        <translation>身份證號 %1 出現了兩次。</translation>
    </message>
    <message>
        <source>refers to someone who is not a member of this household.</source>
        <translation>指向的人不是本戶成員。</translation>
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
        <translation>原家庭成員</translation>
    </message>
    <message>
        <source>%1 joined the household (%2).</source>
        <translation>%1 加入家庭（%2）。</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4.</source>
        <translation>%1：%2由“%3”變為“%4”。</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>殘疾情況</translation>
    </message>
    <message>
        <source>work</source>
        <translation>就業狀況</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>就學情況</translation>
    </message>
    <message>
        <source>living situation</source>
        <translation>在家情況</translation>
    </message>
    <message>
        <source>relation to the head</source>
        <translation>與戶主關係</translation>
    </message>
    <message numerus="yes">
        <source>%n of 6 items failed</source>
        <translation>
            <numerusform>6 項中 %n 項不能完成</numerusform>
        </translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <source>self-care assessment</source>
        <translation>生活自理能力評估</translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation>%1 已不是家庭成員。</translation>
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
        <translation>%1的收入（%2，每年 %3 元）已沒有。</translation>
    </message>
    <message>
        <source>New asset: %1 × %2, %3 yuan.</source>
        <translation>新增財產：%1 × %2，%3 元。</translation>
    </message>
    <message>
        <source>Asset %1: %2 × %3 yuan → %4 × %5 yuan.</source>
        <translation>財產（%1）：%2 × %3 元 → %4 × %5 元。</translation>
    </message>
    <message>
        <source>Asset no longer held: %1, %2 yuan.</source>
        <translation>已不再持有的財產：%1，%2 元。</translation>
    </message>
    <message>
        <source>New necessary expenditure of %1: %2, %3 yuan a year.</source>
        <translation>%1 新增剛性支出：%2，每年 %3 元。</translation>
    </message>
    <message>
        <source>Expenditure of %1 (%2): %3 → %4 yuan a year.</source>
        <translation>%1的支出（%2）：每年 %3 → %4 元。</translation>
    </message>
    <message>
        <source>Expenditure of %1 (%2) no longer recorded.</source>
        <translation>%1的支出（%2）已不再登記。</translation>
    </message>
    <message>
        <source>Persons with a duty of support: %1 → %2.</source>
        <translation>法定贍養、撫養、扶養義務人：%1 → %2 人。</translation>
    </message>
    <message>
        <source>Registration changed from %1 to %2.</source>
        <translation>戶籍由%1變為%2。</translation>
    </message>
    <message>
        <source>The household moved to another village or community.</source>
        <translation>家庭已遷至其他村（社區）。</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>This household does not exist or has been deleted.</source>
        <translation>該戶檔案不存在或已刪除。</translation>
    </message>
    <message>
        <source>The household could not be read completely.</source>
        <translation>無法完整讀取該戶檔案。</translation>
    </message>
    <message>
        <source>The household was not saved: %1</source>
        <translation>該戶檔案未保存：%1</translation>
    </message>
    <message>
        <source>This household was changed by someone else since you opened it. Open it again to see the changes, then make yours.</source>
        <translation>此記錄已被他人修改：您打開這戶家庭之後，它又被修改過。請重新打開，看過別人的修改後再改。</translation>
    </message>
</context>
<context>
    <name>HouseholdSearch</name>
    <message>
        <source>The search could not be carried out.</source>
        <translation>無法完成查找。</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>Household %1: %2</source>
        <translation>第 %1 戶：%2</translation>
    </message>
    <message>
        <source>Say why the household is changed (for example: a new job, a member moved away, a typing mistake): the reason is kept with the change.</source>
        <translation>請填寫修改原因（例如：新就業、成員遷出、錄入錯誤），原因將與修改內容一併保存。</translation>
    </message>
    <message>
        <source>%1 (ID number %2) is already registered in the household of %3, %4.</source>
        <translation>%1（身份證號 %2）已登記在%4 %3戶。</translation>
    </message>
    <message>
        <source>%1 is registered in the household of %2, which is outside your areas: the township of that household must take them out first.</source>
        <translation>%1 登記在 %2 戶，該戶不在您的管轄範圍內：須由該戶所在鄉鎮先將其移出。</translation>
    </message>
    <message>
        <source>%1 is the head of their old household: choose its new head there first, then record the move.</source>
        <translation>%1 是原戶的戶主：請先為原戶指定新戶主，再登記遷入。</translation>
    </message>
    <message>
        <source>%1 moved to the household of %2.</source>
        <translation>%1 遷入 %2 戶。</translation>
    </message>
    <message>
        <source>%1 was the only member of their old household, which has an application or a benefit in progress: end it there first, then record the move.</source>
        <translation>%1 是原戶唯一成員，原戶有辦理中的申請或正在享受的救助：請先在原戶終止，再登記遷入。</translation>
    </message>
    <message>
        <source>%1 was the only member of their old household, which would then be removed: that is for the township head or the county. Ask them to record the move.</source>
        <translation>%1 是原戶唯一成員，遷入後原戶將被註銷：註銷須由鄉鎮負責人或縣級辦理，請由他們登記此次遷入。</translation>
    </message>
    <message>
        <source>A person is registered in one household only. If they have moved here, mark them as moved in: they are then taken out of the old household.</source>
        <translation>同一人只能在一戶登記。若此人已遷入本戶，請標記為“已遷入”，系統會將其從原戶移出。</translation>
    </message>
</context>
<context>
    <name>HttpsTransport</name>
    <message>
        <source>The server at %1 is not the county server this laptop joined (its certificate is different). Do not sync; tell the county.</source>
        <translation>%1 上的服務器不是這臺電腦接入的縣級服務器（證書不同）。請不要同步，並告知縣裡。</translation>
    </message>
    <message>
        <source>The county server cannot be reached (%1). Work goes on offline; sync again later.</source>
        <translation>無法連接縣級服務器（%1）。可以繼續離線工作，稍後再同步。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份證號為空。</translation>
    </message>
    <message>
        <source>A 15-digit ID number may contain digits only.</source>
        <translation>15位身份證號只能由數字組成。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 for old cards); this one has %1.</source>
        <translation>身份證號應為18位（老證為15位），這個號碼有 %1 位。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份證號應為17位數字加1位數字或X。</translation>
    </message>
    <message>
        <source>The ID number&apos;s area code (first six digits) is not valid.</source>
        <translation>身份證號的地址碼（前6位）無效。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date.</source>
        <translation>身份證號中的出生日期（%1）不是真實日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is impossible.</source>
        <translation>身份證號中的出生日期（%1）不可能成立。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check character does not match: please check each digit.</source>
        <translation>身份證號校驗位不符，請逐位核對。</translation>
    </message>
</context>
<context>
    <name>Income</name>
    <message>
        <source>income type</source>
        <translation>收入類型</translation>
    </message>
    <message>
        <source>annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The key file of this profile is damaged.</source>
        <translation>此檔案庫的密鑰文件已損壞。</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>數據庫密鑰長度不對。</translation>
    </message>
    <message>
        <source>A user name of 1 to 40 characters is required.</source>
        <translation>用戶名須為1到40個字符。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Please wait %1 seconds and try again.</source>
        <translation>失敗次數過多，請等待 %1 秒後再試。</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>用戶名或密碼不正確。</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>恢復碼不正確。</translation>
    </message>
    <message>
        <source>The key file of this profile is missing.</source>
        <translation>此檔案庫缺少密鑰文件。</translation>
    </message>
    <message>
        <source>The key file of this profile is damaged.</source>
        <translation>此檔案庫的密鑰文件已損壞。</translation>
    </message>
    <message>
        <source>The key file could not be written.</source>
        <translation>無法寫入密鑰文件。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Nothing is stored in the system keychain for this device yet.</source>
        <translation>系統鑰匙串中尚未保存本機的此項內容。</translation>
    </message>
    <message>
        <source>This computer has no keychain service; Doudi works on with password unlock.</source>
        <translation>這臺電腦沒有鑰匙串服務；兜底將繼續使用密碼解鎖。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>系統鑰匙串在 %1 秒內沒有響應。</translation>
    </message>
    <message>
        <source>The system keychain is locked, or it did not let Doudi in.</source>
        <translation>系統鑰匙串已鎖定，或者不允許兜底訪問。</translation>
    </message>
    <message>
        <source>The system keychain could not be reached, or it refused the request.</source>
        <translation>無法連接系統鑰匙串，或者鑰匙串拒絕了請求。</translation>
    </message>
    <message>
        <source>The system keychain is turned off for Doudi on this computer (DOUDI_KEYCHAIN=off).</source>
        <translation>這臺電腦上的兜底已關閉系統鑰匙串（DOUDI_KEYCHAIN=off）。</translation>
    </message>
</context>
<context>
    <name>Libraries</name>
    <message>
        <source>windows, printing, network, database access</source>
        <translation>窗口、打印、網絡、數據庫訪問</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1（SQLite %2）</translation>
    </message>
    <message>
        <source>the encrypted profile</source>
        <translation>加密檔案庫</translation>
    </message>
    <message>
        <source>encryption, TLS, signatures</source>
        <translation>加密、TLS、簽名</translation>
    </message>
    <message>
        <source>deriving keys from passwords</source>
        <translation>由密碼派生密鑰</translation>
    </message>
    <message>
        <source>checking that passwords are strong</source>
        <translation>檢查密碼強度</translation>
    </message>
    <message>
        <source>keeping the laptop&apos;s server credential in the desktop keychain</source>
        <translation>在桌面鑰匙環中保存本機的服務器憑據</translation>
    </message>
    <message>
        <source>QR codes on printed forms</source>
        <translation>打印文書上的二維碼</translation>
    </message>
    <message>
        <source>compressing sync data</source>
        <translation>壓縮同步數據</translation>
    </message>
    <message>
        <source>Doudi is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>兜底是自由軟件：您可以依據自由軟件基金會發布的 GNU 通用公共許可證第 3 版或（由您選擇）任何更高版本的條款，重新分發和/或修改本軟件。發佈本軟件是希望它有用，但不提供任何擔保，甚至不包括對適銷性或特定用途適用性的默示擔保。詳情請參閱 GNU 通用公共許可證。</translation>
    </message>
    <message>
        <source>reading .xlsx rosters</source>
        <translation>讀取 .xlsx 花名冊</translation>
    </message>
    <message>
        <source>reading .xls rosters</source>
        <translation>讀取 .xls 花名冊</translation>
    </message>
    <message>
        <source>writing lists and reports as .xlsx</source>
        <translation>把清單和報表寫成 .xlsx</translation>
    </message>
</context>
<context>
    <name>ListService</name>
    <message>
        <source>Households</source>
        <translation>家庭名單</translation>
    </message>
    <message>
        <source>%1: households on record, %2</source>
        <translation>%1在冊家庭名單（%2）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>鄉鎮（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭人數</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 戶</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>月金額（元）</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次複核</translation>
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
        <translation>%1 不是鄉鎮（街道）代碼。</translation>
    </message>
    <message>
        <source>Payment list %1</source>
        <translation>代發清單 %1</translation>
    </message>
    <message>
        <source>%1: social assistance payment list for %2-%3</source>
        <translation>%1社會救助資金代發清單（%2年%3月）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>保障人數</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>Say which area to list: you work in more than one (doudi-cli: --area CODE).</source>
        <translation>請說明要列出哪個地區：您的工作區域不止一個（doudi-cli：--area 代碼）。</translation>
    </message>
    <message>
        <source>Give the month the list pays for.</source>
        <translation>請給出清單的發放月份。</translation>
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
        <translation>低保：重度殘疾人</translation>
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
        <translation>特困：重度殘疾人</translation>
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
        <translation>低保：停發</translation>
    </message>
    <message>
        <source>Extreme poverty: stopped</source>
        <translation>特困：停發</translation>
    </message>
    <message>
        <source>Dibao: amount changed</source>
        <translation>低保：調整金額</translation>
    </message>
    <message>
        <source>Extreme poverty: amount changed</source>
        <translation>特困：調整金額</translation>
    </message>
    <message>
        <source>Temporary assistance: urgent</source>
        <translation>臨時救助：急難型</translation>
    </message>
    <message>
        <source>Temporary assistance: expenditure</source>
        <translation>臨時救助：支出型</translation>
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
        <translation>保障戶數、人數和發放金額</translation>
    </message>
    <message>
        <source>People covered, by category</source>
        <translation>保障對象分類情況</translation>
    </message>
    <message>
        <source>New, stopped and changed in the month</source>
        <translation>當月新增、停發和調整</translation>
    </message>
    <message>
        <source>Temporary assistance, by type</source>
        <translation>臨時救助（按類型）</translation>
    </message>
    <message>
        <source>Extreme poverty, by care level</source>
        <translation>特困人員（按生活自理能力）</translation>
    </message>
    <message>
        <source>Amounts paid for %1, by area (yuan)</source>
        <translation>%1 各地區發放金額（元）</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月報 %1</translation>
    </message>
    <message>
        <source>%1: social assistance report for %2-%3</source>
        <translation>%1社會救助工作月報表（%2年%3月）</translation>
    </message>
    <message>
        <source>Area code</source>
        <translation>地區代碼</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 戶數</translation>
    </message>
    <message>
        <source>%1 persons</source>
        <translation>%1 人數</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 金額（元）</translation>
    </message>
    <message>
        <source>Amounts paid for %1 in the %2 areas paid most, of %3 (yuan)</source>
        <translation>%1 發放金額最多的 %2 個地區（共 %3 個，單位：元）</translation>
    </message>
    <message>
        <source>Extreme poverty: care level not assessed</source>
        <translation>特困：未評估自理能力</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 次數</translation>
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
        <translation>身份證號</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>capacity to support</source>
        <translation>贍養能力</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password could not be stored.</source>
        <translation>無法保存密碼。</translation>
    </message>
</context>
<context>
    <name>PasswordQuality</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密碼太短，請至少使用 %1 個字符。</translation>
    </message>
    <message>
        <source>This password is too common or too predictable and easy to guess. Choose another one.</source>
        <translation>密碼太常見或太有規律，容易被猜到，請換一個。</translation>
    </message>
    <message>
        <source>The password must not contain the user name, the name or its pinyin. Choose another one.</source>
        <translation>密碼不能包含用戶名、姓名或姓名的拼音（全拼或首字母），請換一個。</translation>
    </message>
    <message>
        <source>The password must not contain digits of the ID number (such as the birth date or the last digits). Choose another one.</source>
        <translation>密碼不能包含身份證號中的數字（如出生日期、末幾位），請換一個。</translation>
    </message>
    <message>
        <source>The password must not be a run of digits or letters or of neighbouring keys (like 12345678 or qwerty). Mix letters, digits and symbols.</source>
        <translation>密碼不能是連續的數字、字母或鍵盤上相鄰的鍵（如 12345678、qwerty），請混合使用字母、數字和符號。</translation>
    </message>
    <message>
        <source>The password is too simple (it repeats itself or has too few different characters). Mix letters, digits and symbols.</source>
        <translation>密碼過於簡單（有重複，或不同的字符太少），請混合使用字母、數字和符號。</translation>
    </message>
    <message>
        <source>The password could not be checked. Try again.</source>
        <translation>無法檢查密碼強度，請重試。</translation>
    </message>
</context>
<context>
    <name>PaymentCheck</name>
    <message>
        <source>The check was stopped.</source>
        <translation>檢查已停止。</translation>
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
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>殘疾類別</translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation>殘疾等級</translation>
    </message>
    <message>
        <source>a disability needs a grade from 1 to 4, and no disability needs none.</source>
        <translation>有殘疾須填1至4級，無殘疾則不填等級。</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>在學情況</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>就業狀況</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>成員身份</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>%1 differs from the date in the ID number (%2).</source>
        <translation>%1 與身份證號中的出生日期（%2）不一致。</translation>
    </message>
    <message>
        <source>differs from the sex the ID number shows.</source>
        <translation>與身份證號顯示的性別不一致。</translation>
    </message>
    <message>
        <source>is required when there is no ID number.</source>
        <translation>沒有身份證號時必須填寫。</translation>
    </message>
    <message>
        <source>is impossible.</source>
        <translation>不可能成立。</translation>
    </message>
    <message>
        <source>self-care assessment</source>
        <translation>生活自理能力評估</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the six items (%2), nor &quot;none&quot;.</source>
        <translation>“%1”不是六項評估內容（%2）之一，也不是“none”（全部能完成）。</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1（%2級）</translation>
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
        <translation>數值必須是以“分”為單位的整數</translation>
    </message>
    <message>
        <source>the value must be a whole number</source>
        <translation>數值必須是整數</translation>
    </message>
    <message>
        <source>the value %1 is outside %2 to %3</source>
        <translation>數值 %1 不在 %2 到 %3 之間</translation>
    </message>
    <message>
        <source>the value must be a decimal written as text, such as &quot;1.5&quot;</source>
        <translation>數值必須寫成文字形式的小數，如 &quot;1.5&quot;</translation>
    </message>
    <message>
        <source>the value must be one of: %1</source>
        <translation>數值必須是以下之一：%1</translation>
    </message>
    <message>
        <source>the value must be a list</source>
        <translation>數值必須是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不在可選值之內：%2</translation>
    </message>
    <message>
        <source>the value must be a list of tiers</source>
        <translation>數值必須是分檔列表</translation>
    </message>
    <message>
        <source>each tier needs &quot;below&quot; and &quot;amount&quot; in whole fen</source>
        <translation>每一檔都要有以“分”為單位的 &quot;below&quot;（上限）和 &quot;amount&quot;（金額）</translation>
    </message>
    <message>
        <source>tiers must have rising &quot;below&quot; limits and amounts that are not negative</source>
        <translation>各檔上限 &quot;below&quot; 必須遞增，金額不能為負</translation>
    </message>
    <message>
        <source>the value must be a list of top-ups</source>
        <translation>數值必須是分類施保列表</translation>
    </message>
    <message>
        <source>a top-up category must be one of: %1</source>
        <translation>分類施保類別必須是以下之一：%1</translation>
    </message>
    <message>
        <source>a top-up share must be a decimal written as text, such as &quot;0.1&quot;</source>
        <translation>分類施保比例必須寫成文字形式的小數，如 &quot;0.1&quot;</translation>
    </message>
    <message>
        <source>a top-up needs &quot;amount&quot; in whole fen or &quot;share&quot; of the standard</source>
        <translation>分類施保需要以“分”為單位的 &quot;amount&quot;（金額）或佔標準的 &quot;share&quot;（比例）</translation>
    </message>
    <message>
        <source>The policy file is not valid JSON: line %1: %2.</source>
        <translation>政策文件不是有效的 JSON：第 %1 行：%2。</translation>
    </message>
    <message>
        <source>This is not a Doudi policy file (format &quot;%1&quot;, version %2).</source>
        <translation>這不是兜底政策文件（應為格式“%1”，版本 %2）。</translation>
    </message>
    <message>
        <source>The policy file was not loaded: line %1: %2.</source>
        <translation>政策文件未導入：第 %1 行：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known parameter</source>
        <translation>“%1”不是已知的政策參數</translation>
    </message>
    <message>
        <source>the area &quot;%1&quot; is not a 6- or 12-digit area code</source>
        <translation>區域“%1”不是6位或12位區劃代碼</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation>結束日期早於開始日期</translation>
    </message>
    <message>
        <source>every value needs its source document</source>
        <translation>每個數值都要註明依據的文件</translation>
    </message>
    <message>
        <source>%1 for this area overlaps the period given on line %2</source>
        <translation>%1 在該區域的有效期與第 %2 行的重疊</translation>
    </message>
    <message>
        <source>a calendar needs a year</source>
        <translation>節假日安排需要註明年份</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 年內</translation>
    </message>
    <message>
        <source>the make-up working day %1 is not a Saturday or Sunday</source>
        <translation>調休上班日 %1 不是週六或週日</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day</source>
        <translation>%1 同時被列為假日和上班日</translation>
    </message>
    <message>
        <source>the calendar of %1 is given twice</source>
        <translation>%1 年的節假日安排重複出現</translation>
    </message>
    <message>
        <source>No value of &quot;%1&quot; is in force for area %2 on %3: the county&apos;s policy data needs it.</source>
        <translation>區域 %2 在 %3 沒有有效的“%1”：縣裡的政策參數需要補上這一項。</translation>
    </message>
    <message>
        <source>the value must be text of at most %1 characters</source>
        <translation>取值須為不超過 %1 個字符的文字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form this parameter takes</source>
        <translation>“%1”不符合此參數的格式</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <source>The county&apos;s policy file</source>
        <translation>縣政策文件</translation>
    </message>
    <message>
        <source>Policy files (*.json);;All files (*)</source>
        <translation>政策文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Policy not imported</source>
        <translation>政策未導入</translation>
    </message>
    <message>
        <source>The policy was not imported: %1

Nothing was changed. Check that this is the file the county gave out, or ask the county for it again.</source>
        <translation>政策未導入：%1

未作任何更改。請確認這是縣裡發放的文件，或向縣裡重新索取。</translation>
    </message>
    <message>
        <source>Policy imported</source>
        <translation>政策已導入</translation>
    </message>
    <message>
        <source>The county&apos;s policy &quot;%1&quot; is in use on this computer from now on.</source>
        <translation>本機自即日起使用縣政策“%1”。</translation>
    </message>
    <message>
        <source>New standards</source>
        <translation>新標準</translation>
    </message>
    <message>
        <source>This policy changes the standards on %1. Work out now what every household being paid will receive from then (调标)?</source>
        <translation>本政策自 %1 起調整標準。現在就測算每戶在保家庭從那天起的新金額（調標）嗎？</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>The policy was not saved: %1</source>
        <translation>政策參數未保存：%1</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>The policy file %1 could not be opened.</source>
        <translation>無法打開政策文件 %1。</translation>
    </message>
    <message>
        <source>No county policy has been imported on this device yet.</source>
        <translation>本機尚未導入縣級政策參數。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>無法寫入文件 %1。</translation>
    </message>
    <message>
        <source>No county policy is on this computer yet. A laptop joined to the county server receives it at its next sync; on a laptop that works alone, the township office imports the county&apos;s policy file (工作台).</source>
        <translation>本機尚無縣政策。已加入縣服務器的電腦在下次同步時自動獲取；單機使用的電腦由鄉鎮辦公室導入縣政策文件（工作臺）。</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>無法創建文件夾 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>無法寫入文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be created.</source>
        <translation>無法創建文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced.</source>
        <translation>無法替換文件 %1。</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>The system refused to protect this program&apos;s memory; the database key may be exposed to other programs.</source>
        <translation>系統拒絕保護本程序的內存，數據庫密鑰可能被其他程序讀取。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>無法寫入文件 %1。</translation>
    </message>
    <message>
        <source>The database does not match its key file: it may have been replaced or damaged. Restore it from a backup.</source>
        <translation>數據庫與其密鑰文件不匹配，可能已被替換或損壞。請從備份恢復。</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>%1 中已經有一個檔案庫。</translation>
    </message>
    <message>
        <source>The area of work must be a 6- or 12-digit area code.</source>
        <translation>工作區域必須是6位或12位區劃代碼。</translation>
    </message>
    <message>
        <source>The cipher must be aes-256-cbc or sm4-cbc.</source>
        <translation>加密算法只能是 aes-256-cbc 或 sm4-cbc。</translation>
    </message>
    <message>
        <source>Unlock the profile first.</source>
        <translation>請先解鎖檔案庫。</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>無法寫入備份。</translation>
    </message>
    <message>
        <source>The backup file could not be opened.</source>
        <translation>無法打開備份文件。</translation>
    </message>
    <message>
        <source>This file is not a Doudi backup, or it is damaged.</source>
        <translation>該文件不是兜底備份，或已損壞。</translation>
    </message>
    <message>
        <source>Set a password for a user before changing the database key.</source>
        <translation>更換數據庫密鑰前，請先為用戶設置密碼。</translation>
    </message>
    <message>
        <source>The database file could not be created.</source>
        <translation>無法創建數據庫文件。</translation>
    </message>
    <message>
        <source>There is no profile in %1.</source>
        <translation>%1 中沒有檔案庫。</translation>
    </message>
    <message>
        <source>The key file of this profile was replaced while it was open.</source>
        <translation>檔案庫打開期間，它的密鑰文件被替換了。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已經存在。</translation>
    </message>
    <message>
        <source>The backup is incomplete: it is shorter or longer than its header says.</source>
        <translation>備份不完整：它的長度與文件頭所記不符。</translation>
    </message>
    <message>
        <source>This backup belongs to another profile (another computer&apos;s). It was not restored over this one; to use it here, move the present profile folder away first.</source>
        <translation>這個備份屬於另一個檔案庫（另一臺電腦的），沒有恢復到本檔案庫上。若要在這臺電腦上使用它，請先把現有的檔案庫文件夾移走。</translation>
    </message>
    <message>
        <source>The backup is damaged: its database does not match its checksum.</source>
        <translation>備份已損壞：其中的數據庫與校驗值不符。</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of Doudi (schema %1); please update Doudi.</source>
        <translation>這個備份由較新版本的兜底寫入（數據結構版本 %1），請先升級兜底。</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log is damaged (%1): it was not restored.</source>
        <translation>備份的審計日誌已損壞（%1），沒有恢復。</translation>
    </message>
    <message>
        <source>The backup&apos;s records do not match its audit log (%1 of them): it was changed outside Doudi and was not restored.</source>
        <translation>備份中的記錄與其審計日誌不符（共 %1 條）：它曾在兜底之外被修改，沒有恢復。</translation>
    </message>
    <message>
        <source>The database key is already being changed.</source>
        <translation>數據庫密鑰正在更換中。</translation>
    </message>
    <message>
        <source>No change of the database key was started.</source>
        <translation>尚未開始更換數據庫密鑰。</translation>
    </message>
    <message>
        <source>The re-encrypted database could not be written to disk.</source>
        <translation>重新加密的數據庫無法寫入磁盤。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; has been disabled on this device.</source>
        <translation>用戶“%1”已在本機停用。</translation>
    </message>
    <message>
        <source>Doudi is still working in the background (a sync with the county, a check or a printout). Wait until it has finished, then change the key.</source>
        <translation>兜底仍在後臺工作（與縣裡同步、核對或打印）。請等它完成後再更換密鑰。</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The profile is being used by another Doudi program. Close the other Doudi windows and commands on this computer, then try again.</source>
        <translation>檔案庫正由另一個程序使用：本機還有其他兜底窗口或命令打開著它。請先關閉它們，再重試。</translation>
    </message>
    <message>
        <source>The profile is being used by another Doudi program, which is changing its key or restoring a backup. Wait until it has finished, then try again.</source>
        <translation>檔案庫正由另一個程序使用：它正在更換密鑰或恢復備份。請等它完成後再重試。</translation>
    </message>
    <message>
        <source>The profile&apos;s lock file could not be opened.</source>
        <translation>無法打開檔案庫的鎖文件。</translation>
    </message>
    <message>
        <source>The profile&apos;s lock file could not be locked.</source>
        <translation>無法鎖定檔案庫的鎖文件。</translation>
    </message>
    <message>
        <source>The profile is not locked.</source>
        <translation>檔案庫未加鎖。</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>Enter the user name whose password is to be set anew.</source>
        <translation>請輸入要重設密碼的用戶名。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on this computer.</source>
        <translation>本機沒有用戶“%1”。</translation>
    </message>
</context>
<context>
    <name>PublicKey</name>
    <message>
        <source>The encryption library reported an error.</source>
        <translation>加密庫報告了一個錯誤。</translation>
    </message>
    <message>
        <source>The bundle is damaged or was not made for this computer.</source>
        <translation>同步包已損壞，或者不是給這臺電腦的。</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its sender: it was changed or forged.</source>
        <translation>同步包的簽名與發送方不符：它被改動過或是偽造的。</translation>
    </message>
</context>
<context>
    <name>PullFeed</name>
    <message>
        <source>The county database refused a request.</source>
        <translation>縣數據庫拒絕了請求。</translation>
    </message>
</context>
<context>
    <name>PushMerge</name>
    <message>
        <source>The county database refused a request.</source>
        <translation>縣級數據庫拒絕了一項請求。</translation>
    </message>
    <message>
        <source>Records of this kind (%1) are not taken from devices: the county keeps them.</source>
        <translation>這類記錄（%1）不接受電腦上傳，由縣裡統一維護。</translation>
    </message>
    <message>
        <source>This change was made by another user of the device (%1), who must sync it after signing in.</source>
        <translation>這項修改是本機另一位用戶（%1）做的，須由該用戶登錄後自行同步。</translation>
    </message>
    <message>
        <source>Your role does not work on households.</source>
        <translation>您的角色不能辦理家庭檔案。</translation>
    </message>
    <message>
        <source>The county server does not have this record (it was never synced).</source>
        <translation>縣級服務器上沒有這條記錄（它從未同步過）。</translation>
    </message>
    <message>
        <source>The household this record belongs to is not on the county server.</source>
        <translation>這條記錄所屬的家庭不在縣級服務器上。</translation>
    </message>
    <message>
        <source>This household&apos;s area (%1) is not in this county.</source>
        <translation>該戶所在區域（%1）不屬於本縣。</translation>
    </message>
    <message>
        <source>This household is outside your areas: you cannot change it.</source>
        <translation>該戶不在您的工作區域內，您不能修改。</translation>
    </message>
    <message>
        <source>Only the township head or the county may delete a household.</source>
        <translation>只有鄉鎮（街道）負責人或縣級才能刪除家庭檔案。</translation>
    </message>
    <message>
        <source>The step this visit belongs to is not on the county server.</source>
        <translation>這次入戶調查所屬的辦理環節不在縣級服務器上。</translation>
    </message>
    <message>
        <source>A household can only move to an area of this county.</source>
        <translation>家庭只能遷往本縣範圍內的區域。</translation>
    </message>
    <message>
        <source>A photo&apos;s record must give its SHA-256 and its size (at most %1 MB).</source>
        <translation>照片記錄必須註明其 SHA-256 指紋和大小（最大 %1 MB）。</translation>
    </message>
</context>
<context>
    <name>RecordAudit</name>
    <message>
        <source>it is not in the audit log: it was added outside Doudi</source>
        <translation>審計日誌中沒有它：它是在兜底之外添加的</translation>
    </message>
    <message>
        <source>it was marked deleted outside Doudi</source>
        <translation>它在兜底之外被標為已刪除</translation>
    </message>
    <message>
        <source>it was changed outside Doudi after it was deleted</source>
        <translation>它在刪除之後又在兜底之外被修改</translation>
    </message>
    <message>
        <source>it was deleted, yet it is there again</source>
        <translation>它已被刪除，卻又出現了</translation>
    </message>
    <message>
        <source>it was changed outside Doudi</source>
        <translation>它在兜底之外被修改過</translation>
    </message>
    <message>
        <source>its picture was replaced outside Doudi</source>
        <translation>它的圖片在兜底之外被替換過</translation>
    </message>
    <message>
        <source>it is missing: it was deleted outside Doudi</source>
        <translation>它不見了：它在兜底之外被刪除</translation>
    </message>
</context>
<context>
    <name>RemoteApplier</name>
    <message>
        <source>Changes from the server could not be saved: %1</source>
        <translation>服務器發來的修改無法保存：%1</translation>
    </message>
    <message>
        <source>The server sent a change this version of Doudi does not understand.</source>
        <translation>服務器發來了本版本兜底無法識別的修改。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Give the month of the report (YYYY-MM).</source>
        <translation>請給出報表月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>Say which area the report is for: you work in more than one.</source>
        <translation>請說明報表針對哪個地區：您的工作區域不止一個。</translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <source>This device is not enrolled with the county server.</source>
        <translation>這臺電腦尚未接入縣級服務器。</translation>
    </message>
    <message>
        <source>The county has withdrawn this device: it can no longer sync. Ask the county for a new enrolment code if this is a mistake.</source>
        <translation>縣裡已撤銷這臺電腦的接入，它不能再同步。如果這是誤操作，請向縣裡索取新的接入碼。</translation>
    </message>
    <message>
        <source>Sign in to the county server again on this device.</source>
        <translation>請在這臺電腦上重新登錄縣級服務器。</translation>
    </message>
    <message>
        <source>Your account has been disabled by the county.</source>
        <translation>您的賬戶已被縣裡停用。</translation>
    </message>
</context>
<context>
    <name>RerateCheck</name>
    <message>
        <source>No record of the household at the last decision to compare with.</source>
        <translation>沒有上次決定時的家庭情況記錄，無法比對。</translation>
    </message>
    <message>
        <source>Working out the new amounts was stopped.</source>
        <translation>已停止測算新金額。</translation>
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
        <translation>請填寫新標準的執行日期。</translation>
    </message>
    <message>
        <source>%1 is not the code of a township.</source>
        <translation>%1 不是鄉鎮的區劃代碼。</translation>
    </message>
    <message>
        <source>%1 lies outside your area of work.</source>
        <translation>%1 不在您的工作區域內。</translation>
    </message>
    <message>
        <source>The list has changed since it was made: make it again.</source>
        <translation>名單已變化，請重新生成。</translation>
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
        <translation>文件中沒有任何行。</translation>
    </message>
    <message>
        <source>Outside your area of work: a roster is imported by the office the village belongs to.</source>
        <translation>不在您的工作區域內：花名冊應由該村所屬的鄉鎮（街道）導入。</translation>
    </message>
    <message numerus="yes">
        <source>The file has problems (%n): fix them in the file first; nothing was imported.</source>
        <translation>
            <numerusform>文件有 %n 處問題：請先在文件中改正；本次未導入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the file was checked, %1 Check the file again.</source>
        <translation>檢查文件之後，%1請重新檢查文件。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>導入已取消，未保存任何內容。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題清單</translation>
    </message>
    <message numerus="yes">
        <source>Roster check: %n row(s) read, %1 problem(s)</source>
        <translation>
            <numerusform>花名冊檢查：共讀取 %n 行，發現 %1 處問題</numerusform>
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
        <translation>內容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>RosterMapping</name>
    <message>
        <source>Township</source>
        <translation>鄉鎮（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>戶編號</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>戶主姓名</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>成員姓名</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>月保障金額</translation>
    </message>
    <message>
        <source>Paid since</source>
        <translation>起始年月</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯繫電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>header_row must be a row number from 1.</source>
        <translation>header_row 必須是從 1 起的行號。</translation>
    </message>
    <message>
        <source>Unknown field “%1” in the mapping.</source>
        <translation>列對應中有未知的字段“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a column (write it as in Excel: A, B, … AA).</source>
        <translation>“%1”不是列號（請按 Excel 的寫法：A、B……AA）。</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>戶主身份證號</translation>
    </message>
    <message>
        <source>Member&apos;s monthly income</source>
        <translation>成員月收入</translation>
    </message>
</context>
<context>
    <name>RosterMappingRepository</name>
    <message>
        <source>The remembered column mapping of this layout cannot be read.</source>
        <translation>無法讀取為此表格格式記住的列對應關係。</translation>
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
        <translation>無法識別的與戶主關係（應為戶主、配偶、子、女、父親、孫子等）。</translation>
    </message>
    <message>
        <source>A member&apos;s row comes before any head&apos;s row: whose household is it?</source>
        <translation>該成員行之前沒有戶主行，無法確定屬於哪一戶。</translation>
    </message>
    <message>
        <source>A second head in the household of row %1.</source>
        <translation>第 %1 行所在的家庭有第二個戶主。</translation>
    </message>
    <message>
        <source>The household has no head&apos;s row.</source>
        <translation>該戶沒有戶主行。</translation>
    </message>
    <message>
        <source>Differs from the head&apos;s row %1 (%2): a household has one.</source>
        <translation>與第 %1 行戶主行的值（%2）不同：一戶只能有一個值。</translation>
    </message>
    <message>
        <source>No township of this name in the county.</source>
        <translation>本縣沒有這個名稱的鄉鎮（街道）。</translation>
    </message>
    <message>
        <source>No village of this name in %1.</source>
        <translation>%1沒有這個名稱的村（社區）。</translation>
    </message>
    <message>
        <source>Not a monthly programme (低保 or 特困); 临时救助 is paid once and is not carried over.</source>
        <translation>不是按月發放的救助類別（低保或特困）；臨時救助為一次性發放，不轉入。</translation>
    </message>
    <message>
        <source>Not an amount of money in yuan (for example 870 or 870.50).</source>
        <translation>不是以元為單位的金額（例如 870 或 870.50）。</translation>
    </message>
    <message>
        <source>Not a month (for example 2024-03 or 2024年3月).</source>
        <translation>不是有效的年月（例如 2024-03 或 2024年3月）。</translation>
    </message>
    <message>
        <source>A month still to come: the roster lists what is paid now.</source>
        <translation>這是尚未到來的月份：花名冊應列出目前正在發放的待遇。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is still to come.</source>
        <translation>身份證號中的出生日期尚未到來。</translation>
    </message>
    <message>
        <source>Paid since before the head was born (%1).</source>
        <translation>起始年月早於戶主出生（%1）。</translation>
    </message>
    <message>
        <source>This household is in the file twice: the same head is on row %1.</source>
        <translation>該戶在文件中出現了兩次：同一戶主已在第 %1 行。</translation>
    </message>
    <message>
        <source>The same person is already on row %1.</source>
        <translation>同一人已在第 %1 行。</translation>
    </message>
    <message>
        <source>The member&apos;s name is missing.</source>
        <translation>缺少成員姓名。</translation>
    </message>
    <message>
        <source>There are no rows below the headers.</source>
        <translation>表頭下面沒有數據行。</translation>
    </message>
    <message>
        <source>The head&apos;s name differs from the name on the head&apos;s own row (%1).</source>
        <translation>戶主姓名與戶主本人所在行的姓名（%1）不一致。</translation>
    </message>
    <message>
        <source>The head&apos;s ID number differs from the ID number on the head&apos;s own row (%1).</source>
        <translation>戶主身份證號與戶主本人所在行的身份證號（%1）不一致。</translation>
    </message>
</context>
<context>
    <name>ServerDevices</name>
    <message>
        <source>Say whose laptop this is with --label (1 to 100 characters), e.g. &quot;南麻街道 民政办 1&quot;.</source>
        <translation>請用 --label 註明這臺電腦歸誰使用（1 至 100 個字符），如 &quot;南麻街道 民政辦 1&quot;。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>縣級數據庫拒絕了一項請求。</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot; on this server (doudi-server device list shows them).</source>
        <translation>本服務器上沒有設備“%1”（可用 doudi-server device list 查看所有設備）。</translation>
    </message>
    <message>
        <source>That is not a device key.</source>
        <translation>這不是設備密鑰。</translation>
    </message>
    <message>
        <source>This device gave the county another key before. Ask the county to enrol the laptop anew.</source>
        <translation>這臺設備此前已向縣裡登記過另一個密鑰。請縣裡重新為這臺電腦辦理接入。</translation>
    </message>
</context>
<context>
    <name>ServerFolder</name>
    <message>
        <source>There is no server in %1; create one with doudi-server init.</source>
        <translation>%1 中沒有服務器，請先用 doudi-server init 創建。</translation>
    </message>
    <message>
        <source>The server settings in %1 cannot be read.</source>
        <translation>無法讀取 %1 中的服務器設置。</translation>
    </message>
    <message>
        <source>%1 already holds a server.</source>
        <translation>%1 中已經有一個服務器。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>無法創建文件夾 %1。</translation>
    </message>
    <message>
        <source>The server settings cannot be written to %1.</source>
        <translation>無法將服務器設置寫入 %1。</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>The database connection &quot;%1&quot; is not of the form key=value …</source>
        <translation>數據庫連接“%1”不符合 key=value … 的格式。</translation>
    </message>
    <message>
        <source>The database connection names no database (dbname=…).</source>
        <translation>數據庫連接中沒有指定數據庫（dbname=…）。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing: install the libqt6sql6-psql package.</source>
        <translation>缺少 Qt 的 PostgreSQL 驅動：請安裝 libqt6sql6-psql 軟件包。</translation>
    </message>
    <message>
        <source>The county database cannot be reached.</source>
        <translation>無法連接縣級數據庫。</translation>
    </message>
    <message>
        <source>The county database refused a request.</source>
        <translation>縣級數據庫拒絕了一項請求。</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation>無法讀取數據庫升級文件 %1。</translation>
    </message>
    <message>
        <source>The county server is busy: try again in a moment.</source>
        <translation>縣級服務器正忙，請稍後再試。</translation>
    </message>
    <message>
        <source>The county server holds less than this laptop has already seen: its database was restored from an older backup. This laptop stops syncing so that nothing it holds is lost. Tell the county.</source>
        <translation>縣級服務器上的數據比本機已同步到的還少：其數據庫已用較早的備份恢復。為免本機數據丟失，本機停止同步。請告知縣裡。</translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>There is no user &quot;%1&quot; on this server.</source>
        <translation>本服務器上沒有用戶“%1”。</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters and no spaces; give it with --user.</source>
        <translation>用戶名為 1 至 40 個字符，不能有空格；請用 --user 給出。</translation>
    </message>
    <message>
        <source>Give the person&apos;s name (1 to 40 characters) with --name.</source>
        <translation>請用 --name 給出姓名（1 至 40 個字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: choose village, township, township_head, county or admin.</source>
        <translation>“%1”不是有效的角色：請從 village、township、township_head、county 或 admin 中選擇。</translation>
    </message>
    <message>
        <source>Give the user at least one area of work with --area.</source>
        <translation>請用 --area 為該用戶指定至少一個工作區域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code: give the 12-digit code, e.g. %2 for a village, %3 for a township, %4 for the whole county.</source>
        <translation>“%1”不是區劃代碼：請給出 12 位代碼，如村 %2、鄉鎮 %3、全縣 %4。</translation>
    </message>
    <message>
        <source>The area %1 is not in this server&apos;s county (%2).</source>
        <translation>區域 %1 不在本服務器所屬的縣（%2）內。</translation>
    </message>
    <message>
        <source>A village user works in villages: %1 is not a village (its last three digits are 000).</source>
        <translation>村級用戶的工作區域只能是村：%1 不是村（它的最後三位是 000）。</translation>
    </message>
    <message>
        <source>A township user works in a township or its villages: %1 is the whole county.</source>
        <translation>鄉鎮用戶的工作區域只能是鄉鎮或其下屬的村：%1 是全縣。</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot; on this server.</source>
        <translation>本服務器上已經有用戶“%1”。</translation>
    </message>
    <message>
        <source>The area %1 is not in the county&apos;s list of townships and villages (area list).</source>
        <translation>區域 %1 不在本縣的鄉鎮和村（社區）名單（區劃表）中。</translation>
    </message>
</context>
<context>
    <name>SnapshotFetch</name>
    <message>
        <source>The sync settings of this profile cannot be read.</source>
        <translation>無法讀取本檔案庫的同步設置。</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>That snapshot is no longer at the county; the laptop asks for a new one.</source>
        <translation>縣裡已不再保留該快照；電腦會重新申請一份。</translation>
    </message>
    <message>
        <source>Ask for bytes within the snapshot.</source>
        <translation>請求的字節範圍須在快照之內。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>The sheet “%1” is too large: at most %2 rows and %3 columns can be read.</source>
        <translation>工作表“%1”太大：最多隻能讀取 %2 行、%3 列。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>無法打開文件 %1：%2</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file: a quotation mark opened on line %1 is never closed.</source>
        <translation>文件不是有效的 CSV 文件：第 %1 行開始的引號沒有結束。</translation>
    </message>
    <message>
        <source>The Excel (.xls) file is protected with a password. Remove the password in Excel or WPS, save it and try again.</source>
        <translation>該 Excel（.xls）文件設有密碼。請在 Excel 或 WPS 中取消密碼、保存後再試。</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xls) file. Open it in Excel or WPS, save it again (as .xlsx if you can) and try once more.</source>
        <translation>無法讀取該 Excel（.xls）文件。請用 Excel 或 WPS 打開，重新保存（最好另存為 .xlsx）後再試。</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xlsx) file: %1. Open it in Excel or WPS, save it again as .xlsx and try once more.</source>
        <translation>無法讀取該 Excel（.xlsx）文件：%1。請用 Excel 或 WPS 打開，另存為 .xlsx 後再試。</translation>
    </message>
    <message>
        <source>A part of the file is larger than 64 MB.</source>
        <translation>文件中有一部分超過 64 MB。</translation>
    </message>
    <message>
        <source>its part %1 cannot be unpacked</source>
        <translation>其中的 %1 無法解壓</translation>
    </message>
    <message>
        <source>the cell reference %1 is not valid</source>
        <translation>單元格位置 %1 無效</translation>
    </message>
    <message>
        <source>a cell refers to text that is not in the file</source>
        <translation>有單元格引用了文件中不存在的文字</translation>
    </message>
    <message>
        <source>the sheet %1 is damaged (%2)</source>
        <translation>工作表 %1 已損壞（%2）</translation>
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
        <translation>其中沒有工作簿</translation>
    </message>
    <message>
        <source>its list of sheets cannot be read</source>
        <translation>無法讀取其中的工作表列表</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>No room for a temporary file to build the spreadsheet in.</source>
        <translation>沒有空間存放生成表格所需的臨時文件。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started.</source>
        <translation>無法開始生成表格。</translation>
    </message>
    <message>
        <source>The sheet “%1” could not be added.</source>
        <translation>無法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>Row %1 of “%2” cannot be written: %3.</source>
        <translation>“%2”的第 %1 行無法寫入：%3。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1.</source>
        <translation>無法寫入表格：%1。</translation>
    </message>
    <message>
        <source>The spreadsheet just written cannot be read back.</source>
        <translation>剛寫好的表格無法讀回。</translation>
    </message>
    <message>
        <source>Save the list as .xlsx or .csv.</source>
        <translation>請將清單保存為 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>There is nothing to write.</source>
        <translation>沒有可寫入的內容。</translation>
    </message>
    <message>
        <source>The totals of “%1” cannot be written: %2.</source>
        <translation>“%1”的合計行無法寫入：%2。</translation>
    </message>
</context>
<context>
    <name>SqlCipherDriver</name>
    <message>
        <source>The database could not be updated.</source>
        <translation>無法更新數據庫。</translation>
    </message>
    <message>
        <source>No valid database key was given.</source>
        <translation>沒有提供有效的數據庫密鑰。</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>數據庫文件不存在。</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>無法打開數據庫文件。</translation>
    </message>
    <message>
        <source>The database key could not be applied.</source>
        <translation>無法使用數據庫密鑰。</translation>
    </message>
    <message>
        <source>The cipher &quot;%1&quot; is not supported.</source>
        <translation>不支持加密算法“%1”。</translation>
    </message>
    <message>
        <source>This build of SQLCipher does not offer the SM4 cipher.</source>
        <translation>當前的 SQLCipher 版本不支持 SM4 國密算法。</translation>
    </message>
    <message>
        <source>The cipher could not be set.</source>
        <translation>無法設置加密算法。</translation>
    </message>
    <message>
        <source>The page size could not be set.</source>
        <translation>無法設置數據庫頁大小。</translation>
    </message>
    <message>
        <source>The key does not open this database, or the file is not a Doudi database.</source>
        <translation>密鑰打不開這個數據庫，或者該文件不是兜底的數據庫。</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>無法讀取數據庫。</translation>
    </message>
    <message>
        <source>The database could not be configured.</source>
        <translation>無法配置數據庫。</translation>
    </message>
    <message>
        <source>A transaction could not be started.</source>
        <translation>無法開始保存操作。</translation>
    </message>
    <message>
        <source>The changes could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>The changes could not be undone.</source>
        <translation>修改未能撤銷。</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>數據庫未打開。</translation>
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation>無法準備數據庫語句。</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>一次只能執行一條數據庫語句。</translation>
    </message>
    <message>
        <source>A value is missing for a statement parameter.</source>
        <translation>數據庫請求缺少一個值。</translation>
    </message>
    <message>
        <source>A value could not be bound to the statement.</source>
        <translation>無法把數據交給數據庫。</translation>
    </message>
    <message>
        <source>There is no prepared statement to execute.</source>
        <translation>沒有可執行的數據庫語句。</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>數據庫語句執行失敗。</translation>
    </message>
    <message>
        <source>Numbered parameters (?1, ?2 …) are not supported; use ? or :name.</source>
        <translation>不支持帶編號的參數（?1、?2 …），請使用 ? 或 :名稱。</translation>
    </message>
    <message>
        <source>The statement has %1 parameters but %2 values were given.</source>
        <translation>數據庫語句需要 %1 個值，卻給了 %2 個。</translation>
    </message>
    <message>
        <source>The number %1 is too large for the database.</source>
        <translation>數字 %1 太大，數據庫無法保存。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The county server answered with an error (HTTP %1).</source>
        <translation>縣級服務器返回了錯誤（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sync settings of this profile cannot be read.</source>
        <translation>無法讀取此檔案庫的同步設置。</translation>
    </message>
    <message>
        <source>This profile has not joined a county server yet.</source>
        <translation>此檔案庫尚未接入縣級服務器。</translation>
    </message>
    <message>
        <source>%1 has not signed in to the county server on this laptop yet.</source>
        <translation>%1 尚未在這臺電腦上登錄縣級服務器。</translation>
    </message>
    <message>
        <source>The county server answered changes out of order.</source>
        <translation>縣級服務器答覆的修改順序有誤。</translation>
    </message>
    <message>
        <source>This laptop has not exchanged keys with the county yet: sync once over the network (at the township office) before using USB bundles.</source>
        <translation>這臺電腦尚未與縣裡交換密鑰：請先（在鄉鎮辦公室）聯網同步一次，再使用U盤同步包。</translation>
    </message>
    <message>
        <source>The county server answered the key exchange with something else.</source>
        <translation>縣服務器對密鑰交換的答覆不正確。</translation>
    </message>
    <message>
        <source>This is a laptop&apos;s bundle for the county, not the county&apos;s answer: take it to the township office.</source>
        <translation>這是電腦交給縣裡的同步包，不是縣裡的回執：請把它交到鄉鎮辦公室。</translation>
    </message>
    <message>
        <source>This answer is for another laptop (or another county): it was not imported.</source>
        <translation>這份回執是給另一臺電腦（或另一個縣）的：未讀入。</translation>
    </message>
    <message>
        <source>This answer is for %1&apos;s bundle: %1 reads it on this laptop.</source>
        <translation>這份回執是 %1 的同步包的：請由 %1 在這臺電腦上讀入。</translation>
    </message>
    <message>
        <source>This laptop stopped syncing on %1: the county server holds less than this laptop had already seen (its database was restored from an older backup), and syncing on would drop work that only this laptop still has. Make a backup of this laptop first, then ask the county before anything else.</source>
        <translation>本機已於 %1 停止同步：縣服務器上的數據少於本機此前已看到的（其數據庫已從較早的備份恢復），繼續同步會丟失只有本機還保存的工作。請先備份本機，再聯繫縣裡，之後再做其他操作。</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The server address must start with https://, e.g. https://10.1.2.3:8443.</source>
        <translation>服務器地址必須以 https:// 開頭，如 https://10.1.2.3:8443。</translation>
    </message>
    <message>
        <source>This profile has joined a county server already.</source>
        <translation>此檔案庫已經接入了縣級服務器。</translation>
    </message>
    <message>
        <source>On this laptop %1 has the role %2, at the county %3: ask the county.</source>
        <translation>在這臺電腦上，%1 的角色是 %2，而在縣級服務器上是 %3：請與縣裡聯繫。</translation>
    </message>
    <message>
        <source>The sync settings of this profile cannot be read.</source>
        <translation>無法讀取此檔案庫的同步設置。</translation>
    </message>
    <message>
        <source>This profile has not joined a county server yet.</source>
        <translation>此檔案庫尚未接入縣級服務器。</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>同步包無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>This file is too large to be a Doudi bundle.</source>
        <translation>這個文件太大，不可能是兜底的同步包。</translation>
    </message>
    <message>
        <source>This profile has not joined a county server yet: join it.</source>
        <translation>本檔案庫尚未加入縣服務器：請先加入。</translation>
    </message>
    <message>
        <source>This profile belongs to county %1; the code is for county %2.</source>
        <translation>本檔案庫屬於縣 %1，而這個接入碼是縣 %2 的。</translation>
    </message>
    <message>
        <source>That conflict is decided already.</source>
        <translation>這個衝突已經處理過了。</translation>
    </message>
    <message>
        <source>This conflict is not one changed field of a household: decide it by changing the record again on the household&apos;s page.</source>
        <translation>這個衝突不是家庭檔案中某一項的修改：請在該戶頁面上重新修改記錄來處理。</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in the household.</source>
        <translation>這個衝突涉及的記錄已不在該戶中。</translation>
    </message>
    <message>
        <source>Kept this device&apos;s value in a conflict</source>
        <translation>處理衝突時保留本機的值</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>There is no open conflict %1 here.</source>
        <translation>本機沒有編號為 %1 的待處理衝突。</translation>
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
        <translation>第 %1 行：“{{”沒有對應的“}}”。</translation>
    </message>
    <message>
        <source>Line %1: an empty placeholder {{}}.</source>
        <translation>第 %1 行：佔位符 {{}} 是空的。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a placeholder name.</source>
        <translation>第 %1 行：“%2”不是有效的佔位符名稱。</translation>
    </message>
    <message>
        <source>Line %1: {{/%2}} closes a section that is not open.</source>
        <translation>第 %1 行：{{/%2}} 沒有對應的開始標記。</translation>
    </message>
    <message>
        <source>Line %1: {{#%2}} is never closed.</source>
        <translation>第 %1 行：{{#%2}} 沒有結束標記。</translation>
    </message>
    <message>
        <source>The template must show {{%1}}.</source>
        <translation>模板中必須有 {{%1}}。</translation>
    </message>
</context>
<context>
    <name>TemporaryAssistance</name>
    <message>
        <source>Amounts cannot be negative, and aid is paid in 1 to 12 stages.</source>
        <translation>金額不能為負數，分階段救助為1至12次。</translation>
    </message>
    <message>
        <source>Monthly standard %1 yuan: at most %2 yuan per event and %3 yuan a year; the township approves up to %4 yuan; small quick aid is at most %5 yuan.</source>
        <translation>月低保標準 %1 元：每次最多 %2 元，每年最多 %3 元；鄉鎮可審批 %4 元以內；小額快救最多 %5 元。</translation>
    </message>
    <message>
        <source>the small quick aid limit</source>
        <translation>小額快救限額</translation>
    </message>
    <message>
        <source>the costs not covered by other aid (%1 − %2 yuan)</source>
        <translation>其他救助未覆蓋的費用（%1 − %2 元）</translation>
    </message>
    <message>
        <source>the cap per event</source>
        <translation>每次救助上限</translation>
    </message>
    <message>
        <source>what is left of the yearly cap after %1 yuan already paid this year</source>
        <translation>年度上限扣除本年已發放的 %1 元后的餘額</translation>
    </message>
    <message>
        <source>The proposed %1 yuan is within every limit.</source>
        <translation>擬救助 %1 元，未超過任何限額。</translation>
    </message>
    <message>
        <source>The proposed %1 yuan is reduced to %2 yuan by %3.</source>
        <translation>擬救助 %1 元，受%3限制，核定為 %2 元。</translation>
    </message>
    <message>
        <source>Small quick aid: paid first without a means check, approved by the township.</source>
        <translation>小額快救：不做經濟狀況核對，先行發放，由鄉鎮審批。</translation>
    </message>
    <message>
        <source>%1 yuan is within the township&apos;s limit: the township approves.</source>
        <translation>%1 元在鄉鎮審批權限內，由鄉鎮審批。</translation>
    </message>
    <message>
        <source>%1 yuan is above the township&apos;s limit of %2 yuan: the county approves.</source>
        <translation>%1 元超過鄉鎮審批權限 %2 元，報縣級審批。</translation>
    </message>
    <message>
        <source>Approved once, paid in %1 stages: %2 yuan.</source>
        <translation>一次審批，分 %1 次發放：%2 元。</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be made.</source>
        <translation>無法生成服務器的 TLS 證書。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate or key is missing (%1).</source>
        <translation>服務器的 TLS 證書或私鑰缺失（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate or key cannot be read (%1).</source>
        <translation>無法讀取服務器的 TLS 證書或私鑰（%1）。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 1 to 40 characters and no spaces.</source>
        <translation>用戶名為1至40個字符，不能有空格。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>請選擇角色。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code.</source>
        <translation>“%1”不是區劃代碼。</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot; on this device.</source>
        <translation>本機已經有用戶“%1”。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on this device.</source>
        <translation>本機沒有用戶“%1”。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的賬戶。</translation>
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
        <translation>必須是文字。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>必須填寫。</translation>
    </message>
    <message>
        <source>is too long (%1 characters; at most %2).</source>
        <translation>太長（%1 個字符，最多 %2 個）。</translation>
    </message>
    <message>
        <source>contains characters that cannot be used (emoji, symbols or control characters).</source>
        <translation>含有不能使用的字符（表情符號、特殊符號或控制字符）。</translation>
    </message>
    <message>
        <source>must be a whole number of fen.</source>
        <translation>必須是以“分”為單位的整數。</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>不能為負數。</translation>
    </message>
    <message>
        <source>is implausibly large (%1 yuan).</source>
        <translation>數額大得不合常理（%1 元）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（格式：年-月-日，如 2026-01-31）。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必須是 %1 到 %2 之間的整數。</translation>
    </message>
    <message>
        <source>may contain only Chinese characters, Latin letters and the separator &quot;·&quot;.</source>
        <translation>只能包含漢字、拉丁字母和間隔號“·”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mobile number (11 digits) or a landline with area code.</source>
        <translation>“%1”不是手機號（11位）或帶區號的固定電話。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不在可選值之內：%2。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Only village assistants and caseworkers register applications.</source>
        <translation>只有村協理員和經辦人可以登記申請。</translation>
    </message>
    <message>
        <source>An application needs its household and the household&apos;s village.</source>
        <translation>登記申請需要有申請家庭及其所在村。</translation>
    </message>
    <message>
        <source>related to a caseworker or village cadre</source>
        <translation>與經辦人或村幹部有近親屬關係</translation>
    </message>
    <message>
        <source>Your role (%1) may not do this; it is for: %2.</source>
        <translation>您的角色（%1）不能辦理這一步，這一步由 %2 辦理。</translation>
    </message>
    <message>
        <source>This cannot be done while the case is &quot;%1&quot;.</source>
        <translation>案件處於“%1”狀態，不能辦理這一步。</translation>
    </message>
    <message>
        <source>A reason is required, one of: %1.</source>
        <translation>必須給出理由，可選：%1。</translation>
    </message>
    <message>
        <source>Papers are missing: use request_papers to give the one-time list, then accept when they come.</source>
        <translation>材料不全：請先用 request_papers 一次性告知需補正的材料，補齊後再受理。</translation>
    </message>
    <message>
        <source>List every missing paper at once (the one-time list).</source>
        <translation>請一次性列出全部需補正的材料。</translation>
    </message>
    <message>
        <source>Only urgent temporary assistance is paid before the paperwork.</source>
        <translation>只有急難型臨時救助可以先行救助、後補手續。</translation>
    </message>
    <message>
        <source>Give the amount paid first, in fen.</source>
        <translation>請給出先行發放的金額（分）。</translation>
    </message>
    <message>
        <source>Urgent aid is paid first: record pay_first before the investigation.</source>
        <translation>急難型救助應先行發放：請先記錄 pay_first，再開始調查。</translation>
    </message>
    <message>
        <source>A home visit needs at least two investigators.</source>
        <translation>入戶調查至少需要兩名調查人員。</translation>
    </message>
    <message>
        <source>A home visit cannot be dated in the future.</source>
        <translation>入戶調查日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Only county staff record a county visit.</source>
        <translation>縣級入戶調查只能由縣級人員記錄。</translation>
    </message>
    <message>
        <source>Record the outcome of the democratic review.</source>
        <translation>請記錄民主評議的結果。</translation>
    </message>
    <message>
        <source>The information check (核对) has not been recorded.</source>
        <translation>尚未記錄家庭經濟狀況核對結果。</translation>
    </message>
    <message>
        <source>The objection needs a new home visit before the investigation is finished.</source>
        <translation>公示有異議，須重新入戶調查後才能完成調查。</translation>
    </message>
    <message>
        <source>No home visit has been recorded.</source>
        <translation>尚未記錄入戶調查。</translation>
    </message>
    <message>
        <source>For a relative of a caseworker or cadre the county makes its own home visit.</source>
        <translation>經辦人或村幹部的近親屬申請，須由縣級單獨入戶調查。</translation>
    </message>
    <message>
        <source>Say whether the township approves (approve: true or false).</source>
        <translation>請註明鄉鎮初審是否同意（approve：true 或 false）。</translation>
    </message>
    <message>
        <source>Give the proposed amount in fen.</source>
        <translation>請給出擬發放的金額（分）。</translation>
    </message>
    <message>
        <source>Say who approves this amount (approval_level: township or county).</source>
        <translation>請註明該金額由誰審批（approval_level：township 鄉鎮 或 county 縣級）。</translation>
    </message>
    <message>
        <source>Record what the objection says.</source>
        <translation>請記錄異議的內容。</translation>
    </message>
    <message>
        <source>The public notice runs until %1.</source>
        <translation>公示期至 %1 結束。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>The written notice has already been recorded.</source>
        <translation>書面告知已經記錄過了。</translation>
    </message>
    <message>
        <source>Only an accepted case that is still running can be extended.</source>
        <translation>只有已受理且仍在辦理中的案件可以延期。</translation>
    </message>
    <message>
        <source>The case has already been extended once.</source>
        <translation>該案件已經延期過一次。</translation>
    </message>
    <message>
        <source>Say why the case needs more time.</source>
        <translation>請說明需要延期的原因。</translation>
    </message>
    <message>
        <source>Temporary assistance is not reviewed.</source>
        <translation>臨時救助不做定期複核。</translation>
    </message>
    <message>
        <source>An increase needs a higher amount than the current %1 yuan.</source>
        <translation>增發的金額須高於現發放的 %1 元。</translation>
    </message>
    <message>
        <source>A decrease needs a lower amount than the current %1 yuan.</source>
        <translation>減發的金額須低於現發放的 %1 元。</translation>
    </message>
    <message>
        <source>Write down why the amount changes.</source>
        <translation>請寫明金額調整的原因。</translation>
    </message>
    <message>
        <source>The review outcome is keep, increase, decrease or stop.</source>
        <translation>複核結果只能是 keep（維持）、increase（增發）、decrease（減發）或 stop（停發）。</translation>
    </message>
    <message>
        <source>Only temporary assistance is paid in stages.</source>
        <translation>只有臨時救助分階段發放。</translation>
    </message>
    <message>
        <source>stage %1 of %2: %3 yuan</source>
        <translation>第 %1 / %2 次：%3 元</translation>
    </message>
    <message>
        <source>Only an application still in progress can be withdrawn.</source>
        <translation>只有仍在辦理中的申請可以撤回。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the procedure.</source>
        <translation>“%1”不是辦理流程中的步驟。</translation>
    </message>
    <message>
        <source>the interviewee</source>
        <translation>受訪人</translation>
    </message>
    <message>
        <source>The visit must be signed by every investigator and the interviewee (or on the paper form); missing: %1.</source>
        <translation>入戶調查須由每位調查人員和受訪人簽字（在屏幕上或在紙質表上）；尚缺：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something the information check covers; one of: %2.</source>
        <translation>“%1”不是核對所涵蓋的項目；可選：%2。</translation>
    </message>
    <message>
        <source>Give the number of the information check report (核对报告).</source>
        <translation>請填寫核對報告編號。</translation>
    </message>
    <message>
        <source>The report number is at most 60 characters.</source>
        <translation>報告編號最多 60 個字符。</translation>
    </message>
    <message>
        <source>Give the date of the check report as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 填寫核對報告日期。</translation>
    </message>
    <message>
        <source>The check report cannot be dated in the future.</source>
        <translation>核對報告日期不能晚於今天。</translation>
    </message>
    <message>
        <source>The check report is dated before the application was accepted (%1).</source>
        <translation>核對報告日期早於受理日期（%1）。</translation>
    </message>
    <message>
        <source>Say what the check covered (at least one item, e.g. tax or real estate).</source>
        <translation>請選擇核對的項目（至少一項，例如納稅或不動產）。</translation>
    </message>
    <message>
        <source>Say whether the check matched the declaration (result: %1).</source>
        <translation>請選擇核對結果是否與申報一致（結果：%1）。</translation>
    </message>
    <message>
        <source>Write down what the check found that differs from the declaration.</source>
        <translation>請寫明核對發現的與申報不符之處。</translation>
    </message>
    <message>
        <source>The differences are at most 2000 characters.</source>
        <translation>不符情況最多 2000 個字符。</translation>
    </message>
    <message>
        <source>report %1 of %2: %3</source>
        <translation>%2 核對報告 %1：%3</translation>
    </message>
    <message>
        <source>report %1 of %2: %3 (%4)</source>
        <translation>%2 核對報告 %1：%3（%4）</translation>
    </message>
    <message>
        <source>Only township and county staff carry over entitlements from a roster.</source>
        <translation>只有鄉鎮（街道）和縣級工作人員可以從花名冊轉入待遇。</translation>
    </message>
    <message>
        <source>Temporary assistance is paid once and is not carried over.</source>
        <translation>臨時救助為一次性發放，不轉入。</translation>
    </message>
    <message>
        <source>A carried-over entitlement needs its household, its village, an amount and a month it has been paid since.</source>
        <translation>轉入的待遇須有家庭、所在村、金額和起始年月。</translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>The date is not valid.</source>
        <translation>日期無效。</translation>
    </message>
    <message>
        <source>The holidays of %1 are not in the calendar yet: deadlines in that year cannot be counted. Import the county&apos;s policy data for %1.</source>
        <translation>%1 年的節假日安排尚未錄入，無法計算該年的辦理時限。請導入縣裡 %1 年的政策參數。</translation>
    </message>
</context>
<context>
    <name>doudi::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>顯示本幫助。</translation>
    </message>
    <message>
        <source>Profile folder (default: $DOUDI_PROFILE or the user&apos;s data folder).</source>
        <translation>檔案庫目錄（默認：$DOUDI_PROFILE 或用戶數據目錄）。</translation>
    </message>
    <message>
        <source>User name (default: the only user of the profile).</source>
        <translation>用戶名（默認：檔案庫唯一的用戶）。</translation>
    </message>
    <message>
        <source>Unlock with the recovery code ($DOUDI_RECOVERY_CODE or standard input) instead of a password.</source>
        <translation>用恢復碼（取自 $DOUDI_RECOVERY_CODE 或標準輸入）代替密碼解鎖。</translation>
    </message>
    <message>
        <source>There is no profile in %1; create one with doudi-cli init.</source>
        <translation>%1 中沒有檔案庫，請先用 doudi-cli init 創建。</translation>
    </message>
    <message>
        <source>This profile has several users: name one with --user.</source>
        <translation>此檔案庫有多個用戶，請用 --user 指定一個。</translation>
    </message>
    <message>
        <source>Recompute and check every audit entry.</source>
        <translation>重新計算並核對每一條審計記錄。</translation>
    </message>
    <message>
        <source>The audit log.</source>
        <translation>審計日誌。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要寫入的備份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>Writes an encrypted backup. It opens with the passwords and recovery code valid now.</source>
        <translation>寫出加密備份。備份可用當前有效的密碼和恢復碼打開。</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>備份文件。</translation>
    </message>
    <message>
        <source>Replaces the profile with a backup, after checking that the password (or recovery code) opens it and that it is whole.</source>
        <translation>先確認密碼（或恢復碼）能打開備份且備份完整，再用它替換檔案庫。</translation>
    </message>
    <message>
        <source>Name the backup file, and --user or --recovery-code.</source>
        <translation>請給出備份文件，並指定 --user 或 --recovery-code。</translation>
    </message>
    <message>
        <source>Re-encrypts the profile under a new database key. The old recovery code stops working: the new one is printed. Other users need new passwords.</source>
        <translation>用新的數據庫密鑰重新加密檔案庫。舊恢復碼隨即失效，將打印新的恢復碼；其他用戶需要重新設置密碼。</translation>
    </message>
    <message>
        <source>Changing the key needs a user&apos;s password, not the recovery code.</source>
        <translation>更換密鑰需要用戶密碼，不能用恢復碼。</translation>
    </message>
    <message>
        <source>How many households to add.</source>
        <translation>要添加的戶數。</translation>
    </message>
    <message>
        <source>Seed for repeatable data.</source>
        <translation>隨機種子（可重複生成同樣的數據）。</translation>
    </message>
    <message>
        <source>Households per transaction.</source>
        <translation>每批保存的戶數。</translation>
    </message>
    <message>
        <source>Adds realistic demo households (沂源县 villages, valid ID numbers) to the profile. Each batch is saved whole or not at all.</source>
        <translation>向檔案庫添加逼真的演示家庭（沂源縣各村、有效身份證號）。每一批要麼全部保存，要麼全不保存。</translation>
    </message>
    <message>
        <source>--households must be from 1 to 1000000.</source>
        <translation>--households 必須在 1 到 1000000 之間。</translation>
    </message>
    <message>
        <source>%1 of %2 households saved</source>
        <translation>已保存 %1 / %2 戶</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>無法讀取標準輸入。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>無法打開文件 %1。</translation>
    </message>
    <message>
        <source>The input is not a JSON object (%1 at byte %2).</source>
        <translation>輸入不是 JSON 對象（第 %2 字節處：%1）。</translation>
    </message>
    <message>
        <source>At most this many results.</source>
        <translation>最多顯示這麼多條結果。</translation>
    </message>
    <message>
        <source>Skip this many (list).</source>
        <translation>跳過前面這麼多條（list）。</translation>
    </message>
    <message>
        <source>Profile folder to create.</source>
        <translation>要創建的檔案庫目錄。</translation>
    </message>
    <message>
        <source>The first user&apos;s login name.</source>
        <translation>第一個用戶的登錄名。</translation>
    </message>
    <message>
        <source>The first user&apos;s full name.</source>
        <translation>第一個用戶的姓名。</translation>
    </message>
    <message>
        <source>Area of work: 6- or 12-digit area code.</source>
        <translation>工作區域：6位或12位區劃代碼。</translation>
    </message>
    <message>
        <source>aes (default) or sm4, where the county uses SM4.</source>
        <translation>aes（默認）或 sm4（縣裡採用國密 SM4 時）。</translation>
    </message>
    <message>
        <source>Creates an encrypted profile. The password comes from DOUDI_PASSWORD or standard input; the recovery code is printed once: write it down.</source>
        <translation>創建加密檔案庫。密碼取自 DOUDI_PASSWORD 或標準輸入；恢復碼只顯示這一次，請抄寫下來妥善保管。</translation>
    </message>
    <message>
        <source>--cipher must be aes or sm4.</source>
        <translation>--cipher 只能是 aes 或 sm4。</translation>
    </message>
    <message>
        <source>--role must be one of: %1.</source>
        <translation>--role 必須是以下之一：%1。</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>必須填寫 --user（用戶名）。</translation>
    </message>
    <message>
        <source>Unlocks the profile and reports on it; nothing is changed.</source>
        <translation>解鎖檔案庫並報告其狀態，不做任何修改。</translation>
    </message>
    <message>
        <source>One or more ID numbers (18 or 15 characters).</source>
        <translation>一個或多個身份證號（18位或15位）。</translation>
    </message>
    <message>
        <source>Checks resident ID numbers (GB 11643) without opening a profile.</source>
        <translation>按 GB 11643 校驗居民身份證號，無需打開檔案庫。</translation>
    </message>
    <message>
        <source>Create a profile and print its recovery code.</source>
        <translation>創建檔案庫並打印恢復碼。</translation>
    </message>
    <message>
        <source>Check that a password or recovery code unlocks the profile.</source>
        <translation>檢查密碼或恢復碼能否打開檔案庫。</translation>
    </message>
    <message>
        <source>add | show | list | search households.</source>
        <translation>家庭檔案的 add（添加）| show（查看）| list（列表）| search（查找）。</translation>
    </message>
    <message>
        <source>Check resident ID numbers and show what they say.</source>
        <translation>校驗居民身份證號並顯示其中的信息。</translation>
    </message>
    <message>
        <source>Fill the profile with realistic demo households.</source>
        <translation>用逼真的演示家庭填充檔案庫。</translation>
    </message>
    <message>
        <source>verify: check the audit hash chain.</source>
        <translation>verify：核驗審計哈希鏈。</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the profile.</source>
        <translation>寫出檔案庫的加密備份。</translation>
    </message>
    <message>
        <source>Replace the profile with an encrypted backup.</source>
        <translation>用加密備份替換檔案庫。</translation>
    </message>
    <message>
        <source>Change the database key (prints a new recovery code).</source>
        <translation>更換數據庫密鑰（會打印新的恢復碼）。</translation>
    </message>
    <message>
        <source>Usage: doudi-cli &lt;command&gt; [options]   (doudi-cli &lt;command&gt; --help for details)</source>
        <translation>用法：doudi-cli &lt;命令&gt; [選項]   （詳見 doudi-cli &lt;命令&gt; --help）</translation>
    </message>
    <message>
        <source>Output is JSON on standard output; errors are JSON on standard error.</source>
        <translation>結果以 JSON 輸出到標準輸出；錯誤以 JSON 輸出到標準錯誤。</translation>
    </message>
    <message>
        <source>Passwords come from DOUDI_PASSWORD or the first line of standard input.</source>
        <translation>密碼取自 DOUDI_PASSWORD，或標準輸入的第一行。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 invalid input, 4 wrong password or locked, 5 not found, 6 damaged data or storage error.</source>
        <translation>退出碼：0 成功，1 失敗，2 用法錯誤，3 輸入有誤，4 密碼錯誤或已鎖定，5 未找到，6 數據損壞或存儲錯誤。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Household JSON file, or - for standard input.</source>
        <translation>家庭 JSON 文件，或用 - 表示標準輸入。</translation>
    </message>
    <message>
        <source>Assess as of this day (default: today).</source>
        <translation>按這一天認定（默認：今天）。</translation>
    </message>
    <message>
        <source>Area code whose policy applies (default: the household&apos;s village).</source>
        <translation>適用其政策的區劃代碼（默認：該戶所在村）。</translation>
    </message>
    <message>
        <source>County policy file (default: the built-in demo county&apos;s sample policy).</source>
        <translation>縣級政策文件（默認：內置演示縣的樣例政策）。</translation>
    </message>
    <message>
        <source>The household receives dibao now, this many fen a month (for the taper period).</source>
        <translation>該戶目前正在享受低保，每月金額（分），用於判斷漸退期。</translation>
    </message>
    <message>
        <source>Print the explanation as Chinese sentences instead of JSON.</source>
        <translation>以中文語句輸出認定說明，而不是 JSON。</translation>
    </message>
    <message>
        <source>Decides which programme a household qualifies for and the monthly amount, with every rule applied and the policy it used.</source>
        <translation>認定家庭符合哪項救助及每月金額，並列出適用的每條規則和所依據的政策。</translation>
    </message>
    <message>
        <source>--date must be a date such as 2026-03-01.</source>
        <translation>--date 必須是日期，如 2026-03-01。</translation>
    </message>
    <message>
        <source>--currently-dibao must be a whole number of fen.</source>
        <translation>--currently-dibao 必須是以“分”為單位的整數。</translation>
    </message>
    <message>
        <source>Assess a household: programme, amount and the reasons.</source>
        <translation>認定家庭救助：項目、金額及理由。</translation>
    </message>
    <message>
        <source>Assess a household stored in the profile (its id) with the profile&apos;s policy.</source>
        <translation>按檔案庫中的政策參數，認定檔案庫中的某一戶（給出其編號）。</translation>
    </message>
    <message>
        <source>Use the policy imported into the profile.</source>
        <translation>使用導入到檔案庫中的政策參數。</translation>
    </message>
    <message>
        <source>Give a household JSON file or --household, not both.</source>
        <translation>請給出家庭 JSON 文件或 --household，二者選一。</translation>
    </message>
    <message>
        <source>show: the area code the values apply to.</source>
        <translation>show：參數適用的區劃代碼。</translation>
    </message>
    <message>
        <source>show: the day (default: today).</source>
        <translation>show：日期（默認：今天）。</translation>
    </message>
    <message>
        <source>The county policy on this device: import checks the whole file first and refuses it with the line of the first problem.</source>
        <translation>本機的縣級政策參數：import 會先檢查整個文件，有問題則整份拒絕，並指出第一個問題所在的行。</translation>
    </message>
    <message>
        <source>--area must be a 6- or 12-digit area code.</source>
        <translation>--area 必須是6位或12位區劃代碼。</translation>
    </message>
    <message>
        <source>import | export | show the county policy on this device.</source>
        <translation>導入 | 導出 | 查看本機的縣級政策參數。</translation>
    </message>
    <message>
        <source>new: the household applying.</source>
        <translation>new：申請家庭。</translation>
    </message>
    <message>
        <source>new: dibao, tekun, edge, rigid, temporary_urgent or temporary_expenditure.</source>
        <translation>new：dibao（低保）、tekun（特困）、edge（低保邊緣）、rigid（剛性支出困難）、temporary_urgent（急難型臨時救助）或 temporary_expenditure（支出型臨時救助）。</translation>
    </message>
    <message>
        <source>new: the household is related to a caseworker or village cadre.</source>
        <translation>new：申請家庭與經辦人或村幹部有近親屬關係。</translation>
    </message>
    <message>
        <source>advance: the step&apos;s details as a JSON object.</source>
        <translation>advance：這一步的詳細內容（JSON 對象）。</translation>
    </message>
    <message>
        <source>Applications through the procedure. Each step is checked (your role, the case&apos;s state, the details given); a refused step says why and changes nothing.</source>
        <translation>按流程辦理申請。每一步都會檢查（您的角色、案件狀態、所填內容）；不能辦理時說明原因，且不做任何修改。</translation>
    </message>
    <message>
        <source>Unknown programme &quot;%1&quot;.</source>
        <translation>未知的救助項目“%1”。</translation>
    </message>
    <message>
        <source>--data must be a JSON object.</source>
        <translation>--data 必須是 JSON 對象。</translation>
    </message>
    <message>
        <source>new | advance | show | tasks: applications through the procedure.</source>
        <translation>new | advance | show | tasks：按流程辦理申請。</translation>
    </message>
    <message>
        <source>import &lt;file&gt;, export &lt;file&gt;, show, schema</source>
        <translation>import &lt;文件&gt;、export &lt;文件&gt;、show、schema</translation>
    </message>
    <message>
        <source>Also add this many applications at every stage of the procedure (needs the county policy and a user who may confirm).</source>
        <translation>同時添加這麼多件處於各個辦理階段的申請（需要已導入縣級政策，且用戶有審核確認權限）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The form: application, authorisation, visit, democratic_review, publicity, dibao_confirmation, approval_notice, refusal_notice, tekun_approval, temporary_approval.</source>
        <translation>文書種類：application（申請書）、authorisation（核對授權書）、visit（入戶調查表）、democratic_review（民主評議記錄）、publicity（公示表）、dibao_confirmation（低保審核確認表）、approval_notice（確認通知書）、refusal_notice（不予救助/停發告知書）、tekun_approval（特困人員認定審批表）、temporary_approval（臨時救助審批表）。</translation>
    </message>
    <message>
        <source>The application the form is filled from.</source>
        <translation>文書所依據的申請。</translation>
    </message>
    <message>
        <source>Print a document again under its number (marked 补打).</source>
        <translation>按原編號重新打印文書（註明“補打”）。</translation>
    </message>
    <message>
        <source>Every document of a township&apos;s month (with --township and --month).</source>
        <translation>某鄉鎮（街道）某月的全部文書（與 --township 和 --month 一起使用）。</translation>
    </message>
    <message>
        <source>--batch: the township&apos;s 12-digit area code.</source>
        <translation>--batch：鄉鎮（街道）的 12 位區劃代碼。</translation>
    </message>
    <message>
        <source>--batch: the month, e.g. 2026-03.</source>
        <translation>--batch：月份，如 2026-03。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要寫入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Prints official documents to a PDF file: each is numbered and recorded, and carries a QR code with its number and check code.</source>
        <translation>將正式文書打印為 PDF 文件：每份文書都有編號並登記，並帶有含編號和核驗碼的二維碼。</translation>
    </message>
    <message>
        <source>--month must be a month such as 2026-03.</source>
        <translation>--month 須為月份，如 2026-03。</translation>
    </message>
    <message>
        <source>%1 of %2 documents numbered</source>
        <translation>已編號 %1 / %2 份文書</translation>
    </message>
    <message>
        <source>No documents for that township and month.</source>
        <translation>該鄉鎮（街道）該月沒有文書。</translation>
    </message>
    <message>
        <source>Documents of %1</source>
        <translation>%1 的文書</translation>
    </message>
    <message>
        <source>list: only this application&apos;s documents.</source>
        <translation>list：只列出該申請的文書。</translation>
    </message>
    <message>
        <source>verify &lt;number&gt; &lt;check code&gt;, or list</source>
        <translation>verify &lt;編號&gt; &lt;核驗碼&gt;，或 list</translation>
    </message>
    <message>
        <source>Printed documents: verify a printout&apos;s number and check code, or list them.</source>
        <translation>已打印的文書：核驗紙質文書的編號和核驗碼，或列出全部。</translation>
    </message>
    <message>
        <source>This printout matches document %1 as printed.</source>
        <translation>該紙質文書與打印時的文書 %1 一致。</translation>
    </message>
    <message>
        <source>The check code does not match document %1: the printout is not genuine or was altered.</source>
        <translation>核驗碼與文書 %1 不符：該紙質文書不是本系統打印的，或已被改動。</translation>
    </message>
    <message>
        <source>Print official documents to PDF (one, a reprint, or a township&apos;s month).</source>
        <translation>將正式文書打印為 PDF（單份、補打，或某鄉鎮某月的全部文書）。</translation>
    </message>
    <message>
        <source>verify | list printed documents.</source>
        <translation>verify | list：核驗或列出已打印的文書。</translation>
    </message>
    <message>
        <source>the folder does not exist or is not writable</source>
        <translation>文件夾不存在或不可寫入</translation>
    </message>
    <message>
        <source>New recovery code (write it down now and keep it in the safe): %1</source>
        <translation>新的恢復碼（請立即抄寫，存放在保險櫃中）：%1</translation>
    </message>
    <message>
        <source>Cost of deriving a key from a password (default %1; lower is weaker: for tests and very old computers).</source>
        <translation>由密碼推導密鑰的計算量（默認 %1；越低越不安全：僅用於測試和很舊的電腦）。</translation>
    </message>
    <message>
        <source>--kdf-iterations must be a number from %1 to %2.</source>
        <translation>--kdf-iterations 必須是 %1 到 %2 之間的數字。</translation>
    </message>
    <message>
        <source>Prints who may do what (the permission table) as Markdown; no profile is opened.</source>
        <translation>以 Markdown 打印權限表（誰可以做什麼），不打開檔案庫。</translation>
    </message>
    <message>
        <source>add | list | passwd | disable</source>
        <translation>add | list | passwd | disable</translation>
    </message>
    <message>
        <source>The user to add, give a new password or disable.</source>
        <translation>要添加、重設密碼或停用的用戶。</translation>
    </message>
    <message>
        <source>add: the person&apos;s name as shown.</source>
        <translation>add：顯示的姓名。</translation>
    </message>
    <message>
        <source>add: village, township or township_head.</source>
        <translation>add：village（村協理員）、township（鄉鎮經辦人）或 township_head（鄉鎮負責人）。</translation>
    </message>
    <message>
        <source>add: the 12-digit code of the user&apos;s area of work (repeatable).</source>
        <translation>add：用戶工作區域的 12 位區劃代碼（可多次給出）。</translation>
    </message>
    <message>
        <source>Manages the users of this device.</source>
        <translation>管理本機的用戶。</translation>
    </message>
    <message>
        <source>Use: user add NAME --role ROLE --area CODE | list | passwd NAME | disable NAME.</source>
        <translation>用法：user add 用戶名 --role 角色 --area 區劃代碼 | list | passwd 用戶名 | disable 用戶名。</translation>
    </message>
    <message>
        <source>add | list | passwd | disable the users of this device.</source>
        <translation>添加 | 列出 | 重設密碼 | 停用本機的用戶。</translation>
    </message>
    <message>
        <source>Print who may do what (docs/permissions.md).</source>
        <translation>打印權限表（docs/permissions.md）。</translation>
    </message>
    <message>
        <source>The day the step was taken, when it is recorded late (default: today).</source>
        <translation>補錄時填寫實際辦理日期（默認：今天）。</translation>
    </message>
    <message>
        <source>Why a step is recorded after the day it was taken (needed with an earlier --date).</source>
        <translation>補錄原因（--date 早於今天時必填）。</translation>
    </message>
    <message>
        <source>Households. add and update read one household as JSON (as show prints it) from a file or standard input (after the password line when DOUDI_PASSWORD is not set).</source>
        <translation>家庭檔案。add 和 update 從文件或標準輸入讀取一戶家庭的 JSON（格式與 show 的輸出相同；未設置 DOUDI_PASSWORD 時，JSON 放在密碼那一行之後）。</translation>
    </message>
    <message>
        <source>Profile folder (created when it holds no profile).</source>
        <translation>檔案庫目錄（其中還沒有檔案庫時會新建）。</translation>
    </message>
    <message>
        <source>The county server, e.g. https://10.1.2.3:8443.</source>
        <translation>縣級服務器地址，如 https://10.1.2.3:8443。</translation>
    </message>
    <message>
        <source>The enrolment code from the county.</source>
        <translation>縣裡給的接入碼。</translation>
    </message>
    <message>
        <source>Your user name at the county.</source>
        <translation>縣裡為您設立的用戶名。</translation>
    </message>
    <message>
        <source>A name for this laptop (default: its host name).</source>
        <translation>這臺電腦的名稱（默認：電腦的主機名）。</translation>
    </message>
    <message>
        <source>Joins this laptop to the county server: enrols it with the county&apos;s one-time code and signs the user in (password from DOUDI_PASSWORD or standard input). A folder with no profile gets one, with the same password.</source>
        <translation>將這臺電腦接入縣級服務器：用縣裡給的一次性接入碼完成接入，並登錄用戶（密碼取自 DOUDI_PASSWORD 或標準輸入）。如果目錄中還沒有檔案庫，會用同一密碼新建一個。</translation>
    </message>
    <message>
        <source>The county server&apos;s new address (its certificate must stay the same).</source>
        <translation>縣級服務器的新地址（其證書必須保持不變）。</translation>
    </message>
    <message>
        <source>Syncs with the county server: pushes this laptop&apos;s changes, then pulls the county&apos;s.</source>
        <translation>與縣級服務器同步：先上傳這臺電腦上的修改，再下載縣裡的修改。</translation>
    </message>
    <message>
        <source>list: the decided ones too.</source>
        <translation>list：已處理的衝突也一併列出。</translation>
    </message>
    <message>
        <source>Conflicts: the same field changed on two devices; the county&apos;s value stays until someone decides.</source>
        <translation>衝突：同一項內容在兩臺電腦上都被修改了；在有人作出處理之前，以縣裡的值為準。</translation>
    </message>
    <message>
        <source>Join this laptop to the county server (one-time code).</source>
        <translation>將這臺電腦接入縣級服務器（使用一次性接入碼）。</translation>
    </message>
    <message>
        <source>Sync with the county server now, or show its status.</source>
        <translation>立即與縣級服務器同步，或查看同步狀態。</translation>
    </message>
    <message>
        <source>list | resolve conflicts reported by the county server.</source>
        <translation>list | resolve：列出或處理縣級服務器報告的衝突。</translation>
    </message>
    <message>
        <source>After the county was restored from an older backup: sync on with the county&apos;s state, which drops what only this laptop has (make a backup of it first).</source>
        <translation>縣級服務器用較早的備份恢復後：以縣裡現有的數據為準繼續同步，只在本機上的內容將被丟棄（請先備份本機）。</translation>
    </message>
    <message>
        <source>visit: a photo (JPEG) taken at the visit; may be given several times.</source>
        <translation>visit：入戶時拍攝的照片（JPEG），可多次給出。</translation>
    </message>
    <message>
        <source>visit: who signed and the drawing (PNG), as NAME=FILE; the interviewee signs as &quot;interviewee&quot;.</source>
        <translation>visit：簽名人及簽名圖（PNG），格式為 姓名=文件；被調查人寫作“interviewee”。</translation>
    </message>
    <message>
        <source>attachments: write each into this folder, fetched from the county when only its record is on this laptop.</source>
        <translation>attachments：將各附件寫入此文件夾；本機只有附件記錄時，從縣裡下載。</translation>
    </message>
    <message>
        <source>new, advance &lt;case&gt; &lt;step&gt;, visit &lt;case&gt;, attachments &lt;case&gt;, show &lt;case&gt;, tasks</source>
        <translation>new、advance &lt;申請&gt; &lt;步驟&gt;、visit &lt;申請&gt;、attachments &lt;申請&gt;、show &lt;申請&gt;、tasks</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>--signature must be NAME=FILE.</source>
        <translation>--signature 的格式須為 姓名=文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法創建文件夾 %1。</translation>
    </message>
    <message>
        <source>export --out FILE, or import FILE</source>
        <translation>export --out 文件，或 import 文件</translation>
    </message>
    <message>
        <source>export: the bundle file to write (on the USB stick).</source>
        <translation>export：要寫入的同步包文件（存到U盤上）。</translation>
    </message>
    <message>
        <source>Use: bundle export --out FILE, or bundle import FILE.</source>
        <translation>用法：bundle export --out 文件，或 bundle import 文件。</translation>
    </message>
    <message>
        <source>USB bundles for a village without network: export, import the answer.</source>
        <translation>無網絡村莊的U盤同步包：導出，讀入回執。</translation>
    </message>
    <message>
        <source>USB bundles for a village without any network. export writes this laptop&apos;s changes (sealed to the county, signed by this laptop) for the township to import at the county (doudi-server bundle import); import reads the county&apos;s answer back. The laptop must have synced over the network once. Exit 3: not an answer for this laptop; 6: changed or forged.</source>
        <translation>用於完全沒有網絡的村的U盤同步包。export 把這臺電腦的修改寫成文件（只有縣裡能解開，並由這臺電腦簽名），由鄉鎮在縣服務器導入（doudi-server bundle import）；import 讀回縣裡的回執。這臺電腦須先聯網同步過一次。退出碼 3：不是給這臺電腦的回執；6：被改動或偽造。</translation>
    </message>
    <message>
        <source>The profile joined before: enrol it anew with a new code (the county withdrew the device, or its key in the system keychain was lost). Its work and outbox stay.</source>
        <translation>本檔案庫以前加入過：用新的接入碼重新接入（縣裡撤銷了這臺設備，或系統鑰匙串裡的密鑰丟失）。已有的工作和待上傳的修改都保留。</translation>
    </message>
    <message>
        <source>(nothing) to sync now, status, or signin (the user signs in to the county again: the county password from DOUDI_COUNTY_PASSWORD or standard input)</source>
        <translation>（不填）立即同步；status 查看狀態；signin 重新登錄縣服務器（縣裡的密碼取自 DOUDI_COUNTY_PASSWORD 或標準輸入）</translation>
    </message>
    <message>
        <source>list, or resolve &lt;id&gt; --keep theirs|mine</source>
        <translation>list，或 resolve &lt;編號&gt; --keep theirs|mine</translation>
    </message>
    <message>
        <source>resolve: theirs keeps the county&apos;s value; mine puts this laptop&apos;s value back (a changed field of a household&apos;s records: an edit that syncs).</source>
        <translation>resolve：theirs 保留縣裡的值；mine 恢復本機的值（限家庭檔案中某一項的修改：作為一次普通修改同步上去）。</translation>
    </message>
    <message>
        <source>Say --keep theirs or --keep mine.</source>
        <translation>請寫明 --keep theirs 或 --keep mine。</translation>
    </message>
    <message>
        <source>Why the household is changed (update: required when anything changes).</source>
        <translation>修改原因（update：有改動時必填）。</translation>
    </message>
    <message>
        <source>The ID number of a member who moved here from another household on record: they are taken out of it (add, update; repeat for several).</source>
        <translation>從系統中另一戶遷入的成員的身份證號：將其從原戶移出（add、update；多人可重複此選項）。</translation>
    </message>
    <message>
        <source>add [file.json|-], show &lt;id&gt;, update &lt;id&gt; [file.json|-], changes &lt;id&gt;, remove &lt;id&gt;, list, search &lt;text&gt;</source>
        <translation>add [file.json|-]、show &lt;id&gt;、update &lt;id&gt; [file.json|-]、changes &lt;id&gt;、remove &lt;id&gt;、list、search &lt;文字&gt;</translation>
    </message>
    <message>
        <source>village (--area: a village), township or township_head (a township), county (the county); default township. Administrator accounts come from the county (enrol).</source>
        <translation>village（--area：一個村）、township 或 township_head（一個鄉鎮）、county（本縣）；默認 township。管理員賬號由縣級設立（enrol）。</translation>
    </message>
    <message>
        <source>A demonstration or test profile: any role over any area, or none (the whole county&apos;s demo data).</source>
        <translation>演示或測試用檔案：任意角色、任意區域，或不限（全縣演示數據）。</translation>
    </message>
    <message>
        <source>Make the backup with doudi-cli backup; to go on with the county&apos;s state, run doudi-cli sync --accept-county-state.</source>
        <translation>用 doudi-cli backup 備份；若要以縣服務器的狀態繼續，運行 doudi-cli sync --accept-county-state。</translation>
    </message>
    <message>
        <source>, diff &lt;old file&gt; &lt;new file&gt;</source>
        <translation>、diff &lt;舊文件&gt; &lt;新文件&gt;</translation>
    </message>
    <message>
        <source>diff compares two policy files (no profile needed): each value added, removed or changed, by key and area, with its dates and source.</source>
        <translation>diff 比較兩個政策文件（無需檔案庫）：按參數和區劃列出新增、刪除和變動的每個值，及其起止日期和依據。</translation>
    </message>
    <message>
        <source>The day the new standards take effect (amounts change from the first day of its month).</source>
        <translation>新標準的執行日期（金額自該月 1 日起調整）。</translation>
    </message>
    <message>
        <source>Only this township (12-digit code); default: all your areas.</source>
        <translation>只測算這個鄉鎮（12 位代碼）；默認：您的全部區域。</translation>
    </message>
    <message>
        <source>Apply the list as one batch (township head or county, as the county&apos;s confirm.level says).</source>
        <translation>將名單作為一批確認執行（按縣裡 confirm.level 的規定，由鄉鎮負責人或縣裡確認）。</translation>
    </message>
    <message>
        <source>Also print the township&apos;s list of changes to this PDF file (needs --township).</source>
        <translation>同時將鄉鎮的調標變動清單打印到此 PDF 文件（需要 --township）。</translation>
    </message>
    <message>
        <source>调标: every case being paid in your areas worked out again under the standards in force on --from. Prints the changes as JSON; with --apply, re-rates the households that did not change and brings the others forward for review, all or nothing.</source>
        <translation>調標：按 --from 當天執行的標準，重新測算您區域內每件在保申請。以 JSON 輸出變動；加 --apply 時，情況未變的家庭按新標準調整金額，其餘家庭提前複核，全部成功或全部不做。</translation>
    </message>
    <message>
        <source>--out prints a township&apos;s list: give --township too.</source>
        <translation>--out 打印的是一個鄉鎮的清單：請同時給出 --township。</translation>
    </message>
    <message>
        <source>Standards change (调标): work out every paid case again from a date; --apply to commit.</source>
        <translation>調標：自某日起重新測算每件在保申請；加 --apply 執行。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 對象：%2</translation>
    </message>
    <message>
        <source>The column mapping as JSON: {&quot;header_row&quot;: 1, &quot;columns&quot;: {&quot;id_number&quot;: &quot;F&quot;, …}} (default: the one remembered for the file&apos;s layout, else the usual headers).</source>
        <translation>列對應關係（JSON）：{&quot;header_row&quot;: 1, &quot;columns&quot;: {&quot;id_number&quot;: &quot;F&quot;, …}}（默認：使用為此表格格式記住的對應關係，否則按常用表頭識別）。</translation>
    </message>
    <message>
        <source>Only check the file and print the report; save nothing.</source>
        <translation>只檢查文件並輸出報告，不保存任何內容。</translation>
    </message>
    <message>
        <source>Also write the problems to this spreadsheet (.xlsx or .csv).</source>
        <translation>同時把問題寫入此表格文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>The roster: .xlsx, .xls or .csv (UTF-8 or GB18030).</source>
        <translation>花名冊文件：.xlsx、.xls 或 .csv（UTF-8 或 GB18030 編碼）。</translation>
    </message>
    <message>
        <source>A township&apos;s existing roster (低保, 特困) carried over: each household with its members, and its entitlement as a case being paid since the month the file gives. Every row is checked first; with any problem nothing is saved, and the report (JSON) lists each with its row and column.</source>
        <translation>轉入鄉鎮（街道）現有的花名冊（低保、特困）：每戶及其成員，以及其待遇（作為自文件所列起始年月起正在發放的案件）。先逐行檢查；只要有問題就不保存任何內容，報告（JSON）列出每個問題所在的行和列。</translation>
    </message>
    <message>
        <source>Carry a township&apos;s existing roster (.xlsx, .xls, .csv) over, checked row by row first.</source>
        <translation>轉入鄉鎮（街道）現有的花名冊（.xlsx、.xls、.csv），先逐行檢查。</translation>
    </message>
    <message>
        <source>Unknown case state “%1”.</source>
        <translation>未知的案件狀態“%1”。</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv (readable by you only).</source>
        <translation>要寫入的文件：.xlsx 或 .csv（僅您本人可讀）。</translation>
    </message>
    <message>
        <source>households: the area to list (default: yours).</source>
        <translation>households：要列出的地區（默認：您的工作區域）。</translation>
    </message>
    <message>
        <source>cases: the states to list, comma separated (default: all).</source>
        <translation>cases：要列出的狀態，用逗號分隔（默認：全部）。</translation>
    </message>
    <message>
        <source>payments: the township (12-digit code).</source>
        <translation>payments：鄉鎮（街道）（12 位代碼）。</translation>
    </message>
    <message>
        <source>payments: the month paid for.</source>
        <translation>payments：發放月份。</translation>
    </message>
    <message>
        <source>households, cases or payments (代发清单)</source>
        <translation>households、cases 或 payments（代發清單）</translation>
    </message>
    <message>
        <source>Lists out as spreadsheets: the households of an area, a work list of cases, or a township&apos;s payment list of a month for the bank, with totals.</source>
        <translation>導出表格：某地區的家庭名單、案件工作清單，或鄉鎮某月交銀行的代發清單（含合計）。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件清單</translation>
    </message>
    <message>
        <source>The month of the report.</source>
        <translation>報表月份。</translation>
    </message>
    <message>
        <source>The area: the county, a township or a village (default: yours).</source>
        <translation>地區：縣、鄉鎮或村（默認：您的工作區域）。</translation>
    </message>
    <message>
        <source>Also write the report to this spreadsheet (.xlsx or .csv).</source>
        <translation>同時把報表寫入此表格文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>Also print the report, numbered and recorded, to this PDF file.</source>
        <translation>同時把報表打印（編號並登記）到此 PDF 文件。</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>月报: households and persons by programme and category, amounts paid, new, stopped and changed in the month, temporary assistance by type and extreme poverty by care level, for the area and each township and village in it (JSON).</source>
        <translation>月報：按救助類別和對象類別統計的戶數、人數，發放金額，當月新增、停發和調整，臨時救助（按類型）和特困人員（按生活自理能力），分本地區及所轄各鄉鎮、村（JSON）。</translation>
    </message>
    <message>
        <source>households | cases | payments: lists out as .xlsx or .csv (代发清单 with totals).</source>
        <translation>households | cases | payments：導出為 .xlsx 或 .csv（代發清單含合計）。</translation>
    </message>
    <message>
        <source>monthly: the 月报 of a month for an area (JSON, or a spreadsheet).</source>
        <translation>monthly：某地區某月的月報（JSON，或表格文件）。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>恢復碼：</translation>
    </message>
    <message>
        <source>Password at the county server: </source>
        <translation>縣服務器登錄密碼：</translation>
    </message>
</context>
<context>
    <name>doudi::core::Assessment</name>
    <message>
        <source>Support for people in extreme poverty</source>
        <translation>特困人員救助供養</translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation>最低生活保障（低保）</translation>
    </message>
    <message>
        <source>Single-person dibao</source>
        <translation>單人保</translation>
    </message>
    <message>
        <source>Dibao taper period</source>
        <translation>低保漸退期</translation>
    </message>
    <message>
        <source>Near-dibao household</source>
        <translation>低保邊緣家庭</translation>
    </message>
    <message>
        <source>Household in hardship from rigid expenditure</source>
        <translation>剛性支出困難家庭</translation>
    </message>
    <message>
        <source>No assistance programme applies</source>
        <translation>不符合救助條件</translation>
    </message>
</context>
<context>
    <name>doudi::core::Authorization</name>
    <message>
        <source>see households</source>
        <translation>查看家庭檔案</translation>
    </message>
    <message>
        <source>add or change households</source>
        <translation>添加或修改家庭檔案</translation>
    </message>
    <message>
        <source>delete households</source>
        <translation>刪除家庭檔案</translation>
    </message>
    <message>
        <source>work on applications</source>
        <translation>辦理申請</translation>
    </message>
    <message>
        <source>print forms</source>
        <translation>打印文書</translation>
    </message>
    <message>
        <source>reprint forms</source>
        <translation>補打文書</translation>
    </message>
    <message>
        <source>export lists</source>
        <translation>導出名單</translation>
    </message>
    <message>
        <source>import the county&apos;s policy</source>
        <translation>導入縣級政策</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用戶</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢復備份</translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation>更換數據庫密鑰</translation>
    </message>
    <message>
        <source>check the audit log</source>
        <translation>核驗審計日誌</translation>
    </message>
    <message>
        <source>confirm a change of standards (as confirm.level says)</source>
        <translation>確認調標（按 confirm.level 的規定）</translation>
    </message>
    <message>
        <source>import existing rosters</source>
        <translation>導入現有花名冊</translation>
    </message>
</context>
<context>
    <name>doudi::core::Case</name>
    <message>
        <source>Submitted</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Waiting for missing papers</source>
        <translation>待補正材料</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Paid first, paperwork to follow</source>
        <translation>已先行救助，待補手續</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>調查完畢</translation>
    </message>
    <message>
        <source>On public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>待審核確認</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予救助</translation>
    </message>
    <message>
        <source>Payment stopped</source>
        <translation>已停發</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已終止</translation>
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
        <translation>特困人員救助供養</translation>
    </message>
    <message>
        <source>Near-dibao household</source>
        <translation>低保邊緣家庭</translation>
    </message>
    <message>
        <source>Rigid expenditure hardship</source>
        <translation>剛性支出困難家庭</translation>
    </message>
    <message>
        <source>Temporary assistance (urgent)</source>
        <translation>臨時救助（急難型）</translation>
    </message>
    <message>
        <source>Temporary assistance (expenditure)</source>
        <translation>臨時救助（支出型）</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseCheck</name>
    <message>
        <source>household registration</source>
        <translation>戶籍</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>納稅</translation>
    </message>
    <message>
        <source>social insurance</source>
        <translation>社保</translation>
    </message>
    <message>
        <source>real estate</source>
        <translation>不動產</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>bank deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>securities</source>
        <translation>證券</translation>
    </message>
    <message>
        <source>housing provident fund</source>
        <translation>公積金</translation>
    </message>
    <message>
        <source>business registration</source>
        <translation>市場主體</translation>
    </message>
    <message>
        <source>consistent with the declaration</source>
        <translation>與申報情況一致</translation>
    </message>
    <message>
        <source>differs from the declaration</source>
        <translation>與申報情況不符</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseRepository</name>
    <message>
        <source>The record of case %1 is damaged and cannot be read. Restore the profile from a backup, or sync it again from the county server.</source>
        <translation>案件 %1 的記錄已損壞，無法讀取。請用備份恢復檔案庫，或從縣服務器重新同步。</translation>
    </message>
</context>
<context>
    <name>doudi::core::CaseTask</name>
    <message>
        <source>Start the investigation</source>
        <translation>開始家庭經濟狀況調查</translation>
    </message>
    <message>
        <source>Finish the extreme poverty investigation</source>
        <translation>完成特困人員調查</translation>
    </message>
    <message>
        <source>Finish the whole case</source>
        <translation>全部辦結</translation>
    </message>
    <message>
        <source>Public notice ends</source>
        <translation>公示期結束</translation>
    </message>
    <message>
        <source>County opinion due</source>
        <translation>縣級提出審核意見</translation>
    </message>
    <message>
        <source>Send the written refusal</source>
        <translation>書面告知不予救助</translation>
    </message>
    <message>
        <source>Pay the urgent aid</source>
        <translation>發放急難救助</translation>
    </message>
    <message>
        <source>Periodic review due</source>
        <translation>定期複核到期</translation>
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
        <translation>有困難</translation>
    </message>
</context>
<context>
    <name>doudi::core::Enum</name>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
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
        <translation>兒媳/女婿</translation>
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
        <translation>孫子女/外孫子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他親屬</translation>
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
        <translation>無殘疾</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>肢體殘疾</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>視力殘疾</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>聽力殘疾</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>言語殘疾</translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation>智力殘疾</translation>
    </message>
    <message>
        <source>Mental</source>
        <translation>精神殘疾</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>多重殘疾</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>未在學</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>學前教育</translation>
    </message>
    <message>
        <source>Primary or junior secondary school</source>
        <translation>小學或初中</translation>
    </message>
    <message>
        <source>Senior secondary or vocational school</source>
        <translation>高中或中職</translation>
    </message>
    <message>
        <source>College or university</source>
        <translation>大專或本科</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>務工/就業</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>務農</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>個體經營</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>無業/失業</translation>
    </message>
    <message>
        <source>Unable to work</source>
        <translation>無勞動能力</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>在校學生</translation>
    </message>
    <message>
        <source>Pre-school child</source>
        <translation>學齡前兒童</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>計入家庭成員</translation>
    </message>
    <message>
        <source>Religious staff away three years or more</source>
        <translation>宗教教職人員（離家3年以上）</translation>
    </message>
    <message>
        <source>Serving a prison sentence</source>
        <translation>服刑人員</translation>
    </message>
    <message>
        <source>In compulsory drug rehabilitation</source>
        <translation>強制隔離戒毒中</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>下落不明</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城鎮</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>農村</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>工資性收入</translation>
    </message>
    <message>
        <source>Net business income</source>
        <translation>經營淨收入</translation>
    </message>
    <message>
        <source>Net property income</source>
        <translation>財產淨收入</translation>
    </message>
    <message>
        <source>Net transfer income</source>
        <translation>轉移淨收入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>養老金</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Preferential care and pension for martyrs&apos; families</source>
        <translation>優待撫卹金</translation>
    </message>
    <message>
        <source>Family planning reward</source>
        <translation>計劃生育獎勵扶助金</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>獎學金</translation>
    </message>
    <message>
        <source>Award for acts of bravery</source>
        <translation>見義勇為獎勵</translation>
    </message>
    <message>
        <source>Social assistance payment</source>
        <translation>社會救助金</translation>
    </message>
    <message>
        <source>Basic pension for urban and rural residents</source>
        <translation>城鄉居民基礎養老金</translation>
    </message>
    <message>
        <source>Savings deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房產</translation>
    </message>
    <message>
        <source>Motor vehicle</source>
        <translation>機動車輛</translation>
    </message>
    <message>
        <source>Securities</source>
        <translation>有價證券</translation>
    </message>
    <message>
        <source>Commercial insurance</source>
        <translation>商業保險</translation>
    </message>
    <message>
        <source>Registered business</source>
        <translation>市場主體（工商登記）</translation>
    </message>
    <message>
        <source>Other asset</source>
        <translation>其他財產</translation>
    </message>
    <message>
        <source>Medical costs</source>
        <translation>醫療費用</translation>
    </message>
    <message>
        <source>Education costs</source>
        <translation>教育費用</translation>
    </message>
    <message>
        <source>Disability rehabilitation costs</source>
        <translation>殘疾康復費用</translation>
    </message>
    <message>
        <source>Other necessary costs</source>
        <translation>其他必需支出</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有贍養（扶養）能力</translation>
    </message>
    <message>
        <source>Is a person in extreme poverty</source>
        <translation>本人為特困人員</translation>
    </message>
    <message>
        <source>Receives dibao and is 60 or older</source>
        <translation>享受低保且年滿60週歲</translation>
    </message>
    <message>
        <source>70 or older with low income</source>
        <translation>年滿70週歲且收入低</translation>
    </message>
    <message>
        <source>Severely disabled with low income</source>
        <translation>重度殘疾且收入低</translation>
    </message>
    <message>
        <source>Without civil capacity</source>
        <translation>無民事行為能力</translation>
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
        <translation>社會救助申請書</translation>
    </message>
    <message>
        <source>Authorisation to check the family&apos;s economic situation</source>
        <translation>家庭經濟狀況核對授權書</translation>
    </message>
    <message>
        <source>Home visit record</source>
        <translation>入戶調查表</translation>
    </message>
    <message>
        <source>Record of the democratic review</source>
        <translation>民主評議記錄</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示表</translation>
    </message>
    <message>
        <source>Dibao review and confirmation form</source>
        <translation>低保審核確認表</translation>
    </message>
    <message>
        <source>Notice of confirmation</source>
        <translation>確認通知書</translation>
    </message>
    <message>
        <source>Notice of refusal or stopped payment</source>
        <translation>不予救助/停發告知書</translation>
    </message>
    <message>
        <source>Extreme poverty determination form</source>
        <translation>特困人員認定審批表</translation>
    </message>
    <message>
        <source>Temporary assistance approval form</source>
        <translation>臨時救助審批表</translation>
    </message>
    <message>
        <source>Recovery code sheet</source>
        <translation>恢復碼單</translation>
    </message>
    <message>
        <source>List of changes of standards</source>
        <translation>調標變動清單</translation>
    </message>
    <message>
        <source>Monthly social assistance report</source>
        <translation>社會救助工作月報表</translation>
    </message>
</context>
<context>
    <name>doudi::core::Parameter</name>
    <message>
        <source>Urban dibao standard (per person per month)</source>
        <translation>城市低保標準（元/人/月）</translation>
    </message>
    <message>
        <source>Rural dibao standard (per person per month)</source>
        <translation>農村低保標準（元/人/月）</translation>
    </message>
    <message>
        <source>How dibao is paid: gap (补差) or tiers (分档)</source>
        <translation>低保金髮放方式：補差（gap）或分檔（tiers）</translation>
    </message>
    <message>
        <source>Dibao tiers by per-capita income</source>
        <translation>按人均收入分檔的低保金</translation>
    </message>
    <message>
        <source>Classified top-ups (分类施保)</source>
        <translation>分類施保加發</translation>
    </message>
    <message>
        <source>Share of the standard for single-person dibao (单人保)</source>
        <translation>單人保按低保標準的比例</translation>
    </message>
    <message>
        <source>Near-dibao line as a multiple of the standard</source>
        <translation>低保邊緣家庭認定線（低保標準的倍數）</translation>
    </message>
    <message>
        <source>Rigid expenditure to income ratio that marks hardship</source>
        <translation>剛性支出困難認定的支出與收入之比</translation>
    </message>
    <message>
        <source>Last year&apos;s per-capita disposable income (per year)</source>
        <translation>上年度居民人均可支配收入（元/年）</translation>
    </message>
    <message>
        <source>Basic living standard for extreme poverty as a multiple of the dibao standard</source>
        <translation>特困人員基本生活標準（低保標準的倍數）</translation>
    </message>
    <message>
        <source>Care standard, fully self-caring (per month)</source>
        <translation>照料護理標準：生活自理（元/月）</translation>
    </message>
    <message>
        <source>Care standard, partly unable to care for oneself (per month)</source>
        <translation>照料護理標準：部分喪失生活自理能力（元/月）</translation>
    </message>
    <message>
        <source>Care standard, fully unable to care for oneself (per month)</source>
        <translation>照料護理標準：完全喪失生活自理能力（元/月）</translation>
    </message>
    <message>
        <source>Months of continued payment after income rises (渐退期)</source>
        <translation>漸退期月數</translation>
    </message>
    <message>
        <source>Months of continued payment for households with a severely disabled member</source>
        <translation>有重度殘疾成員家庭的漸退期月數</translation>
    </message>
    <message>
        <source>Share of the payment kept during the taper period</source>
        <translation>漸退期內保留的低保金比例</translation>
    </message>
    <message>
        <source>Income types not counted</source>
        <translation>不計入家庭收入的項目</translation>
    </message>
    <message>
        <source>Employment cost deducted per working member (per month)</source>
        <translation>就業成本扣減（每名就業成員每月）</translation>
    </message>
    <message>
        <source>Financial assets per person at most this many months of the standard</source>
        <translation>人均金融資產上限（低保標準的月數）</translation>
    </message>
    <message>
        <source>Most dwellings a household may own</source>
        <translation>家庭最多可擁有的住房套數</translation>
    </message>
    <message>
        <source>Most motor vehicles a household may own</source>
        <translation>家庭最多可擁有的機動車數量</translation>
    </message>
    <message>
        <source>Financial assets of a person in extreme poverty at most this many months of the standard</source>
        <translation>特困人員金融資產上限（低保標準的月數）</translation>
    </message>
    <message>
        <source>Temporary assistance the township may approve, as months of the standard</source>
        <translation>鄉鎮可審批的臨時救助額度（低保標準的月數）</translation>
    </message>
    <message>
        <source>Cap on temporary assistance per event, as months of the standard</source>
        <translation>每次臨時救助上限（低保標準的月數）</translation>
    </message>
    <message>
        <source>Cap on temporary assistance per year, as months of the standard</source>
        <translation>每年臨時救助上限（低保標準的月數）</translation>
    </message>
    <message>
        <source>Small quick aid without means check, as months of the standard</source>
        <translation>小額快救額度（低保標準的月數，不做經濟狀況核對）</translation>
    </message>
    <message>
        <source>Investigation starts within (working days of acceptance)</source>
        <translation>受理後開始調查的時限（工作日）</translation>
    </message>
    <message>
        <source>Whole case within (working days of acceptance)</source>
        <translation>自受理起全部辦結的時限（工作日）</translation>
    </message>
    <message>
        <source>Whole case within, when extended (working days)</source>
        <translation>延長後的辦結時限（工作日）</translation>
    </message>
    <message>
        <source>County opinion within (working days of receiving the file)</source>
        <translation>縣級收到材料後提出意見的時限（工作日）</translation>
    </message>
    <message>
        <source>Refusal notified within (working days)</source>
        <translation>書面告知不予救助的時限（工作日）</translation>
    </message>
    <message>
        <source>Extreme poverty investigation within (working days)</source>
        <translation>特困人員調查時限（工作日）</translation>
    </message>
    <message>
        <source>Small quick aid paid within (days)</source>
        <translation>小額快救發放時限（天）</translation>
    </message>
    <message>
        <source>Public notice period (days)</source>
        <translation>公示期（天）</translation>
    </message>
    <message>
        <source>Review cycle for stable households (months)</source>
        <translation>穩定家庭的複核週期（月）</translation>
    </message>
    <message>
        <source>Review cycle for households with unstable income or able-bodied members (months)</source>
        <translation>收入不固定或有勞動能力成員家庭的複核週期（月）</translation>
    </message>
    <message>
        <source>Review cycle for people in extreme poverty (months)</source>
        <translation>特困人員複核週期（月）</translation>
    </message>
    <message>
        <source>Rigid-expenditure hardship status valid for (months)</source>
        <translation>剛性支出困難家庭認定有效期（月）</translation>
    </message>
    <message>
        <source>Rounding of amounts paid: to the fen, or whole yuan up</source>
        <translation>發放金額的取整方式：四捨五入到分，或向上取整到元</translation>
    </message>
    <message>
        <source>Who confirms dibao and extreme poverty: township (delegated) or county</source>
        <translation>低保、特困的審核確認機關：鄉鎮（委託下放）或縣級</translation>
    </message>
    <message>
        <source>elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>severe disability</source>
        <translation>重度殘疾</translation>
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
        <translation>辦理環節可在辦理後多少天內補錄（須寫明原因；0 表示只能當天錄入）</translation>
    </message>
    <message>
        <source>Supervision phone printed on public notices (监督电话)</source>
        <translation>公示表上印的監督電話</translation>
    </message>
    <message>
        <source>Font file for the body text of printed forms (in the profile&apos;s fonts folder)</source>
        <translation>打印表格正文所用的字體文件（放在檔案的 fonts 文件夾中）</translation>
    </message>
    <message>
        <source>Font file for the titles of printed forms (in the profile&apos;s fonts folder)</source>
        <translation>打印表格標題所用的字體文件（放在檔案的 fonts 文件夾中）</translation>
    </message>
    <message>
        <source>Least dibao paid to a household each month (absent: no minimum)</source>
        <translation>低保金每戶每月最低發放額（不設則無最低額）</translation>
    </message>
    <message>
        <source>Most dwellings a household with a person in extreme poverty may own (absent: the dibao limit)</source>
        <translation>特困人員家庭最多可有住房套數（不設則按低保限額）</translation>
    </message>
    <message>
        <source>Most motor vehicles a household with a person in extreme poverty may own (absent: the dibao limit)</source>
        <translation>特困人員家庭最多可有機動車數（不設則按低保限額）</translation>
    </message>
</context>
<context>
    <name>doudi::core::SecretStore</name>
    <message>
        <source>Nothing is stored for this device yet.</source>
        <translation>本機尚未保存此項內容。</translation>
    </message>
</context>
<context>
    <name>doudi::core::UserService</name>
    <message>
        <source>Village social assistance helper</source>
        <translation>村級社會救助協理員</translation>
    </message>
    <message>
        <source>Township caseworker</source>
        <translation>鄉鎮（街道）經辦人</translation>
    </message>
    <message>
        <source>Township head</source>
        <translation>鄉鎮（街道）負責人</translation>
    </message>
    <message>
        <source>County civil affairs</source>
        <translation>縣級民政部門</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
</context>
<context>
    <name>doudi::core::Workflow</name>
    <message>
        <source>income over the standard</source>
        <translation>收入超過標準</translation>
    </message>
    <message>
        <source>assets over the limits</source>
        <translation>財產超過規定</translation>
    </message>
    <message>
        <source>refused the investigation or the information check</source>
        <translation>拒絕配合調查或經濟狀況核對</translation>
    </message>
    <message>
        <source>false declaration</source>
        <translation>虛報、隱瞞情況</translation>
    </message>
    <message>
        <source>refused suitable work repeatedly</source>
        <translation>多次拒絕適當工作</translation>
    </message>
    <message>
        <source>an obliged relative is able to support</source>
        <translation>法定義務人有履行能力</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>無法聯繫</translation>
    </message>
    <message>
        <source>death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>遷出</translation>
    </message>
    <message>
        <source>regained the ability to work</source>
        <translation>恢復勞動能力</translation>
    </message>
    <message>
        <source>serving a prison sentence</source>
        <translation>服刑</translation>
    </message>
    <message>
        <source>asked to leave the programme</source>
        <translation>本人申請退出</translation>
    </message>
    <message>
        <source>application registered</source>
        <translation>登記申請</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>missing papers listed</source>
        <translation>一次性告知補正材料</translation>
    </message>
    <message>
        <source>urgent aid paid first</source>
        <translation>先行救助</translation>
    </message>
    <message>
        <source>investigation started</source>
        <translation>開始調查</translation>
    </message>
    <message>
        <source>information check recorded</source>
        <translation>記錄經濟狀況核對</translation>
    </message>
    <message>
        <source>home visit recorded</source>
        <translation>記錄入戶調查</translation>
    </message>
    <message>
        <source>democratic review recorded</source>
        <translation>記錄民主評議</translation>
    </message>
    <message>
        <source>investigation finished</source>
        <translation>調查完畢</translation>
    </message>
    <message>
        <source>township opinion</source>
        <translation>鄉鎮初審</translation>
    </message>
    <message>
        <source>objection during the notice</source>
        <translation>公示期異議</translation>
    </message>
    <message>
        <source>public notice closed</source>
        <translation>公示結束</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>審核確認</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予救助</translation>
    </message>
    <message>
        <source>written notice sent</source>
        <translation>已書面告知</translation>
    </message>
    <message>
        <source>time limit extended</source>
        <translation>延長辦理時限</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>複核</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>終止</translation>
    </message>
    <message>
        <source>stage paid</source>
        <translation>分階段發放</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回申請</translation>
    </message>
    <message>
        <source>re-rated for the new standards</source>
        <translation>按新標準調標</translation>
    </message>
    <message>
        <source>review brought forward by the change of standards</source>
        <translation>因調標提前複核</translation>
    </message>
    <message>
        <source>carried over from the township&apos;s roster</source>
        <translation>從鄉鎮花名冊轉入</translation>
    </message>
</context>
<context>
    <name>doudi::core::compression</name>
    <message>
        <source>A compressed sync message could not be read.</source>
        <translation>無法讀取一條壓縮的同步消息。</translation>
    </message>
    <message>
        <source>A sync message is too large.</source>
        <translation>同步消息過大。</translation>
    </message>
</context>
<context>
    <name>doudi::core::protocol</name>
    <message>
        <source>A sync message could not be read (%1).</source>
        <translation>無法讀取同步消息（%1）。</translation>
    </message>
    <message>
        <source>A sync message is too large.</source>
        <translation>同步消息過大。</translation>
    </message>
</context>
<context>
    <name>doudi::server</name>
    <message>
        <source>The backup cannot be written to %1: %2</source>
        <translation>無法將備份寫入 %1：%2</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_dump wrote nothing.</source>
        <translation>PostgreSQL 的 pg_dump 沒有寫出任何內容。</translation>
    </message>
    <message>
        <source>Where to write the backup (replaced if it exists).</source>
        <translation>備份寫入的位置（如已存在則替換）。</translation>
    </message>
    <message>
        <source>Backs up the server&apos;s database with pg_dump in its custom format (for pg_restore), whether or not serve is running. The file is readable by its owner only and appears only once it is complete. The data folder&apos;s server.json and tls/ are not in it: copy them too.</source>
        <translation>用 pg_dump 以其自定義格式（供 pg_restore 恢復）備份服務器的數據庫，serve 是否在運行都可以。備份文件只有其所有者能讀取，並且完整寫完後才會出現。數據目錄中的 server.json 和 tls/ 不在備份內：請一併複製。</translation>
    </message>
    <message>
        <source>Name the backup file with --file.</source>
        <translation>請用 --file 指定備份文件。</translation>
    </message>
    <message>
        <source>%1 is a folder: give --file a file name.</source>
        <translation>%1 是文件夾：請給 --file 指定一個文件名。</translation>
    </message>
    <message>
        <source>Use: %1 %2 FILE | list (see --help).</source>
        <translation>用法：%1 %2 FILE | list（詳見 --help）。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>無法打開文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>文件 %1 太大。</translation>
    </message>
    <message>
        <source>The county&apos;s policy documents (docs/policy-format.md), which every laptop receives with its next sync.
  publish FILE   checks the whole file as the laptops read it and makes it the policy in force (publishing the same file again changes nothing).
  list           every published version, newest first.</source>
        <translation>縣裡的政策參數文件（格式見 docs/policy-format.md），每臺電腦會在下次同步時收到。
  publish FILE   按電腦讀取的方式檢查整個文件，通過後將其設為現行政策（再次發佈同一文件不會有任何改變）。
  list           列出已發佈的所有版本，最新的在前。</translation>
    </message>
    <message>
        <source>The county&apos;s townships and villages, which every laptop receives with its next sync.
  import FILE    a CSV file with the header code,name,level,parent (12-digit codes of the statistics bureau; each township and village within this county, with its parent listed). Importing the same file again changes nothing.
  list           every imported version, newest first.</source>
        <translation>本縣的鄉鎮（街道）和村（社區），每臺電腦會在下次同步時收到。
  import FILE    CSV 文件，表頭為 code,name,level,parent（使用統計局的 12 位區劃代碼；每個鄉鎮（街道）和村（社區）都須在本縣之內，其上級也須列在表中）。再次導入同一文件不會有任何改變。
  list           列出已導入的所有版本，最新的在前。</translation>
    </message>
    <message>
        <source>enrol | revoke | list</source>
        <translation>enrol | revoke | list</translation>
    </message>
    <message>
        <source>enrol: whose laptop it is, e.g. the township and office.</source>
        <translation>enrol：這臺電腦歸誰使用，如所在鄉鎮（街道）和科室。</translation>
    </message>
    <message>
        <source>revoke: the device&apos;s id, as enrol and list show it.</source>
        <translation>revoke：設備編號（enrol 和 list 會顯示）。</translation>
    </message>
    <message>
        <source>Manages the laptops that sync with this server.
  enrol --label TEXT   prints a one-time enrolment code for the laptop, valid for 7 days. It is shown only this once (the server keeps only its hash): give it to the laptop&apos;s user by hand, never by e-mail or chat. It also makes the laptop trust this server&apos;s certificate and no other.
  revoke --id ID       the device may no longer sync (nor enrol, if it had not yet).
  list                 every device, with its status: waiting (for its laptop), enrolled, revoked, or expired (the code was not used in time).</source>
        <translation>管理與本服務器同步的電腦。
  enrol --label TEXT   為電腦生成一次性接入碼，7 天內有效。接入碼只顯示這一次（服務器只保存它的哈希值）：請當面交給該電腦的使用人，切勿通過電子郵件或聊天軟件發送。接入碼還會讓該電腦只信任本服務器的證書，不信任其他任何證書。
  revoke --id ID       撤銷該設備：它不能再同步（如果還沒接入，也不能再接入）。
  list                 列出所有設備及其狀態：waiting（等待電腦接入）、enrolled（已接入）、revoked（已撤銷）或 expired（接入碼未按時使用，已過期）。</translation>
    </message>
    <message>
        <source>Use: device enrol | revoke | list (see device --help).</source>
        <translation>用法：device enrol | revoke | list（詳見 device --help）。</translation>
    </message>
    <message>
        <source>Name the device with --id (device list shows the ids).</source>
        <translation>請用 --id 指定設備（device list 會顯示設備編號）。</translation>
    </message>
    <message>
        <source>Checks a printed document against the county&apos;s register of every laptop&apos;s printouts.
  verify NUMBER CODE   the document number and the check code printed on it (at least 16 characters; spaces are ignored). Exit 0: genuine; 3: altered or not genuine; 5: not in the register (the laptop that printed it has not synced since).</source>
        <translation>對照縣裡彙總的各臺電腦打印登記，核驗紙質文書。
  verify NUMBER CODE   文書編號和文書上印的核驗碼（至少 16 個字符，空格不計）。退出碼 0：真實；3：已被改動或不是本系統打印的；5：登記中沒有（打印它的電腦此後還沒有同步）。</translation>
    </message>
    <message>
        <source>Use: document verify NUMBER CODE (see document --help).</source>
        <translation>用法：document verify NUMBER CODE（詳見 document --help）。</translation>
    </message>
    <message>
        <source>Give at least the 16 characters of the check code printed on the document.</source>
        <translation>請至少輸入文書上印的 16 位核驗碼。</translation>
    </message>
    <message>
        <source>Document %1 is not in the county&apos;s register: the laptop that printed it has not synced since, or the number is wrong.</source>
        <translation>縣裡的打印登記中沒有文書 %1：打印它的電腦此後還沒有同步，或編號有誤。</translation>
    </message>
    <message>
        <source>This printout matches document %1 as printed.</source>
        <translation>該紙質文書與打印時的文書 %1 一致。</translation>
    </message>
    <message>
        <source>The check code does not match document %1: the printout is not genuine or was altered.</source>
        <translation>核驗碼與文書 %1 不符：該紙質文書不是本系統打印的，或已被改動。</translation>
    </message>
    <message>
        <source>The county&apos;s 6-digit area code.</source>
        <translation>本縣的 6 位區劃代碼。</translation>
    </message>
    <message>
        <source>Use the county&apos;s own PostgreSQL (a libpq connection string) instead of a private cluster.</source>
        <translation>使用縣裡自有的 PostgreSQL 數據庫（libpq 連接字符串），而不是本服務器專用的數據庫集群。</translation>
    </message>
    <message>
        <source>Creates a server: its data folder, a self-signed TLS certificate and, unless --database is given, a private PostgreSQL cluster.</source>
        <translation>創建服務器：包括數據目錄、自簽名 TLS 證書，以及（未指定 --database 時）一個專用的 PostgreSQL 數據庫集群。</translation>
    </message>
    <message>
        <source>--county must be the county&apos;s 6-digit area code, e.g. 370323.</source>
        <translation>--county 必須是本縣的 6 位區劃代碼，如 370323。</translation>
    </message>
    <message>
        <source>%1 already holds a server.</source>
        <translation>%1 中已經有一個服務器。</translation>
    </message>
    <message>
        <source>%1 is not empty: give init a new or empty folder.</source>
        <translation>%1 不是空的：請為 init 指定一個新的或空的文件夾。</translation>
    </message>
    <message>
        <source>--listen must be an address and a port, e.g. 127.0.0.1:8443.</source>
        <translation>--listen 必須是地址加端口，如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8443; port 0 picks one).</source>
        <translation>監聽的地址和端口（默認 127.0.0.1:8443；端口為 0 時自動選擇）。</translation>
    </message>
    <message>
        <source>Benchmarks only: count the requests served (GET /_bench/stats, POST /_bench/reset).</source>
        <translation>僅用於性能測試：統計已處理的請求數（GET /_bench/stats，POST /_bench/reset）。</translation>
    </message>
    <message>
        <source>Runs the server until SIGTERM or Ctrl+C. Prints one JSON line when it is ready.</source>
        <translation>運行服務器，直到收到 SIGTERM 或按下 Ctrl+C。就緒時輸出一行 JSON。</translation>
    </message>
    <message>
        <source>--processes must be a number from 1 to 64.</source>
        <translation>--processes 必須是 1 到 64 之間的數字。</translation>
    </message>
    <message>
        <source>This server is already running (another serve uses %1).</source>
        <translation>該服務器已在運行（另一個 serve 正在使用 %1）。</translation>
    </message>
    <message>
        <source>A serve process did not start.</source>
        <translation>有一個 serve 進程未能啟動。</translation>
    </message>
    <message>
        <source>Reports on a server&apos;s folder and database; changes nothing.</source>
        <translation>報告服務器數據目錄和數據庫的狀態，不做任何修改。</translation>
    </message>
    <message>
        <source>add | passwd | scope | disable | list</source>
        <translation>add | passwd | scope | disable | list</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name (add, passwd, disable).</source>
        <translation>用戶的登錄名（add、passwd、disable）。</translation>
    </message>
    <message>
        <source>add: the person&apos;s name as shown, e.g. 张三丰.</source>
        <translation>add：顯示的姓名，如張三丰。</translation>
    </message>
    <message>
        <source>add: village, township, township_head, county or admin.</source>
        <translation>add：village（村協理員）、township（鄉鎮經辦人）、township_head（鄉鎮負責人）、county（縣級民政部門）或 admin（系統管理員）。</translation>
    </message>
    <message>
        <source>add, scope: a 12-digit area code of the user&apos;s work (repeatable).</source>
        <translation>add、scope：用戶工作區域的 12 位區劃代碼（可多次給出）。</translation>
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
        <translation>管理本縣的用戶。
  add --user NAME --name TEXT --role ROLE --area CODE [--area CODE ...]
  passwd --user NAME
  scope --user NAME --area CODE [--area CODE ...]   （設定新的工作區域；各臺電腦在下次同步時會刪除不再屬於該用戶區域的檔案）
  disable --user NAME   （停用後該用戶不能再登錄；該用戶名永不再用）
  list                  （從不顯示密碼哈希值）
add 和 passwd 的密碼取自 $DOUDI_NEW_PASSWORD 或標準輸入的第一行；過弱的密碼（太短、包含用戶名或姓名、常見密碼）會被拒絕。
角色：village（村協理員）、township（鄉鎮經辦人）、township_head（鄉鎮負責人）、county（縣級民政部門）、admin（系統管理員）。
工作區域是本服務器所在縣內的 12 位區劃代碼：村如 370323102001，鄉鎮如 370323102000，全縣為 370323000000。村協理員的工作區域只能是村；鄉鎮經辦人和鄉鎮負責人的可以是鄉鎮或村；縣級和管理員用戶的可以是本縣的任何區域。</translation>
    </message>
    <message>
        <source>Use: user add | passwd | scope | disable | list (see user --help).</source>
        <translation>用法：user add | passwd | scope | disable | list（詳見 user --help）。</translation>
    </message>
    <message>
        <source>Name the user with --user.</source>
        <translation>請用 --user 指定用戶。</translation>
    </message>
    <message>
        <source>Create a server: data folder, TLS certificate, database.</source>
        <translation>創建服務器：數據目錄、TLS 證書、數據庫。</translation>
    </message>
    <message>
        <source>Run the server (HTTPS) until stopped.</source>
        <translation>運行服務器（HTTPS），直到被停止。</translation>
    </message>
    <message>
        <source>Report on a server&apos;s folder and database.</source>
        <translation>報告服務器數據目錄和數據庫的狀態。</translation>
    </message>
    <message>
        <source>Add, list and disable the county&apos;s users; set a password.</source>
        <translation>添加、列出和停用本縣的用戶；設置密碼。</translation>
    </message>
    <message>
        <source>Enrol, list and revoke the laptops that sync.</source>
        <translation>接入、列出和撤銷參與同步的電腦。</translation>
    </message>
    <message>
        <source>Publish the county&apos;s policy to every laptop; list what was published.</source>
        <translation>向每臺電腦發佈縣裡的政策參數；列出已發佈的版本。</translation>
    </message>
    <message>
        <source>Import the county&apos;s townships and villages for every laptop; list them.</source>
        <translation>為每臺電腦導入本縣的鄉鎮（街道）和村（社區）；列出已導入的版本。</translation>
    </message>
    <message>
        <source>verify: check a printout from any laptop against the county&apos;s register.</source>
        <translation>verify：對照縣裡的打印登記，核驗任何一臺電腦打印的紙質文書。</translation>
    </message>
    <message>
        <source>Write a backup of the database (pg_dump).</source>
        <translation>寫出數據庫的備份（pg_dump）。</translation>
    </message>
    <message>
        <source>The server&apos;s data folder.</source>
        <translation>服務器的數據目錄。</translation>
    </message>
    <message>
        <source>Name the server&apos;s data folder with --data.</source>
        <translation>請用 --data 指定服務器的數據目錄。</translation>
    </message>
    <message>
        <source>Usage: doudi-server &lt;command&gt; [options]   (doudi-server &lt;command&gt; --help for details)</source>
        <translation>用法：doudi-server &lt;命令&gt; [選項]   （詳見 doudi-server &lt;命令&gt; --help）</translation>
    </message>
    <message>
        <source>Output is JSON on standard output; errors are JSON on standard error.</source>
        <translation>結果以 JSON 輸出到標準輸出；錯誤以 JSON 輸出到標準錯誤。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 invalid input, 5 not found, 6 damaged data or storage error, 7 busy.</source>
        <translation>退出碼：0 成功，1 失敗，2 用法錯誤，3 輸入有誤，5 未找到，6 數據損壞或存儲錯誤，7 正忙。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Where to write the answer for the laptop.</source>
        <translation>給電腦的回執寫到哪裡。</translation>
    </message>
    <message>
        <source>Use: bundle import FILE --answer OUT (see bundle --help).</source>
        <translation>用法：bundle import 文件 --answer 輸出文件（見 bundle --help）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>This file is too large to be a Doudi bundle.</source>
        <translation>這個文件太大，不可能是兜底的同步包。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS key is missing (%1).</source>
        <translation>找不到服務器的 TLS 密鑰（%1）。</translation>
    </message>
    <message>
        <source>This bundle was imported before: the same answer was written again, nothing changed.</source>
        <translation>這個同步包此前已導入過：已重新寫出同樣的回執，沒有任何改動。</translation>
    </message>
    <message>
        <source>Bundle %1 imported: carry the answer back to the laptop.</source>
        <translation>已導入第 %1 號同步包：請把回執帶回那臺電腦。</translation>
    </message>
    <message>
        <source>import: take in a laptop&apos;s USB bundle and write its answer.</source>
        <translation>import：導入電腦的U盤同步包並寫出回執。</translation>
    </message>
    <message>
        <source>Takes in a USB bundle a laptop wrote (doudi-cli bundle export) as if it had synced over the network, and writes the answer to carry back (doudi-cli bundle import).
  import FILE --answer OUT   the same bundle again gets the same answer and changes nothing. Exit 3: not a bundle for this county, or from a device it does not know or has withdrawn; 6: changed or forged.</source>
        <translation>導入電腦寫出的U盤同步包（doudi-cli bundle export），效果與聯網同步相同，並寫出回執帶回電腦（doudi-cli bundle import）。
  import 文件 --answer 輸出文件   同一個同步包再次導入得到同樣的回執，不作任何改動。退出碼 3：不是本縣的同步包，或來自本縣不認識或已停用的設備；6：被改動或偽造。</translation>
    </message>
    <message>
        <source>Lists every ID number registered in two households of the county, as the laptops&apos; pushes brought them: the same person twice may mean two benefits. An entry goes when one household is corrected on a laptop and synced.</source>
        <translation>列出本縣登記在兩戶中的每個身份證號（由各電腦上傳時發現）：同一個人登記兩次，可能領取兩份救助。在某臺電腦上更正其中一戶並同步後，該條即消失。</translation>
    </message>
    <message>
        <source>Use: duplicates list (see duplicates --help).</source>
        <translation>用法：duplicates list（見 duplicates --help）。</translation>
    </message>
    <message>
        <source>list: ID numbers registered in two households of the county.</source>
        <translation>list：本縣登記在兩戶中的身份證號。</translation>
    </message>
    <message>
        <source>Serve with this many processes on the one port (the kernel spreads connections over them; each has its own database connections). Default 1; one per CPU core serves most.</source>
        <translation>在同一端口上用這麼多個進程提供服務（由操作系統內核把連接分給各個進程；每個進程有自己的數據庫連接）。默認 1；一般每個 CPU 核一個進程最合適。</translation>
    </message>
</context>
<context>
    <name>doudi::ui</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印預覽：%1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
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
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The PDF holds personal data (ID numbers, incomes, health) and is not encrypted. Save it only where others cannot read it, and delete it once printed. Save it?</source>
        <translation>PDF 文件含有個人信息（身份證號、收入、健康狀況），且未加密。請只保存在他人無法讀取的位置，打印後及時刪除。仍要保存嗎？</translation>
    </message>
    <message>
        <source>Print to file</source>
        <translation>打印到文件</translation>
    </message>
    <message>
        <source>This sheet is only printed on paper, never written to a file: choose a printer.</source>
        <translation>此頁只能打印在紙上，不能存為文件：請選擇打印機。</translation>
    </message>
    <message>
        <source>The spreadsheet holds personal data (names, ID numbers, amounts) and is not encrypted. Save it only where others cannot read it, and delete it once it has served. Save it?</source>
        <translation>表格含有個人信息（姓名、身份證號、金額），而且沒有加密。請只保存在他人無法讀取的地方，用完後刪除。確定保存嗎？</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 編碼 (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>已保存到 %1（僅您本人可讀）。</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>保存清單</translation>
    </message>
    <message>
        <source>Save the households</source>
        <translation>保存家庭名單</translation>
    </message>
    <message>
        <source>households-%1.xlsx</source>
        <translation>家庭名單-%1.xlsx</translation>
    </message>
    <message>
        <source>Payment list (代发清单)</source>
        <translation>代發清單</translation>
    </message>
    <message>
        <source>&amp;Month paid for:</source>
        <translation>發放月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>鄉鎮（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>payment-list-%1-%2.xlsx</source>
        <translation>代發清單-%1-%2.xlsx</translation>
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
        <translation>關於兜底</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Doudi %1&lt;/b&gt;&lt;br&gt;Social-assistance casework for villages and townships, offline first.</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;兜底 %1&lt;/b&gt;&lt;br&gt;鄉鎮和村級社會救助經辦，離線優先。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Licence: %2, &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the full text&lt;/a&gt;.</source>
        <translation>%1&lt;br&gt;許可證：%2，&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;全文&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>庫</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>許可證</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Doudi is built on these libraries:</source>
        <translation>兜底使用了以下庫：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::AreaPickers</name>
    <message>
        <source>The whole township</source>
        <translation>整個鄉鎮（街道）</translation>
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
        <translation>以您的角色，目前沒有可辦理的步驟</translation>
    </message>
</context>
<context>
    <name>doudi::ui::CaseListPage</name>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近時限</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>每月金額（元）</translation>
    </message>
    <message>
        <source>Paid since</source>
        <translation>發放起始</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次複核</translation>
    </message>
    <message>
        <source>You can</source>
        <translation>可辦理</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打開家庭檔案</translation>
    </message>
    <message>
        <source>Other steps…</source>
        <translation>其他步驟…</translation>
    </message>
    <message>
        <source>Click a column title to sort; double-click or press Enter to open the household.</source>
        <translation>點擊列標題排序；雙擊或按回車鍵打開家庭檔案。</translation>
    </message>
    <message>
        <source>Every step the procedure allows your role on the selected case today.</source>
        <translation>按程序，您的角色今天對所選案件可以辦理的所有步驟。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 yuan a month in all</source>
        <translation>，合計每月 %1 元</translation>
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
        <translation>也顯示已處理的</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>雙方修改前</translation>
    </message>
    <message>
        <source>This laptop&apos;s value</source>
        <translation>本機的值</translation>
    </message>
    <message>
        <source>The county&apos;s value (in force)</source>
        <translation>縣裡的值（現行）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Keep the county&apos;s value</source>
        <translation>保留縣裡的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Open the household…</source>
        <translation>打開這戶(&amp;O)…</translation>
    </message>
    <message>
        <source>This laptop takes the county&apos;s value; the conflict closes at the next sync, here and on the other laptop.</source>
        <translation>本機採用縣裡的值；下次同步時，本機和另一臺電腦上的這個衝突都會關閉。</translation>
    </message>
    <message>
        <source>(no longer on this laptop)</source>
        <translation>（本機已沒有這戶）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>decided here: the county hears at the next sync</source>
        <translation>已在本機處理：下次同步時告知縣裡</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>已由 %1 處理</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>待處理</translation>
    </message>
    <message>
        <source>No conflicts: every change made here and at the county fits together.</source>
        <translation>沒有衝突：本機和縣裡的修改都相互一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here met another change of the same field at the county. Until someone decides, the county&apos;s value is the one in force everywhere.</source>
        <translation>
            <numerusform>本機有 %n 處修改與縣裡對同一項目的另一修改相沖突。在有人處理之前，各處都以縣裡的值為準。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Keep this laptop&apos;s &amp;value</source>
        <translation>保留本機的值(&amp;V)</translation>
    </message>
    <message>
        <source>Puts this laptop&apos;s value back: an ordinary change of the household, checked as any, that goes to the county and decides the conflict, here and on the other laptop.</source>
        <translation>恢復本機的值：作為一次普通的家庭檔案修改（照常檢查），同步到縣裡，並在本機和另一臺電腦上了結這個衝突。</translation>
    </message>
    <message>
        <source>A case moved on twice, or a deletion: decide it on the household&apos;s page.</source>
        <translation>案件在兩處都往前辦理了，或者涉及刪除：請在該戶頁面上處理。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::DashboardPage</name>
    <message>
        <source>Workbench</source>
        <translation>工作臺</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the household.</source>
        <translation>雙擊或按回車鍵打開該戶檔案。</translation>
    </message>
    <message>
        <source>Press Ctrl+F to find a household by name, pinyin initials, ID number, phone or village.</source>
        <translation>按 Ctrl+F 可按姓名、拼音首字母、身份證號、電話或村名查找家庭。</translation>
    </message>
    <message>
        <source>%1 households on this device.</source>
        <translation>本機共有 %1 戶家庭檔案。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>%1 households on this device. Today, %2: %3 overdue, %4 due within three working days, %5 in all.</source>
        <translation>本機共有 %1 戶家庭檔案。今天是 %2：已逾期 %3 項，三個工作日內到期 %4 項，共 %5 項。</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>您要辦理的步驟</translation>
    </message>
    <message>
        <source>Applications waiting for you: %1</source>
        <translation>等您辦理的申請：%1 件</translation>
    </message>
    <message>
        <source>Moved out of your area</source>
        <translation>已遷出您的轄區</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已遷出</translation>
    </message>
    <message>
        <source>%1&apos;s household (%2) moved out of your area: the county moved it to another village, and it left this laptop with its %3 applications at the sync of %4. The township of its new village carries on with it.</source>
        <translation>%1 家（%2）已遷出您的轄區：縣裡已把該戶轉到其他村，在 %4 的同步中，該戶連同它的 %3 件申請一起移出了這臺電腦。由新村所在的鄉鎮繼續辦理。</translation>
    </message>
    <message numerus="yes">
        <source>Moved out of your area (%n application(s) went with it)</source>
        <translation>
            <numerusform>已遷出您的轄區（%n 件申請隨戶轉出）</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>疑似重複</translation>
    </message>
    <message>
        <source>ID number %1 also in a household of %2</source>
        <translation>身份證號 %1 另登記在%2一戶</translation>
    </message>
    <message>
        <source>The county found this ID number in two households: one person may be paid twice. Check with the family and the other village which household the person belongs to, and correct the other.</source>
        <translation>縣裡發現這個身份證號登記在兩戶中：同一人可能領取兩份救助。請與家庭和另一村核實此人屬於哪一戶，並更正另一戶。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Open applications: this household %1; the other %2.</source>
        <translation>在辦的救助申請：本戶 %1；另一戶 %2。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the application (a review due opens the review).</source>
        <translation>雙擊或按回車打開該申請（到期複核直接打開復核）。</translation>
    </message>
    <message>
        <source>&amp;Import the county&apos;s policy file…</source>
        <translation>導入縣政策文件(&amp;I)…</translation>
    </message>
    <message>
        <source>The county&apos;s policy is not on this computer yet</source>
        <translation>本機尚無縣政策</translation>
    </message>
    <message>
        <source>The policy file (.json) from the county civil affairs office, e.g. on a USB stick. It is checked whole first: a file with a mistake changes nothing.</source>
        <translation>縣民政局發放的政策文件（.json），例如存在U盤上。導入前先整體檢查：有錯誤的文件不會改動任何內容。</translation>
    </message>
    <message>
        <source>It holds the standards, amounts and deadlines that applications are assessed and counted by; until it is here, no application can be worked on.</source>
        <translation>政策中含有評估申請所依據的標準、金額和時限；導入之前，無法辦理任何申請。</translation>
    </message>
    <message>
        <source>This laptop has joined the county server: it receives the policy at its next sync (同步).</source>
        <translation>本機已加入縣服務器：下次同步時將獲取政策。</translation>
    </message>
    <message>
        <source>Import the policy file the county civil affairs office gave out (for example on a USB stick). A laptop that has joined the county server receives the policy by sync instead.</source>
        <translation>導入縣民政局發放的政策文件（例如存在U盤上）。已加入縣服務器的電腦通過同步獲取政策。</translation>
    </message>
    <message>
        <source>Ask the township office for it: they import the county&apos;s policy file on this computer. Once the laptop joins the county server (设置), the policy comes by sync.</source>
        <translation>請聯繫鄉鎮辦公室：由他們在本機導入縣政策文件。本機加入縣服務器（設置）後，政策將通過同步獲取。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::DocumentsPage</name>
    <message>
        <source>&amp;Reprint…</source>
        <translation>補打(&amp;R)…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>文書打印</translation>
    </message>
    <message>
        <source>Forms are printed from each household&apos;s applications (Print… on the household page). Here: every document printed on this device, reprints, checking a printout, and a township&apos;s documents for a month in one go.</source>
        <translation>各類文書從家庭檔案的申請中打印（家庭檔案頁上的“打印…”）。這裡可以查看本機打印過的全部文書、補打、核驗紙質文書，以及一次打印某鄉鎮（街道）某月的全部文書。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Household or township</source>
        <translation>戶主或鄉鎮</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>補打次數</translation>
    </message>
    <message>
        <source>Print the selected document again under its number, marked 补打 (reprint).</source>
        <translation>按原編號重新打印所選文書，並註明“補打”。</translation>
    </message>
    <message>
        <source>&amp;Check a printout…</source>
        <translation>核驗紙質文書(&amp;C)…</translation>
    </message>
    <message>
        <source>Type the number and check code printed under a document&apos;s title to see whether it is genuine and unaltered.</source>
        <translation>輸入文書標題下方印的編號和核驗碼，查看該文書是否真實、未被改動。</translation>
    </message>
    <message>
        <source>Print a &amp;month&apos;s documents…</source>
        <translation>打印某月全部文書(&amp;M)…</translation>
    </message>
    <message>
        <source>Every notice and form of the applications a township decided in a month, and its public notices, as one print job.</source>
        <translation>某鄉鎮（街道）當月作出決定的申請的全部通知書和表格，以及當月的公示，一次打印。</translation>
    </message>
    <message>
        <source>%1 %2 (reprint)</source>
        <translation>%1 %2（補打）</translation>
    </message>
    <message>
        <source>Genuine: %1 no. %2, printed by %3 on %4.</source>
        <translation>真實：%1，編號 %2，由 %3 於 %4 打印。</translation>
    </message>
    <message>
        <source>The check code does not match document %1: the printout is not genuine or was altered.</source>
        <translation>核驗碼與文書 %1 不符：該紙質文書不是本系統打印的，或已被改動。</translation>
    </message>
    <message>
        <source>Check a printout</source>
        <translation>核驗紙質文書</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>編號：</translation>
    </message>
    <message>
        <source>Check code:</source>
        <translation>核驗碼：</translation>
    </message>
    <message>
        <source>Print a month&apos;s documents</source>
        <translation>打印某月全部文書</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>鄉鎮（街道）：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>%1 has no documents for %2.</source>
        <translation>%1 在 %2 沒有文書。</translation>
    </message>
    <message numerus="yes">
        <source>Numbering %n document(s)…</source>
        <translation>
            <numerusform>正在為 %n 份文書編號…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) numbered for %1 %2.</source>
        <translation>
            <numerusform>已為 %1 %2 的 %n 份文書編號。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) are ready.</source>
        <translation>
            <numerusform>%n 份文書已準備好。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>doudi::ui::FirstRunWizard</name>
    <message>
        <source>I have written the recovery code down and will hand it to the township office for safe keeping.</source>
        <translation>我已抄寫恢復碼，並將交鄉鎮（街道）辦公室妥善保管。</translation>
    </message>
    <message>
        <source>Doudi — first start</source>
        <translation>兜底 — 首次使用</translation>
    </message>
    <message>
        <source>This computer has no Doudi records yet. The next steps set up an encrypted store for the households you work with: your area of work, your user name and password, and a recovery code for when a password is forgotten.

Everything is kept encrypted on this computer; without a password or the recovery code nobody can read it.</source>
        <translation>這臺電腦上還沒有兜底的檔案。接下來將為您負責的家庭建立加密檔案庫：設置工作區域、用戶名和密碼，並生成忘記密碼時使用的恢復碼。

所有資料都加密保存在這臺電腦上；沒有密碼或恢復碼，任何人都無法讀取。</translation>
    </message>
    <message>
        <source>Welcome to Doudi</source>
        <translation>歡迎使用兜底</translation>
    </message>
    <message>
        <source>The township (街道) whose households you work with.</source>
        <translation>您負責的家庭所在的鄉鎮（街道）。</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>鄉鎮（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社區）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Your role:</source>
        <translation>您的角色(&amp;Y)：</translation>
    </message>
    <message>
        <source>Only households in this area are kept on this computer.</source>
        <translation>這臺電腦上只保存該區域內的家庭檔案。</translation>
    </message>
    <message>
        <source>The name you sign in with, e.g. wangfang.</source>
        <translation>登錄時使用的名字，如 wangfang。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用戶名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次輸入密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>您的賬戶</translation>
    </message>
    <message>
        <source>You will unlock Doudi with this password.</source>
        <translation>您將用這個密碼解鎖兜底。</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>This code unlocks the records if every password is forgotten. It is shown only now: write it on paper, check each group, and keep it in the township office safe.</source>
        <translation>所有密碼都忘記時，可用這個恢復碼打開檔案。它只顯示這一次：請抄在紙上，逐組核對，並放在鄉鎮辦公室的保險櫃裡。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢復碼</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>請填寫用戶名。</translation>
    </message>
    <message>
        <source>Please write the code down first and tick the box.</source>
        <translation>請先抄寫恢復碼，再勾選確認框。</translation>
    </message>
    <message>
        <source>&amp;Print the recovery code…</source>
        <translation>打印恢復碼(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet with the code, to seal and keep in the township office safe. Nothing is saved on the computer.</source>
        <translation>打印一頁恢復碼，密封后存放在鄉鎮（街道）保險櫃中。電腦上不會保存任何副本。</translation>
    </message>
    <message>
        <source>&amp;Join the county server (the county gave you its address and an enrolment code)</source>
        <translation>加入縣服務器(&amp;J)（縣裡給了您服務器地址和接入碼）</translation>
    </message>
    <message>
        <source>&amp;Work alone for now (join the county later from 同步 or 设置)</source>
        <translation>先單機工作(&amp;W)（以後可在“同步”或“設置”中加入縣服務器）</translation>
    </message>
    <message>
        <source>Join the county server</source>
        <translation>加入縣服務器</translation>
    </message>
    <message>
        <source>Your account, role and areas come from the county; so do its policy and its list of villages.</source>
        <translation>您的賬號、角色和工作區域都來自縣裡，縣裡的政策參數和村莊名單也一樣。</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>縣：</translation>
    </message>
    <message>
        <source>&amp;AES-256 — the international standard (recommended)</source>
        <translation>&amp;AES-256 — 國際通用標準（推薦）</translation>
    </message>
    <message>
        <source>&amp;SM4 — China&apos;s national standard (国密)</source>
        <translation>&amp;SM4 — 國家商用密碼標準（國密）</translation>
    </message>
    <message>
        <source>Administrators and county staff with a county account: join the county server.</source>
        <translation>管理員和持有縣級賬號的縣級工作人員：請加入縣服務器。</translation>
    </message>
    <message>
        <source>The village (社区) whose households you work with.</source>
        <translation>您負責其住戶的村（社區）。</translation>
    </message>
    <message>
        <source>Your role and area of work</source>
        <translation>您的角色和工作區域</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <source>Both ways lock the records equally well: whoever takes this computer cannot read them without your password or the recovery code. They differ only in which standard the lock follows.</source>
        <translation>兩種方式同樣安全：拿到這臺電腦的人，沒有您的密碼或恢復碼就無法讀取記錄。兩者只是所遵循的加密標準不同。</translation>
    </message>
    <message>
        <source>Used by banks and governments around the world. Choose this if you are not sure.</source>
        <translation>全球銀行和政府普遍採用。如不確定，請選擇此項。</translation>
    </message>
    <message>
        <source>The commercial cipher of the national cryptography standards (GB/T 32907). Choose it only if the county&apos;s instructions say Doudi must use 国密 (SM4).</source>
        <translation>國家商用密碼標準中的分組密碼（GB/T 32907）。僅當縣裡要求兜底必須使用國密（SM4）時選擇。</translation>
    </message>
    <message>
        <source>Not available in this installation of Doudi. If the county requires 国密 (SM4), ask the county for an installation that has it before you go on.</source>
        <translation>本安裝版本不支持。若縣裡要求使用國密（SM4），請先向縣裡索取支持國密的安裝包再繼續。</translation>
    </message>
    <message>
        <source>The choice cannot be changed later. If you are not sure, keep AES-256.</source>
        <translation>此選擇以後不能更改。如不確定，請保持 AES-256。</translation>
    </message>
    <message>
        <source>How the records are locked on this computer.</source>
        <translation>本機記錄的加密方式。</translation>
    </message>
    <message>
        <source>A user name has 1 to 40 characters and no spaces.</source>
        <translation>用戶名為 1 至 40 個字符，不能含空格。</translation>
    </message>
    <message>
        <source>A village helper works with the households of one village.</source>
        <translation>村級協理員負責一個村的住戶。</translation>
    </message>
    <message>
        <source>Township staff work with the households of the whole township.</source>
        <translation>鄉鎮工作人員負責全鄉鎮的住戶。</translation>
    </message>
    <message>
        <source>County staff work with the households of the whole county.</source>
        <translation>縣級工作人員負責全縣的住戶。</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <source>household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>財產</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>obligor</source>
        <translation>義務人</translation>
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
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>殘疾情況</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>在學情況</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>就業狀況</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>成員身份</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Yuan a year</source>
        <translation>年金額（元）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>價值（元）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Income a year (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有贍養（扶養）能力</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>辦理狀態</translation>
    </message>
    <message>
        <source>Monthly amount (yuan)</source>
        <translation>月金額（元）</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一個截止日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>辦理步驟</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原狀態</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新狀態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>財產</translation>
    </message>
    <message>
        <source>Rigid expenditure</source>
        <translation>剛性支出</translation>
    </message>
    <message>
        <source>Obligors</source>
        <translation>贍養（扶養、撫養）義務人</translation>
    </message>
    <message>
        <source>History of the selected application:</source>
        <translation>所選申請的辦理記錄：</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請辦理</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>修改記錄</translation>
    </message>
    <message>
        <source>Household record</source>
        <translation>家庭檔案</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>%1 戶</translation>
    </message>
    <message>
        <source>%1 · %2 registration · %3 · phone %4 · %5 member(s)</source>
        <translation>%1 · %2戶籍 · %3 · 電話 %4 · 共 %5 人</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>未登記住址</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>whole household</source>
        <translation>全戶</translation>
    </message>
    <message>
        <source>Record the &amp;home visit…</source>
        <translation>記錄入戶調查(&amp;H)…</translation>
    </message>
    <message>
        <source>For an application under investigation: investigators, living conditions, photos and signatures.</source>
        <translation>用於調查中的申請：調查人員、生活狀況、照片和簽字。</translation>
    </message>
    <message>
        <source>Next &amp;step…</source>
        <translation>辦理下一步(&amp;S)…</translation>
    </message>
    <message>
        <source>The steps the procedure allows now, for your role.</source>
        <translation>按流程，您的角色現在可以辦理的步驟。</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>認定結果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>調查人員</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>飲食</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>穿著</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>調查情況</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入戶調查</translation>
    </message>
    <message>
        <source>Scans, visit photos and signatures of every application. Double-click to see one full size.</source>
        <translation>各次申請的材料掃描件、入戶照片和簽名。雙擊查看原圖。</translation>
    </message>
    <message>
        <source>Papers and photos</source>
        <translation>材料和照片</translation>
    </message>
    <message>
        <source> (county)</source>
        <translation>（縣級）</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>紙質簽名</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>屏幕簽名</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>簽名：%1</translation>
    </message>
    <message>
        <source>interviewee</source>
        <translation>受訪人</translation>
    </message>
    <message>
        <source>Visit photo</source>
        <translation>入戶照片</translation>
    </message>
    <message>
        <source>&amp;Temporary assistance…</source>
        <translation>臨時救助(&amp;T)…</translation>
    </message>
    <message>
        <source>临时救助 for this household: urgent hardship or necessary expenditure; small quick aid is paid at once.</source>
        <translation>為該家庭辦理臨時救助：急難型或支出型；小額先行救助可當場發放。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The official forms of the selected application: preview, print or save as PDF. Each printed document gets a number and a QR code the county can verify.</source>
        <translation>所選申請的正式文書：預覽、打印或另存為 PDF。每份打印的文書都有編號和二維碼，縣裡可以核驗。</translation>
    </message>
    <message>
        <source>County template</source>
        <translation>縣級模板</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>補打次數</translation>
    </message>
    <message>
        <source>Documents printed for the selected application (reprint them from Printing):</source>
        <translation>所選申請已打印的文書（補打請到“文書打印”）：</translation>
    </message>
    <message>
        <source>%1 (at the county, not on this computer yet)</source>
        <translation>%1（在縣裡，尚未下載到這臺電腦）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修改內容</translation>
    </message>
    <message>
        <source>Edits of the household, with their reasons:</source>
        <translation>家庭信息修改記錄及原因：</translation>
    </message>
    <message>
        <source>Every record written, by whom (the audit trail):</source>
        <translation>每條記錄的寫入人（審計記錄）：</translation>
    </message>
    <message>
        <source>&amp;Edit the household…</source>
        <translation>修改家庭信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct or update members, income, assets and obligors, with the reason for the change.</source>
        <translation>更正或更新成員、收入、財產和贍養人信息，並註明修改原因。</translation>
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
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Income, assets, expenditure</source>
        <translation>收入、財產、支出</translation>
    </message>
    <message>
        <source>Obligors</source>
        <translation>贍養（扶養、撫養）義務人</translation>
    </message>
    <message>
        <source>e.g. 李建国 found work in the county town; a typing mistake in the ID number</source>
        <translation>例如：李建國在縣城就業；身份證號錄入有誤</translation>
    </message>
    <message>
        <source>Kept in the household&apos;s change log with what changed; the county sees it.</source>
        <translation>與修改內容一併記入本戶修改記錄，縣級可見。</translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation>修改原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Discard the changes made to this household?</source>
        <translation>放棄對本戶所做的修改？</translation>
    </message>
    <message>
        <source>Some details need correcting: see the page shown.</source>
        <translation>部分信息需要更正：請查看當前顯示的頁面。</translation>
    </message>
    <message>
        <source>Someone changed this household while it was open here (another window, or a sync). Close this window and open the household again: your changes were not saved.</source>
        <translation>本戶在此窗口打開期間已被修改（其他窗口或同步）。請關閉此窗口後重新打開本戶：您的修改未保存。</translation>
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
        <translation>成員</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Yuan a year</source>
        <translation>年金額（元）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Value (yuan)</source>
        <translation>價值（元）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>Income a year (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Able to support</source>
        <translation>有贍養（扶養）能力</translation>
    </message>
    <message>
        <source>A mobile number (11 digits) or a landline with its area code.</source>
        <translation>手機號（11位）或帶區號的固定電話。</translation>
    </message>
    <message>
        <source>Urban or rural household registration (户籍): it decides which standard applies.</source>
        <translation>城鎮或農村戶籍：決定適用哪一個低保標準。</translation>
    </message>
    <message>
        <source>Where the family actually lives, if not at the registered address.</source>
        <translation>家庭實際居住的地址（與戶籍地址不同時填寫）。</translation>
    </message>
    <message>
        <source>Whose income it is; &quot;whole household&quot; for income not tied to one person, e.g. land rent.</source>
        <translation>收入歸誰；不屬於某一成員的收入（如土地流轉租金）選“全家”。</translation>
    </message>
    <message>
        <source>Over the last twelve months, before any deduction; the county&apos;s policy decides what counts.</source>
        <translation>近十二個月的收入，未作任何扣減；哪些收入計入由本縣政策決定。</translation>
    </message>
    <message>
        <source>For deposits and securities the balance; for a house or vehicle its estimated value.</source>
        <translation>存款、證券填餘額；房產、車輛填估值。</translation>
    </message>
    <message>
        <source>Necessary spending over the last twelve months, after insurance reimbursement.</source>
        <translation>近十二個月的剛性支出，扣除保險報銷後的部分。</translation>
    </message>
    <message>
        <source>The obligor&apos;s own yearly income, in yuan.</source>
        <translation>義務人本人的年收入（元）。</translation>
    </message>
    <message>
        <source>Whether the obligor can in fact support the household; the reasons that count as unable are listed (e.g. themselves in extreme poverty or severely disabled).</source>
        <translation>義務人實際能否履行贍養、扶養、撫養義務；列出的情形視為無履行能力（如本人為特困人員或重度殘疾）。</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>鄉鎮（街道）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村（社區）(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Household registration:</source>
        <translation>戶籍類型(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>Income over the last twelve months (yuan a year):</source>
        <translation>近12個月收入（元/年）：</translation>
    </message>
    <message>
        <source>Add &amp;income</source>
        <translation>添加收入(&amp;I)</translation>
    </message>
    <message>
        <source>Remove the selected income</source>
        <translation>刪除選中的收入</translation>
    </message>
    <message>
        <source>Assets:</source>
        <translation>財產：</translation>
    </message>
    <message>
        <source>Add a&amp;sset</source>
        <translation>添加財產(&amp;S)</translation>
    </message>
    <message>
        <source>Remove the selected asset</source>
        <translation>刪除選中的財產</translation>
    </message>
    <message>
        <source>Rigid expenditure over the last twelve months (medical, education …):</source>
        <translation>近12個月剛性支出（醫療、教育等）：</translation>
    </message>
    <message>
        <source>Add e&amp;xpenditure</source>
        <translation>添加支出(&amp;X)</translation>
    </message>
    <message>
        <source>Remove the selected expenditure</source>
        <translation>刪除選中的支出</translation>
    </message>
    <message>
        <source>Add an &amp;obligor</source>
        <translation>添加義務人(&amp;O)</translation>
    </message>
    <message>
        <source>Remove the selected obligor</source>
        <translation>刪除選中的贍養人</translation>
    </message>
    <message>
        <source>%1, row %2: &quot;%3&quot; is not an amount in yuan.</source>
        <translation>%1第 %2 行：“%3”不是以元為單位的金額。</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>財產</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not an amount in yuan.</source>
        <translation>第 %1 行：“%2”不是以元為單位的金額。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::HouseholdsPage</name>
    <message>
        <source>Search by name, pinyin initials (e.g. zgy), ID number, phone or village</source>
        <translation>按姓名、拼音首字母（如 zgy）、身份證號、電話或村名查找</translation>
    </message>
    <message>
        <source>Matched person</source>
        <translation>匹配人員</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Household records</source>
        <translation>家庭檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found in %1 ms</source>
        <translation>
            <numerusform>找到 %n 戶（用時 %1 毫秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部鄉鎮（街道）</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社區）</translation>
    </message>
    <message>
        <source>Any application or none</source>
        <translation>不限救助類別</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>不限辦理狀態</translation>
    </message>
    <message>
        <source>Only households with an application for this programme.</source>
        <translation>只顯示申請了該救助類別的家庭。</translation>
    </message>
    <message>
        <source>Only households with an application in this state, e.g. on public notice or being paid.</source>
        <translation>只顯示有申請處於該狀態的家庭，如公示中、已確認享受待遇。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>地區：</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>申請：</translation>
    </message>
    <message>
        <source>Click a column title to sort; double-click or press Enter to open the household.</source>
        <translation>點擊列標題排序；雙擊或按回車鍵打開家庭檔案。</translation>
    </message>
    <message>
        <source>The first %1 households by village; search or filter to find others.</source>
        <translation>按村排列的前 %1 戶；查找或篩選可找到其他家庭。</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>共 %n 戶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doudi::ui::IntakeWizard</name>
    <message>
        <source>The household is related to a caseworker or village cadre (近亲属)</source>
        <translation>申請家庭與經辦人或村幹部有近親屬關係</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申請</translation>
    </message>
    <message>
        <source>The household</source>
        <translation>家庭基本情況</translation>
    </message>
    <message>
        <source>Where the household lives and how to reach it.</source>
        <translation>家庭住在哪裡，如何聯繫。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Income, assets and expenditure</source>
        <translation>收入、財產和支出</translation>
    </message>
    <message>
        <source>Amounts in yuan, as the household declares them.</source>
        <translation>金額以元為單位，按家庭申報填寫。</translation>
    </message>
    <message>
        <source>Obligors</source>
        <translation>贍養（扶養、撫養）義務人</translation>
    </message>
    <message>
        <source>Relatives outside the household who must by law support its members.</source>
        <translation>戶外負有法定贍養、扶養、撫養義務的親屬。</translation>
    </message>
    <message>
        <source>In the family&apos;s words: why they apply now.</source>
        <translation>用申請人自己的話說明為什麼現在申請。</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>救助項目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>申請理由(&amp;R)：</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <source>Eligibility preview</source>
        <translation>認定預覽</translation>
    </message>
    <message>
        <source>What the county&apos;s policy gives for these details today. Finish saves the household and registers the application; the investigation decides.</source>
        <translation>按縣裡的政策，根據以上情況今天可能的認定結果。點“完成”保存家庭檔案並登記申請；最終以調查核實為準。</translation>
    </message>
    <message>
        <source>Add &amp;scans or photos…</source>
        <translation>添加掃描件或照片(&amp;S)…</translation>
    </message>
    <message>
        <source>Scans or photos of the papers handed in: ID cards, the household register (户口簿), proof of income, disability or illness certificates, the signed authorisation for the economic check. Give each a caption that says what it is.</source>
        <translation>所交材料的掃描件或照片：身份證、戶口簿、收入證明、殘疾證或病歷診斷、已簽字的家庭經濟狀況核對授權書等。請為每份材料註明名稱。</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>申請材料</translation>
    </message>
    <message>
        <source>Pictures are kept encrypted with the case, never as files.</source>
        <translation>圖片與案件一起加密保存，不會另存為文件。</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>存為草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep what was typed on this device to finish later, from Applications.</source>
        <translation>將已填寫的內容保存在本機，稍後可在“申請辦理”中繼續。</translation>
    </message>
    <message>
        <source>Application without a name yet</source>
        <translation>尚未填寫姓名的申請</translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation>%1的申請</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>草稿未能保存：%1</translation>
    </message>
    <message>
        <source>Save &amp;draft (saved %1)</source>
        <translation>存為草稿(&amp;D)（%1 已保存）</translation>
    </message>
    <message>
        <source>The application is not finished. Keep what was typed as a draft?</source>
        <translation>申請尚未填完。要把已填寫的內容保存為草稿嗎？</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>保存為草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放棄</translation>
    </message>
    <message>
        <source>Continue typing</source>
        <translation>繼續填寫</translation>
    </message>
    <message>
        <source>What the family applies for; the assessment may find another programme fits better.</source>
        <translation>家庭申請的救助類別；認定時可能發現其他類別更合適。</translation>
    </message>
    <message>
        <source>Close relatives (近亲属) of caseworkers and village cadres are recorded and decided by the county, with a visit of its own.</source>
        <translation>經辦人員和村幹部的近親屬申請須備案，由縣級入戶核查並審核確認。</translation>
    </message>
    <message>
        <source>Everyone registered in the household; the first is usually the head.</source>
        <translation>戶籍登記的全部成員；第一位通常為戶主。</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1
It stays in the list of drafts.</source>
        <translation>草稿未能刪除：%1
它仍保留在草稿列表中。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::JoinForm</name>
    <message>
        <source>The one-time code the county printed for this laptop. It also names the server&apos;s certificate, so that this laptop talks only to the real county server.</source>
        <translation>縣裡為這臺電腦打印的一次性接入碼。它同時標明瞭服務器證書，確保這臺電腦只與真正的縣服務器通信。</translation>
    </message>
    <message>
        <source>County &amp;server address:</source>
        <translation>縣服務器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation>接入碼(&amp;E)：</translation>
    </message>
    <message>
        <source>Your county &amp;user name:</source>
        <translation>您在縣裡的用戶名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your county &amp;password:</source>
        <translation>您在縣裡的密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>You sign in to the county once. From then on you unlock this laptop with the same password, with or without a network.</source>
        <translation>只需登錄縣服務器一次。以後無論有沒有網絡，都用同一個密碼解鎖這臺電腦。</translation>
    </message>
    <message>
        <source>Fill in all four: the server address, the enrolment code, your user name and password.</source>
        <translation>請填寫全部四項：服務器地址、接入碼、用戶名和密碼。</translation>
    </message>
    <message>
        <source>Joining the county server…</source>
        <translation>正在加入縣服務器…</translation>
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
        <translation>兜底 · 社會救助</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作臺</translation>
    </message>
    <message>
        <source>Household records</source>
        <translation>家庭檔案</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請辦理</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>入戶調查</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Review and confirmation</source>
        <translation>審核確認</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>待遇發放</translation>
    </message>
    <message>
        <source>Periodic reviews</source>
        <translation>複核</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>文書打印</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings and administration</source>
        <translation>設置/管理</translation>
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
        <translation>用戶：%1 · 加密檔案庫（%2）</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>鎖定 / 切換用戶(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用戶管理</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新申請(&amp;N)…</translation>
    </message>
    <message>
        <source>New application… (Ctrl+N)</source>
        <translation>新申請…（Ctrl+N）</translation>
    </message>
    <message>
        <source>Accepted applications under investigation: record each home visit with two investigators, the living conditions, photos and signatures, and the information check by the county.</source>
        <translation>已受理、正在調查的申請：登記每次入戶調查（至少兩名調查人員、生活狀況、照片和簽名），以及縣級的信息核對。</translation>
    </message>
    <message>
        <source>Record the home visit…</source>
        <translation>登記入戶調查…</translation>
    </message>
    <message>
        <source>Finish the investigation…</source>
        <translation>完成調查…</translation>
    </message>
    <message>
        <source>Applications whose notice has closed, waiting for confirmation by the township head or the county (close relatives of staff always by the county).</source>
        <translation>公示結束、等待鄉鎮負責人或縣級審核確認的申請（工作人員近親屬一律由縣級確認）。</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>審核確認…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>不予救助…</translation>
    </message>
    <message>
        <source>Households being paid. Change an amount through a review (增发, 减发 or 停发); temporary assistance paid in stages is completed here.</source>
        <translation>正在享受待遇的家庭。金額變動須通過複核辦理（增發、減發或停發）；分次發放的臨時救助在此完成發放。</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>複核…</translation>
    </message>
    <message>
        <source>Pay the next stage…</source>
        <translation>發放下一期…</translation>
    </message>
    <message>
        <source>Every household being paid, the nearest review first; dates in red are due. The review shows what changed since the last decision and what the policy gives today.</source>
        <translation>所有正在享受待遇的家庭，最近要複核的排在前面；紅色日期表示已到期。複核時會列出上次決定以來的變化，以及按今天的政策應得的待遇。</translation>
    </message>
    <message>
        <source>Every open application in your area, with the steps you can take. A new application records the household, its members, income and assets, and previews what the county&apos;s policy gives.</source>
        <translation>您轄區內所有在辦的申請，以及您可以辦理的步驟。新申請登記家庭、成員、收入和財產，並預覽按本縣政策應得的待遇。</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Continue a draft…</source>
        <translation>繼續填寫草稿…</translation>
    </message>
    <message>
        <source>Applications started on this device and not yet finished.</source>
        <translation>在本機開始填寫、尚未完成的申請。</translation>
    </message>
    <message>
        <source>%1 (last saved %2)</source>
        <translation>%1（最後保存於 %2）</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>沒有草稿</translation>
    </message>
    <message>
        <source>Check against today&apos;s policy…</source>
        <translation>按現行政策核對待遇…</translation>
    </message>
    <message>
        <source>After a change of standard: re-assess every household being paid and list those whose amount differs.</source>
        <translation>標準調整後使用：按現行政策重新測算每一戶在保家庭，列出金額不一致的家庭。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Working alone (not joined to a county server)</source>
        <translation>單機工作（未加入縣服務器）</translation>
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
        <translation>同步未成功（%1）· %2 項待上傳</translation>
    </message>
    <message>
        <source>%1 · %2 waiting</source>
        <translation>%1 · %2 項待上傳</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>衝突（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to this household met another change at the county: see 同步 → 冲突 (Sync → Conflicts). The county&apos;s value is shown until someone decides.</source>
        <translation>
            <numerusform>這戶有 %n 處修改與縣裡的另一修改相沖突：請到“同步 → 衝突”處理。在有人處理之前，顯示的是縣裡的值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Join the county server</source>
        <translation>加入縣服務器</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Fetching the picture from the county server…</source>
        <translation>正在從縣服務器下載圖片…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Join the county server again</source>
        <translation>重新加入縣服務器</translation>
    </message>
    <message>
        <source>Ask the county for a new enrolment code. The work on this laptop, and what it has not sent yet, stays; it reads the county&apos;s records again after joining.</source>
        <translation>請向縣裡索取新的接入碼。這臺電腦上的工作和尚未上傳的修改都會保留；重新加入後，它會重新讀取縣裡的檔案。</translation>
    </message>
    <message>
        <source>Syncing: sending changes %1 of %2</source>
        <translation>正在同步：上傳修改 %1/%2</translation>
    </message>
    <message>
        <source>Syncing: the county&apos;s records, %1 of %2 KB</source>
        <translation>正在同步：下載縣裡的檔案 %1/%2 KB</translation>
    </message>
    <message>
        <source>Syncing: %1 records received</source>
        <translation>正在同步：已收到 %1 條記錄</translation>
    </message>
    <message>
        <source>Syncing: photos %1 of %2</source>
        <translation>正在同步：上傳照片 %1/%2</translation>
    </message>
    <message>
        <source>Hide everything until a password is typed; you go on where you were, or another user signs in.</source>
        <translation>隱藏所有內容，輸入密碼後才能繼續：您可回到原處接著辦理，或換另一位用戶登錄。</translation>
    </message>
    <message>
        <source>Change of standards…</source>
        <translation>調標…</translation>
    </message>
    <message>
        <source>调标: when the county&apos;s standards change, work out every household&apos;s new amount from the day they take effect, confirm the list as one batch and print it.</source>
        <translation>調標：縣裡調整標準後，測算每戶在保家庭自執行之日起的新金額，整批確認並打印清單。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Doudi</source>
        <translation>關於兜底(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import a roster…</source>
        <translation>導入花名冊(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>導入花名冊…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月報</translation>
    </message>
    <message>
        <source>&amp;Save the households…</source>
        <translation>保存家庭名單(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the list as a spreadsheet…</source>
        <translation>把清單保存為表格…</translation>
    </message>
    <message>
        <source>&amp;Lists and files</source>
        <translation>清單與文件(&amp;L)</translation>
    </message>
    <message>
        <source>Payment list (代发清单)…</source>
        <translation>代發清單…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::MemberEditor</name>
    <message>
        <source>&amp;Add a member</source>
        <translation>添加成員(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve this member</source>
        <translation>刪除此成員(&amp;V)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Type the ID number: birth date, sex and age fill in by themselves.</source>
        <translation>輸入身份證號後，出生日期、性別和年齡會自動填寫。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Only for someone without an ID number (a newborn not yet registered, for example).</source>
        <translation>僅用於沒有身份證號的人（例如尚未落戶的新生兒）。</translation>
    </message>
    <message>
        <source>Relation to the head of household.</source>
        <translation>與戶主的關係。</translation>
    </message>
    <message>
        <source>A serious illness or a chronic one needing long treatment can bring extra support (分类施保).</source>
        <translation>患重病或需長期治療的慢性病，可享受分類施保。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1級</translation>
    </message>
    <message>
        <source>Grade on the disability certificate: 1 is the most severe, 4 the least.</source>
        <translation>殘疾證上的等級：一級最重，四級最輕。</translation>
    </message>
    <message>
        <source>Whether the person works, farms, is in school, retired or unable to work.</source>
        <translation>就業、務農、在校、退休或喪失勞動能力等情況。</translation>
    </message>
    <message>
        <source>Registered here but not counted: religious staff living away, in prison, in compulsory drug rehabilitation, or missing.</source>
        <translation>戶籍在本戶但不計入家庭成員：離家的宗教教職人員、服刑人員、強制隔離戒毒人員或失蹤人員。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份證號(&amp;I)：</translation>
    </message>
    <message>
        <source>Bir&amp;th date:</source>
        <translation>出生日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性別(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>與戶主關係(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Health:</source>
        <translation>健康狀況(&amp;H)：</translation>
    </message>
    <message>
        <source>Disabilit&amp;y:</source>
        <translation>殘疾類別(&amp;Y)：</translation>
    </message>
    <message>
        <source>Disability &amp;grade:</source>
        <translation>殘疾等級(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>就業狀況(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>成員%1</translation>
    </message>
    <message>
        <source>No ID number: give the birth date and sex below.</source>
        <translation>無身份證號：請在下方填寫出生日期和性別。</translation>
    </message>
    <message>
        <source>Check the number: %1</source>
        <translation>請核對號碼：%1</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3 years old</source>
        <translation>出生 %1 · %2 · %3 週歲</translation>
    </message>
    <message>
        <source>Schoo&amp;ling:</source>
        <translation>在學情況(&amp;L)：</translation>
    </message>
    <message>
        <source>Co&amp;unted as member:</source>
        <translation>是否計入家庭成員(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::MonthlyReportPage</name>
    <message>
        <source>Measure</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Households (cases)</source>
        <translation>戶數（次數）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as a spreadsheet…</source>
        <translation>保存為表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月報</translation>
    </message>
    <message>
        <source>&amp;Work out</source>
        <translation>統計(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地區(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose the month and the area, then work the report out. Double-click a figure to see the households behind it.</source>
        <translation>選擇月份和地區後進行統計。雙擊某個數字可查看其對應的家庭。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>分地區</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>%1, %2: dibao %3 households (%4 persons), %5 yuan; extreme poverty %6 households (%7 persons), %8 yuan.</source>
        <translation>%1，%2：低保 %3 戶（%4 人），%5 元；特困 %6 戶（%7 人），%8 元。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>households</source>
        <translation>戶數</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>金額</translation>
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
        <translation>戶主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份證號</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭人數</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s). Double-click one to open its page.</source>
        <translation>
            <numerusform>共 %n 戶。雙擊可打開該戶頁面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月報</translation>
    </message>
    <message>
        <source>monthly-report-%1-%2.xlsx</source>
        <translation>月報-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>次數</translation>
    </message>
</context>
<context>
    <name>doudi::ui::NewPasswordFields</name>
    <message>
        <source>At least 8 characters, not your name, not a common password. Write it nowhere near the computer.</source>
        <translation>至少 8 個字符，不要用姓名或常見密碼。不要寫下來放在電腦旁。</translation>
    </message>
    <message>
        <source>Please choose a password.</source>
        <translation>請設置密碼。</translation>
    </message>
    <message>
        <source>Please type the password a second time.</source>
        <translation>請再輸入一次密碼。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>✓ A good password, typed the same twice.</source>
        <translation>✓ 密碼可用，兩次輸入一致。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::PaymentCheckDialog</name>
    <message>
        <source>Payments against today&apos;s policy</source>
        <translation>按現行政策核對待遇</translation>
    </message>
    <message numerus="yes">
        <source>All %n household(s) being paid receive what today&apos;s policy gives.</source>
        <translation>
            <numerusform>共 %n 戶在保家庭，待遇均與現行政策一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n household(s) being paid receive a different amount from what today&apos;s policy gives. Review each to raise, lower or stop the payment.</source>
        <translation>
            <numerusform>共 %n 戶在保家庭，其中 %1 戶的待遇與按現行政策測算的金額不一致。請逐戶複核，決定增發、減發或停發。</numerusform>
        </translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Now (yuan a month)</source>
        <translation>現發（元/月）</translation>
    </message>
    <message>
        <source>Today&apos;s policy</source>
        <translation>按現行政策</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>複核…</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打開家庭檔案</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已複核</translation>
    </message>
    <message>
        <source>Checking every payment against today&apos;s policy…</source>
        <translation>正在按現行政策逐戶核對待遇…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::PictureList</name>
    <message>
        <source>Double-click a caption (or press F2) to say what the paper is.</source>
        <translation>雙擊圖片下的名稱（或按 F2）註明是什麼材料。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 is not a picture Doudi can read.</source>
        <translation>%1 不是本系統能讀取的圖片。</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>照片 %1</translation>
    </message>
    <message>
        <source>Choose pictures</source>
        <translation>選擇圖片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
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
        <translation>公示期滿，待結束</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Approve the ticked households and post the notice…</source>
        <translation>通過勾選的家庭並張榜公示…</translation>
    </message>
    <message>
        <source>Township opinion for the selected one…</source>
        <translation>為所選家庭單獨出具初審意見…</translation>
    </message>
    <message>
        <source>Record an objection…</source>
        <translation>登記異議…</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>結束公示</translation>
    </message>
    <message>
        <source>Open household</source>
        <translation>打開家庭檔案</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Investigated, waiting for the township&apos;s opinion (初审):</source>
        <translation>調查已完成、等待鄉鎮初審的申請：</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社區）</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日期</translation>
    </message>
    <message>
        <source>Tick the households whose assessment supports the application; they are approved at the assessed amount and posted together. Use the single opinion to refuse or change an amount.</source>
        <translation>勾選認定結果支持其申請的家庭，將按認定金額一併初審通過並同批公示。如需不予通過或調整金額，請單獨出具初審意見。</translation>
    </message>
    <message>
        <source>Notices of the last six months:</source>
        <translation>近六個月的公示：</translation>
    </message>
    <message>
        <source>Notice / household</source>
        <translation>公示批次 / 家庭</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>每月金額（元）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>異議</translation>
    </message>
    <message>
        <source>A notice runs for the county&apos;s number of days from the township&apos;s opinion. An objection sends that household back to a new home visit and a new notice.</source>
        <translation>公示自鄉鎮初審之日起，按本縣規定的天數進行。有異議的家庭須重新入戶調查並重新公示。</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n ticked household(s) and post the notice…</source>
        <translation>
            <numerusform>通過勾選的 %n 戶並張榜公示…</numerusform>
        </translation>
    </message>
    <message>
        <source>Post the public notice</source>
        <translation>張榜公示</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n household(s) at the amount their assessment gives today and post them on one notice starting today?</source>
        <translation>
            <numerusform>按今天的認定金額初審通過這 %n 戶，並從今天起同批公示嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notice for %n household(s) runs until %1.</source>
        <translation>
            <numerusform>%n 戶的公示期至 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notice closed: %n household(s) now wait for confirmation.</source>
        <translation>
            <numerusform>公示已結束：%n 戶等待審核確認。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doudi::ui::ReassessmentDialog</name>
    <message>
        <source>Start the &amp;review…</source>
        <translation>開始複核(&amp;R)…</translation>
    </message>
    <message>
        <source>Assessment after the change</source>
        <translation>修改後的重新評估</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Monthly amount now (yuan)</source>
        <translation>現每月金額（元）</translation>
    </message>
    <message>
        <source>By today&apos;s policy</source>
        <translation>按現行政策</translation>
    </message>
    <message>
        <source>A benefit being paid changes only through a review (复核), with its own decision.</source>
        <translation>正在發放的救助只能通過複核變更，並另行作出決定。</translation>
    </message>
    <message>
        <source>The household changed. What the county&apos;s policy gives each open application or benefit now, beside what it has:</source>
        <translation>本戶信息已修改。以下為按縣現行政策對各項辦理中申請或在享救助的重新評估，與現有情況對照：</translation>
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
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>財產</translation>
    </message>
    <message>
        <source>rigid expenditure</source>
        <translation>剛性支出</translation>
    </message>
    <message>
        <source>obligor</source>
        <translation>贍養（撫養、扶養）義務人</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>step of an application</source>
        <translation>申請的辦理步驟</translation>
    </message>
    <message>
        <source>home visit</source>
        <translation>入戶調查</translation>
    </message>
    <message>
        <source>printed form</source>
        <translation>打印的表格</translation>
    </message>
    <message>
        <source>photo or scan</source>
        <translation>照片或掃描件</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>household registration</source>
        <translation>戶籍</translation>
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
        <translation>身份證號</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>與戶主關係</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>殘疾</translation>
    </message>
    <message>
        <source>disability grade</source>
        <translation>殘疾等級</translation>
    </message>
    <message>
        <source>schooling</source>
        <translation>就學</translation>
    </message>
    <message>
        <source>work</source>
        <translation>就業</translation>
    </message>
    <message>
        <source>type</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>amount a year</source>
        <translation>年金額</translation>
    </message>
    <message>
        <source>value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>income a year</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>capacity to support</source>
        <translation>贍養能力</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>辦理階段</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RegisteredElsewhereNotice</name>
    <message>
        <source>These people have &amp;moved into this household: take them out of the old one</source>
        <translation>以上人員已遷入本戶(&amp;M)：將其從原戶移出</translation>
    </message>
    <message>
        <source>A person is registered in one household only. Correct the ID number, or tick below if they have moved here.</source>
        <translation>同一人只能在一戶登記。請更正身份證號；若此人已遷入本戶，請勾選下方選項。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RekeyDialog</name>
    <message>
        <source>I have written the new recovery code down and keep it safe.</source>
        <translation>我已抄寫並妥善保管新的恢復碼</translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation>更換數據庫密鑰</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>The records on this computer are encrypted again with a new key, and a new recovery code replaces the old one. Do this when the recovery code or a password may have become known to someone else.</source>
        <translation>本機的檔案將用新的密鑰重新加密，並生成新的恢復碼代替原恢復碼。恢復碼或密碼可能已被他人知悉時，請更換密鑰。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;The old recovery code (the sheet in the safe) no longer opens the records. You are shown the new code next: write it down or print it.&lt;/li&gt;&lt;li&gt;Your password stays the same. Every &lt;b&gt;other user&lt;/b&gt; of this computer can no longer sign in until an administrator sets a new password for them; you are told who before anything changes.&lt;/li&gt;&lt;li&gt;Close every other Doudi window and command on this computer first: the change is refused while another one has the records open.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;更換後：&lt;/b&gt;&lt;ul&gt;&lt;li&gt;原恢復碼（保險櫃裡的那頁紙）不能再打開檔案庫。下一步會顯示新的恢復碼，請抄寫或打印。&lt;/li&gt;&lt;li&gt;您的密碼不變。本機的&lt;b&gt;其他用戶&lt;/b&gt;將不能登錄，須由管理員為其重新設置密碼；在真正更換之前會告訴您是哪些用戶。&lt;/li&gt;&lt;li&gt;請先關閉本機上其他的兜底窗口和命令：有其他程序正在使用檔案庫時，不能更換密鑰。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>The password you signed in with, to confirm that it is you.</source>
        <translation>您登錄時用的密碼，用來確認是您本人操作。</translation>
    </message>
    <message>
        <source>Your current &amp;password:</source>
        <translation>當前密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>The new recovery code</source>
        <translation>新的恢復碼</translation>
    </message>
    <message>
        <source>Write this code on paper and check each group, or print it, and keep it in the township office safe. Nothing has changed yet: until you confirm below, the old code still works.</source>
        <translation>請把恢復碼抄在紙上並逐組核對，或者打印出來，存放在鄉鎮（街道）的保險櫃中。現在還沒有做任何更改：在您於下方確認之前，原恢復碼仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Print the recovery code…</source>
        <translation>打印恢復碼(&amp;P)…</translation>
    </message>
    <message>
        <source>A sheet with the code, to seal and keep in the township office safe. Nothing is saved on the computer.</source>
        <translation>打印一頁恢復碼，密封后存放在鄉鎮（街道）保險櫃中。電腦上不會保存任何副本。</translation>
    </message>
    <message>
        <source>The four characters after the last dash, to show that the code was copied.</source>
        <translation>最後一個短橫線後面的四個字符，用來確認恢復碼已經抄好。</translation>
    </message>
    <message>
        <source>Type the &amp;last group of the new code:</source>
        <translation>輸入新恢復碼的最後一組(&amp;L)：</translation>
    </message>
    <message>
        <source>No other user has a password on this computer.</source>
        <translation>本機沒有其他用戶設置了密碼。</translation>
    </message>
    <message>
        <source>After the change these users cannot sign in until an administrator sets a new password for them: %1.</source>
        <translation>更換後，以下用戶將不能登錄，須由管理員為其重新設置密碼：%1。</translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation>更換密鑰(&amp;C)</translation>
    </message>
    <message>
        <source>Keep the old key and recovery code; the new code is thrown away.</source>
        <translation>保留原密鑰和原恢復碼，新的恢復碼作廢。</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1

Nothing was changed. You can try again, or cancel to keep the old key and recovery code.</source>
        <translation>未能更換數據庫密鑰：%1

沒有做任何更改。您可以重試，也可以取消，保留原密鑰和原恢復碼。</translation>
    </message>
    <message>
        <source>The database key could not be changed: %1

Doudi locks now. Unlock it again with your password; if that fails, call the county&apos;s support.</source>
        <translation>未能更換數據庫密鑰：%1

兜底現在鎖定。請用您的密碼重新解鎖；如果解不開，請聯繫縣裡的技術支持。</translation>
    </message>
    <message>
        <source>The database key has been changed. The old recovery code no longer works: keep the new one in the township office safe and destroy the old sheet.</source>
        <translation>數據庫密鑰已更換。原恢復碼已經失效：請把新的恢復碼存放在鄉鎮（街道）的保險櫃中，並銷燬原來那頁恢復碼。</translation>
    </message>
    <message>
        <source>These users need a new password from an administrator before they can sign in again: %1.</source>
        <translation>以下用戶須由管理員重新設置密碼後才能再登錄：%1。</translation>
    </message>
    <message>
        <source>The database key was not changed. The old recovery code remains valid; the new code shown here does not work and can be destroyed.</source>
        <translation>數據庫密鑰沒有更換，原恢復碼仍然有效；剛才顯示的新恢復碼不能使用，可以銷燬。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢復碼</translation>
    </message>
</context>
<context>
    <name>doudi::ui::RerateDialog</name>
    <message>
        <source>Head of household</source>
        <translation>戶主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>救助類別</translation>
    </message>
    <message>
        <source>People</source>
        <translation>保障人數</translation>
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
        <translation>增減</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Confirm the new amounts…</source>
        <translation>確認調標(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>打印清單(&amp;P)…</translation>
    </message>
    <message>
        <source>Change of standards</source>
        <translation>調標</translation>
    </message>
    <message>
        <source>All my townships</source>
        <translation>我的全部鄉鎮</translation>
    </message>
    <message>
        <source>&amp;Work out the list</source>
        <translation>測算名單(&amp;W)</translation>
    </message>
    <message>
        <source>New standards from:</source>
        <translation>新標準執行日期：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>鄉鎮：</translation>
    </message>
    <message>
        <source>Choose the day the county&apos;s new standards take effect and work out the list: every household being paid is assessed again as of that day.</source>
        <translation>選擇縣裡新標準的執行日期並測算名單：每戶在保家庭都按那一天重新認定。</translation>
    </message>
    <message>
        <source>Working out every payment under the new standards…</source>
        <translation>正在按新標準測算每戶的保障金…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No standard changes on %1.</source>
        <translation>%1 沒有標準調整。</translation>
    </message>
    <message>
        <source>Changing on %1: %2.</source>
        <translation>%1 起調整：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) being paid looked at: %1 get a new amount from %2, %3 changed since their decision or no longer fit their programme and go to review (marked), %4 stay as they are.</source>
        <translation>
            <numerusform>共測算在保家庭 %n 戶：%1 戶自 %2 起調整金額，%3 戶自上次決定後情況有變或已不符合原救助類別，轉複核（已標出），%4 戶金額不變。</numerusform>
        </translation>
    </message>
    <message>
        <source>New standard</source>
        <translation>標準調整</translation>
    </message>
    <message>
        <source>Household changed: review</source>
        <translation>家庭情況有變：轉複核</translation>
    </message>
    <message>
        <source>Programme or people covered would change: review</source>
        <translation>救助類別或保障人數將變化：轉複核</translation>
    </message>
    <message>
        <source>review</source>
        <translation>複核</translation>
    </message>
    <message numerus="yes">
        <source>Each month for the %n household(s) re-rated: now %1 yuan, new %2 yuan, change %3 yuan.</source>
        <translation>
            <numerusform>調整金額的 %n 戶每月合計：原 %1 元，新 %2 元，增減 %3 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a township: the list is printed township by township.</source>
        <translation>請選擇鄉鎮：清單按鄉鎮打印。</translation>
    </message>
    <message numerus="yes">
        <source>Pay %n household(s) the new amounts from %1: each month %2 yuan instead of %3 yuan (%4 yuan)?</source>
        <translation>
            <numerusform>自 %1 起按新金額向 %n 戶發放：每月合計 %2 元（原 %3 元，增減 %4 元）？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) that changed go to review now instead, their amounts unchanged. All of it is saved, or none.</source>
        <translation>
            <numerusform>情況有變的 %n 戶不調整金額，改為現在複核。全部保存，或全部不保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the change of standards</source>
        <translation>確認調標</translation>
    </message>
    <message>
        <source>%1 household(s) re-rated from %2; %3 brought forward for review.</source>
        <translation>%1 戶自 %2 起按新標準調整金額；%3 戶提前複核。</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>打印清單</translation>
    </message>
</context>
<context>
    <name>doudi::ui::ReviewWizard</name>
    <message>
        <source>Income is unstable (reviewed every six months)</source>
        <translation>收入不穩定（每半年複核一次）</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期複核</translation>
    </message>
    <message>
        <source>What has changed</source>
        <translation>有哪些變化</translation>
    </message>
    <message>
        <source>%1 · %2 · paid %3 yuan a month since %4</source>
        <translation>%1 · %2 · 自 %4 起每月發放 %3 元</translation>
    </message>
    <message>
        <source>Changes to the household record since the last decision on %1:</source>
        <translation>自上次決定（%1）以來，家庭檔案的變化：</translation>
    </message>
    <message>
        <source>This case was decided before Doudi kept the household as it stood at a decision, so changes cannot be listed; check the record with the family.</source>
        <translation>此案件的決定早於本系統保存決定時家庭情況的版本，無法列出變化；請與家庭逐項核對檔案。</translation>
    </message>
    <message>
        <source>Nothing in the record has changed.</source>
        <translation>檔案沒有變化。</translation>
    </message>
    <message>
        <source>Update the household record first if the family&apos;s situation has changed; the assessment below uses the record as it is now.</source>
        <translation>家庭情況有變化的，請先更新家庭檔案；下面的認定按檔案的當前內容計算。</translation>
    </message>
    <message>
        <source>Today&apos;s policy: %1.</source>
        <translation>按今天的政策：%1。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>複核決定</translation>
    </message>
    <message>
        <source>The amount changes from the month after this review; a stop is followed by a written notice.</source>
        <translation>金額自複核次月起調整；停發的，須書面告知。</translation>
    </message>
    <message>
        <source>Keep the amount</source>
        <translation>維持原待遇</translation>
    </message>
    <message>
        <source>Increase (增发)</source>
        <translation>增發</translation>
    </message>
    <message>
        <source>Decrease (减发)</source>
        <translation>減發</translation>
    </message>
    <message>
        <source>Stop payment (停发)</source>
        <translation>停發</translation>
    </message>
    <message>
        <source>The new monthly amount in yuan, e.g. 1372.00.</source>
        <translation>調整後的每月金額（元），如 1372.00。</translation>
    </message>
    <message>
        <source>Required when the amount changes: what changed in the family&apos;s situation.</source>
        <translation>金額變動時必填：家庭情況發生了什麼變化。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>複核結果</translation>
    </message>
    <message>
        <source>Monthly amount (yuan)</source>
        <translation>每月金額（元）</translation>
    </message>
    <message>
        <source>Why it changes</source>
        <translation>變動原因</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>停發原因</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金額（元）。</translation>
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
        <translation>內容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>C&amp;heck every row</source>
        <translation>逐行檢查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import the whole file…</source>
        <translation>導入整個文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save the problems…</source>
        <translation>保存問題清單(&amp;S)…</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>導入花名冊</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>選擇文件(&amp;C)…</translation>
    </message>
    <message>
        <source>A township&apos;s roster of 低保 and 特困 households: .xlsx, .xls or .csv, one row per member.</source>
        <translation>鄉鎮的低保、特困花名冊：.xlsx、.xls 或 .csv 文件，每名成員一行。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Headers on row:</source>
        <translation>表頭所在行：</translation>
    </message>
    <message>
        <source>Fields marked * are needed. Rows are grouped into households by the household number, or the head&apos;s ID number, when the file has one; otherwise each head&apos;s row starts a household.</source>
        <translation>標 * 的字段必須有。文件中有戶編號或戶主身份證號時，按其把各行歸為一戶；否則每個戶主行開始新的一戶。</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. 列對應</translation>
    </message>
    <message>
        <source>2. Check</source>
        <translation>2. 檢查結果</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>花名冊 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — sheet “%2”, %n row(s)</source>
        <translation>
            <numerusform>%1 — 工作表“%2”，共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns as you confirmed them last time for files laid out like this one.</source>
        <translation>按上次為同樣格式的文件確認過的列對應關係。</translation>
    </message>
    <message>
        <source>No usual headers found: choose the column of each field.</source>
        <translation>沒有找到常用表頭：請為每個字段選擇所在列。</translation>
    </message>
    <message>
        <source>Read from the headers: check each field before you go on.</source>
        <translation>已按表頭識別：繼續之前請逐項核對。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the roster file first.</source>
        <translation>請先選擇花名冊文件。</translation>
    </message>
    <message>
        <source>Check every row before anything is imported.</source>
        <translation>導入之前請先逐行檢查。</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>還需選擇：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: %1 households, %2 persons, paid %3 yuan a month in all. Each becomes a case being paid, to be reviewed on its cycle.</source>
        <translation>
            <numerusform>全部 %n 行均可導入：共 %1 戶 %2 人，每月合計發放 %3 元。每戶都成為正在發放的案件，按週期複核。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows read. Nothing can be imported until the file is fixed: save the problems as a spreadsheet, correct the file, and check it again.</source>
        <translation>
            <numerusform>在讀取的 %1 行中發現 %n 處問題。文件改正之前不能導入：請把問題清單保存為表格，改正文件後再檢查一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1 households (%2 persons) from %3, each as a case being paid since the month the file gives? They go to the county at the next sync.</source>
        <translation>從 %3 導入 %1 戶（%2 人），每戶作為自文件所列起始年月起正在發放的案件？下次同步時會報送縣裡。</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在導入花名冊…</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) imported (%1 persons), paid %2 yuan a month in all. They are on the Payments page, each with its next review date.</source>
        <translation>
            <numerusform>已導入 %n 戶（%1 人），每月合計發放 %2 元。可在“待遇發放”頁面查看，每戶都有下次複核日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-問題清單</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存問題清單</translation>
    </message>
</context>
<context>
    <name>doudi::ui::ScreenLock</name>
    <message>
        <source>Doudi is locked</source>
        <translation>兜底已鎖定</translation>
    </message>
    <message>
        <source>The records of %1 are hidden. Type the password to go on where you were.</source>
        <translation>%1 的記錄已隱藏。輸入密碼即可回到原處繼續。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切換用戶(&amp;S)…</translation>
    </message>
    <message>
        <source>Another person signs in: the open windows close; unfinished applications are kept as drafts.</source>
        <translation>換另一位用戶登錄：已打開的窗口將關閉，未完成的申請保存為草稿。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::SettingsPage</name>
    <message>
        <source>Larger text</source>
        <translation>大號字體</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設置</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Lock the records when nobody has used the computer for this long (0: never).</source>
        <translation>電腦無人操作達到這一時長時自動鎖定檔案（0 表示從不）。</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>自動鎖定(&amp;L)：</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>字體大小：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>數據庫密鑰</translation>
    </message>
    <message>
        <source>A new key for the encrypted records and a new recovery code, e.g. when the recovery code or a password may have become known to someone else.</source>
        <translation>為加密的檔案更換新的密鑰和新的恢復碼，例如恢復碼或密碼可能已被他人知悉時。</translation>
    </message>
    <message>
        <source>Change the database &amp;key…</source>
        <translation>更換數據庫密鑰(&amp;K)…</translation>
    </message>
    <message>
        <source>Only a user who signed in with a password can change the key (not after unlocking with the recovery code).</source>
        <translation>只有用密碼登錄的用戶才能更換密鑰（用恢復碼解鎖後不能更換）。</translation>
    </message>
    <message>
        <source>County server</source>
        <translation>縣服務器</translation>
    </message>
    <message>
        <source>&amp;Join the county server…</source>
        <translation>加入縣服務器(&amp;J)…</translation>
    </message>
    <message>
        <source>This laptop works alone: it has not joined a county server.</source>
        <translation>這臺電腦目前單機工作，尚未加入縣服務器。</translation>
    </message>
    <message>
        <source>Joined to %1 (see 同步).</source>
        <translation>已加入 %1（詳見“同步”）。</translation>
    </message>
    <message>
        <source>All text in every window of Doudi, at once; kept for the next start.</source>
        <translation>兜底所有窗口中的文字立即變大；下次啟動仍保留。</translation>
    </message>
    <message>
        <source>Larger text takes effect at once. The lock time takes effect the next time Doudi is unlocked, the language the next time it starts.</source>
        <translation>大號字體立即生效。鎖定時間在下次解鎖後生效，界面語言在下次啟動後生效。</translation>
    </message>
    <message>
        <source>County policy</source>
        <translation>縣政策</translation>
    </message>
    <message>
        <source>&amp;Import a policy file from the county…</source>
        <translation>導入縣政策文件(&amp;I)…</translation>
    </message>
    <message>
        <source>In use: %1 (since %2).</source>
        <translation>正在使用：%1（自 %2 起）。</translation>
    </message>
    <message>
        <source>None on this computer yet.</source>
        <translation>本機尚無。</translation>
    </message>
    <message>
        <source>It comes from the county server by sync.</source>
        <translation>通過同步從縣服務器獲取。</translation>
    </message>
    <message>
        <source>When the county sends a new policy file, import it here.</source>
        <translation>縣裡發來新的政策文件時，請在此導入。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>界面語言(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>doudi::ui::SignaturePad</name>
    <message>
        <source>Sign here with the mouse or a pen.</source>
        <translation>請用鼠標或手寫筆在此簽字。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::StepDialog</name>
    <message>
        <source>Step: %1</source>
        <translation>辦理步驟：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元為單位的金額。</translation>
    </message>
    <message>
        <source>Missing papers (one per line)</source>
        <translation>需補正的材料（每行一項）</translation>
    </message>
    <message>
        <source>Amount paid first (yuan)</source>
        <translation>先行救助金額（元）</translation>
    </message>
    <message>
        <source>Outcome (attendance, votes)</source>
        <translation>評議結果（到會人數、表決情況）</translation>
    </message>
    <message>
        <source>The township approves</source>
        <translation>鄉鎮初審同意</translation>
    </message>
    <message>
        <source>Proposed amount (yuan a month)</source>
        <translation>擬發放金額（元/月）</translation>
    </message>
    <message>
        <source>Reason, if not approved</source>
        <translation>不同意的理由</translation>
    </message>
    <message>
        <source>Temporary aid approved by</source>
        <translation>臨時救助審批層級</translation>
    </message>
    <message>
        <source>What the objection says</source>
        <translation>異議內容</translation>
    </message>
    <message>
        <source>Confirmed amount (yuan a month)</source>
        <translation>確認金額（元/月）</translation>
    </message>
    <message>
        <source>Income is unstable (reviewed every six months)</source>
        <translation>收入不固定（每半年複核一次）</translation>
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
        <translation>複核結果</translation>
    </message>
    <message>
        <source>New amount (yuan a month)</source>
        <translation>新金額（元/月）</translation>
    </message>
    <message>
        <source>Why the amount changes</source>
        <translation>金額調整原因</translation>
    </message>
    <message>
        <source>Reason, if payment stops</source>
        <translation>停發理由</translation>
    </message>
    <message>
        <source>the township (head of the township)</source>
        <translation>鄉鎮（鄉鎮負責人）</translation>
    </message>
    <message>
        <source>the county civil affairs bureau</source>
        <translation>縣民政局</translation>
    </message>
    <message>
        <source>keep the amount</source>
        <translation>維持原待遇</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>增發</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>減發</translation>
    </message>
    <message>
        <source>stop payment</source>
        <translation>停發</translation>
    </message>
    <message>
        <source>Date of the check report</source>
        <translation>核對報告日期</translation>
    </message>
    <message>
        <source>Check report number</source>
        <translation>核對報告編號</translation>
    </message>
    <message>
        <source>Items checked</source>
        <translation>核對項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>核對結果</translation>
    </message>
    <message>
        <source>What differs from the declaration</source>
        <translation>與申報不符之處</translation>
    </message>
    <message>
        <source>Proposed amount of assistance (yuan)</source>
        <translation>擬救助金額（元）</translation>
    </message>
    <message>
        <source>Confirmed amount of assistance (yuan)</source>
        <translation>確認救助金額（元）</translation>
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
        <translation>數據不會丟失：一切都保存在這臺電腦上，它會每隔幾分鐘自動重試。完全沒有網絡的地方，照常工作即可。</translation>
    </message>
    <message>
        <source>Make a backup of this laptop (设置), then call the county before anything else.</source>
        <translation>請先備份這臺電腦（在“設置”中），然後在做其他事之前聯繫縣裡。</translation>
    </message>
    <message>
        <source>Ask the county for a new enrolment code and join again: this laptop&apos;s own key for the county is missing.</source>
        <translation>請向縣裡要一個新的接入碼，重新加入：這臺電腦與縣裡通信的密鑰不見了。</translation>
    </message>
    <message>
        <source>Tell the county: what came from the server was damaged. Sync again later.</source>
        <translation>請告知縣裡：從服務器收到的數據已損壞。稍後再同步。</translation>
    </message>
    <message>
        <source>Try again with 同步 now; if it happens again, tell the county what the message says.</source>
        <translation>請點“立即同步”再試；如果再次出現，請把提示內容告訴縣裡。</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join the county server…</source>
        <translation>加入縣服務器(&amp;J)…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Why the county refused it</source>
        <translation>縣裡拒收的原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Sync with the county server</source>
        <translation>與縣服務器同步</translation>
    </message>
    <message>
        <source>Refused by the county (kept here, not sent again):</source>
        <translation>縣裡拒收的修改（保存在本機，不再發送）：</translation>
    </message>
    <message>
        <source>Recent rounds:</source>
        <translation>最近幾次同步：</translation>
    </message>
    <message>
        <source>Syncing with the county server…</source>
        <translation>正在與縣服務器同步…</translation>
    </message>
    <message>
        <source>This laptop works on its own: it has not joined a county server. Join with the server address and the one-time enrolment code the county gives you; from then on it syncs by itself whenever the server can be reached.</source>
        <translation>這臺電腦目前單機工作，尚未加入縣服務器。用縣裡給的服務器地址和一次性接入碼加入後，只要能連上服務器，它就會自動同步。</translation>
    </message>
    <message>
        <source>County %1 · server %2 · this laptop&apos;s key for the county is kept in %3</source>
        <translation>縣 %1 · 服務器 %2 · 這臺電腦與縣裡通信的密鑰保存在%3</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系統鑰匙串</translation>
    </message>
    <message>
        <source>the encrypted profile</source>
        <translation>加密的檔案庫</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes (and %2 by other users of this laptop, sent when they sign in).</source>
        <translation>待上傳：%1 項修改（另有本機其他用戶的 %2 項，在他們登錄後上傳）。</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes.</source>
        <translation>待上傳：%1 項修改。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>The last sync (%1) did not succeed: %2 Last success: %3.</source>
        <translation>最近一次同步（%1）沒有成功：%2 上次成功：%3。</translation>
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
        <translation>%1 項被拒收</translation>
    </message>
    <message>
        <source>&amp;Write a USB bundle…</source>
        <translation>寫出U盤同步包(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Read the county&apos;s answer…</source>
        <translation>讀入縣裡的回執(&amp;R)…</translation>
    </message>
    <message>
        <source>Where there is no network at all: this laptop&apos;s changes in a file for a USB stick. The township office takes it in at the county and gives back an answer file.</source>
        <translation>完全沒有網絡時使用：把這臺電腦的修改寫成文件存到U盤。鄉鎮辦公室在縣服務器導入後，會給您一份回執文件。</translation>
    </message>
    <message>
        <source>Write a USB bundle</source>
        <translation>寫出U盤同步包</translation>
    </message>
    <message>
        <source>Doudi bundles (*.doudi)</source>
        <translation>兜底同步包 (*.doudi)</translation>
    </message>
    <message>
        <source>Bundle %1 with %2 changes is in %3.

Take it to the township office: they take it in at the county and give you an answer file, which you read here with “Read the county&apos;s answer”. The changes stay on this laptop until the answer is read.</source>
        <translation>第 %1 號同步包（含 %2 項修改）已寫到 %3。

請把它交到鄉鎮辦公室：他們在縣服務器導入後會給您一份回執文件，在這裡用“讀入縣裡的回執”讀入。讀入回執之前，這些修改一直保留在這臺電腦上。</translation>
    </message>
    <message>
        <source>Read the county&apos;s answer</source>
        <translation>讀入縣裡的回執</translation>
    </message>
    <message>
        <source>The county&apos;s answer was read: %1 changes taken by the county, %2 records received from it, %3 conflicts, %4 refused.</source>
        <translation>縣裡的回執已讀入：縣裡接收了 %1 項修改，從縣裡收到 %2 條記錄，衝突 %3 項，拒收 %4 項。</translation>
    </message>
    <message>
        <source>A sync with the county server is running: try again when it has ended.</source>
        <translation>正在與縣服務器同步：請等同步結束後再試。</translation>
    </message>
    <message>
        <source>Sign in to the county again with your county password (the button below); if that is refused, ask the county for a new enrolment code and join again.</source>
        <translation>請用您在縣裡的密碼重新登錄縣服務器（下方按鈕）；如果仍被拒絕，請向縣裡索取新的接入碼並重新加入。</translation>
    </message>
    <message>
        <source>Call the county&apos;s civil affairs office: only they can allow this laptop or this account again. With a new enrolment code from them, join again below: the work on this laptop stays.</source>
        <translation>請聯繫縣民政局：只有他們能重新允許這臺電腦或這個賬號。拿到新的接入碼後，在下方重新加入：這臺電腦上的工作都會保留。</translation>
    </message>
    <message>
        <source>Sign &amp;in to the county again…</source>
        <translation>重新登錄縣服務器(&amp;I)…</translation>
    </message>
    <message>
        <source>Join the county &amp;again…</source>
        <translation>重新加入縣服務器(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in to the county</source>
        <translation>登錄縣服務器</translation>
    </message>
    <message>
        <source>Your county password (%1):</source>
        <translation>您在縣裡的密碼（%1）：</translation>
    </message>
    <message>
        <source>Signing in to the county server…</source>
        <translation>正在登錄縣服務器…</translation>
    </message>
</context>
<context>
    <name>doudi::ui::TemporaryAidDialog</name>
    <message>
        <source>Small quick aid: pay now, the paperwork follows (小额先行救助)</source>
        <translation>小額先行救助：先發放，後補齊手續</translation>
    </message>
    <message>
        <source>Temporary assistance for the household of %1</source>
        <translation>臨時救助：%1 戶</translation>
    </message>
    <message>
        <source>Urgent hardship (急难型): fire, accident, sudden illness …</source>
        <translation>急難型：火災、交通事故、突發重病等</translation>
    </message>
    <message>
        <source>Necessary expenditure (支出型): medical or school costs beyond means</source>
        <translation>支出型：醫療、教育等必需支出超出家庭承受能力</translation>
    </message>
    <message>
        <source>What the caseworker proposes, in yuan; the policy caps it.</source>
        <translation>經辦人擬救助的金額（元），按政策封頂。</translation>
    </message>
    <message>
        <source>The documented costs of the event (bills, receipts), in yuan.</source>
        <translation>有票據證明的該事項支出（元）。</translation>
    </message>
    <message>
        <source>Insurance payouts and other departments&apos; aid for the same event, in yuan.</source>
        <translation>同一事項已獲得的保險賠付和其他部門救助（元）。</translation>
    </message>
    <message>
        <source>Approved once, paid in this many stages (e.g. along a course of treatment).</source>
        <translation>一次審批、分階段發放的期數（如按治療進度）。</translation>
    </message>
    <message>
        <source>What happened, when, and what the family needs now.</source>
        <translation>發生了什麼、何時發生、家庭現在需要什麼。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>救助類型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Proposed amount (yuan):</source>
        <translation>擬救助金額（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>Documented &amp;costs (yuan):</source>
        <translation>票據支出（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Other aid received (yuan):</source>
        <translation>已獲其他救助（元）(&amp;O)：</translation>
    </message>
    <message>
        <source>Paid in &amp;stages:</source>
        <translation>分期發放(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>事由(&amp;W)：</translation>
    </message>
    <message>
        <source>Pay first and register</source>
        <translation>先行發放並登記</translation>
    </message>
    <message>
        <source>Register the application</source>
        <translation>登記申請</translation>
    </message>
    <message>
        <source>What the county&apos;s policy allows:</source>
        <translation>按本縣政策可以救助：</translation>
    </message>
    <message>
        <source>Type amounts in yuan, e.g. 1500 or 1,500.50.</source>
        <translation>請以元為單位填寫金額，如 1500 或 1,500.50。</translation>
    </message>
    <message>
        <source>%1 yuan, approved by the %2.</source>
        <translation>%1 元，由%2審批。</translation>
    </message>
    <message>
        <source>county civil affairs bureau</source>
        <translation>縣民政局</translation>
    </message>
    <message>
        <source>township</source>
        <translation>鄉鎮（街道）</translation>
    </message>
    <message>
        <source>Write down what happened: the application needs its reason.</source>
        <translation>請填寫事由：申請須說明原因。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::UnlockDialog</name>
    <message>
        <source>Doudi — Unlock</source>
        <translation>兜底 — 解鎖</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用戶名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Doudi social assistance — enter your password to open the encrypted records.</source>
        <translation>兜底社會救助：請輸入密碼，打開加密的檔案。</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>忘記密碼(&amp;F)？</translation>
    </message>
    <message>
        <source>Set a new password with the recovery code printed when Doudi was set up on this computer.</source>
        <translation>用本機安裝兜底時打印的恢復碼設置新密碼。</translation>
    </message>
    <message>
        <source>Forgot your password? The recovery code lets you set a new one.</source>
        <translation>忘記密碼？可用恢復碼設置新密碼。</translation>
    </message>
    <message>
        <source>The recovery code is the sheet printed when Doudi was set up on this computer: six groups of four letters and digits, kept in the township office safe. Your records stay as they are; only your password changes.</source>
        <translation>恢復碼是本機安裝兜底時打印的那張紙：六組、每組四個字母或數字，存放在鄉鎮辦公室保險櫃中。記錄不會改變，只更改您的密碼。</translation>
    </message>
    <message>
        <source>Capital or small letters, with or without the dashes.</source>
        <translation>大小寫均可，可帶或不帶短橫線。</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>恢復碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>再次輸入新密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Back to the password</source>
        <translation>返回密碼登錄(&amp;B)</translation>
    </message>
    <message>
        <source>Set the new password and unlock</source>
        <translation>設置新密碼並解鎖</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery code (below) to set a new password.</source>
        <translation>忘記了？可用下方的恢復碼設置新密碼。</translation>
    </message>
    <message>
        <source>Please type the recovery code from the sheet.</source>
        <translation>請輸入紙上的恢復碼。</translation>
    </message>
    <message>
        <source>Please enter the user name whose password is to be set anew.</source>
        <translation>請輸入要重設密碼的用戶名。</translation>
    </message>
</context>
<context>
    <name>doudi::ui::UsersPage</name>
    <message>
        <source>Users of this computer</source>
        <translation>本機用戶</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用戶名</translation>
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
        <translation>工作區域</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用戶(&amp;A)</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用戶名(&amp;N)：</translation>
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
        <translation>初始密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用戶</translation>
    </message>
    <message>
        <source>%1 can now sign in on this computer.</source>
        <translation>%1 現在可以在這臺電腦上登錄了。</translation>
    </message>
    <message>
        <source>Select a user in the list first.</source>
        <translation>請先在列表中選擇一個用戶。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>The password of %1 has been changed.</source>
        <translation>%1 的密碼已修改。</translation>
    </message>
    <message>
        <source>A first password of at least 8 characters, not the person&apos;s name nor a common password; tell it to the person, who should change it.</source>
        <translation>初始密碼至少8個字符，不能包含本人姓名，也不能是常見密碼；告訴本人後，請其自行修改。</translation>
    </message>
    <message>
        <source>Set a new pass&amp;word for the selected user…</source>
        <translation>為所選用戶設置新密碼(&amp;W)…</translation>
    </message>
    <message>
        <source>Area of wor&amp;k:</source>
        <translation>工作區域(&amp;K)：</translation>
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
        <translation>溫飽無虞</translation>
    </message>
    <message>
        <source>Short of food</source>
        <translation>缺糧少食</translation>
    </message>
    <message>
        <source>Adequately clothed</source>
        <translation>衣被齊全</translation>
    </message>
    <message>
        <source>Short of clothing or bedding</source>
        <translation>缺衣少被</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入戶調查</translation>
    </message>
    <message>
        <source>e.g. an old television, no washing machine</source>
        <translation>例如：舊電視機一臺，無洗衣機</translation>
    </message>
    <message>
        <source>What the investigators saw and were told, compared with the declaration.</source>
        <translation>調查人員的所見所聞，並與申報情況對照。</translation>
    </message>
    <message>
        <source>&amp;Date of the visit:</source>
        <translation>調查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;First investigator:</source>
        <translation>調查人員一(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Second investigator:</source>
        <translation>調查人員二(&amp;S)：</translation>
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
        <translation>家電與日用品(&amp;A)：</translation>
    </message>
    <message>
        <source>F&amp;indings:</source>
        <translation>調查結論(&amp;I)：</translation>
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
        <translation>調查人員一簽字</translation>
    </message>
    <message>
        <source>Second investigator signs</source>
        <translation>調查人員二簽字</translation>
    </message>
    <message>
        <source>%1 (interviewed) signs</source>
        <translation>%1（受訪人）簽字</translation>
    </message>
    <message>
        <source>The state of the dwelling as seen on the visit.</source>
        <translation>入戶時看到的住房狀況。</translation>
    </message>
    <message>
        <source>The day of the visit; it cannot be in the future.</source>
        <translation>入戶調查的日期，不能晚於今天。</translation>
    </message>
    <message>
        <source>Why the visit is recorded only now, e.g. no computer in the village that day</source>
        <translation>為什麼現在才錄入，例如：當天村裡沒有電腦</translation>
    </message>
    <message>
        <source>Recorded &amp;late because:</source>
        <translation>補錄原因(&amp;L)：</translation>
    </message>
    <message>
        <source>At least two people visit: pick township staff or village helpers from the list, or type the full name of anyone else who went (e.g. a village committee member).</source>
        <translation>入戶調查至少兩人：從列表中選擇鄉鎮工作人員或村協理員，或填寫其他參加人員的全名（例如村委會成員）。</translation>
    </message>
    <message>
        <source>Pick a colleague or type a full name</source>
        <translation>選擇同事或填寫全名</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Profile folder.</source>
        <translation>檔案庫目錄。</translation>
    </message>
    <message>
        <source>User name to fill in.</source>
        <translation>預先填入的用戶名。</translation>
    </message>
</context>
</TS>
