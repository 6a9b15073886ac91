#pragma once

// JSON text without a document tree: a pull scanner that reads strings,
// booleans and structure straight out of the input, and a writer that emits
// nlohmann/json's dump(2) layout directly. Neither needs nlohmann/json.
//
// The scanner only says yes or no: it accepts a subset of JSON (no numbers,
// no null — an assessment has neither) and never words an error. Whatever it
// does not accept goes to the reference reader, which does (see
// assessment_reader.hpp).

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "teleworksec/ids.hpp"
#include "teleworksec/io/utf8.hpp"

namespace teleworksec::json_text {

namespace detail {

inline constexpr std::uint64_t ones8 = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs8 = 0x8080808080808080ULL;

// Whether any of the 8 bytes of v is below n (n at most 128): the usual
// "has less" bit trick, exact about whether there is one.
constexpr bool has_below8(std::uint64_t v, std::uint64_t n) noexcept {
  return ((v - ones8 * n) & ~v & highs8) != 0;
}

// Whether any of the 8 bytes of v equals c.
constexpr bool has_byte8(std::uint64_t v, std::uint64_t c) noexcept {
  const std::uint64_t x = v ^ (ones8 * c);
  return ((x - ones8) & ~x & highs8) != 0;
}

// Whether any of the 8 bytes needs a JSON escape: '"', '\\', below 0x20.
constexpr bool needs_escape8(std::uint64_t v) noexcept {
  return has_below8(v, 0x20) || has_byte8(v, '"') || has_byte8(v, '\\');
}

// The high bit of each byte of v that needs a JSON escape or is part of a
// multi-byte UTF-8 sequence (0x80 and above): exact for the lowest such byte
// (a borrow only marks bytes above a marked one), so that byte is found by
// counting trailing zeros of a little-endian load.
constexpr std::uint64_t not_plain_ascii_mask8(std::uint64_t v) noexcept {
  const std::uint64_t quote = v ^ (ones8 * '"');
  const std::uint64_t backslash = v ^ (ones8 * '\\');
  return (((v - ones8 * 0x20) & ~v) | ((quote - ones8) & ~quote) |
          ((backslash - ones8) & ~backslash) | v) &
         highs8;
}

}  // namespace detail

/// Reads JSON text token by token; every method returns false on anything it
/// does not accept, and the caller gives up.
class scanner {
 public:
  explicit scanner(std::string_view text) noexcept
      : p_(text.data()), end_(text.data() + text.size()) {}

  /// Skips JSON whitespace and takes `c` if it comes next.
  bool take(char c) noexcept {
    skip_space();
    if (p_ != end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  /// Whether only whitespace is left.
  bool at_end() noexcept {
    skip_space();
    return p_ == end_;
  }

  /// Whether the next token is a string (its opening quote).
  bool string_next() noexcept {
    skip_space();
    return p_ != end_ && *p_ == '"';
  }

  /// Reads a string token. `out` views the input when the string has no
  /// escapes, else `scratch`, which holds the decoded text.
  bool string(std::string_view& out, std::string& scratch) {
    if (!take('"')) return false;
    const char* start = p_;
    // The common case: printable ASCII and well-formed UTF-8, no escapes;
    // plain ASCII goes 8 bytes at a time, straight to the first byte that
    // is not (the closing quote, most often).
    for (;;) {
      while (end_ - p_ >= 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, p_, 8);
        const std::uint64_t special = detail::not_plain_ascii_mask8(v);
        if (special != 0) {
          if constexpr (std::endian::native == std::endian::little) {
            p_ += std::countr_zero(special) / 8;
          }
          break;
        }
        p_ += 8;
      }
      if (p_ == end_) return false;
      const auto b = static_cast<unsigned char>(*p_);
      if (b == '"') {
        out = std::string_view{start, static_cast<std::size_t>(p_ - start)};
        ++p_;
        return true;
      }
      if (b == '\\') break;
      if (b < 0x20) return false;
      if (b < 0x80) {
        ++p_;
      } else if (!utf8_sequence()) {
        return false;
      }
    }
    if (p_ == end_) return false;
    scratch.assign(start, p_);
    while (p_ != end_) {
      const auto b = static_cast<unsigned char>(*p_);
      if (b == '"') {
        ++p_;
        out = scratch;
        return true;
      }
      if (b < 0x20) return false;
      if (b == '\\') {
        if (!escape(scratch)) return false;
        continue;
      }
      const char* from = p_;
      if (b < 0x80) {
        ++p_;
      } else if (!utf8_sequence()) {
        return false;
      }
      scratch.append(from, p_);
    }
    return false;
  }

  /// A string token followed by ':' (an object's key).
  bool key(std::string_view& out, std::string& scratch) { return string(out, scratch) && take(':'); }

  /// Reads true or false.
  bool boolean(bool& out) noexcept {
    skip_space();
    const auto left = static_cast<std::size_t>(end_ - p_);
    if (left >= 4 && std::string_view{p_, 4} == "true") {
      p_ += 4;
      out = true;
      return true;
    }
    if (left >= 5 && std::string_view{p_, 5} == "false") {
      p_ += 5;
      out = false;
      return true;
    }
    return false;
  }

 private:
  void skip_space() noexcept {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }


  // One multi-byte UTF-8 sequence at p_, well-formed as RFC 3629 (and
  // nlohmann/json's lexer) accept them.
  bool utf8_sequence() noexcept {
    const std::string_view rest{p_, static_cast<std::size_t>(end_ - p_)};
    const std::size_t len = teleworksec::detail::well_formed_utf8_length(rest, 0);
    if (len < 2) return false;
    p_ += len;
    return true;
  }

  bool hex4(unsigned& out) noexcept {
    if (end_ - p_ < 4) return false;
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = *p_++;
      unsigned digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<unsigned>(c - 'A' + 10);
      } else {
        return false;
      }
      out = out * 16 + digit;
    }
    return true;
  }

