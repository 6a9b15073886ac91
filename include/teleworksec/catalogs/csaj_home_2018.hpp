#pragma once

// csaj-home-2018: 「中小企業でのIT利活用によるテレワーク実現に向けたガイドライン（在宅勤務編）」
// (一般社団法人コンピュータソフトウェア協会 (CSAJ) 働き方改革研究会, March 2018),
// source 003. Every policy statement of its sections 5–10 (在宅勤務におけるセキュリティ
// ポリシー), verbatim and in document order, under the innermost numbered
// heading that holds it; a statement's number within its section is its
// position here (csaj-home-2018/<section>.<n>, SPEC §2).
//
// Sections 5–8: a statement is a sentence the source ends with (遵守事項),
// (推奨事項) or (許容事項) (SHALL / SHOULD / MAY, §4.7); the tag is not part of
// the text, and title_ja is the lead phrase the statements stand under. One
// untagged sentence (5.2.4.1) is read as SHALL; see its comment.
// Sections 9 (規程) and 10 (教育) carry no tags. Their statements are the
// requirement sentences and the numbered clauses of the 規程例 articles (the
// document offers these as usable rule text, §4.9); title_ja is the article
// (第〇条(…)) a clause belongs to. Each level there is our reading of the
// wording by §4.7 (するものとする/しなければならない/してはならない → SHALL,
// すべきである/望ましい/推奨する → SHOULD, してもよい/できる → MAY; plain
// imperatives 〜する/〜させる → SHALL, as the group's opening sentence says
// 「以下の要件を満たさなければならない」); the comment of each gives the words
// read. A statement with several modal verbs takes the strongest.
// Sections 10.2–10.4 lost their headings in the body of the extraction; their
// text (the heading is the requirement) is taken from the table of contents or,
// for 10.4, from a product table (セキュリティポリシー関連項目), which quotes it whole.
//
// Texts are byte for byte as in the extraction, stray spaces and misprints
// included (e.g. 「Administrtor」, 「Flush」, 「3869」 for the RDP port 3389,
// 「クレデンシャルー式」 for 一式); where a page break splits a sentence, the
// parts are joined without the break, and where a statement runs over several
// paragraphs (5.2.3.2, 9.1.5) they are joined by one "\n".
//
// checklist_no: the number of the document's セキュリティチェックリスト item (the
// 別表 itself is not in the text; the numbers come from the 事例紹介 and product
// tables, 「30【貸与端末】…」). An item that covers a whole section (22, 24, 25)
// or two sections (46) is set on each of their statements. Not set: 21 (9.3 as
// a whole), 43 (same label as 46, a misprint of it by our reading).

#include <array>
#include <cstdint>

#include "teleworksec/evaluate.hpp"
#include "teleworksec/policy.hpp"
#include "teleworksec/policy_rating.hpp"

