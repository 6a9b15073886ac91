# Builds examples/firmware for a Cortex-M4 with and without the texts and
# checks the flash budget of SPEC §8 (engine and scoring tables under 8 KiB
# when no text is referenced). Sizes are deterministic, so this is a test.
#   cmake -DCXX=arm-none-eabi-g++ -DSIZE=arm-none-eabi-size -DSOURCE_DIR=<repo>
#         -DBINARY_DIR=<dir> -P firmware_size.cmake
cmake_minimum_required(VERSION 3.25)

set(flags -std=c++20 -Os -mcpu=cortex-m4 -mthumb -fno-exceptions -fno-rtti -DNDEBUG
          -ffunction-sections -fdata-sections -Wl,--gc-sections --specs=nosys.specs
          -Wall -Wextra -Wpedantic -Wconversion -Werror -I${SOURCE_DIR}/include)
set(budget 8192)

foreach(variant without_texts with_texts)
  set(defines "")
  if(variant STREQUAL "with_texts")
    set(defines -DTELEWORKSEC_FIRMWARE_WITH_TEXTS)
  endif()
  set(elf "${BINARY_DIR}/firmware_${variant}.elf")
  execute_process(
    COMMAND ${CXX} ${flags} ${defines} ${SOURCE_DIR}/examples/firmware/main.cpp -o ${elf}
    RESULT_VARIABLE built ERROR_VARIABLE errors)
  if(NOT built EQUAL 0)
    message(FATAL_ERROR "firmware build (${variant}) failed:\n${errors}")
  endif()
  # Berkeley format: text (code + rodata) data bss.
  execute_process(COMMAND ${SIZE} ${elf} OUTPUT_VARIABLE sizes)
  string(REGEX MATCH "\n *([0-9]+)[ \t]+([0-9]+)[ \t]+([0-9]+)" _ "${sizes}")
  math(EXPR flash "${CMAKE_MATCH_1} + ${CMAKE_MATCH_2}")
  message(STATUS "Cortex-M4 ${variant}: flash ${flash} bytes "
                 "(text+rodata ${CMAKE_MATCH_1}, data ${CMAKE_MATCH_2}), RAM ${CMAKE_MATCH_3} "
                 "bytes bss + ${CMAKE_MATCH_2} bytes data")
  if(variant STREQUAL "without_texts" AND flash GREATER budget)
    message(FATAL_ERROR "flash ${flash} bytes exceeds the ${budget}-byte budget")
  endif()
endforeach()
