// rate_sample: rates a sample facility written in C++ and prints its grades,
// its level and what blocks the next level.
//
// The facility, "Shibuya Drop-in Desk": a small drop-in coworking space. One
// Wi-Fi access point, with one passphrase for every visitor; no membership,
// no rental PCs; a multifunction printer on the network; online meetings
// advertised. Nearly every basic question is answered yes, but the Wi-Fi
// passphrase is never changed (coworking-v2/3.4.3: no), and several advanced
// measures are missing. A vulnerability diagnosis passed nearly everything,
// but found an open SSID (certification-v2/vuln/31, medium).
//
// Hand derivation by SPEC §4 — ctest example.rate_sample checks the level line.
//
//   Applicable: the facts exclude 2.3.1 (no web registration), 2.5.* and
//   2.7.1 (no membership), 3.5.2 (one AP, no wired access), 3.7.3 (network
//   not outsourced), 4.5.1 (printer without storage features) and 5.* (no
//   rental PCs). So measures 2.5, 2.7, 5.1, 5.2, 5.3 — audit items 10, 12,
//   27, 28, 29 — are not applicable, which meets every mark.
//
//   Measures (= audit items) that are not compliant:
//     3.4 basic    (audit/16, ● ● ●): 3.4.1 yes, 3.4.2 yes, 3.4.3 no → partial
//     2.6 advanced (audit/11, - ▲ ●): 2.6.1 no                       → noncompliant
//     3.8 advanced (audit/20, - ▲ ●): 3.8.3 yes, 3.8.1/.2/.4 no      → partial
//     4.6 advanced (audit/26, - ▲ ●): 4.6.1 no                       → noncompliant
//     6.2 advanced (audit/31, - ▲ ●): 6.2.1 no                       → noncompliant
//   Every other applicable measure is compliant (all its questions yes).
//
//   Audit columns: ★ unmet {16} (● needs compliant; partial is not enough);
//   ★★ unmet {11, 16, 26, 31} (▲ of 20 is met by partial); ★★★ unmet
//   {11, 16, 20, 26, 31}. No column is met, so the grade is D or E; every
//   basic measure of category 1 (管理体制) is compliant, so not E.
//   → audit grade D.
//
//   Diagnosis: all checks performed or not applicable (5, 6 mail, 7, 8 FTP,
//   14 database: no such service). The worst finding is medium (vuln/31)
//   → diagnosis grade C. Check columns: vuln/31 is ▲ ● ●; C meets ▲, not ●:
//   ★ met; ★★ and ★★★ unmet {31}.
//
//   Level: ★★★★ needs audit A; ★★★ audit B or better; ★★ audit C or better
//   (and diagnosis C or better, ★ columns met). Audit D meets none of them.
//   → 認証不可 (Not certifiable), not indicative (a diagnosis was made), not
//   provisional (every applicable question is answered).
//
//   Gaps to ★★ 安心 (column ★): audit item 16 through question 3.4.3, and
//   the audit grade must reach C. Nothing in the diagnosis blocks ★★ (C is
//   allowed, and vuln/31's ▲ is met). Changing the passphrase monthly alone
//   would give ★★.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <iomanip>
#include <iostream>
#include <string>
#include <string_view>

#include "teleworksec/teleworksec.hpp"