  // An escape at p_ (the backslash), decoded onto `out`.
  bool escape(std::string& out) {
    if (end_ - p_ < 2) return false;
    const char c = p_[1];
    p_ += 2;
    switch (c) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    unsigned cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      unsigned low = 0;
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10U) + (low - 0xDC00);
    }
    const auto byte = [&](unsigned v) { out += static_cast<char>(v); };
    if (cp < 0x80) {
      byte(cp);
    } else if (cp < 0x800) {
      byte(0xC0 | (cp >> 6U));
      byte(0x80 | (cp & 0x3FU));
    } else if (cp < 0x10000) {
      byte(0xE0 | (cp >> 12U));
      byte(0x80 | ((cp >> 6U) & 0x3FU));
      byte(0x80 | (cp & 0x3FU));
    } else {
      byte(0xF0 | (cp >> 18U));
      byte(0x80 | ((cp >> 12U) & 0x3FU));
      byte(0x80 | ((cp >> 6U) & 0x3FU));
      byte(0x80 | (cp & 0x3FU));
    }
    return true;
  }

  const char* p_;
  const char* end_;
};

/// Writes JSON text in the layout of nlohmann/json's dump(2, ' ', false): two
/// spaces of indent per level, "key": value, empty containers as {} and [],
/// only '"', '\\' and control characters escaped. The caller emits object
/// keys in sorted (byte) order, as nlohmann's std::map does. Keys are names
/// and catalog IDs, written as they are (never escaped).
class writer {
 public:
  explicit writer(std::size_t expected_size = 4096)
      : buffer_(new char[expected_size]), capacity_(expected_size) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  /// The key of the next member; its value follows.
  void key(std::string_view k) {
    reserve(k.size() + 2 * depth_ + 8);
    separator();
    put('"');
    put(k);
    put("\": ", 3);
    after_key_ = true;
  }

  void value(std::string_view s) {
    next_item();
    quoted(s);
  }
  void value(const char* s) { value(std::string_view{s}); }
  void value(bool b) {
    next_item();
    reserve(5);
    if (b) {
      put("true", 4);
    } else {
      put("false", 5);
    }
  }
  void value(std::nullptr_t) {
    next_item();
    reserve(4);
    put("null", 4);
  }
  template <class Int>
    requires(std::is_integral_v<Int> && !std::is_same_v<Int, bool>)
  void value(Int n) {
    next_item();
    reserve(24);
    const auto r = std::to_chars(buffer_.get() + size_, buffer_.get() + size_ + 24, n);
    size_ = static_cast<std::size_t>(r.ptr - buffer_.get());
  }

  /// A string value known to need no escape (an ID, a name of the format).
  void name(std::string_view s) {
    next_item();
    reserve(s.size() + 2);
    put('"');
    put(s);
    put('"');
  }

  /// Writes members that f writes with this writer at object depth `depth`,
  /// each after a ",\n" (none is the object's first), as text to be given
  /// to members() later: members whose text never changes, rendered once.
  template <class F>
  static std::string members_text(std::size_t depth, F f) {
    writer w{256};
    w.depth_ = depth;
    w.items_[depth] = 1;
    f(w);
    return {w.buffer_.get(), w.size_};
  }

  /// Members rendered by members_text() at this depth; `count` of them.
  void members(std::string_view text, std::size_t count) {
    reserve(text.size());
    put(text);
    items_[depth_] += count;
  }

  /// A string value or null when it is empty.
  void string_or_null(std::string_view s) {
    if (s.empty()) {
      value(nullptr);
    } else {
      value(s);
    }
  }

  /// The text, with the final newline dump() callers add.
  std::string finish() {
    reserve(1);
    put('\n');
    return {buffer_.get(), size_};
  }

 private:
  static constexpr std::size_t max_depth = 32;

