//! What a page is written to: the plan and the reports say what the page holds, block by block,
//! to a [`Page`] — the Markdown writer, the HTML writer, or a [`Doc`](super::doc::Doc) that keeps
//! the blocks — so the two handouts say the same thing from one description, and the writers
//! write each block as it comes instead of holding the page twice.

use super::doc::{Drawn, Item, Span, emph};
use super::loopcard::LoopCard;
use super::picture::Picture;
use super::table::Table;
use crate::i18n::Tr;

/// How much written text a streaming [`Sink`] gathers before handing it on.
const CHUNK: usize = 64 * 1024;

/// The blocks of a page, in order, as the plan and the reports say them.
pub trait Page {
    /// A heading; `page` starts a new printed page before it (level 1 the title, 2 a section).
    fn heading(&mut self, level: u8, text: &str, page: bool);
    /// A paragraph.
    fn para(&mut self, line: &[Span]);
    /// A table, without the columns empty in every row.
    fn table(&mut self, table: Table);
    /// A bulleted list.
    fn list(&mut self, items: &[Item]);
    /// A picture of part of the plan, its words in `tr`'s language.
    fn picture(&mut self, picture: &Picture, tr: Tr);
    /// An action's loop card.
    fn loop_card(&mut self, card: &LoopCard);
    /// A picture a report drew itself, in both forms.
    fn drawn(&mut self, drawn: &Drawn);

    /// A heading that starts a printed page.
    fn section(&mut self, text: &str) {
        self.heading(2, text, true);
    }

    /// An emphasised sentence: what stands in for an empty section.
    fn note(&mut self, sentence: &str) {
        self.para(&[emph(sentence)]);
    }
}

/// A page that can be written in parts at once and put back together in order: a large plan's
/// tasks, actions and scorecard are worked out on a second core, kept aside, while the sections
/// before them are written.
pub trait Parts: Page + Send {
    /// A blank page of the same kind that keeps what is written on it.
    fn part(&self) -> Self
    where
        Self: Sized;
    /// Puts what `part` holds at the end of this page.
    fn join(&mut self, part: Self)
    where
        Self: Sized;
}

/// Where a writer's text goes: kept whole, or handed on a piece at a time (each piece ends with
/// a whole line) so that a page of tens of megabytes is not held at once (only a part written
/// ahead on another core is).
pub struct Sink<'a> {
    /// The text written and not handed on yet.
    text: String,
    /// What takes the pieces; `None` keeps the whole text.
    take: Option<&'a mut (dyn FnMut(&str) + Send)>,
}

