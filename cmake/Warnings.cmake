# Warnings for our own translation units: tests, examples, benchmarks and the
# generated header checks. Never applied to the INTERFACE target, so users of
# the library keep their own flags.
include_guard(GLOBAL)

# Sets <out_var> to the warning options (and -Werror when TELEWORKSEC_WERROR).
function(teleworksec_warning_options out_var)
  if(MSVC)
    set(options /W4 /permissive-)
    if(TELEWORKSEC_WERROR)
      list(APPEND options /WX)
    endif()
  else()
    set(options
        -Wall
        -Wextra
        -Wpedantic
        -Wshadow
        -Wconversion
        -Wsign-conversion
        -Wold-style-cast)
    if(TELEWORKSEC_WERROR)
      list(APPEND options -Werror)
    endif()
  endif()
  set(${out_var} ${options} PARENT_SCOPE)
endfunction()

# Adds the warnings, and the sanitizers when TELEWORKSEC_SANITIZE, to <target>.
function(teleworksec_warnings target)
  teleworksec_warning_options(options)
  target_compile_options(${target} PRIVATE ${options})
  if(TELEWORKSEC_SANITIZE)
    set(sanitize -fsanitize=address,undefined -fno-sanitize-recover=all
                 -fno-omit-frame-pointer)
    target_compile_options(${target} PRIVATE ${sanitize})
    target_link_options(${target} PRIVATE ${sanitize})
  endif()
endfunction()
