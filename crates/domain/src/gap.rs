//! The distance between the user's ratings and one role's competency profile.
//!
//! Fit, in one sentence: *the importance-weighted share of the required levels you reach,
//! over the skills you have rated*. Unrated skills are unknown, not zero: they are left out of
//! fit and counted in `coverage` instead, and every fit is shown with that evidence
//! ("72% fit · 6 of 7 skills rated").
//!
//! Ranking uses the *cautious fit*: the fit you would have if every skill you have not rated
//! were at the bottom of the scale. It never exceeds the fit the role could turn out to have,
//! so a role with one skill rated never outranks a fully rated role of lower fit.

use crate::feed::{Feed, Importance, Role, SkillIdx};
use crate::i18n::k;
use crate::i18n::{isolate, Direction, Translator};
use crate::scale::Level;

/// "essential", "important", "nice to have", "weight 2.5": how much a role needs a skill.
pub fn importance_text(importance: Importance, tr: &Translator) -> String {
    match importance {
        Importance::Essential => tr.t(k::GAP_IMPORTANCE_ESSENTIAL).to_owned(),
        Importance::Important => tr.t(k::GAP_IMPORTANCE_IMPORTANT).to_owned(),
        Importance::NiceToHave => tr.t(k::GAP_IMPORTANCE_NICE_TO_HAVE).to_owned(),
        Importance::Weight(w) => tr.tf(k::GAP_IMPORTANCE_WEIGHT, &[("weight", &tr.number(w, 2))]),
    }
}

/// Names listed in a sentence, with the language's separator: "Data, Product".
pub fn list_text(items: &[&str], tr: &Translator) -> String {
    join_names(items, tr.t(k::GAP_LIST_SEPARATOR), tr)
}

/// `names` joined by `separator`, each name isolated where its direction could mix with the
/// sentence's (see [`isolate`]). In a right-to-left language a right-to-left mark follows each
/// separator, so that the list reads from the right even when every name is in a
/// left-to-right script ("Data Analyst ← Analytics Lead" in Arabic).
pub fn join_names(names: &[&str], separator: &str, tr: &Translator) -> String {
    let rtl = tr.direction() == Direction::RightToLeft;
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
            if rtl {
                out.push('\u{200f}');
            }
        }
        out.push_str(&isolate(name, rtl));
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
pub struct GapLine {
    pub skill: SkillIdx,
    pub required: Level,
    pub current: Option<Level>,
    pub importance: Importance,
}

impl GapLine {
    /// Levels still to close, never below zero; `None` while unrated.
    pub fn gap(&self) -> Option<Level> {
        self.current
            .map(|current| self.required.saturating_sub(current))
    }

    pub fn weighted_gap(&self) -> Option<f64> {
        self.gap()
            .map(|gap| f64::from(gap) * self.importance.weight())
    }

    pub fn is_met(&self) -> bool {
        self.gap() == Some(0)
    }
}

/// The sums behind fit and coverage, added up one requirement at a time in the role's order:
/// the one definition of both figures, shared by [`RoleGap`] and the explorer's ranking of
/// every role (`explorer::role_fit`), which must not allocate a `RoleGap` per role.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FitSums {
    /// Importance-weighted levels reached (capped at the requirement) and required, over
    /// the rated skills.
    reached: f64,
    required: f64,
    /// Importance weight of the rated requirements, and of all of them.
    rated_weight: f64,
    total_weight: f64,
    rated: usize,
    total: usize,
    /// For the cautious fit: the unrated requirements, counted at the bottom of the scale.
    floor: Level,
    unrated_reached: f64,
    unrated_required: f64,
}

impl FitSums {
    /// Sums for a scale whose lowest level is `floor`.
    pub fn new(floor: Level) -> Self {
        FitSums {
            floor,
            ..FitSums::default()
        }
    }

    /// Counts one requirement of `required` at `importance`, rated `current` (or not).
    #[inline]
    pub fn add(&mut self, importance: Importance, required: Level, current: Option<Level>) {
        let weight = importance.weight();
        self.total_weight += weight;
        self.total += 1;
        if let Some(current) = current {
            self.rated += 1;
            self.rated_weight += weight;
            self.reached += weight * f64::from(current.min(required));
            self.required += weight * f64::from(required);
        } else {
            self.unrated_reached += weight * f64::from(self.floor.min(required));
            self.unrated_required += weight * f64::from(required);
        }
    }

    /// The fit if every unrated requirement were at the bottom of the scale, from 0 to 1: the
    /// figure roles are ranked by.
    pub fn cautious_fit(&self) -> f64 {
        let required = self.required + self.unrated_required;
        if required == 0.0 {
            return if self.rated > 0 { 1.0 } else { 0.0 };
        }
        (self.reached + self.unrated_reached) / required
    }

    /// The fit with its evidence.
    pub fn evidence(&self) -> FitEvidence {
        FitEvidence {
            fit: self.fit(),
            cautious: self.cautious_fit(),
            coverage: self.coverage(),
            rated: self.rated,
            total: self.total,
        }
    }

