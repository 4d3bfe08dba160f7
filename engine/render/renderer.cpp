#include "render/renderer.hpp"

#include "render/html.hpp"
#include "render/json.hpp"
#include "render/markdown.hpp"
#include "render/result_json.hpp"
#include "render/text.hpp"

namespace apdr::render {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "markdown") return Format::markdown;
  if (name == "html") return Format::html;
  return std::nullopt;
}

namespace {

class TextRenderer final : public Renderer {
 public:
  explicit TextRenderer(Options options) : options_(options) {}
  std::string render(const eval::Result& result) const override { return render_text(result, options_); }

 private:
  Options options_;
};

class JsonRenderer final : public Renderer {
 public:
  explicit JsonRenderer(Options options) : options_(options) {}
  std::string render(const eval::Result& result) const override {
    return result_json(result, !options_.compact);
  }

 private:
  Options options_;
};

class HtmlRenderer final : public Renderer {
 public:
  std::string render(const eval::Result& result) const override { return render_html(result); }
};

class MarkdownRenderer final : public Renderer {
 public:
  std::string render(const eval::Result& result) const override { return render_markdown(result); }
};

}  // namespace

std::unique_ptr<Renderer> make_renderer(Format format, Options options) {
  switch (format) {
    case Format::text: return std::make_unique<TextRenderer>(options);
    case Format::json: return std::make_unique<JsonRenderer>(options);
    case Format::markdown: return std::make_unique<MarkdownRenderer>();
    case Format::html: return std::make_unique<HtmlRenderer>();
  }
  return std::make_unique<TextRenderer>(options);
}

}  // namespace apdr::render