namespace {

namespace tws = teleworksec;
using tws::catalogs::certification_v2;
using certification = tws::certification_assessment<tws::catalogs::certification_v2_t>;
constexpr const auto& program = tws::catalogs::certification_v2_program;
constexpr const auto& checklist = tws::catalogs::coworking_v2_checklist;

[[noreturn]] void unknown(std::string_view what, std::string_view id) {
  std::cerr << "rate_sample: unknown " << what << " ID " << id << '\n';
  std::exit(2);
}

std::size_t question(std::string_view id) {
  if (const auto q = tws::find_question(certification_v2, id)) return *q;
  unknown("question", id);
}

std::size_t check(std::string_view id) {
  if (const auto k = tws::find_check(certification_v2, id)) return *k;
  unknown("check", id);
}

std::size_t fact(std::string_view id) {
  for (std::size_t f = 0; f < checklist.facts.size(); ++f) {
    if (checklist.facts[f].id == id) return f;
  }
  unknown("fact", id);
}

void answer(certification& a, tws::answer x, std::initializer_list<std::string_view> ids) {
  for (const auto id : ids) a.set_answer(question(id), x);
}

certification shibuya_drop_in_desk() {
  certification a{};
  a.policy = tws::evidence_policy::self_assessment;  // the operator's own answers

  // Every fact stated: one left out would count as true (SPEC §2).
  a.set_fact(fact("membership"), false);  // drop-in, no members
  a.set_fact(fact("handles_personal_info"), true);
  a.set_fact(fact("website"), true);
  a.set_fact(fact("registration_website"), false);  // registration at the counter
  a.set_fact(fact("wifi"), true);
  a.set_fact(fact("shared_wifi_passphrase"), true);  // one for every visitor
  a.set_fact(fact("multiple_aps_or_wired"), false);
  a.set_fact(fact("network_printers"), true);
  a.set_fact(fact("network_ops_outsourced"), false);
  a.set_fact(fact("connected_devices"), true);  // the printer, a camera
  a.set_fact(fact("mfp"), true);
  a.set_fact(fact("mfp_storage_features"), false);  // no internal storage
  a.set_fact(fact("rental_pcs"), false);
  a.set_fact(fact("rental_pc_free_software"), false);
  a.set_fact(fact("shared_rental_pcs"), false);
  a.set_fact(fact("web_meetings"), true);

  constexpr auto yes = tws::answer::yes;
  constexpr auto no = tws::answer::no;
  // 1 管理体制: policy, terms of use, incident manual, training, advisories.
  answer(a, yes, {"coworking-v2/1.1.1", "coworking-v2/1.1.2", "coworking-v2/1.1.3"});
  answer(a, yes, {"coworking-v2/1.2.1", "coworking-v2/1.2.2", "coworking-v2/1.3.1"});
  answer(a, yes, {"coworking-v2/1.4.1", "coworking-v2/1.4.2", "coworking-v2/1.5.1"});
  // 2 入退室管理・利用者情報: photo ID, personal data, website, usage logs.
  answer(a, yes, {"coworking-v2/2.1.1", "coworking-v2/2.2.1", "coworking-v2/2.3.2"});
  answer(a, yes, {"coworking-v2/2.4.1"});
  answer(a, no, {"coworking-v2/2.6.1"});  // no biometric entry
  // 3 ネットワーク機器: firmware, admin passwords, WPA2 and signal strength.
  answer(a, yes, {"coworking-v2/3.1.1", "coworking-v2/3.1.2", "coworking-v2/3.2.1"});
  answer(a, yes, {"coworking-v2/3.2.2", "coworking-v2/3.3.1", "coworking-v2/3.3.2"});
  // A strong passphrase, told only to checked-in users — but never changed.
  answer(a, yes, {"coworking-v2/3.4.1", "coworking-v2/3.4.2"});
  answer(a, no, {"coworking-v2/3.4.3"});
  // Client isolation, printer settings, a separate network, access logs.
  answer(a, yes, {"coworking-v2/3.5.1", "coworking-v2/3.5.3", "coworking-v2/3.6.1"});
  answer(a, yes, {"coworking-v2/3.7.1", "coworking-v2/3.7.2", "coworking-v2/3.7.4"});
  // Advanced: MFA on the operator's servers; no 802.1X, MAC filter or monitoring.
  answer(a, yes, {"coworking-v2/3.8.3"});
  answer(a, no, {"coworking-v2/3.8.1", "coworking-v2/3.8.2", "coworking-v2/3.8.4"});
  // 4 ネットワーク接続機器: the printer and the camera are kept up to date and
  // locked down; no print release by card or PIN.
  answer(a, yes, {"coworking-v2/4.1.1", "coworking-v2/4.1.2", "coworking-v2/4.2.1"});
  answer(a, yes, {"coworking-v2/4.2.2", "coworking-v2/4.3.1", "coworking-v2/4.4.1"});
  answer(a, yes, {"coworking-v2/4.5.2"});
  answer(a, no, {"coworking-v2/4.6.1"});
  // 6 物理設備: a phone booth and a shredder; no smart lockers.
  answer(a, yes, {"coworking-v2/6.1.1", "coworking-v2/6.3.1"});
  answer(a, no, {"coworking-v2/6.2.1"});

  // The diagnosis: everything passed but vuln/31, which found the printer's
  // Wi-Fi Direct network open; no mail, FTP or database service to test.
  a.diagnose_all(tws::check_outcome::passed());
  for (const std::string_view id :
       {"certification-v2/vuln/5", "certification-v2/vuln/6", "certification-v2/vuln/7",
        "certification-v2/vuln/8", "certification-v2/vuln/14"}) {
    a.diagnose(check(id), tws::check_outcome::not_applicable());
  }
  a.diagnose(check("certification-v2/vuln/31"),
             tws::check_outcome::findings(tws::severity::medium));
  return a;
}

std::string stars(std::uint8_t n) {
  std::string s;
  for (std::uint8_t i = 0; i < n; ++i) s += "★";
  return s;
}

std::string level_name(std::uint8_t n) {
  const auto& level = tws::level_named(program, n);
  std::string s = n == 0 ? std::string{} : stars(n) + " ";
  s += level.name_ja;
  s += " (";
  s += level.name_en;
  s += ")";
  return s;
}

std::string_view risk(const std::array<tws::grade_def, 5>& table, tws::grade g) {
  return table[static_cast<std::size_t>(g)].risk_ja;
}

std::string_view yes_no(bool b) { return b ? "yes" : "no"; }

void print_gaps(const tws::certification_result<tws::catalogs::certification_v2_t>& r) {
  const auto gaps = tws::gaps_to_next_level(certification_v2, r);
  if (gaps.target_stars == 0) {
    std::cout << "\nNothing blocks: this is the highest level.\n";
    return;
  }
  const auto column = tws::level_named(program, gaps.target_stars).column_required;
  const auto column_stars = static_cast<std::uint8_t>(static_cast<unsigned>(column) + 1);
  std::cout << "\nWhat blocks " << level_name(gaps.target_stars) << ":\n";

  std::cout << "  Audit items not met in the " << stars(column_stars) << " column:";
  if (gaps.audit_items.none()) std::cout << " none";
  std::cout << '\n';
  gaps.audit_items.for_each([&](std::size_t m) {
    std::cout << "    " << tws::audit_item_id(certification_v2, m).view() << "  "
              << program.audit_items[m].ja << " (" << tws::to_string(r.measure_status[m]) << ")\n";
    const auto failing = tws::catalogs::coworking_v2_scoring.measure_questions[m] & gaps.questions;
    failing.for_each([&](std::size_t q) {
      std::cout << "      failing " << tws::question_id(certification_v2, q).view() << '\n';
    });
  });

  std::cout << "  Failing questions:";
  if (gaps.questions.none()) std::cout << " none";
  gaps.questions.for_each(
      [&](std::size_t q) { std::cout << ' ' << tws::question_id(certification_v2, q).view(); });
  std::cout << '\n';

  const auto print_checks = [&](std::string_view title, const auto& set) {
    std::cout << "  " << title << ':';
    if (set.none()) std::cout << " none";
    std::cout << '\n';
    set.for_each([&](std::size_t k) {
      std::cout << "    " << tws::check_id(certification_v2, k).view() << "  "
                << program.checks[k].en;
      if (r.checks[k].performed())
        std::cout << " (grade " << tws::to_string(r.check_grade[k]) << ')';
      std::cout << '\n';
    });
  };
  print_checks("Checks not performed", gaps.checks_not_performed);
  print_checks("Checks graded too low", gaps.checks_too_low);

  if (gaps.diagnosis_missing) std::cout << "  No diagnosis yet: the level is indicative.\n";
  if (gaps.audit_grade_blocks) {
    std::cout << "  Audit grade must improve: " << tws::to_string(r.audit_grade) << " -> "
              << tws::to_string(gaps.audit_grade_needed) << " or better\n";
  }
  if (gaps.diagnosis_grade_blocks) {
    std::cout << "  Diagnosis grade must improve: " << tws::to_string(r.diagnosis_grade) << " -> "
              << tws::to_string(gaps.diagnosis_grade_needed) << " or better\n";
  }
}

}  // namespace