namespace teleworksec::catalogs {

namespace detail_csaj_home_2018 {

constexpr auto shall = obligation::shall;
constexpr auto should = obligation::should;
constexpr auto may = obligation::may;
constexpr bool tagged = false;  // level from the source's tag
constexpr bool reading = true;  // level read from the wording (README, Interpretations)

// The six groups, one per section 5–10: the parenthesised part of its heading
// 「在宅勤務におけるセキュリティポリシー（…）」.
constexpr policy_group_def groups[] = {
    {1, 5, "貸与端末、宅内LAN", "Lent devices and home LAN"},
    {2, 6, "Active Directory", "Active Directory"},
    {3, 7, "VPN・その他通信", "VPN and other communication"},
    {4, 8, "ログ", "Logs"},
    {5, 9, "規程", "Rules"},
    {6, 10, "教育", "Training"},
};

// Every numbered heading of sections 5–10 that holds statements, in order:
// {number, group, heading, our title}.
constexpr policy_section_def sections[] = {
    {"5.1.1", 1, "貸与PCのセットアップ", "Lent PC setup"},  // 0, l.504
    {"5.1.2", 1, "貸与PC のデータ管理", "Lent PC data management"},  // 1, l.518
    {"5.1.3", 1, "貸与PCの脆弱性管理", "Lent PC vulnerability management"},  // 2, l.536
    {"5.1.4", 1, "貸与PCの暗号化", "Lent PC disk encryption"},  // 3, l.546
    {"5.1.5", 1, "貸与PCのアンチウイルスソフトによる完全スキャン", "Lent PC full antivirus scan"},  // 4, l.554
    {"5.1.6", 1, "貸与PCのアンチウイルスソフトによる電子メールの検知", "Lent PC e-mail malware detection"},  // 5, l.570
    {"5.1.7", 1, "貸与PCと宅内の他の端末との通信遮断", "Blocking the lent PC from other home devices"},  // 6, l.580
    {"5.1.8", 1, "貸与PCのRDP接続の禁止、デフォルトポートの変更", "Lent PC remote desktop off, non-default port"},  // 7, l.586
    {"5.1.9", 1, "貸与PCのローカルAdministratorのパスワード", "Lent PC local Administrator password"},  // 8, l.596
    {"5.2.1", 1, "宅内LANでの探索、共有", "No discovery or sharing on the home LAN"},  // 9, l.612
    {"5.2.2", 1, "無線LANのプロトコル", "Wi-Fi protocol"},  // 10, l.624
    {"5.2.3", 1, "エッジルーターのパケットフィルタ", "Edge router packet filter"},  // 11, l.634
    {"5.2.4", 1, "宅内端末のアンチウイルスソフトと脆弱性管理", "Home devices: antivirus and patches"},  // 12, l.663
    {"6.1.1", 2, "ドメインで使用可能なプロトコル", "Protocols allowed in the domain"},  // 13, l.695
    {"6.1.2", 2, "ドメインアカウントポリシー", "Domain account policy"},  // 14, l.705
    {"6.1.3", 2, "ビルトインアカウント", "Built-in accounts"},  // 15, l.725
    {"6.1.4", 2, "セキュリティグループの監査", "Auditing security groups"},  // 16, l.739
    {"6.2.1", 2, "端末のネットワーク探索、ファイルとプリンターの共有", "Client network discovery and file sharing"},  // 17, l.761
    {"6.3.1", 2, "サーバーのアンチウイルスはクライアントとは異なる製品を採用する", "Different antivirus on servers and clients"},  // 18, l.795
    {"6.3.2", 2, "サーバーのRDP接続のデフォルトポート", "Server remote desktop port"},  // 19, l.805
    {"6.3.3", 2, "AdministrtorアカウントでサーバーへのRDP接続を行わない", "No remote desktop to servers as Administrator"},  // 20, l.815
    {"7.1.1", 3, "VPNの方式検討", "Choosing the VPN method"},  // 21, l.833
    {"7.1.2", 3, "VPN装置の脆弱性", "VPN device vulnerabilities"},  // 22, l.841
    {"7.1.3", 3, "VPN接続時のクレデンシャル(ID、パスワード等の認証情報)", "VPN credentials"},  // 23, l.849
    {"7.1.4", 3, "大規模な通信障害", "Large-scale outages"},  // 24, l.861
    {"7.1.5", 3, "VPN接続の否認", "Repudiation of VPN connections"},  // 25, l.869
    {"7.1.6", 3, "RADIUS Server", "RADIUS server"},  // 26, l.879
    {"7.2.1", 3, "Firewall, Proxy", "Firewall and proxy"},  // 27, l.889
    {"7.2.2", 3, "Video会議", "Video meetings"},  // 28, l.905
    {"8.1.1", 4, "VPN装置、ルーターのログ", "VPN device and router logs"},  // 29, l.925
    {"8.2.1", 4, "Windows Serverのログ", "Windows Server logs"},  // 30, l.937
    {"8.2.2", 4, "Windowsクライアント(貸与端末を含む端末)のログ", "Windows client logs"},  // 31, l.949
    {"8.3.1", 4, "ログの統合的分析・管理", "Integrated log analysis and management"},  // 32, l.961
    {"9.1", 5, "データの暗号化", "Data encryption"},  // 33, l.977
    {"9.2", 5, "クレデンシャルの保全", "Protecting credentials"},  // 34, l.1000
    {"9.3.1", 5, "貸与端末の管理規程をユーザーに理解させ、遵守することを合意する", "Users understand and accept the lent-device rules"},  // 35, l.1025
    {"9.3.2", 5, "貸与端末の個人利用の禁止", "No private use of lent devices"},  // 36, l.1035
    {"9.3.3", 5, "貸与端末の無許可ソフトウェア、クラウドサービスの使用禁止", "No unauthorised software or cloud services"},  // 37, l.1045
    {"9.3.4", 5, "USBメモリの運用", "USB memory"},  // 38, l.1056
    {"10.1", 6, "ブラウザがTLSの状態であることを理解させる。", "Understanding TLS in the browser"},  // 39, l.1081
    {"10.2", 6, "最新のマルウェアの動向や、ソーシャルエンジニアリングの手法を理解。", "Understanding current malware and social engineering"},  // 40, contents, l.92
    {"10.3", 6, "アンチウイルスソフトのパターンファイルの操作方法を理解させる", "Handling antivirus pattern files"},  // 41, contents, l.96
    {"10.4", 6, "電子メールは暗号化されず、平文で通信が行われていることを理解させる", "E-mail travels unencrypted"},  // 42, product table, l.2207
};

// Every statement, in document order:
// {section index, level, tagged/reading, checklist no, lead phrase, text, our title}.
constexpr policy_statement_def statements[] = {
    // 5.1.1.1
    {0, shall, tagged, 30, "社内利用したPCを在宅端末に転用する場合",
     "意図しない、存在を意識していないデータ、ソフトウェアの排除のため、サポート中のWindowsが新規にセットアップされ、最新のセキュリティパッチが適用され、アンチウイルスソフトの稼働、パターンの更新が確認されたものであることを管理者が確認する。",
     "Fresh Windows setup for an office PC reused at home"},
    // 5.1.1.2
    {0, shall, tagged, 31, "ユーザーが利用中の端末を在宅端末に転用する場合",
     "意図しない、存在を意識していないデータ、ソフトウェアの排除のため、最新のセキュリティパッチが適用され、アンチウイルスソフトの稼働、パターンの更新が確認されたものであり、重要な企業情報、個人情報が含まれていないことを管理者が確認する。",
     "Checks before a user's own work PC goes home"},
    // 5.1.2.1
    {1, shall, tagged, 0, "必要なデータの管理手順",
     "業務に必要なデータだけが貸与端末に存在し、業務に必要なデータの管理手順を管理者とユーザーが合意するため、PCの貸与時点でのOS、デスクトップアプリケーションソフト、クラウドシステム、使用するブラウザ、java、Flush、IME (Input Method)、開発ツール、コミュニケーションツール、オープンソース、フリーソフトウェア等、搭載されているすべてのソフトウェアのバージョン、サービスパックの適用状況を管理者とユーザーが把握する。",
     "Inventory of all software on the lent PC"},
    // 5.1.2.2
    {1, shall, tagged, 0, "必要なデータの管理手順",
     "成果物やデータ受け渡しの際の暗号化方式やパスワード等のカギの管理、バージョン管理、その他必要な手順を管理者とユーザーが合意する。",
     "Agreed encryption, key and version handling for deliverables"},
    // 5.1.2.3
    {1, may, tagged, 0, "必要なデータの管理手順",
     "必要に応じて資産管理システムを用いて集中管理を行い、PCの貸与時点での搭載されているすべての ソフトウェアのバージョン、サービスパックの適用状況を管理者が把握する。",
     "Asset management system for the software inventory"},
    // 5.1.3.1
    {2, shall, tagged, 33, "OS、ミドルウェア、アプリケーションの脆弱性管理手順",
     "OS、デスクトップアプリケーションソフト、クラウドシステム、使用するブラウザ、java、Flush、IME (Input Method)、開発ツール、コミュニケーションツール、オープンソース、フリーソフトウェア等、搭載されているすべてのソフトウェアの脆弱性パッチの適用状況を管理者が把握するため、業務に必要なシステムの管理手順(パッチ適用、状況の報告等)についてユーザーと管理者が合意する。",
     "Agreed patch procedure for all software"},
    // 5.1.3.2
    {2, may, tagged, 0, "OS、ミドルウェア、アプリケーションの脆弱性管理手順",
     "必要に応じて資産管理システムを用いて集中管理を行い、PCの貸与時点での搭載されているすべての ソフトウェアのバージョン、サービスパックの適用状況を管理者が把握する。",
     "Asset management system for patch status"},
    // 5.1.4.1
    {3, shall, tagged, 34, "貸与PCのハードディスク暗号化手順",
     "貸与PCの紛失、盗難に備えて、貸与端末のハードディスクをBitLockerで暗号化し、ハードディスクから直接データが読み出されないように設定する。BitLockerの復号鍵は印刷し、管理者が安全に保管する。管理者は復号鍵の受け渡しや復号手順を定める。",
     "BitLocker disk encryption, recovery key kept by the administrator"},
    // 5.1.5.1
    {4, shall, tagged, 35, "貸与PCのアンチウイルスソフト完全スキャン手順",
     "マルウェアに感染した時点でアンチウイルスソフトが未対応であり、マルウェア感染が見過ごされることを防ぐために、月に2回以上、アンチウイルスソフトのパターンファイルを最新に更新したうえで、貸与端末に接続されているすべてのドライブを完全スキャンする。管理者は完全スキャンの手順を定め、ユーザーとともに実施状況を把握する。",
     "Full scan of all drives at least twice a month"},
    // 5.1.5.2
    {4, should, tagged, 0, "貸与PCのアンチウイルスソフト完全スキャン手順",
     "アンチウイルスソフトの管理システムを利用し、完全スキャンの自動スケジューリング、実施状況やマルウェアの検出状況を把握する。",
     "Central antivirus console schedules and tracks full scans"},
    // 5.1.6.1
    {5, shall, tagged, 36, "貸与PCのアンチウイルスソフトの電子メール検知手順",
     "マルウェアの感染源として、電子メールの添付ファイルや埋め込まれたリンクがあげられることから、電子メールのアンチウイルスソフトによるマルウェア検出を実施する。管理者は電子メールの検知設定の手順を定め、ユーザーとともに検出設定、検出状況を把握する。",
     "Antivirus scanning of e-mail"},
    // 5.1.6.2
    {5, should, tagged, 0, "貸与PCのアンチウイルスソフトの電子メール検知手順",
     "アンチウイルスソフトの管理システムを利用し、電子メールのマルウェア検出設定や検出状況を把握する。",
     "Central antivirus console tracks e-mail detection"},
    // 5.1.7.1
    {6, shall, tagged, 0, "貸与PCの (Windowsもしくはアンチウイルスソフトの) パーソナルファイアーウォールの設定手順",
     "宅内の他の端末からのマルウェア感染やリモート操作などによる、情報漏洩、改ざん、サービス停止を防ぐために、貸与端末のパーソナルファイアーウォールの接続拒否のリモートアドレスを設定する。管理者は接続が許可されるプリンター、エッジルーター以外の端末との通信遮断手順を定め、ユーザーとともに設定状況を把握する。",
     "Personal firewall blocks other home devices"},
    // 5.1.8.1
    {7, shall, tagged, 0, "貸与PCのリモートデスクトップ接続の禁止設定、デフォルトポートの変更手順",
     "リモートデスクトップ接続によるブルートフォース攻撃や不正接続を防止するため、貸与PCのリモートデスクトップ接続を行わない設定を施す。また、接続を許可する場合は、接続可能ユーザーを貸与PCに設定するとともに、デフォルトポートである3869 (TCP/UDP) を変更し、可能であれば接続が許可されるIPアドレスとともにパーソナルファイアーウォールに登録する手順を管理者は定め、ユーザーと合意する。",
     "Remote desktop off, or restricted users and a non-default port"},
    // 5.1.9.1
    {8, shall, tagged, 0, "貸与PCのローカルAdministratorのパスワード設定および管理",
     "窃取されたローカルAdministratorのパスワードによる不正ログオンを防止するため、貸与PCのローカルAdministratorのパスワードは、端末ごとにすべて固有の設定とし、管理者が管理する。ローカルAdministratorのパスワードが必要な設定がある場合に備えて、管理者とユーザーの間でローカルパスワードの授受方法、保管、管理方法を定め、ユーザーと合意する。",
     "Unique local Administrator password per PC"},
    // 5.1.9.2
    {8, should, tagged, 0, "貸与PCのローカルAdministratorのパスワード設定および管理",
     "Microsoft LAPSを利用し、管理PCのローカルAdministratorパスワードをすべてユニークにする。",
     "Microsoft LAPS for unique local Administrator passwords"},
    // 5.2.1.1
    {9, shall, tagged, 0, "宅内LANで宅内の他の端末やNASと探索、共有を許可しない",
     "貸与端末からの情報漏洩、宅内端末からのマルウェア感染などのリスクを低減するため、宅内LANに接続された他のPCやスマートフォン、NAS等と貸与端末の間でフォルダ共有を一切行わない。",
     "No folder sharing with other home devices or NAS"},
    // 5.2.2.1
    {10, shall, tagged, 0, "宅内LANで無線LANを使用する際は、WPA2を使用する",
     "脆弱な無線LANプロトコルの使用による情報漏洩を防ぐため、無線LANの接続にはWPA2を使用し、暗号化はAESで行う。事前共有鍵はパスフレーズを使用する場合は20桁以上((IEEE 802.11推奨値)とするが、極力、無線LANルーターに付属する事前共有鍵の自動設定機能(Wi-Fi Protected Setup)を使用する。管理者は無線LANルーターの事前共有鍵の自動設定の方法と、ファームウェアアップデートについて、ユーザーと情報を共有の上、合意する。パスフレーズを保管する場合は、その方法について合意する。",
     "WPA2 with AES, long pre-shared key or WPS"},
    // 5.2.3.1
    {11, shall, tagged, 0, "宅内LANのエッジルーターは、初期設定パスワードを変更し、パケットフィルタを設定する",
     "WAN側からの攻撃や不正侵入を防ぐため、エッジルーターの初期設定の管理者パスワードを12桁以上に変更し、次の送信元ポートのパケット廃棄設定とファームウェアアップデートについて、ユーザーとユーザーと情報を共有の上、合意する。変更したパスワードの保管方法についても合意する。",
     "Router admin password of 12+ characters, agreed filtering and firmware updates"},
    // 5.2.3.2
    {11, shall, tagged, 0, "宅内LANのエッジルーターは、初期設定パスワードを変更し、パケットフィルタを設定する",
     "WAN→LAN\nTCP/UDP 23,135,137,138,139,445,2049 廃棄(拒否)\nTCP 12345 廃棄 (拒否)",
     "Drop inbound TCP/UDP 23, 135, 137-139, 445, 2049 and TCP 12345"},
    // 5.2.4.1 — untagged paragraph (l.667) in the imperative 〜を行う; the next paragraph, its fallback 「前項の実施が困難な場合は」, is (遵守事項)
    {12, shall, reading, 45, "貸与端末以外の宅内LANに接続する端末にはアンチウイルスソフトを設定する",
     "宅内端末から貸与端末へのマルウェア感染、攻撃を防ぐため、宅内LANに接続する端末にはアンチウイルスソフトを設定し、最新のパターンファイルの適用、1~2週間に一度の完全スキャンの実施、OS、アプリケーションソフトの脆弱性パッチの適用を行う。宅内端末に接続するスマートフォンについても、Androidについてはアンチウイルスソフトの適用を行い、Android、iPhoneについてはOSの更新、アプリケーションの更新を行う。",
     "Antivirus, full scans and patches on every home device"},
    // 5.2.4.2
    {12, shall, tagged, 0, "貸与端末以外の宅内LANに接続する端末にはアンチウイルスソフトを設定する",
     "前項の実施が困難な場合は、スマートフォン、ポケットWi-Fiルーターによるテザリング接続を実施し、 宅内LANには接続しない。テザリングに使用するスマートフォン、ポケットWi-Fiルータは、必要に応 じてアンチウイルスソフトの適用、OSの更新、アプリケーションの更新を行う。",
     "Otherwise tether instead of joining the home LAN"},
    // 5.2.4.3
    {12, should, tagged, 0, "貸与端末以外の宅内LANに接続する端末にはアンチウイルスソフトを設定する",
     "ユーザーは、宅内LANに接続する端末のアンチウイルスソフトの完全スキャンの実施ログ、Windows アップデートの実施ログ(スクリーンショット)を保管し、管理者の監査に備える。",
     "Users keep scan and update logs for audit"},
    // 5.2.4.4
    {12, should, tagged, 0, "貸与端末以外の宅内LANに接続する端末にはアンチウイルスソフトを設定する",
     "取り扱う情報の重要性に応じて、ゼロディ攻撃によるマルウェア感染防止は困難との認識のもと、アンチウイルスソフトとともに、EDR(Endpoint Detection and Response)製品を導入し、不正な挙動の検出と感染時のネットワークの遮断、悪意あるプロセスの停止、管理者への通知を一元管理し、インシデントの拡大防止とインシデント対応時間の短縮を図る。",
     "EDR for important information"},
    // 6.1.1.1
    {13, shall, tagged, 0, "ドメインコントローラー、サーバー、ワークステーションでは脆弱なプロトコルをグループポリシーで禁止設定する",
     "Windowsの古いプロトコルの脆弱性を利用するマルウェア等の被害を防ぐため、後方互換性に配慮しつつ、Lan Manager、NTLMv1、SMBv1を禁止する。",
     "Disable LAN Manager, NTLMv1 and SMBv1"},
    // 6.1.1.2
    {13, shall, tagged, 0, "ドメインコントローラー、サーバー、ワークステーションでは脆弱なプロトコルをグループポリシーで禁止設定する",
     "古いプロトコルしか利用できなNNAS等の調査を実施し、撤廃、リプレースを行う。",
     "Replace devices that only speak old protocols"},
    // 6.1.1.3
    {13, should, tagged, 0, "ドメインコントローラー、サーバー、ワークステーションでは脆弱なプロトコルをグループポリシーで禁止設定する",
     "NTLMの監査を実施する。",
     "Audit NTLM use"},
    // 6.1.2.1
    {14, shall, tagged, 0, "ドメインのアカウントポリシーを設定し、全社的にパスワードの最低長、アカウントロックを強制設定する",
     "ブルートフォース攻撃や辞書攻撃等での不正侵入、乗っ取りを防ぐため、Active Directoryのドメイングループポリシーでパスワードのポリシー、アカウントロックアウトのポリシーを設定する。パスワードの長さは12文字以上、複雑さの要件を満たす必要を有効にし、アカウントロックアウトの閾値を10回ログオンに失敗ロックアウト期間を30分に設定する。",
     "Passwords of 12+ characters, lockout after 10 failures for 30 minutes"},
    // 6.1.2.2
    {14, should, tagged, 0, "ドメインのアカウントポリシーを設定し、全社的にパスワードの最低長、アカウントロックを強制設定する",
     "長いパスフレーズの使用を推奨する。",
     "Long passphrases"},
    // 6.1.3.1
    {15, shall, tagged, 0, "Active DirectoryのBuilt in AccountをDefault値から変更する",
     "マルウェアや乗っ取られた端末からの不正ログイン、ブルートフォース攻撃を防ぐため、ビルトインのAdministratorを異なるアカウント名に変更する。",
     "Rename the built-in Administrator"},
    // 6.1.3.2
    {15, should, tagged, 0, "Active DirectoryのBuilt in AccountをDefault値から変更する",
     "ルーター等のネットワーク機器、管理ツール、アプライアンス等のAdmin、Administrator等も同様 に変更を行う。",
     "Rename default admin accounts of other equipment too"},
    // 6.1.4.1
    {16, should, tagged, 0, "Administrators、Enterprise Admins、Account Operator等のセキュリティグループ、Guestアカウントの監査を実施する",
     "高位の権限を有するセキュリティグループに対するマルウェアやエクスプロイトによるメンバー改ざん、内部の不正行為を検知するため、セキュリティグループのメンバーを定期的に監査する。加えてGuestアカウントが無効であることも監査する。",
     "Audit privileged group members and the Guest account"},
    // 6.1.4.2
    {16, should, tagged, 0, "Administrators、Enterprise Admins、Account Operator等のセキュリティグループ、Guestアカウントの監査を実施する",
     "AD属性のadminCountを監査し、特権を与えたことのないユーザーが特権を所有していないかを監査する。",
     "Audit adminCount for unexpected privileges"},
    // 6.2.1.1
    {17, shall, tagged, 4, "貸与端末を含むすべての端末でネットワーク探索、フォルダ共有、ファイル共有を無効にする",
     "**共有フォルダを利用し拡散するマルウェアの脅威を防ぐため、**端末のネットワーク探索、ファイルとプリンターの共有を無効にする。ファイル共有は、アクセス権設定が施されアクセスログの残るFile Server、NASを利用する。",
     "No discovery or sharing on clients; use a file server or NAS"},
    // 6.2.1.2
    {17, shall, tagged, 0, "貸与端末を含むすべての端末でネットワーク探索、フォルダ共有、ファイル共有を無効にする",
     "管理者はFile Server、NASのアクセス権を監査する。",
     "Audit file server and NAS permissions"},
    // 6.3.1.1
    {18, should, tagged, 0, "サーバーのアンチウイルスはクライアントPCとは異なるベンダーの製品を採用する",
     "多数のマルウェアと亜種に対応するため、ファイルサーバー、アプリケーションサーバー、DBサーバーで 稼働させるアンチウイルス製品と、クライアントPCのアンチウイルス製品は、異なるベンダーとする。",
     "Server antivirus from a different vendor than the clients'"},
    // 6.3.2.1
    {19, shall, tagged, 0, "サーバーのリモートデスクトップ接続のデフォルトポートの変更手順",
     "リモートデスクトップ接続によるブルートフォース攻撃や不正接続を防止するため、接続可能ユーザーはネットワークレベル認証でRDPを実行しているコンピューターからの接続のみ許可し、デフォルトポートである3869 (TCP/UDP) を変更し、可能であれば接続が許可されるIPアドレスとともにパーソナルファイアーウォールに登録する手順を管理者は定め、ユーザーと合意する。",
     "Server remote desktop: NLA, non-default port, allowed addresses"},
    // 6.3.3.1
    {20, shall, tagged, 0, "サーバーのリモートデスクトップ接続のユーザーアカウントにAdministratorを使わない",
     "ソースコードの変更やコンテンツの変更、システム設定変更に対する否認を防止するため、リモートデス クトップ接続は必ず個別のユーザーアカウントを使用する。",
     "Individual accounts for remote desktop to servers"},
    // 7.1.1.1
    {21, shall, tagged, 10, "VPNの方式を検討し、接続手順と認証方式を定め保守する",
     "ユーザーと企業の通信経路をVPNによる認証・暗号化を実施し、第三者の侵入、盗聴から保護するため、VPN接続手順を定め、ユーザーに教育する。ユーザー認証方式、ユーザーの在宅勤務の有無、休職、退職時の保守方式を定め実施する。",
     "Documented VPN connection, authentication and account upkeep"},
    // 7.1.2.1
    {22, shall, tagged, 0, "VPN装置の脆弱性を管理する",
     "VPN装置の脆弱性によるサービス停止攻撃や不正ログオンを防止するため、VPN装置のファームウェア、プロトコル、暗号化方式の脆弱性を管理し、必要に応じてパッチを適用したり、運用を停止する。アクセスログを適切に保存し、外部からの不法侵入の有無、ブルートフォース攻撃などの攻撃の有無を監視する。",
     "Patch and monitor the VPN device"},
    // 7.1.3.1
    {23, shall, tagged, 12, "VPN接続時のクレデンシャルの保護、運用管理を行う",
     "VPN接続のクレデンシャルの特性に応じて適切に保護するため、有効期限における更新、変更方法、 失効時やロックアウト時の手順、クレデンシャルの盗難、紛失時の手順(暗号化方式、通信手順)と、 クレデンシャルの保存方法を定め、ユーザーを教育する。",
     "Credential lifecycle procedures and user training"},
    // 7.1.4.1
    {24, shall, tagged, 14, "インターネットやVPNの通信障害が発生した場合の手順を定める",
     "自然災害等による大規模なインターネットへの接続障害やVPN装置の故障などによって、長時間、 VPN接続ができない場合に適切に対応するため、代替措置を定めておく。代替措置によって、暗号強度の低下やなりすましの発生が起きないように留意する。状況に応じて、在宅勤務を解除するなどを定めておく。",
     "Fallback when the VPN is down for long"},
    // 7.1.5.1
    {25, shall, tagged, 15, "VPN接続での否認、なりすましの排除",
     "VPN接続での接続否認やなりすましを排除するため、共通ID/パスワードや、電子証明書の OrganizationやIssuerだけをクレデンシャルとするような認証方式を使用を禁止する。ID/パスワード の場合は、ユーザーごとに個別に発行し、電子証明書の場合は、UserPricipalNameやEmailなどのユニークな項目で認証を実施する。",
     "Individual VPN credentials, no shared ID or certificate"},
    // 7.1.6.1
    {26, shall, tagged, 0, "VPN装置アカウント管理とADのアカウント管理を連動する",
     "管理ミスによって発生する、認証してはならないユーザーの認証を防ぐため、VPN装置のRADIUS ServerはActive Directory Network Policy Serverとするか、VPN装置からActive Directory ServerとLDAP連携させる。",
     "VPN authentication through Active Directory"},
    // 7.2.1.1
    {27, should, tagged, 0, "ブラックリストを適用する",
     "インターネット上の有害なサイト、IPとの通信を遮断するため、IP、URLのブラックリストをFirewall、Proxy Serverに登録する。",
     "IP and URL blacklists on firewall and proxy"},
    // 7.2.2.1
    {28, shall, tagged, 0, "プライベート空間の映り込みを防ぐ",
     "自宅からビデオ会議に参加する際は、プライベート空間の映り込みによるプライバシーの暴露を防ぐ ため、カメラの位置に配慮する等、管理者は手順書でユーザーに注意喚起する。",
     "Warn users about what the camera shows"},
    // 8.1.1.1
    {29, shall, tagged, 0, "VPN装置のログを保全する",
     "外部攻撃やインシデントの原因究明に備えて、アクセスログ、設定ログは上書き禁止とし、Syslogサーバー等に適切に保存する。適切な容量を超えた場合は、自動的にバックアップし、最低1年以上のログを保存できる体制を整備する。設定ログは定期的に監査し、外部からの改ざんがないことを確認する。",
     "Keep VPN and router logs for a year, audit configuration logs"},
    // 8.2.1.1
    {30, shall, tagged, 46, "Windows Serverのログを保全する",
     "外部攻撃やインシデントの原因究明に備えて、システムログ、セキュリティログ、アプリケーションログ、アンチウイルスソフトのログは上書き禁止とし、自動的にアーカイブするように設定する。各口グは分析の取り扱いを考慮し、50MByte~100MByte程度の容量に達した時点でアーカイブするように設定する。このほか、役割・機能に応じてIIS、NTLM、DHCP、DNS Server等のログを含め1年以上保存する。",
     "Archive Windows Server logs, keep them a year"},
    // 8.2.2.1
    {31, shall, tagged, 46, "Windowsクライアント(端末)のログを保全する",
     "外部攻撃やインシデントの原因究明に備えて、システムログ、セキュリティログ、アプリケーションログ、アンチウイルスソフトのログは上書き禁止とし、自動的にアーカイブするように設定する。各ログは分析の取り扱いを考慮し、50MByte[~]100MByte程度の容量に達した時点でアーカイブするように設定する。起動ドライブを圧迫しないよう、定期的に圧縮するなどの措置を講じる。",
     "Archive Windows client logs"},
    // 8.3.1.1
    {32, should, tagged, 48, "各種ログを統合的に分析・管理・長期保存できるシステムの整備",
     "広範な外部攻撃やインシデントの原因究明に備えて、端末からサーバー、通信装置を含むログの統合分析や長期保存、バックアップなどの管理システムを整備する。",
     "Central log analysis and long-term storage"},
    // 9.1.1 — 「暗号化する規程を設ける。」 (l.979): plain imperative 〜する; group 9 opens 「以下の要件を満たさなければならない」 (l.975)
    {33, shall, reading, 19, "",
     "個人情報や企業情報が含まれるデータファイルには、必ずパスワードを設定し、暗号化する規程を設ける。",
     "Rule: encrypt data files with personal or company information"},
    // 9.1.2 — 「規程するのが望ましい。」 (l.979)
    {33, should, reading, 0, "",
     "電子メールの添付ファイルとして暗号化データを送信する場合、復号用のパスワードを電子メール(平文)で送信しないように規程するのが望ましい。",
     "Rule: no decryption password by plain e-mail"},
    // 9.1.3 — 「設定しなければならない」「利用してはならない」 (l.985)
    {33, shall, reading, 0, "第〇条(データの暗号化)",
     "個人情報や営業情報が含まれるデータファイルは、会社規程の暗号化方式で暗号化し、復号のためのパスワードを設定しなければならない。パスワードは12桁以上のパスフレーズとし、パスワードの受け渡しに電子メールを利用してはならない。",
     "Encrypt with the company method, 12+ character passphrase, never by e-mail"},
    // 9.1.4 — 「保管してはならない」 (l.986)
    {33, shall, reading, 0, "第〇条(データの暗号化)",
     "データファイルとパスワードを収めた電子ファイルは必ず格納する媒体単位で分離して保管し、同 ーの記録媒体、サーバー、端末に保管してはならない。",
     "Keep data and password files on separate media"},
    // 9.1.5 — 「以下のとおりとする。」 (l.990): 〜とする, as するものとする
    {33, shall, reading, 0, "第〇条(暗号化方式)",
     "当社の暗号化方式は以下のとおりとする。\nデータ暗号: AESブロック長128ビット、鍵長256bit\nメッセージダイジェスト:SHA-256セキュリティ通信:TLS1.2",
     "Company ciphers: AES-256, SHA-256, TLS 1.2"},
    // 9.1.6 — 「個別に許可を受けることで使用できる。」 (l.996): 〜できる, a permission, as してもよい
    {33, may, reading, 0, "第〇条(暗号化方式)",
     "但し、顧客都合、システム都合で当社規程を充足できない場合は、想定されるリスクと対策を文書でシステム管理部門に申請し、個別に許可を受けることで使用できる。",
     "Exceptions by written application and individual approval"},
    // 9.2.1 — 「通知、連絡しなければならない。」 (l.1002)
    {34, shall, reading, 0, "",
     "ID、パスワードなどのユーザー認証に使用されるクレデンシャル(認証情報)は電子メール以外の相手が特定できる経路で通知、連絡しなければならない。",
     "Credentials only through channels that identify the recipient"},
    // 9.2.2 — 「受け渡しをしてはならない。」 (l.1008)
    {34, shall, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "ユーザー認証に使用されるクレデンシャルは、社内、社外を問わず電子メール、USBメモリを使って相手方に受け渡しをしてはならない。",
     "No credentials by e-mail or USB memory"},
    // 9.2.3 — 「保管しなければならない。」 (l.1009)
    {34, shall, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "紙媒体を使用する場合は、必ず、鍵のかかるロッカー等に保管しなければならない。",
     "Credentials on paper kept locked away"},
    // 9.2.4 — 「以下の方法を推奨する。」 (l.1010)
    {34, should, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "相手方への受け渡し方法として以下の方法を推奨する。",
     "Recommended ways of passing credentials"},
    // 9.2.5 — one of the methods 「推奨する」 (l.1010); its 「送付してもよい」 (l.1011) only permits within it
    {34, should, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "紙媒体の場合は、簡易書留で送付する事とし、電話、電子メール等で事前に相手方に通知を行っておく。この場合、クレデンシャルー式(IDとPWなどの認証情報)を送付してもよい。",
     "Paper: registered mail with advance notice"},
    // 9.2.6 — one of the methods 「推奨する」 (l.1010); its 「伝達してもよい」 (l.1012) only permits within it
    {34, should, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "電話の場合は、当方から相手方に電話をかけたうえで本人であることを確認する。この場合、クレデンシャルー式を口頭で伝達してもよい。",
     "Telephone: call back and verify the person"},
    // 9.2.7 — 「送付してはならない。」「必ず、パスワードは単独で送信する。」 (l.1016)
    {34, shall, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "FAXの場合は、受け取り相手が受信用紙を直接受け取れる状態を確認した上で送信する。誤送 信に備え、クレデンシャルー式を送付してはならない。必ず、パスワードは単独で送信する。",
     "Fax: recipient at the machine, password sent alone"},
    // 9.2.8 — 「送付してはならない。」「必ず、パスワードは単独で送信する。」 (l.1017)
    {34, shall, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "携帯電話のショートメッセージの場合は、事前に相手方に送付通知を行っておく。誤送信に備え、 クレデンシャルー式を送付してはならない。必ず、パスワードは単独で送信する。",
     "SMS: advance notice, password sent alone"},
    // 9.2.9 — 「速やかに削除しなければならない。」 (l.1018); it also permits, 「送付してもよい」
    {34, shall, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "クラウドストレージの場合は、クラウドストレージへのログオンのためのクレデンシャルを前項 AからDの方法で受け渡した場合に限り、当該クレデンシャルー式を送付してもよい。但し、相 手方がクレデンシャルー式を受領した後、速やかに削除しなければならない。",
     "Cloud storage only with credentials passed by A–D, deleted on receipt"},
    // 9.2.10 — 「当社管理者に届けなければならない。」 (l.1019)
    {34, shall, reading, 0, "第〇条(クレデンシャルの連絡方法)",
     "前項CおよびDで誤送信が判明した場合は、該当するシステムから誤送信したクレデンシャルをすべて破棄し、当社管理者に届けなければならない。",
     "Misdirected credentials revoked and reported"},
    // 9.3.1.1 — 「詳しく説明しなければならない。」 (l.1031)
    {35, shall, reading, 22, "第〇条(貸与端末の管理規程の合意と遵守)",
     "当社は貸与端末の管理規程を、規程施行並びに改定の都度、貸与端末を使用する従業員に詳しく説明しなければならない。",
     "Explain the rules to every user of a lent device"},
    // 9.3.1.2 — 「誓約書の提出を求めることができる。」 (l.1032): 〜できる, as してもよい
    {35, may, reading, 22, "第〇条(貸与端末の管理規程の合意と遵守)",
     "前項を満たした場合、当社は必要に応じて、従業員から管理規程を遵守する旨の誓約書の提出を求めることができる。",
     "Written pledge may be required"},
    // 9.3.1.3 — 「管理規程を遵守しなければならない。」 (l.1033)
    {35, shall, reading, 22, "第〇条(貸与端末の管理規程の合意と遵守)",
     "従業員は規程に関する疑義があれば、当社担当者に質問するなどして疑義の解消に努め、管理規程の意図と内容を十分に理解した上で、管理規程を遵守しなければならない。",
     "Users clear up doubts and comply"},
    // 9.3.2.1 — 「個人利用をしてはならない。」 (l.1041)
    {36, shall, reading, 0, "第〇条(貸与端末の個人利用、第三者利用の禁止)",
     "従業員は貸与端末を業務目的外の個人利用をしてはならない。",
     "No private use of the lent device"},
    // 9.3.2.2 — 「複写をしてはならず」「印刷などをしてはならない。」 (l.1042)
    {36, shall, reading, 23, "第〇条(貸与端末の個人利用、第三者利用の禁止)",
     "貸与端末には、業務目的外のソフトウェアのインストールやデータの複写をしてはならず、業務目 的以外のWebサイト・サービスへの接続や電子メール、チャット等の通信、電子媒体や電子機器 の有線・無線での接続によるデータの複写、動画・音楽の再生、印刷などをしてはならない。",
     "No non-business software, sites, copying or media"},
    // 9.3.2.3 — 「使用させてはならない。」 (l.1043)
    {36, shall, reading, 0, "第〇条(貸与端末の個人利用、第三者利用の禁止)",
     "従業員は貸与端末を業務目的以外で、第三者に貸与端末もしくは端末の資源の一部および全部使用 させてはならない。これには、第三者との画面共有や電子媒体の共有、プログラムの実行やデータ 共有等が含まれる。",
     "No use by third parties"},
    // 9.3.3.1 — 「ビルドなどを行ってはならない。」 (l.1051)
    {37, shall, reading, 24, "第〇条(貸与端末の無許可ソフトウェア、クラウドサービスの使用禁止)",
     "従業員は貸与端末に、当社が許可していないソフトウェア(これにはアプリケーションソフト、オープンソース、フリーソフト、公開されているソースコードやライブラリ、ドライバーソフトウェア等が含まれる)をインストールし、もしくは複写し、ソフトウェアの実行やコンパイル、リンク、ビルドなどを行ってはならない。",
     "No unauthorised software"},
    // 9.3.3.2 — 「使用してはならない。」 (l.1052)
    {37, shall, reading, 24, "第〇条(貸与端末の無許可ソフトウェア、クラウドサービスの使用禁止)",
     "従業員は貸与端末で、当社が許可していないクラウドサービス(これには、ストレージサービス、ファイル転送サービス、電子メール、P2Pサービス、SNS、Webアプリケーション、データ変換、Webサービス等が含まれる)を使用してはならない。",
     "No unauthorised cloud services"},
    // 9.3.4.1 — 「接続してはならない。」 (l.1062)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "従業員は貸与端末に、当社の許可なくUSBメモリを接続してはならない。",
     "No USB memory without permission"},
    // 9.3.4.2 — 「保管してはならない。」「削除しなければならない。」 (l.1063)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "当社が業務目的でUSBメモリの使用を許可した場合でも、USBメモリに業務データを保存することは必要最小限にとどめ、永続的に業務データを保管してはならない。業務使用が終了時点で、業務データをすべて削除しなければならない。",
     "Business data on USB memory only briefly, deleted after use"},
    // 9.3.4.3 — 「暗号化を施さなければならない。」「保存してはならない。」 (l.1064)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "USBメモリに業務データを保存する場合は、必ず当社規程の暗号化を施さなければならない。暗号化されたデータの復号のためのパスワードは、同じUSBメモリに保存してはならない。",
     "Encrypt data on USB memory, password kept apart"},
    // 9.3.4.4 — 「第三者に貸与してはならない。」 (l.1065)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "当社がUSBメモリの使用を許可した場合でも、当社外の第三者(これには当社顧客や従業員の家族も含まれる)の端末にUSBメモリを接続したり、第三者に貸与してはならない。",
     "No USB memory in third-party devices"},
    // 9.3.4.5 — 「完全スキャンを実施しなければならない。」 (l.1066)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "接続が許可されたUSBメモリは貸与端末での使用の前後に、最新の状態のアンチウイルスソフトで完全スキャンを実施しなければならない。",
     "Full scan before and after each use"},
    // 9.3.4.6 — 「対応の指示を仰がなければならない。」 (l.1067)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "前項のUSBメモリの使用の際に、異常があった場合は、即座に使用を停止するとともに、アンチウイルスソフトのログとともに異常の詳しい状況を可及的かつ速やかに管理者に通知し、対応の指示を仰がなければならない。",
     "Stop and report anomalies"},
    // 9.3.4.7 — 「対応の指示を仰がなければならない。」 (l.1068)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "USBメモリを紛失もしくは盗難にあった際は、USBメモリのデータ内容や紛失、盗難の詳しい状況を可及的かつ速やかに管理者に通知し、対応の指示を仰がなければならない。",
     "Report loss or theft at once"},
    // 9.3.4.8 — 「操作可能な状態で放置してはならない。」 (l.1069)
    {38, shall, reading, 25, "第〇条(USBメモリの使用禁止、使用条件)",
     "USBメモリを保管する際は、鍵のかかるロッカー等に保管し、安易に第三者(これには当社顧客 や従業員の家族も含まれる)が操作可能な状態で放置してはならない。",
     "Keep USB memory locked away"},
    // 10.1.1 — 「取得方法を理解させる。」 (l.1083): 〜させる; group 10 opens 「以下の要件を満たさなければならない」 (l.1077)
    {39, shall, reading, 26, "",
     "使用するブラウザごとに、TLS接続状態のアイコンや、証明書情報の取得方法を理解させる。",
     "Browser padlock and certificate details"},
    // 10.2.1 — the heading, only in the contents (l.92) 「…手法を理解。 | させる34」: 〜させる
    {40, shall, reading, 0, "",
     "最新のマルウェアの動向や、ソーシャルエンジニアリングの手法を理解。",
     "Current malware and social engineering"},
    // 10.3.1 — the heading, only in the contents (l.96) 「…操作方法を理解させる」: 〜させる
    {41, shall, reading, 0, "",
     "アンチウイルスソフトのパターンファイルの操作方法を理解させる",
     "Antivirus pattern file handling"},
    // 10.4.1 — the heading, in full only in a product table (l.2207) 「…ことを理解させる」: 〜させる (contents l.103 truncated)
    {42, shall, reading, 0, "",
     "電子メールは暗号化されず、平文で通信が行われていることを理解させる",
     "E-mail is sent in plain text"},
};

}  // namespace detail_csaj_home_2018

/// The csaj-home-2018 policy catalog: 6 groups, 43 sections, 86 statements.
inline constexpr policy_catalog<6, 43, 86> csaj_home_2018_catalog{
    "csaj-home-2018", std::to_array(detail_csaj_home_2018::groups),
    std::to_array(detail_csaj_home_2018::sections), std::to_array(detail_csaj_home_2018::statements)};

/// The tag that names csaj-home-2018 to the engine and the tools.
struct csaj_home_2018_t : policy_tag<csaj_home_2018_catalog> {};

/// Pass to evaluate() to rate a csaj-home-2018 assessment.
inline constexpr csaj_home_2018_t csaj_home_2018{};

}  // namespace teleworksec::catalogs
