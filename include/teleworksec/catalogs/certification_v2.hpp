#pragma once

// certification-v2: 「共同利用型オフィス セキュリティ認証プログラムについて」
// (Rev. 2.0, March 2021), source 001: the 情報セキュリティ監査 評価一覧, the
// 脆弱性診断 評価一覧, the two A–E grade tables and the 認証レベル table. Its
// answers are the coworking-v2 questions. Texts are verbatim; where the PDF
// extraction mangled a row, the comment says how we rebuilt it (README,
// Interpretations).

#include <cstddef>
#include <string_view>

#include "teleworksec/catalogs/coworking_v2.hpp"
#include "teleworksec/catalog_kind.hpp"
#include "teleworksec/certification.hpp"
#include "teleworksec/certification_rating.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/validate.hpp"

namespace teleworksec::catalogs {

namespace detail_certification_v2 {

constexpr auto R = mark::required;      // ●
constexpr auto P = mark::partial_ok;    // ▲
constexpr auto N = mark::not_assessed;  // -
constexpr auto basic = tier::basic;
constexpr auto advanced = tier::advanced;
constexpr auto network = check_area::network;
constexpr auto wifi = check_area::wifi;

// 001 情報セキュリティ監査：評価一覧 — {#, category, measure, 分類, ★, ★★, ★★★, 確認内容}.
constexpr audit_item_def audit_items[] = {
    {1, 1, 1, basic, {R, R, R}, "セキュリティポリシーの策定"},
    {2, 1, 2, basic, {R, R, R}, "利用規約の作成・利用者からの同意"},
    {3, 1, 3, basic, {R, R, R}, "事故発生対応マニュアルの整備"},
    {4, 1, 4, basic, {R, R, R}, "トレーニング・定期チェック"},
    {5, 1, 5, basic, {R, R, R}, "最新のセキュリティ情報の収集・確認"},
    {6, 2, 1, basic, {R, R, R}, "利用者の本人確認"},
    {7, 2, 2, basic, {R, R, R}, "個人情報の適切な管理"},
    {8, 2, 3, basic, {R, R, R}, "Webサイトの適切な管理"},
    {9, 2, 4, basic, {R, R, R}, "利用ログの取得・管理"},
    {10, 2, 5, advanced, {N, P, R}, "電子的な入退室管理システムの導入"},
    {11, 2, 6, advanced, {N, P, R}, "生体認証システムの導入"},
    {12, 2, 7, advanced, {N, P, R}, "会員区分の明確化"},
    {13, 3, 1, basic, {R, R, R}, "最新ファームウェアの適用"},
    {14, 3, 2, basic, {R, R, R}, "管理者パスワードの適切な設定"},
    {15, 3, 3, basic, {R, R, R}, "無線LANアクセスポイントの適切な設定"},
    {16, 3, 4, basic, {R, R, R}, "無線LANアクセスポイントのパスフレーズの設定と管理"},
    {17, 3, 5, basic, {R, R, R}, "利用者の端末間通信の禁止設定"},
    {18, 3, 6, basic, {R, R, R}, "業務用ネットワークとの分離"},
    {19, 3, 7, basic, {R, R, R}, "アクセスログの適切な管理"},
    {20, 3, 8, advanced, {N, P, R}, "高度なセキュリティの導入"},
    // Rows 21–26 are mangled in the extraction: row 21 keeps only its ★ mark
    // (●); its ★★/★★★ marks are lost. Like every other 基本対策 row it is ● ● ●.
    // Rows 22–26 lost their category and 分類 cells; the marks and 確認内容
    // survive, and 対策①–⑥ of category 4 place them.
    {21, 4, 1, basic, {R, R, R}, "最新ファームウェアの適用"},
    {22, 4, 2, basic, {R, R, R}, "管理者パスワードの適切な設定"},
    {23, 4, 3, basic, {R, R, R}, "機器設定の確認"},
    {24, 4, 4, basic, {R, R, R}, "複合機のインターネット接続の禁止"},
    {25, 4, 5, basic, {R, R, R}, "複合機に蓄積されたデータの消去"},
    {26, 4, 6, advanced, {N, P, R}, "IDカードやパスワードによる複合機の出力管理"},
    {27, 5, 1, basic, {R, R, R}, "インストールされたソフトウェアの最新化"},
    {28, 5, 2, basic, {R, R, R}, "環境設定の初期化・復元"},
    {29, 5, 3, advanced, {N, P, R}, "のぞき見防止フィルタ"},
    {30, 6, 1, basic, {R, R, R}, "オンライン（Web）会議等の音声利用のための場所の確保"},
    {31, 6, 2, advanced, {N, P, R}, "スマートロッカーの導入"},
    {32, 6, 3, advanced, {N, P, R}, "シュレッダー、溶解BOXの導入"},
};

// 001 脆弱性診断：評価一覧 — {no, area, ★, ★★, ★★★, group, subject, 検査方法, title}.
// Network checks 1–27, then Wi-Fi checks 28–32, in table order.
constexpr check_def checks[] = {
    {1, network, {P, R, R}, "ホストのスクリーン", "ポートスキャン",
     "TCP全ポートに対するポートスキャンにより、ホストの応答を確認する", "TCP port scan"},
    {2, network, {P, R, R}, "ホストのスクリーン", "実行中のサービスの検出",
     "バナー情報などからソフトウェアバージョンを検知する バージョンに存在する脆弱性を調査する",
     "Service and version detection"},
    {3, network, {N, P, R}, "ネットワークサービスの脆弱性", "DNSに関する調査",
     "再帰問い合わせの可否を確認する", "DNS recursion"},
    {4, network, {N, P, R}, "ネットワークサービスの脆弱性", "DNSに関する調査",
     "DNSゾーン転送の可否を確認する", "DNS zone transfer"},
    {5, network, {N, P, R}, "ネットワークサービスの脆弱性", "メールサーバに関する調査",
     "メールサーバでの第三者中継の可否を確認する", "Mail open relay"},
    {6, network, {N, P, R}, "ネットワークサービスの脆弱性", "メールサーバに関する調査",
     "VRIFYコマンド、EXPNコマンドの可否を確認する", "SMTP VRFY/EXPN"},
    {7, network, {N, P, R}, "ネットワークサービスの脆弱性", "FTPに関する調査",
     "anonymousユーザの許可・権限を確認する", "Anonymous FTP"},
    {8, network, {N, P, R}, "ネットワークサービスの脆弱性", "FTPに関する調査",
     "インターネット経由でのアクセス可否を確認する", "FTP reachable from the internet"},
    {9, network, {N, P, R}, "ネットワークサービスの脆弱性",
     "Windowsネットワークサービスに関する調査", "システム・ユーザ情報の取得可否を確認する",
     "Windows system and user information"},
    {10, network, {N, P, R}, "ネットワークサービスの脆弱性",
     "Windowsネットワークサービスに関する調査", "Nullセッション接続の可否を確認する",
     "Null sessions"},
    // Rows 11–13 lost a leading cell in the extraction, shifting them one column
    // left; their marks (- ▲ ●) are intact. SNMP and SSH stand under
    // ネットワークサービスの脆弱性 like the DNS, mail, FTP and Windows rows,
    // and so does the database row 14, which kept its cells.
    {11, network, {N, P, R}, "ネットワークサービスの脆弱性", "SNMPに関する調査",
     "SNMPによるシステム情報の取得可否を確認する", "SNMP system information"},
    {12, network, {N, P, R}, "ネットワークサービスの脆弱性", "SNMPに関する調査",
     "デフォルトコミュニティ名 (public,private)による接続可否を確認する",
     "SNMP default communities"},
    {13, network, {N, P, R}, "ネットワークサービスの脆弱性", "SSHサーバに関する調査",
     "パスワード認証が許可されていないか確認する", "SSH password authentication"},
    {14, network, {N, P, R}, "ネットワークサービスの脆弱性", "データベースサーバに関する調査",
     "インターネット経由でのアクセス可否を確認する", "Database reachable from the internet"},
    {15, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "サポートするHTTPメソッドを確認する", "HTTP methods"},
    {16, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "TRACE/TRACKのサポート有無を確認する", "HTTP TRACE/TRACK"},
    {17, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "Apache系のExpectヘッダXSS有無を確認する", "Apache Expect header XSS"},
    {18, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "Apache系の403エラー-UTF7XSS有無を確認する", "Apache 403 UTF-7 XSS"},
    {19, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "IISのレスポンスヘッダによる内部IPアドレス開示有無を確認する",
     "IIS internal IP disclosure"},
    {20, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "SSL証明書の正当性を確認する", "TLS certificate validity"},
    // Rows 21–22 lost their group cells in the extraction; they continue the
    // Webサーバの脆弱性 rows above.
    {21, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "SSLv2サポートの有無を確認する", "SSLv2 support"},
    {22, network, {N, P, R}, "Webサーバの脆弱性", "Webサーバの脆弱性",
     "弱い暗号化方式の使用可否を確認する", "Weak TLS ciphers"},
    {23, network, {P, R, R}, "各種OSの脆弱性", "Windowsの既知の脆弱性",
     "バージョン・得られたシステム情報より、未適用パッチを特定する",
     "Missing Windows patches"},
    {24, network, {P, R, R}, "各種OSの脆弱性", "その他各種OSの既知の脆弱性",
     "バージョン情報より既知の脆弱性を特定する", "Known vulnerabilities of other OSes"},
    {25, network, {N, P, R}, "悪意あるソフトウェア", "バックドアの調査",
     "バックドアの可能性が高い、非標準ポートで動作しているサービスを確認する", "Backdoors"},
    {26, network, {N, P, R}, "悪意あるソフトウェア", "P2Pソフトウェアの調査",
     "P2Pソフトウェアが動作していないか確認する", "P2P software"},
    {27, network, {P, R, R}, "ネットワーク機器の脆弱性", "各種ネットワーク機器の既知の脆弱性",
     "機器が特定できた場合、既知の脆弱性を確認する",
     "Known vulnerabilities of network devices"},
    {28, wifi, {P, R, R}, "アクセスポイントのスクリーン",
     "SSIDをブロードキャストしているアクセスポイントの検出",
     "診断地点にてビーコン信号を発信しているアクセスポイントを検出する",
     "Broadcasting access points"},
    {29, wifi, {N, P, R}, "アクセスポイントのスクリーン", "アクセスポイントの調査",
     "検出されたアクセスポイントを管理下・非管理を確認する", "Managed or rogue access points"},
    {30, wifi, {P, R, R}, "アクセスポイントのスクリーン", "電波到達範囲の調査",
     "検出されたアクセスポイントを敷地内外における電波到達範囲を確認する", "Radio coverage"},
    {31, wifi, {P, R, R}, "アクセスポイントの脆弱性", "脆弱な設定のアクセスポイントの調査",
     "無線通信の暗号強度を診断し、open、WEP等を使用しているセキュリティを弱める脆弱な設定の"
     "アクセスポイントを確認する ※WPAはWEPの弱点に対応し、鍵生成、鍵交換、改ざん検知の仕組みを"
     "組み込み改良した方式のため本検査における脆弱性として指摘対象外",
     "Weak access point encryption"},
    {32, wifi, {N, P, R}, "アクセスポイントの脆弱性", "アクセスポイントへの侵入試行",
     "非管理のアクセスポイントが内部ネットワークに接続されているか確認する",
     "Access point intrusion attempt"},
};

// 001 情報セキュリティ監査 — {レベル, リスク, 説明}.
constexpr grade_def audit_grades[] = {
    {grade::A, "無", "堅牢な情報セキュリティ対策が実施されており、リスク発生する可能性は低い"},
    {grade::B, "低",
     "情報資産・個人情報管理とネットワーク対策の見直しを継続することで、リスク発生を防止できる"},
    {grade::C, "中",
     "リスク発生の可能性があり、利用者への注意喚起と定期的にネットワーク検査を行いリスク把握と"
     "対策が必要"},
    {grade::D, "高", "リスク発生する可能性が非常に高く、基本対策に基づき組織的に対策構築が必要"},
    {grade::E, "緊急", "ガイドラインに基づき、セキュリティポリシーや規約の策定、体制整備から対応が必要"},
};

// 001 脆弱性診断 — {レベル, リスク, 説明}.
constexpr grade_def diagnosis_grades[] = {
    {grade::A, "無", "セキュアな状態：ガイドライン準拠"},
    {grade::B, "低", "将来的に改修が推奨される状態：直接的にシステム侵入につながらないリスク"},
    {grade::C, "中", "将来的に改修が必要な状態：システム停止やシステム設定情報の漏洩リスク"},
    {grade::D, "高",
     "改修が必要な状態：システム侵入やページ改ざん、機密情報や個人情報情報の漏洩リスク"},
    {grade::E, "緊急", "早急に改修が必要な状態：システム侵入やページ改ざん、情報漏洩につながる指摘事項"},
};

// 001 認証レベルの付与 — {stars, 評価, English, リスク, 説明, audit grade at most,
// diagnosis grade at most, column}. The table names one grade per level
// (★★★ 「B」「B」, ★★ 「C」「C」); we read each as "this grade or better", as
// ★★★★ 「A」「A」「B」 suggests. The columns ★ / ★★ / ★★★ of the 評価一覧 tables
// are the requirements of ★★ / ★★★ / ★★★★.
constexpr level_def levels[] = {
    {4, "信頼", "Trusted", "低",
     "ガイドライン準拠以上の高度な情報セキュリティ対策が構築されており、利用者が信頼してテレワークが"
     "可能",
     grade::A, grade::B, column::three_stars},
    {3, "安全", "Safe", "中",
     "基本対策に適合した情報セキュリティ対策が実装されているが潜在しているリスクの確認と対策向上に"
     "より安全",
     grade::B, grade::B, column::two_stars},
    {2, "安心", "Reassuring", "注意",
     "基本対策の一部に適合した情報セキュリティ対策が実装されているが利用者は注意してテレワークを"
     "行う必要がある",
     grade::C, grade::C, column::one_star},
    // 認証レベル 「認証不可 認証には是正が必要」, 評価 「注意」, grades 「D」「E」: grants nothing.
    {0, "認証不可", "Not certifiable", "高",
     "サイバー攻撃や内部不正によるリスク発生の可能性が非常に高く、テレワーク環境の提供に不適合",
     grade::E, grade::E, column::one_star},
};

}  // namespace detail_certification_v2

/// The certification-v2 tables, texts included.
inline constexpr auto certification_v2_program = make_program(
    detail_certification_v2::audit_items, detail_certification_v2::checks,
    detail_certification_v2::audit_grades, detail_certification_v2::diagnosis_grades,
    detail_certification_v2::levels);

static_assert(validate_program<coworking_v2_checklist, certification_v2_program>());

/// The text-free tables of certification-v2 that the engine reads.
inline constexpr auto certification_v2_scoring = make_scoring(certification_v2_program);

/// The certification-v2 catalog: coworking-v2 answers audited with 001's
/// table, plus the 32 diagnosis checks, rated to a level.
struct certification_v2_t {
  static constexpr std::string_view id = "certification-v2";
  static constexpr const auto& checklist = coworking_v2_checklist;
  static constexpr const auto& checklist_scoring = coworking_v2_scoring;
  static constexpr const auto& program = certification_v2_program;
  static constexpr const auto& program_scoring = certification_v2_scoring;
  static constexpr std::size_t check_count = decltype(certification_v2_program)::check_count;
  using program_catalog = certification_v2_t;
  using default_rules = certification_rules;
  static constexpr catalog_kind kind = catalog_kind::certification;
  static constexpr std::size_t item_count = decltype(coworking_v2_checklist)::question_count;
  static constexpr const auto& facts = checklist.facts;
};

/// Pass to evaluate() to rate a certification assessment.
inline constexpr certification_v2_t certification_v2{};

}  // namespace teleworksec::catalogs
