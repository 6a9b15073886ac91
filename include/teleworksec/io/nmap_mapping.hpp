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
  service,           ///< an open port whose service name (-sV) is `pattern`
  cert_self_signed,  ///< ssl-cert: the certificate's issuer is its subject
  cert_expired,      ///< ssl-cert: notAfter lies before the scan started
};

}  // namespace teleworksec::nmap

/// The names of the matches, as mapping files write them.
template <>
struct teleworksec::enum_names<teleworksec::nmap::match> {
  using match = nmap::match;
  static constexpr std::array<enum_name<match>, 5> table{{
      {match::output, "output", "script output", "スクリプト出力"},
      {match::element, "element", "structured output element", "構造化出力の要素"},
      {match::service, "service", "service name", "サービス名"},
      {match::cert_self_signed, "cert_self_signed", "self-signed certificate", "自己署名証明書"},
      {match::cert_expired, "cert_expired", "expired certificate", "期限切れ証明書"},
  }};
};

namespace teleworksec::nmap {

/// What a scan must have done before a check counts as performed (bits).
enum need : std::uint8_t {
  need_nothing = 0,
  need_all_tcp_ports = 1,  ///< every TCP port scanned (-p- or -p T:1-65535)
  need_udp = 2,            ///< a UDP scan (-sU)
  need_version = 4,        ///< service and version detection (-sV or -A)
  need_internet = 8,       ///< scanned from outside the facility (import --from-internet)
  need_other_tool = 16,    ///< nmap cannot decide the check: it stays not_performed
};

}  // namespace teleworksec::nmap

/// The names of the needs, as mapping files write them.
template <>
struct teleworksec::enum_names<teleworksec::nmap::need> {
  using need = nmap::need;
  static constexpr std::array<enum_name<need>, 5> table{{
      {need::need_all_tcp_ports, "all_tcp_ports", "every TCP port", "全TCPポート"},
      {need::need_udp, "udp", "a UDP scan", "UDPスキャン"},
      {need::need_version, "version", "version detection", "バージョン検出"},
      {need::need_internet, "from_internet", "a scan from the Internet", "インターネット側からのスキャン"},
      {need::need_other_tool, "other_tool", "another tool", "他のツール"},
  }};
};

namespace teleworksec::nmap {

/// One way a scan result becomes a finding of a check.
struct rule {
  std::uint8_t check;        ///< certification-v2/vuln/<check>
  std::string_view script;   ///< NSE script id ("smb-vuln-*": by prefix); empty for match::service
  match how;
  std::string_view pattern;  ///< see match
  severity level;
};

/// When a scan decides a check: the scripts (any one suffices; none listed =
/// no script needed) and the scan's needs. A decided check without a matching
/// rule is passed.
struct coverage {
  std::uint8_t check;
  std::string_view scripts;  ///< comma-separated
  std::uint8_t needs;        ///< bits of need
  std::string_view hint;     ///< the nmap options that would cover the check
};

/// What a script's output must contain to be understood ("" = anything; "a|b"
/// = either); any other output of a mapped script is an error, never guessed
/// at. `categories` are the script's NSE categories, so `--script default`
/// or `-sC` count as running it.
struct script_info {
  std::string_view script;
  std::string_view categories;
  std::string_view recognised;
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
    // 15–22 Webサーバの脆弱性
    rule{15, "http-methods",                match::output,           "Potentially risky methods",        severity::low},
    rule{16, "http-trace",                  match::output,           "TRACE is enabled",                 severity::medium},
    rule{16, "http-methods",                match::output,           "TRACE",                            severity::medium},
    rule{19, "http-internal-ip-disclosure", match::output,           "Internal IP Leaked",               severity::low},
    rule{20, "ssl-cert",                    match::cert_self_signed, "",                                 severity::medium},
    rule{20, "ssl-cert",                    match::cert_expired,     "",                                 severity::medium},
    rule{21, "sslv2",                       match::output,           "SSLv2 supported",                  severity::high},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=B",                 severity::low},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=C",                 severity::medium},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=D",                 severity::high},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=E",                 severity::high},
    rule{22, "ssl-enum-ciphers",            match::element,          "least strength=F",                 severity::urgent},
    // 23 Windowsの既知の脆弱性
    rule{23, "smb-vuln-*",                  match::output,           "State: VULNERABLE",                severity::urgent},
    // 25 バックドアの調査
    rule{25, "ftp-vsftpd-backdoor",         match::output,           "State: VULNERABLE",                severity::urgent},
    rule{25, "ftp-proftpd-backdoor",        match::output,           "State: VULNERABLE",                severity::urgent},
    rule{25, "irc-unrealircd-backdoor",     match::output,           "State: VULNERABLE",                severity::urgent},
    rule{25, "",                            match::service,          "bindshell",                        severity::urgent},
    // 26 P2Pソフトウェアの調査
    rule{26, "",                            match::service,          "bittorrent-tracker",               severity::medium},
    rule{26, "",                            match::service,          "gnutella",                         severity::medium},
    rule{26, "",                            match::service,          "edonkey",                          severity::medium},
};

