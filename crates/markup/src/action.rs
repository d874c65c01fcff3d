//! What a button drawn as markup asks for. Markup carries no event handlers: its section
//! listens once, finds the clicked `button[data-action]` and reads the action back with
//! [`MarkupAction::read`]. The action's name and the id it concerns are written by
//! [`MarkupAction::open_button`] and read by `read` alone, so the writer and the reader cannot
//! disagree, and the widget matches on the enum, never on the attribute's text.

use super::{Attrs, Markup};

/// The attribute naming the action.
pub const ACTION: &str = "data-action";
/// The role an action concerns (a feed id).
const ROLE: &str = "data-role";
/// The skill an action concerns (a feed id).
const SKILL: &str = "data-skill";
/// The step of the way shown, from 0.
const STEP: &str = "data-step";
/// One of the equally short routes, from 0.
const ROUTE: &str = "data-route";

/// The element a section's click handler looks for: any button carrying an action.
pub const BUTTON_SELECTOR: &str = "button[data-action]";

/// Every action a markup button can ask for, with what it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupAction {
    /// Career paths, list of roles: "Show the way here" to this role.
    ShowWay(String),
    /// Career paths, search results: show the way to this role and centre the map on it.
    JumpTo(String),
    /// Career paths, the way shown: make this role the target.
    AimAt(String),
    /// Career paths: show this one of the equally short routes.
    ChooseRoute(usize),
    /// Career paths: "Add this step to my plan".
    AddStep(usize),
    /// Career paths: "This step is in your plan", opening the plan.
    OpenPlanForStep(usize),
    /// Gap list: "Add to plan" for this skill.
    AddSkillToPlan(String),
    /// Gap list: "In your plan", opening the plan at this skill's goal.
    OpenPlanForSkill(String),
    /// Gap list: "Find resources" for this skill.
    FindResources(String),
}

/// What an action concerns, and the attribute it is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject<'a> {
    Role(&'a str),
    Skill(&'a str),
    Step(usize),
    Route(usize),
}

impl MarkupAction {
    /// The value of `data-action`. The tests in `tests/e2e` and the focus selectors see these.
    fn name(&self) -> &'static str {
        match self {
            Self::ShowWay(_) => "select",
            Self::JumpTo(_) => "jump",
            Self::AimAt(_) => "aim",
            Self::ChooseRoute(_) => "route",
            Self::AddStep(_) => "add-step",
            Self::OpenPlanForStep(_) | Self::OpenPlanForSkill(_) => "open-plan",
            Self::AddSkillToPlan(_) => "add-to-plan",
            Self::FindResources(_) => "find-resources",
        }
    }

    fn subject(&self) -> Subject<'_> {
        match self {
            Self::ShowWay(role) | Self::JumpTo(role) | Self::AimAt(role) => Subject::Role(role),
            Self::ChooseRoute(route) => Subject::Route(*route),
            Self::AddStep(step) | Self::OpenPlanForStep(step) => Subject::Step(*step),
            Self::AddSkillToPlan(skill)
            | Self::OpenPlanForSkill(skill)
            | Self::FindResources(skill) => Subject::Skill(skill),
        }
    }

    /// The subject's attribute and its value.
    fn id_attribute(&self) -> (&'static str, String) {
        match self.subject() {
            Subject::Role(role) => (ROLE, role.to_owned()),
            Subject::Skill(skill) => (SKILL, skill.to_owned()),
            Subject::Step(step) => (STEP, step.to_string()),
            Subject::Route(route) => (ROUTE, route.to_string()),
        }
    }

    /// Opens `<button type="button" attrs… data-action="…" data-…="…">`; close it with
    /// `close("button")`. Every value is escaped by [`Markup`].
    pub fn open_button<'m>(&self, m: &'m mut Markup, attrs: Attrs) -> &'m mut Markup {
        let (id_name, id_value) = self.id_attribute();
        let mut all: Vec<(&'static str, &str)> = Vec::with_capacity(attrs.len() + 3);
        all.push(("type", "button"));
        all.extend_from_slice(attrs);
        all.push((ACTION, self.name()));
        all.push((id_name, &id_value));
        m.open("button", &all)
    }

    /// The action of the element whose attributes `attr` reads (by name, as `getAttribute`
    /// does), or `None` when it names no action this crate writes, or not exactly one of the
    /// ids such an action needs.
    pub fn read(attr: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let action = attr(ACTION)?;
        let index = |name: &str| -> Option<Option<usize>> {
            attr(name).map(|value| {
                // As written: digits only, no sign, no space.
                let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
                digits.then(|| value.parse().ok()).flatten()
            })
        };
        let ids = (attr(ROLE), attr(SKILL), index(STEP), index(ROUTE));
        let candidates = match ids {
            (Some(role), None, None, None) => vec![
                Self::ShowWay(role.clone()),
                Self::JumpTo(role.clone()),
                Self::AimAt(role),
            ],
            (None, Some(skill), None, None) => vec![
                Self::AddSkillToPlan(skill.clone()),
                Self::OpenPlanForSkill(skill.clone()),
                Self::FindResources(skill),
            ],
            (None, None, Some(Some(step)), None) => {
                vec![Self::AddStep(step), Self::OpenPlanForStep(step)]
            }
            (None, None, None, Some(Some(route))) => vec![Self::ChooseRoute(route)],
            _ => return None,
        };
        candidates.into_iter().find(|c| c.name() == action)
    }

    /// A CSS selector for the button carrying this action, to give it the focus once its
    /// markup is drawn anew. The id is quoted as a CSS string.
    pub fn selector(&self) -> String {
        let (id_name, id_value) = self.id_attribute();
        let mut selector = format!("button[{ACTION}=\"{}\"][{id_name}=\"", self.name());
        push_css_string(&mut selector, &id_value);
        selector.push_str("\"]");
        selector
    }
}

