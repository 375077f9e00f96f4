use super::*;
use crate::model::{Action, ActionStatus, Driver, Task};

#[test]
fn the_loop_list_heads_each_group_and_counts_the_rows_below_a_point() {
    let mut c = Canvas::new("t");
    for (driver, status) in [
        (Some(Driver::Growth), None),
        (None, None),
        (Some(Driver::Growth), None),
        (Some(Driver::Velocity), Some(ActionStatus::Dropped)),
    ] {
        c.add_action(Action { title: "a".into(), driver, status, ..Default::default() });
    }
    c.add_task(Task { title: "t".into(), ..Default::default() });
    c.add_task(Task { title: "u".into(), ..Default::default() });
    let today = Day::new(2026, 11, 22).unwrap();
    let list = LoopList::of(&c, today);
    assert_eq!(list.order, [0, 2, 1, 3]);
    use LoopRow::{Entry as E, Heading as H};
    assert_eq!(
        list.rows,
        [
            H(LoopGroup::Driver(Driver::Growth)),
            E(0),
            E(1),
            H(LoopGroup::NoDriver),
            E(2),
            H(LoopGroup::Dropped),
            E(3),
            H(LoopGroup::Tasks),
            E(4),
            E(5)
        ]
    );
    assert_eq!(list.row_of, [1, 2, 4, 6, 8, 9]);
    assert_eq!(list.groups, 3);
    assert_eq!(
        [list.entries_from(0), list.entries_from(3), list.entries_from(9), list.entries_from(10)],
        [6, 4, 1, 0]
    );
    assert!(list.is_for(&c, today));
    c.add_task(Task { title: "v".into(), ..Default::default() });
    assert!(!list.is_for(&c, today), "a change to the tasks makes it stale");
}