int main() {
  const auto facility = shibuya_drop_in_desk();
  const auto r = tws::evaluate(certification_v2, facility);

  std::cout << "Facility:         Shibuya Drop-in Desk\n";
  std::cout << "Catalog:          " << tws::catalogs::certification_v2_t::id << " ("
            << tws::to_string(r.policy) << ")\n";
  std::cout << "Audit grade:      " << tws::to_string(r.audit_grade) << "  (risk "
            << risk(program.audit_grades, r.audit_grade) << ")\n";
  std::cout << "Diagnosis grade:  ";
  if (r.has_diagnosis) {
    std::cout << tws::to_string(r.diagnosis_grade) << "  (risk "
              << risk(program.diagnosis_grades, r.diagnosis_grade) << ")\n";
  } else {
    std::cout << "none (no check performed)\n";
  }
  std::cout << "Level:            " << level_name(r.level.stars) << '\n';
  std::cout << "Provisional:      " << yes_no(r.provisional) << " (" << r.unanswered_count
            << " unanswered)\n";
  std::cout << "Indicative:       " << yes_no(r.level.indicative) << '\n';
  std::cout << "Fingerprint:      " << std::hex << std::setw(16) << std::setfill('0')
            << r.fingerprint << std::dec << '\n';
  if (r.explicit_na.any()) {
    std::cout << "Answered n/a:    ";
    r.explicit_na.for_each(
        [&](std::size_t q) { std::cout << ' ' << tws::question_id(certification_v2, q).view(); });
    std::cout << '\n';
  }
  print_gaps(r);
  return 0;
}
