// What the WebAssembly build of the C API needs besides the tws_* functions of
// examples/c_api/teleworksec_c.cpp, which it compiles unchanged for
// wasm32-wasi without exceptions (WASI's C++ runtime cannot unwind):
//
//   - on_input_error: where json.hpp sends a bad input instead of throwing. It
//     hands the message to the host (teleworksec.mjs), whose import throws a
//     JavaScript exception through the WebAssembly frames; the host reports
//     TWS_BAD_INPUT with that message, as the native library does, and starts
//     a fresh instance for the next call.
//   - tws_alloc / tws_free: the host's buffers in the module's memory.

#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "teleworksec/io/json.hpp"

extern "C" {

// Imported from the host: takes the message and never returns.
[[noreturn]] void tws_host_fail(const char* message, std::size_t length)
    __attribute__((import_module("env"), import_name("tws_host_fail")));

__attribute__((export_name("tws_alloc"))) void* tws_alloc(std::size_t size) {
  return std::malloc(size);
}

__attribute__((export_name("tws_free"))) void tws_free(void* block) { std::free(block); }

}  // extern "C"

namespace teleworksec {

void on_input_error(const input_error& error) noexcept {
  const char* message = error.what();
  tws_host_fail(message, std::strlen(message));
}

}  // namespace teleworksec
