//! Reading the repository's Markdown pages: fenced blocks, sections, table rows and links.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A page of the repository, by its path from the root.
pub fn page(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A fenced block: its info string (`ron`, `ron broken`, `json`) and its text.
#[derive(Debug, Clone)]
pub struct Block {
    /// What follows the opening fence.
    pub info: String,
    /// The lines between the fences.
    pub text: String,
    /// The line of the opening fence, from 1.
    pub line: usize,
}

/// Every fenced block of a page, in order.
pub fn blocks(page: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in page.lines().enumerate() {
        let fence = line.trim_start().strip_prefix("```");
        match (fence, open.take()) {
            (Some(_), Some(block)) => found.push(block),
            (Some(info), None) => {
                open = Some(Block { info: info.trim().into(), text: String::new(), line: i + 1 });
            }
            (None, Some(mut block)) => {
                block.text.push_str(line);
                block.text.push('\n');
                open = Some(block);
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "a fenced block is not closed");
    found
}

/// The lines under the heading whose text is `title`, up to the next heading of any level.
pub fn section<'a>(page: &'a str, title: &str) -> Option<Vec<&'a str>> {
    let mut lines =
        page.lines().skip_while(|l| !(l.starts_with('#') && l.trim_start_matches('#').trim() == title));
    lines.next()?;
    Some(lines.take_while(|l| !l.starts_with('#')).collect())
}

/// The cells of a table row (`| a | b |` → `["a", "b"]`), or `None` for another line.
pub fn cells(line: &str) -> Option<Vec<&str>> {
    let inner = line.trim().strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split(" | ").map(str::trim).collect())
}

/// The words in backticks in a text: "`a` `b c`" → `["a", "b c"]`.
pub fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The anchor GitHub gives a heading: lower case, spaces as `-`, other punctuation dropped.
pub fn anchor(heading: &str) -> String {
    heading
        .trim_start_matches('#')
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The targets of a page's inline links `[text](target)`, outside fenced blocks.
pub fn links(page: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut fenced = false;
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            targets.push(after[..end].to_string());
            rest = &after[end..];
        }
    }
    targets
}

/// Checks every link of the page at `path`: a relative one leads to a file of the repository
/// (and its `#anchor` to a heading there), and no link leaves the repository unless `web` allows it.
pub fn check_links(path: &str, web: bool) -> Vec<String> {
    let text = page(path);
    let folder = Path::new(path).parent().unwrap_or(Path::new(""));
    let root = root().canonicalize().unwrap();
    let mut targets = Vec::new();
    for target in links(&text) {
        if target.starts_with("http://") || target.starts_with("https://") {
            assert!(web, "{path} links outside the repository: {target}");
            continue;
        }
        let (file, fragment) = target.split_once('#').unwrap_or((&target, ""));
        let file =
            if file.is_empty() { path.to_string() } else { folder.join(file).to_string_lossy().into_owned() };
        let full = root.join(&file).canonicalize().unwrap_or_else(|e| panic!("{path}: link {target}: {e}"));
        assert!(full.starts_with(&root), "{path} links outside the repository: {target}");
        if !fragment.is_empty() {
            let there = std::fs::read_to_string(&full).unwrap();
            let anchors: Vec<String> = there.lines().filter(|l| l.starts_with('#')).map(anchor).collect();
            assert!(anchors.iter().any(|a| a == fragment), "{path}: no heading for {target}");
        }
        targets.push(file);
    }
    targets
}
