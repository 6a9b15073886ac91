#pragma once

// The core never throws and never allocates. TELEWORKSEC_ASSERT guards
// preconditions of the fixed-capacity containers; in a constant expression a
// failed assertion is a compile error, at run time it traps (or is compiled out
// with NDEBUG), so firmware without exceptions can use the same headers.
#ifndef TELEWORKSEC_ASSERT
#if defined(NDEBUG)
#define TELEWORKSEC_ASSERT(cond) static_cast<void>(0)
#else
#define TELEWORKSEC_ASSERT(cond) ((cond) ? static_cast<void>(0) : __builtin_trap())
#endif
#endif
