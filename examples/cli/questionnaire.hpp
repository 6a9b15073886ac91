#pragma once

// What the questionnaires of every kind share (`ask`): reading a line of
// standard input that Ctrl-C can interrupt, and a questionnaire's state (the
// document being filled in) with the prompts and answers common to all
// kinds: the name, the facts, y/n/na answers, free text. The steps and the
// entries of each kind come from its adapter (kind_<kind>.hpp).

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text.hpp"
#include "wording.hpp"

namespace cli {

namespace detail_ask {

inline volatile std::sig_atomic_t interrupted = 0;

extern "C" inline void on_interrupt(int /*signal*/) { interrupted = 1; }

}  // namespace detail_ask

/// Catches Ctrl-C without SA_RESTART, so that it ends a blocking read at once.
inline void catch_interrupt() {
  struct sigaction action {};
  action.sa_handler = &detail_ask::on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

/// Whether Ctrl-C was pressed.
inline bool interrupted() { return detail_ask::interrupted != 0; }

/// One line of standard input without its line break; nullopt at the end of
/// the input or on Ctrl-C.
inline std::optional<std::string> read_line() {
  std::string line;
  for (;;) {
    if (interrupted()) return std::nullopt;
    const int c = std::fgetc(stdin);
    if (c == EOF) {
      if (interrupted()) return std::nullopt;
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

/// `s` without leading and trailing blanks.
inline std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string{s.substr(first, s.find_last_not_of(" \t") - first + 1)};
}

/// `s` with ASCII letters in lower case (answers are case-insensitive).
inline std::string lower(std::string s) {
  for (auto& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

/// One step of a questionnaire: the name, a fact, or an entry to answer or
/// decide (a question, item, measure or statement), by its index.
struct step {
  enum kind_t : std::uint8_t { name, fact, entry } kind;
  std::size_t index;
};

/// What became of a line of input: taken (go on), asked again, or the input ended.
enum class taken : std::uint8_t { yes, again, end_of_input };

/// How a questionnaire ended.
enum class ask_end : std::uint8_t { done, quit, end_of_input, interrupted };

/// A questionnaire over one document of catalog `C`: the document and the
/// prompts and answers every kind shares.
template <class C>
class questionnaire {
 public:
  questionnaire(C c, tws::assessment_document& doc, lang l) : c_(c), doc_(doc), l_(l) {}

  [[nodiscard]] C catalog() const { return c_; }
  [[nodiscard]] tws::assessment_document& doc() const { return doc_; }
  [[nodiscard]] lang language() const { return l_; }

  /// " (Enter keeps no)": what Enter leaves in place.
  void keeps(std::string_view current) const {
    std::cout << say(l_, " (Enter keeps ", "（Enter で ") << current << say(l_, ")", "）");
  }

  /// "question 3 of 41" / "質問 3 / 41": step i among the steps of its kind.
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

  /// Asks for the name, showing the one the file has.
  void prompt_name(std::string_view en, std::string_view ja) const {
    std::cout << say(l_, en, ja);
    if (!doc_.facility_name.empty()) {
      std::cout << say(l_, " (Enter keeps \"", "（Enter で「") << doc_.facility_name
                << say(l_, "\")", "」のまま）");
    }
    std::cout << ": " << std::flush;
  }

  /// Asks for the fact of step i, its text after `question` (which may be empty).
  void prompt_fact(const std::vector<step>& seq, std::size_t i, const std::string& question) const {
    const auto& def = tws::facts_of(c_)[seq[i].index];
    std::cout << progress(seq, i, "fact", "条件") << " · " << def.id << "\n  " << question << def.ja
              << " (" << def.en << ")" << say(l_, "?", "？") << "\n  [y/n/skip/back]";
    if (const auto it = doc_.facts.find(std::string{def.id}); it != doc_.facts.end()) {
      keeps(it->second ? "y" : "n");
    }
    std::cout << " > " << std::flush;
  }

  /// The end of a y/n/na prompt: the keys, and the answer the file has.
  void prompt_answer_keys(const std::string& id) const {
    std::cout << "\n  [y/n/na/skip/back]";
    if (const auto it = doc_.answers.find(id); it != doc_.answers.end()) {
      keeps(tws::to_string(it->second.value));
    }
    std::cout << " > " << std::flush;
  }

  /// Takes the name typed; Enter keeps the one the file has.
  taken take_name(const std::string& input) {
    if (input.empty()) return taken::yes;
    if (!valid_text(input) || input.size() > max_name_bytes) {
      std::cout << (l_ == lang::ja
                        ? "  " + std::to_string(max_name_bytes) +
                              " バイト以内の UTF-8 の文字で入力してください。\n"
                        : "  Please type a name of at most " + std::to_string(max_name_bytes) +
                              " bytes of UTF-8 text.\n");
      return taken::again;
    }
    doc_.facility_name = input;
    return taken::yes;
  }

  /// Takes y/n/skip for fact f.
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

  /// Asks for a line of text until `ok` accepts it; nullopt at the end of the input.
  template <class Ok>
  std::optional<std::string> ask_text(std::string_view en, std::string_view ja,
                                      std::string_view retry_en, std::string_view retry_ja, Ok ok) {
    for (;;) {
      std::cout << say(l_, en, ja) << std::flush;
      const auto line = read_line();
      if (!line) return std::nullopt;
      auto text = trim(*line);
      if (!text.empty() && valid_text(text) && text.size() <= max_text_bytes && ok(text)) {
        return text;
      }
      std::cout << say(l_, retry_en, retry_ja);
    }
  }

  /// Asks for free text (a reason, a justification) after `en`/`ja`.
  std::optional<std::string> ask_reason(std::string_view en, std::string_view ja,
                                        std::string_view what_en, std::string_view what_ja) {
    const auto bytes = std::to_string(max_text_bytes);
    return ask_text(
        en, ja,
        "  " + std::string{what_en} + " is needed (UTF-8 text, at most " + bytes + " bytes).\n",
        "  " + std::string{what_ja} + "を入力してください（UTF-8、" + bytes + " バイト以内）。\n",
        [](const std::string&) { return true; });
  }

  /// A y/n/na/skip answer to the entry with this file-format ID.
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
      const auto why =
          ask_reason("  Why does it not apply? > ", "  対象外の理由 > ", "A reason", "理由");
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

  /// Says how to answer, and asks again.
  [[nodiscard]] taken invalid() const {
    std::cout << say(l_, "  Please answer as shown in brackets (? for help).\n",
                     "  [ ] 内のいずれかで答えてください（? でヘルプ）。\n");
    return taken::again;
  }

 private:
  C c_;
  tws::assessment_document& doc_;
  lang l_;
};

/// The words of a kind's questionnaire (the adapters' ask_words() give them).
struct ask_words {
  std::string_view name_en, name_ja;            ///< the name's prompt
  std::string_view name_help_en, name_help_ja;  ///< its help
  std::string_view fact_help_en, fact_help_ja;
  std::string_view entry_help_en, entry_help_ja;
};

/// The words of a company's questionnaire (self-check and risk catalogs).
inline constexpr ask_words company_words{
    "Company or team name",
    "組織名",
    "  The name as it should appear in reports; Enter leaves it as it is.\n",
    "  レポートに表示する名称です。Enter でそのままにします。\n",
    "  y: true, n: false (items only for it do not apply), skip: leave it unstated "
    "(counts as true), back: previous step, quit: save and stop\n",
    "  y：該当、n：非該当（それだけが対象の項目は対象外）、skip：未記入（該当とみなす）、"
    "back：前へ、quit：保存して終了\n",
    "  y: implemented, n: not implemented, na: not applicable (asks for a reason), "
    "skip: leave it unanswered (counts as not implemented), back: previous step, "
    "quit: save and stop\n",
    "  y：実施済み、n：未実施、na：対象外（理由を入力）、skip：未回答（未実施とみなす）、"
    "back：前へ、quit：保存して終了\n"};

}  // namespace cli
