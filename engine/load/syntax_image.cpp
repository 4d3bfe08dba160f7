// The syntax image (syntax_image.hpp). One `visit(archive, value)` per
// syntax struct names its fields once, for the writer, the reader and the
// test dump alike, so what is written and what is read cannot drift apart.
//
// Layout: the magic, the format version (4 bytes), a checksum of everything
// after it (8 bytes), then the sources and the RuleSet. Integers are LEB128
// varints; a SourceLocation's file is a back-reference into the names seen
// so far (nearly every location names one of a few files).
#include "load/syntax_image.hpp"

#include <cstring>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/limits.hpp"

namespace apdr::load {
namespace {

constexpr std::string_view magic = "apdrSYN\n";
// Bump when a syntax struct, an expression node or this layout changes: an
// image of another version is refused, never misread. The static_asserts
// below catch a field added to a struct without a visit for it.
constexpr std::uint32_t format_version = 1;
constexpr std::size_t header_bytes = 8 + 4 + 8;
// The parser builds no tree taller than limits::max_expression_tree_depth
// operations, and the checker, compiler and evaluator recurse on that
// promise: an image may hold no deeper one (a root alone is depth 1).
constexpr std::size_t max_node_depth = limits::max_expression_tree_depth + 1;
// Days from 1970-01-01 to the first and last day of years 0000 and 9999:
// any date the rule language can write lies between.
constexpr std::int64_t earliest_day = -719528;
constexpr std::int64_t latest_day = 2932896;

#if defined(__GLIBCXX__) && defined(__x86_64__)
// A new field in a syntax struct changes its size: give it a line in its
// visit() below (and bump format_version), then update the size here.
static_assert(sizeof(syntax::Scalar) == 72);
static_assert(sizeof(syntax::Expression) == 104);
static_assert(sizeof(expr::Node) == 120);
static_assert(sizeof(syntax::Window) == 56);
static_assert(sizeof(syntax::Parameter) == 176);
static_assert(sizeof(syntax::Derived) == 176);
static_assert(sizeof(syntax::LevelAction) == 144);
static_assert(sizeof(syntax::SourceEntry) == 624);
static_assert(sizeof(syntax::Level) == 504);
static_assert(sizeof(syntax::Input) == 528);
static_assert(sizeof(syntax::EntryCommon) == 584);
static_assert(sizeof(syntax::Provision) == 856);
static_assert(sizeof(syntax::Step) == 608);
static_assert(sizeof(syntax::Information) == 664);
static_assert(sizeof(syntax::Escalation) == 224);
static_assert(sizeof(syntax::Action) == 136);
static_assert(sizeof(syntax::Rule) == 912);
static_assert(sizeof(syntax::Holiday) == 224);
static_assert(sizeof(syntax::Calendar) == 152);
static_assert(sizeof(syntax::Removal) == 96);
static_assert(sizeof(syntax::RuleSet) == 1256);
#endif

void put_fixed(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint64_t get_fixed(std::string_view in, std::size_t at, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) value |= std::uint64_t(static_cast<unsigned char>(in[at + i])) << (8 * i);
  return value;
}

// --- The archives: each gives the same primitives; visit() calls them.

class Writer {
 public:
  static constexpr bool reading = false;
  explicit Writer(std::span<const std::string* const> texts) : texts_(texts) {}

  bool ok() const { return true; }
  void require(bool) {}  // what the reader checks is what the loader made
  bool enter() { return true; }
  void leave() {}