    /// Rated requirements.
    pub fn rated(&self) -> usize {
        self.rated
    }

    /// Fit from 0 to 1, or `None` while no required skill is rated.
    pub fn fit(&self) -> Option<f64> {
        match self.rated {
            0 => None,
            _ if self.required == 0.0 => Some(1.0),
            _ => Some(self.reached / self.required),
        }
    }

    /// Share of the importance weight rated, from 0 to 1.
    pub fn coverage(&self) -> f64 {
        if self.total_weight == 0.0 {
            0.0
        } else {
            self.rated_weight / self.total_weight
        }
    }
}

/// A fit and what it rests on: every place that shows a fit shows this.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitEvidence {
    /// Over the rated skills; `None` while none is rated.
    pub fit: Option<f64>,
    /// With unrated skills at the bottom of the scale (see the module's documentation).
    pub cautious: f64,
    /// Share of the role's importance weight rated.
    pub coverage: f64,
    pub rated: usize,
    pub total: usize,
}

/// Below this share of a role's importance rated, its fit is too thin to compare roles by.
pub const COMPARABLE_COVERAGE: f64 = 0.5;

impl FitEvidence {
    /// "6 of 7 skills rated".
    pub fn rated_text_in(&self, tr: &Translator) -> String {
        tr.plural(
            k::GAP_FIT_RATED,
            self.total,
            &[("rated", &tr.integer(self.rated as i64))],
        )
    }

    /// "72% fit · 6 of 7 skills rated", or "fit not known yet · 0 of 7 skills rated".
    pub fn summary_in(&self, tr: &Translator) -> String {
        // Only numbers and texts of the language itself: nothing to isolate (an isolated
        // fragment would turn a sentence it is placed in left to right; see `join_names`).
        let rated = self.rated_text_in(tr);
        match self.fit {
            Some(fit) => tr.tf_plain(
                k::GAP_FIT_SUMMARY,
                &[("fit", &tr.percent(fit)), ("rated", &rated)],
            ),
            None => tr.tf_plain(k::GAP_FIT_UNKNOWN, &[("rated", &rated)]),
        }
    }

    /// "72% fit for Platform Engineer · 5 of 7 skills rated". The figure waits until the skills
    /// that carry at least half of the role's importance are rated: after one rating, a large
    /// "67% fit" is what people read, not the "1 of 10" beside it.
    pub fn headline_in(&self, role_name: &str, tr: &Translator) -> String {
        match self.fit {
            Some(_) if self.is_thin() => tr.tf(
                k::GAP_FIT_THIN,
                &[("role", role_name), ("rated", &self.rated_text_in(tr))],
            ),
            Some(fit) => tr.tf(
                k::GAP_FIT_HEADLINE,
                &[
                    ("fit", &tr.percent(fit)),
                    ("role", role_name),
                    ("rated", &self.rated_text_in(tr)),
                ],
            ),
            None => tr.tf(k::GAP_FIT_RATE_TO_SEE, &[("role", role_name)]),
        }
    }

