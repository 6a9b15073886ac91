#pragma once

/// The umbrella header: the engine and every catalog.

#include "teleworksec/answer.hpp"
#include "teleworksec/assessment.hpp"
#include "teleworksec/catalog.hpp"
#include "teleworksec/catalogs/certification_v2.hpp"
#include "teleworksec/catalogs/coworking_v2.hpp"
#include "teleworksec/certification.hpp"
#include "teleworksec/check_outcome.hpp"
#include "teleworksec/config.hpp"
#include "teleworksec/evaluate.hpp"
#include "teleworksec/facts.hpp"
#include "teleworksec/fingerprint.hpp"
#include "teleworksec/gaps.hpp"
#include "teleworksec/grade.hpp"
#include "teleworksec/ids.hpp"
#include "teleworksec/mark.hpp"
#include "teleworksec/rating.hpp"
#include "teleworksec/result.hpp"
#include "teleworksec/status.hpp"
#include "teleworksec/validate.hpp"
#include "teleworksec/version.hpp"
