#pragma once

// The optional nmap importer (needs pugixml and nlohmann/json): reads nmap's
// XML output and fills the network checks of certification-v2's diagnosis.
// - nmap_mapping.hpp:   the default mapping from scan results to checks (data)
// - nmap_selection.hpp: the scripts and arguments a scan's command line chose
// - nmap_scan.hpp:      one scan read and its checks decided, with reasons
// - nmap_merge.hpp:     a scan merged into an assessment, or withdrawn

#include "teleworksec/io/nmap_mapping.hpp"
#include "teleworksec/io/nmap_merge.hpp"
#include "teleworksec/io/nmap_scan.hpp"
#include "teleworksec/io/nmap_selection.hpp"
