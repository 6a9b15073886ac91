#pragma once

// Optional JSON layer (needs nlohmann/json): reads teleworksec/assessment/v1
// files into the core assessment and writes teleworksec/result/v1. The only
// part of the library that allocates and throws: every problem with an input
// is an input_error naming the file, the JSON path and what was expected.
//
// One header per concept, all included here:
//   input_error.hpp            the error, and the reader's limits
//   assessment_document.hpp    the document as read, and its core assessment
//   json_text.hpp              JSON text without a tree: scanner and writer
//   id_index.hpp               catalog IDs in sorted tables, for lookups
//   assessment_reader.hpp      read_assessment(): one pass, no DOM
//   assessment_reader_dom.hpp  the reference reader, which words every error
//   json_dom.hpp               strict parsing into nlohmann::json, dump()
//   assessment_json.hpp        to_json(document): the assessment written back
//   result_writer.hpp          result_text(): result/v1 written directly
//   result_json.hpp            result_to_json(): result/v1 as nlohmann::json

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/assessment_json.hpp"
#include "teleworksec/io/assessment_reader.hpp"
#include "teleworksec/io/assessment_reader_dom.hpp"
#include "teleworksec/io/id_index.hpp"
#include "teleworksec/io/input_error.hpp"
#include "teleworksec/io/json_dom.hpp"
#include "teleworksec/io/json_text.hpp"
#include "teleworksec/io/result_json.hpp"
#include "teleworksec/io/result_parts.hpp"
#include "teleworksec/io/result_writer.hpp"
