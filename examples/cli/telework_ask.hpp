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
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "telework_wording.hpp"

namespace cli {

/// The questionnaire over one document of a telework catalog.
template <class Catalog>
class telework_questionnaire {
 public:
  telework_questionnaire(Catalog c, tws::assessment_document& doc, lang l)
      : c_(c), doc_(doc), l_(l) {}

  ask_end run() {
    std::size_t i = 0;
    for (;;) {
      const auto seq = steps();
      if (i >= seq.size()) return ask_end::done;
      const auto& s = seq[i];
      if (s.kind == step::item &&
          (i == 0 || seq[i - 1].kind != step::item || group_of(seq[i - 1].index) != group_of(s.index))) {
        std::cout << "\n== " << group_title(group_of(s.index)) << " ==\n";
      }
      prompt(seq, i);
      const auto line = detail_ask::read_line();
      if (!line) return ended();
      const auto input = detail_ask::trim(*line);
      const auto word = detail_ask::lower(input);
      if (word == "back" || word == "b") {
        if (i == 0) {
          std::cout << say(l_, "  This is the first step.\n", "  最初の項目です。\n");
        } else {
          --i;
        }
        continue;
      }
      if (word == "quit" || word == "q") return ask_end::quit;
      if (word == "?" || word == "help") {
        std::cout << help_text(s.kind);
        continue;
      }
      const auto result = s.kind == step::name   ? take_name(input)
                          : s.kind == step::fact ? take_fact(s.index, word)
                                                 : take_item(s.index, word);
      if (result == taken::end_of_input) return ended();
      if (result == taken::yes) ++i;
    }
  }

 private:
  static constexpr auto kind = Catalog::kind;
  struct step {
    enum kind_t : std::uint8_t { name, fact, item } kind;
    std::size_t index;
  };
  enum class taken : std::uint8_t { yes, again, end_of_input };

  static ask_end ended() {
    return detail_ask::interrupted != 0 ? ask_end::interrupted : ask_end::end_of_input;
  }

  [[nodiscard]] std::size_t group_of(std::size_t i) const {
    const auto& cat = Catalog::catalog;
    if constexpr (kind == tws::catalog_kind::self_check) {
      return std::size_t{cat.items[i].group} - 1;
    } else if constexpr (kind == tws::catalog_kind::policy) {
      return std::size_t{cat.sections[cat.statements[i].section].group} - 1;
    } else {
      return std::size_t{cat.measures[i].group} - 1;
    }
  }

