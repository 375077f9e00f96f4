//! The room joins (DESIGN §12): a small web server on the room's network that participants
//! open from their phones to follow the workshop, send ideas and give dots.
//!
//! No terminal types: the app opens a [`Room`], polls [`Room::events`] for [`RoomEvent`]s (as it
//! polls its keys), pushes what participants see with [`Room::show`], and runs dot votes with
//! [`Room::open_vote`] and [`Room::close_vote`]. An idea is acknowledged to the phone only after
//! the app calls [`Ack::saved`] — once the idea is in the canvas file's inbox — so nothing the
//! page says "arrived" is ever lost.
//!
//! The server is axum on a single-threaded tokio runtime on its own thread; closing the room
//! (or dropping it) stops that runtime, which ends every connection and frees the port.

mod qr;
mod routes;
mod server;
#[cfg(test)]
mod tests;
mod text;
mod words;

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, UdpSocket};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;

use serde::Serialize;
use tokio::sync::{oneshot, watch};

pub use qr::QrMatrix;
pub use text::{CODE_LEN, IDEA_MAX_CHARS, NAME_MAX_CHARS, clean};

use server::Shared;

/// The limits a room keeps (§12); [`Limits::default`] is what a workshop uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Ideas one device may send in a minute (more: 429).
    pub ideas_per_minute: usize,
    /// Dot changes one device may make in a minute (more: 429).
    pub dots_per_minute: usize,
    /// Devices that may join the room (one more: 429).
    pub devices: usize,
    /// Live pages (event streams) open at once (one more: 429).
    pub streams: usize,
    /// Seconds a phone waits for the app to save its idea before it is told to send it again.
    pub ack_secs: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { ideas_per_minute: 10, dots_per_minute: 120, devices: 200, streams: 400, ack_secs: 30 }
    }
}

/// Where a participant sends an idea: a section of the canvas, or the parking lot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub enum IdeaSection {
    /// The context (goal, participants, drivers).
    Context,
    /// A stakeholder.
    Stakeholders,
    /// A relationship.
    Relationships,
    /// A task.
    Tasks,
    /// An action.
    Actions,
    /// The parking lot.
    Parking,
}

/// A device's own random id, made by its page and kept in its storage, so a phone that loses
/// the network continues as the same device (8 to 64 letters, digits, `-`, `_`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceId(String);

impl DeviceId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An idea a participant sent, already cleaned ([`clean`]): plain text of at most
/// [`IDEA_MAX_CHARS`] characters with no control characters or bidirectional overrides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomIdea {
    /// Where the participant sent it.
    pub section: IdeaSection,
    /// What they wrote.
    pub text: String,
    /// The name they gave; empty when anonymous.
    pub from: String,
    /// The device that sent it.
    pub device: DeviceId,
}

/// What participants see: the app pushes a new one with [`Room::show`] whenever it changes (the
/// page updates within a second). Plain strings: the page shows them as text, never markup.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RoomView {
    /// The current block's title.
    pub block: String,
    /// Its prompts, one question a line.
    pub prompts: Vec<String>,
    /// The clock's time left, as the projector shows it (e.g. `"12:30 left"`).
    pub clock: String,
    /// The section ideas go to from this block; `None` (a break, the opening) offers only the
    /// parking lot.
    pub section: Option<IdeaSection>,
    /// That section's name as people read it.
    pub section_name: String,
    /// The section's entries, one line each.
    pub entries: Vec<String>,
    /// The language the page speaks: the canvas's, the client's (its words are in the page).
    #[serde(skip)]
    pub language: crate::model::Language,
}

/// How an idea's wait for the app ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saved {
    Waiting,
    Yes,
    No,
}

/// The app's answer to one idea: call [`Ack::saved`] once the idea is in the canvas file's
/// inbox, and only then does the phone say it arrived. Dropping it unsaved tells the phone it
/// did not arrive (the page keeps the text to send again).
#[derive(Debug)]
pub struct Ack {
    tx: watch::Sender<Saved>,
    answered: bool,
}

impl Ack {
    fn new() -> (Ack, watch::Receiver<Saved>) {
        let (tx, rx) = watch::channel(Saved::Waiting);
        (Ack { tx, answered: false }, rx)
    }

    /// The idea is saved: the phone is told it arrived.
    pub fn saved(mut self) {
        self.answered = true;
        self.tx.send_replace(Saved::Yes);
    }
}

impl Drop for Ack {
    fn drop(&mut self) {
        if !self.answered {
            self.tx.send_replace(Saved::No);
        }
    }
}

/// What happens in the room, for the app to turn into actions.
#[derive(Debug)]
pub enum RoomEvent {
    /// A participant sent an idea; answer it with `ack` once it is saved.
    Idea {
        /// The idea.
        idea: RoomIdea,
        /// Call [`Ack::saved`] once the idea is in the file's inbox.
        ack: Ack,
    },
    /// A new device joined.
    Joined {
        /// How many devices have joined since the room opened.
        devices: usize,
    },
    /// The number of devices that gave dots in the open vote changed.
    Votes {
        /// Devices with at least one dot on an entry.
        voters: usize,
    },
}

