//! The room's limits, what participants send, and votes: the routes called without a socket.

use super::*;

#[tokio::test]
async fn a_body_over_16_kib_gets_413() {
    let (app, _shared, events) = app();
    let big = idea_json("device-0001", "key-00001", &"x".repeat(1 << 20));
    for route in ["/j/ABCD2345/idea", "/j/ABCD2345/dots"] {
        let (status, ..) = call(&app, "POST", route, big.clone()).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{route}");
    }
    assert!(events.try_recv().is_err());
}

#[tokio::test]
async fn an_idea_over_280_characters_is_refused_with_a_clear_message() {
    let (app, _shared, events) = app();
    let long = "é".repeat(281);
    let (status, _, body) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", "key-00001", &long)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(answer["saved"], false);
    assert_eq!(answer["error"], "An idea has at most 280 characters; this one has 281.");
    let (status, ..) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", "key-00002", " \u{1b} ")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "empty once cleaned");
    for bad in ["not json", r#"{"device":"x","key":"key-00003","text":"a","section":"Tasks"}"#] {
        let (status, ..) = call(&app, "POST", "/j/ABCD2345/idea", bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    }
    let bad_section = r#"{"device":"device-0001","key":"key-00004","text":"a","section":"Wall"}"#;
    assert_eq!(call(&app, "POST", "/j/ABCD2345/idea", bad_section).await.0, StatusCode::BAD_REQUEST);
    assert!(ideas_in(&events).is_empty());

    // 280 characters exactly is an idea.
    let fake = FakeApp::start(events, true);
    let (status, ..) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", "key-00005", &long[2..])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fake.stop()[0].text.chars().count(), 280);
}

#[tokio::test]
async fn ten_thousand_requests_from_one_device_get_429_after_the_limit_and_the_room_goes_on() {
    let (app, _shared, events) = app();
    let fake = FakeApp::start(events, true);
    let mut ok = 0;
    let mut limited = 0;
    for i in 0..10_000 {
        let body = idea_json("device-flood", &format!("key-{i:05}"), "again and again");
        let (status, headers, _) = call(&app, "POST", "/j/ABCD2345/idea", body).await;
        match status {
            StatusCode::OK => ok += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                assert_eq!(headers["retry-after"], "60");
                limited += 1;
            }
            other => panic!("{other}"),
        }
    }
    assert_eq!((ok, limited), (10, 9_990));
    // Everyone else is still served, at once.
    let started = Instant::now();
    let (status, ..) = call(&app, "GET", "/j/ABCD2345/", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, ..) =
        call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-quiet", "key-00001", "a calm idea")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(started.elapsed() < Duration::from_secs(10));
    let ideas = fake.stop();
    assert_eq!(ideas.len(), 11, "only the ideas within the limit reached the app");
}

#[tokio::test]
async fn devices_beyond_the_room_s_limit_get_429() {
    let (app, shared, events) = app_with(Limits { devices: 3, ..Limits::default() });
    for d in 0..3 {
        let (status, ..) =
            call(&app, "POST", "/j/ABCD2345/dots", dots_json(&format!("device-{d:04}"), 1, "a", 1)).await;
        assert_eq!(status, StatusCode::CONFLICT, "no vote is open, but the device joined");
    }
    let (status, ..) = call(&app, "POST", "/j/ABCD2345/dots", dots_json("device-0003", 1, "a", 1)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let (status, ..) = call(&app, "GET", "/j/ABCD2345/events/device-0004", Body::empty()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(shared.devices(), 3);
    let joined: Vec<usize> = events
        .try_iter()
        .filter_map(|e| match e {
            RoomEvent::Joined { devices } => Some(devices),
            _ => None,
        })
        .collect();
    assert_eq!(joined, [1, 2, 3]);
}

// ---- what participants send ----

#[tokio::test]
async fn hostile_text_reaches_the_app_as_plain_text() {
    let (app, _shared, events) = app();
    let fake = FakeApp::start(events, true);
    let sent = [
        ("<script>alert(document.cookie)</script>", "<script>alert(document.cookie)</script>"),
        ("\u{1b}[2J\u{1b}]0;pwned\u{7}clear", "[2J]0;pwnedclear"),
        ("invoice\u{202E}fdp.exe", "invoicefdp.exe"),
        ("\u{2066}isolated\u{2069} and \u{9b}31m C1", "isolated and 31m C1"),
        ("line\r\nbreak", "line break"),
    ];
    for (i, (text, _)) in sent.iter().enumerate() {
        let body = serde_json::json!({
            "device": "device-0001", "key": format!("key-{i:05}"), "text": text,
            "name": "\u{1b}[31mMallory\u{202E}", "section": "Parking",
        });
        let (status, ..) = call(&app, "POST", "/j/ABCD2345/idea", body.to_string()).await;
        assert_eq!(status, StatusCode::OK, "{text:?}");
    }
    let ideas = fake.stop();
    let got: Vec<&str> = ideas.iter().map(|i| i.text.as_str()).collect();
    let want: Vec<&str> = sent.iter().map(|(_, w)| *w).collect();
    assert_eq!(got, want);
    for idea in &ideas {
        assert_eq!(idea.from, "[31mMallory");
        assert_eq!(idea.section, IdeaSection::Parking);
        assert!(!idea.text.chars().any(|c| c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)));
    }
}

#[tokio::test]
async fn an_idea_is_acknowledged_only_after_the_app_saved_it() {
    let (app, _shared, events) = app();
    let send = |key: &'static str| {
        let app = app.clone();
        tokio::spawn(async move {
            call(&app, "POST", "/j/ABCD2345/idea", idea_json("device-0001", key, "Night-shift dispatchers"))
                .await
        })
    };
    let mut first = send("key-00001");
    // The app has the idea but has not saved it: the phone hears nothing yet.
    let (idea, ack) = wait_for_idea(&events).await;
    assert_eq!(idea.text, "Night-shift dispatchers");
    assert_eq!(idea.device.as_str(), "device-0001");
    assert!(tokio::time::timeout(Duration::from_millis(300), &mut first).await.is_err());
    ack.saved();
    let (status, _, body) = first.await.unwrap();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap()["saved"], true);

    // The same idea sent again (its answer was lost on the way): saved, and not taken twice.
    let (status, ..) = send("key-00001").await.unwrap();
    assert_eq!(status, StatusCode::OK);
    assert!(ideas_in(&events).is_empty());

    // The app could not save it: the phone is told so, and may send it again.
    let second = send("key-00002");
    let (_, ack) = wait_for_idea(&events).await;
    drop(ack);
    let (status, _, body) = second.await.unwrap();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&body).unwrap()["saved"], false);
    let again = send("key-00002");
    let (idea, ack) = wait_for_idea(&events).await;
    assert_eq!(idea.text, "Night-shift dispatchers");
    ack.saved();
    assert_eq!(again.await.unwrap().0, StatusCode::OK);
}