  void varint(std::uint64_t value) {
    while (value >= 0x80) {
      out.push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    out.push_back(static_cast<char>(value));
  }
  void number(std::uint32_t& value) { varint(value); }
  void size(std::size_t& value) { varint(value); }
  void count(std::size_t& value) { varint(value); }
  void signed_number(std::int32_t& value) {
    std::int64_t wide = value;
    varint(static_cast<std::uint64_t>((wide << 1) ^ (wide >> 63)));
  }
  void flag(bool& value) { out.push_back(value ? 1 : 0); }
  void real(double& value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    put_fixed(out, bits, 8);
  }
  void fixed64(std::uint64_t& value) { put_fixed(out, value, 8); }
  void text(std::string& value) {
    varint(value.size());
    out.append(value);
  }
  template <class E>
  void choice(E& value, E) {
    varint(static_cast<std::uint64_t>(value));
  }
  // 0 and the name for a name not seen before, else its number.
  void file(std::string& name) {
    auto [it, added] = files_.emplace(name, files_.size() + 1);
    if (added) {
      varint(0);
      text(name);
    } else {
      varint(it->second);
    }
  }
  // 0 for none, else 1 + the text's index in `texts`.
  void file_text(const std::string*& text) {
    if (text == nullptr) return varint(0);
    for (std::size_t i = 0; i < texts_.size(); ++i) {
      if (texts_[i] == text) return varint(i + 1);
    }
    throw std::invalid_argument("an expression points at a text that is not one of the rule set's files");
  }

  std::string out;

 private:
  std::span<const std::string* const> texts_;
  std::unordered_map<std::string, std::size_t> files_;
};

class Reader {
 public:
  static constexpr bool reading = true;
  Reader(std::string_view bytes, std::span<const std::string* const> texts) : in_(bytes), texts_(texts) {}

  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }
  void require(bool condition) {
    if (!condition) fail();
  }
  bool enter() {
    if (++depth_ > max_node_depth) fail();
    return ok_;
  }
  void leave() { --depth_; }

  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) return fail(), 0;
      auto byte = static_cast<unsigned char>(in_[at_++]);
      value |= std::uint64_t(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return fail(), 0;
  }
  void number(std::uint32_t& value) {
    std::uint64_t wide = varint();
    require(wide <= std::numeric_limits<std::uint32_t>::max());
    value = ok_ ? static_cast<std::uint32_t>(wide) : 0;
  }
  void size(std::size_t& value) { value = static_cast<std::size_t>(varint()); }
  // A count of items still to read: each takes at least one byte.
  void count(std::size_t& value) {
    std::uint64_t wide = varint();
    require(wide <= in_.size() - at_);
    value = ok_ ? static_cast<std::size_t>(wide) : 0;
  }
  void signed_number(std::int32_t& value) {
    std::uint64_t zigzag = varint();
    auto wide = static_cast<std::int64_t>(zigzag >> 1) ^ -static_cast<std::int64_t>(zigzag & 1);
    require(wide >= std::numeric_limits<std::int32_t>::min() && wide <= std::numeric_limits<std::int32_t>::max());
    value = ok_ ? static_cast<std::int32_t>(wide) : 0;
  }
  void flag(bool& value) {
    if (at_ >= in_.size()) return fail();
    char byte = in_[at_++];
    require(byte == 0 || byte == 1);
    value = byte == 1;
  }
  void real(double& value) {
    if (in_.size() - at_ < 8) return fail();
    std::uint64_t bits = get_fixed(in_, at_, 8);
    at_ += 8;
    std::memcpy(&value, &bits, sizeof value);
  }
  void fixed64(std::uint64_t& value) {
    if (in_.size() - at_ < 8) return fail();
    value = get_fixed(in_, at_, 8);
    at_ += 8;
  }
  void text(std::string& value) {
    std::uint64_t length = varint();
    if (!ok_ || length > in_.size() - at_) return fail();
    value.assign(in_.data() + at_, static_cast<std::size_t>(length));
    at_ += static_cast<std::size_t>(length);
  }
  template <class E>
  void choice(E& value, E last) {
    std::uint64_t wide = varint();
    require(wide <= static_cast<std::uint64_t>(last));
    value = ok_ ? static_cast<E>(wide) : E{};
  }
  void file(std::string& name) {
    std::uint64_t index = varint();
    if (!ok_) return;
    if (index == 0) {
      text(name);
      files_.push_back(name);
    } else if (index <= files_.size()) {
      name = files_[index - 1];
    } else {
      fail();
    }
  }
  void file_text(const std::string*& text) {
    std::uint64_t index = varint();
    if (index == 0 || !ok_) {
      text = nullptr;
    } else if (index <= texts_.size()) {
      text = texts_[index - 1];
    } else {
      fail();
    }
  }

 private:
  // Everything after a failure reads as zeros and empties, so the walk ends
  // quickly; the caller throws the half-read result away.
  void fail() {
    ok_ = false;
    at_ = in_.size();
  }

  std::string_view in_;
  std::span<const std::string* const> texts_;
  std::vector<std::string> files_;
  std::size_t at_ = 0;
  std::size_t depth_ = 0;
  bool ok_ = true;
};

// Every value on a line of its own, for tests to compare two loads.
class Dumper {
 public:
  static constexpr bool reading = false;
  explicit Dumper(std::span<const std::string* const> texts) : texts_(texts) {}

  bool ok() const { return true; }
  void require(bool) {}
  bool enter() { return true; }
  void leave() {}

