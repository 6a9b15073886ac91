#pragma once

// The model of `diff`: differences grouped by what changed (facts, answers,
// statuses, the rating), each with its file-format values for JSON and its
// words for people, and the comparisons every kind shares.

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wording.hpp"

namespace cli {

/// One difference: file-format values for JSON, words for people.
struct change {
  std::string id;
  std::string title;
  nlohmann::json from;
  nlohmann::json to;
  std::string from_text;
  std::string to_text;
};

/// The differences of one kind, e.g. "answers".
struct change_group {
  std::string key;
  std::string heading;
  std::vector<change> changes;
  bool id_in_text = true;  ///< false: the title alone names the change for people

  /// Adds a change when `from` and `to` differ.
  void add(std::string id, std::string title, nlohmann::json from, nlohmann::json to,
           std::string from_text, std::string to_text) {
    if (from == to) return;
    changes.push_back({std::move(id), std::move(title), std::move(from), std::move(to),
                       std::move(from_text), std::move(to_text)});
  }

  /// Adds a change of a count.
  void count(std::string id, std::string title, std::size_t from, std::size_t to) {
    add(std::move(id), std::move(title), from, to, std::to_string(from), std::to_string(to));
  }
};

namespace detail_diff {

// "yes" and {"answer": "yes"} say the same; so do "passed" and {"status": "passed"}.
inline nlohmann::json normal(const nlohmann::json& v) {
  for (const char* key : {"answer", "status", "decision"}) {
    if (v.is_object() && v.size() == 1 && v.contains(key)) return v[key];
  }
  return v;
}

}  // namespace detail_diff

/// A value in words: the text of a string, the JSON of anything else, or
/// `missing` for null.
inline std::string text_of(const nlohmann::json& v, const std::string& missing) {
  if (v.is_null()) return missing;
  return v.is_string() ? v.get<std::string>() : v.dump();
}

/// The member `key` of a document's JSON, or an empty object.
inline nlohmann::json member_of(const nlohmann::json& j, const char* key) {
  return j.value(key, nlohmann::json::object());
}

/// Compares the members of two objects of the file format (absent = `missing`),
/// in catalog order: rank(key) is the ID's index. title(key) names an ID;
/// text(document, key) says its value in words.
template <class Rank, class Title, class Text>
void compare_members(change_group& g, const nlohmann::json& a, const nlohmann::json& b,
                     const nlohmann::json& missing, const tws::assessment_document& doc_a,
                     const tws::assessment_document& doc_b, Rank rank, Title title, Text text) {
  std::set<std::pair<std::size_t, std::string>> keys;
  for (const auto* side : {&a, &b}) {
    if (side->is_object()) {
      for (const auto& [k, v] : side->items()) keys.emplace(rank(k), k);
    }
  }
  for (const auto& [order, k] : keys) {
    const auto from = a.contains(k) ? detail_diff::normal(a[k]) : missing;
    const auto to = b.contains(k) ? detail_diff::normal(b[k]) : missing;
    if (from == to) continue;
    g.changes.push_back({k, title(k), from, to, text(doc_a, k), text(doc_b, k)});
  }
}

/// The assessment's own fields (the evidence policy when `with_policy`, the
/// facility's name as `who_ja`, the date) that differ.
inline change_group meta_changes(const tws::assessment_document& a,
                                 const tws::assessment_document& b, bool with_policy,
                                 std::string_view who_ja, lang l) {
  change_group meta{"assessment", say(l, "Assessment", "評価の条件"), {}, false};
  const auto meta_of = [&](const tws::assessment_document& d) {
    auto m = nlohmann::json::object();
    if (with_policy) m["policy"] = tws::to_string(d.policy);
    if (!d.facility_name.empty()) m["facility"] = d.facility_name;
    if (!d.date.empty()) m["date"] = d.date;
    return m;
  };
  compare_members(
      meta, meta_of(a), meta_of(b), nullptr, a, b,
      [](const std::string&) { return std::size_t{0}; },
      [&](const std::string& key) {
        if (key == "facility") return say(l, "facility", who_ja);
        return key == "date" ? say(l, "date", "評価日") : say(l, "policy", "評価方針");
      },
      [&](const tws::assessment_document& d, const std::string& key) {
        return text_of(meta_of(d).value(key, nlohmann::json()), "—");
      });
  return meta;
}

/// The facts of two documents of catalog c, as JSON (ja, jb) and read (a, b);
/// a fact left out is unstated, which counts as true.
template <class C>
change_group fact_changes(C c, std::string heading, const nlohmann::json& ja,
                          const nlohmann::json& jb, const tws::assessment_document& a,
                          const tws::assessment_document& b, lang l) {
  change_group facts{"facts", std::move(heading), {}};
  compare_members(
      facts, ja["facility"]["facts"], jb["facility"]["facts"], nullptr, a, b,
      [&](const std::string& id) { return *tws::find_fact(c, id); },
      [&](const std::string& id) {
        const auto& def = tws::facts_of(c)[*tws::find_fact(c, id)];
        return say(l, def.en, def.ja);
      },
      [&](const tws::assessment_document& d, const std::string& id) {
        const auto it = d.facts.find(id);
        if (it == d.facts.end()) return say(l, "unstated (true)", "未記入（true）");
        return std::string{it->second ? "true" : "false"};
      });
  return facts;
}

/// The answers of two documents of catalog c; title(id) names an entry and
/// detail(entry) adds what the answer carries beside its value.
template <class C, class Title, class Detail>
change_group answer_changes(C c, const nlohmann::json& ja, const nlohmann::json& jb,
                            const tws::assessment_document& a, const tws::assessment_document& b,
                            Title title, Detail detail, lang l) {
  change_group answers{"answers", say(l, "Answers", "回答"), {}};
  compare_members(
      answers, member_of(ja, "answers"), member_of(jb, "answers"), "unanswered", a, b,
      [&](const std::string& id) { return *tws::find_answer(c, id); }, title,
      [&](const tws::assessment_document& d, const std::string& id) {
        const auto it = d.answers.find(id);
        if (it == d.answers.end()) return label(tws::answer::unanswered, l);
        return label(it->second.value, l) + detail(it->second);
      });
  return answers;
}

/// The answerable items whose state (implemented, not_implemented, unanswered,
/// not_applicable) differs between two results; title(id) names an item.
template <class C, class Result, class Title>
change_group item_state_changes(C c, const Result& ra, const Result& rb, std::string key,
                                std::string heading, Title title, lang l) {
  change_group items{std::move(key), std::move(heading), {}};
  for (std::size_t i = 0; i < C::item_count; ++i) {
    const std::string id{tws::answer_id(c, i).view()};
    items.add(id, title(id), item_state(ra, i), item_state(rb, i), item_state_name(ra, i, l),
              item_state_name(rb, i, l));
  }
  return items;
}

}  // namespace cli
