//! Markdown to article text: one line per block, the markup stripped (headings, emphasis,
//! links and images to their text, list and quote markers, code fences, HTML tags).

/// The text of Markdown source `md`.
pub fn strip(md: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in md.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        if trimmed
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | ' '))
            && trimmed.len() >= 3
        {
            continue; // rules and setext underlines
        }
        let mut text = trimmed.trim_start_matches('#').trim_start();
        while let Some(rest) = text.strip_prefix('>') {
            text = rest.trim_start();
        }
        let text = strip_list_marker(text);
        let text = inline(text);
        if !text.trim().is_empty() {
            out.push(text.trim().to_string());
        }
    }
    out.join("\n")
}

fn strip_list_marker(text: &str) -> &str {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = text.strip_prefix(marker) {
            return rest;
        }
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let rest = &text[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return rest;
        }
    }
    text
}

/// Where `needle` next stands in a text read from left to right. Each look-up starts at or
/// after the previous one, so the answer found last time is reused until the reader passes
/// it: the text is searched once in all, whatever the number of look-ups. (Searching the
/// rest of the line anew at every `[` made a line of `[a[a[a…` quadratic: 600 KB took 17 s.)
struct NextMatch {
    needle: &'static str,
    /// The last answer and where its search started; `None` before the first look-up.
    last: Option<(usize, Option<usize>)>,
}

impl NextMatch {
    fn new(needle: &'static str) -> Self {
        NextMatch { needle, last: None }
    }

    /// The first position at or after `from` where the needle starts. `from` must not be
    /// smaller than in the previous call.
    fn find(&mut self, text: &str, from: usize) -> Option<usize> {
        if let Some((searched_from, answer)) = self.last {
            debug_assert!(from >= searched_from, "look-ups go left to right");
            match answer {
                Some(at) if at >= from => return Some(at),
                None => return None,
                Some(_) => {}
            }
        }
        let answer = text[from..].find(self.needle).map(|at| from + at);
        self.last = Some((from, answer));
        answer
    }
}

/// Links and images become their text; emphasis, code marks and HTML tags go. One pass
/// over the line: linear in its length whatever it holds.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut link_middle = NextMatch::new("](");
    let mut link_end = NextMatch::new(")");
    let mut tag_end = NextMatch::new(">");
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '!' if text[i + 1..].starts_with('[') => {}
            '[' => {
                // [text](url) → text
                if let Some(middle) = link_middle.find(text, i)
                    && let Some(end) = link_end.find(text, middle + 2)
                {
                    out.push_str(&text[i + 1..middle]);
                    while chars.peek().is_some_and(|(j, _)| *j <= end) {
                        chars.next();
                    }
                    continue;
                }
                out.push(c);
            }
            '<' => {
                if let Some(end) = tag_end.find(text, i) {
                    let tag = &text[i + 1..end];
                    if tag.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
                        while chars.peek().is_some_and(|(j, _)| *j <= end) {
                            chars.next();
                        }
                        continue;
                    }
                }
                out.push(c);
            }
            '*' | '`' => {}
            '_' if text[..i].ends_with(|p: char| !p.is_alphanumeric())
                || i == 0
                || text[i + 1..].starts_with(|n: char| !n.is_alphanumeric()) => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn markup_is_stripped_to_text_lines() {
        let md = "# ماسك يخطط\n\nذكرت **صحيفة** [فاينانشيال تايمز](https://ft.com) أن _ماسك_ يخطط.\n\n- أولاً\n1. ثانياً\n> اقتباس\n\n![صورة](x.png)\n---\n```\ncode\n```";
        assert_eq!(
            strip(md),
            "ماسك يخطط\nذكرت صحيفة فاينانشيال تايمز أن ماسك يخطط.\nأولاً\nثانياً\nاقتباس\nصورة\ncode"
        );
    }

    #[test]
    fn snake_case_words_keep_their_underscores() {
        assert_eq!(strip("see file_name here"), "see file_name here");
    }
}