  void number(std::uint32_t& value) { line(std::to_string(value)); }
  void size(std::size_t& value) { line(std::to_string(value)); }
  void count(std::size_t& value) { line("count " + std::to_string(value)); }
  void signed_number(std::int32_t& value) { line(std::to_string(value)); }
  void flag(bool& value) { line(value ? "true" : "false"); }
  void real(double& value) {
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    line("real " + std::to_string(bits));
  }
  void fixed64(std::uint64_t& value) { line(std::to_string(value)); }
  void text(std::string& value) { line('"' + value + '"'); }
  template <class E>
  void choice(E& value, E) {
    line("choice " + std::to_string(static_cast<long long>(value)));
  }
  void file(std::string& name) { line("file " + name); }
  void file_text(const std::string*& text) {
    if (text == nullptr) return line("no text");
    for (std::size_t i = 0; i < texts_.size(); ++i) {
      if (texts_[i] == text) return line("text of file " + std::to_string(i));
    }
    line("a text of no file");
  }

  std::string out;

 private:
  void line(const std::string& value) {
    out += value;
    out += '\n';
  }
  std::span<const std::string* const> texts_;
};

// --- The fields of every struct, once. Found by argument-dependent lookup
// on the archive, so their order here does not matter.

template <class A>
void visit(A& a, std::string& value) {
  a.text(value);
}

template <class A>
void visit(A& a, SourceLocation& where) {
  a.file(where.file);
  a.number(where.line);
  a.number(where.column);
}

template <class A>
void visit(A& a, Date& date) {
  std::int32_t days = date.days();
  a.signed_number(days);
  a.require(days >= earliest_day && days <= latest_day);
  date = Date::from_days(days);
}

template <class A, class T>
void visit(A& a, std::optional<T>& value) {
  bool present = value.has_value();
  a.flag(present);
  if constexpr (A::reading) {
    if (present) value.emplace();
  }
  if (present && a.ok()) visit(a, *value);
}

template <class A, class T>
void visit(A& a, std::vector<T>& items) {
  std::size_t count = items.size();
  a.count(count);
  if constexpr (A::reading) {
    items.clear();
    items.reserve(std::min<std::size_t>(count, 4096));  // a damaged count must not allocate gigabytes
    for (std::size_t i = 0; i < count && a.ok(); ++i) visit(a, items.emplace_back());
  } else {
    for (auto& item : items) visit(a, item);
  }
}

// The shape the parser gives each kind of node (expression/parse.cpp), which
// later stages index without checking: a read image must have it too.
bool well_formed(const expr::Node& node) {
  using expr::NodeKind;
  if (node.begin > node.end) return false;
  for (const auto& child : node.children) {
    if (child == nullptr) return false;
  }
  std::size_t children = node.children.size();
  switch (node.kind) {
    case NodeKind::list:
    case NodeKind::call:
      return true;
    case NodeKind::field:
    case NodeKind::unary:
      return children == 1;
    case NodeKind::where:
    case NodeKind::binary:
      return children == 2;
    case NodeKind::if_then:
      return children == 3;
    default:
      return children == 0;  // literals and names
  }
}

// Every node's span lies within the expression's text.
bool within(const expr::Node& node, std::size_t length) {
  if (node.end > length) return false;
  for (const auto& child : node.children) {
    if (!within(*child, length)) return false;
  }
  return true;
}

template <class A>
void visit(A& a, expr::NodePtr& node) {
  bool present = node != nullptr;
  a.flag(present);
  if (!present || !a.ok()) return;
  if constexpr (A::reading) node = std::make_unique<expr::Node>();
  if (!a.enter()) return;
  visit(a, *node);
  a.leave();
}

// Node::slot is the checker's, 0 until it runs: not part of the image.
template <class A>
void visit(A& a, expr::Node& node) {
  a.choice(node.kind, expr::NodeKind::binary);
  a.number(node.begin);
  a.number(node.end);
  a.real(node.number);
  a.flag(node.is_integer);
  a.flag(node.boolean);
  visit(a, node.date);
  a.signed_number(node.duration.months);
  a.signed_number(node.duration.days);
  a.signed_number(node.duration.working_days);
  a.text(node.text);
  a.choice(node.unary, expr::UnaryOp::negate);
  a.choice(node.binary, expr::BinaryOp::divide);
  visit(a, node.children);
  if constexpr (A::reading) a.require(well_formed(node));
}

}  // namespace
}  // namespace apdr::load

