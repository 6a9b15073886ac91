#pragma once

// How nmap results decide the network checks of certification-v2's 脆弱性診断
// (001 評価一覧, checks 1–27): the default mapping, as data. nmap.hpp reads
// a scan with it; `teleworksec import nmap --print-mapping` prints it as JSON
// and `--mapping FILE` replaces it. The README's "From scan to stars" gives
// the reasoning for every severity; the severities follow 001's 脆弱性診断
// grade table: B 低 (no direct way in), C 中 (outage or disclosure of system
// settings), D 高 (intrusion, defacement, leak of confidential data),
// E 緊急 (findings that lead there at once).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "teleworksec/grade.hpp"
#include "teleworksec/names.hpp"

namespace teleworksec::nmap {

/// What a rule looks for in a scan.
enum class match : std::uint8_t {
  output,            ///< the script's output contains `pattern` ("" = any output)
  element,           ///< an <elem key="K"> of the script's structured output equals V ("K=V")
  listed,            ///< a line "K: …" of the output lists the word V ("K=V"; words split at spaces and commas)
  service,           ///< an open port whose service name (-sV) is `pattern`
  service_off_port,  ///< "NAME:PORT": an open port named NAME on any port but PORT
  product,           ///< an open port whose product (-sV) contains `pattern`
  cert_self_signed,  ///< ssl-cert: the certificate's issuer is its subject
  cert_expired,      ///< ssl-cert: notAfter lies before the scan started
  cert_key_bits,     ///< ssl-cert: an RSA, DSA or DH public key of "LOW-HIGH" bits
  tls_protocol,      ///< ssl-enum-ciphers offers the protocol `pattern` ("SSLv3", "TLSv1.0")
  tls_no_modern,     ///< ssl-enum-ciphers offers protocols, none of them TLS 1.2 or 1.3
  tls_kex_bits,      ///< ssl-enum-ciphers: an RSA or DH key exchange of "LOW-HIGH" bits
  tls_cipher,        ///< ssl-enum-ciphers offers a cipher suite whose name contains `pattern`
  account_list,      ///< the output lists accounts: any line but `pattern` (its "none found")
};

}  // namespace teleworksec::nmap

/// The names of the matches, as mapping files write them.
template <>
struct teleworksec::enum_names<teleworksec::nmap::match> {
  using match = nmap::match;
  static constexpr std::array<enum_name<match>, 14> table{{
      {match::output, "output", "script output", "スクリプト出力"},
      {match::element, "element", "structured output element", "構造化出力の要素"},
      {match::listed, "listed", "word listed in an output line", "出力行に列挙された語"},
      {match::service, "service", "service name", "サービス名"},
      {match::service_off_port, "service_off_port", "service on a non-standard port", "標準外ポートのサービス"},
      {match::product, "product", "product name", "製品名"},
      {match::cert_self_signed, "cert_self_signed", "self-signed certificate", "自己署名証明書"},
      {match::cert_expired, "cert_expired", "expired certificate", "期限切れ証明書"},
      {match::cert_key_bits, "cert_key_bits", "certificate key size", "証明書の鍵長"},
      {match::tls_protocol, "tls_protocol", "TLS protocol version offered", "提供されるTLSバージョン"},
      {match::tls_no_modern, "tls_no_modern", "no TLS 1.2 or 1.3", "TLS 1.2/1.3なし"},
      {match::tls_kex_bits, "tls_kex_bits", "key exchange size", "鍵交換の鍵長"},
      {match::tls_cipher, "tls_cipher", "cipher suite offered", "提供される暗号スイート"},
      {match::account_list, "account_list", "accounts listed", "列挙されたアカウント"},
  }};
};

