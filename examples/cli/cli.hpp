#pragma once

// The teleworksec command-line tool as a template over a list of catalogs:
// rate, gaps, template, ask, rules and diff for every catalog of the list,
// whatever its kind, and the help and --version drawn from the list. A tool
// with catalogs of its own is one line:
//
//   int main(int c, char** v) { return cli::main<catalog_list<my_catalog_t>>(c, v); }
//
// Exit status: 0 success, 1 below --require, 2 bad input or usage.

#include <algorithm>
#include <array>
#include <cstddef>
#include <exception>
#include <iostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "ask.hpp"
#include "diff.hpp"
#include "export.hpp"
#include "gaps.hpp"
#include "import.hpp"
#include "rate.hpp"
#include "rules.hpp"
#include "template.hpp"
#include "wording.hpp"

namespace cli {

/// The commands over the catalogs of `Catalogs`, in the order --help lists them.
template <class Catalogs>
inline constexpr std::array<const command_def*, 8> commands{
    &rate_command<Catalogs>, &gaps_command<Catalogs>,  &template_command<Catalogs>,
    &ask_command<Catalogs>,  &rules_command<Catalogs>, &diff_command<Catalogs>,
    &import_command,         &export_command<Catalogs>};

/// The width of the help's text: where the list of catalogs wraps.
inline constexpr std::size_t help_width = 80;

/// The global --help: what the tool rates, its catalogs, its commands.
template <class Catalogs>
std::string global_help() {
  std::string s =
      "Usage: teleworksec COMMAND [OPTIONS] ARGS\n"
      "       teleworksec --version | --help | COMMAND --help\n\n"
      "Rate the security of a shared office (コワーキングスペース・サテライトオフィス) by the\n"
      "Japanese coworking-v2 checklist and the certification-v2 audit and diagnosis, and the\n"
      "telework security of a company: mic-telework-v4 (総務省 self-check by role and threat\n"
      "group), csaj-home-2018 (CSAJ home-work policy statements and a plan) and\n"
      "coworking-user (risks of working from coworking spaces and their measures).\n\n";
  std::string line = "Catalogs:";
  for (std::size_t i = 0; i < Catalogs::size; ++i) {
    const std::string word =
        std::string{Catalogs::ids[i]} + (i + 1 == Catalogs::size ? "." : ",");
    if (line.size() + 1 + word.size() > help_width) {
      s += line + "\n";
      line = word;
    } else {
      line += " " + word;
    }
  }
  s += line + "\n\nCommands:\n";
  std::size_t width = 0;
  for (const auto* c : commands<Catalogs>) width = std::max(width, c->name.size() + 2);
  for (const auto* c : commands<Catalogs>) {
    s += "  " + std::string{c->name} + std::string(width - c->name.size(), ' ') +
         std::string{c->synopsis} + "\n";
  }
  s += "\nExit status: 0 success, 1 below --require, 2 bad input or usage.\n"
       "A first assessment: teleworksec ask certification-v2 --out my-space.json\n";
  return s;
}

/// --version: the library's version and the fingerprint of every catalog.
template <class Catalogs>
std::string version_text() {
  std::size_t width = 0;
  for (auto id : Catalogs::ids) width = std::max(width, id.size() + 2);
  std::string s = "teleworksec " + std::string{tws::version_string} + "\n";
  Catalogs::for_each([&](auto c) {
    using catalog = decltype(c);
    s += std::string{catalog::id} + std::string(width - catalog::id.size(), ' ') +
         "fingerprint " + tws::fingerprint_hex(tws::fingerprint_v<catalog>) + "\n";
  });
  return s;
}

/// Runs the command the words name; `help COMMAND` is `COMMAND --help`.
template <class Catalogs>
int run(const std::vector<std::string>& words) {
  if (words.empty()) throw usage_error("", "no command given");
  const std::string& first = words[0];
  if (first == "--help" || first == "-h" || first == "help") {
    if (first == "help" && words.size() > 1) return run<Catalogs>({words[1], "--help"});
    std::cout << global_help<Catalogs>();
    return 0;
  }
  if (first == "--version") {
    std::cout << version_text<Catalogs>();
    return 0;
  }
  for (const auto* c : commands<Catalogs>) {
    if (c->name != first) continue;
    const auto args = parse_arguments(*c, std::span{words}.subspan(1));
    if (!args) {
      std::cout << command_help(*c);
      return 0;
    }
    return c->run(*args);
  }
  throw usage_error("", "unknown command \"" + first + "\"");
}

/// The program: runs the command line over `Catalogs` and turns every error
/// into a message on stderr and exit status 2.
template <class Catalogs>
int main(int argc, char** argv) {
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) words.emplace_back(argv[i]);
  int status = 2;
  try {
    status = run<Catalogs>(words);
  } catch (const usage_error& e) {
    std::cout.flush();
    std::cerr << "teleworksec: " << e.what() << "\nTry 'teleworksec "
              << (e.command().empty() ? "" : e.command() + " ") << "--help'.\n";
    return 2;
  } catch (const tws::input_error& e) {
    std::cout.flush();
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "teleworksec: " << e.what() << "\n";
    return 2;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "teleworksec: cannot write the output\n";
    return 2;
  }
  return status;
}

}  // namespace cli
