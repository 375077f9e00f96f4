//! The Markdown writer of a page: each block written as CommonMark/GFM as the plan says it, every
//! canvas text escaped by [`inline`](super::inline); pictures become Mermaid diagrams.

use std::fmt::Write;

use super::{inline, inline_into, spans_into};
use crate::export::doc::{Drawn, Item, Span};
use crate::export::loopcard::{self, LoopCard};
use crate::export::mermaid;
use crate::export::page::{Page, Parts, Sink};
use crate::export::picture::Picture;
use crate::export::table::Table;
use crate::i18n::Tr;

/// A page written as Markdown into a [`Sink`].
pub struct Markdown<'a> {
    sink: Sink<'a>,
}

impl<'a> Markdown<'a> {
    /// A Markdown page written into `sink`.
    pub fn new(sink: Sink<'a>) -> Markdown<'a> {
        Markdown { sink }
    }

    /// Ends the page: what the sink kept (nothing when it streamed).
    pub fn finish(self) -> String {
        self.sink.finish()
    }
}

/// One table line: `| a | b |`, each cell written by `cell`.
fn line<'c>(out: &mut String, cells: impl Iterator<Item = &'c str>, cell: fn(&mut String, &str)) {
    out.push_str("| ");
    for (k, text) in cells.enumerate() {
        if k > 0 {
            out.push_str(" | ");
        }
        cell(out, text);
    }
    out.push_str(" |\n");
}

impl Parts for Markdown<'_> {
    fn part(&self) -> Self {
        Markdown::new(Sink::keep())
    }

    fn join(&mut self, part: Self) {
        self.sink.append(part.sink);
    }
}

impl Page for Markdown<'_> {
    fn heading(&mut self, level: u8, text: &str, _page: bool) {
        let out = self.sink.text();
        for _ in 0..level {
            out.push('#');
        }
        out.push(' ');
        inline_into(out, text);
        out.push_str("\n\n");
        self.sink.line_done();
    }

    fn para(&mut self, line: &[Span]) {
        let out = self.sink.text();
        spans_into(out, line);
        out.push_str("\n\n");
        self.sink.line_done();
    }

    fn table(&mut self, table: Table) {
        let table = table.compact();
        let out = self.sink.text();
        line(out, table.headers(), inline_into);
        line(out, table.headers().map(|_| "---"), |out, dashes| out.push_str(dashes));
        for row in table.rows() {
            line(self.sink.text(), row, inline_into);
            self.sink.line_done();
        }
        self.sink.text().push('\n');
        self.sink.line_done();
    }

    fn list(&mut self, items: &[Item]) {
        for item in items {
            let out = self.sink.text();
            out.push_str("- ");
            spans_into(out, &item.line);
            out.push('\n');
            for child in &item.children {
                out.push_str("  - ");
                spans_into(out, child);
                out.push('\n');
            }
            self.sink.line_done();
        }
        self.sink.text().push('\n');
        self.sink.line_done();
    }

    fn picture(&mut self, p: &Picture, tr: Tr) {
        let out = self.sink.text();
        let _ = writeln!(out, "```mermaid\n{}```\n", mermaid::diagram(p, tr));
        let _ = writeln!(out, "*{}*\n", inline(&p.legend_in(tr)));
        if let Picture::Grid(points) = p {
            let left = mermaid::unnamed(points);
            if !left.is_empty() {
                let names: Vec<String> = left.iter().map(|(id, name)| format!("{id} {name}")).collect();
                let by_id = tr.args("picture-by-id", &[("names", names.join(", ").into())]);
                let _ = writeln!(out, "*{}*\n", inline(&by_id));
            }
        }
        self.sink.line_done();
    }

    fn loop_card(&mut self, card: &LoopCard) {
        loopcard::markdown_into(self.sink.text(), card);
        self.sink.line_done();
    }

    fn drawn(&mut self, d: &Drawn) {
        let legend = if d.mermaid_legend.is_empty() { &d.legend } else { &d.mermaid_legend };
        let _ = writeln!(self.sink.text(), "{}\n\n*{}*\n", d.mermaid.trim_end(), inline(legend));
        self.sink.line_done();
    }
}
