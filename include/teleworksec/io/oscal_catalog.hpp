#pragma once

// A catalog as an OSCAL 1.1.2 catalog document (JSON): our groupings as
// groups (categories, roles and threat groups, sections, measure and risk
// groups), our answerable entries as controls (measures with their questions,
// audit items, diagnosis checks, items, statements, measures and risks), the
// Japanese text as each control's "statement" part, our English titles as
// titles, and our data (tier, ●/▲/- marks per column, levels, patterns,
// SHALL/SHOULD/MAY, mitigations) as props in our namespace. Control IDs are
// our IDs in token form (oscal_token.hpp), so findings can point at them.
// Same catalog, same bytes: the UUID derives from the catalog's fingerprint.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "teleworksec/io/assessment_document.hpp"
#include "teleworksec/io/oscal_parts.hpp"

namespace teleworksec {

namespace detail::oscal {

// Opens a group or control: {"id", "class", "title", … (closed by the caller).
inline void open_entry(writer& w, std::string_view token, std::string_view cls,
                       std::string_view title_en) {
  w.begin_object();
  w.key("id");
  w.name(token);
  w.key("class");
  w.name(cls);
  w.key("title");
  w.value(markdown_escape(title_en, markdown_field::line));
}

// "parts": [{"name": "overview", "prose": ja}]: a group's Japanese heading.
inline void overview(writer& w, std::string_view prose_ja) {
  w.key("parts");
  w.begin_array();
  w.begin_object();
  w.key("name");
  w.name("overview");
  w.key("prose");
  w.value(markdown_escape(prose_ja));
  w.end_object();
  w.end_array();
}

// "parts": [the statement part]: a control's Japanese text.
inline void statement(writer& w, std::string_view token, std::string_view prose_ja) {
  w.key("parts");
  w.begin_array();
  statement_part(w, token, prose_ja);
  w.end_array();
}

// "links": [{"href": "#<token>", "rel": "related"}, …] to controls of this catalog.
template <class Ids>
void related_links(writer& w, const Ids& ids) {
  w.key("links");
  w.begin_array();
  for (const auto& id : ids) {
    w.begin_object();
    w.key("href");
    w.name("#" + oscal_token(id));
    w.key("rel");
    w.name("related");
    w.end_object();
  }
  w.end_array();
}

// Props of the facts in a set: one per fact, named `name`.
template <class Facts>
void fact_props(writer& w, std::string_view name, const Facts& facts, fact_set set) {
  for (std::size_t f = 0; f < facts.size(); ++f) {
    if (set.contains(fact(static_cast<unsigned>(f)))) prop(w, name, facts[f].id);
  }
}

// The ●/▲/- marks of the columns ★, ★★, ★★★ (the requirements of the levels
// ★★, ★★★, ★★★★): props mark-column-1 … mark-column-3.
template <class Marks>
void mark_props(writer& w, const Marks& marks) {
  constexpr std::string_view names[] = {"mark-column-1", "mark-column-2", "mark-column-3"};
  for (std::size_t col = 0; col < column_count; ++col) prop(w, names[col], symbol(marks[col]));
}

// A group's ID: our catalog ID, "/", and a name of the grouping, as a token.
inline std::string group_token(std::string_view catalog, std::string_view name) {
  return oscal_token(std::string{catalog} + "/" + std::string{name});
}

// --- certification: categories, measures, questions; audit items, checks --

template <class Catalog>
requires(Catalog::kind == catalog_kind::certification) void catalog_groups(writer& w, Catalog c) {
  const auto& checklist = Catalog::checklist;
  const auto& program = Catalog::program_catalog::program;
  const auto& scoring = Catalog::checklist_scoring;
  for (std::size_t cat = 0; cat < checklist.category_count; ++cat) {
    const auto& category = checklist.categories[cat];
    open_entry(w, group_token(checklist.id, "category-" + std::to_string(category.no)), "category",
               category.en);
    overview(w, category.ja);
    w.key("controls");
    w.begin_array();
    for (std::size_t m = 0; m < checklist.measure_count; ++m) {
      if (scoring.measure_category[m] != cat) continue;
      const auto& measure = checklist.measures[m];
      const auto token = oscal_token(measure_id(c, m).view());
      open_entry(w, token, "measure", measure.en);
      w.key("props");
      w.begin_array();
      prop(w, "tier", to_string(measure.tier));
      mark_props(w, program.audit_items[m].marks);  // its audit item's (SPEC §4)
      w.end_array();
      statement(w, token, measure.ja);
      w.key("controls");
      w.begin_array();
      scoring.measure_questions[m].for_each([&](std::size_t q) {
        const auto& question = checklist.questions[q];
        const auto q_token = oscal_token(question_id(c, q).view());
        open_entry(w, q_token, "question",
                   std::string{measure.en} + ", question " +
                       std::to_string(scoring.position_in_measure[q] + 1));
        if (!question.condition.empty() || !question.evidence.empty()) {
          w.key("props");
          w.begin_array();
          fact_props(w, "condition", checklist.facts, question.condition);
          for (const auto& kind : enum_names<evidence_kind>::table) {
            if (question.evidence.contains(kind.value)) prop(w, "evidence-kind", kind.id);
          }
          w.end_array();
        }
        statement(w, q_token, question.ja);
        w.end_object();
      });
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  if constexpr (has_diagnosis_v<Catalog>) {
    open_entry(w, group_token(Catalog::id, "audit"), "audit", "Security audit");
    overview(w, "情報セキュリティ監査 評価一覧");
    w.key("controls");
    w.begin_array();
    for (std::size_t m = 0; m < program.audit_item_count; ++m) {
      const auto& item = program.audit_items[m];
      const auto token = oscal_token(audit_item_id(c, m).view());
      open_entry(w, token, "audit-item", checklist.measures[m].en);
      w.key("props");
      w.begin_array();
      prop(w, "tier", to_string(item.tier));
      mark_props(w, item.marks);
      prop(w, "measure", measure_id(c, m).view());
      w.end_array();
      related_links(w, std::array{measure_id(c, m).view()});
      statement(w, token, item.ja);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    open_entry(w, group_token(Catalog::id, "vuln"), "diagnosis", "Vulnerability diagnosis");
    overview(w, "脆弱性診断 評価一覧");
    w.key("controls");
    w.begin_array();
    for (std::size_t k = 0; k < program.check_count; ++k) {
      const auto& check = program.checks[k];
      const auto token = oscal_token(check_id(c, k).view());
      open_entry(w, token, "check", check.en);
      w.key("props");
      w.begin_array();
      prop(w, "area", check.area == check_area::network ? "network" : "wifi");
      mark_props(w, check.marks);
      w.end_array();
      statement(w, token,
                std::string{check.group_ja} + "\n\n" + std::string{check.subject_ja} + "\n\n" +
                    std::string{check.method_ja});
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
}

// --- self-check: roles, threat groups, items ------------------------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::self_check) void catalog_groups(writer& w, Catalog c) {
  const auto& cat = Catalog::catalog;
  for (std::size_t role = 0; role < cat.role_count; ++role) {
    open_entry(w, group_token(cat.id, cat.roles[role].id), "role", cat.roles[role].en);
    overview(w, cat.roles[role].ja);
    w.key("groups");
    w.begin_array();
    for (std::size_t g = 0; g < cat.group_count; ++g) {
      const auto& group = cat.groups[g];
      const auto in_group = [&](const auto& item) {
        return item.role == role && item.group == group.no;
      };
      if (std::none_of(cat.items.begin(), cat.items.end(), in_group))
        continue;  // OSCAL: no empty lists
      open_entry(w,
                 group_token(cat.id, std::string{cat.roles[role].id} + "/group-" +
                                         std::to_string(group.no)),
                 "threat-group", group.en);
      overview(w, group.ja);
      w.key("controls");
      w.begin_array();
      for (std::size_t i = 0; i < cat.item_count; ++i) {
        const auto& item = cat.items[i];
        if (!in_group(item)) continue;
        const auto token = oscal_token(item_id(c, i).view());
        open_entry(w, token, "item", item.en);
        w.key("props");
        w.begin_array();
        prop_number(w, "threat-group", item.group);
        if (item.basic) prop(w, "tier", "basic");
        if (item.recommended) prop(w, "tier", "recommended");
        fact_props(w, "pattern", cat.facts, item.patterns);
        fact_props(w, "needs", cat.facts, item.scope.needs);
        fact_props(w, "own-wording-when", cat.facts, item.scope.own_wording_when);
        prop_number(w, "page", item.page);
        w.end_array();
        statement(w, token, item.ja);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
}

// --- policy: groups, sections, statements ----------------------------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::policy) void catalog_groups(writer& w, Catalog c) {
  const auto& cat = Catalog::catalog;
  for (std::size_t g = 0; g < cat.group_count; ++g) {
    const auto& group = cat.groups[g];
    open_entry(w, group_token(cat.id, "group-" + std::to_string(group.no)), "group", group.en);
    overview(w, group.ja);
    w.key("groups");
    w.begin_array();
    for (std::size_t s = 0; s < cat.section_count; ++s) {
      const auto& section = cat.sections[s];
      if (section.group != group.no) continue;
      open_entry(w, group_token(cat.id, "section-" + std::string{section.no}), "section",
                 section.en);
      overview(w, section.ja);
      w.key("controls");
      w.begin_array();
      for (std::size_t n = 0; n < cat.statement_count; ++n) {
        const auto& st = cat.statements[n];
        if (st.section != s) continue;
        const auto token = oscal_token(item_id(c, n).view());
        open_entry(w, token, "statement", st.en);
        w.key("props");
        w.begin_array();
        prop(w, "level", name_en(st.level));
        if (st.level_read) prop_flag(w, "level-read", true);
        if (st.checklist_no != 0) prop_number(w, "checklist-number", st.checklist_no);
        w.end_array();
        statement(w, token, st.ja);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
}

// --- risk: measure groups and measures, risk groups and risks -------------

template <class Catalog>
requires(Catalog::kind == catalog_kind::risk) void catalog_groups(writer& w, Catalog c) {
  const auto& cat = Catalog::catalog;
  const auto risk_index = [&](risk_ref ref) {
    std::size_t k = 0;
    while (k < cat.risk_count && (cat.risks[k].group != ref.group || cat.risks[k].no != ref.no))
      ++k;
    return k;
  };
  for (const auto& group : cat.groups) {
    open_entry(w, group_token(cat.id, "group-" + std::to_string(group.no)), "measure-group",
               group.en);
    overview(w, group.ja);
    w.key("controls");
    w.begin_array();
    for (std::size_t m = 0; m < cat.measure_count; ++m) {
      const auto& measure = cat.measures[m];
      if (measure.group != group.no) continue;
      const auto token = oscal_token(item_id(c, m).view());
      std::vector<std::string> risks;
      for (std::size_t i = 0; i < measure.mitigates_count; ++i) {
        risks.emplace_back(risk_id(c, risk_index(measure.mitigates[i])).view());
      }
      open_entry(w, token, "measure", measure.en);
      if (!risks.empty()) {
        w.key("props");
        w.begin_array();
        for (const auto& r : risks) prop(w, "mitigates", r);
        w.end_array();
        related_links(w, risks);
      }
      statement(w, token, std::string{measure.title_ja} + "\n\n" + std::string{measure.ja});
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  for (const auto& group : cat.risk_groups) {
    open_entry(w, group_token(cat.id, "risk-group-" + std::to_string(group.no)), "risk-group",
               group.en);
    overview(w, group.ja);
    w.key("controls");
    w.begin_array();
    for (std::size_t k = 0; k < cat.risk_count; ++k) {
      const auto& risk = cat.risks[k];
      if (risk.group != group.no) continue;
      const auto token = oscal_token(risk_id(c, k).view());
      open_entry(w, token, "risk", risk.en);
      statement(w, token, std::string{risk.title_ja} + "\n\n" + std::string{risk.ja});
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
}

}  // namespace detail::oscal

/// The UUID of a catalog's OSCAL document: from its ID and fingerprint.
template <catalog C>
uuid oscal_catalog_uuid(C) {
  return uuid5(oscal_uuid_namespace,
               "catalog:" + std::string{C::id} + ":" + fingerprint_hex(fingerprint_v<C>));
}

/// The catalog as an OSCAL 1.1.2 catalog document (JSON text, fixed member
/// order): the same catalog gives the same bytes.
template <catalog C>
std::string oscal_catalog_text(C c) {
  detail::oscal::writer w{std::size_t{256} * 1024};
  w.begin_object();
  w.key("catalog");
  w.begin_object();
  w.key("uuid");
  w.name(oscal_catalog_uuid(c).text());
  detail::oscal::metadata(w, "teleworksec catalog " + std::string{C::id}, oscal_fixed_timestamp,
                          fingerprint_v<C>);
  w.key("groups");
  w.begin_array();
  detail::oscal::catalog_groups(w, c);
  w.end_array();
  w.end_object();
  w.end_object();
  return w.finish();
}

}  // namespace teleworksec
