// tests/fuzz/json_reader.cpp — strict JSON reading by recursive descent.
#include "json_reader.hpp"

#include <stdexcept>

#include "fuzz_check.hpp"

namespace fuzz {

namespace {

class JsonError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  Json document() {
    Json value = parse_value(0);
    skip_space();
    if (i_ != text_.size()) fail("text after the value");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    throw JsonError(what + " at byte " + std::to_string(i_));
  }

  void skip_space() {
    while (i_ < text_.size() &&
           (text_[i_] == ' ' || text_[i_] == '\t' || text_[i_] == '\n' || text_[i_] == '\r'))
      ++i_;
  }

  bool take(std::string_view word) {
    if (text_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  Json parse_value(int depth) {
    if (depth > 64) fail("nested too deeply");
    skip_space();
    if (i_ >= text_.size()) fail("a value is missing");
    Json value;
    const char c = text_[i_];
    if (c == '{') {
      value.kind = Json::Kind::kObject;
      parse_object(value, depth);
    } else if (c == '[') {
      value.kind = Json::Kind::kArray;
      parse_array(value, depth);
    } else if (c == '"') {
      value.kind = Json::Kind::kString;
      value.text = parse_string();
    } else if (take("null")) {
      value.kind = Json::Kind::kNull;
    } else if (take("true")) {
      value.kind = Json::Kind::kBool;
      value.text = "true";
    } else if (take("false")) {
      value.kind = Json::Kind::kBool;
      value.text = "false";
    } else {
      value.kind = Json::Kind::kNumber;
      value.text = parse_number();
    }
    return value;
  }

  void parse_object(Json& value, int depth) {
    ++i_;
    skip_space();
    if (take("}")) return;
    for (;;) {
      skip_space();
      if (i_ >= text_.size() || text_[i_] != '"') fail("an object key must be a string");
      std::string key = parse_string();
      skip_space();
      if (!take(":")) fail("':' expected");
      value.keys.push_back(std::move(key));
      value.items.push_back(parse_value(depth + 1));
      skip_space();
      if (take("}")) return;
      if (!take(",")) fail("',' or '}' expected");
    }
  }

  void parse_array(Json& value, int depth) {
    ++i_;
    skip_space();
    if (take("]")) return;
    for (;;) {
      value.items.push_back(parse_value(depth + 1));
      skip_space();
      if (take("]")) return;
      if (!take(",")) fail("',' or ']' expected");
    }
  }

  unsigned hex4() {
    if (i_ + 4 > text_.size()) fail("a short \\u escape");
    unsigned code = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = text_[i_++];
      code <<= 4;
      if (h >= '0' && h <= '9') {
        code |= static_cast<unsigned>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        code |= static_cast<unsigned>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        code |= static_cast<unsigned>(h - 'A' + 10);
      } else {
        fail("a bad hex digit in \\u");
      }
    }
    return code;
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  void parse_escape(std::string& out) {
    if (i_ >= text_.size()) fail("an escape at the end");
    const char e = text_[i_++];
    switch (e) {
      case '"':
        out += '"';
        return;
      case '\\':
        out += '\\';
        return;
      case '/':
        out += '/';
        return;
      case 'b':
        out += '\b';
        return;
      case 'f':
        out += '\f';
        return;
      case 'n':
        out += '\n';
        return;
      case 'r':
        out += '\r';
        return;
      case 't':
        out += '\t';
        return;
      case 'u':
        break;
      default:
        fail("an unknown escape");
    }
    unsigned code = hex4();
    if (code >= 0xDC00 && code <= 0xDFFF) fail("a lone low surrogate");
    if (code >= 0xD800 && code <= 0xDBFF) {
      if (!take("\\u")) fail("a high surrogate without its low half");
      const unsigned low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) fail("a high surrogate without its low half");
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, code);
  }

  std::string parse_string() {
    ++i_;  // the opening quote
    std::string out;
    for (;;) {
      if (i_ >= text_.size()) fail("a string without its closing quote");
      const char c = text_[i_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("a control character inside a string");
      if (c == '\\') {
        parse_escape(out);
      } else {
        out += c;
      }
    }
  }

  std::string parse_number() {
    const std::size_t start = i_;
    auto digits = [&] {
      const std::size_t from = i_;
      while (i_ < text_.size() && text_[i_] >= '0' && text_[i_] <= '9')
        ++i_;
      return i_ - from;
    };
    take("-");
    if (take("0")) {
      // no leading zeros
    } else if (digits() == 0) {
      fail("not a value");
    }
    if (take(".") && digits() == 0) fail("no digits after '.'");
    if (i_ < text_.size() && (text_[i_] == 'e' || text_[i_] == 'E')) {
      ++i_;
      if (!take("+")) take("-");
      if (digits() == 0) fail("no digits in the exponent");
    }
    return std::string(text_.substr(start, i_ - start));
  }

  std::string_view text_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<Json> read_json(std::string_view text, std::string& error) {
  if (!is_valid_utf8(text)) {
    error = "not valid UTF-8";
    return std::nullopt;
  }
  try {
    return Parser(text).document();
  } catch (const JsonError& e) {
    error = e.what();
    return std::nullopt;
  }
}

}  // namespace fuzz
