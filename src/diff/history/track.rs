//! One entry followed across revisions: what it was in each, and where it joined and left.

/// An entry's state in each revision (`None` where it is absent), under its latest label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track<S> {
    /// The entry's id, the same in every revision.
    pub id: String,
    /// Its name or title in the latest revision that has it.
    pub label: String,
    /// Its state per revision, in revision order.
    pub steps: Vec<Option<S>>,
}

/// A stretch of revisions in which an entry stayed the same: first and last revision index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run<'a, S> {
    /// The first revision index of the stretch.
    pub from: usize,
    /// The last revision index of the stretch.
    pub to: usize,
    /// The state throughout (`None`: absent).
    pub state: Option<&'a S>,
}

impl<S: PartialEq> Track<S> {
    /// The revision index where the entry first appears.
    pub fn joined(&self) -> Option<usize> {
        self.steps.iter().position(Option::is_some)
    }

    /// The revision index from which it is absent for good, if it left before the last revision.
    pub fn left(&self) -> Option<usize> {
        let last = self.steps.iter().rposition(Option::is_some)?;
        (last + 1 < self.steps.len()).then_some(last + 1)
    }

    /// The stretches of equal states, in order.
    pub fn runs(&self) -> Vec<Run<'_, S>> {
        let mut out: Vec<Run<'_, S>> = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            match out.last_mut() {
                Some(run) if run.state == step.as_ref() => run.to = i,
                _ => out.push(Run { from: i, to: i, state: step.as_ref() }),
            }
        }
        out
    }

    /// The stretches where `holds` is true of the state, as (first, last) revision indices.
    pub fn spans(&self, holds: impl Fn(&S) -> bool) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            if step.as_ref().is_some_and(&holds) {
                match out.last_mut() {
                    Some(span) if span.1 + 1 == i => span.1 = i,
                    _ => out.push((i, i)),
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_spans_joining_and_leaving() {
        let t = Track {
            id: "R1".into(),
            label: "a – b".into(),
            steps: vec![None, Some(1), Some(1), Some(2), None],
        };
        assert_eq!((t.joined(), t.left()), (Some(1), Some(4)));
        let runs: Vec<_> = t.runs().iter().map(|r| (r.from, r.to, r.state.copied())).collect();
        assert_eq!(runs, [(0, 0, None), (1, 2, Some(1)), (3, 3, Some(2)), (4, 4, None)]);
        assert_eq!(t.spans(|s| *s == 1), [(1, 2)]);
        let stays = Track { id: "S1".into(), label: String::new(), steps: vec![Some(1), Some(1)] };
        assert_eq!(stays.left(), None);
    }
}
