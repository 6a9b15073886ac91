#pragma once

// `template` for the telework catalogs: a blank assessment that read_assessment
// reads back as it is — mic-telework-v4 with every fact listed (true),
// csaj-home-2018 with an empty "decisions" object, coworking-user with no
// answers — and the "hints" that --hints adds.

#include <cstddef>
#include <string>

#include "telework_wording.hpp"

namespace cli {

/// A blank assessment of a telework catalog.
template <class Catalog>
tws::assessment_document blank_telework_assessment(Catalog c) {
  tws::assessment_document doc;
  doc.catalog = std::string{Catalog::id};
  for (const auto& f : tws::facts_of(c)) doc.facts[std::string{f.id}] = true;
  return doc;
}

/// The blank assessment as JSON (with "facility": {"name": ""} like the
/// certification template).
template <class Catalog>
nlohmann::json blank_telework_json(Catalog c) {
  auto j = tws::to_json(blank_telework_assessment(c));
  j["facility"]["name"] = "";
  return j;
}

/// The texts a person filling in the template needs, keyed by the same IDs.
template <class Catalog>
nlohmann::json telework_hints(Catalog c) {
  const auto& cat = Catalog::catalog;
  nlohmann::json h;
  if constexpr (Catalog::kind == tws::catalog_kind::self_check) {
    h["answers"] =
        "each item ID: \"yes\", \"no\", \"na\" or {\"answer\": …, \"reason\": …}; an applicable "
        "item left out is unanswered (counted as not implemented)";
    for (std::size_t f = 0; f < cat.facts.size(); ++f) {
      const auto& def = cat.facts[f];
      auto list = nlohmann::json::array();
      const auto self = tws::fact(static_cast<unsigned>(f));
      for (std::size_t i = 0; i < cat.items.size(); ++i) {
        const auto& item = cat.items[i];
        const bool needs = item.patterns.contains(self) || item.scope.needs.contains(self);
        if (needs) list.push_back(tws::item_id(c, i).view());
      }
      h["facts"][std::string{def.id}] = {{"ja", def.ja}, {"en", def.en}, {"items", list}};
    }
    h["facts_note"] =
        "pattern_1 … pattern_6: the telework patterns in use (表1; any number true); an item "
        "with 【対象】 patterns applies when one of them is true. byod: private devices are used "
        "(items only for BYOD apply then). A fact left out counts as true.";
    for (std::size_t i = 0; i < cat.items.size(); ++i) {
      const auto& item = cat.items[i];
      auto patterns = nlohmann::json::array();
      for (std::size_t f = 0; f < cat.pattern_count; ++f) {
        if (item.patterns.contains(tws::fact(static_cast<unsigned>(f)))) {
          patterns.push_back(cat.facts[f].id);
        }
      }
      h["items"][std::string{tws::item_id(c, i).view()}] = {
          {"ja", item.ja},
          {"en", item.en},
          {"role", cat.roles[item.role].id},
          {"group", cat.groups[item.group - 1].ja},
          {"basic", item.basic},
          {"recommended", item.recommended},
          {"patterns", patterns},
          {"byod_only", !item.scope.needs.empty()},
          {"page", item.page}};
    }
  } else if constexpr (Catalog::kind == tws::catalog_kind::policy) {
    h["decisions"] =
        "each statement ID: \"implemented\", or {\"decision\": \"planned\", \"deadline\": "
        "\"YYYY-MM-DD\"}, or {\"decision\": \"not_needed\", \"justification\": …}; optional "
        "\"impact\": {\"confidentiality\"|\"integrity\"|\"availability\"|\"non_repudiation\": "
        "\"minor\"|\"serious\"|\"critical\"} and \"note\". A statement left out is undecided. Set "
        "\"date\" (the evaluation date) to see overdue plans.";
    for (std::size_t n = 0; n < cat.statements.size(); ++n) {
      const auto& def = cat.statements[n];
      const auto& sec = cat.sections[def.section];
      h["statements"][std::string{tws::item_id(c, n).view()}] = {
          {"ja", def.ja},
          {"en", def.en},
          {"title_ja", def.title_ja},
          {"level", tws::to_string(def.level)},
          {"level_read", def.level_read},
          {"section", std::string{sec.no} + " " + std::string{sec.ja}},
          {"group", cat.groups[sec.group - 1].ja},
          {"checklist_no", def.checklist_no == 0 ? nlohmann::json(nullptr)
                                                 : nlohmann::json(def.checklist_no)}};
    }
  } else {
    h["answers"] =
        "each measure ID: \"yes\", \"no\", \"na\" or {\"answer\": …, \"reason\": …}; a measure "
        "left out is unanswered (counted as not implemented)";
    for (std::size_t m = 0; m < cat.measures.size(); ++m) {
      const auto& def = cat.measures[m];
      auto risks = nlohmann::json::array();
      for (std::size_t k = 0; k < cat.risk_count; ++k) {
        if (mitigators_of(c, k).test(m)) risks.push_back(tws::risk_id(c, k).view());
      }
      h["measures"][std::string{tws::item_id(c, m).view()}] = {
          {"title_ja", def.title_ja},
          {"ja", def.ja},
          {"en", def.en},
          {"group", cat.groups[def.group - 1].ja},
          {"mitigates", risks}};
    }
    for (std::size_t k = 0; k < cat.risks.size(); ++k) {
      const auto& def = cat.risks[k];
      h["risks"][std::string{tws::risk_id(c, k).view()}] = {
          {"title_ja", def.title_ja}, {"ja", def.ja}, {"en", def.en}};
    }
  }
  return h;
}

}  // namespace cli
