// Compile-time probe baseline: the standard headers the library itself uses.
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
int main() { return 0; }