    /// Less than half the role's importance rated: listed apart, not ranked.
    pub fn is_thin(&self) -> bool {
        self.coverage < COMPARABLE_COVERAGE
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoleGap {
    pub lines: Vec<GapLine>,
    /// The scale's lowest level, for the cautious fit.
    floor: Level,
}

impl RoleGap {
    pub fn new(feed: &Feed, role: &Role, rating: impl Fn(&str) -> Option<Level>) -> Self {
        let lines = role
            .requirements
            .iter()
            .map(|requirement| GapLine {
                skill: requirement.skill,
                required: requirement.level,
                current: rating(&feed.skills[requirement.skill].id),
                importance: requirement.importance,
            })
            .collect();
        RoleGap {
            lines,
            floor: feed.scale.min(),
        }
    }

    pub fn rated(&self) -> usize {
        self.lines.iter().filter(|l| l.current.is_some()).count()
    }

    fn sums(&self) -> FitSums {
        let mut sums = FitSums::new(self.floor);
        for line in &self.lines {
            sums.add(line.importance, line.required, line.current);
        }
        sums
    }

    /// Fit from 0 to 1, or `None` while no required skill is rated.
    pub fn fit(&self) -> Option<f64> {
        self.sums().fit()
    }

    /// Share of the role's importance weight the user has rated, from 0 to 1.
    pub fn coverage(&self) -> f64 {
        self.sums().coverage()
    }

    /// The fit with the evidence it rests on.
    pub fn evidence(&self) -> FitEvidence {
        self.sums().evidence()
    }

    /// Levels still to close over the rated skills.
    pub fn levels_to_close(&self) -> u32 {
        self.lines
            .iter()
            .filter_map(GapLine::gap)
            .map(u32::from)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use stdx::fast_map::FastMap;

    fn feed() -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
            "roles": [{"id": "r", "name": "R", "requirements": [
                {"skill": "a", "level": 4, "importance": "essential"},
                {"skill": "b", "level": 2, "importance": "nice-to-have"},
                {"skill": "c", "level": 3}
            ]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    fn gap(ratings: &[(&str, Level)]) -> RoleGap {
        let feed = feed();
        let ratings: FastMap<String, Level> =
            ratings.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect();
        RoleGap::new(&feed, &feed.roles[0], |id| ratings.get(id).copied())
    }

    fn arabic() -> Translator {
        use crate::i18n::{languages::by_tag, Catalogue, EnglishFormats};
        let catalogue = Catalogue::parse(include_str!("../../../i18n/ar.json")).unwrap();
        Translator::new(
            by_tag("ar").unwrap(),
            Some(catalogue),
            Box::new(EnglishFormats),
        )
    }

    #[test]
    fn lists_keep_each_name_whole_and_read_from_the_right_in_arabic() {
        let en = Translator::english();
        assert_eq!(list_text(&["Data", "Product"], &en), "Data, Product");
        assert_eq!(
            list_text(&["بيانات", "Product"], &en),
            "\u{2068}بيانات\u{2069}, Product"
        );
        assert_eq!(
            list_text(&["Data", "Product"], &arabic()),
            "\u{2068}Data\u{2069}، \u{200f}\u{2068}Product\u{2069}"
        );
    }

    #[test]
    fn the_fit_figure_waits_until_the_roles_main_skills_are_rated() {
        let thin = FitEvidence {
            fit: Some(0.67),
            cautious: 0.1,
            coverage: 0.1,
            rated: 1,
            total: 10,
        };
        assert_eq!(
            thin.headline_in("R", &Translator::english()),
            "Rate the skills that matter most for R to see your fit · 1 of 10 skills rated"
        );
        let enough = FitEvidence {
            coverage: COMPARABLE_COVERAGE,
            rated: 6,
            ..thin
        };
        assert_eq!(
            enough.headline_in("R", &Translator::english()),
            "67% fit for R · 6 of 10 skills rated"
        );
    }

    #[test]
    fn the_fit_says_what_it_rests_on_in_the_interfaces_language() {
        let evidence = gap(&[("a", 1), ("b", 5)]).evidence();
        assert_eq!(
            evidence.summary_in(&Translator::english()),
            "36% fit · 2 of 3 skills rated"
        );
        assert_eq!(
            evidence.headline_in("R", &Translator::english()),
            "36% fit for R · 2 of 3 skills rated"
        );
        // (The native plural rules are English's: one skill of one is "one" in Arabic too.)
        let one = FitEvidence {
            rated: 1,
            total: 1,
            ..evidence
        };
        assert_eq!(one.rated_text_in(&arabic()), "قُيّمت 1 من مهارة واحدة");
        assert_eq!(
            importance_text(Importance::Weight(2.5), &Translator::english()),
            "weight 2.5"
        );
    }

    #[test]
    fn nothing_rated_means_unknown_not_zero() {
        let gap = gap(&[]);
        assert_eq!(gap.fit(), None);
        assert_eq!(gap.rated(), 0);
        assert!(gap
            .lines
            .iter()
            .all(|l| l.gap().is_none() && l.weighted_gap().is_none()));
        assert_eq!(gap.coverage(), 0.0);
    }

    #[test]
    fn gap_is_required_minus_current_never_below_zero() {
        let gap = gap(&[("a", 1), ("b", 5)]);
        assert_eq!(gap.lines[0].gap(), Some(3));
        assert_eq!(gap.lines[0].weighted_gap(), Some(9.0));
        assert_eq!(gap.lines[1].gap(), Some(0));
        assert!(gap.lines[1].is_met());
        assert_eq!(gap.lines[2].gap(), None);
        assert_eq!(gap.levels_to_close(), 3);
    }

    #[test]
    fn fit_weighs_reached_levels_over_rated_skills_only() {
        // a: min(1,4)=1 of 4, weight 3; b: min(5,2)=2 of 2, weight 1; c unrated.
        // (3·1 + 1·2) / (3·4 + 1·2) = 5/14.
        let gap = gap(&[("a", 1), ("b", 5)]);
        assert!((gap.fit().unwrap() - 5.0 / 14.0).abs() < 1e-12);
        // Coverage: rated weight 3 + 1 of 3 + 1 + 2.
        assert!((gap.coverage() - 4.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn coverage_of_nothing_rated_is_positive_zero() {
        // A plain `sum()` of no weights is -0.0 and made -0.0 / total; the explorer said 0.0.
        assert_eq!(gap(&[]).coverage().to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn meeting_everything_is_full_fit() {
        let gap = gap(&[("a", 4), ("b", 2), ("c", 5)]);
        assert_eq!(gap.fit(), Some(1.0));
        assert_eq!(gap.levels_to_close(), 0);
    }
}
