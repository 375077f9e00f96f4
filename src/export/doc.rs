//! A page as blocks — headings, paragraphs, tables, lists and pictures — that the Markdown and
//! HTML writers both render, so the two handouts say the same thing.

use super::loopcard::LoopCard;
use super::page::Page;
use super::picture::Picture;
pub use super::table::Table;
use crate::i18n::Tr;

/// A piece of a line of text, with its emphasis.
#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    /// Plain text.
    Text(String),
    /// Strong text.
    Strong(String),
    /// Emphasised text.
    Emph(String),
}

/// A line of text made of spans.
pub type Line = Vec<Span>;

/// Plain text as a span.
pub fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

/// Strong text as a span.
pub fn strong(s: impl Into<String>) -> Span {
    Span::Strong(s.into())
}

/// Emphasised text as a span.
pub fn emph(s: impl Into<String>) -> Span {
    Span::Emph(s.into())
}

/// A bullet, with the bullets nested under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The bullet's line.
    pub line: Line,
    /// Bullets nested under it.
    pub children: Vec<Line>,
}

/// One block of the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; `page` starts a new printed page before it.
    Heading {
        /// 1 for the title, 2 for a section, 3 below.
        level: u8,
        /// Its text.
        text: String,
        /// Whether a printed page starts here.
        page: bool,
    },
    /// A paragraph.
    Para(Line),
    /// A table.
    Table(Table),
    /// A bulleted list.
    List(Vec<Item>),
    /// A picture of part of the plan, and the language its words are in.
    Picture(Box<Picture>, Tr),
    /// An action's loop card.
    LoopCard(Box<LoopCard>),
    /// A picture drawn by one of the reports (the waves over months), in both forms at once.
    Drawn(Box<Drawn>),
}

/// A picture a report has drawn itself, as SVG for HTML and as Mermaid for Markdown. Both were
/// written by cvc with every canvas text escaped for its form (SVG text by `safe::html`, Mermaid
/// labels by `mermaid::label`), so the renderers copy them as they are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawn {
    /// The `<svg>` element.
    pub svg: String,
    /// The Mermaid diagrams, each fenced as ```` ```mermaid ````.
    pub mermaid: String,
    /// One sentence that says how to read it.
    pub legend: String,
    /// The sentence under the Mermaid form when it draws something else than the SVG (bars for
    /// bands); empty: the `legend` says it for both.
    pub mermaid_legend: String,
}

/// A whole page: its title and its blocks in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Doc {
    /// The page title.
    pub title: String,
    /// The blocks, top to bottom.
    pub blocks: Vec<Block>,
}

impl Doc {
    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading { level, text: text.into(), page: false });
    }

    /// Adds a heading that starts a printed page.
    pub fn section(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading { level: 2, text: text.into(), page: true });
    }

    /// Adds a paragraph.
    pub fn para(&mut self, line: Line) {
        self.blocks.push(Block::Para(line));
    }

    /// Adds an emphasised sentence: what stands in for an empty section.
    pub fn note(&mut self, sentence: impl Into<String>) {
        self.para(vec![emph(sentence)]);
    }

    /// Adds a table, without the columns empty in every row.
    pub fn table(&mut self, table: Table) {
        self.blocks.push(Block::Table(table.compact()));
    }

    /// Adds a bulleted list.
    pub fn list(&mut self, items: Vec<Item>) {
        self.blocks.push(Block::List(items));
    }

    /// Adds a picture.
    pub fn picture(&mut self, picture: Picture, tr: Tr) {
        self.blocks.push(Block::Picture(Box::new(picture), tr));
    }

    /// Adds an action's loop card.
    pub fn loop_card(&mut self, card: LoopCard) {
        self.blocks.push(Block::LoopCard(Box::new(card)));
    }

    /// Adds a picture a report drew itself.
    pub fn drawn(&mut self, drawn: Drawn) {
        self.blocks.push(Block::Drawn(Box::new(drawn)));
    }
}

impl super::page::Parts for Doc {
    fn part(&self) -> Self {
        Doc { title: String::new(), blocks: Vec::new() }
    }

    fn join(&mut self, part: Self) {
        self.blocks.extend(part.blocks);
    }
}

impl Page for Doc {
    fn heading(&mut self, level: u8, text: &str, page: bool) {
        self.blocks.push(Block::Heading { level, text: text.to_string(), page });
    }

    fn para(&mut self, line: &[Span]) {
        self.blocks.push(Block::Para(line.to_vec()));
    }

    fn table(&mut self, table: Table) {
        self.blocks.push(Block::Table(table.compact()));
    }

    fn list(&mut self, items: &[Item]) {
        self.blocks.push(Block::List(items.to_vec()));
    }

    fn picture(&mut self, picture: &Picture, tr: Tr) {
        self.blocks.push(Block::Picture(Box::new(picture.clone()), tr));
    }

    fn loop_card(&mut self, card: &LoopCard) {
        self.blocks.push(Block::LoopCard(Box::new(card.clone())));
    }

    fn drawn(&mut self, drawn: &Drawn) {
        self.blocks.push(Block::Drawn(Box::new(drawn.clone())));
    }
}

impl Doc {
    /// Says the blocks again, in order, to another page (a writer).
    pub fn replay(&self, to: &mut dyn Page) {
        for block in &self.blocks {
            match block {
                Block::Heading { level, text, page } => to.heading(*level, text, *page),
                Block::Para(line) => to.para(line),
                Block::Table(t) => to.table(t.clone()),
                Block::List(items) => to.list(items),
                Block::Picture(p, tr) => to.picture(p, *tr),
                Block::LoopCard(card) => to.loop_card(card),
                Block::Drawn(d) => to.drawn(d),
            }
        }
    }
}