inline constexpr std::array default_coverage{
    coverage{1,  "",                                 need_all_tcp_ports,                               "-p- (every TCP port)"},
    coverage{2,  "vulners",                          need_version,                                     "-sV --script vulners (looks versions up online)"},
    coverage{3,  "dns-recursion",                    need_udp,                                         "-sU -p U:53 --script dns-recursion"},
    coverage{4,  "dns-zone-transfer",                need_nothing,                                     "--script dns-zone-transfer --script-args dns-zone-transfer.domain=DOMAIN"},
    coverage{5,  "smtp-open-relay",                  need_nothing,                                     "--script smtp-open-relay"},
    coverage{6,  "smtp-commands",                    need_nothing,                                     "--script smtp-commands"},
    coverage{7,  "ftp-anon",                         need_nothing,                                     "--script ftp-anon"},
    coverage{8,  "",                                 need_all_tcp_ports | need_version | need_internet, "-sV -p- from outside the facility, imported with --from-internet"},
    coverage{9,  "smb-os-discovery,smb-enum-users",  need_nothing,                                     "--script smb-os-discovery,smb-enum-users"},
    coverage{10, "smb-enum-shares",                  need_nothing,                                     "--script smb-enum-shares"},
    coverage{11, "snmp-sysdescr",                    need_udp,                                         "-sU -p U:161 --script snmp-sysdescr"},
    coverage{12, "snmp-brute",                       need_udp,                                         "-sU -p U:161 --script snmp-brute"},
    coverage{13, "ssh-auth-methods",                 need_nothing,                                     "--script ssh-auth-methods"},
    coverage{14, "",                                 need_all_tcp_ports | need_version | need_internet, "-sV -p- from outside the facility, imported with --from-internet"},
    coverage{15, "http-methods",                     need_nothing,                                     "--script http-methods"},
    coverage{16, "http-trace,http-methods",          need_nothing,                                     "--script http-trace"},
    coverage{17, "",                                 need_other_tool,                                  "no nmap script: send a request with a script in its Expect header and look for it in the 417 response"},
    coverage{18, "",                                 need_other_tool,                                  "no nmap script: request a forbidden path with UTF-7 script and look for it in the 403 response"},
    coverage{19, "http-internal-ip-disclosure",      need_nothing,                                     "--script http-internal-ip-disclosure"},
    coverage{20, "ssl-cert",                         need_nothing,                                     "--script ssl-cert"},
    coverage{21, "sslv2",                            need_nothing,                                     "--script sslv2"},
    coverage{22, "ssl-enum-ciphers",                 need_nothing,                                     "--script ssl-enum-ciphers"},
    coverage{23, "smb-vuln-*",                       need_nothing,                                     "--script smb-vuln-*"},
    coverage{24, "",                                 need_other_tool,                                  "look the operating systems found (-O -sV) up in their vendors' advisories"},
    coverage{25, "ftp-vsftpd-backdoor,ftp-proftpd-backdoor,irc-unrealircd-backdoor", need_all_tcp_ports | need_version, "-sV -p- --script \"*-backdoor\""},
    coverage{26, "",                                 need_all_tcp_ports | need_version,                "-sV -p- (P2P services on any port)"},
    coverage{27, "",                                 need_other_tool,                                  "look the devices found (-O -sV) up in their vendors' advisories"},
    coverage{28, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{29, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{30, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{31, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
    coverage{32, "",                                 need_other_tool,                                  "a Wi-Fi survey at the facility, not nmap"},
};

// From nmap's script.db (nmap 7.93).
inline constexpr std::array default_scripts{
    script_info{"dns-recursion",               "default,safe",                  "Recursion appears to be enabled"},
    script_info{"dns-zone-transfer",           "discovery,intrusive",           ""},
    script_info{"ftp-anon",                    "auth,default,safe",             "Anonymous FTP login allowed"},
    script_info{"ftp-proftpd-backdoor",        "exploit,intrusive,malware,vuln", ""},
    script_info{"ftp-vsftpd-backdoor",         "exploit,intrusive,malware,vuln", ""},
    script_info{"http-internal-ip-disclosure", "discovery,safe,vuln",           "Internal IP Leaked"},
    script_info{"http-methods",                "default,safe",                  "Supported Methods|Potentially risky methods"},
    script_info{"http-trace",                  "discovery,safe,vuln",           "TRACE is enabled"},
    script_info{"irc-unrealircd-backdoor",     "exploit,intrusive,malware,vuln", ""},
    script_info{"smb-enum-shares",             "discovery,intrusive",           ""},
    script_info{"smb-enum-users",              "auth,intrusive",                ""},
    script_info{"smb-os-discovery",            "default,discovery,safe",        ""},
    script_info{"smb-vuln-*",                  "vuln",                          ""},
    script_info{"smtp-commands",               "default,discovery,safe",        ""},
    script_info{"smtp-open-relay",             "discovery,external,intrusive",  ""},
    script_info{"snmp-brute",                  "brute,intrusive",               "Valid credentials"},
    script_info{"snmp-sysdescr",               "default,discovery,safe",        ""},
    script_info{"ssh-auth-methods",            "auth,intrusive",                "Supported authentication methods|none_auth"},
    script_info{"ssl-cert",                    "default,discovery,safe",        "Not valid after"},
    script_info{"ssl-enum-ciphers",            "discovery,intrusive",           "least strength"},
    script_info{"sslv2",                       "default,safe",                  "SSLv2 supported"},
    script_info{"vulners",                     "external,safe,vuln",            ""},
};
// clang-format on

/// The network checks are 1–27; a mapping names checks 1–32.
inline constexpr std::size_t check_count = 32;

namespace detail {
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
    if ((r.how == match::service) != r.script.empty()) return false;
  }
  return true;
}
}  // namespace detail

static_assert(detail::valid_default_mapping(),
              "every check 1–32 needs exactly one coverage row with a hint; rules name checks "
              "1–32, and only service rules have no script");

}  // namespace teleworksec::nmap
