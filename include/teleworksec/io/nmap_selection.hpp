#pragma once

// What an nmap command line asked for, read back from the scan's recorded
// arguments (<nmaprun args="…">): which NSE scripts `--script` selected or
// forced, which script arguments were set, whether -sV ran. The `--script`
// grammar is nmap's own (nse_main.lua): comma-separated rules, each a boolean
// expression of script names, globs (`*`, `?` anywhere), categories and
// `all`, with `and`, `or`, `not` and parentheses; a leading `+` forces the
// scripts of its rule onto every open port. `-sC` and `-A` add `default`.
// Part of the optional nmap importer (allocates, never throws).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teleworksec::nmap {

/// nmap's glob: `*` any run of characters, `?` one character.
constexpr bool glob_match(std::string_view pattern, std::string_view name) {
  std::size_t p = 0;
  std::size_t n = 0;
  std::size_t star = std::string_view::npos;
  std::size_t resume = 0;
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

/// A command line split as a shell would (nmap quotes words with spaces in
/// its recorded args; both quote kinds and backslashes are honoured).
inline std::vector<std::string> split_command_line(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else if (c == '\\' && quote == '"' && i + 1 < line.size()) {
        word += line[++i];
      } else {
        word += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      in_word = true;
    } else if (c == '\\' && i + 1 < line.size()) {
      word += line[++i];
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

/// The scripts, script arguments and detection a scan's command line chose.
class script_selection {
 public:
  script_selection() = default;

  /// Reads `nmap … --script RULES --script-args K=V,… -sV …`.
  explicit script_selection(std::string_view args) {
    const auto words = split_command_line(args);
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i];
      const auto value = [&](std::string_view option) -> const std::string* {
        if (w == option && i + 1 < words.size()) return &words[++i];
        return nullptr;
      };
      if (w == "-A") {
        version_ = true;
        add_rules("default");
      } else if (w.size() > 2 && w.rfind("-s", 0) == 0) {  // -sV, -sC, combined: -sCV
        if (w.find('V', 2) != std::string::npos) version_ = true;
        if (w.find('C', 2) != std::string::npos) add_rules("default");
      } else if (w.rfind("--script=", 0) == 0) {
        add_rules(std::string_view{w}.substr(9));
      } else if (const auto* rules = value("--script")) {
        add_rules(*rules);
      } else if (w.rfind("--script-args=", 0) == 0) {
        add_args(std::string_view{w}.substr(14));
      } else if (const auto* list = value("--script-args")) {
        add_args(*list);
      } else if (w == "--script-args-file" || w.rfind("--script-args-file=", 0) == 0) {
        args_file_ = true;
      }
    }
  }

  /// Whether the rules select `script` (of these NSE categories).
  [[nodiscard]] bool selects(std::string_view script,
                             const std::vector<std::string>& categories) const {
    for (const auto& r : rules_) {
      if (evaluate(r, script, categories)) return true;
    }
    return false;
  }

  /// Whether a `+` rule selects `script`: it then ran on every open port.
  [[nodiscard]] bool forces(std::string_view script,
                            const std::vector<std::string>& categories) const {
    for (const auto& r : rules_) {
      if (r.forced && evaluate(r, script, categories)) return true;
    }
    return false;
  }

  /// The value `--script-args` gave `key` (as `key=…`, or a table
  /// `key={…}`, braces kept), or nullopt when it was not set.
  [[nodiscard]] std::optional<std::string> argument(std::string_view key) const {
    for (const auto& [k, v] : arguments_) {
      if (k == key) return v;
    }
    return std::nullopt;
  }

  /// Arguments came from a file the scan does not record (--script-args-file).
  [[nodiscard]] bool arguments_from_file() const { return args_file_; }
  /// Service and version detection ran (-sV, -A).
  [[nodiscard]] bool version_detection() const { return version_; }
  /// Rules that could not be read (nmap itself would have refused them).
  [[nodiscard]] const std::vector<std::string>& unreadable() const { return unreadable_; }

 private:
  struct rule {
    std::vector<std::string> tokens;
    bool forced = false;
  };

  // Tokens of one rule: words, and "(", ")" as tokens of their own.
  static std::vector<std::string> tokenize(std::string_view text) {
    std::vector<std::string> tokens;
    std::string word;
    const auto flush = [&] {
      if (!word.empty()) tokens.push_back(std::move(word));
      word.clear();
    };
    for (const char c : text) {
      if (c == '(' || c == ')') {
        flush();
        tokens.emplace_back(1, c);
      } else if (c == ' ' || c == '\t') {
        flush();
      } else {
        word += c;
      }
    }
    flush();
    return tokens;
  }

  void add_rules(std::string_view list) {
    std::size_t depth = 0;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= list.size(); ++i) {
      if (i < list.size() && list[i] == '(') ++depth;
      if (i < list.size() && list[i] == ')' && depth > 0) --depth;
      if (i < list.size() && (list[i] != ',' || depth > 0)) continue;
      auto text = list.substr(begin, i - begin);
      begin = i + 1;
      while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
      rule r;
      if (!text.empty() && text.front() == '+') {
        r.forced = true;
        text.remove_prefix(1);
      }
      r.tokens = tokenize(text);
      if (r.tokens.empty()) continue;
      std::size_t at = 0;
      if (!parses(r.tokens, at) || at != r.tokens.size()) {
        unreadable_.emplace_back(text);
        continue;
      }
      rules_.push_back(std::move(r));
    }
  }

  // "k1=v1,k2={a,b},k3" (values may hold commas inside braces or quotes).
  void add_args(std::string_view list) {
    std::size_t depth = 0;
    char quote = 0;
    std::string key;
    std::string value;
    bool in_key = true;
    const auto trim = [](std::string& t) {
      while (!t.empty() && t.front() == ' ') t.erase(0, 1);
      while (!t.empty() && t.back() == ' ') t.pop_back();
    };
    const auto flush = [&] {
      trim(key);
      trim(value);
      if (!key.empty()) arguments_.emplace_back(key, value);
      key.clear();
      value.clear();
      in_key = true;
    };
    for (const char c : list) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
          continue;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        continue;
      } else if (c == '{') {
        ++depth;
      } else if (c == '}') {
        if (depth > 0) --depth;
      } else if (c == ',' && depth == 0) {
        flush();
        continue;
      } else if (c == '=' && depth == 0 && in_key) {
        in_key = false;
        continue;
      }
      (in_key ? key : value) += c;
    }
    flush();
  }

  // Nesting of "not" and parentheses beyond this is unreadable: both parsing
  // and evaluation recurse once per level (found by fuzz.nmap_reader: 30,000
  // "(" overflowed the stack). nmap's own rules nest a few levels.
  static constexpr std::size_t max_nesting = 64;

  // Grammar (nmap's): expr := term ("or" term)*; term := factor ("and" factor)*;
  // factor := "not" factor | "(" expr ")" | name.
  static bool parses(const std::vector<std::string>& t, std::size_t& at) {
    std::size_t depth = 0;
    const auto factor = [&](auto&& self_expr, auto&& self_factor) -> bool {
      if (at >= t.size()) return false;
      if (t[at] == "not" || t[at] == "(") {
        if (++depth > max_nesting) return false;
      }
      if (t[at] == "not") {
        ++at;
        const bool ok = self_factor(self_expr, self_factor);
        --depth;
        return ok;
      }
      if (t[at] == "(") {
        ++at;
        if (!self_expr(self_expr, self_factor) || at >= t.size() || t[at] != ")") return false;
        ++at;
        --depth;
        return true;
      }
      if (t[at] == ")" || t[at] == "and" || t[at] == "or") return false;
      ++at;
      return true;
    };
    const auto expr = [&](auto&& self_expr, auto&& self_factor) -> bool {
      if (!self_factor(self_expr, self_factor)) return false;
      while (at < t.size() && (t[at] == "and" || t[at] == "or")) {
        ++at;
        if (!self_factor(self_expr, self_factor)) return false;
      }
      return true;
    };
    return expr(expr, factor);
  }

  // A word of a rule: `all`, a category, or a script name or glob.
  static bool word_matches(std::string_view word, std::string_view script,
                           const std::vector<std::string>& categories) {
    if (word == "all") return true;
    for (const auto& c : categories) {
      if (c == word) return true;
    }
    if (word.size() > 4 && word.substr(word.size() - 4) == ".nse") word.remove_suffix(4);
    const std::string_view pattern = word;
    return glob_match(pattern, script);
  }

  // Evaluates a rule that parses(); "and" binds tighter than "or".
  static bool evaluate(const rule& r, std::string_view script,
                       const std::vector<std::string>& categories) {
    std::size_t at = 0;
    const auto& t = r.tokens;
    const auto factor = [&](auto&& self_expr, auto&& self_factor) -> bool {
      if (t[at] == "not") {
        ++at;
        return !self_factor(self_expr, self_factor);
      }
      if (t[at] == "(") {
        ++at;
        const bool v = self_expr(self_expr, self_factor);
        ++at;  // ")"
        return v;
      }
      return word_matches(t[at++], script, categories);
    };
    const auto term = [&](auto&& self_expr, auto&& self_factor) -> bool {
      bool v = self_factor(self_expr, self_factor);
      while (at < t.size() && t[at] == "and") {
        ++at;
        v = self_factor(self_expr, self_factor) && v;
      }
      return v;
    };
    const auto expr = [&](auto&& self_expr, auto&& self_factor) -> bool {
      bool v = term(self_expr, self_factor);
      while (at < t.size() && t[at] == "or") {
        ++at;
        v = term(self_expr, self_factor) || v;
      }
      return v;
    };
    return expr(expr, factor);
  }

  std::vector<rule> rules_;
  std::vector<std::pair<std::string, std::string>> arguments_;
  std::vector<std::string> unreadable_;
  bool version_ = false;
  bool args_file_ = false;
};

}  // namespace teleworksec::nmap
