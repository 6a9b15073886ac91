#pragma once

// An assessment document written back as JSON (round trip: reading the
// output gives an equal document).

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

#include "teleworksec/io/assessment_document.hpp"

namespace teleworksec {

namespace detail {
// A diagnosis check's "sources" as the assessment and the result write them.
inline nlohmann::json sources_json(const check_entry& e) {
  auto list = nlohmann::json::array();
  for (const auto& src : e.sources) {
    auto& row = list.emplace_back(nlohmann::json{{"scan", src.scan}, {"file", src.file}});
    if (!src.not_covered.empty()) row["not_covered"] = src.not_covered;
  }
  return list;
}
}  // namespace detail

/// Writes an assessment document back (round trip: reading the output gives
/// an equal document).
template <class Catalogs = catalogs::all>
nlohmann::json to_json(const assessment_document& doc) {
  nlohmann::json j;
  j["schema"] = assessment_schema;
  j["catalog"] = doc.catalog;
  j["policy"] = to_string(doc.policy);
  if (!doc.date.empty()) j["date"] = doc.date;
  auto& facility = j["facility"] = nlohmann::json::object();
  if (!doc.facility_name.empty()) facility["name"] = doc.facility_name;
  facility["facts"] = nlohmann::json::object();
  for (const auto& [k, v] : doc.facts) facility["facts"][k] = v;
  auto answers = nlohmann::json::object();
  for (const auto& [id, e] : doc.answers) {
    if (!e.object_form) {
      answers[id] = to_string(e.value);
      continue;
    }
    auto& a = answers[id] = {{"answer", to_string(e.value)}};
    if (!e.reason.empty()) a["reason"] = e.reason;
    if (!e.approved_by.empty()) a["approved_by"] = e.approved_by;
    if (!e.expires.empty()) a["expires"] = e.expires;
    if (!e.evidence.empty()) {
      a["evidence"] = nlohmann::json::array();
      for (const auto& ev : e.evidence) {
        a["evidence"].push_back({{"kind", to_string(ev.kind)}, {"ref", ev.ref}});
      }
    }
  }
  // A policy catalog takes decisions, every other catalog answers: each writes
  // its own, even none.
  bool policy_catalog = false;
  visit_catalog<Catalogs>(doc.catalog, [&](auto c) {
    policy_catalog = decltype(c)::kind == catalog_kind::policy;
  });
  if (!policy_catalog) j["answers"] = std::move(answers);
  if (!doc.overrides.empty()) {
    for (const auto& [id, e] : doc.overrides) {
      auto& o = j["overrides"][id] = {{"status", to_string(e.value)}};
      if (!e.by.empty()) o["by"] = e.by;
      if (!e.note.empty()) o["note"] = e.note;
      if (!e.approved_by.empty()) o["approved_by"] = e.approved_by;
      if (!e.expires.empty()) o["expires"] = e.expires;
    }
  }
  if (policy_catalog) {
    j["decisions"] = nlohmann::json::object();
    for (const auto& [id, e] : doc.decisions) {
      if (!e.object_form) {
        j["decisions"][id] = to_string(e.value);
        continue;
      }
      auto& d = j["decisions"][id] = {{"decision", to_string(e.value)}};
      if (!e.deadline.empty()) d["deadline"] = e.deadline;
      if (!e.justification.empty()) d["justification"] = e.justification;
      if (!e.note.empty()) d["note"] = e.note;
      if (!e.approved_by.empty()) d["approved_by"] = e.approved_by;
      if (!e.expires.empty()) d["expires"] = e.expires;
      for (std::size_t k = 0; k < aspect_count; ++k) {
        if (e.impacts[k] != impact::unrated) {
          d["impact"][std::string{to_string(static_cast<aspect>(k))}] = to_string(e.impacts[k]);
        }
      }
    }
  }
  if (doc.has_diagnosis) {
    auto& diagnosis = j["diagnosis"] = nlohmann::json::object();
    for (const auto& [id, e] : doc.diagnosis) {
      if (!e.object_form) {
        diagnosis[id] = to_string(e.status);
        continue;
      }
      auto& d = diagnosis[id] = {{"status", to_string(e.status)}};
      if (!e.note.empty()) d["note"] = e.note;
      if (!e.sources.empty()) d["sources"] = detail::sources_json(e);
      if (!e.findings.empty()) {
        d["findings"] = nlohmann::json::array();
        for (const auto& f : e.findings) {
          nlohmann::json fj{{"severity", to_string(f.level)}};
          if (!f.title.empty()) fj["title"] = f.title;
          if (!f.ref.empty()) fj["ref"] = f.ref;
          if (!f.scan.empty()) fj["scan"] = f.scan;
          d["findings"].push_back(std::move(fj));
        }
      }
    }
  }
  return j;
}

}  // namespace teleworksec