namespace teleworksec::nmap {

/// What a scan must have done before a check counts as performed (bits).
enum need : std::uint8_t {
  need_nothing = 0,
  need_all_tcp_ports = 1,  ///< every TCP port scanned (-p- or -p T:1-65535)
  need_version = 2,        ///< service and version detection (-sV or -A)
  need_internet = 4,       ///< scanned from outside the facility (import --from-internet)
  need_other_tool = 8,     ///< nmap cannot decide the check: it stays not_performed
};

/// Whether a script says something when it finds nothing.
enum class prints : std::uint8_t {
  always,      ///< silence on a port it ran on means it failed there
  on_finding,  ///< silence means it found nothing
};

}  // namespace teleworksec::nmap

/// The names of the needs, as mapping files write them.
template <>
struct teleworksec::enum_names<teleworksec::nmap::need> {
  using need = nmap::need;
  static constexpr std::array<enum_name<need>, 4> table{{
      {need::need_all_tcp_ports, "all_tcp_ports", "every TCP port", "全TCPポート"},
      {need::need_version, "version", "version detection", "バージョン検出"},
      {need::need_internet, "from_internet", "a scan from the Internet", "インターネット側からのスキャン"},
      {need::need_other_tool, "other_tool", "another tool", "他のツール"},
  }};
};

/// The names of what a script prints, as mapping files write them.
template <>
struct teleworksec::enum_names<teleworksec::nmap::prints> {
  using prints = nmap::prints;
  static constexpr std::array<enum_name<prints>, 2> table{{
      {prints::always, "always", "a result also when it finds nothing", "何もなくても結果を出力"},
      {prints::on_finding, "on_finding", "only when it finds something", "発見時のみ出力"},
  }};
};

