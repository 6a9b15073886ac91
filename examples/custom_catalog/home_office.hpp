#pragma once

// example-home-office: an invented company checklist for working from home,
// to show how a tool author adds a catalog. It is one header: the tables, in
// the shape of its kind (here a self-check, like mic-telework-v4), and a tag.
// Nothing outside this folder changes; the engine, the JSON layer, the IDs,
// the fingerprint and the CLI take it from the tag.

#include <array>
#include <cstdint>

#include "teleworksec/self_check.hpp"
#include "teleworksec/self_check_rating.hpp"

namespace example {

using namespace teleworksec;

namespace home_office_data {

// Facts the facility (here: a home) may state; a fact left out counts as true.
inline constexpr fact_set wifi_at_home = fact(0);

constexpr fact_def facts[] = {
    {"wifi_at_home", "自宅で無線LANを使う", "Wi-Fi is used at home"},
};

// Roles: any number, in the order the items stand.
constexpr role_def roles[] = {
    {"manager", "管理者", "managers"},
    {"staff", "社員", "staff"},
};
constexpr std::uint8_t manager = 0;
constexpr std::uint8_t staff = 1;

constexpr threat_group_def groups[] = {
    {1, "端末の管理", "端末の管理", "Devices"},
    {2, "通信の保護", "通信の保護", "Communications"},
};

constexpr fact_set every_pattern{};     // this checklist has no telework patterns
constexpr item_scope any_home{};        // applies in every home
constexpr item_scope wifi{wifi_at_home, {}};  // applies only where Wi-Fi is used

// role, no, group, basic, recommended, patterns, scope, page, text, title.
constexpr self_check_item_def items[] = {
    {manager, 1, 1, true, false, every_pattern, any_home, 1,
     "貸与PCの台帳を作り、四半期ごとに所在を確認する。", "Register lent PCs, check quarterly"},
    {manager, 2, 1, true, false, every_pattern, any_home, 1,
     "貸与PCのディスク暗号化を必須にする。", "Require disk encryption"},
    {manager, 3, 2, false, true, every_pattern, any_home, 2,
     "社外から社内システムへの接続に多要素認証を導入する。", "Multi-factor authentication"},
    {staff, 1, 1, true, false, every_pattern, any_home, 3,
     "離席時は画面をロックする。", "Lock the screen when away"},
    {staff, 2, 2, true, false, every_pattern, wifi, 3,
     "自宅の無線LANはWPA2以上で暗号化し、初期パスワードを変更する。",
     "WPA2 or better at home, default password changed"},
    {staff, 3, 2, false, true, every_pattern, any_home, 4,
     "業務の通信はVPN経由で行う。", "Work traffic through the VPN"},
};

}  // namespace home_office_data

/// The tables of example-home-office, texts included.
inline constexpr self_check_catalog<1, 2, 2, 0, 6, 0> home_office_catalog{
    "example-home-office",
    {},  // no pattern table, no trouble cases: tools leave those sections out
    std::to_array(home_office_data::facts),
    std::to_array(home_office_data::roles),
    std::to_array(home_office_data::groups),
    {},
    std::to_array(home_office_data::items),
    {},
};

/// The tag that names example-home-office to the engine and the tools.
struct home_office_t : self_check_tag<home_office_catalog> {};

/// Pass to evaluate() to rate an example-home-office assessment.
inline constexpr home_office_t home_office{};

}  // namespace example
