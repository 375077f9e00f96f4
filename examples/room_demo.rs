//! Opens a room on 127.0.0.1 with a made-up workshop, for trying the participant's page in a
//! browser (`scripts/room-browser.py` drives it in headless Chromium).
//!
//! `cargo run --example room_demo [PORT] [SECONDS]`: prints `URL http://…` first, then one line
//! per event (`JOINED n`, `IDEA section|from|text`, `VOTERS n`). Every idea is acknowledged as
//! saved at once. A line `close-vote` on standard input closes the vote and prints
//! `VOTE id=dots …`; `quit` (or the end of input, or SECONDS, default 300) ends it.

use std::io::{BufRead, Write};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cvc::room::{IdeaSection, Room, RoomEvent, RoomView};

fn view(left: u64, entries: &[String]) -> RoomView {
    RoomView {
        block: "Stakeholders".into(),
        prompts: vec![
            "Who takes part in the work today?".into(),
            "Who is missing, and who would block it?".into(),
        ],
        clock: format!("{}:{:02} left", left / 60, left % 60),
        section: Some(IdeaSection::Stakeholders),
        section_name: "Stakeholders".into(),
        entries: entries.to_vec(),
        language: cvc::model::Language::En,
    }
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let port = args.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(300);
    let mut entries = vec![
        "Dispatch team leads".to_string(),
        "Night-shift drivers".to_string(),
        "IT service desk <b>not bold</b>".to_string(),
    ];
    let room = Room::open(IpAddr::V4(Ipv4Addr::LOCALHOST), port, view(20 * 60, &entries))?;
    room.open_vote(
        vec![
            ("t1".into(), "Weekly demo of the new rota".into()),
            ("t2".into(), "FAQ for the night shift".into()),
            ("t3".into(), "One channel per depot".into()),
        ],
        3,
    );
    let mut out = std::io::stdout();
    writeln!(out, "URL {}", room.url())?;
    out.flush()?;

    let (lines, input) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if lines.send(line).is_err() {
                break;
            }
        }
        let _ = lines.send("quit".into());
    });

    let started = Instant::now();
    let mut shown = 0;
    let mut changed = false;
    while started.elapsed() < Duration::from_secs(seconds) {
        while let Ok(event) = room.events().try_recv() {
            match event {
                RoomEvent::Idea { idea, ack } => {
                    writeln!(out, "IDEA {:?}|{}|{}", idea.section, idea.from, idea.text)?;
                    if idea.section == IdeaSection::Stakeholders {
                        entries.push(format!("(accepted) {}", idea.text));
                        changed = true;
                    }
                    ack.saved();
                }
                RoomEvent::Joined { devices } => writeln!(out, "JOINED {devices}")?,
                RoomEvent::Votes { voters } => writeln!(out, "VOTERS {voters}")?,
            }
            out.flush()?;
        }
        match input.try_recv().as_deref() {
            Ok("close-vote") => {
                let totals: Vec<String> =
                    room.close_vote().iter().map(|(id, n)| format!("{id}={n}")).collect();
                writeln!(out, "VOTE {}", totals.join(" "))?;
                out.flush()?;
            }
            Ok("quit") => break,
            _ => {}
        }
        let second = started.elapsed().as_secs();
        if second != shown || changed {
            shown = second;
            changed = false;
            room.show(view((20 * 60u64).saturating_sub(second), &entries));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    room.close();
    Ok(())
}
