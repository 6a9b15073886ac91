#pragma once

// The fast reader of teleworksec/assessment/v1: reads the text once, token by
// token (json_text.hpp), straight into the assessment document — no DOM, no
// second walk. It decides only whether the input is a valid assessment; it
// never words an error. Anything it does not accept goes to the reference
// reader (assessment_reader_dom.hpp), which parses it again and words the
// error exactly as before, so messages need no second implementation and the
// first error reported stays the one the reference reader finds first (it
// visits keys in sorted order, which a stream cannot).
//
// The contract, checked by tests/runtime/assessment_reader_test.cpp on every
// sample, every bad input and mutations of them: when try_read_assessment()
// gives a document, read_assessment_dom() gives an equal one; when it gives
// nothing, read_assessment_dom() throws (or, for the rare valid input it does
// not take, such as a byte-order mark, returns the document itself).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/assessment_reader_dom.hpp"
#include "teleworksec/io/id_index.hpp"
#include "teleworksec/io/input_error.hpp"
#include "teleworksec/io/json_text.hpp"

namespace teleworksec {

namespace detail {

/// Inserts a new key: cheap when keys come sorted, as written files have
/// them; false when the key is there already (a duplicate key).
template <class Map, class Value>
bool insert_new(Map& map, std::string key, Value&& value) {
  if (map.empty() || std::prev(map.end())->first < key) {
    map.emplace_hint(map.end(), std::move(key), std::forward<Value>(value));
    return true;
  }
  return map.emplace(std::move(key), std::forward<Value>(value)).second;
}

class fast_reader {
 public:
  explicit fast_reader(std::string_view text) : in_(text) {}

  // Reads the whole text into `doc`, checking everything that does not
  // depend on the catalog; read_for() then checks the rest.
  bool read(assessment_document& doc) {
    if (!in_.take('{')) return false;
    if (!in_.take('}')) {
      do {
        std::string_view k;
        if (!in_.key(k, key_)) return false;
        const int bit = root_key(k);
        if (bit < 0 || (seen_ & (1U << bit)) != 0) return false;
        seen_ |= 1U << bit;
        if (!member(bit, doc)) return false;
      } while (in_.take(','));
      if (!in_.take('}')) return false;
    }
    if (!in_.at_end()) return false;
    return has(schema_key) && has(catalog_key);
  }