  void reserve(std::size_t n) {
    if (size_ + n > capacity_) grow(n);
  }
  // The buffer is left uninitialized: only written bytes are ever read.
  [[gnu::noinline]] void grow(std::size_t n) {
    const std::size_t capacity = std::max(capacity_ * 2, size_ + n);
    std::unique_ptr<char[]> bigger{new char[capacity]};
    std::memcpy(bigger.get(), buffer_.get(), size_);
    buffer_ = std::move(bigger);
    capacity_ = capacity;
  }
  // Unchecked: reserve() first.
  void put(char c) { buffer_[size_++] = c; }
  void put(const char* p, std::size_t n) {
    char* to = buffer_.get() + size_;
    // Short pieces (most of them: names, IDs, indents) by two overlapping
    // word copies rather than a call.
    if (n >= 8 && n <= 16) {
      std::memcpy(to, p, 8);
      std::memcpy(to + n - 8, p + n - 8, 8);
    } else if (n >= 4 && n < 8) {
      std::memcpy(to, p, 4);
      std::memcpy(to + n - 4, p + n - 4, 4);
    } else {
      std::memcpy(to, p, n);
    }
    size_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }

  void open(char c) {
    next_item();
    reserve(1);
    put(c);
    ++depth_;
    items_[depth_] = 0;
  }
  void close(char c) {
    reserve(2 * depth_ + 2);
    if (items_[depth_] != 0) {
      put('\n');
      indent(depth_ - 1);
    }
    --depth_;
    put(c);
  }
  // Before a key, an array element or the top value: the separator and indent.
  void next_item() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    reserve(2 * depth_ + 2);
    separator();
  }
  // ",\n" or "\n", then the indent of the level: one copy.
  static constexpr std::string_view line_start =
      ",\n                                                                "
      "                                                                ";
  void separator() {
    const std::size_t first = items_[depth_]++ == 0 ? 1 : 0;
    put(line_start.data() + first, std::min(2 + depth_ * 2, line_start.size()) - first);
  }
  void indent(std::size_t level) {
    put(line_start.data() + 2, std::min(level * 2, line_start.size() - 2));
  }

  void quoted(std::string_view s) {
    reserve(s.size() + 2);
    put('"');
    const char* p = s.data();
    const char* const end = p + s.size();
    // Runs of 8 bytes with nothing to escape are copied as they are.
    for (;;) {
      const char* run = p;
      while (end - p >= 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, 8);
        if (detail::needs_escape8(v)) break;
        p += 8;
      }
      if (end - p < 8 && p != end) {
        // The tail, padded to 8 bytes with a byte that needs no escape.
        std::uint64_t v = 0x4141414141414141ULL;
        std::memcpy(&v, p, static_cast<std::size_t>(end - p));
        if (!detail::needs_escape8(v)) p = end;
      }
      while (p != end) {
        const auto b = static_cast<unsigned char>(*p);
        if (b < 0x20 || b == '"' || b == '\\') break;
        ++p;
      }
      reserve(static_cast<std::size_t>(p - run) + 7);
      put(run, static_cast<std::size_t>(p - run));
      if (p == end) break;
      const auto b = static_cast<unsigned char>(*p++);
      switch (b) {
        case '"': put("\\\"", 2); break;
        case '\\': put("\\\\", 2); break;
        case '\b': put("\\b", 2); break;
        case '\f': put("\\f", 2); break;
        case '\n': put("\\n", 2); break;
        case '\r': put("\\r", 2); break;
        case '\t': put("\\t", 2); break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          const char u[] = {'\\', 'u', '0', '0', hex[b >> 4U], hex[b & 0xFU]};
          put(u, sizeof u);
        }
      }
    }
    reserve(1);
    put('"');
  }

  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_;
  std::size_t size_ = 0;
  std::size_t depth_ = 0;
  std::array<std::size_t, max_depth + 1> items_{};
  bool after_key_ = false;
};

/// The positions 0 … N-1 ordered by the byte order of key(i): the order in
/// which nlohmann/json's std::map writes members keyed by those IDs.
template <std::size_t N, class Key>
constexpr std::array<std::uint16_t, N> sorted_positions(Key key) {
  std::array<std::uint16_t, N> order{};
  for (std::size_t i = 0; i < N; ++i) order[i] = static_cast<std::uint16_t>(i);
  for (std::size_t i = 1; i < N; ++i) {
    const auto moving = order[i];
    const id_string k = key(moving);
    std::size_t j = i;
    for (; j > 0 && k.view() < key(order[j - 1]).view(); --j) order[j] = order[j - 1];
    order[j] = moving;
  }
  return order;
}

/// The decimal text of n as an id_string ("1", "12").
constexpr id_string number_key(std::size_t n) {
  id_string s;
  s += n;
  return s;
}

}  // namespace teleworksec::json_text
