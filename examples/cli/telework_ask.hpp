#pragma once

// `ask CATALOG` for the telework catalogs, with the same keys and endings as
// the certification questionnaire (ask.hpp):
// - mic-telework-v4: the name, the facts (telework patterns ①–⑥ and BYOD),
//   then only the items those facts make applicable, by threat group;
// - coworking-user: the name, then the measures by group;
// - csaj-home-2018: the name, then each statement by group, decided
//   i (implemented), p (planned: asks a deadline), n (not needed: asks a
//   justification) or skip (undecided).

#include <cstddef>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "telework_wording.hpp"

namespace cli {

/// The questionnaire over one document of a telework catalog.
template <class Catalog>
class telework_questionnaire : public questionnaire_base<Catalog, telework_questionnaire<Catalog>> {
  using base = questionnaire_base<Catalog, telework_questionnaire<Catalog>>;
  friend base;

 public:
  telework_questionnaire(Catalog c, tws::assessment_document& doc, lang l) : base(c, doc, l) {}

 private:
  static constexpr auto kind = Catalog::kind;
  using base::c_;
  using base::doc_;
  using base::l_;
  using typename base::step;
  using typename base::taken;

  [[nodiscard]] std::size_t section_of(std::size_t i) const {
    const auto& cat = Catalog::catalog;
    if constexpr (kind == tws::catalog_kind::self_check) {
      return std::size_t{cat.items[i].group} - 1;
    } else if constexpr (kind == tws::catalog_kind::policy) {
      return std::size_t{cat.sections[cat.statements[i].section].group} - 1;
    } else {
      return std::size_t{cat.measures[i].group} - 1;
    }
  }

  [[nodiscard]] std::string section_title(std::size_t g) const { return group_title(c_, g, l_); }

  // Whether a self-check item applies under the facts stated so far (a fact
  // left out counts as true), as the engine decides it.
  [[nodiscard]] bool applies(std::size_t i) const {
    if constexpr (kind == tws::catalog_kind::self_check) {
      const auto& cat = Catalog::catalog;
      const auto truth = [&](std::string_view id) {
        const auto it = doc_.facts.find(std::string{id});
        return it == doc_.facts.end() || it->second;
      };
      const auto& item = cat.items[i];
      bool pattern = item.patterns.empty();
      for (std::size_t f = 0; f < cat.pattern_count; ++f) {
        pattern = pattern || (item.patterns.contains(tws::fact(static_cast<unsigned>(f))) &&
                              truth(cat.facts[f].id));
      }
      bool needs = true;
      for (std::size_t f = 0; f < cat.facts.size(); ++f) {
        needs = needs && (!item.scope.needs.contains(tws::fact(static_cast<unsigned>(f))) ||
                          truth(cat.facts[f].id));
      }
      return pattern && needs;
    } else {
      (void)i;
      return true;
    }
  }

  [[nodiscard]] std::vector<step> steps() const {
    std::vector<step> seq{{step::name, 0}};
    const auto& facts = tws::facts_of(c_);
    for (std::size_t f = 0; f < facts.size(); ++f) seq.push_back({step::fact, f});
    constexpr std::size_t n = Catalog::item_count;
    const std::size_t groups = Catalog::catalog.group_count;
    for (std::size_t g = 0; g < groups; ++g) {  // by group, in catalog order within it
      for (std::size_t i = 0; i < n; ++i) {
        if (section_of(i) == g && applies(i)) seq.push_back({step::entry, i});
      }
    }
    return seq;
  }

  void prompt(const std::vector<step>& seq, std::size_t i) const {
    const auto& s = seq[i];
    if (s.kind == step::name) return this->prompt_name("Company or team name", "組織名");
    if (s.kind == step::fact) {
      const bool byod = tws::facts_of(c_)[s.index].id == "byod";
      return this->prompt_fact(seq, i,
                               byod ? say(l_, "Are private devices used for telework: ",
                                          "テレワークで私用端末を使いますか：")
                                    : say(l_, "Is this telework pattern used: ",
                                          "このテレワークのパターンを使いますか："));
    }
    const auto& cat = Catalog::catalog;
    const std::string id{tws::item_id(c_, s.index).view()};
    if constexpr (kind == tws::catalog_kind::self_check) {
      const auto& item = cat.items[s.index];
      std::cout << this->progress(seq, i, "item", "項目") << " · " << id << " · "
                << role_name(c_, item.role, l_) << " · " << item_marks(item, l_) << "\n  " << item.ja;
    } else if constexpr (kind == tws::catalog_kind::policy) {
      const auto& def = cat.statements[s.index];
      std::cout << this->progress(seq, i, "statement", "項目") << " · " << id << " · "
                << obligation_name(def.level, l_) << "\n  " << def.ja
                << "\n  [i (implemented) / p (planned) / n (not needed) / skip / back]";
      if (const auto it = doc_.decisions.find(id); it != doc_.decisions.end()) {
        this->keeps(tws::to_string(it->second.value));
      }
      std::cout << " > " << std::flush;
      return;
    } else {
      const auto& def = cat.measures[s.index];
      std::cout << this->progress(seq, i, "measure", "対策") << " · " << id << " · " << def.title_ja
                << "\n  " << def.ja;
    }
    this->prompt_answer_keys(id);
  }

