//! Whole numbers in the JSON of framework files (CASE rubric scores and positions, Moodle's
//! scale configuration), written as numbers (`3`, `3.0`) or as text (`"3"`), read one way:
//! the spreadsheet layout's [`whole`](crate::import::sheets::cells::whole).

use crate::import::sheets::cells::whole;
use serde_json::Value;

/// The whole number `value` holds, as a JSON number or as text; `None` for fractions,
/// non-numbers and anything else.
pub fn whole_number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64().or_else(|| whole(n.as_f64()?)),
        Value::String(s) => {
            let text = s.trim();
            text.parse::<i64>()
                .ok()
                .or_else(|| whole(text.parse::<f64>().ok().filter(|n| n.is_finite())?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_and_texts_of_whole_numbers_read_alike() {
        for value in [json!(3), json!(3.0), json!("3"), json!(" 3 "), json!("3.0")] {
            assert_eq!(whole_number(&value), Some(3), "{value}");
        }
        for value in [
            json!(2.5),
            json!("2.5"),
            json!("three"),
            json!(null),
            json!(true),
        ] {
            assert_eq!(whole_number(&value), None, "{value}");
        }
    }
}
