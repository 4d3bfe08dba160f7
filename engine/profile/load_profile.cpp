#include "profile/load_profile.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "core/limits.hpp"
#include "profile/profile_reader.hpp"
#include "yaml/document_kind.hpp"
#include "yaml/read_yaml.hpp"

namespace apdr::profile {
namespace {

// The id a profile gets when it gives none: its file name without folder or
// extension, or "-" for standard input.
std::string default_id_for(const std::string& display_name) {
  if (display_name == "-") return "-";
  std::string stem = std::filesystem::path(display_name).stem().string();
  return stem.empty() ? display_name : stem;
}

std::string too_large_message() {
  return fmt::format("the profile is larger than {} bytes (max_file_bytes)", limits::max_file_bytes);
}

// Reads at most max_file_bytes + 1 bytes, so a huge file (or an endless
// pipe) is refused without being held in memory.
std::optional<std::string> read_capped(std::istream& in, bool& too_large) {
  std::string text;
  char buffer[64 * 1024];
  while (in) {
    in.read(buffer, sizeof buffer);
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > limits::max_file_bytes) {
      too_large = true;
      return std::nullopt;
    }
  }
  if (in.bad()) return std::nullopt;
  return text;
}

}  // namespace

std::optional<Profile> load_profile_text(const std::string& display_name, std::string text,
                                         const Schema& schema, SourceStore& sources,
                                         Diagnostics& diagnostics) {
  if (text.size() > limits::max_file_bytes) {
    diagnostics.error(Code::LimitExceeded, {display_name, 0, 0}, too_large_message());
    return std::nullopt;
  }
  sources.add(display_name, text, SourceStore::Quoting::private_data);
  if (auto kind = yaml::kind_from_text(display_name, text); kind != yaml::DocumentKind::unknown) {
    diagnostics.add(yaml::wrong_kind_error(display_name, kind, "a profile"));
    return std::nullopt;
  }
  Diagnostics found;
  yaml::NodePtr root = yaml::read_yaml(text, {display_name, 1}, found);
  if (auto kind = root ? yaml::kind_from_tree(*root) : yaml::DocumentKind::unknown;
      kind != yaml::DocumentKind::unknown && kind != yaml::DocumentKind::profile) {
    diagnostics.add(yaml::wrong_kind_error(display_name, kind, "a profile"));
    return std::nullopt;
  }
  std::optional<Profile> profile;
  if (root) profile = profile_from_tree(*root, default_id_for(display_name), display_name, schema, found);
  bool failed = found.has_errors();
  found.sort();
  diagnostics.append(found);
  if (failed) return std::nullopt;
  return profile;
}

std::optional<Profile> load_profile_file(const std::string& path, const Schema& schema,
                                         SourceStore& sources, Diagnostics& diagnostics) {
  bool too_large = false;
  std::optional<std::string> text;
  if (path == "-") {
    text = read_capped(std::cin, too_large);
    // Through stdio, a failed read is an error flag on stdin, not on cin.
    if (std::ferror(stdin)) text.reset();
  } else {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "cannot read the profile: it is a folder");
      return std::nullopt;
    }
    // Check the size first: a regular file's size is known without reading it.
    auto size = std::filesystem::file_size(path, error);
    if (!error && size > limits::max_file_bytes) {
      diagnostics.error(Code::LimitExceeded, {path, 0, 0}, too_large_message());
      return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diagnostics.error(Code::FileUnreadable, {path, 0, 0}, "cannot open the profile file");
      return std::nullopt;
    }
    text = read_capped(in, too_large);
  }
  if (too_large) {
    diagnostics.error(Code::LimitExceeded, {path, 0, 0}, too_large_message());
    return std::nullopt;
  }
  if (!text) {
    diagnostics.error(Code::FileUnreadable, {path, 0, 0},
                      path == "-" ? "cannot read standard input" : "cannot read the profile");
    return std::nullopt;
  }
  return load_profile_text(path, std::move(*text), schema, sources, diagnostics);
}

}  // namespace apdr::profile