  [[nodiscard]] std::string help_text(typename step::kind_t k) const {
    if (k == step::name) {
      return say(l_, "  The name as it should appear in reports; Enter leaves it as it is.\n",
                 "  レポートに表示する名称です。Enter でそのままにします。\n");
    }
    if (k == step::fact) {
      return say(l_,
                 "  y: true, n: false (items only for it do not apply), skip: leave it unstated "
                 "(counts as true), back: previous step, quit: save and stop\n",
                 "  y：該当、n：非該当（それだけが対象の項目は対象外）、skip：未記入（該当とみなす）、"
                 "back：前へ、quit：保存して終了\n");
    }
    if constexpr (kind == tws::catalog_kind::policy) {
      return say(l_,
                 "  i: implemented, p: planned (asks a deadline YYYY-MM-DD), n: not needed "
                 "(asks a justification), skip: leave it undecided, back: previous statement, "
                 "quit: save and stop\n",
                 "  i：実施済み、p：実施予定（期限 YYYY-MM-DD を入力）、n：不要（理由を入力）、"
                 "skip：未判定、back：前へ、quit：保存して終了\n");
    }
    return say(l_,
               "  y: implemented, n: not implemented, na: not applicable (asks for a reason), "
               "skip: leave it unanswered (counts as not implemented), back: previous step, "
               "quit: save and stop\n",
               "  y：実施済み、n：未実施、na：対象外（理由を入力）、skip：未回答（未実施とみなす）、"
               "back：前へ、quit：保存して終了\n");
  }

  taken take_entry(std::size_t i, const std::string& word) {
    const std::string id{tws::item_id(c_, i).view()};
    if constexpr (kind == tws::catalog_kind::policy) {
      const auto current = doc_.decisions.find(id);
      if (word.empty()) return current != doc_.decisions.end() ? taken::yes : this->invalid();
      if (word == "skip" || word == "s") {
        doc_.decisions.erase(id);
        return taken::yes;
      }
      tws::decision_entry entry;
      if (current != doc_.decisions.end()) {  // keeps impacts and note
        entry.impacts = current->second.impacts;
        entry.note = current->second.note;
      }
      if (word == "i" || word == "implemented") {
        entry.value = tws::decision::implemented;
      } else if (word == "p" || word == "planned") {
        entry.value = tws::decision::planned;
        const auto deadline = this->ask_text(
            "  Deadline (YYYY-MM-DD) > ", "  期限（YYYY-MM-DD） > ",
            "  A date YYYY-MM-DD is needed.\n", "  YYYY-MM-DD の日付を入力してください。\n",
            [](const std::string& t) { return tws::valid_date(t); });
        if (!deadline) return taken::end_of_input;
        entry.deadline = *deadline;
      } else if (word == "n" || word == "not_needed") {
        entry.value = tws::decision::not_needed;
        const auto why =
            this->ask_text("  Why is it not needed? > ", "  不要とする理由 > ",
                           "  A justification is needed (UTF-8 text, at most 4096 bytes).\n",
                           "  理由を入力してください（UTF-8、4096 バイト以内）。\n",
                           [](const std::string&) { return true; });
        if (!why) return taken::end_of_input;
        entry.justification = *why;
      } else {
        return this->invalid();
      }
      entry.object_form = entry.value != tws::decision::implemented || !entry.note.empty() ||
                          entry.impacts != decltype(entry.impacts){};
      doc_.decisions[id] = std::move(entry);
      return taken::yes;
    } else {
      return this->take_answer(id, word);
    }
  }
};

}  // namespace cli