impl<'a> Sink<'a> {
    /// A sink that keeps the whole text, for [`Sink::finish`] to return.
    pub fn keep() -> Sink<'a> {
        Sink { text: String::new(), take: None }
    }

    /// A sink that hands its text to `take` a piece at a time, each piece ending with a line.
    pub fn streaming(take: &'a mut (dyn FnMut(&str) + Send)) -> Sink<'a> {
        Sink { text: String::with_capacity(CHUNK + CHUNK / 4), take: Some(take) }
    }

    /// The text being written.
    pub fn text(&mut self) -> &mut String {
        &mut self.text
    }

    /// Says that the text written so far ends with a whole line: a streaming sink hands it on
    /// once enough has gathered.
    pub fn line_done(&mut self) {
        if self.text.len() >= CHUNK
            && let Some(take) = self.take.as_mut()
        {
            take(&self.text);
            self.text.clear();
        }
    }

    /// Adds the text another sink kept: handed on at once when this one streams, in pieces of
    /// whole lines as the sink's own.
    pub fn append(&mut self, kept: Sink<'_>) {
        debug_assert!(kept.take.is_none(), "only a sink that keeps its text is appended");
        let text = kept.finish();
        let Some(take) = self.take.as_mut() else { return self.text.push_str(&text) };
        if !self.text.is_empty() {
            take(&self.text);
            self.text.clear();
        }
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let cut =
                rest.get(CHUNK..).and_then(|after| after.find('\n')).map_or(rest.len(), |at| CHUNK + at + 1);
            let (piece, after) = rest.split_at(cut);
            take(piece);
            rest = after;
        }
    }

    /// Hands on what is left; the whole text when the sink keeps it, else nothing.
    pub fn finish(mut self) -> String {
        match self.take.as_mut() {
            Some(take) => {
                if !self.text.is_empty() {
                    take(&self.text);
                }
                String::new()
            }
            None => self.text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streaming_sink_hands_on_whole_lines_and_keeps_nothing() {
        let mut pieces: Vec<String> = Vec::new();
        let mut take = |s: &str| pieces.push(s.to_string());
        let mut sink = Sink::streaming(&mut take);
        let line = "x".repeat(1000) + "\n";
        for _ in 0..200 {
            sink.text().push_str(&line);
            sink.line_done();
        }
        sink.text().push_str("end\n");
        assert_eq!(sink.finish(), "", "nothing is kept");
        assert!(pieces.len() > 1, "handed on in pieces");
        assert!(pieces.iter().all(|p| p.ends_with('\n') && p.len() <= CHUNK + line.len()));
        assert_eq!(pieces.concat(), line.repeat(200) + "end\n");
        // A part kept aside is handed on after what came before it, in pieces of whole lines too.
        let mut pieces: Vec<String> = Vec::new();
        let mut take = |s: &str| pieces.push(s.to_string());
        let mut sink = Sink::streaming(&mut take);
        sink.text().push_str("before\n");
        let mut part = Sink::keep();
        part.text().push_str(&line.repeat(200));
        sink.append(part);
        sink.append(Sink::keep());
        sink.text().push_str("after\n");
        assert_eq!(sink.finish(), "");
        assert!(pieces.len() > 3 && pieces.iter().all(|p| !p.is_empty() && p.ends_with('\n')));
        assert!(
            pieces.iter().all(|p| p.len() <= CHUNK + line.len()),
            "{:?}",
            pieces.iter().map(String::len).collect::<Vec<_>>()
        );
        assert_eq!(pieces.concat(), format!("before\n{}after\n", line.repeat(200)));
        let mut kept = Sink::keep();
        kept.text().push_str(&line.repeat(100));
        kept.line_done();
        assert_eq!(kept.finish(), line.repeat(100), "a keeping sink returns the whole text");
    }

    #[test]
    fn a_plan_written_on_two_cores_is_the_plan_written_on_one_in_every_kind_of_page() {
        use super::super::doc::Doc;
        use super::super::html::{Html, Palette};
        use super::super::markdown::Markdown;
        use super::super::plan::write_plan_on;
        use crate::model::{Action, Language};
        let mut c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
        for i in 0..300 {
            c.add_action(Action {
                title: format!("Action {i} <b>|*"),
                owner: "Bea".into(),
                ..Default::default()
            });
        }
        let today = "2027-05-19".parse().unwrap();
        for lang in [Language::En, Language::De] {
            let tr = Tr::new(lang);
            let mut written = Vec::new();
            for two_cores in [false, true] {
                let mut pieces: Vec<String> = Vec::new();
                let mut take = |s: &str| pieces.push(s.to_string());
                let mut md = Markdown::new(Sink::streaming(&mut take));
                write_plan_on(&mut md, &c, today, true, tr, two_cores);
                assert!(md.finish().is_empty());
                let mut html = Html::new(Sink::keep(), "t", Palette::paper(), lang);
                write_plan_on(&mut html, &c, today, true, tr, two_cores);
                let mut doc = Doc { title: "t".into(), blocks: Vec::new() };
                write_plan_on(&mut doc, &c, today, true, tr, two_cores);
                written.push((pieces.concat(), html.finish(), doc));
            }
            assert!(written[0].0.contains("Action 299"), "the added actions are in the plan");
            assert_eq!(written[0], written[1], "{lang}");
        }
    }

    #[test]
    fn a_plan_handed_on_in_pieces_is_the_plan_kept_whole_in_both_formats() {
        use crate::model::{Language, Stakeholder};
        let mut c = crate::store::load(std::path::Path::new("canvases/acme-2027-05.ron")).unwrap();
        for i in 0..2000 {
            c.add_stakeholder(Stakeholder { name: format!("Person {i} <b>|*"), ..Default::default() });
        }
        let today = "2027-05-19".parse().unwrap();
        for lang in [Language::En, Language::Fr] {
            let mut pieces: Vec<String> = Vec::new();
            let mut take = |s: &str| pieces.push(s.to_string());
            let left = super::super::plan_markdown_into(&c, today, true, lang, Sink::streaming(&mut take));
            let kept = super::super::plan_markdown_into(&c, today, true, lang, Sink::keep());
            assert!(left.is_empty() && pieces.len() > 2 && kept.len() > 3 * CHUNK, "{}", pieces.len());
            assert_eq!(pieces.concat(), kept);
            let mut pieces: Vec<String> = Vec::new();
            let mut take = |s: &str| pieces.push(s.to_string());
            let _ = super::super::plan_html_into(&c, today, false, lang, Sink::streaming(&mut take));
            assert_eq!(pieces.concat(), super::super::plan_html_in(&c, today, false, lang));
        }
    }
}