namespace teleworksec::nmap {

/// One way a scan result becomes a finding of a check.
struct rule {
  std::uint8_t check;        ///< certification-v2/vuln/<check>
  std::string_view script;   ///< NSE script id (globs allowed); empty for the port matches
  match how;
  std::string_view pattern;  ///< see match
  severity level;
};

/// When a scan decides a check: the scripts (any one suffices; none listed =
/// no script needed) and the scan's needs. A check the scan decided without
/// a matching rule is passed.
struct coverage {
  std::uint8_t check;
  std::string_view scripts;  ///< comma-separated
  std::uint8_t needs;        ///< bits of need
  std::string_view hint;     ///< the nmap options that would cover the check
};

/// What proves that a script tested a scan: nmap runs a script on the ports
/// of its portrule (`ports`, e.g. "T:25,465,587", and the -sV names of
/// `services`; "ssl" = any TLS service), so a selected script tested a check
/// when those ports were in the scan's port list. What its output must contain
/// to be understood ("" = anything; "a|b" = either); any other output is an
/// error, never guessed at. `categories` are the script's NSE categories, so
/// `--script default` or `-sC` count as selecting it; `arguments` must be set
/// for it to test anything; `outside` scripts ask a database on the internet
/// and prove nothing by silence; `failure` outputs say it could not test (as
/// nmap's own "ERROR: Script execution failed" does for every script).
struct script_info {
  std::string_view script;
  std::string_view categories;
  std::string_view recognised;
  std::string_view ports;
  std::string_view services;
  prints output;
  std::string_view arguments;  ///< "KEY" must be set; "KEY!WORD": set, its value without WORD
  bool outside;
  std::string_view failure;    ///< output meaning the script could not test ("a|b")
};

// clang-format off
inline constexpr std::array default_rules{
    // 2 実行中のサービスの検出: known vulnerabilities of the detected versions
    rule{2,  "vulners",                     match::output,           "*EXPLOIT*",                        severity::high},
    rule{2,  "vulners",                     match::output,           "CVE-",                             severity::medium},
    // 3–4 DNSに関する調査
    rule{3,  "dns-recursion",               match::output,           "Recursion appears to be enabled",  severity::medium},
    rule{4,  "dns-zone-transfer",           match::output,           "SOA",                              severity::medium},
    // 5–6 メールサーバに関する調査
    rule{5,  "smtp-open-relay",             match::output,           "Server is an open relay",          severity::high},
    rule{6,  "smtp-commands",               match::output,           "VRFY",                             severity::low},
    rule{6,  "smtp-commands",               match::output,           "EXPN",                             severity::low},
    rule{6,  "smtp-enum-users",             match::account_list,     "Couldn't find any accounts",       severity::medium},
    // 7–8 FTPに関する調査
    rule{7,  "ftp-anon",                    match::output,           "Anonymous FTP login allowed",      severity::medium},
    rule{7,  "ftp-anon",                    match::output,           "[NSE: writeable]",                 severity::high},
    rule{8,  "",                            match::service,          "ftp",                              severity::medium},
    // 9–10 Windowsネットワークサービスに関する調査
    rule{9,  "smb-os-discovery",            match::output,           "OS:",                              severity::low},
    rule{9,  "smb-enum-users",              match::output,           "RID:",                             severity::medium},
    rule{10, "smb-enum-shares",             match::output,           "Anonymous access: READ",           severity::high},
    // 11–12 SNMPに関する調査
    rule{11, "snmp-sysdescr",               match::output,           "",                                 severity::medium},
    rule{12, "snmp-brute",                  match::output,           "Valid credentials",                severity::high},
    rule{12, "snmp-brute",                  match::output,           "private - Valid credentials",      severity::urgent},
    // 13 SSHサーバに関する調査
    rule{13, "ssh-auth-methods",            match::output,           "password",                         severity::medium},
    // 14 データベースサーバに関する調査 (from outside only, see coverage)
    rule{14, "",                            match::service,          "mysql",                            severity::high},
    rule{14, "",                            match::service,          "ms-sql-s",                         severity::high},
    rule{14, "",                            match::service,          "postgresql",                       severity::high},
    rule{14, "",                            match::service,          "oracle-tns",                       severity::high},
    rule{14, "",                            match::service,          "mongodb",                          severity::high},
    rule{14, "",                            match::service,          "redis",                            severity::high},
    // 15–22 Webサーバの脆弱性. 15: a write method offered to anyone is
    // defacement (high); other risky methods are worth removing (low).
    rule{15, "http-methods",                match::output,           "Potentially risky methods",        severity::low},
    rule{15, "http-methods",                match::listed,           "Potentially risky methods=PUT",    severity::high},
    rule{15, "http-methods",                match::listed,           "Potentially risky methods=DELETE", severity::high},
    rule{15, "http-methods",                match::listed,           "Potentially risky methods=MKCOL",  severity::high},
    rule{15, "http-methods",                match::listed,           "Potentially risky methods=MOVE",   severity::high},
    rule{15, "http-methods",                match::listed,           "Potentially risky methods=COPY",   severity::high},
    rule{15, "http-methods",                match::listed,           "Potentially risky methods=PROPPATCH", severity::high},
    rule{15, "http-webdav-scan",            match::listed,           "Allowed Methods=PUT",              severity::high},
    rule{15, "http-webdav-scan",            match::listed,           "Allowed Methods=DELETE",           severity::high},
    rule{15, "http-webdav-scan",            match::listed,           "Allowed Methods=MKCOL",            severity::high},
    rule{15, "http-put",                    match::output,           "successfully created",             severity::high},
    rule{16, "http-trace",                  match::output,           "TRACE is enabled",                 severity::medium},
    rule{16, "http-methods",                match::listed,           "Potentially risky methods=TRACE",  severity::medium},
    rule{19, "http-internal-ip-disclosure", match::output,           "Internal IP Leaked",               severity::low},
    rule{20, "ssl-cert",                    match::cert_self_signed, "",                                 severity::medium},
    rule{20, "ssl-cert",                    match::cert_expired,     "",                                 severity::medium},
    rule{21, "sslv2",                       match::output,           "SSLv2 supported",                  severity::high},
    // 22: nmap's letter grade, and what it does not weigh: old protocols and
    // short keys (a 512-bit RSA key is factored in hours: high).
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=B",                 severity::low},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=C",                 severity::medium},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=D",                 severity::high},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=E",                 severity::high},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=F",                 severity::urgent},
    rule{22, "ssl-enum-ciphers",            match::tls_protocol,     "SSLv3",                            severity::high},
    rule{22, "ssl-enum-ciphers",            match::tls_protocol,     "TLSv1.0",                          severity::low},
    rule{22, "ssl-enum-ciphers",            match::tls_protocol,     "TLSv1.1",                          severity::low},
    rule{22, "ssl-enum-ciphers",            match::tls_no_modern,    "",                                 severity::medium},
    rule{22, "ssl-enum-ciphers",            match::tls_kex_bits,     "1-1023",                           severity::high},
    rule{22, "ssl-enum-ciphers",            match::tls_kex_bits,     "1024-2047",                        severity::medium},
    rule{22, "ssl-enum-ciphers",            match::tls_cipher,       "_EXPORT",                          severity::urgent},
    rule{22, "ssl-enum-ciphers",            match::tls_cipher,       "_NULL_",                           severity::urgent},
    rule{22, "ssl-enum-ciphers",            match::tls_cipher,       "_anon_",                           severity::urgent},
    rule{22, "ssl-cert",                    match::cert_key_bits,    "1-1023",                           severity::high},
    rule{22, "ssl-cert",                    match::cert_key_bits,    "1024-2047",                        severity::medium},
    // 23 Windowsの既知の脆弱性
    rule{23, "smb-vuln-*",                  match::output,           "State: VULNERABLE",                severity::urgent},
    // 25 バックドアの調査: a backdoor script, a shell on a port, a remote
    // login on a port it does not belong to
    rule{25, "*-backdoor",                  match::output,           "State: VULNERABLE",                severity::urgent},
    rule{25, "",                            match::service,          "bindshell",                        severity::urgent},
    rule{25, "",                            match::service_off_port, "telnet:23",                        severity::high},
    // 26 P2Pソフトウェアの調査
    rule{26, "",                            match::service,          "bittorrent",                       severity::medium},
    rule{26, "",                            match::service,          "bittorrent-tracker",               severity::medium},
    rule{26, "",                            match::service,          "gnutella",                         severity::medium},
    rule{26, "",                            match::service,          "edonkey",                          severity::medium},
    rule{26, "",                            match::product,          "BitTorrent",                       severity::medium},
    rule{26, "",                            match::product,          "bittorrent",                       severity::medium},
    rule{26, "",                            match::product,          "Transmission",                     severity::medium},
};

