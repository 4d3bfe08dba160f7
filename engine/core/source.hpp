#pragma once
// Where something came from: a file and a 1-based line and column. Every
// node of a rule set or profile keeps one, so that any later stage can point
// a user at the exact character that is wrong.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace apdr {

struct SourceLocation {
  std::string file;     // as the user named it, or "apdr:national/…" for embedded files
  std::uint32_t line = 0;    // 1-based; 0 means "no position" (e.g. a command-line argument)
  std::uint32_t column = 0;  // 1-based, in bytes

  bool known() const { return line != 0; }
};

// "file:line:column", as diagnostics begin; just the file when there is no position.
std::string location_text(const SourceLocation& where);

// The text of every file read, kept so that diagnostics can quote the line
// they point at. Shared by all stages of one run.
class SourceStore {
 public:
  // Whether diagnostics may quote a file's lines. A pupil's profile is
  // `private_data`: its errors name the file, line, column and the offending
  // value, but never print the line, which may hold other facts about the
  // pupil.
  enum class Quoting { allowed, private_data };

  // Remembers `text` as the contents of `file`. An earlier copy stays alive
  // (pointers into it remain valid); lookups see the newest.
  void add(std::string file, std::string text, Quoting quoting = Quoting::allowed);
  // The 1-based `line` of `file`, without its newline, for quoting under a
  // diagnostic; empty when unknown or when the file is private data.
  std::string_view line_text(std::string_view file, std::uint32_t line) const;
  // The whole text of `file`, or nullptr when it was never added.
  const std::string* text(std::string_view file) const;
  // Every file added, once each, in the order first added: the files an
  // output must never be written over (a rule set's includes among them).
  std::vector<std::string> files() const;

 private:
  struct Entry {
    std::string file;
    std::shared_ptr<const std::string> text;
    Quoting quoting;
    std::vector<std::size_t> line_starts;  // the offset of each line; empty for private data
  };
  std::vector<Entry> entries_;
};

}  // namespace apdr
