#pragma once

// Command-line parsing for the teleworksec CLI. Options may stand anywhere
// after the command, as `--name value` or `--name=value`; `--` ends them, and
// a lone `-` is an ordinary argument (standard input).

#include <algorithm>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cli {

/// A mistake in how the program was called: printed on stderr with a hint to
/// `--help`, exit status 2.
class usage_error : public std::runtime_error {
 public:
  usage_error(std::string command, const std::string& message)
      : std::runtime_error(message), command_(std::move(command)) {}
  /// The command whose --help to suggest, or empty for the global help.
  [[nodiscard]] const std::string& command() const noexcept { return command_; }

 private:
  std::string command_;
};

/// An option a command accepts; `value` names its argument, empty for a flag.
struct option_spec {
  std::string_view name;
  std::string_view value;
  std::string_view help;
};

/// What the command line said, options checked against the command's specs.
struct arguments {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;

  [[nodiscard]] bool has(std::string_view name) const { return options.contains(name); }
  [[nodiscard]] std::optional<std::string> value(std::string_view name) const {
    const auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
  /// The option's value when it is one of `choices`, `fallback` when absent.
  [[nodiscard]] std::string choice(std::string_view name,
                                   std::initializer_list<std::string_view> choices,
                                   std::string_view fallback) const {
    const auto v = value(name);
    if (!v) return std::string{fallback};
    std::string list;
    for (auto c : choices) {
      if (*v == c) return *v;
      list += (list.empty() ? "" : ", ") + std::string{c};
    }
    throw usage_error(command,
                      "--" + std::string{name} + " \"" + *v + "\": expected one of " + list);
  }
};

/// A command: its help and its entry point.
struct command_def {
  std::string_view name;
  std::string_view synopsis;  ///< after "teleworksec <name> "
  std::string_view summary;   ///< one line, for the command list
  std::string_view details;   ///< paragraphs of the command's --help
  std::span<const option_spec> options;
  std::size_t min_args;
  std::size_t max_args;
  int (*run)(const arguments&);
};

/// The --help text of a command.
inline std::string command_help(const command_def& c) {
  std::string s = "Usage: teleworksec " + std::string{c.name} + " " + std::string{c.synopsis} +
                  "\n\n" + std::string{c.summary} + "\n";
  if (!c.details.empty()) s += "\n" + std::string{c.details};
  s += "\nOptions:\n";
  std::vector<std::pair<std::string, std::string_view>> rows;
  for (const auto& o : c.options) {
    rows.emplace_back(
        "--" + std::string{o.name} + (o.value.empty() ? "" : " ") + std::string{o.value}, o.help);
  }
  rows.emplace_back("--help", "show this help");
  std::size_t width = 0;
  for (const auto& r : rows) width = std::max(width, r.first.size());
  for (const auto& [left, help] : rows) {
    s += "  " + left + std::string(width - left.size() + 2, ' ') + std::string{help} + "\n";
  }
  return s;
}

/// Parses the words after the command name. Returns nullopt for --help.
inline std::optional<arguments> parse_arguments(const command_def& c,
                                                std::span<const std::string> words) {
  arguments a;
  a.command = std::string{c.name};
  const auto find = [&](std::string_view name) -> const option_spec* {
    for (const auto& o : c.options) {
      if (o.name == name) return &o;
    }
    return nullptr;
  };
  bool options_end = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (options_end || w == "-" || w.size() < 2 || w[0] != '-') {
      a.positional.push_back(w);
      continue;
    }
    if (w == "--") {
      options_end = true;
      continue;
    }
    if (w == "--help" || w == "-h") return std::nullopt;
    if (w.rfind("--", 0) != 0) throw usage_error(a.command, "unknown option " + w);
    const auto eq = w.find('=');
    const std::string name = w.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    const option_spec* spec = find(name);
    if (spec == nullptr) throw usage_error(a.command, "unknown option --" + name);
    if (a.options.contains(name)) throw usage_error(a.command, "--" + name + " given twice");
    if (spec->value.empty()) {
      if (eq != std::string::npos) throw usage_error(a.command, "--" + name + " takes no value");
      a.options[name] = "";
      continue;
    }
    if (eq != std::string::npos) {
      a.options[name] = w.substr(eq + 1);
    } else if (i + 1 < words.size()) {
      a.options[name] = words[++i];
    } else {
      throw usage_error(a.command,
                        "--" + name + " needs a value (" + std::string{spec->value} + ")");
    }
  }
  if (a.positional.size() < c.min_args || a.positional.size() > c.max_args) {
    throw usage_error(
        a.command, "expected: teleworksec " + std::string{c.name} + " " + std::string{c.synopsis});
  }
  return a;
}

}  // namespace cli
