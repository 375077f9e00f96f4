//! Canvases of any size for the benchmarks: a quarter of the entries in each section.
#![allow(dead_code)]

use cvc::model::*;

/// A canvas with `n` entries, every field filled, relationships between neighbours.
pub fn canvas_of(n: usize) -> Canvas {
    let mut c = Canvas::new(&format!("Benchmark canvas of {n} entries"));
    c.id = "bench".into();
    c.date = Day::new(2026, 11, 22);
    c.context.goal = "Cut time-to-answer for field engineers".into();
    let per = (n / 4).max(1);
    for i in 0..per {
        c.add_stakeholder(stakeholder(i));
    }
    for i in 0..per {
        c.add_relationship(Relationship {
            from: format!("S{}", i + 1),
            to: format!("S{}", (i + 1) % per + 1),
            exchange: "field problems and the fixes they need".into(),
            direction: Some(Direction::TwoWay),
            boundary: Some(Boundary::CrossTeam),
            strength: Some((i % 4) as u8),
            health: Some(Health::ALL[i % 3]),
            change: Some(Change::ALL[i % 5]),
            phases: vec![Phase::ALL[i % 4]],
            ..Default::default()
        });
    }
    for i in 0..per {
        c.add_task(Task {
            title: format!("Weekly champions call {i}"),
            owner: "Priya Nair".into(),
            owner_role: Some(OwnerRole::Champion),
            phase: Some(Phase::ALL[i % 4]),
            cadence: Some(Cadence::Weekly),
            status: Some(TaskStatus::Active),
            votes: (i % 7) as u32,
            ..Default::default()
        });
    }
    for i in 0..per {
        c.add_action(Action {
            title: format!("We will answer every field question within 24h ({i})"),
            owner: "Sam Lee".into(),
            due: Day::new(2027, 1, (i % 28) as i8 + 1),
            phase: Some(Phase::ALL[i % 4]),
            driver: Some(Driver::ALL[i % 4]),
            indicator: Some(Indicator {
                name: "median time to first answer".into(),
                baseline: "5 days".into(),
                target: "24 hours".into(),
                kind: Some(IndicatorKind::Lagging),
                ..Default::default()
            }),
            review: Day::new(2027, 2, (i % 28) as i8 + 1),
            status: Some(ActionStatus::ALL[i % 5]),
            loop_state: Some(LoopState::ALL[i % 3]),
            votes: (i % 9) as u32,
            ..Default::default()
        });
    }
    c
}

/// The sample's `i`th stakeholder (every field filled).
pub fn stakeholder(i: usize) -> Stakeholder {
    Stakeholder {
        name: format!("Stakeholder group {i}"),
        kind: Some(StakeholderKind::Group),
        role: "Plans the engineers' weeks".into(),
        interests: "Engineer utilisation and first-time fixes".into(),
        power: Some((i % 5) as u8 + 1),
        interest: Some(((i / 5) % 5) as u8 + 1),
        stance: Some(Stance::ALL[i % 5]),
        engagement: "Monthly results brief".into(),
        notes: "Met at the kick-off".into(),
        ..Default::default()
    }
}

/// A later revision: a tenth of the entries changed, some removed, some added.
pub fn revised(c: &Canvas) -> Canvas {
    let mut r = c.clone();
    r.revision += 1;
    for (i, s) in r.stakeholders.iter_mut().enumerate().filter(|(i, _)| i % 10 == 0) {
        s.stance = Some(Stance::ALL[(i + 1) % 5]);
    }
    for a in r.actions.iter_mut().step_by(10) {
        a.loop_state = Some(LoopState::Closed);
    }
    let keep = r.tasks.len() * 9 / 10;
    r.tasks.truncate(keep);
    r.add_task(Task { title: "Quarterly innovation jam".into(), ..Default::default() });
    r
}

/// Writes a portfolio of `files` canvas files of 40 entries (two revisions of each canvas, in
/// twenty client folders), every action measured twice: what `cvc reviews` reads.
pub fn write_portfolio(dir: &std::path::Path, files: usize) {
    let mut base = canvas_of(40);
    for i in 0..base.actions.len() {
        let ind = base
            .actions
            .get_mut(i)
            .and_then(|a| a.indicator.as_mut())
            .expect("the sample's actions are measured");
        for (day, value) in [(1, "40 hours"), (28, "30 hours")] {
            let date = Day::new(2026, 8, day).expect("a real day");
            ind.add_reading(Reading { date, value: value.into(), note: "desk rota".into() });
        }
    }
    for n in 0..files {
        let client = dir.join(format!("client-{:02}", n % 20));
        std::fs::create_dir_all(&client).expect("a folder in the benchmark's own directory");
        let mut c = base.clone();
        (c.id, c.revision, c.organisation) =
            (format!("c{:07}", n / 2), 1 + (n % 2) as u32, format!("Client {}", n % 20));
        std::fs::write(client.join(format!("canvas-{n}.ron")), cvc::store::to_ron(&c))
            .expect("a file in the benchmark's own directory");
    }
}
