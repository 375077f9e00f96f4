//! The room on real sockets on 127.0.0.1: the live page, closing, reopening and load.

use super::*;

/// One request on its own connection: the status and the body.
fn request(addr: SocketAddr, method: &str, path: &str, body: &str) -> io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    Ok((status, body))
}

/// A live page's event stream, read line by line.
fn subscribe(addr: SocketAddr, code: &str, device: &str) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "GET /j/{code}/events/{device} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    BufReader::new(stream)
}

/// Reads the stream until a line holds `needle`; false when it ended or 10 s passed first.
fn read_until(stream: &mut BufReader<TcpStream>, needle: &str) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        match stream.read_line(&mut line) {
            Ok(0) | Err(_) => return false,
            Ok(_) if line.contains(needle) => return true,
            Ok(_) => {}
        }
    }
    false
}

#[test]
fn open_pages_follow_the_view_live() {
    let room = Room::open(LOOPBACK, 0, view("Open & frame")).unwrap();
    assert_eq!(room.url(), format!("http://{}/j/{}", room.addr(), room.code()));
    assert_eq!(room.code().len(), CODE_LEN);
    let mut page = subscribe(room.addr(), room.code(), "device-live1");
    assert!(read_until(&mut page, "text/event-stream"));
    assert!(read_until(&mut page, "Open & frame"));
    let mut next = view("Stakeholders <b>now</b>");
    next.clock = "19:59 left".into();
    room.show(next);
    assert!(read_until(&mut page, r#""block":"Stakeholders <b>now</b>""#));
    room.open_vote(vec![("a1".into(), "Shared calendar".into())], 3);
    assert!(read_until(&mut page, "Shared calendar"));
    assert!(matches!(room.events().try_recv(), Ok(RoomEvent::Joined { devices: 1 })));
    assert!(room.qr().is_some_and(|q| q.width() >= 21));
    room.close();
}

#[test]
fn closing_ends_every_connection_frees_the_port_and_retires_the_code() {
    let room = Room::open(LOOPBACK, 0, view("Tasks")).unwrap();
    let addr = room.addr();
    let old_code = room.code().to_string();
    let mut page = subscribe(addr, &old_code, "device-close");
    assert!(read_until(&mut page, "Tasks"));
    // An idea the app never saves: its phone must not hear "saved".
    let path = format!("/j/{old_code}/idea");
    let waiting = std::thread::spawn(move || {
        request(addr, "POST", &path, &idea_json("device-close", "key-00001", "late"))
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let (_idea, ack) = loop {
        match room.events().recv_timeout(Duration::from_millis(50)) {
            Ok(RoomEvent::Idea { idea, ack }) => break (idea, ack),
            _ => assert!(Instant::now() < deadline, "the idea never came"),
        }
    };
    room.close();
    // The open page's stream ends (its end is read, not a 10-second timeout).
    let mut rest = Vec::new();
    assert!(page.read_to_end(&mut rest).is_ok(), "the open page's stream ended");
    // No answer at all (a reset or an empty read), and never "saved".
    if let Ok((status, _)) = waiting.join().unwrap() {
        assert_eq!(status, 0, "no answer at all");
    }
    ack.saved(); // too late, and harmless

    let again = Room::open(LOOPBACK, addr.port(), view("Tasks")).expect("the port is free again");
    assert_eq!(again.addr(), addr);
    assert_ne!(again.code(), old_code);
    let (status, body) = request(addr, "GET", &format!("/j/{old_code}/"), "").unwrap();
    assert_eq!((status, body.as_str()), (403, ""), "the old code opens nothing");
    let (status, _) = request(addr, "GET", &format!("/j/{}/", again.code()), "").unwrap();
    assert_eq!(status, 200);
    drop(again);
    assert!(TcpStream::connect(addr).is_err(), "dropping the room closes it too");
}

#[test]
fn a_hundred_devices_send_a_thousand_ideas_and_vote_at_once_and_each_idea_arrives_once() {
    const DEVICES: usize = 100;
    const IDEAS: usize = 10;
    let room = Room::open(LOOPBACK, 0, view("Actions")).unwrap();
    let entries: Vec<(String, String)> = (1..=3).map(|i| (format!("a{i}"), format!("Action {i}"))).collect();
    room.open_vote(entries, 3);
    let addr = room.addr();
    let code = room.code().to_string();
    let start = Arc::new(Barrier::new(DEVICES));
    let devices: Vec<_> = (0..DEVICES)
        .map(|d| {
            let start = Arc::clone(&start);
            let code = code.clone();
            std::thread::spawn(move || -> Result<(), String> {
                let device = format!("device-{d:04}");
                start.wait();
                let mut page = subscribe(addr, &code, &device);
                if !read_until(&mut page, "Action 1") {
                    return Err(format!("{device}: no live page"));
                }
                for i in 0..IDEAS {
                    let body = idea_json(&device, &format!("key-{i:05}"), &format!("idea {i} from {device}"));
                    let (status, answer) = request(addr, "POST", &format!("/j/{code}/idea"), &body)
                        .map_err(|e| e.to_string())?;
                    if status != 200 || !answer.contains(r#""saved":true"#) {
                        return Err(format!("{device} idea {i}: {status} {answer}"));
                    }
                }
                for entry in ["a1", "a2", "a3"] {
                    let (status, answer) =
                        request(addr, "POST", &format!("/j/{code}/dots"), &dots_json(&device, 1, entry, 1))
                            .map_err(|e| e.to_string())?;
                    if status != 200 {
                        return Err(format!("{device} dots: {status} {answer}"));
                    }
                }
                Ok(())
            })
        })
        .collect();

    // The app: takes each idea, saves it (here: keeps it) and acknowledges it.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut ideas = Vec::new();
    let mut joined = 0;
    while ideas.len() < DEVICES * IDEAS && Instant::now() < deadline {
        match room.events().recv_timeout(Duration::from_millis(50)) {
            Ok(RoomEvent::Idea { idea, ack }) => {
                ideas.push((idea.device.to_string(), idea.text));
                ack.saved();
            }
            Ok(RoomEvent::Joined { devices }) => joined = devices,
            _ => {}
        }
    }
    for device in devices {
        device.join().unwrap().unwrap();
    }
    assert_eq!(ideas.len(), DEVICES * IDEAS, "every idea arrived");
    let unique: std::collections::HashSet<_> = ideas.iter().collect();
    assert_eq!(unique.len(), DEVICES * IDEAS, "no idea twice");
    assert!(ideas_in(room.events()).is_empty(), "nothing more came");
    assert_eq!(joined.max(room.devices()), DEVICES);
    assert_eq!(room.voters(), DEVICES);
    assert_eq!(room.close_vote(), [("a1".to_string(), 100), ("a2".into(), 100), ("a3".into(), 100)]);
    room.close();
}

#[test]
fn an_ipv6_address_is_bracketed_in_the_url() {
    let addr: SocketAddr = "[fe80::1]:8080".parse().unwrap();
    assert_eq!(super::url_host(addr), "[fe80::1]:8080");
    assert_eq!(super::url_host("10.0.0.7:80".parse().unwrap()), "10.0.0.7:80");
}

#[test]
fn the_local_address_is_a_real_one_or_loopback() {
    let ip = local_address();
    assert!(!ip.is_unspecified() && !ip.is_multicast());
}
