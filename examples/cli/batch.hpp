#pragma once

// `teleworksec rate` over many inputs at once: several files, directories
// (their *.json files, sorted by name) or JSON Lines (--jsonl, one assessment
// per line). One result per input, in input order, as JSON Lines or as a
// tab-separated summary table; a bad input gets its error in the output and
// the run goes on (exit 2 at the end). The inputs are rated on --jobs threads,
// a batch at a time: memory stays constant however many inputs there are.

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "args.hpp"
#include "io.hpp"
#include "kinds.hpp"
#include "wording.hpp"

namespace cli {

/// One input of a batch: its name in messages and output, and its text (or
/// the error met reading it).
struct batch_item {
  std::string file;                ///< the file (or "<stdin>"), as given
  std::size_t line = 0;            ///< its line, for JSON Lines; 0 otherwise
  std::string text;
  std::optional<std::string> read_error;
  std::string output;  ///< the record written for it
  bool failed = false;
};

/// An item of a file, or of one line of a JSON Lines file.
inline batch_item item_of(std::string file, std::size_t line = 0) {
  batch_item item;
  item.file = std::move(file);
  item.line = line;
  return item;
}

/// How an item is named in error messages: "a.json", "<stdin>:3".
inline std::string item_name(const batch_item& item) {
  auto name = display_name(item.file);
  if (item.line != 0) name += ":" + std::to_string(item.line);
  return name;
}

// --- one summary row per kind (--format table) ----------------------------------

/// The level and grades of a certification result.
template <certification_catalog C>
std::pair<std::string, std::string> summary(C c, const tws::result_t<C>& r) {
  std::string grades = "audit " + std::string{tws::to_string(r.audit_grade)} + ", diagnosis " +
                       (r.has_diagnosis ? std::string{tws::to_string(r.diagnosis_grade)} : "none");
  return {level_text(c, r, lang::en), std::move(grades)};
}

/// The level of a self-check result; it has no grades.
template <self_check_catalog C>
std::pair<std::string, std::string> summary(C, const tws::result_t<C>& r) {
  return {std::string{tws::name_en(r.level)}, "-"};
}

/// Conformance of a policy result.
template <policy_catalog C>
std::pair<std::string, std::string> summary(C, const tws::result_t<C>& r) {
  if (r.conformant) return {"conformant", "-"};
  return {"not conformant (" + std::to_string(r.nonconforming.count()) + " SHALL open)", "-"};
}

/// The residual risks of a risk result.
template <risk_catalog C>
std::pair<std::string, std::string> summary(C, const tws::result_t<C>& r) {
  const auto n = r.residual.count();
  if (n == 0) return {"no residual risk", "-"};
  return {std::to_string(n) + (n == 1 ? " residual risk" : " residual risks"), "-"};
}

/// A table cell: tabs and line breaks would break the table, and controls
/// could hide or reorder it (text_line).
inline std::string cell(std::string_view s) { return text_line(s); }

/// The header of --format table.
inline constexpr std::string_view table_header =
    "file\tfacility\tcatalog\tlevel\tgrades\tprovisional\n";

// --- JSON Lines records ---------------------------------------------------------

/// A JSON string literal (the text is valid UTF-8: it was read as JSON, or it
/// is a message whose quoted input bytes the reader made printable).
inline std::string json_string(std::string_view s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// result/v1 text on one line: the newlines and indentation that result_text()
/// writes, and the space after each colon, dropped outside strings — the same
/// text as nlohmann's compact dump().
inline std::string compact_json(std::string_view pretty) {
  std::string out;
  out.reserve(pretty.size());
  bool in_string = false;
  bool escaped = false;
  for (const char ch : pretty) {
    if (in_string) {
      out += ch;
      if (escaped) {
        escaped = false;
      } else if (ch == '\\') {
        escaped = true;
      } else if (ch == '"') {
        in_string = false;
      }
      continue;
    }
    if (ch == ' ' || ch == '\n') continue;
    if (ch == '"') in_string = true;
    out += ch;
  }
  return out;
}

/// The start of an item's JSON Lines record: {"error"?, "file", "line"?, "result"?}
/// in key order.
inline std::string record_names(const batch_item& item) {
  std::string s = "\"file\":" + json_string(display_name(item.file));
  if (item.line != 0) s += ",\"line\":" + std::to_string(item.line);
  return s;
}

// --- rating one item -------------------------------------------------------------

/// Rates one item into its output record; never throws.
template <class Catalogs>
void rate_item(batch_item& item, bool table, const std::optional<std::string>& date) {
  const auto name = item_name(item);
  const auto fail = [&](const std::string& message) {
    item.failed = true;
    if (table) {
      item.output = cell(name) + "\t\t\terror: " + cell(message) + "\t\t\n";
    } else {
      item.output = "{\"error\":" + json_string(message) + "," + record_names(item) + "}\n";
    }
  };
  if (item.read_error) {
    fail(*item.read_error);
    return;
  }
  try {
    auto doc = tws::read_assessment<Catalogs>(item.text, name);
    tws::set_evaluation_date(doc, date);
    Catalogs::visit(doc.catalog, [&](auto c) {
      const auto r = rate(c, doc);
      if (table) {
        const auto [level, grades] = summary(c, r);
        item.output = cell(name) + "\t" + cell(doc.facility_name) + "\t" + doc.catalog + "\t" +
                      level + "\t" + grades + "\t" + (r.provisional ? "yes" : "no") + "\n";
      } else {
        item.output = "{" + record_names(item) +
                      ",\"result\":" + compact_json(tws::result_text(c, doc, r)) + "}\n";
      }
    });
  } catch (const tws::input_error& e) {
    fail(e.what());
  } catch (const std::exception& e) {
    fail(name + ": " + e.what());
  }
}

/// Rates the items on `jobs` threads (item i on thread i mod jobs).
template <class Catalogs>
void rate_items(std::vector<batch_item>& items, std::size_t jobs, bool table,
                const std::optional<std::string>& date) {
  jobs = std::max<std::size_t>(1, std::min(jobs, items.size()));
  const auto work = [&](std::size_t first) {
    for (std::size_t i = first; i < items.size(); i += jobs) {
      rate_item<Catalogs>(items[i], table, date);
    }
  };
  if (jobs == 1) {
    work(0);
    return;
  }
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < jobs; ++t) threads.emplace_back(work, t);
  work(0);
  for (auto& t : threads) t.join();
}

// --- the inputs, a batch at a time ------------------------------------------------

/// Yields the inputs in order: files, the *.json files of directories (sorted),
/// or the lines of JSON Lines inputs; `-` is standard input. A file or
/// directory that cannot be read is an item with its error.
class batch_source {
 public:
  batch_source(std::vector<std::string> inputs, bool jsonl)
      : inputs_(std::move(inputs)), jsonl_(jsonl) {}
  batch_source(const batch_source&) = delete;
  batch_source& operator=(const batch_source&) = delete;
  ~batch_source() { close(); }

