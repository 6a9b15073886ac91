#pragma once

// mic-telework-v4: 「テレワークセキュリティガイドライン 第4版」 (総務省, 平成30年4月),
// source 002. The items are its self-check list (2. テレワークセキュリティ対策の
// ポイント), verbatim and in list order, with the page each row gives; basic and
// recommended say whether the item's explanation in 3. テレワークセキュリティ対策の
// 解説 has a 基本対策事項 / 推奨対策事項 block addressed to the item's role. The
// patterns are 表1 (テレワークの6種類のパターン), cell by cell. Line numbers
// (L…) below refer to 002_8c09d1b49d27eae0.txt. Every reading is in the README's
// Interpretations table; in short:
//
// - Texts are section 2's. Section 3 repeats each item above its explanation,
//   with differences: admin 2 暗号化の可否 (L330) / 暗号化の要否 (L455); worker 1
//   定期的実施状況 (L373) / 定期的に実施状況 (L420); worker 3 定期的実施される
//   (L375) / 定期的 to 実施される (L505, an extraction artefact); worker 9
//   root化等 (L384) / root 化等 (L670); worker 12 必要が無いように (L394) /
//   必要があるように (L767, contradicted by its own explanation L777
//   「扱わなくて済むように」); worker 16 ICカード (L405) / ＩＣカード (L872);
//   worker 6 keeps the list's half-width 「。 (私用端末利用の場合)」 (L381), where
//   section 3 has <p>…</p> and full-width （私用端末利用の場合） (L588).
// - Threat groups: ja is the list's heading (section 2, e.g. L335
//   悪意のソフトウェアに対する対策, L355 不正侵入・踏み台に対する対策);
//   explanation_ja the heading of section 3 (L550 マルウェアに対する対策, L869
//   不正アクセスに対する対策). An item's group is the list heading it stands under.
// - A block heading naming several roles (L458 ＜経営者・システム管理者＞基本対策事項,
//   L533 ＜経営者・システム管理者・テレワーク勤務者＞, L1014
//   ＜システム管理者・テレワーク勤務者＞推奨対策事項) addresses each role it names;
//   a block belongs to the items under whose explanation heading it stands,
//   i.e. after their rows and before the next item rows (the line of each block
//   is noted per item below). Two items have no block at all: admin 13 (L825:
//   only ＜テレワーク勤務者＞ blocks follow, L828/L839) and worker 2 (L456: only
//   ＜経営者・システム管理者＞ blocks, L458/L468).
// - 【対象】: L753 パターン⑥ under worker 11; L873 パターン①②⑤⑥ under the rows
//   of admin 14 and worker 16 together. We read the L873 marker as covering both:
//   it stands after both rows as a row of the same item box (tab-terminated like
//   L753), both items are the same measure seen from two roles (利用者認証 for
//   社外から社内システム access), and ①②⑤⑥ are exactly the patterns that reach the
//   社内システム; ③④ work on a cloud service (表1 L196). Items without a marker
//   apply to every pattern (L259 「特に対象を明示していない場合、すべてのパターンが
//   対象となります」).
// - BYOD: admin 9 is only about private devices (L341 私用端末をテレワークに利用
//   させる際は); worker 6 has a （私用端末利用の場合） sentence (L381). Admin 7, 8
//   and 12 speak of 貸与用の / 貸与する terminals; lent terminals exist under BYOD
//   too, so they stay `any_device`, as does worker 9 (L384, all terminals).
// - Trouble cases: a case stands at the end of the explanation of the item rows
//   before it (e.g. 〈1〉 情報のレベル分け, L479, after exec/admin/worker 2, L454–456,
//   whose subject it is), so it is linked to those items; its list page (L61–74)
//   lies between their page and the next items' page. Cases 3 and 4 keep the
//   source's titles although their stories look swapped (〈3〉 ウイルス対策ソフト,
//   L598–613, tells of an unapproved application; 〈4〉 アプリケーション利用,
//   L627–640, of an outdated pattern file); they are linked by position, which
//   matches the stories (items 6: applications, items 7: antivirus).

