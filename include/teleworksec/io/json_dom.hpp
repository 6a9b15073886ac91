#pragma once

// Strict JSON parsing into an nlohmann::json document (size, nesting and
// duplicate keys checked): the reference reader's first step, and the one
// that words every syntax error.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "teleworksec/io/input_error.hpp"
#include "teleworksec/io/utf8.hpp"

namespace teleworksec {

namespace detail {

using json = nlohmann::json;

// A SAX handler that builds the document like nlohmann's own, but rejects
// duplicate keys and deep nesting, and remembers where it is for messages.
class strict_builder {
 public:
  explicit strict_builder(std::string file) : file_(std::move(file)) {}

  bool null() { return put(json(nullptr)); }
  bool boolean(bool v) { return put(json(v)); }
  bool number_integer(json::number_integer_t v) { return put(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return put(json(v)); }
  bool string(json::string_t& v) { return put(json(v)); }
  bool binary(json::binary_t& v) { return put(json::binary(v)); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(json::string_t& k) {
    auto& frame = stack_.back();
    frame.has_key = false;  // the path is the object's own until the new key is accepted
    if (frame.value->contains(k)) {
      raise_input_error(file_, path() + member(k), "duplicate key \"" + k + "\"");
    }
    frame.key = k;
    frame.has_key = true;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: …"
    if (const auto at = what.find("] "); at != std::string::npos) what = what.substr(at + 2);
    raise_input_error(file_, path(), "not valid JSON: " + printable(what));
  }

  // The parser quotes the bytes it read last ("last read: '…'"), which may be
  // ill-formed UTF-8 or control characters: those become \xNN, so a message
  // is always clean UTF-8 (terminals, logs, JSON reports).
  static std::string printable(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      const std::size_t len = well_formed_utf8_length(s, i);
      if (len == 0 || (len == 1 && (b < 0x20 || b == 0x7F))) {
        append_escaped_byte(out, b);
        ++i;
        continue;
      }
      out.append(s, i, len);
      i += len;
    }
    return out;
  }

  json result() { return std::move(root_); }

 private:
  struct stack_frame {
    json* value;
    std::string key;
    bool has_key = false;
  };

  static std::string member(const std::string& k) { return "[\"" + k + "\"]"; }

  // The path of the value being read: an open array's last element is the
  // container being filled, except in the innermost array, where the next
  // element is the one being read.
  [[nodiscard]] std::string path() const {
    std::string p = "$";
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      const auto& f = stack_[i];
      if (f.value->is_object()) {
        if (f.has_key) p += member(f.key);
      } else {
        // Appended piece by piece: g++ 12 at -O3 reports "[" + std::string as
        // an overlapping copy (a false -Wrestrict, GCC bug 105651).
        const bool innermost = i + 1 == stack_.size();
        p += '[';
        p += std::to_string(f.value->size() - (innermost ? 0 : 1));
        p += ']';
      }
    }
    return p;
  }

  // A member's value is complete: until the next key, the path is the object's.
  void value_done() {
    if (!stack_.empty()) stack_.back().has_key = false;
  }

  json* place(json v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    auto& f = stack_.back();
    if (f.value->is_array()) {
      f.value->push_back(std::move(v));
      return &f.value->back();
    }
    auto& slot = (*f.value)[f.key];
    slot = std::move(v);
    return &slot;
  }
  bool put(json v) {
    place(std::move(v));
    value_done();
    return true;
  }
  bool open(json v) {
    if (stack_.size() >= max_nesting) {
      raise_input_error(file_, path(),
                        "nesting deeper than " + std::to_string(max_nesting) + " levels");
    }
    stack_.push_back({place(std::move(v)), {}, false});
    return true;
  }
  bool close() {
    stack_.pop_back();
    value_done();
    return true;
  }

  std::string file_;
  json root_;
  std::vector<stack_frame> stack_;
};

}  // namespace detail

/// Parses JSON text strictly (size, nesting and duplicate keys checked).
inline nlohmann::json parse_json(std::string_view text, const std::string& file) {
  if (text.size() > max_input_bytes) {
    detail::raise_input_error(file, "",
                              "larger than " + std::to_string(max_input_bytes >> 20) +
                                  " MiB; an assessment is a few kilobytes");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    detail::raise_input_error(file, "", "empty; expected a JSON object");
  }
  detail::strict_builder builder{file};
  nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
  return builder.result();
}

/// The canonical text of a JSON document: 2-space indent, UTF-8, newline.
inline std::string dump(const nlohmann::json& j) { return j.dump(2, ' ', false) + "\n"; }

}  // namespace teleworksec