  /// Up to `n` more items; none when all are read.
  std::vector<batch_item> next(std::size_t n) {
    std::vector<batch_item> batch;
    while (batch.size() < n) {
      if (jsonl_) {
        if (!next_line(batch)) break;
      } else if (!next_file(batch)) {
        break;
      }
    }
    return batch;
  }

 private:
  bool next_file(std::vector<batch_item>& batch) {
    while (pending_.empty()) {
      if (next_input_ == inputs_.size()) return false;
      expand(inputs_[next_input_++]);
    }
    batch_item item = std::move(pending_.front());
    pending_.pop_front();
    if (!item.read_error) {
      try {
        item.text = read_input(item.file);
      } catch (const tws::input_error& e) {
        item.read_error = e.what();
      }
    }
    batch.push_back(std::move(item));
    return true;
  }

  // A directory becomes its *.json files, sorted by name; anything else stays.
  void expand(const std::string& input) {
    std::error_code ec;
    if (input == "-" || !std::filesystem::is_directory(input, ec)) {
      pending_.push_back(item_of(input));
      return;
    }
    std::vector<std::string> files;
    std::filesystem::directory_iterator it{input, ec};
    for (; !ec && it != std::filesystem::directory_iterator{}; it.increment(ec)) {
      if (it->path().extension() == ".json" && !it->is_directory()) {
        files.push_back(it->path().string());
      }
    }
    if (ec) {
      auto item = item_of(input);
      item.read_error = input + ": cannot read the directory: " + ec.message();
      pending_.push_back(std::move(item));
      return;
    }
    if (files.empty()) {  // rating nothing is a mistake, not a success
      auto item = item_of(input);
      item.read_error = input + ": no *.json file in the directory; expected assessment files";
      pending_.push_back(std::move(item));
      return;
    }
    std::sort(files.begin(), files.end());
    for (auto& f : files) pending_.push_back(item_of(std::move(f)));
  }