#include <array>
#include <cstdint>
#include <string_view>

#include "teleworksec/evaluate.hpp"
#include "teleworksec/facts.hpp"
#include "teleworksec/self_check.hpp"
#include "teleworksec/self_check_rating.hpp"

namespace teleworksec::catalogs {

/// The facts of mic-telework-v4 (SPEC §2): the telework patterns in use (any
/// number true) and whether private devices are used.
namespace mic_telework_v4_facts {
inline constexpr fact_set pattern_1 = fact(0);
inline constexpr fact_set pattern_2 = fact(1);
inline constexpr fact_set pattern_3 = fact(2);
inline constexpr fact_set pattern_4 = fact(3);
inline constexpr fact_set pattern_5 = fact(4);
inline constexpr fact_set pattern_6 = fact(5);
inline constexpr fact_set byod = fact(6);
}  // namespace mic_telework_v4_facts

namespace detail_mic_telework_v4 {

// The roles of the self-check list, in list order: 経営者 (L315 (ア)), システム管理者
// (L325 (イ)), テレワーク勤務者 (L369 (ウ)).
constexpr role_def roles[] = {
    {"executive", "経営者", "executives"},
    {"admin", "システム管理者", "system administrators"},
    {"worker", "テレワーク勤務者", "teleworkers"},
};
constexpr std::uint8_t exec = 0;
constexpr std::uint8_t admin = 1;
constexpr std::uint8_t worker = 2;
constexpr auto p1 = mic_telework_v4_facts::pattern_1;
constexpr auto p2 = mic_telework_v4_facts::pattern_2;
constexpr auto p5 = mic_telework_v4_facts::pattern_5;
constexpr auto p6 = mic_telework_v4_facts::pattern_6;
constexpr fact_set any_pattern{};  // no 【対象】 marker: every pattern
// BYOD: any device; only when private devices are used; its own wording for them.
constexpr item_scope any_device{};
constexpr item_scope byod_only{mic_telework_v4_facts::byod, {}};
constexpr item_scope byod_variant{{}, mic_telework_v4_facts::byod};

// Pattern names as in 表1 (L192); 私用端末の利用 as in L263.
constexpr fact_def facts[] = {
    {"pattern_1", "リモートデスクトップ方式", "remote desktop"},
    {"pattern_2", "仮想デスクトップ方式", "virtual desktop (VDI)"},
    {"pattern_3", "クラウド型アプリ方式", "cloud applications"},
    {"pattern_4", "セキュアブラウザ方式", "secure browser"},
    {"pattern_5", "アプリケーションラッピング方式", "application wrapping"},
    {"pattern_6", "会社PCの持ち帰り方式", "company PC taken home"},
    {"byod", "私用端末の利用", "private devices (BYOD)"},
};

// Headings of the list (section 2, in parentheses there) and of the
// explanations (section 3, (ア)–(カ)).
constexpr threat_group_def groups[] = {
    {1, "情報セキュリティ保全対策の大枠", "情報セキュリティ保全対策の大枠", "Security framework"},
    {2, "悪意のソフトウェアに対する対策", "マルウェアに対する対策", "Malware"},
    {3, "端末の紛失・盗難に対する対策", "端末の紛失・盗難に対する対策", "Loss and theft of terminals"},
    {4, "重要情報の盗聴に対する対策", "重要情報の盗聴に対する対策", "Eavesdropping on important information"},
    {5, "不正侵入・踏み台に対する対策", "不正アクセスに対する対策", "Intrusion and use as a stepping stone"},
    {6, "外部サービスの利用に対する対策", "外部サービスの利用に対する対策", "External services"},
};

// 表1 テレワークの6種類のパターン (L189–199), column by column.
constexpr pattern_def patterns[] = {
    {1, "リモートデスクトップ方式", "Remote desktop",
     "オフィスにある端末を遠隔操作", data_on_terminal::none, "保存しない", "同じ", "しない",
     "一定の条件のもとで可", "必須", "—"},
    {2, "仮想デスクトップ方式", "Virtual desktop",
     "テレワーク用の仮想端末を遠隔操作", data_on_terminal::none, "保存しない",
     "テレワーク専用の環境", "しない", "一定の条件のもとで可", "必須", "—"},
    {3, "クラウド型アプリ方式", "Cloud applications",
     "クラウド上のアプリケーションを社内外から利用", data_on_terminal::either, "どちらも可",
     "クラウド型アプリに関しては同じ", "する", "一定の条件のもとで可", "望ましい", "—"},
    {4, "セキュアブラウザ方式", "Secure browser",
     "特別なブラウザを用いて端末へのデータの保存を制限", data_on_terminal::none, "保存しない",
     "ブラウザ経由で利用するアプリに関しては同じ", "する", "一定の条件のもとで可", "望ましい",
     "—"},
    {5, "アプリケーションラッピング方式", "Application wrapping",
     "テレワーク端末内への保存を不可とする機能を提供", data_on_terminal::none, "保存しない",
     "テレワーク専用の環境", "する／しない どちらも可", "一定の条件のもとで可", "望ましい", "—"},
    {6, "会社PCの持ち帰り方式", "Company PC taken home",
     "オフィスの端末を持ち帰りテレワーク端末として利用", data_on_terminal::stored, "保存する", "同じ",
     "する／しない どちらも可", "—", "不要", "紙媒体で持ち出す場合も本パターンに相当"},
};

// The self-check list (L315–412): role, no, group, 基本, 推奨, 【対象】, BYOD,
// page, text, title. The comment above each row gives its line in the list and
// the lines of the blocks found for it in section 3.
constexpr self_check_item_def items[] = {

    // L319; 基本 L422 <経営者> 基本対策事項; 推奨 L433
    {exec, 1, 1, true, true, any_pattern, any_device, 22,
     "経営者は、テレワークの実施を考慮した情報セキュリティポリシーを定め定期的に監査し、その内容に応じて見直しを行う。",
     "Telework-aware security policy, audited and reviewed"},
    // L320; 基本 L458, 推奨 L468 (＜経営者・システム管理者＞)
    {exec, 2, 1, true, true, any_pattern, any_device, 25,
     "社内で扱う情報について、その重要度に応じたレベル分けを行った上で、テレワークでの利用可否と利用可の場合の取扱方法を定める。",
     "Classify information and decide its use in telework"},
    // L321; 基本 L507, 推奨 L525 (＜経営者・システム管理者＞)
    {exec, 3, 1, true, true, any_pattern, any_device, 27,
     "テレワーク勤務者が情報セキュリティ対策の重要性を理解した上で作業を行えるようにするため、定期的に教育・啓発活動を実施させる。",
     "Have teleworkers trained and made aware regularly"},
    // L322; 基本 L533, 推奨 L538 (＜経営者・システム管理者・テレワーク勤務者＞)
    {exec, 4, 1, true, true, any_pattern, any_device, 29,
     "情報セキュリティ事故の発生に備えて、迅速な対応がとれるように連絡体制を整えるとともに、事故時の対応についての訓練を実施させる。",
     "Incident contact structure and drills"},
    // L323; 基本 L545; no 推奨 block
    {exec, 5, 1, true, false, any_pattern, any_device, 30,
     "テレワークにおける情報セキュリティ対策に適切な理解を示した上で、必要な人材・資源に必要な予算を割り当てる。",
     "Budget and staff for telework security"},

    // L329; 推奨 L444; no 基本 block (L422 is ＜経営者＞ only)
    {admin, 1, 1, false, true, any_pattern, any_device, 22,
     "システム全体を管理する重要な立場であることを自覚し、情報セキュリティポリシーに従ってテレワークのセキュリティ維持に関する技術的対策を講じるとともに定期的に実施状況を監査する。",
     "Technical measures under the policy, audited regularly"},
    // L330; 基本 L458, 推奨 L468 (＜経営者・システム管理者＞)
    {admin, 2, 1, true, true, any_pattern, any_device, 25,
     "情報のレベル分けに応じて、電子データに対するアクセス制御、暗号化の可否や印刷可否などの設定を行う。",
     "Access control, encryption and printing by information level"},
    // L332; 基本 L507, 推奨 L525 (＜経営者・システム管理者＞)
    {admin, 3, 1, true, true, any_pattern, any_device, 27,
     "テレワーク勤務者の情報セキュリティに関する認識を確実なものにするために、定期的に教育・啓発活動を実施する。",
     "Regular training and awareness for teleworkers"},
    // L333; 基本 L533, 推奨 L538 (three roles)
    {admin, 4, 1, true, true, any_pattern, any_device, 29,
     "情報セキュリティ事故の発生に備えて、迅速な対応がとれるように連絡体制を確認するとともに、事故時の対応についての訓練を実施する。",
     "Confirm incident contacts and run drills"},
    // L337; 推奨 L559; the 基本 block L555 is ＜テレワーク勤務者＞
    {admin, 5, 2, false, true, any_pattern, any_device, 31,
     "フィルタリング等を用いて、テレワーク勤務者が危険なサイトにアクセスしないように設定する。",
     "Filter dangerous websites"},
    // L338; 推奨 L590
    {admin, 6, 2, false, true, any_pattern, any_device, 33,
     "テレワーク勤務者がテレワーク端末にアプリケーションをインストールする際は申請させ、情報セキュリティ上の問題がないことを確認した上で認める。",
     "Approve application installs"},
    // L339; 基本 L618
    {admin, 7, 2, true, false, any_pattern, any_device, 35,
     "貸与用のテレワーク端末にウイルス対策ソフトをインストールし、最新の定義ファイルが適用されているようにする。",
     "Antivirus with current definitions on lent terminals"},
    // L340; 基本 L651
    {admin, 8, 2, true, false, any_pattern, any_device, 37,
     "貸与用のテレワーク端末のOS及びソフトウェアについて、アップデートを行い最新の状態に保つ。",
     "Keep OS and software of lent terminals up to date"},
    // L341; 推奨 L672
    {admin, 9, 2, false, true, any_pattern, byod_only, 38,
     "私用端末をテレワークに利用させる際は、その端末に必要な情報セキュリティ対策が施されていることを確認させた上で認める。",
     "Allow private devices only once secured"},
    // L342; 推奨 L687
    {admin, 10, 2, false, true, any_pattern, any_device, 39,
     "ランサムウェアの感染に備え、重要な電子データのバックアップを社内システムから切り離れた状態で保存する。",
     "Offline backups against ransomware"},
    // L343; 推奨 L714
    {admin, 11, 2, false, true, any_pattern, any_device, 40,
     "金融機関や物流業者からの事務連絡を装うなどの不審なメールが迷惑メールとして分類されるよう設定する。",
     "Classify suspicious mail as spam"},
    // L347; 推奨 L769
    {admin, 12, 3, false, true, any_pattern, any_device, 43,
     "台帳等を整備し、貸与するテレワーク端末の所在や利用者等を管理する。",
     "Register lent terminals, their place and users"},
    // L352; no block: L828/L839 are ＜テレワーク勤務者＞ only
    {admin, 13, 4, false, false, any_pattern, any_device, 46,
     "テレワーク端末において無線 LAN の脆弱性対策が適切に講じられるようにする。",
     "Wireless LAN vulnerabilities handled on terminals"},
    // L357; 基本 L875; 【対象】 L873
    {admin, 14, 5, true, false, p1 | p2 | p5 | p6, any_device, 48,
     "社外から社内システムへアクセスするための利用者認証について、技術的基準を明確に定め、適正に管理・運用する。",
     "Technical standard for remote user authentication"},
    // L358; 基本 L887, 推奨 L896
    {admin, 15, 5, true, true, any_pattern, any_device, 49,
     "テレワーク勤務者がインターネット経由で社内システムにアクセスする際のアクセス方法を定める。また、社内システムとインターネットの境界線にはファイアウォールやルータ等を設置し、アクセス状況を監視するとともに、不必要なアクセスを遮断する。",
     "Remote access method; firewall and monitoring at the boundary"},
    // L359; 基本 L933, 推奨 L937
    {admin, 16, 5, true, true, any_pattern, any_device, 51,
     "社内システムへのアクセス用のパスワードとして、強度の低いものを用いることができないように設定する。",
     "Reject weak passwords"},
    // L363; 基本 L1006, 推奨 L1014 (＜システム管理者・テレワーク勤務者＞)
    {admin, 17, 6, true, true, any_pattern, any_device, 54,
     "メッセージングアプリケーションを含むSNSに関する従業員向けの利用ルールやガイドラインを整備し、その中でテレワーク時の利用上の留意事項を明示する。",
     "SNS rules for staff, covering telework"},
    // L366; 基本 L1044
    {admin, 18, 6, true, false, any_pattern, any_device, 56,
     "ファイル共有サービス等のパブリッククラウドサービスの利用ルールを整備し、情報漏えいにつながる恐れのある利用方法を禁止する。",
     "Public cloud rules; forbid leaky use"},

    // L373; 推奨 L450; no 基本 block
    {worker, 1, 1, false, true, any_pattern, any_device, 22,
     "テレワーク作業中は、利用する情報資産の管理責任を自らが負うことを自覚し、情報セキュリティポリシーが定める技術的・物理的及び人的対策基準に沿った業務を行い、定期的実施状況を自己点検する。",
     "Own the information, follow the policy, self-check"},
    // L374; no block: L458/L468 are ＜経営者・システム管理者＞
    {worker, 2, 1, false, false, any_pattern, any_device, 25,
     "テレワークで扱う情報について、定められた情報のレベル分けとレベルに応じたルールに従って取り扱う。",
     "Handle information by its level"},
    // L375; 基本 L513; L525 推奨 is ＜経営者・システム管理者＞
    {worker, 3, 1, true, false, any_pattern, any_device, 27,
     "定期的実施される情報セキュリティに関する教育・啓発活動に積極的に取り組むことで、情報セキュリティに対する認識を高めることに務める。",
     "Take part in training and awareness"},
    // L376; 基本 L533, 推奨 L538 (three roles)
    {worker, 4, 1, true, true, any_pattern, any_device, 29,
     "情報セキュリティ事故の発生に備えて、直ちに定められた担当者に連絡できるよう連絡体制を確認するとともに、事故時に備えた訓練に参加する。",
     "Know the incident contacts, join drills"},
    // L380; 基本 L555
    {worker, 5, 2, true, false, any_pattern, any_device, 31,
     "マルウェア感染を防ぐため、OSやブラウザ（拡張機能を含む）のアップデートが未実施の状態で社外のウェブサイトにはアクセスしない。",
     "No outside websites without OS and browser updates"},
    // L381; 推奨 L594
    {worker, 6, 2, false, true, any_pattern, byod_variant, 33,
     "アプリケーションをインストールする際は、システム管理者にその旨を申請し、許可を受けたアプリケーションのみをインストールする。 (私用端末利用の場合)テレワークで利用する端末にインストールするアプリケーションは、安全性に十分留意して選択する。",
     "Install only approved applications"},
    // L382; 基本 L622
    {worker, 7, 2, true, false, any_pattern, any_device, 35,
     "作業開始前に、テレワーク端末にウイルス対策ソフトがインストールされ、最新の定義ファイルが適用されていることを確認する。",
     "Check antivirus and definitions before work"},
    // L383; 基本 L655
    {worker, 8, 2, true, false, any_pattern, any_device, 37,
     "作業開始前に、テレワーク端末のOS及びソフトウェアについて、アップデートが適用され最新の状態であることを確認する。",
     "Check updates before work"},
    // L384; 推奨 L676
    {worker, 9, 2, false, true, any_pattern, any_device, 38,
     "テレワークにはルールに定められた情報セキュリティ対策が適用されているものを使用し、スマートフォン、タブレット等に関しては不正な改造（脱獄、root化等）を施さない。",
     "Use secured terminals; no jailbreak or rooting"},
    // L385; 基本 L710, 推奨 L718
    {worker, 10, 2, true, true, any_pattern, any_device, 40,
     "テレワーク作業中にマルウェアに感染した場合、その報告漏れや遅れが被害拡大につながる恐れがあることを自覚し、電子メールの添付ファイルの開封やリンク先のクリックに一層の注意を払う。",
     "Care with attachments and links; report infections"},
    // L389; 推奨 L755; 【対象】 L753
    {worker, 11, 3, false, true, p6, any_device, 42,
     "オフィス外に情報資産を持ち出すとき、その原本を安全な場所に保存しておく。",
     "Keep originals safe when taking information out"},
    // L394; 推奨 L775
    {worker, 12, 3, false, true, any_pattern, any_device, 43,
     "機密性が求められる電子データを極力管理する必要が無いように業務の方法を工夫する。やむを得ない場合は必ず暗号化して保存するとともに、端末や電子データの入った記録媒体（USBメモリ等）等の盗難に留意する。",
     "Avoid holding confidential data; encrypt; guard against theft"},
    // L399; 基本 L803
    {worker, 13, 4, true, false, any_pattern, any_device, 45,
     "機密性が求められる電子データを送信する際には必ず暗号化する。",
     "Encrypt confidential data in transit"},
    // L400; 基本 L828, 推奨 L839
    {worker, 14, 4, true, true, any_pattern, any_device, 46,
     "無線 LAN 利用に伴うリスクを理解し、テレワークで利用する場合は確保すべきセキュリティレベルに応じた対策が可能な範囲で利用する。",
     "Use wireless LAN only within safe limits"},
    // L401; 推奨 L853
    {worker, 15, 4, false, true, any_pattern, any_device, 47,
     "第三者と共有する環境で作業を行う場合、端末の画面にプライバシーフィルターを装着したり、作業場所を選ぶ等により、画面の覗き見防止に努める。",
     "Prevent shoulder surfing"},
    // L405; 推奨 L880; 【対象】 L873 (shared with admin 14)
    {worker, 16, 5, false, true, p1 | p2 | p5 | p6, any_device, 48,
     "社外から社内システムにアクセスするための利用者認証情報（パスワード、ICカード等）を適正に管理する。",
     "Guard remote authentication credentials"},
    // L406; 推奨 L902
    {worker, 17, 5, false, true, any_pattern, any_device, 49,
     "インターネット経由で社内システムにアクセスする際、システム管理者が指定したアクセス方法のみを用いる。",
     "Use only the designated access method"},
    // L407; 推奨 L949
    {worker, 18, 5, false, true, any_pattern, any_device, 51,
     "テレワークで使用するパスワードは、使い回しを避け、一定以上の長さで他人に推測されにくいものを用いるように心がける。",
     "Strong, unique passwords"},
    // L411; 推奨 L1014 (＜システム管理者・テレワーク勤務者＞)
    {worker, 19, 6, false, true, any_pattern, any_device, 54,
     "メッセージングアプリケーションを含むSNSをテレワークで利用する場合、社内で定められたSNS利用ルールやガイドラインに従って利用するようにする。",
     "Use SNS by company rules"},
    // L412; 推奨 L1052
    {worker, 20, 6, false, true, any_pattern, any_device, 56,
     "テレワークでファイル共有サービス等のパブリッククラウドサービスを利用する場合、社内ルールで認められた範囲で利用する。",
     "Public cloud only within company rules"},
};

// ＜テレワークトラブル事例と対策一覧＞ (L59–74): number, page, title; the items are
// those whose explanation the case closes in section 3 (line of the case).
constexpr trouble_case_def cases[] = {
    {1, 26, "情報のレベル分けに関するトラブル事例", "Information levels",  // L479
     {{{exec, 2}, {admin, 2}, {worker, 2}}}, 3},
    {2, 32, "マルウェア感染に関するトラブル事例", "Malware infection",  // L563
     {{{admin, 5}, {worker, 5}}}, 2},
    {3, 34, "ウイルス対策ソフトに関するトラブル事例", "Antivirus software",  // L598
     {{{admin, 6}, {worker, 6}}}, 2},
    {4, 35, "アプリケーション利用に関するトラブル事例", "Use of applications",  // L627
     {{{admin, 7}, {worker, 7}}}, 2},
    {5, 37, "アップデートに関するトラブル事例", "Updates",  // L659
     {{{admin, 8}, {worker, 8}}}, 2},
    {6, 39, "ランサムウェアに関するトラブル事例", "Ransomware",  // L691
     {{{admin, 10}}}, 1},
    {7, 41, "不審メールに関するトラブル事例", "Suspicious mail",  // L728
     {{{admin, 11}, {worker, 10}}}, 2},
    {8, 44, "端末の紛失に関するトラブル事例", "Lost terminal",  // L783
     {{{admin, 12}, {worker, 12}}}, 2},
    {9, 45, "公衆無線 LAN 利用に関するトラブル事例", "Public Wi-Fi",  // L813
     {{{worker, 13}}}, 1},
    {10, 47, "画面の覗き見に関するトラブル事例", "Shoulder surfing",  // L857
     {{{worker, 15}}}, 1},
    {11, 50, "「踏み台」に関するトラブル事例", "Stepping stone",  // L914
     {{{admin, 15}, {worker, 17}}}, 2},
    {12, 53, "パスワード管理に関するトラブル事例", "Password management",  // L977
     {{{admin, 16}, {worker, 18}}}, 2},
    {13, 55, "SNS 利用に関するトラブル事例", "Use of SNS",  // L1019
     {{{admin, 17}, {worker, 19}}}, 2},
    {14, 57, "パブリッククラウド利用に関するトラブル事例", "Public cloud",  // L1059
     {{{admin, 18}, {worker, 20}}}, 2},
};

}  // namespace detail_mic_telework_v4

/// The mic-telework-v4 data, texts included.
inline constexpr self_check_catalog<7, 3, 6, 6, 43, 14> mic_telework_v4_catalog{
    "mic-telework-v4",
    {"表1 テレワークの6種類のパターン", "Table 1: the six telework patterns",
     "テレワークトラブル事例", "Telework trouble cases"},
    std::to_array(detail_mic_telework_v4::facts),
    std::to_array(detail_mic_telework_v4::roles),
    std::to_array(detail_mic_telework_v4::groups),
    std::to_array(detail_mic_telework_v4::patterns),
    std::to_array(detail_mic_telework_v4::items),
    std::to_array(detail_mic_telework_v4::cases),
};

/// The tag that names mic-telework-v4 to the engine and the tools.
struct mic_telework_v4_t : self_check_tag<mic_telework_v4_catalog> {};

/// Pass to evaluate() to rate a mic-telework-v4 assessment.
inline constexpr mic_telework_v4_t mic_telework_v4{};

}  // namespace teleworksec::catalogs