inline constexpr std::array default_coverage{
    coverage{1,  "",                                 need_all_tcp_ports,                               "-p- (every TCP port)"},
    coverage{2,  "vulners",                          need_version,                                     "-sV --script vulners, from a scanner that reaches vulners.com"},
    coverage{3,  "dns-recursion",                    need_nothing,                                     "-sU -p U:53 --script dns-recursion"},
    coverage{4,  "dns-zone-transfer",                need_nothing,                                     "-p T:53 --script dns-zone-transfer --script-args dns-zone-transfer.domain=DOMAIN"},
    coverage{5,  "smtp-open-relay",                  need_nothing,                                     "-p T:25,465,587 --script smtp-open-relay"},
    coverage{6,  "smtp-enum-users,smtp-commands",    need_nothing,                                     "-p T:25,465,587 --script smtp-enum-users --script-args smtp-enum-users.methods={VRFY,EXPN}"},
    coverage{7,  "ftp-anon",                         need_nothing,                                     "-p T:21 --script ftp-anon"},
    coverage{8,  "",                                 need_all_tcp_ports | need_version | need_internet, "-sV -p- from outside the facility, imported with --from-internet"},
    coverage{9,  "smb-os-discovery,smb-enum-users",  need_nothing,                                     "-p T:139,445 --script smb-os-discovery,smb-enum-users"},
    coverage{10, "smb-enum-shares",                  need_nothing,                                     "-p T:139,445 --script smb-enum-shares"},
    coverage{11, "snmp-sysdescr",                    need_nothing,                                     "-sU -p U:161 --script snmp-sysdescr"},
    coverage{12, "snmp-brute",                       need_nothing,                                     "-sU -p U:161 --script snmp-brute"},
    coverage{13, "ssh-auth-methods",                 need_nothing,                                     "-p T:22 --script ssh-auth-methods"},
    coverage{14, "",                                 need_all_tcp_ports | need_version | need_internet, "-sV -p- from outside the facility, imported with --from-internet"},
    coverage{15, "http-methods,http-webdav-scan",    need_nothing,                                     "-p T:80,443 --script http-methods,http-webdav-scan"},
    coverage{16, "http-trace,http-methods",          need_nothing,                                     "-p T:80,443 --script http-trace"},
    coverage{17, "",                                 need_other_tool,                                  "no nmap script: send a request with a script in its Expect header and look for it in the 417 response"},
    coverage{18, "",                                 need_other_tool,                                  "no nmap script: request a forbidden path with UTF-7 script and look for it in the 403 response"},
    coverage{19, "http-internal-ip-disclosure",      need_nothing,                                     "-p T:80,443 --script http-internal-ip-disclosure"},
    coverage{20, "ssl-cert",                         need_nothing,                                     "-p T:443 --script ssl-cert"},
    coverage{21, "sslv2",                            need_nothing,                                     "-p T:443 --script sslv2"},
    coverage{22, "ssl-enum-ciphers",                 need_nothing,                                     "-p T:443 --script ssl-enum-ciphers"},
    coverage{23, "smb-vuln-*",                       need_nothing,                                     "-p T:139,445 --script smb-vuln-*"},
    coverage{24, "",                                 need_other_tool,                                  "look the operating systems found (-O -sV) up in their vendors' advisories"},
    coverage{25, "*-backdoor",                       need_all_tcp_ports | need_version,                "-sV -p- --script \"*-backdoor\""},
    coverage{26, "",                                 need_all_tcp_ports | need_version,                "-sV -p- (P2P services on any port)"},
    coverage{27, "",                                 need_other_tool,                                  "look the devices found (-O -sV) up in their vendors' advisories"},
    coverage{28, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{29, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{30, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{31, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{32, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
};

// From nmap's scripts (nmap 7.93): categories from script.db, ports and
// services from each portrule, `always` where the script prints a result
// also when it finds nothing.
inline constexpr std::array default_scripts{
    script_info{"dns-recursion",               "default,safe",                   "Recursion appears to be enabled",            "U:53",          "",                        prints::on_finding, "",                         false, ""},
    script_info{"dns-zone-transfer",           "discovery,intrusive",            "",                                           "T:53",          "domain",                  prints::on_finding, "dns-zone-transfer.domain", false, ""},
    script_info{"ftp-anon",                    "auth,default,safe",              "Anonymous FTP login allowed",                "T:21",          "ftp,ftps",                prints::on_finding, "",                         false, ""},
    script_info{"ftp-proftpd-backdoor",        "exploit,intrusive,malware,vuln", "",                                           "T:21",          "ftp",                     prints::on_finding, "",                         false, ""},
    script_info{"ftp-vsftpd-backdoor",         "exploit,intrusive,malware,vuln", "",                                           "T:21",          "ftp",                     prints::on_finding, "",                         false, ""},
    script_info{"http-internal-ip-disclosure", "discovery,safe,vuln",            "Internal IP Leaked",                         "T:80,443",      "http,https",              prints::on_finding, "",                         false, ""},
    script_info{"http-methods",                "default,safe",                   "Supported Methods|Potentially risky methods", "T:80,443",     "http,https",              prints::on_finding, "",                         false, ""},
    script_info{"http-put",                    "discovery,intrusive",            "",                                           "T:80,443",      "http,https",              prints::on_finding, "http-put.url",             false, ""},
    script_info{"http-trace",                  "discovery,safe,vuln",            "TRACE is enabled",                           "T:80,443",      "http,https",              prints::on_finding, "",                         false, ""},
    script_info{"http-webdav-scan",            "default,discovery,safe",         "",                                           "T:80,443",      "http,https",              prints::on_finding, "",                         false, ""},
    script_info{"irc-unrealircd-backdoor",     "exploit,intrusive,malware,vuln", "",                                           "T:6667",        "irc",                     prints::on_finding, "",                         false, ""},
    script_info{"smb-enum-shares",             "discovery,intrusive",            "",                                           "T:139,445",     "",                        prints::on_finding, "",                         false, ""},
    script_info{"smb-enum-users",              "auth,intrusive",                 "",                                           "T:139,445",     "",                        prints::on_finding, "",                         false, ""},
    script_info{"smb-os-discovery",            "default,discovery,safe",         "",                                           "T:139,445",     "",                        prints::on_finding, "",                         false, ""},
    script_info{"smb-vuln-*",                  "vuln",                           "",                                           "T:139,445",     "",                        prints::on_finding, "",                         false, ""},
    script_info{"smtp-commands",               "default,discovery,safe",         "",                                           "T:25,465,587",  "smtp,smtps,submission",   prints::always,     "",                         false, ""},
    script_info{"smtp-enum-users",             "auth,external,intrusive",        "",                                           "T:25,465,587",  "smtp,smtps,submission",   prints::always,     "smtp-enum-users.methods!RCPT", false, "Couldn't perform|Couldn't establish|Failed to|Method |Server did not|Invalid method"},
    script_info{"smtp-open-relay",             "discovery,external,intrusive",   "",                                           "T:25,465,587",  "smtp,smtps,submission",   prints::always,     "",                         false, "Failed to|Couldn't"},
    script_info{"snmp-brute",                  "brute,intrusive",                "Valid credentials",                          "U:161",         "snmp",                    prints::on_finding, "",                         false, ""},
    script_info{"snmp-sysdescr",               "default,discovery,safe",         "",                                           "U:161",         "snmp",                    prints::on_finding, "",                         false, ""},
    script_info{"ssh-auth-methods",            "auth,intrusive",                 "Supported authentication methods|none_auth", "T:22",          "ssh",                     prints::always,     "",                         false, ""},
    script_info{"ssl-cert",                    "default,discovery,safe",         "Not valid after",                            "T:443",         "ssl",                     prints::always,     "",                         false, ""},
    script_info{"ssl-enum-ciphers",            "discovery,intrusive",            "least strength",                             "T:443",         "ssl",                     prints::always,     "",                         false, ""},
    script_info{"sslv2",                       "default,safe",                   "SSLv2 supported",                            "T:443",         "ssl",                     prints::on_finding, "",                         false, ""},
    script_info{"vulners",                     "external,safe,vuln",             "",                                           "",              "",                        prints::on_finding, "",                         true, ""},
};
// clang-format on

/// The network checks are 1–27; a mapping names checks 1–32.
inline constexpr std::size_t check_count = 32;

namespace detail {
constexpr bool port_rule(match how) {
  return how == match::service || how == match::service_off_port || how == match::product;
}

constexpr bool valid_default_mapping() {
  bool covered[check_count + 1] = {};
  for (const auto& c : default_coverage) {
    if (c.check < 1 || c.check > check_count || covered[c.check] || c.hint.empty()) return false;
    covered[c.check] = true;
  }
  for (std::size_t k = 1; k <= check_count; ++k) {
    if (!covered[k]) return false;
  }
  for (const auto& r : default_rules) {
    if (r.check < 1 || r.check > check_count) return false;
    if (port_rule(r.how) != r.script.empty()) return false;
  }
  return true;
}
}  // namespace detail

static_assert(detail::valid_default_mapping(),
              "every check 1–32 needs exactly one coverage row with a hint; rules name checks "
              "1–32, and only the port rules (service, service_off_port, product) have no script");

}  // namespace teleworksec::nmap
