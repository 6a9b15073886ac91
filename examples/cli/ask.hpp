#pragma once

// `teleworksec ask CATALOG`: an interactive questionnaire on stdin/stdout.
// The name, the facts that matter, then only the entries the facts make
// applicable (as the engine decides it), by section; y/n/na/skip/back, or
// for a policy catalog i/p/n/skip/back. The file is written at the end, and
// also when the input ends or Ctrl-C interrupts (exit 130), so no answer is
// lost; run it again on the same file to continue where you stopped.

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "args.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "questionnaire.hpp"
#include "wording.hpp"

namespace cli {

/// The steps as the document stands: the name, the facts worth asking, then
/// the entries applicable by the facts, by section, in catalog order within one.
template <class C>
std::vector<step> steps_of(const questionnaire<C>& q) {
  const auto c = q.catalog();
  std::vector<step> seq{{step::name, 0}};
  for (const auto f : fact_steps(c, q.doc())) seq.push_back({step::fact, f});
  const auto applicable = applicable_by_facts(c, q.doc());
  std::vector<std::size_t> entries;
  applicable.for_each([&](std::size_t i) { entries.push_back(i); });
  std::stable_sort(entries.begin(), entries.end(), [&](std::size_t a, std::size_t b) {
    return section_of(c, a) < section_of(c, b);
  });
  for (const auto i : entries) seq.push_back({step::entry, i});
  return seq;
}

/// Asks the steps until the last is taken, the person quits or the input ends.
template <class C>
ask_end run_questionnaire(questionnaire<C>& q) {
  const auto c = q.catalog();
  const auto l = q.language();
  const auto words = words_of(c);
  const auto ended = [] { return interrupted() ? ask_end::interrupted : ask_end::end_of_input; };
  std::size_t i = 0;
  for (;;) {
    const auto seq = steps_of(q);
    if (i >= seq.size()) return ask_end::done;
    const auto& s = seq[i];
    if (s.kind == step::entry &&
        (i == 0 || seq[i - 1].kind != step::entry ||
         section_of(c, seq[i - 1].index) != section_of(c, s.index))) {
      std::cout << "\n== " << section_title(c, section_of(c, s.index), l) << " ==\n";
    }
    if (s.kind == step::name) {
      q.prompt_name(words.name_en, words.name_ja);
    } else if (s.kind == step::fact) {
      q.prompt_fact(seq, i, fact_question(c, s.index, l));
    } else {
      prompt_entry(q, seq, i);
    }
    const auto line = read_line();
    if (!line) return ended();
    const auto input = trim(*line);
    const auto word = lower(input);
    if (word == "back" || word == "b") {
      if (i == 0) {
        std::cout << say(l, "  This is the first step.\n", "  最初の項目です。\n");
      } else {
        --i;
      }
      continue;
    }
    if (word == "quit" || word == "q") return ask_end::quit;
    if (word == "?" || word == "help") {
      std::cout << (s.kind == step::name   ? say(l, words.name_help_en, words.name_help_ja)
                    : s.kind == step::fact ? say(l, words.fact_help_en, words.fact_help_ja)
                                           : say(l, words.entry_help_en, words.entry_help_ja));
      continue;
    }
    const auto result = s.kind == step::name   ? q.take_name(input)
                        : s.kind == step::fact ? q.take_fact(s.index, word)
                                               : take_entry(q, s.index, word);
    if (result == taken::end_of_input) return ended();
    if (result == taken::yes) ++i;
  }
}

/// The options of `ask`.
inline constexpr option_spec ask_options[] = {
    {"out", "FILE", "file to write (default assessment.json); an existing one is continued"},
    {"lang", "en|ja", "language of the prompts (default en); questions are always Japanese"},
};

/// Runs `ask` over the catalogs of `Catalogs`.
template <class Catalogs>
int run_ask(const arguments& args) {
  const auto l = parse_lang(args);
  const auto out = args.value("out").value_or("assessment.json");
  int status = 0;
  with_catalog<Catalogs>(args, args.positional[0], [&](auto c) {
    const std::string id{decltype(c)::id};
    const bool decisions = takes_decisions(c);
    tws::assessment_document doc;
    doc.catalog = id;
    check_writable(out);  // before the questions, not after them
    if (std::filesystem::exists(out)) {
      doc = load_assessment<Catalogs>(out);
      if (doc.catalog != id) {
        throw tws::input_error(out, "$[\"catalog\"]",
                               "the file is an assessment of \"" + doc.catalog + "\", not of \"" +
                                   id + "\"; choose another --out");
      }
      std::cout << say(l, "Continuing ", "続きから入力します：") << out
                << say(l, ": Enter keeps an answer.\n", "（Enter で回答をそのまま残します）\n");
    }
    if (decisions) {
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
    catch_interrupt();
    questionnaire q{c, doc, l};
    const auto end = run_questionnaire(q);
    write_file(out, tws::dump(tws::to_json<Catalogs>(doc)));
    const auto count = std::to_string(decisions ? doc.decisions.size() : doc.answers.size());
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
    std::cout << (l == lang::ja ? count + (decisions ? " 件の判定を " : " 件の回答を ") + out +
                                      " に保存しました。\n評価：teleworksec rate " + out + "\n"
                                : "Saved " + count + (decisions ? " decisions to " : " answers to ") +
                                      out + ".\nRate it: teleworksec rate " + out + "\n");
    after_ask(c, l);
    status = end == ask_end::interrupted ? 130 : 0;
  });
  return status;
}

/// `ask` over the catalogs of `Catalogs`.
template <class Catalogs>
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
    &run_ask<Catalogs>};

}  // namespace cli