/// An open room: serving until [`Room::close`] or drop.
pub struct Room {
    shared: Arc<Shared>,
    events: Receiver<RoomEvent>,
    addr: SocketAddr,
    url: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl fmt::Debug for Room {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Room").field("addr", &self.addr).field("url", &self.url).finish_non_exhaustive()
    }
}

impl Room {
    /// Opens the room on `bind` (port 0: any free port) with what participants see first, and
    /// a new join code. Returns once the port is bound; serving goes on on a thread of its own.
    pub fn open(bind: IpAddr, port: u16, view: RoomView) -> io::Result<Room> {
        Room::open_with(bind, port, view, Limits::default())
    }

    /// [`Room::open`] with other limits (tests, a bigger room).
    pub fn open_with(bind: IpAddr, port: u16, view: RoomView, limits: Limits) -> io::Result<Room> {
        let code = text::new_code()?;
        let (tx, events) = mpsc::channel();
        let shared = Arc::new(Shared::new(code, view, limits, tx));
        let runtime = tokio::runtime::Builder::new_current_thread().enable_io().enable_time().build()?;
        let listener = runtime.block_on(async {
            let socket = match bind {
                IpAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
                IpAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
            };
            // Connections the room closed linger in TIME_WAIT: without this, opening the room
            // again on the same port would fail for a minute.
            socket.set_reuseaddr(true)?;
            socket.bind(SocketAddr::new(bind, port))?;
            socket.listen(256)
        })?;
        let addr = listener.local_addr()?;
        let url = format!("http://{}/j/{}", url_host(addr), shared.code);
        let (stop, stopped) = oneshot::channel::<()>();
        let app = routes::router(Arc::clone(&shared));
        let thread = std::thread::Builder::new().name("cvc-room".into()).spawn(move || {
            runtime.block_on(async move {
                let serve = axum::serve(listener, app);
                tokio::select! {
                    _ = serve => {}
                    _ = stopped => {}
                }
            });
            // Dropping the runtime cancels every connection's task: open pages, ideas waiting
            // for the app. Their sockets close, and so does the listener.
            drop(runtime);
        })?;
        Ok(Room { shared, events, addr, url, stop: Some(stop), thread: Some(thread) })
    }

    /// The join code (also in the URL).
    pub fn code(&self) -> &str {
        &self.shared.code
    }

    /// The address participants open: `http://ADDR:PORT/j/CODE`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address and port the room listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL as a QR code for the projector.
    pub fn qr(&self) -> Option<QrMatrix> {
        QrMatrix::new(&self.url)
    }

    /// What happened in the room since the last look: poll with `try_recv` on each turn of the
    /// event loop (the loop wakes at least every 250 ms).
    pub fn events(&self) -> &Receiver<RoomEvent> {
        &self.events
    }

    /// Shows participants `view` from now on; open pages update at once.
    pub fn show(&self, view: RoomView) {
        self.shared.show(view);
    }

    /// Opens a dot vote on `entries` (`(id, text)`, in the order shown) with `budget` dots per
    /// device; a vote already open is replaced, its dots forgotten.
    pub fn open_vote(&self, entries: Vec<(String, String)>, budget: u8) {
        self.shared.open_vote(entries, budget);
    }

    /// Closes the vote: each entry's id with the room's dots on it, in the vote's order (empty
    /// when no vote was open).
    pub fn close_vote(&self) -> Vec<(String, u32)> {
        self.shared.close_vote()
    }

    /// Whether a vote is open.
    pub fn voting(&self) -> bool {
        self.shared.voting()
    }

    /// How many devices have dots on an entry in the open vote.
    pub fn voters(&self) -> usize {
        self.shared.voters()
    }

    /// How many devices have joined since the room opened.
    pub fn devices(&self) -> usize {
        self.shared.devices()
    }

    /// Closes the room: every connection ends (a phone waiting for its idea to be saved is told
    /// it was not) and the port is free when this returns.
    pub fn close(mut self) {
        self.stop_serving();
    }

    fn stop_serving(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.stop_serving();
    }
}

/// The host part of a URL for `addr`: IPv6 addresses in brackets.
fn url_host(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
    }
}

/// The laptop's address on the network that has the default route — what phones in the room
/// can reach — or 127.0.0.1 when there is none. Asks the system which local address it would
/// use towards a documentation address (192.0.2.1, TEST-NET-1): connecting a UDP socket only
/// chooses the route, it sends nothing.
pub fn local_address() -> IpAddr {
    let chosen = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| s.connect((Ipv4Addr::new(192, 0, 2, 1), 80)).map(|()| s))
        .and_then(|s| s.local_addr());
    match chosen {
        Ok(addr) if !addr.ip().is_unspecified() => addr.ip(),
        _ => IpAddr::V4(Ipv4Addr::LOCALHOST),
    }
}
