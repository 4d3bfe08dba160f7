#pragma once
// One interface for every output format, so a CLI verb picks a format by
// name and never needs to know how each one is written.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "evaluate/result.hpp"

namespace apdr::render {

enum class Format { text, json, markdown, html };

// "text", "json", "markdown", "html"; nullopt for any other name.
std::optional<Format> parse_format(std::string_view name);

struct Options {
  bool colour = false;     // ANSI colours; the caller decides (terminal, NO_COLOR)
  std::size_t width = 80;  // text wraps at this many columns
  bool compact = false;    // json: ids without the wording for people (--compact)
};

// Turns a Result into the text of one format. Renderers never recompute:
// everything they show is already in the Result.
class Renderer {
 public:
  virtual ~Renderer() = default;
  // The whole document, ending with a newline.
  virtual std::string render(const eval::Result& result) const = 0;
};

// A renderer for `format`; `options` matter only where the format uses them
// (colour and width for text).
std::unique_ptr<Renderer> make_renderer(Format format, Options options = {});

}  // namespace apdr::render
