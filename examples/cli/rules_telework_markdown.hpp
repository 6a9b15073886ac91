#pragma once

// Kept only while tests/runtime/readme_test.cpp includes it: the telework
// tables now live in rules_markdown.hpp beside the certification ones.

#include "rules_markdown.hpp"
