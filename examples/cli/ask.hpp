#pragma once

// `teleworksec ask CATALOG`: an interactive questionnaire on stdin/stdout.
// Facts first, then only the questions the facts make applicable, grouped by
// category; y/n/na/skip/back. The file is written at the end, and also when
// the input ends or Ctrl-C interrupts (exit 130), so no answer is lost; run
// it again on the same file to continue where you stopped.

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "io.hpp"
#include "telework_wording.hpp"
#include "wording.hpp"

namespace cli {

namespace detail_ask {

inline volatile std::sig_atomic_t interrupted = 0;

extern "C" inline void on_interrupt(int /*signal*/) { interrupted = 1; }

// Without SA_RESTART, so that Ctrl-C ends a blocking read at once.
inline void catch_interrupt() {
  struct sigaction action {};
  action.sa_handler = &on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

// One line of standard input without its line break; nullopt at the end of the
// input or on Ctrl-C.
inline std::optional<std::string> read_line() {
  std::string line;
  for (;;) {
    if (interrupted != 0) return std::nullopt;
    const int c = std::fgetc(stdin);
    if (c == EOF) {
      if (interrupted != 0) return std::nullopt;
      if (std::ferror(stdin) != 0 && errno == EINTR) {  // another signal: read on
        std::clearerr(stdin);
        continue;
      }
      if (line.empty()) return std::nullopt;
      return line;  // a last line without a line break
    }
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    line += static_cast<char>(c);
  }
}

inline std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string{s.substr(first, s.find_last_not_of(" \t") - first + 1)};
}

inline std::string lower(std::string s) {
  for (auto& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

// Well-formed UTF-8 without control characters: what the file format can carry.
inline bool valid_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (b < 0x80) {
      if (b < 0x20 || b == 0x7F) return false;
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1FU;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0FU;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07U;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cont = static_cast<unsigned char>(s[i + k]);
      if ((cont & 0xC0U) != 0x80U) return false;
      cp = (cp << 6) | (cont & 0x3FU);
    }
    const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

// One step of a questionnaire: the name, a fact, or an entry to answer or
// decide (a question, item, measure or statement), by its index.
struct step {
  enum kind_t : std::uint8_t { name, fact, entry } kind;
  std::size_t index;
};

// What became of a line of input: taken (go on), asked again, or the input ended.
enum class taken : std::uint8_t { yes, again, end_of_input };

}  // namespace detail_ask

/// How a questionnaire ended.
enum class ask_end : std::uint8_t { done, quit, end_of_input, interrupted };

/// What the questionnaires of every catalog share: the loop over the steps
/// with its keys (back, quit, ?), the name, the facts and y/n/na answers.
/// `Derived` gives the steps, their sections, prompts and help, and takes an
/// entry's input.
template <class Catalog, class Derived>
class questionnaire_base {
 public:
  ask_end run() {
    auto& self = static_cast<Derived&>(*this);
    std::size_t i = 0;
    for (;;) {
      const auto seq = self.steps();
      if (i >= seq.size()) return ask_end::done;
      const auto& s = seq[i];
      if (s.kind == step::entry &&
          (i == 0 || seq[i - 1].kind != step::entry ||
           self.section_of(seq[i - 1].index) != self.section_of(s.index))) {
        std::cout << "\n== " << self.section_title(self.section_of(s.index)) << " ==\n";
      }
      self.prompt(seq, i);
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
        std::cout << self.help_text(s.kind);
        continue;
      }
      const auto result = s.kind == step::name   ? take_name(input)
                          : s.kind == step::fact ? take_fact(s.index, word)
                                                 : self.take_entry(s.index, word);
      if (result == taken::end_of_input) return ended();
      if (result == taken::yes) ++i;
    }
  }

 protected:
  using step = detail_ask::step;
  using taken = detail_ask::taken;

  questionnaire_base(Catalog c, tws::assessment_document& doc, lang l) : c_(c), doc_(doc), l_(l) {}

  static ask_end ended() {
    return detail_ask::interrupted != 0 ? ask_end::interrupted : ask_end::end_of_input;
  }

  // " (Enter keeps no)": what Enter leaves in place.
  void keeps(std::string_view current) const {
    std::cout << say(l_, " (Enter keeps ", "（Enter で ") << current << say(l_, ")", "）");
  }

  // "question 3 of 41" / "質問 3 / 41": step i among the steps of its kind.
  [[nodiscard]] std::string progress(const std::vector<step>& seq, std::size_t i,
                                     std::string_view en, std::string_view ja) const {
    std::size_t k = 0;
    std::size_t n = 0;
    for (std::size_t j = 0; j < seq.size(); ++j) {
      if (seq[j].kind != seq[i].kind) continue;
      ++n;
      if (j <= i) ++k;
    }
    return l_ == lang::ja ? std::string{ja} + " " + std::to_string(k) + " / " + std::to_string(n)
                          : std::string{en} + " " + std::to_string(k) + " of " + std::to_string(n);
  }

  void prompt_name(std::string_view en, std::string_view ja) const {
    std::cout << say(l_, en, ja);
    if (!doc_.facility_name.empty()) {
      std::cout << say(l_, " (Enter keeps \"", "（Enter で「") << doc_.facility_name
                << say(l_, "\")", "」のまま）");
    }
    std::cout << ": " << std::flush;
  }

  // The fact of step i, its text after `question` (which may be empty).
  void prompt_fact(const std::vector<step>& seq, std::size_t i, const std::string& question) const {
    const auto& def = tws::facts_of(c_)[seq[i].index];
    std::cout << progress(seq, i, "fact", "条件") << " · " << def.id << "\n  " << question << def.ja
              << " (" << def.en << ")" << say(l_, "?", "？") << "\n  [y/n/skip/back]";
    if (const auto it = doc_.facts.find(std::string{def.id}); it != doc_.facts.end()) {
      keeps(it->second ? "y" : "n");
    }
    std::cout << " > " << std::flush;
  }

  // The end of a y/n/na prompt: the keys, and the answer the file has.
  void prompt_answer_keys(const std::string& id) const {
    std::cout << "\n  [y/n/na/skip/back]";
    if (const auto it = doc_.answers.find(id); it != doc_.answers.end()) {
      keeps(tws::to_string(it->second.value));
    }
    std::cout << " > " << std::flush;
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

  // A y/n/na/skip answer to the entry with this file-format ID.
  taken take_answer(const std::string& id, const std::string& word) {
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
      const auto why = ask_text("  Why does it not apply? > ", "  対象外の理由 > ",
                                "  A reason is needed (UTF-8 text, at most 4096 bytes).\n",
                                "  理由を入力してください（UTF-8、4096 バイト以内）。\n",
                                [](const std::string&) { return true; });
      if (!why) return taken::end_of_input;
      entry.reason = *why;
      entry.object_form = true;
    }
    // The same answer again keeps what the file had with it (evidence, reason).
    if (current == doc_.answers.end() || current->second.value != value ||
        value == tws::answer::not_applicable) {
      doc_.answers[id] = std::move(entry);
    }
    return taken::yes;
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

/// The questionnaire over one document of catalog `Catalog`.
template <class Catalog>
class questionnaire : public questionnaire_base<Catalog, questionnaire<Catalog>> {
  using base = questionnaire_base<Catalog, questionnaire<Catalog>>;
  friend base;

 public:
  questionnaire(Catalog c, tws::assessment_document& doc, lang l) : base(c, doc, l) {}

 private:
  using base::c_;
  using base::doc_;
  using base::l_;
  using typename base::step;
  using typename base::taken;

  [[nodiscard]] std::size_t section_of(std::size_t q) const {
    return Catalog::checklist_scoring
        .measure_category[Catalog::checklist_scoring.question_measure[q]];
  }

  [[nodiscard]] std::string section_title(std::size_t cat) const {
    return category_title(c_, cat, l_);
  }

  [[nodiscard]] tws::fact_set false_facts() const {
    tws::fact_set set{};
    for (const auto& [id, value] : doc_.facts) {
      if (!value) set = set | tws::fact(static_cast<unsigned>(*tws::find_fact(c_, id)));
    }
    return set;
  }

  // The name, the facts that still matter, then the applicable questions. A
  // fact matters when some question it conditions is not already excluded by
  // another fact stated false (no Wi-Fi: no question about its passphrase).
  [[nodiscard]] std::vector<step> steps() const {
    const auto& checklist = Catalog::checklist;
    const auto excluded = false_facts();
    std::vector<step> seq{{step::name, 0}};
    for (std::size_t f = 0; f < checklist.fact_count; ++f) {
      const auto self = tws::fact(static_cast<unsigned>(f));
      bool matters = false;
      for (const auto& q : checklist.questions) {
        matters =
            matters || (q.condition.contains(self) && !(q.condition & ~self).intersects(excluded));
      }
      if (matters) seq.push_back({step::fact, f});
    }
    for (std::size_t q = 0; q < checklist.question_count; ++q) {
      if (!checklist.questions[q].condition.intersects(excluded)) seq.push_back({step::entry, q});
    }
    return seq;
  }

  void prompt(const std::vector<step>& seq, std::size_t i) const {
    const auto& s = seq[i];
    if (s.kind == step::name) return this->prompt_name("Facility name", "施設名");
    if (s.kind == step::fact) return this->prompt_fact(seq, i, "");
    const std::size_t m = Catalog::checklist_scoring.question_measure[s.index];
    const std::string id{tws::question_id(c_, s.index).view()};
    std::cout << this->progress(seq, i, "question", "質問") << " · " << id << " · "
              << say(l_, Catalog::checklist.measures[m].en, Catalog::checklist.measures[m].ja)
              << "\n  " << Catalog::checklist.questions[s.index].ja;
    this->prompt_answer_keys(id);
  }

  [[nodiscard]] std::string help_text(typename step::kind_t kind) const {
    if (kind == step::name) {
      return say(
          l_, "  The facility's name as it should appear in reports; Enter leaves it as it is.\n",
          "  レポートに表示する施設名です。Enter でそのままにします。\n");
    }
    if (kind == step::fact) {
      return say(l_,
                 "  y: true, n: false (its questions do not apply), skip: leave it unstated "
                 "(counts as true), back: previous step, quit: save and stop\n",
                 "  y：該当、n：非該当（関連する質問は対象外）、skip：未記入（該当とみなす）、"
                 "back：前へ、quit：保存して終了\n");
    }
    return say(
        l_,
        "  y: yes, n: no, na: not applicable (asks for a reason), skip: leave it "
        "unanswered (counts as no), back: previous question, quit: save and stop\n",
        "  y：はい、n：いいえ、na：対象外（理由を入力）、skip：未回答（「いいえ」とみなす）、"
        "back：前へ、quit：保存して終了\n");
  }

  taken take_entry(std::size_t q, const std::string& word) {
    return this->take_answer(std::string{tws::question_id(c_, q).view()}, word);
  }
};

}  // namespace cli

#include "telework_ask.hpp"  // telework_questionnaire, on ask_end and detail_ask above

namespace cli {

inline constexpr option_spec ask_options[] = {
    {"out", "FILE", "file to write (default assessment.json); an existing one is continued"},
    {"lang", "en|ja", "language of the prompts (default en); questions are always Japanese"},
};

inline int run_ask(const arguments& args) {
  const auto l = parse_lang(args);
  const auto out = args.value("out").value_or("assessment.json");
  int status = 0;
  with_catalog(args, args.positional[0], [&](auto c) {
    using catalog = decltype(c);
    constexpr bool policy = catalog::kind == tws::catalog_kind::policy;
    tws::assessment_document doc;
    doc.catalog = std::string{decltype(c)::id};
    check_writable(out);  // before the questions, not after them
    if (std::filesystem::exists(out)) {
      doc = load_assessment(out);
      if (doc.catalog != decltype(c)::id) {
        throw tws::input_error(out, "$[\"catalog\"]",
                               "the file is an assessment of \"" + doc.catalog + "\", not of \"" +
                                   std::string{decltype(c)::id} + "\"; choose another --out");
      }
      std::cout << say(l, "Continuing ", "続きから入力します：") << out
                << say(l, ": Enter keeps an answer.\n", "（Enter で回答をそのまま残します）\n");
    }
    if constexpr (policy) {
      std::cout << say(l,
                       "Decide each statement: i (implemented), p (planned, with a deadline), n "
                       "(not needed, with a justification), skip or back; ? for help. Ctrl-D or "
                       "Ctrl-C saves what you decided.\n\n",
                       "各項目を i（実施済み）、p（実施予定・期限つき）、n（不要・理由つき）、skip、"
                       "back で判定してください。? でヘルプ。Ctrl-D・Ctrl-C でもそこまでの判定を"
                       "保存します。\n\n");
    } else {
      std::cout << say(l,
                       "Answer y (yes), n (no), na (not applicable, with a reason), skip or back; "
                       "? for help. Ctrl-D or Ctrl-C saves what you answered.\n\n",
                       "y（はい）、n（いいえ）、na（対象外・理由つき）、skip、back で答えてください。"
                       "? でヘルプ。Ctrl-D・Ctrl-C でもそこまでの回答を保存します。\n\n");
    }
    detail_ask::catch_interrupt();
    const auto end = [&] {
      if constexpr (certification_kind<catalog>) {
        return questionnaire{c, doc, l}.run();
      } else {
        return telework_questionnaire{c, doc, l}.run();
      }
    }();
    write_file(out, tws::dump(tws::to_json(doc)));
    const auto count = std::to_string(policy ? doc.decisions.size() : doc.answers.size());
    switch (end) {
      case ask_end::done:
        std::cout << say(l, "\nAll done. ", "\n完了しました。");
        break;
      case ask_end::quit:
        std::cout << say(l, "\nStopped. ", "\n中断しました。");
        break;
      case ask_end::end_of_input:
        std::cout << say(l, "\nInput ended. ", "\n入力が終わりました。");
        break;
      case ask_end::interrupted:
        std::cout << say(l, "\nInterrupted. ", "\n中断されました。");
        break;
    }
    std::cout << (l == lang::ja ? count + (policy ? " 件の判定を " : " 件の回答を ") + out +
                                      " に保存しました。\n評価：teleworksec rate " + out + "\n"
                                : "Saved " + count + (policy ? " decisions to " : " answers to ") +
                                      out + ".\nRate it: teleworksec rate " + out + "\n");
    if constexpr (certification_kind<catalog> && tws::detail::has_diagnosis_v<catalog>) {
      std::cout << say(l,
                       "Add the vulnerability diagnosis (脆弱性診断) under \"diagnosis\" "
                       "(teleworksec template certification-v2 --hints lists the checks).\n",
                       "脆弱性診断の結果は \"diagnosis\" に追加します"
                       "（検査項目は teleworksec template certification-v2 --hints）。\n");
    }
    status = end == ask_end::interrupted ? 130 : 0;
  });
  return status;
}

inline constexpr command_def ask_command{
    "ask",
    "CATALOG [--out FILE] [--lang en|ja]",
    "Fill in an assessment interactively: the facility's facts first (y/n), then only the\n"
    "questions that apply, by category, with progress. Answers: y, n, na (asks for a\n"
    "reason), skip (leave unanswered), back, quit.",
    "The file is written at the end, and also when the input ends (Ctrl-D) or on Ctrl-C\n"
    "(exit status 130), with everything answered so far. Run ask again with the same --out\n"
    "to continue: existing answers are kept, Enter accepts them. CATALOG is coworking-v2 or\n"
    "certification-v2; the diagnosis of certification-v2 is added to the file by hand.\n"
    "mic-telework-v4: the telework patterns (①–⑥ of 表1) and BYOD first, then only the\n"
    "items that apply, by threat group. coworking-user: the measures by group.\n"
    "csaj-home-2018: each statement by group, decided i (implemented), p (planned: asks a\n"
    "deadline YYYY-MM-DD), n (not needed: asks a justification) or skip (undecided).\n",
    ask_options,
    1,
    1,
    &run_ask};

}  // namespace cli
