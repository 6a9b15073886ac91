#pragma once

// coworking-user: 「コワーキングスペースのセキュリティリスクについて」 (an article,
// 2025), source 004: the risks of working from a coworking space (セキュリティ
// リスク, four groups) and the countermeasures a company should require of its
// staff (有効な対策, five groups), verbatim. The article lists risks and
// measures side by side without linking them; which measure mitigates which
// risk (`mitigates`) is our reading, explained in the README's
// Interpretations table.

#include <array>

#include "teleworksec/evaluate.hpp"
#include "teleworksec/risk.hpp"
#include "teleworksec/risk_rating.hpp"

namespace teleworksec::catalogs {

namespace detail_coworking_user {

constexpr risk_group_def risk_groups[] = {
    {1, "情報漏えいリスク", "Information leakage"},
    {2, "コンプライアンス違反リスク", "Compliance violations"},
    {3, "物理的セキュリティリスク", "Physical security"},
    {4, "操作ミスやヒューマンエラーのリスク", "Mistakes and human error"},
};

constexpr risk_def risks[] = {
    {1, 1, "会話漏えい", "周囲の利用者に業務上の機密情報や個人情報が聞かれる可能性がある。",
     "Conversations overheard"},
    {1, 2, "画面・資料の視覚的漏えい（ショルダーハック・ピーピング）",
     "PC画面や書類などが周囲から容易に見えてしまう可能性がある。",
     "Screens and papers seen (shoulder surfing)"},
    {1, 3, "盗難・紛失", "PCやUSBメモリ等の機器や資料を放置・紛失することで情報が漏えいする可能性がある。",
     "Theft or loss of devices and papers"},
    {1, 4, "ネットワーク盗聴・ハッキング",
     "コワーキングスペースのWi-Fiを利用した際に通信を傍受される、あるいは悪意あるホットスポットに接続してしまうリスク。",
     "Eavesdropping and attacks over the space's Wi-Fi"},
    {2, 1, "契約・規定違反",
     "顧客との秘密保持契約や自社の情報セキュリティポリシーに反する行動（機密情報を不適切に取り扱うなど）を取ってしまうリスク。",
     "Breach of contracts or company policy"},
    {2, 2, "個人情報保護法違反", "個人情報が含まれる業務資料を第三者に漏えいするリスク。",
     "Breach of the personal information protection law"},
    {3, 1, "セキュリティの不十分なロッカーや席",
     "荷物の一時保管場所が十分に安全でない場合、盗難や紛失リスクが高まる。",
     "Insecure lockers and seats"},
    {3, 2, "災害・火災・停電などによる事業継続リスク",
     "コワーキングスペースの設備や立地条件により、災害や緊急時に業務を継続できない可能性がある。",
     "Disaster, fire or power cut stops the work"},
    {4, 1, "周囲の環境要因による注意不足",
     "オープンスペースでの業務では集中力が低下することが多く、誤送信やファイルの誤廃棄などが起きやすくなる。",
     "Distraction leading to mis-sent mail or discarded files"},
    {4, 2, "第三者との混同", "他社の利用者と間違えてデータを共有・送付してしまうなどのリスク。",
     "Data shared with the wrong person"},
};

constexpr risk_group_def groups[] = {
    {1, "情報管理面の対策", "Information handling"},
    {2, "ネットワーク・システム面の対策", "Network and systems"},
    {3, "フィジカルセキュリティ面の対策", "Physical security"},
    {4, "コンプライアンス・教育面の対策", "Compliance and training"},
    {5, "事業継続（BCP）面の対策", "Business continuity"},
};

// Each measure with the risks it mitigates (our reading; README, Interpretations).
constexpr risk_measure_def measures[] = {
    {1, 1, "業務範囲の明確化",
     "コワーキングスペースでは機密度の高い業務は行わない、もしくは業務の種類や取扱情報のレベルに応じて利用可否を事前にルール化する。",
     "Decide which work may be done there",
     {{{1, 1}, {1, 2}, {2, 1}, {2, 2}}}, 4},
    {1, 2, "画面フィルターの使用", "ノートPCやタブレット端末にプライバシーフィルターを装着し、周囲からの視線を遮る。",
     "Privacy filters on screens", {{{1, 2}}}, 1},
    {1, 3, "ヘッドセットや静音スペースの活用",
     "周囲に声が漏れにくい場所や音声通話用の個室スペースを利用し、会話が第三者に聞かれないようにする。",
     "Headsets and quiet booths for calls", {{{1, 1}}}, 1},
    {1, 4, "印刷物・紙媒体の管理",
     "不必要な紙ベースの資料を持ち歩かない。持ち出した際は鍵付きバッグやセキュリティバッグを使用し、閲覧後は速やかにシュレッダー処理するか社内に持ち帰る。",
     "Carry little paper; lock it, shred it or take it back",
     {{{1, 2}, {1, 3}, {4, 1}}}, 3},
    {1, 5, "デバイスの持ち込みルール",
     "私用デバイスと業務用デバイスを明確に区別し、業務用PCには端末暗号化やリモートワイプ機能などのセキュリティ対策を実施する。",
     "Separate private and work devices; encrypt and remote-wipe work PCs", {{{1, 3}}}, 1},
    {2, 1, "VPNの活用",
     "公衆Wi-Fiは利用せず、社内VPN経由で接続するか、厳格に設定されたモバイルルータなど安全な回線を使用する。",
     "VPN or a trusted line instead of public Wi-Fi", {{{1, 4}}}, 1},
    {2, 2, "多要素認証（MFA）の導入",
     "端末ログインやVPN接続、クラウドサービスへのアクセスには多要素認証を必須とする。",
     "Multi-factor authentication", {{{1, 3}, {1, 4}}}, 2},
    {2, 3, "データ暗号化", "データ送受信やデバイス内のデータは暗号化を施しておく。",
     "Encrypt data in transit and on devices", {{{1, 3}, {1, 4}}}, 2},
    {2, 4, "アクセス制御",
     "コワーキングスペースでは必要最小限のシステムやデータにのみアクセスさせる。業務で使うシステムごとにアクセス権限を細かく制御する。",
     "Least access from the coworking space", {{{2, 2}, {4, 2}}}, 2},
    {2, 5, "セキュリティ監視",
     "社内システムにアクセスする際は、SIEM等を導入して不審なアクセスを検知できる体制を整える。",
     "Monitor access to company systems (SIEM)", {{{1, 4}}}, 1},
    {3, 1, "セキュリティレベルが高いコワーキングスペースの選定",
     "入退室管理がしっかりしている（受付やICカードでの認証等）、ロッカーや個室があるなど、物理的に安全性の高いスペースを利用する。",
     "Choose a physically secure space", {{{1, 3}, {3, 1}}}, 2},
    {3, 2, "荷物の管理",
     "席を離れる際はPCや書類を必ず施錠・持ち歩く。貴重品や機密書類を長時間放置しない。",
     "Never leave devices and papers unattended", {{{1, 3}, {3, 1}}}, 2},
    {3, 3, "個室の確保",
     "オープンスペースではなく、個室や会議室を利用できる場合はそれらを優先して使用する。",
     "Prefer private rooms to the open space", {{{1, 1}, {1, 2}, {4, 1}}}, 3},
    {4, 1, "利用ルールの策定と周知徹底",
     "コワーキングスペース使用時のセキュリティルール、事故が発生した場合の連絡フロー、禁止行為などを社内規程として明文化し、定期的に周知する。",
     "Written rules for coworking, made known", {{{2, 1}, {2, 2}, {4, 2}}}, 3},
    {4, 2, "研修や啓発活動",
     "情報セキュリティ研修の一環として、コワーキングスペース利用時のリスクと対策を理解させる教育を実施する。",
     "Training on coworking risks", {{{2, 1}, {2, 2}, {4, 1}, {4, 2}}}, 4},
    {4, 3, "秘密保持契約（NDA）の管理",
     "自社従業員だけでなく、外部パートナーやフリーランスなどと一緒にコワーキングスペースを利用する場合、秘密保持契約の内容や遵守事項を明確化する。",
     "Non-disclosure agreements with partners", {{{2, 1}}}, 1},
    {5, 1, "業務の優先順位付けと代替策",
     "コワーキングスペースが利用不可となった場合に備え、自宅や別のオフィスの利用など、代替方法を整備する。",
     "Priorities and an alternative place to work", {{{3, 2}}}, 1},
    {5, 2, "データバックアップ",
     "ネットワーク障害や端末紛失・破損に備えて、クラウドストレージや社内サーバーへ定期的にデータをバックアップする。",
     "Regular backups", {{{3, 2}}}, 1},
    {5, 3, "緊急時対応マニュアル",
     "火災や停電、災害時などにコワーキングスペースが被害を受けた場合の連絡手段・業務継続方法をあらかじめ検討・文書化しておく。",
     "An emergency manual", {{{3, 2}}}, 1},
};

}  // namespace detail_coworking_user

/// The coworking-user catalog: 4 risk groups with 10 risks, 5 measure groups with 19 measures.
inline constexpr risk_catalog<4, 10, 5, 19> coworking_user_catalog{
    "coworking-user", std::to_array(detail_coworking_user::risk_groups),
    std::to_array(detail_coworking_user::risks), std::to_array(detail_coworking_user::groups),
    std::to_array(detail_coworking_user::measures)};

/// The tag that names coworking-user to the engine and the tools.
struct coworking_user_t : risk_tag<coworking_user_catalog> {};

/// Pass to evaluate() to rate a coworking-user assessment.
inline constexpr coworking_user_t coworking_user{};

}  // namespace teleworksec::catalogs