  [[nodiscard]] std::string group_title(std::size_t g) const {
    if constexpr (kind == tws::catalog_kind::self_check) {
      return threat_group_title(c_, g, l_);
    } else if constexpr (kind == tws::catalog_kind::policy) {
      return policy_group_title(c_, g, l_);
    } else {
      return measure_group_title(c_, g, l_);
    }
  }

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
      return pattern && (item.byod != tws::byod_rule::byod_only || truth("byod"));
    } else {
      (void)i;
      return true;
    }
  }

  [[nodiscard]] std::vector<step> steps() const {
    std::vector<step> seq{{step::name, 0}};
    const auto& facts = tws::facts_of(c_);
    for (std::size_t f = 0; f < facts.size(); ++f) seq.push_back({step::fact, f});
    constexpr std::size_t n = tws::item_count_of<Catalog>();
    const std::size_t groups = Catalog::catalog.group_count;
    for (std::size_t g = 0; g < groups; ++g) {  // by group, in catalog order within it
      for (std::size_t i = 0; i < n; ++i) {
        if (group_of(i) == g && applies(i)) seq.push_back({step::item, i});
      }
    }
    return seq;
  }

  [[nodiscard]] std::string noun() const {
    if constexpr (kind == tws::catalog_kind::self_check) {
      return say(l_, "item", "項目");
    } else if constexpr (kind == tws::catalog_kind::policy) {
      return say(l_, "statement", "項目");
    } else {
      return say(l_, "measure", "対策");
    }
  }

  void keeps(const std::string& current) const {
    std::cout << say(l_, " (Enter keeps ", "（Enter で ") << current << say(l_, ")", "）");
  }

  void prompt(const std::vector<step>& seq, std::size_t i) const {
    std::size_t k = 0;
    std::size_t n = 0;
    for (std::size_t j = 0; j < seq.size(); ++j) {
      if (seq[j].kind != seq[i].kind) continue;
      ++n;
      if (j <= i) ++k;
    }
    const auto progress = [&](const std::string& what) {
      return l_ == lang::ja ? what + " " + std::to_string(k) + " / " + std::to_string(n)
                            : what + " " + std::to_string(k) + " of " + std::to_string(n);
    };
    const auto& s = seq[i];
    if (s.kind == step::name) {
      std::cout << say(l_, "Company or team name", "組織名");
      if (!doc_.facility_name.empty()) {
        std::cout << say(l_, " (Enter keeps \"", "（Enter で「") << doc_.facility_name
                  << say(l_, "\")", "」のまま）");
      }
      std::cout << ": " << std::flush;
      return;
    }
    if (s.kind == step::fact) {
      const auto& def = tws::facts_of(c_)[s.index];
      const bool byod = def.id == "byod";
      std::cout << progress(say(l_, "fact", "条件")) << " · " << def.id << "\n  "
                << (byod ? say(l_, "Are private devices used for telework: ",
                               "テレワークで私用端末を使いますか：")
                         : say(l_, "Is this telework pattern used: ",
                               "このテレワークのパターンを使いますか："))
                << def.ja << " (" << def.en << ")" << say(l_, "?", "？") << "\n  [y/n/skip/back]";
      if (const auto it = doc_.facts.find(std::string{def.id}); it != doc_.facts.end()) {
        keeps(it->second ? "y" : "n");
      }
      std::cout << " > " << std::flush;
      return;
    }
    const auto& cat = Catalog::catalog;
    const std::string id{tws::item_id(c_, s.index).view()};
    std::cout << progress(noun()) << " · " << id << " · ";
    if constexpr (kind == tws::catalog_kind::self_check) {
      const auto& item = cat.items[s.index];
      std::cout << role_name(item.role, l_) << " · " << item_marks(item, l_) << "\n  " << item.ja
                << "\n  [y/n/na/skip/back]";
    } else if constexpr (kind == tws::catalog_kind::policy) {
      const auto& def = cat.statements[s.index];
      std::cout << obligation_name(def.level, l_) << "\n  " << def.ja
                << "\n  [i (implemented) / p (planned) / n (not needed) / skip / back]";
      if (const auto it = doc_.decisions.find(id); it != doc_.decisions.end()) {
        keeps(std::string{tws::to_string(it->second.value)});
      }
      std::cout << " > " << std::flush;
      return;
    } else {
      const auto& def = cat.measures[s.index];
      std::cout << def.title_ja << "\n  " << def.ja << "\n  [y/n/na/skip/back]";
    }
    if (const auto it = doc_.answers.find(id); it != doc_.answers.end()) {
      keeps(std::string{tws::to_string(it->second.value)});
    }
    std::cout << " > " << std::flush;
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

  taken take_name(const std::string& input) {
    if (input.empty()) return taken::yes;
    if (!detail_ask::valid_text(input) || input.size() > 200) {
      std::cout << say(l_, "  Please type a name of at most 200 bytes of UTF-8 text.\n",
                       "  200 バイト以内の UTF-8 の文字で入力してください。\n");
      return taken::again;
    }
    doc_.facility_name = input;
    return taken::yes;
  }

  taken take_fact(std::size_t f, const std::string& word) {
    const std::string id{tws::facts_of(c_)[f].id};
    if (word.empty()) return doc_.facts.contains(id) ? taken::yes : invalid();
    if (word == "y" || word == "yes" || word == "はい") {
      doc_.facts[id] = true;
    } else if (word == "n" || word == "no" || word == "いいえ") {
      doc_.facts[id] = false;
    } else if (word == "skip" || word == "s") {
      doc_.facts.erase(id);
    } else {
      return invalid();
    }
    return taken::yes;
  }

  // Asks for a line until `ok` accepts it; nullopt at the end of the input.
  template <class Ok>
  std::optional<std::string> ask_text(std::string_view en, std::string_view ja,
                                      std::string_view retry_en, std::string_view retry_ja, Ok ok) {
    for (;;) {
      std::cout << say(l_, en, ja) << std::flush;
      const auto line = detail_ask::read_line();
      if (!line) return std::nullopt;
      auto text = detail_ask::trim(*line);
      if (!text.empty() && detail_ask::valid_text(text) && text.size() <= 4096 && ok(text)) {
        return text;
      }
      std::cout << say(l_, retry_en, retry_ja);
    }
  }

  taken take_item(std::size_t i, const std::string& word) {
    const std::string id{tws::item_id(c_, i).view()};
    if constexpr (kind == tws::catalog_kind::policy) {
      const auto current = doc_.decisions.find(id);
      if (word.empty()) return current != doc_.decisions.end() ? taken::yes : invalid();
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
        const auto deadline = ask_text(
            "  Deadline (YYYY-MM-DD) > ", "  期限（YYYY-MM-DD） > ",
            "  A date YYYY-MM-DD is needed.\n", "  YYYY-MM-DD の日付を入力してください。\n",
            [](const std::string& t) { return tws::valid_date(t); });
        if (!deadline) return taken::end_of_input;
        entry.deadline = *deadline;
      } else if (word == "n" || word == "not_needed") {
        entry.value = tws::decision::not_needed;
        const auto why = ask_text(
            "  Why is it not needed? > ", "  不要とする理由 > ",
            "  A justification is needed (UTF-8 text, at most 4096 bytes).\n",
            "  理由を入力してください（UTF-8、4096 バイト以内）。\n",
            [](const std::string&) { return true; });
        if (!why) return taken::end_of_input;
        entry.justification = *why;
      } else {
        return invalid();
      }
      entry.object_form = entry.value != tws::decision::implemented || !entry.note.empty() ||
                          entry.impacts != decltype(entry.impacts){};
      doc_.decisions[id] = std::move(entry);
      return taken::yes;
    } else {
      const auto current = doc_.answers.find(id);
      if (word.empty()) return current != doc_.answers.end() ? taken::yes : invalid();
      if (word == "skip" || word == "s") {
        doc_.answers.erase(id);
        return taken::yes;
      }
      tws::answer value = tws::answer::unanswered;
      if (word == "y" || word == "yes" || word == "はい") value = tws::answer::yes;
      if (word == "n" || word == "no" || word == "いいえ") value = tws::answer::no;
      if (word == "na" || word == "n/a") value = tws::answer::not_applicable;
      if (value == tws::answer::unanswered) return invalid();
      tws::answer_entry entry;
      entry.value = value;
      if (value == tws::answer::not_applicable) {
        const auto why = ask_text(
            "  Why does it not apply? > ", "  対象外の理由 > ",
            "  A reason is needed (UTF-8 text, at most 4096 bytes).\n",
            "  理由を入力してください（UTF-8、4096 バイト以内）。\n",
            [](const std::string&) { return true; });
        if (!why) return taken::end_of_input;
        entry.reason = *why;
        entry.object_form = true;
      }
      if (current == doc_.answers.end() || current->second.value != value ||
          value == tws::answer::not_applicable) {
        doc_.answers[id] = std::move(entry);
      }
      return taken::yes;
    }
  }

  [[nodiscard]] taken invalid() const {
    std::cout << say(l_, "  Please answer as shown in brackets (? for help).\n",
                     "  [ ] 内のいずれかで答えてください（? でヘルプ）。\n");
    return taken::again;
  }

  Catalog c_;
  tws::assessment_document& doc_;
  lang l_;
};

}  // namespace cli
