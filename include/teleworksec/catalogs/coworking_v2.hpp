#pragma once

// coworking-v2: 「共同利用型オフィス等で備えたいセキュリティ対策について（第2版）」
// (Japan Telework Association / Secure IoT Platform Consortium, March 2021),
// source 000. The questions are its closing (参考) チェックシート, verbatim and
// in order; a question's number within its measure is its position here.
// Conditions are the facts of SPEC §2; the evidence kinds are our reading of
// what can show the answer (README, Interpretations).

#include <string_view>

#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/certification_rating.hpp"
#include "teleworksec/checklist.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/validate.hpp"

namespace teleworksec::catalogs {

namespace coworking_facts {
inline constexpr fact_set membership = fact(0);
inline constexpr fact_set handles_personal_info = fact(1);
inline constexpr fact_set website = fact(2);
inline constexpr fact_set registration_website = fact(3);
inline constexpr fact_set wifi = fact(4);
inline constexpr fact_set shared_wifi_passphrase = fact(5);
inline constexpr fact_set multiple_aps_or_wired = fact(6);
inline constexpr fact_set network_printers = fact(7);
inline constexpr fact_set network_ops_outsourced = fact(8);
inline constexpr fact_set connected_devices = fact(9);
inline constexpr fact_set mfp = fact(10);
inline constexpr fact_set mfp_storage_features = fact(11);
inline constexpr fact_set rental_pcs = fact(12);
inline constexpr fact_set rental_pc_free_software = fact(13);
inline constexpr fact_set shared_rental_pcs = fact(14);
inline constexpr fact_set web_meetings = fact(15);
}  // namespace coworking_facts

namespace detail_coworking_v2 {

using namespace coworking_facts;
constexpr auto doc = evidence_of(evidence_kind::document);
constexpr auto rec = evidence_of(evidence_kind::record);
constexpr auto cfg = evidence_of(evidence_kind::configuration);
constexpr auto scan = evidence_of(evidence_kind::scan_report);
constexpr auto intv = evidence_of(evidence_kind::interview);
constexpr auto obs = evidence_of(evidence_kind::observation);
constexpr auto basic = tier::basic;
constexpr auto advanced = tier::advanced;

// The facility facts of SPEC §2; the ids are part of the file format.
constexpr fact_def facts[] = {
    {"membership", "会員制", "members-only facility"},
    {"handles_personal_info", "個人情報を取り扱う", "handles personal information"},
    {"website", "Webサイトを運営する", "operates a website"},
    {"registration_website", "利用登録・個人情報入力をWebサイトで行う", "takes registrations or personal data on a website"},
    {"wifi", "無線LANアクセスポイントを提供", "provides Wi-Fi access points"},
    {"shared_wifi_passphrase", "不特定多数に同じパスフレーズを公開・提供", "gives one passphrase to everyone"},
    {"multiple_aps_or_wired", "複数のAPまたは有線アクセスを提供", "several access points or wired access"},
    {"network_printers", "無線LAN対応プリンタ・ネットワーク対応複合機を利用", "network printers or multifunction printers on the user network"},
    {"network_ops_outsourced", "ネットワーク機器の運用を委託", "network operation outsourced"},
    {"connected_devices", "複合機・防犯カメラ等のネットワーク接続機器がある", "connected devices (printers, cameras, …)"},
    {"mfp", "複合機がある", "has a multifunction printer"},
    {"mfp_storage_features", "複合機に蓄積データの暗号化・消去機能がある", "printer can encrypt or erase stored data"},
    {"rental_pcs", "レンタルPCを提供", "lends PCs"},
    {"rental_pc_free_software", "レンタルPCでフリーソフトを使う", "free software on rental PCs"},
    {"shared_rental_pcs", "レンタルPCを複数利用者で共用", "rental PCs shared between users"},
    {"web_meetings", "オンライン会議可能とサービス表記", "advertises online meetings"},
};

// 000 チェックシート, category headings.
constexpr category_def categories[] = {
    {1, "管理体制(セキュリティポリシー・トレーニング等)", "Governance (security policy, training)"},
    {2, "入退室管理・利用者情報", "Entry control and user information"},
    {3, "ネットワーク機器(無線 LAN アクセスポイント・ルーター等)", "Network equipment (Wi-Fi access points, routers)"},
    {4, "ネットワーク接続機器(複合機・防犯カメラ等)", "Connected devices (multifunction printers, cameras)"},
    {5, "レンタルPC", "Rental PCs"},
    {6, "物理設備(ロッカー等)", "Physical facilities (lockers)"},
};

// 000 チェックシート, 対策 headings; 基本対策 / 応用対策 from its Y/N columns.
constexpr measure_def measures[] = {
    {1, 1, basic, "セキュリティポリシーの策定", "Security policy"},
    {1, 2, basic, "利用規約の策定・利用者からの同意", "Terms of use and user consent"},
    {1, 3, basic, "事故発生対応マニュアルの整備", "Incident response manual"},
    {1, 4, basic, "トレーニング・定期チェック", "Staff training and periodic review"},
    {1, 5, basic, "最新のセキュリティ情報の収集・確認", "Security advisories"},
    {2, 1, basic, "利用者の本人確認", "User identity verification"},
    {2, 2, basic, "個人情報の適切な管理", "Personal data handling"},
    {2, 3, basic, "Web サイトの適切な管理", "Website security"},
    {2, 4, basic, "利用ログの取得・管理", "Usage logs"},
    {2, 5, advanced, "電子的な入退出管理システムの導入", "Electronic entry control"},
    {2, 6, advanced, "生体認証システムの導入", "Biometric authentication"},
    {2, 7, advanced, "会員区分の明確化", "Member and guest classes"},
    {3, 1, basic, "最新のファームウェアの適用", "Network equipment firmware"},
    {3, 2, basic, "管理者パスワードの適切な設定", "Network equipment admin passwords"},
    {3, 3, basic, "無線 LAN アクセスポイントの適切な設定", "Wi-Fi access point settings"},
    {3, 4, basic, "無線 LAN アクセスポイントのパスフレーズの設定と管理", "Wi-Fi passphrase management"},
    {3, 5, basic, "利用者の端末間通信の禁止設定", "Client isolation"},
    {3, 6, basic, "業務用ネットワークとの分離", "Separation from the business network"},
    {3, 7, basic, "アクセスログの適切な管理", "Access log handling"},
    {3, 8, advanced, "高度なセキュリティの導入", "Advanced network security"},
    {4, 1, basic, "最新のファームウェアの適用", "Connected device firmware"},
    {4, 2, basic, "管理者パスワードの適切な設定", "Connected device admin passwords"},
    {4, 3, basic, "機器設定の確認", "Connected device settings"},
    {4, 4, basic, "複合機のインターネット接続の禁止", "No internet exposure of multifunction printers"},
    {4, 5, basic, "複合機に蓄積されたデータの消去", "Erasing data stored in multifunction printers"},
    {4, 6, advanced, "ID カードやパスワードによる複合機の出力管理", "Print release by ID card or password"},
    {5, 1, basic, "インストールされたソフトウェアの最新化", "Rental PC software up to date"},
    {5, 2, basic, "環境設定の初期化・復元", "Rental PC reset between users"},
    {5, 3, advanced, "のぞき見防止フィルタ", "Privacy filters"},
    {6, 1, basic, "オンライン会議等の音声利用のための場所の確保", "Space for online meetings"},
    {6, 2, advanced, "スマートロッカーの導入", "Smart lockers"},
    {6, 3, advanced, "シュレッダー、溶解 BOX の導入", "Shredders and disposal boxes"},
};

// 000 チェックシート, every Y/N question in order:
// {category, measure, condition, evidence that can support a yes, text}.
constexpr question_def questions[] = {
    // 1.1.1
    {1, 1, always, doc,
     "共同利用型オフィス等におけるセキュリティに関する考え方や方針、セキュリティを確保するための体制など、運用規定を明文化したセキュリティポリシー(セキュリティに関する基本方針)を策定していますか?"},
    // 1.1.2
    {1, 1, always, doc|intv,
     "セキュリティポリシーに沿った運営を行うため、セキュリティに関する責任者や担当組織(担当者)を明確にしていますか?"},
    // 1.1.3
    {1, 1, always, doc|obs,
     "利用者に対してセキュリティポリシーを必要な範囲で明示していますか?"},
    // 1.2.1
    {1, 2, always, doc,
     "共同利用型オフィス等を利用者が利用する際の規約を策定していますか?"},
    // 1.2.2
    {1, 2, always, rec|doc,
     "会員登録や利用申請時に、利用規約への同意書に明示的に同意(サイン等)いただき、ルールに基づいた利用を徹底していますか?"},
    // 1.3.1
    {1, 3, always, doc,
     "事故発生時の具体的対応を記したマニュアル(事故発生時に必要となる緊急連絡先一覧を含む)を整備していますか?"},
    // 1.4.1
    {1, 4, always, rec|intv,
     "共同利用型オフィス等運営事業者の従業員に対し、研修等のトレーニングを実施し、「セキュリティポリシー」及び「事故発生対策マニュアル」の内容を周知・徹底させていますか?"},
    // 1.4.2
    {1, 4, always, rec|doc,
     "「セキュリティポリシー」及び「事故発生対策マニュアル」の実施状況、遵守状況、理解度等について定期的にチェックを行い、必要に応じて改定を行うなど、継続的なセキュリティ確保のための PDCA サイクルを確立していますか?"},
    // 1.5.1
    {1, 5, always, rec|intv,
     "セキュリティに関する責任者や担当組織(担当者)は、最新のサイバーセキュリティ情報(使用する機器の製造ベンダーや IPA(情報処理推進機構)などから発信される注意喚起等)を常に収集し、必要に応じた対策を実施していますか?"},
    // 2.1.1
    {2, 1, always, doc|rec|obs,
     "写真付き身分証明書(マイナンバーカード、運転免許証、パスポートなど)による本人確認を行った上で、利用登録を行っており、また、利用登録をした者以外は入室・利用ができないよう措置していますか？"},
    // 2.2.1
    {2, 2, handles_personal_info, doc|rec,
     "個人情報を取り扱う場合には、個人情報保護方針を定め公表し、具体的な個人情報の取扱い方法について、管理運用ルールとして明文化し、徹底していますか？"},
    // 2.3.1
    {2, 3, registration_website, cfg|scan|obs,
     "Web サイトにおいて利用登録をはじめ個人情報の入力等を行う場合には、TLS(https)通信を行っていますか？"},
    // 2.3.2
    {2, 3, website, doc|scan,
     "Web サイト構築に当たっては、「安全なウェブサイトの作り方」及び「TLS 暗号設定ガイドライン」を遵守していますか？"},
    // 2.4.1
    {2, 4, always, rec|cfg,
     "事故発生時の追跡可能性を確保するため、利用ログ(利用者、利用時間、利用リソースなど)を取得し、外部に漏えい等することのないよう適切に保存・管理していますか？"},
    // 2.5.1
    {2, 5, membership, cfg|obs|doc,
     "(会員制の場合)IC カード型やスマートフォンアプリ型会員証など電子的に入退出の管理ができるシステムを導入し、部外者を入場させない仕組みを導入しており、会員証に格納されている鍵に対して、有効期間の設定及び定期的な更新の仕組みや紛失時に即座に機能を失効させる仕組みを実装していますか？"},
    // 2.5.2
    {2, 5, membership, cfg|obs,
     "(会員制の場合)会員証による認証に加えて、ユーザーが記憶する暗証番号の入力を組み合わせるなど、多要素認証を採用している。"},
    // 2.6.1
    {2, 6, always, obs|cfg,
     "静脈認証、指紋認証、虹彩認証など生体情報を使った認証システムを導入していますか？"},
    // 2.7.1
    {2, 7, membership, doc,
     "(会員制の場合)会員とゲスト利用のユーザー区分を行い、それぞれの利用規約を明確にしていますか？"},
    // 3.1.1
    {3, 1, always, cfg|rec|scan,
     "ネットワーク構築時及び運用時のいずれにおいても、ネットワーク機器にセキュリティ脆弱性がないよう、ファームウェアを常に最新の状態にしていますか？"},
    // 3.1.2
    {3, 1, always, rec|doc,
     "ファームウェアアップデートを提供する期間を過ぎたネットワーク機器を使用しないようにしていますか？"},
    // 3.2.1
    {3, 2, always, cfg|scan,
     "ネットワーク機器の設定を変更するための管理者パスワードについて、未設定や工場出荷時のデフォルト設定のままにせず、第三者に推測されにくい複雑なパスワードに変更していますか？"},
    // 3.2.2
    {3, 2, always, rec|doc,
     "ネットワーク機器の設定を変更するための管理者パスワードについて、当該パスワードを知る人物が異動・退職するなどした場合に、速やかに変更していますか？"},
    // 3.3.1
    {3, 3, wifi, cfg|scan,
     "無線 LAN アクセスポイントを利用する場合、無線 LAN のセキュリティ方式として(WEP や WPA ではなく)WPA2 又は WPA3 を設定していますか？"},
    // 3.3.2
    {3, 3, wifi, cfg|scan|obs,
     "無線 LAN アクセスポイントの電波について、共同利用型オフィス等の外に漏れる電波を最小限にするため、適切な電波強度で利用していますか？"},
    // 3.4.1
    {3, 4, wifi, cfg,
     "無線 LAN アクセスポイントの暗号化のためのパスフレーズ(WPA2/WPA3 による暗号化の際に利用するパスワード)について、第三者に推測されにくい複雑なもの(管理者パスワードとは全く別のもの)を設定していますか？"},
    // 3.4.2
    {3, 4, wifi, doc|obs|intv,
     "無線 LAN アクセスポイントの暗号化のためのパスフレーズ(WPA2/WPA3 による暗号化の際に利用するパスワード)について、利用者のみが知ることができる方法を徹底し、広く多数が知りうるようなないようにしていますか？ (例) ・受付の際に、身元確認した上でパスフレーズ情報を伝える。 ・正規の会員だけ通知を受けることができる方法で公開する。 (登録アドレスへのメール、パスフレーズで管理された会員サイトでの公開など)"},
    // 3.4.3
    {3, 4, wifi | shared_wifi_passphrase, rec|cfg,
     "(不特定多数に対して同じパスワードを公開・提供している場合)無線 LAN アクセスポイントの暗号化のためのパスワード(WPA2/WPA3による暗号化の際に利用するパスワード)について、一定の頻度(例:毎月)で更新するなど、共同利用型オフィス等を利用しなくなった者がパスワードを知りうる機会を可能な限り低減させていますか?"},
    // 3.5.1
    {3, 5, always, cfg|scan,
     "利用者が別の利用者の端末にアクセスできないように設定していますか? (無線 LAN アクセスポイントを利用している場合には、「ネットワーク分離機能」や「プライバシーセパレーター機能」と呼ばれる設定を有効にすることで、同一の無線 LAN アクセスポイントに接続している端末同士の通信を禁止する。)"},
    // 3.5.2
    {3, 5, multiple_aps_or_wired, cfg|scan,
     "(複数の無線 LAN アクセスポイントを利用している場合や有線でのアクセスを提供している場合)接続されるスイッチやルーターにおいて、特定のポート間通信の禁止等を設定していますか?"},
    // 3.5.3
    {3, 5, network_printers, cfg,
     "無線 LAN 対応プリンタやネットワーク対応複合機を利用する場合には、それらの機器に対してネットワーク構成を適切に設定していますか?"},
    // 3.6.1
    {3, 6, always, cfg|scan|doc,
     "利用者に開放するネットワークは、業務システムとは独立して設置するか、仮想的にネットワークを分離する技術である VLAN の導入により、安全に分離していますか?"},
    // 3.7.1
    {3, 7, always, cfg|doc,
     "アクセスログを記録する際は、ネットワーク機器にトラブルが発生した際の把握や利用者からの問合せ対応等、業務上の必要性に照らして最小限の記録に留めていますか?"},
    // 3.7.2
    {3, 7, always, doc|rec,
     "記録・保存したアクセスログは、利用者の同意なくマーケティング等の目的に使うことや、第三者に提供することなどがないように、十分注意して取り扱っていますか?"},
    // 3.7.3
    {3, 7, network_ops_outsourced, doc|rec,
     "(ネットワーク機器の運用を事業者に委託している場合)アクセスログの記録内容や保存期間等を把握しておき、問い合わせがあった場合の対応方法を委託先事業者と確認していますか?"},
    // 3.7.4
    {3, 7, always, cfg,
     "ネットワーク機器が正しく時刻設定されていますか? (ntp 等による自動的な時刻合わせが可能な機器についてはその設定を実施する。)"},
    // 3.8.1
    {3, 8, wifi, cfg|scan,
     "無線 LAN アクセスポイントと接続端末等について、電子証明書等を活用して相互に認証を行い、無線 LAN アクセスポイントのなりすましや許可されていない端末の接続を制限していますか？"},
    // 3.8.2
    {3, 8, wifi, cfg,
     "無線 LAN アクセスポイントに対し、MAC アドレスのフィルタリング設定を行い、許可されていない端末の接続を制限していますか？"},
    // 3.8.3
    {3, 8, always, cfg|doc,
     "共同利用型オフィス等運営事業者が業務で利用するサーバー等へのアクセスについて、アカウント管理を厳重に行うとともに、多要素認証の仕組みを導入するなど、不正アクセスのリスクを軽減していますか？"},
    // 3.8.4
    {3, 8, always, cfg|rec|doc,
     "ネットワークへの接続状況の可視化を行い、接続機器を乗っ取りや遠隔操作などから守るサービスや製品を利用していますか？ (機能例) ・接続される機器の正当性の確認 ・新しい機器が接続された時に通知し、認識していない機器は接続を切断 ・マルウェア感染のおそれがあるサイトやフィッシングサイトへのアクセスを制限 ・ネットワークに接続される機器の安全性診断を実施"},
    // 4.1.1
    {4, 1, connected_devices, cfg|rec|scan,
     "ネットワーク構築時及び運用時のいずれにおいても、ネットワーク接続機器にセキュリティ脆弱性がないよう、ファームウェアを常に最新の状態にしていますか？"},
    // 4.1.2
    {4, 1, connected_devices, rec|doc,
     "ファームウェアアップデートを提供する期間を過ぎたネットワーク接続機器を使用しないようにしていますか？"},
    // 4.2.1
    {4, 2, connected_devices, cfg|scan,
     "ネットワーク接続機器の設定を変更するための管理者パスワードについて、未設定や工場出荷時のデフォルト設定のままにせず、第三者に推測されにくい複雑なパスワードに変更していますか？"},
    // 4.2.2
    {4, 2, connected_devices, rec|doc,
     "ネットワーク接続機器の設定を変更するための管理者パスワードについて、当該パスワードを知る人物が異動・退職するなどした場合に、速やかに変更していますか？"},
    // 4.3.1
    {4, 3, connected_devices, cfg|rec,
     "機器にアクセスできる者の範囲など、機器設定が意図したものとなっているか十分に確認を行っていますか？"},
    // 4.4.1
    {4, 4, mfp, cfg|scan|doc,
     "複合機は、原則として外部ネットワーク(インターネット)に接続せず、接続する必要がある場合にも、グローバル IP アドレスを直接割り当てることは避けるとともに、ファイアウォール等を設置した上で接続 IP アドレスを制限するなど、厳重なセキュリティ対策を実施していますか？"},
    // 4.5.1
    {4, 5, mfp | mfp_storage_features, cfg,
     "複合機の内蔵記録装置(ハードディスク等)に保存された入出力データについて、「暗号化」や「消去(一定時間後の自動消去を含む。)」機能がある場合にはこれを有効にしていますか？"},
    // 4.5.2
    {4, 5, mfp, doc|obs,
     "複合機の利用に当たってのデータ取扱いに関し、利用者に適切に周知していますか？"},
    // 4.6.1
    {4, 6, mfp, cfg|obs,
     "ID カードやパスワード入力による出力制御の仕組みの導入をしていますか？"},
    // 5.1.1
    {5, 1, rental_pcs, cfg|rec|scan,
     "レンタル PC の OS 及びアプリケーションについては、サポート期限の切れた製品を利用せず、また、アップデートを行い常に最新の状態にしていますか？"},
    // 5.1.2
    {5, 1, rental_pcs, cfg,
     "OS 標準のセキュリティ設定(例:ファイアウォール、マルウェア検知等)について、共同利用型オフィス等のネットワーク環境を踏まえ適切な設定を行っていますか？"},
    // 5.1.3
    {5, 1, rental_pcs | rental_pc_free_software, rec|doc,
     "フリーソフトを使用する場合には、そのソフトの信頼性やセキュリティ脆弱性について十分に確認した上で、必要最低限のもののみインストールしていますか？"},
    // 5.2.1
    {5, 2, rental_pcs | shared_rental_pcs, rec|doc|cfg,
     "(複数の利用者でレンタル PC を共用する場合)環境設定の初期化・復元を行った上で貸し出しを行っていますか？"},
    // 5.3.1
    {5, 3, rental_pcs, obs,
     "レンタル PC にはのぞき見防止フィルタが付けられていますか？"},
    // 6.1.1
    {6, 1, web_meetings, obs,
     "(オンライン(Web)会議可能とサービス表記する場合)時間貸しの個室や会議室、ブース型等の防音設備などを整備していますか？"},
    // 6.2.1
    {6, 2, always, obs,
     "IC カード型会員証やスマートフォンで閉・開錠可能なスマートロッカーを設置していますか？"},
    // 6.3.1
    {6, 3, always, obs,
     "不要となった機密書類やメディアを安全に廃棄するためのシュレッダーや溶解 BOX を設置していますか？"},
};

}  // namespace detail_coworking_v2

/// The coworking-v2 checklist data, texts included.
inline constexpr auto coworking_v2_checklist = make_checklist(
    "coworking-v2", detail_coworking_v2::facts, detail_coworking_v2::categories,
    detail_coworking_v2::measures, detail_coworking_v2::questions);

static_assert(validate_checklist<coworking_v2_checklist>());

/// The text-free tables of coworking-v2 that the engine reads.
inline constexpr auto coworking_v2_scoring = make_scoring(coworking_v2_checklist);

struct certification_v2_t;

/// The coworking-v2 catalog: the checklist alone. It has no diagnosis; its
/// answers are rated with certification-v2's audit table (SPEC §7), so its
/// results give the audit grade and an indicative level.
struct coworking_v2_t {
  static constexpr std::string_view id = "coworking-v2";
  static constexpr const auto& checklist = coworking_v2_checklist;
  static constexpr const auto& checklist_scoring = coworking_v2_scoring;
  static constexpr std::size_t check_count = 0;
  using program_catalog = certification_v2_t;
  using default_rules = certification_rules;
  static constexpr catalog_kind kind = catalog_kind::certification;
  static constexpr std::size_t item_count = decltype(coworking_v2_checklist)::question_count;
  static constexpr const auto& facts = checklist.facts;
};

/// Pass to evaluate() to rate a checklist-only assessment.
inline constexpr coworking_v2_t coworking_v2{};

}  // namespace teleworksec::catalogs

// The program that rates coworking-v2 answers; it includes this header first.
#include "teleworksec/catalogs/certification_v2.hpp"  // IWYU pragma: export
