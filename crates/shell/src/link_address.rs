//! Where links made here point: the page as the person has it open (see
//! `browser::page::address_for_links`), provided once by the app.

use browser::config::WidgetConfig;
use browser::page;
use leptos::prelude::*;

/// How links made here are addressed: the page as it is open, minus the sender's own
/// parameters where the widget reads the address.
#[derive(Clone, Copy)]
pub struct LinkAddress {
    reads_address: bool,
}

impl LinkAddress {
    /// Parameters of the widget's that describe the sender's view, not the framework or the
    /// storage namespace: the receiver keeps their own language and diagnostics setting.
    const SENDERS_OWN: [&'static str; 2] = ["lang", "diagnostics"];

    pub fn provide(config: &WidgetConfig) {
        provide_context(LinkAddress {
            reads_address: config.reads_address,
        });
    }

    /// The full link for `fragment` (without its `#`).
    pub fn link(self, fragment: &str) -> String {
        let dropped: &[&str] = if self.reads_address {
            &Self::SENDERS_OWN
        } else {
            &[]
        };
        format!("{}#{fragment}", page::address_for_links(dropped))
    }
}

pub fn use_link_address() -> LinkAddress {
    expect_context::<LinkAddress>()
}
