//! Mentor suggestions: why each fits, favourite, hide, "this is me", and a contact link with an
//! editable intro message. The widget sends nothing itself.

use super::use_priority_gaps;
use crate::browser::clock::Mark;
use crate::domain::number::short;
use crate::domain::plan::{attach_mentor, ensure_goal};
use crate::domain::profile::{flag_is_set, Profile, Stamped};
use crate::domain::suggestions::contact::{contact_link, intro_message};
use crate::domain::suggestions::mentors::suggest_mentors;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

const LIMIT: usize = 5;

#[component]
pub fn MentorList() -> impl IntoView {
    let state = use_app_state();
    let gaps = use_priority_gaps();
    let suggestions = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let mark = Mark::start("skillgap:suggest-mentors");
        let list = state
            .profile
            .with(|p| suggest_mentors(loaded.feed(), p, &gaps.get(), LIMIT));
        mark.end();
        Some(list)
    });
    let items = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let list = suggestions.get()?;
        if list.is_empty() {
            return Some(view! { <p class="sg-muted">"No mentor offers these skills at the level you need right now."</p> }.into_any());
        }
        Some(view! {
            <ul class="sg-suggestions" data-testid="mentor-suggestions">
                {list.into_iter().map(|s| {
                    let mentor = &feed.mentors[s.mentor];
                    let id = mentor.id.clone();
                    let first_gap = gaps.get_untracked().into_iter().find(|g| g.skill == s.covers[0]);
                    let skill_name = feed.skills[s.covers[0]].name.clone();
                    let skill_id = feed.skills[s.covers[0]].id.clone();
                    let message = RwSignal::new(first_gap.as_ref().map_or(String::new(), |g| intro_message(&mentor.name, &skill_name, g.current, g.required)));
                    let contact = mentor.contact.clone();
                    let subject = format!("Mentoring on {skill_name}?");
                    let link = Memo::new(move |_| contact_link(&contact, &subject, &message.get()));
                    let covers = s.covers.iter().map(|&k| feed.skills[k].name.as_str()).collect::<Vec<_>>().join(", ");
                    let mut why = vec![format!("offers {covers} at the level you need")];
                    if s.shared_language { why.push("speaks your language".into()); }
                    if let Some(offset) = mentor.utc_offset { why.push(format!("UTC{}{}", if offset >= 0.0 { "+" } else { "" }, short(f64::from(offset)))); }
                    why.push(format!("open to {} mentee{}", mentor.capacity, if mentor.capacity == 1 { "" } else { "s" }));
                    let open = RwSignal::new(false);
                    let (fav_id, hide_id, me_id, save_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                    let favourite = { let id = id.clone(); Memo::new(move |_| state.profile.with(|p| flag_is_set(&p.favourite_mentors, &id))) };
                    let name = mentor.name.clone();
                    let message_id = format!("sg-intro-{}", s.mentor);
                    let required = first_gap.map(|g| g.required);
                    let (save_name, save_skill) = (name.clone(), skill_name.clone());
                    view! {
                        <li class="sg-suggestion" data-testid=format!("mentor-{id}")>
                            <span class="sg-suggestion-title">{name.clone()}{move || favourite.get().then_some(" ★")}</span>
                            <span class="sg-muted">{[mentor.title.as_str(), mentor.team.as_str(), mentor.location.as_str()].iter().filter(|x| !x.is_empty()).copied().collect::<Vec<_>>().join(" · ")}</span>
                            <p class="sg-why" data-testid="why">{why.join(" · ")}</p>
                            <div class="sg-actions">
                                <button type="button" class="sg-button" data-testid="contact-mentor" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                                    "Write to "{name.clone()}
                                </button>
                                <button type="button" class="sg-button sg-button-quiet" data-testid="save-mentor" on:click=move |_| {
                                    let (id, skill) = (save_id.clone(), skill_id.clone());
                                    state.edit(|p, now| { let goal = ensure_goal(p, &skill, required, now); attach_mentor(p, &goal, &id, now); });
                                    state.announce(format!("{} saved to your plan, under {}.", save_name, save_skill));
                                }>"Save to plan"<span class="sg-visually-hidden">{format!(": {}", mentor.name)}</span></button>
                                <button type="button" class="sg-button sg-button-quiet" aria-pressed=move || favourite.get().to_string() on:click=move |_| {
                                    let id = fav_id.clone();
                                    state.edit(|p, now| { let on = !flag_is_set(&p.favourite_mentors, &id); Profile::set_flag(&mut p.favourite_mentors, &id, on, now) });
                                }>"Favourite"<span class="sg-visually-hidden">{format!(": {}", mentor.name)}</span></button>
                                <button type="button" class="sg-button sg-button-quiet" data-testid="hide-mentor" on:click=move |_| {
                                    let id = hide_id.clone();
                                    state.edit(|p, now| Profile::set_flag(&mut p.hidden_mentors, &id, true, now));
                                    state.announce("Mentor hidden. You can restore them below.");
                                }>"Hide"<span class="sg-visually-hidden">{format!(": {}", mentor.name)}</span></button>
                                <button type="button" class="sg-button sg-button-quiet" on:click=move |_| {
                                    let id = me_id.clone();
                                    state.edit(|p, now| p.self_mentor = Stamped::new(Some(id), now));
                                    state.announce("Your own mentor entry is hidden from your suggestions.");
                                }>"This is me"<span class="sg-visually-hidden">{format!(": {}", mentor.name)}</span></button>
                            </div>
                            <Show when=move || open.get()>
                                <div class="sg-contact" data-testid="contact-panel">
                                    <label for=message_id.clone() class="sg-label">"Your message (edit it as you like)"</label>
                                    <textarea id=message_id.clone() class="sg-textarea" rows="6" data-testid="intro-message" prop:value=move || message.get() on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                                    <a class="sg-button" data-testid="contact-link" href=move || link.get().0 target="_blank" rel="noopener noreferrer">
                                        {move || if link.get().1 { "Open in my mail or chat app" } else { "Open their contact link (paste your message there)" }}
                                    </a>
                                </div>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any())
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Peer mentors"</h3>
            <p class="sg-muted">"Colleagues who volunteer to help. The order rotates fairly so that the same few people are not asked by everyone."</p>
            {items}
        </div>
    }
}