async fn wait_for_idea(events: &Receiver<RoomEvent>) -> (RoomIdea, Ack) {
    for _ in 0..500 {
        if let Some(found) = ideas_in(events).pop() {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("no idea arrived");
}

#[tokio::test]
async fn the_app_that_never_answers_times_the_phone_out_and_a_resend_waits_for_the_same_idea() {
    let (app, _shared, events) = app_with(Limits { ack_secs: 1, ..Limits::default() });
    let body = idea_json("device-0001", "key-00001", "slow disk");
    let (status, ..) = call(&app, "POST", "/j/ABCD2345/idea", body.clone()).await;
    assert_eq!(status, StatusCode::GATEWAY_TIMEOUT);
    let mut waiting = ideas_in(&events);
    assert_eq!(waiting.len(), 1);
    let resend = {
        let app = app.clone();
        tokio::spawn(async move { call(&app, "POST", "/j/ABCD2345/idea", body).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    waiting.pop().unwrap().1.saved();
    assert_eq!(resend.await.unwrap().0, StatusCode::OK);
    assert!(ideas_in(&events).is_empty(), "the resend did not make a second idea");
}

// ---- votes ----

#[tokio::test]
async fn each_device_moves_its_own_dots_within_its_budget_until_the_vote_closes() {
    let (app, shared, events) = app();
    let entries = vec![
        ("t1".to_string(), "Weekly demo".to_string()),
        ("t2".into(), "FAQ".into()),
        ("t3".into(), "Bots".into()),
    ];
    shared.open_vote(entries, 3);
    let post = |device: &'static str, entry: &'static str, dots: u8| {
        let app = app.clone();
        async move {
            let (status, _, body) =
                call(&app, "POST", "/j/ABCD2345/dots", dots_json(device, 1, entry, dots)).await;
            (status, serde_json::from_slice::<serde_json::Value>(&body).unwrap())
        }
    };
    let (status, mine) = post("device-000a", "t1", 2).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!((mine["left"].as_u64(), mine["entries"][0]["mine"].as_u64()), (Some(1), Some(2)));
    assert_eq!(post("device-000a", "t2", 1).await.0, StatusCode::OK);
    let (status, refused) = post("device-000a", "t3", 1).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "over the budget");
    assert!(refused["error"].as_str().unwrap().contains("No dots left"));
    // Moving a dot: take it from t1, give it to t3.
    assert_eq!(post("device-000a", "t1", 1).await.0, StatusCode::OK);
    assert_eq!(post("device-000a", "t3", 1).await.0, StatusCode::OK);
    let (_, b) = post("device-000b", "t1", 3).await;
    // A device sees only its own dots.
    assert_eq!(b["entries"][0]["mine"], 3);
    assert_eq!(b["entries"][2]["mine"], 0);
    assert_eq!(b["left"], 0);
    assert_eq!(post("device-000b", "nope", 0).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    // A phone that lost the network comes back with its kept id: its dots are still its own.
    let back: serde_json::Value =
        serde_json::from_str(&shared.page_state(&DeviceId("device-000a".into()))).unwrap();
    let mine: Vec<u64> = (0..3).map(|i| back["vote"]["entries"][i]["mine"].as_u64().unwrap()).collect();
    assert_eq!((mine, back["vote"]["left"].as_u64()), (vec![1, 1, 1], Some(0)));
    assert_eq!(back["view"]["block"], "Stakeholders");
    assert_eq!(shared.voters(), 2);
    let votes: Vec<usize> = events
        .try_iter()
        .filter_map(|e| match e {
            RoomEvent::Votes { voters } => Some(voters),
            _ => None,
        })
        .collect();
    assert_eq!(votes, [0, 1, 2]);

    assert_eq!(shared.close_vote(), [("t1".to_string(), 4), ("t2".into(), 1), ("t3".into(), 1)]);
    assert!(!shared.voting());
    assert_eq!(post("device-000a", "t1", 0).await.0, StatusCode::CONFLICT, "the vote is closed");
    // A new vote: dots meant for the old one are refused.
    shared.open_vote(vec![("t1".into(), "Weekly demo".into())], 3);
    assert_eq!(post("device-000a", "t1", 1).await.0, StatusCode::CONFLICT);
    assert_eq!(shared.close_vote(), [("t1".to_string(), 0)]);
    assert!(shared.close_vote().is_empty());
}