  bool next_line(std::vector<batch_item>& batch) {
    for (;;) {
      if (in_ == nullptr) {
        if (next_input_ == inputs_.size()) return false;
        if (auto error = open(inputs_[next_input_++])) {
          batch.push_back(std::move(*error));
          return true;
        }
        continue;
      }
      std::string line;
      bool too_long = false;
      if (!read_line(line, too_long)) {
        close();
        continue;
      }
      ++line_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!too_long && line.find_first_not_of(" \t") == std::string::npos) continue;  // blank
      auto item = item_of(current_, line_);
      if (too_long) {
        item.read_error = item_name(item) + ": larger than " +
                          std::to_string(tws::max_input_bytes >> 20) +
                          " MiB; an assessment is a few kilobytes";
      } else {
        item.text = std::move(line);
      }
      batch.push_back(std::move(item));
      return true;
    }
  }

  // The next line of the open input, without its newline; false at its end.
  // A line longer than the reader accepts is not kept.
  bool read_line(std::string& line, bool& too_long) {
    bool any = false;
    for (;;) {
      if (pos_ == buffer_.size()) {
        buffer_.resize(65536);
        const std::size_t n = std::fread(buffer_.data(), 1, buffer_.size(), in_);
        buffer_.resize(n);
        pos_ = 0;
        if (n == 0) return any;
      }
      any = true;
      const auto start = buffer_.begin() + static_cast<std::ptrdiff_t>(pos_);
      const auto nl = std::find(start, buffer_.end(), '\n');
      if (!too_long) line.append(start, nl);
      if (line.size() > tws::max_input_bytes) {
        too_long = true;
        line.clear();
      }
      pos_ = static_cast<std::size_t>(nl - buffer_.begin());
      if (nl != buffer_.end()) {
        ++pos_;
        return true;
      }
    }
  }

  std::optional<batch_item> open(const std::string& file) {
    current_ = file;
    line_ = 0;
    buffer_.clear();
    pos_ = 0;
    if (file == "-") {
      in_ = stdin;
      return std::nullopt;
    }
    in_ = std::fopen(file.c_str(), "rb");
    if (in_ != nullptr) return std::nullopt;
    auto item = item_of(file);
    item.read_error = file + ": cannot open: " + std::string{std::strerror(errno)};
    return item;
  }
  void close() {
    if (in_ != nullptr && in_ != stdin) std::fclose(in_);
    in_ = nullptr;
  }

  std::vector<std::string> inputs_;
  bool jsonl_;
  std::size_t next_input_ = 0;
  std::deque<batch_item> pending_;  // files of the current directory, in order
  std::FILE* in_ = nullptr;          // the JSON Lines input being read
  std::string current_;
  std::size_t line_ = 0;
  std::string buffer_;
  std::size_t pos_ = 0;
};

/// The number of threads --jobs asks for (default: one per core).
inline std::size_t jobs_option(const arguments& args) {
  const auto v = args.value("jobs");
  if (!v) return std::max(1U, std::thread::hardware_concurrency());
  std::size_t n = 0;
  for (const char ch : *v) {
    if (ch < '0' || ch > '9' || n > 4096) {
      n = 0;
      break;
    }
    n = n * 10 + static_cast<std::size_t>(ch - '0');
  }
  if (n == 0 || n > 4096) {
    throw usage_error(args.command, "--jobs \"" + *v + "\": expected a number from 1 to 4096");
  }
  return n;
}

/// Rates many inputs; exit status 2 when any could not be rated, else 0.
template <class Catalogs>
int run_batch(const arguments& args, bool table, const std::optional<std::string>& date) {
  const auto jobs = jobs_option(args);
  auto inputs = args.positional;
  if (inputs.empty()) inputs.push_back("-");
  batch_source source{std::move(inputs), args.has("jsonl")};
  // Batches of a few hundred inputs per thread: enough to keep every thread
  // busy, few enough that memory does not grow with the number of inputs.
  const std::size_t batch_size = 256 * jobs;
  if (table) std::cout << table_header;
  bool failed = false;
  // The previous batch is written while the next is rated.
  std::vector<batch_item> done;
  std::thread writer;
  const auto write = [&failed](std::vector<batch_item> items) {
    for (const auto& item : items) {
      std::cout.write(item.output.data(), static_cast<std::streamsize>(item.output.size()));
      failed = failed || item.failed;
    }
  };
  for (;;) {
    auto batch = source.next(batch_size);
    if (batch.empty()) break;
    rate_items<Catalogs>(batch, jobs, table, date);
    if (writer.joinable()) writer.join();
    writer = std::thread(write, std::move(batch));
  }
  if (writer.joinable()) writer.join();
  return failed ? 2 : 0;
}

}  // namespace cli
