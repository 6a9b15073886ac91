// teleworksec: rate a shared office's security from an assessment file, say
// what blocks the next level, and fill in, compare and explain assessments.
// Exit status: 0 success, 1 below --require, 2 bad input or usage.

#include <array>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "args.hpp"
#include "ask.hpp"
#include "diff.hpp"
#include "gaps.hpp"
#include "import.hpp"
#include "rate.hpp"
#include "rules.hpp"
#include "template.hpp"

namespace {

constexpr std::array<const cli::command_def*, 7> commands{
    &cli::rate_command, &cli::gaps_command,  &cli::template_command,
    &cli::ask_command,  &cli::rules_command, &cli::diff_command, &cli::import_command};

std::string global_help() {
  std::string s =
      "Usage: teleworksec COMMAND [OPTIONS] ARGS\n"
      "       teleworksec --version | --help | COMMAND --help\n\n"
      "Rate the security of a shared office (コワーキングスペース・サテライトオフィス) by the\n"
      "Japanese coworking-v2 checklist and the certification-v2 audit and diagnosis, and the\n"
      "telework security of a company: mic-telework-v4 (総務省 self-check by role and threat\n"
      "group), csaj-home-2018 (CSAJ home-work policy statements and a plan) and\n"
      "coworking-user (risks of working from coworking spaces and their measures).\n\n"
      "Catalogs: coworking-v2, certification-v2, mic-telework-v4, csaj-home-2018,\n"
      "coworking-user.\n\n"
      "Commands:\n";
  for (const auto* c : commands) {
    s += "  " + std::string{c->name} + std::string(10 - c->name.size(), ' ') +
         std::string{c->synopsis} + "\n";
  }
  s += "\nExit status: 0 success, 1 below --require, 2 bad input or usage.\n"
       "A first assessment: teleworksec ask certification-v2 --out my-space.json\n";
  return s;
}

std::string version_text() {
  namespace tws = teleworksec;
  return "teleworksec " + std::string{tws::version_string} + "\n" +
         "coworking-v2      fingerprint " +
         tws::fingerprint_hex(tws::fingerprint_v<tws::catalogs::coworking_v2_t>) + "\n" +
         "certification-v2  fingerprint " +
         tws::fingerprint_hex(tws::fingerprint_v<tws::catalogs::certification_v2_t>) + "\n" +
         "mic-telework-v4   fingerprint " +
         tws::fingerprint_hex(tws::fingerprint_v<tws::catalogs::mic_telework_v4_t>) + "\n" +
         "csaj-home-2018    fingerprint " +
         tws::fingerprint_hex(tws::fingerprint_v<tws::catalogs::csaj_home_2018_t>) + "\n" +
         "coworking-user    fingerprint " +
         tws::fingerprint_hex(tws::fingerprint_v<tws::catalogs::coworking_user_t>) + "\n";
}

int run(const std::vector<std::string>& words) {
  if (words.empty()) throw cli::usage_error("", "no command given");
  const std::string& first = words[0];
  if (first == "--help" || first == "-h" || first == "help") {
    if (first == "help" && words.size() > 1) return run({words[1], "--help"});
    std::cout << global_help();
    return 0;
  }
  if (first == "--version") {
    std::cout << version_text();
    return 0;
  }
  for (const auto* c : commands) {
    if (c->name != first) continue;
    const auto args = cli::parse_arguments(*c, std::span{words}.subspan(1));
    if (!args) {
      std::cout << cli::command_help(*c);
      return 0;
    }
    return c->run(*args);
  }
  throw cli::usage_error("", "unknown command \"" + first + "\"");
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) words.emplace_back(argv[i]);
  int status = 2;
  try {
    status = run(words);
  } catch (const cli::usage_error& e) {
    std::cout.flush();
    std::cerr << "teleworksec: " << e.what() << "\nTry 'teleworksec "
              << (e.command().empty() ? "" : e.command() + " ") << "--help'.\n";
    return 2;
  } catch (const teleworksec::input_error& e) {
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
