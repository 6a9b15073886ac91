#pragma once

// Reading test data files whole, byte for byte (Catch2 REQUIREs on failure).

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

namespace test_files {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in);
  std::string text(static_cast<std::size_t>(std::filesystem::file_size(p)), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  REQUIRE(in.gcount() == static_cast<std::streamsize>(text.size()));
  return text;
}

}  // namespace test_files
