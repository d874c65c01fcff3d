//! The JSON path (`requirements[2].level`) of a byte offset inside one entry's text, so a decode
//! error, which serde_json reports by position only, can name the field that is wrong.
//!
//! serde_json puts the position of an error on the last byte it read: the end of a scalar of
//! the wrong kind, the byte before a list or object of the wrong kind, or the closing brace of
//! an object that lacks a field. Scanning up to that byte (a value ending there still counts
//! as open, a closing bracket there is not entered) leaves the scanner inside the faulty value.

enum Frame<'t> {
    Object {
        key: Option<&'t str>,
        /// A colon was read after the key and its value has not ended yet.
        in_value: bool,
    },
    Array {
        index: usize,
    },
}

pub fn path_at(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let closes_at_error = matches!(bytes.get(offset), Some(b'}' | b']'));
    let end = if closes_at_error {
        offset
    } else {
        (offset + 1).min(bytes.len())
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut awaiting_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                stack.push(Frame::Object {
                    key: None,
                    in_value: false,
                });
                awaiting_key = true;
            }
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
                value_ended(&mut stack);
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                    awaiting_key = true;
                }
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                if j + 1 >= end {
                    break;
                }
                if awaiting_key {
                    if let Some(Frame::Object { key, .. }) = stack.last_mut() {
                        *key = Some(&json[start..j]);
                    }
                    awaiting_key = false;
                } else {
                    value_ended(&mut stack);
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    if bytes.get(offset) == Some(&b'}') {
        value_ended(&mut stack);
    }
    render(&stack)
}

fn value_ended(stack: &mut [Frame]) {
    if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
        *in_value = false;
    }
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object {
                key: Some(key),
                in_value: true,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            // The error is about this object itself, such as a field it lacks.
            Frame::Object { .. } => break,
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    /// The path of the error serde_json reports for `json`, decoded as `T`.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
        let err = serde_json::from_str::<T>(json).unwrap_err();
        path_at(json, err.column() - 1)
    }

    #[allow(dead_code)]
    #[derive(serde::Deserialize, Debug)]
    struct Requirement {
        skill: String,
        level: i64,
    }

    #[allow(dead_code)]
    #[derive(serde::Deserialize, Debug)]
    struct Entry {
        id: String,
        name: String,
        #[serde(default)]
        requirements: Vec<Requirement>,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[test]
    fn names_the_field_with_a_wrong_value() {
        assert_eq!(path_of_error::<Entry>(r#"{"id":"a","name":42}"#), "name");
        assert_eq!(path_of_error::<Entry>(r#"{"id":"a","name":true }"#), "name");
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a","name":"n","tags":["x",3]}"#),
            "tags[1]"
        );
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a","name":"n","requirements":{"a":1}}"#),
            "requirements"
        );
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a","name": ["n"]}"#),
            "name"
        );
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a","name":"n","tags":[{"a":1}]}"#),
            "tags[0]"
        );
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a","name":"n","tags":["x", {"a":1}]}"#),
            "tags[1]"
        );
    }

    #[test]
    fn descends_into_nested_arrays_and_objects() {
        assert_eq!(
            path_of_error::<Entry>(
                r#"{"id":"a","name":"n","requirements":[{"skill":"a","level":1},{"skill":"b","level":"x"}]}"#
            ),
            "requirements[1].level"
        );
        assert_eq!(
            path_of_error::<Entry>(
                r#"{"id":"a","name":"n","requirements":[{"skill":"a","level":1.5}]}"#
            ),
            "requirements[0].level"
        );
    }

    #[test]
    fn a_missing_field_names_the_object_that_lacks_it() {
        assert_eq!(path_of_error::<Entry>(r#"{"id":"sql"}"#), "");
        assert_eq!(path_of_error::<Entry>(r#"{"id":"sql", "tags": []}"#), "");
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a","name":"n","requirements":[{"skill":"a"}]}"#),
            "requirements[0]"
        );
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        assert_eq!(
            path_of_error::<Entry>(r#"{"id":"a [\"{,","name":"n","tags":["}]",7]}"#),
            "tags[1]"
        );
    }
}
