//! Fetching an interface language's catalogue, shipped beside the module as `i18n/{tag}.json`.

use super::feed_fetch::fetch_text;
use crate::domain::i18n::Catalogue;

/// The catalogue, or a sentence for the diagnostics saying why it could not be used.
pub async fn fetch_catalogue(asset_base: &str, tag: &str) -> Result<Catalogue, String> {
    let url = format!("{asset_base}i18n/{tag}.json");
    let text = fetch_text(&url, None, None).await?;
    Catalogue::parse(&text).map_err(|why| format!("{url}: {why}"))
}