// The syntax structs' visits sit in their own namespace so that lookup from
// the templates above finds them by their argument as well.
namespace apdr::syntax {

template <class A>
void visit(A& a, Scalar& scalar) {
  a.text(scalar.value);
  visit(a, scalar.where);
}

template <class A>
void visit(A& a, Expression& expression) {
  a.text(expression.text);
  visit(a, expression.where);
  visit(a, expression.tree);
  a.file_text(expression.file_text);
  a.size(expression.text_start);
  a.flag(expression.verbatim);
  a.require(expression.file_text == nullptr || expression.text_start <= expression.file_text->size());
  if constexpr (A::reading) {
    if (a.ok() && expression.tree) a.require(load::within(*expression.tree, expression.text.size()));
  }
}

template <class A>
void visit(A& a, Window& window) {
  visit(a, window.from);
  visit(a, window.to);
  visit(a, window.where);
}

template <class A>
void visit(A& a, SourceEntry& entry) {
  visit(a, entry.id);
  visit(a, entry.title);
  visit(a, entry.published);
  visit(a, entry.url);
  visit(a, entry.publisher);
  visit(a, entry.note);
  visit(a, entry.section_url);
  visit(a, entry.section_name);
}

template <class A>
void visit(A& a, Level& level) {
  visit(a, level.id);
  visit(a, level.title);
  visit(a, level.national);
  visit(a, level.census);
  visit(a, level.plain);
  visit(a, level.description);
  visit(a, level.where);
}

template <class A>
void visit(A& a, Parameter& parameter) {
  visit(a, parameter.name);
  visit(a, parameter.value);
}

template <class A>
void visit(A& a, Input& input) {
  visit(a, input.name);
  visit(a, input.type);
  visit(a, input.values);
  visit(a, input.of);
  visit(a, input.question);
  visit(a, input.plain);
  visit(a, input.source);
  visit(a, input.where);
}

template <class A>
void visit(A& a, Derived& derived) {
  visit(a, derived.name);
  visit(a, derived.value);
}

template <class A>
void visit(A& a, EntryCommon& entry) {
  visit(a, entry.id);
  visit(a, entry.title);
  visit(a, entry.plain);
  visit(a, entry.description);
  visit(a, entry.source);
  visit(a, entry.kind);
  visit(a, entry.effective);
  a.flag(entry.override_);
  visit(a, entry.where);
}

template <class A>
void visit(A& a, Provision& provision) {
  visit(a, static_cast<EntryCommon&>(provision));
  visit(a, provision.area);
  visit(a, provision.level);
  visit(a, provision.when);
}

template <class A>
void visit(A& a, Step& step) {
  visit(a, static_cast<EntryCommon&>(step));
  visit(a, step.who);
}

template <class A>
void visit(A& a, Information& information) {
  visit(a, static_cast<EntryCommon&>(information));
  visit(a, information.text);
}

template <class A>
void visit(A& a, Escalation& escalation) {
  visit(a, escalation.step);
  visit(a, escalation.due);
  visit(a, escalation.where);
}

template <class A>
void visit(A& a, LevelAction& action) {
  visit(a, action.area);
  visit(a, action.level);
}

template <class A>
void visit(A& a, Action& action) {
  visit(a, action.levels);
  visit(a, action.provide);
  visit(a, action.escalate);
  visit(a, action.inform);
  visit(a, action.where);
}

template <class A>
void visit(A& a, Rule& rule) {
  visit(a, rule.id);
  visit(a, rule.kind);
  visit(a, rule.area);
  visit(a, rule.title);
  visit(a, rule.when);
  visit(a, rule.then);
  visit(a, rule.because);
  visit(a, rule.plain);
  visit(a, rule.source);
  visit(a, rule.effective);
  a.flag(rule.override_);
  visit(a, rule.where);
}

template <class A>
void visit(A& a, Holiday& holiday) {
  visit(a, holiday.date);
  visit(a, holiday.date_text);
  visit(a, holiday.title);
  visit(a, holiday.source);
}

template <class A>
void visit(A& a, Calendar& calendar) {
  visit(a, calendar.weekend);
  visit(a, calendar.weekend_where);
  visit(a, calendar.holidays);
  visit(a, calendar.listed_through);
  visit(a, calendar.listed_through_where);
}

template <class A>
void visit(A& a, Removal& removal) {
  visit(a, removal.rules);
  visit(a, removal.provision);
  visit(a, removal.steps);
  visit(a, removal.information);
}

template <class A>
void visit(A& a, RuleSet& set) {
  a.text(set.file);
  a.text(set.folder);
  visit(a, set.id);
  visit(a, set.title);
  visit(a, set.description);
  visit(a, set.jurisdiction);
  visit(a, set.status);
  visit(a, set.version);
  visit(a, set.extends);
  visit(a, set.effective);
  visit(a, set.where);
  visit(a, set.sources);
  visit(a, set.levels);
  visit(a, set.levels_where);
  visit(a, set.calendar);
  visit(a, set.parameters);
  visit(a, set.inputs);
  visit(a, set.derive);
  visit(a, set.provision);
  visit(a, set.steps);
  visit(a, set.information);
  visit(a, set.rules);
  visit(a, set.remove);
  visit(a, set.lint_allow);
}

}  // namespace apdr::syntax