  // The checks that need the catalog: which sections it takes, and its IDs.
  template <class Catalog>
  [[nodiscard]] bool read_for(Catalog c, const assessment_document& doc) const {
    if constexpr (!certification_kind_v<Catalog>) {
      if (doc.policy == evidence_policy::audit || has(overrides_key) || has(diagnosis_key)) return false;
    }
    if constexpr (Catalog::kind == catalog_kind::policy) {
      if (has(answers_key)) return false;
      std::size_t rank_decisions = 0;
      for (const auto& [id, e] : doc.decisions) {
        if (!answer_ids<Catalog>.find(id, rank_decisions)) return false;
      }
    } else if (has(decisions_key)) {
      return false;
    }
    for (const auto& [id, value] : doc.facts) {
      if (!find_fact(c, id)) return false;
    }
    std::size_t rank_answers = 0;
    for (const auto& [id, e] : doc.answers) {
      if (!answer_ids<Catalog>.find(id, rank_answers)) return false;
    }
    if constexpr (certification_kind_v<Catalog>) {
      for (const auto& [id, e] : doc.overrides) {
        if (!find_override(c, id)) return false;
      }
    }
    if (has(diagnosis_key)) {
      if constexpr (has_diagnosis_v<Catalog>) {
        std::size_t rank_diagnosis = 0;
        for (const auto& [id, e] : doc.diagnosis) {
          if (!check_ids<Catalog>.find(id, rank_diagnosis)) return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

 private:
  enum root_member : int {
    schema_key,
    catalog_key,
    policy_key,
    date_key,
    facility_key,
    answers_key,
    overrides_key,
    diagnosis_key,
    decisions_key
  };

  [[nodiscard]] bool has(root_member m) const { return (seen_ & (1U << m)) != 0; }

  static int root_key(std::string_view k) {
    constexpr std::string_view names[] = {"schema",  "catalog",   "policy",
                                          "date",    "facility",  "answers",
                                          "overrides", "diagnosis", "decisions"};
    for (std::size_t i = 0; i < std::size(names); ++i) {
      if (names[i] == k) return static_cast<int>(i);
    }
    return -1;
  }

  bool member(int which, assessment_document& doc) {
    switch (which) {
      case schema_key: {
        std::string_view s;
        return in_.string(s, value_) && s == assessment_schema;
      }
      case catalog_key: return text(doc.catalog, 100);
      case policy_key: return choice(doc.policy);
      case date_key: return text(doc.date, 100) && valid_date(doc.date);
      case facility_key: return read_facility(doc);
      case answers_key: return read_answers(doc);
      case overrides_key: return read_overrides(doc);
      case diagnosis_key: doc.has_diagnosis = true; return read_diagnosis(doc);
      case decisions_key: return read_decisions(doc);
      default: return false;
    }
  }

  // A string value of at most `max` bytes.
  bool text(std::string& out, std::size_t max = 4096) {
    std::string_view s;
    if (!in_.string(s, value_) || s.size() > max) return false;
    out.assign(s);
    return true;
  }

  // A value of a named enum, as files spell it.
  template <named_enum Enum>
  bool choice(Enum& out) {
    std::string_view s;
    if (!in_.string(s, value_)) return false;
    const auto v = from_string<Enum>(s);
    if (!v) return false;
    out = *v;
    return true;
  }

  // An object of fixed keys: f(index of the key) reads each value. Each key
  // at most once; `required` (a bit mask) must all be there.
  template <std::size_t N, class F>
  bool fields(const std::string_view (&names)[N], unsigned required, F f) {
    if (!in_.take('{')) return false;
    unsigned seen = 0;
    if (!in_.take('}')) {
      do {
        std::string_view k;
        if (!in_.key(k, key_)) return false;
        std::size_t i = 0;
        while (i < N && names[i] != k) ++i;
        if (i == N || (seen & (1U << i)) != 0) return false;
        seen |= 1U << i;
        if (!f(i)) return false;
      } while (in_.take(','));
      if (!in_.take('}')) return false;
    }
    return (seen & required) == required;
  }

  // An object keyed by IDs: f(key) reads each value (and rejects a duplicate).
  template <class F>
  bool entries(F f) {
    if (!in_.take('{')) return false;
    if (in_.take('}')) return true;
    do {
      std::string_view k;
      if (!in_.key(k, key_)) return false;
      if (!f(k)) return false;
    } while (in_.take(','));
    return in_.take('}');
  }

  // An array: f() reads each element.
  template <class F>
  bool elements(F f) {
    if (!in_.take('[')) return false;
    if (in_.take(']')) return true;
    do {
      if (!f()) return false;
    } while (in_.take(','));
    return in_.take(']');
  }

  bool read_facility(assessment_document& doc) {
    static constexpr std::string_view names[] = {"name", "facts"};
    return fields(names, 0, [&](std::size_t i) {
      if (i == 0) return text(doc.facility_name, 200);
      return entries([&](std::string_view id) {
        bool v = false;
        return in_.boolean(v) && insert_new(doc.facts, std::string{id}, v);
      });
    });
  }

  bool read_answers(assessment_document& doc) {
    return entries([&](std::string_view id) {
      answer_entry e;
      // The key is overwritten by the value's keys: keep it.
      std::string key{id};
      if (in_.string_next()) {
        if (!choice(e.value)) return false;
      } else {
        e.object_form = true;
        static constexpr std::string_view names[] = {"answer", "evidence", "reason",
                                                     "approved_by", "expires"};
        bool terms = false;
        const bool ok = fields(names, 1U, [&](std::size_t i) {
          switch (i) {
            case 0: return choice(e.value);
            case 1: return elements([&] { return read_evidence(e); });
            case 2: return text(e.reason);
            default: terms = true; return read_term(i == 3, e);
          }
        });
        if (!ok || (terms && e.value != answer::not_applicable)) return false;
      }
      return insert_new(doc.answers, std::move(key), std::move(e));
    });
  }

  bool read_evidence(answer_entry& e) {
    evidence_ref ev;
    static constexpr std::string_view names[] = {"kind", "ref"};
    if (!fields(names, 3U, [&](std::size_t i) { return i == 0 ? choice(ev.kind) : text(ev.ref); })) {
      return false;
    }
    e.evidence.push_back(std::move(ev));
    return true;
  }

  bool read_overrides(assessment_document& doc) {
    return entries([&](std::string_view id) {
      std::string key{id};
      override_entry e;
      static constexpr std::string_view names[] = {"status", "by", "note", "approved_by",
                                                   "expires"};
      const bool ok = fields(names, 1U, [&](std::size_t i) {
        switch (i) {
          case 0: return choice(e.value);
          case 1: return text(e.by, 200);
          case 2: return text(e.note);
          default: return read_term(i == 3, e);
        }
      });
      return ok && insert_new(doc.overrides, std::move(key), std::move(e));
    });
  }

  // The diagnosis: one entry per check, a status or an object with the
  // findings, a note and the scan files it came from.
  bool read_diagnosis(assessment_document& doc) {
    return entries([&](std::string_view id) {
      std::string key{id};
      check_entry e;
      if (in_.string_next()) {
        if (!choice(e.status) || e.status == check_outcome::kind::findings) return false;
      } else if (!read_check(e)) {
        return false;
      }
      return insert_new(doc.diagnosis, std::move(key), std::move(e));
    });
  }

  bool read_check(check_entry& e) {
    e.object_form = true;
    static constexpr std::string_view names[] = {"status", "findings", "note", "sources"};
    const bool ok = fields(names, 1U, [&](std::size_t i) {
      switch (i) {
        case 0: return choice(e.status);
        case 1: return elements([&] { return read_finding(e); });
        case 2: return text(e.note);
        default: return elements([&] { return read_source(e); });
      }
    });
    if (!ok || (e.status == check_outcome::kind::findings) == e.findings.empty()) return false;
    // A finding names a scan among the check's sources, wherever they stand.
    for (const auto& f : e.findings) {
      if (f.scan.empty()) continue;
      if (std::none_of(e.sources.begin(), e.sources.end(),
                       [&](const scan_source& src) { return src.scan == f.scan; })) {
        return false;
      }
    }
    return true;
  }

  // A scan source: {"scan": ID, "file": NAME, "not_covered"?: WHY}, one per scan.
  bool read_source(check_entry& e) {
    scan_source src;
    static constexpr std::string_view names[] = {"scan", "file", "not_covered"};
    const bool ok = fields(names, 3U, [&](std::size_t i) {
      switch (i) {
        case 0: return text(src.scan, 200) && !src.scan.empty();
        case 1: return text(src.file) && !src.file.empty();
        default: return text(src.not_covered);
      }
    });
    if (!ok) return false;
    for (const auto& seen : e.sources) {
      if (seen.scan == src.scan) return false;
    }
    e.sources.push_back(std::move(src));
    return true;
  }

  bool read_finding(check_entry& e) {
    finding_entry f;
    static constexpr std::string_view names[] = {"severity", "title", "ref", "scan"};
    const bool ok = fields(names, 1U, [&](std::size_t i) {
      switch (i) {
        case 0: return choice(f.level);
        case 1: return text(f.title);
        case 2: return text(f.ref);
        // No source has an empty scan ID, so an empty one is never among them.
        default: return text(f.scan, 200) && !f.scan.empty();
      }
    });
    if (!ok) return false;
    e.findings.push_back(std::move(f));
    return true;
  }

  bool read_decisions(assessment_document& doc) {
    return entries([&](std::string_view id) {
      std::string key{id};
      decision_entry e;
      if (in_.string_next()) {
        if (!choice(e.value) || e.value == decision::planned || e.value == decision::not_needed) {
          return false;
        }
        return insert_new(doc.decisions, std::move(key), std::move(e));
      }
      e.object_form = true;
      bool has_deadline = false;
      bool terms = false;
      static constexpr std::string_view names[] = {"decision", "deadline",    "justification",
                                                   "impact",   "note",        "approved_by",
                                                   "expires"};
      const bool ok = fields(names, 1U, [&](std::size_t i) {
        switch (i) {
          case 0: return choice(e.value);
          case 1: has_deadline = true; return text(e.deadline, 100) && valid_date(e.deadline);
          case 2: return text(e.justification);
          case 3: return read_impacts(e);
          case 4: return text(e.note);
          default: terms = true; return read_term(i == 5, e);
        }
      });
      return ok && (!terms || e.value == decision::not_needed) &&
             (e.value == decision::planned) == has_deadline &&
             (e.value == decision::not_needed) == !e.justification.empty() &&
             insert_new(doc.decisions, std::move(key), std::move(e));
    });
  }

  // An exclusion's "approved_by" (`approver`) or "expires" (a date).
  template <class Entry>
  bool read_term(bool approver, Entry& e) {
    if (approver) return text(e.approved_by, 200);
    return text(e.expires, 100) && valid_date(e.expires);
  }

  bool read_impacts(decision_entry& e) {
    static constexpr std::string_view names[] = {"confidentiality", "integrity", "availability",
                                                 "non_repudiation"};
    static_assert(std::size(names) == aspect_count);
    return fields(names, 0, [&](std::size_t i) {
      if (to_string(static_cast<aspect>(i)) != names[i]) return false;
      return choice(e.impacts[i]);
    });
  }

  json_text::scanner in_;
  std::string key_;    // a key's decoded text, when it has escapes
  std::string value_;  // a value's decoded text, when it has escapes
  unsigned seen_ = 0;  // the root's members read, by root_member
};

}  // namespace detail

/// Reads a teleworksec/assessment/v1 document for one of `Catalogs` in one
/// pass, or gives nothing when the text is not one (the fast reader alone:
/// read_assessment() then lets the reference reader word the problem).
template <class Catalogs = catalogs::all>
std::optional<assessment_document> try_read_assessment(std::string_view text) {
  if (text.size() > max_input_bytes) return std::nullopt;
  std::optional<assessment_document> doc{std::in_place};
  detail::fast_reader reader{text};
  if (!reader.read(*doc)) return std::nullopt;
  bool valid = false;
  const bool known = visit_catalog<Catalogs>(doc->catalog, [&](auto c) {
    valid = reader.read_for(c, *doc);
  });
  if (!known || !valid) return std::nullopt;
  return doc;
}

/// Reads a teleworksec/assessment/v1 document for one of `Catalogs`. `file`
/// names the input in messages. Throws input_error naming the file, the JSON
/// path and what was expected.
template <class Catalogs = catalogs::all>
assessment_document read_assessment(std::string_view text, const std::string& file) {
  if (auto doc = try_read_assessment<Catalogs>(text)) return std::move(*doc);
  return read_assessment_dom<Catalogs>(text, file);
}

}  // namespace teleworksec
