//! Where the person is in the app, as one `Copy` context (`Navigation`, `use_navigation`):
//! the section shown, and what a section was opened for (the role whose unrated skills to
//! rate, the skill whose suggestions to show).

use domain::i18n::{k, Key};
use leptos::prelude::*;
use shell::notifier::Notifier;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Assess,
    Gap,
    Explore,
    Paths,
    Grow,
    Plan,
    Data,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Assess,
        Section::Gap,
        Section::Explore,
        Section::Paths,
        Section::Grow,
        Section::Plan,
        Section::Data,
    ];

    /// The catalogue key of the section's name.
    pub fn label_key(self) -> Key {
        match self {
            Section::Assess => k::NAV_ASSESS,
            Section::Gap => k::NAV_GAP,
            Section::Explore => k::NAV_EXPLORE,
            Section::Paths => k::NAV_PATHS,
            Section::Grow => k::NAV_GROW,
            Section::Plan => k::NAV_PLAN,
            Section::Data => k::NAV_DATA,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Section::Assess => "assess",
            Section::Gap => "gap",
            Section::Explore => "explore",
            Section::Paths => "paths",
            Section::Grow => "grow",
            Section::Plan => "plan",
            Section::Data => "data",
        }
    }
}

/// The section shown and the focus targets a section was opened with.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub section: RwSignal<Section>,
    /// A role whose unrated skills the user chose to rate now ("Rate the N missing skills").
    pub rating_focus: RwSignal<Option<String>>,
    /// The skill whose suggestions the user asked for ("Find resources" in My gap).
    pub suggestion_focus: RwSignal<Option<String>>,
    /// Moves keyboard focus into the section opened (`go_to`).
    notifier: Notifier,
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

impl Navigation {
    /// Provides the navigation, on the first section, once, for the app.
    pub fn provide(notifier: Notifier) -> Self {
        let navigation = Navigation {
            section: RwSignal::new(Section::Assess),
            rating_focus: RwSignal::new(None),
            suggestion_focus: RwSignal::new(None),
            notifier,
        };
        provide_context(navigation);
        navigation
    }

    /// Opens `section` from its tab: at its top (a long section left scrolled far down does
    /// not hand its scroll position to the next), without the last section's confirmation,
    /// whose Undo belongs where it was made.
    pub fn open(&self, section: Section) {
        self.notifier.toast.set(None);
        self.section.set(section);
        let notifier = self.notifier;
        leptos::task::spawn_local(async move {
            browser::clock::next_frame().await;
            let Some(root) = notifier.root.get_untracked() else {
                return;
            };
            let top_of = |selector: &str| {
                root.query_selector(selector)
                    .ok()
                    .flatten()
                    .map(|e| (e.get_bounding_client_rect().top(), e))
            };
            // Above the tabs' bottom edge means scrolled past (the tabs stay at the top on
            // phones); the section's scroll margin keeps it clear of them.
            if let (Some((top, main)), Some(nav)) = (
                top_of(".sg-main"),
                root.query_selector(".sg-nav").ok().flatten(),
            ) {
                if top < nav.get_bounding_client_rect().bottom() - 1.0 {
                    main.scroll_into_view();
                }
            }
        });
    }

    /// Opens `section` and, once it is drawn, moves keyboard focus to the element matching
    /// `selector` in it.
    pub fn go_to(&self, section: Section, selector: impl Into<String>) {
        self.section.set(section);
        let (notifier, selector) = (self.notifier, selector.into());
        leptos::task::spawn_local(async move {
            browser::clock::next_frame().await;
            notifier.focus(&selector);
        });
    }
}