/// `text` inside a double-quoted CSS string: quotes and backslashes escaped, and characters a
/// string cannot hold written as hexadecimal escapes.
fn push_css_string(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                out.push('\\');
                out.push_str(&format!("{:x}", u32::from(c)));
                out.push(' ');
            }
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids a feed could hold: quotes of both kinds, markup, entities, bidi controls, a newline.
    const HOSTILE: &[&str] = &[
        "plain",
        "",
        "a\"b'c",
        "<script>x</script>",
        "&amp; &quot; & &#39;",
        "\u{202E}evil\u{202C} \u{2066}x\u{2069} \u{200F}",
        "back\\slash\nnew line\ttab",
        "data-action=\"select\"",
        "Ünïcødé 中文 العربية",
    ];

    const INDICES: &[usize] = &[0, 1, 7, 1234, usize::MAX];

    /// Which variant, by number: no wildcard, so a new variant fails to compile here until the
    /// samples below write it too.
    fn variant(action: &MarkupAction) -> usize {
        match action {
            MarkupAction::ShowWay(_) => 0,
            MarkupAction::JumpTo(_) => 1,
            MarkupAction::AimAt(_) => 2,
            MarkupAction::ChooseRoute(_) => 3,
            MarkupAction::AddStep(_) => 4,
            MarkupAction::OpenPlanForStep(_) => 5,
            MarkupAction::AddSkillToPlan(_) => 6,
            MarkupAction::OpenPlanForSkill(_) => 7,
            MarkupAction::FindResources(_) => 8,
        }
    }
    const VARIANTS: usize = 9;

    fn samples() -> Vec<MarkupAction> {
        let mut all = Vec::new();
        for id in HOSTILE {
            let id = (*id).to_owned();
            all.extend([
                MarkupAction::ShowWay(id.clone()),
                MarkupAction::JumpTo(id.clone()),
                MarkupAction::AimAt(id.clone()),
                MarkupAction::AddSkillToPlan(id.clone()),
                MarkupAction::OpenPlanForSkill(id.clone()),
                MarkupAction::FindResources(id),
            ]);
        }
        for &i in INDICES {
            all.extend([
                MarkupAction::ChooseRoute(i),
                MarkupAction::AddStep(i),
                MarkupAction::OpenPlanForStep(i),
            ]);
        }
        all
    }

    fn unescape(value: &str) -> String {
        value
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    /// The attributes of the first `<button …>` in `html`, unescaped, read from the text as a
    /// browser would: `name="value"` pairs up to the tag's end.
    fn button_attributes(html: &str) -> Vec<(String, String)> {
        let start = html.find("<button").expect("a button") + "<button".len();
        let mut rest = &html[start..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.starts_with('>') {
                return attributes;
            }
            let eq = rest.find("=\"").expect("name=\"value\"");
            let name = &rest[..eq];
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "a plain attribute name, not {name:?} in {html}"
            );
            let value_start = eq + 2;
            let value_end = value_start + rest[value_start..].find('"').expect("closing quote");
            let value = &rest[value_start..value_end];
            assert!(!value.contains(['<', '>', '\'']), "escaped: {value:?}");
            attributes.push((name.to_owned(), unescape(value)));
            rest = &rest[value_end + 1..];
        }
    }

    fn reader(attributes: &[(String, String)]) -> impl Fn(&str) -> Option<String> + '_ {
        move |name| {
            attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        }
    }

    fn read_from(attributes: &[(&str, &str)]) -> Option<MarkupAction> {
        let owned: Vec<(String, String)> = attributes
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        MarkupAction::read(reader(&owned))
    }

    #[test]
    fn every_action_reads_back_from_the_markup_it_writes() {
        let samples = samples();
        let mut seen = [false; VARIANTS];
        for action in &samples {
            seen[variant(action)] = true;
            let mut m = Markup::new();
            action
                .open_button(&mut m, &[("class", "sg-button"), ("aria-pressed", "false")])
                .text("Label")
                .close("button");
            let html = m.finish();
            let attributes = button_attributes(&html);
            let names: Vec<&str> = attributes.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(names[..3], ["type", "class", "aria-pressed"], "{html}");
            assert_eq!(names[3], ACTION, "{html}");
            assert_eq!(names.len(), 5, "one id: {html}");
            assert_eq!(
                MarkupAction::read(reader(&attributes)).as_ref(),
                Some(action),
                "{html}"
            );
        }
        assert_eq!(seen, [true; VARIANTS], "every variant is written");
    }

    #[test]
    fn the_attribute_values_stay_the_ones_the_widget_and_its_tests_know() {
        let written = |action: MarkupAction| {
            let mut m = Markup::new();
            action.open_button(&mut m, &[]).close("button");
            m.finish()
        };
        let cases = [
            (
                MarkupAction::ShowWay("r".into()),
                "data-action=\"select\" data-role=\"r\"",
            ),
            (
                MarkupAction::JumpTo("r".into()),
                "data-action=\"jump\" data-role=\"r\"",
            ),
            (
                MarkupAction::AimAt("r".into()),
                "data-action=\"aim\" data-role=\"r\"",
            ),
            (
                MarkupAction::ChooseRoute(2),
                "data-action=\"route\" data-route=\"2\"",
            ),
            (
                MarkupAction::AddStep(1),
                "data-action=\"add-step\" data-step=\"1\"",
            ),
            (
                MarkupAction::OpenPlanForStep(0),
                "data-action=\"open-plan\" data-step=\"0\"",
            ),
            (
                MarkupAction::AddSkillToPlan("s".into()),
                "data-action=\"add-to-plan\" data-skill=\"s\"",
            ),
            (
                MarkupAction::OpenPlanForSkill("s".into()),
                "data-action=\"open-plan\" data-skill=\"s\"",
            ),
            (
                MarkupAction::FindResources("s".into()),
                "data-action=\"find-resources\" data-skill=\"s\"",
            ),
        ];
        for (action, attributes) in cases {
            assert_eq!(
                written(action),
                format!("<button type=\"button\" {attributes}></button>")
            );
        }
    }

    #[test]
    fn an_unknown_or_damaged_action_reads_as_none() {
        let none: &[&[(&str, &str)]] = &[
            &[],
            &[(ROLE, "r")],
            &[(ACTION, "select")],
            &[(ACTION, "delete-everything"), (ROLE, "r")],
            &[(ACTION, ""), (ROLE, "r")],
            &[(ACTION, "SELECT"), (ROLE, "r")],
            &[(ACTION, "select "), (ROLE, "r")],
            &[(ACTION, "open-plan"), (ROLE, "r")],
            &[(ACTION, "select"), (SKILL, "s")],
            &[(ACTION, "add-to-plan"), (STEP, "1")],
            &[(ACTION, "select"), (ROLE, "r"), (SKILL, "s")],
            &[(ACTION, "open-plan"), (SKILL, "s"), (STEP, "0")],
            &[(ACTION, "route"), (ROUTE, "")],
            &[(ACTION, "route"), (ROUTE, "x")],
            &[(ACTION, "route"), (ROUTE, "-1")],
            &[(ACTION, "route"), (ROUTE, "+1")],
            &[(ACTION, "route"), (ROUTE, " 1")],
            &[(ACTION, "route"), (ROUTE, "1.0")],
            &[(ACTION, "route"), (ROUTE, "99999999999999999999999999")],
            &[(ACTION, "route"), (STEP, "1")],
            &[(ACTION, "add-step"), (ROUTE, "1")],
            &[(ACTION, "add-step"), (STEP, "\u{661}")],
        ];
        for attributes in none {
            assert_eq!(read_from(attributes), None, "{attributes:?}");
        }
        assert_eq!(
            read_from(&[(ACTION, "route"), (ROUTE, "3")]),
            Some(MarkupAction::ChooseRoute(3))
        );
    }

    #[test]
    fn the_selector_quotes_the_id_as_a_css_string() {
        assert_eq!(
            MarkupAction::OpenPlanForSkill("a\"b\\c\nd".into()).selector(),
            "button[data-action=\"open-plan\"][data-skill=\"a\\\"b\\\\c\\a d\"]"
        );
        assert_eq!(
            MarkupAction::ChooseRoute(1).selector(),
            "button[data-action=\"route\"][data-route=\"1\"]"
        );
        assert_eq!(
            MarkupAction::OpenPlanForStep(0).selector(),
            "button[data-action=\"open-plan\"][data-step=\"0\"]"
        );
    }
}