namespace apdr::load {
namespace {

template <class A>
void visit(A& a, ImageSource& source) {
  a.text(source.display);
  std::uint64_t bytes = source.bytes;
  a.fixed64(bytes);
  source.bytes = bytes;
  a.fixed64(source.hash);
}

std::uint64_t checksum_of(std::string_view image) { return text_hash(image.substr(header_bytes)); }

// The sources and where the RuleSet starts, from an image whose header was
// checked.
std::optional<std::vector<ImageSource>> read_sources(Reader& reader) {
  std::vector<ImageSource> sources;
  visit(reader, sources);
  if (!reader.ok()) return std::nullopt;
  return sources;
}

}  // namespace

std::uint64_t text_hash(std::string_view text) {
  // Eight bytes at a time, each mixed in by a multiply and a shift: a few
  // instructions per word, so checking a whole embedded rule set's texts
  // costs little next to reading them.
  std::uint64_t hash = 0x243f6a8885a308d3ULL ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    hash = (hash ^ word) * 0x9e3779b97f4a7c15ULL;
    hash ^= hash >> 29;
  }
  for (; i < text.size(); ++i) {
    hash = (hash ^ static_cast<unsigned char>(text[i])) * 0x100000001b3ULL;
  }
  hash ^= hash >> 32;
  return hash * 0xff51afd7ed558ccdULL;
}

std::string write_syntax_image(const syntax::RuleSet& set, const std::vector<ImageSource>& sources,
                               std::span<const std::string* const> texts) {
  if (sources.size() != texts.size()) throw std::invalid_argument("one text for every source");
  Writer writer(texts);
  writer.out.append(magic);
  put_fixed(writer.out, format_version, 4);
  put_fixed(writer.out, 0, 8);  // the checksum, once the rest is written
  auto& sources_ref = const_cast<std::vector<ImageSource>&>(sources);  // the writer only reads
  visit(writer, sources_ref);
  visit(writer, const_cast<syntax::RuleSet&>(set));
  reseal_syntax_image(writer.out);
  return std::move(writer.out);
}

void reseal_syntax_image(std::string& image) {
  if (image.size() < header_bytes) return;
  std::uint64_t checksum = checksum_of(image);
  for (int i = 0; i < 8; ++i) image[magic.size() + 4 + i] = static_cast<char>((checksum >> (8 * i)) & 0xff);
}

std::optional<std::vector<ImageSource>> syntax_image_sources(std::string_view image) {
  if (image.size() < header_bytes || !image.starts_with(magic)) return std::nullopt;
  if (get_fixed(image, magic.size(), 4) != format_version) return std::nullopt;
  if (get_fixed(image, magic.size() + 4, 8) != checksum_of(image)) return std::nullopt;
  Reader reader(image.substr(header_bytes), {});
  return read_sources(reader);
}

std::optional<syntax::RuleSet> read_syntax_image(std::string_view image, std::span<const std::string* const> texts) {
  if (image.size() < header_bytes || !image.starts_with(magic)) return std::nullopt;
  if (get_fixed(image, magic.size(), 4) != format_version) return std::nullopt;
  Reader reader(image.substr(header_bytes), texts);
  auto sources = read_sources(reader);
  if (!sources || sources->size() != texts.size()) return std::nullopt;
  syntax::RuleSet set;
  visit(reader, set);
  if (!reader.ok() || !reader.at_end()) return std::nullopt;
  return set;
}

std::string dump_rule_set(const syntax::RuleSet& set, std::span<const std::string* const> texts) {
  Dumper dumper(texts);
  visit(dumper, const_cast<syntax::RuleSet&>(set));  // the dumper only reads
  return std::move(dumper.out);
}

}  // namespace apdr::load
