//! A section's entries: a list that copies in constant time and shares what did not change.
//!
//! Undo keeps the canvas as it was before each change, and saving hands a copy of the canvas to
//! another thread. With a plain `Vec` both cost a pass over every entry; here a copy shares the
//! tree of entries, and a change copies only the path to the entry it touches.

use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ordered list of entries with cheap copies (a persistent vector of shared entries).
#[derive(Clone)]
pub struct List<T: Clone>(imbl::Vector<Arc<T>>);

impl<T: Clone> Default for List<T> {
    fn default() -> Self {
        List(imbl::Vector::new())
    }
}

impl<T: Clone> List<T> {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entry at `index`.
    pub fn get(&self, index: usize) -> Option<&T> {
        self.0.get(index).map(|e| &**e)
    }

    /// The entry at `index`, to change (copied first if another version shares it).
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.0.get_mut(index).map(Arc::make_mut)
    }

    /// The first entry.
    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    /// The last entry.
    pub fn last(&self) -> Option<&T> {
        self.len().checked_sub(1).and_then(|i| self.get(i))
    }

    /// Adds an entry at the end.
    pub fn push(&mut self, entry: T) {
        self.0.push_back(Arc::new(entry));
    }

    /// Puts an entry at `index`, moving the rest down.
    pub fn insert(&mut self, index: usize, entry: T) {
        self.0.insert(index, Arc::new(entry));
    }

    /// Takes out the entry at `index`.
    pub fn remove(&mut self, index: usize) -> T {
        Arc::unwrap_or_clone(self.0.remove(index))
    }

    /// Swaps two entries.
    pub fn swap(&mut self, a: usize, b: usize) {
        self.0.swap(a, b);
    }

    /// Keeps the first `len` entries.
    pub fn truncate(&mut self, len: usize) {
        if len < self.len() {
            self.0.truncate(len);
        }
    }

    /// Reverses the order.
    pub fn reverse(&mut self) {
        self.0 = self.0.iter().rev().cloned().collect();
    }

    /// Keeps only the entries for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        self.0.retain(|e| keep(e));
    }

    /// Sorts by a key, keeping equal entries in their order.
    pub fn sort_by_key<K: Ord>(&mut self, mut key: impl FnMut(&T) -> K) {
        let mut all: Vec<Arc<T>> = self.0.iter().cloned().collect();
        all.sort_by_key(|e| key(e));
        self.0 = all.into_iter().collect();
    }

    /// The entries in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + ExactSizeIterator + Clone + '_ {
        self.0.iter().map(|e| &**e)
    }

    /// The entries in order, to change; every entry visited is copied if shared, so use it
    /// for changes that touch most entries.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> + '_ {
        self.0.iter_mut().map(Arc::make_mut)
    }

    /// The shared entries themselves, in order: what a cache keyed by an entry's identity holds
    /// on to (an entry not changed since is the very same allocation).
    pub fn shared(&self) -> impl ExactSizeIterator<Item = &Arc<T>> + '_ {
        self.0.iter()
    }

    /// Whether two lists are the same version (a copy, not changed since): constant time.
    pub fn same_as(&self, other: &List<T>) -> bool {
        self.0.ptr_eq(&other.0)
    }

    /// The entries as a `Vec`.
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().cloned().collect()
    }
}

impl<T: Clone> std::ops::Index<usize> for List<T> {
    type Output = T;
    fn index(&self, index: usize) -> &T {
        &self.0[index]
    }
}

impl<T: Clone> std::ops::IndexMut<usize> for List<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        Arc::make_mut(&mut self.0[index])
    }
}

impl<T: Clone + PartialEq> PartialEq for List<T> {
    fn eq(&self, other: &Self) -> bool {
        self.same_as(other)
            || (self.len() == other.len()
                && self.0.iter().zip(other.0.iter()).all(|(a, b)| Arc::ptr_eq(a, b) || a == b))
    }
}

impl<T: Clone + Eq> Eq for List<T> {}

impl<T: Clone + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Clone> FromIterator<T> for List<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        List(iter.into_iter().map(Arc::new).collect())
    }
}

impl<T: Clone> From<Vec<T>> for List<T> {
    fn from(v: Vec<T>) -> Self {
        v.into_iter().collect()
    }
}

impl<T: Clone> Extend<T> for List<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for e in iter {
            self.push(e);
        }
    }
}

impl<'a, T: Clone> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = Box<dyn Iterator<Item = &'a T> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl<T: Clone + 'static> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = Box<dyn Iterator<Item = T>>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.0.into_iter().map(Arc::unwrap_or_clone))
    }
}

impl<T: Clone + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Clone + Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(List::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_entries_until_one_changes() {
        let mut a: List<String> = (0..1000).map(|i| i.to_string()).collect();
        let b = a.clone();
        assert!(a.same_as(&b));
        a[500].push('!');
        assert!(!a.same_as(&b));
        assert_eq!(b[500], "500");
        assert_eq!(a[500], "500!");
        // Every other entry is still the very same allocation.
        assert!(Arc::ptr_eq(&a.0[499], &b.0[499]));
        assert!(!Arc::ptr_eq(&a.0[500], &b.0[500]));
    }

    #[test]
    fn it_reads_and_writes_like_a_sequence() {
        let l: List<u32> = vec![3, 1, 2].into();
        let text = ron::to_string(&l).unwrap();
        assert_eq!(text, "[3,1,2]");
        let back: List<u32> = ron::from_str(&text).unwrap();
        assert_eq!(back, l);
        let mut s = back.clone();
        s.sort_by_key(|v| std::cmp::Reverse(*v));
        assert_eq!(s.to_vec(), vec![3, 2, 1]);
        s.retain(|v| *v != 2);
        assert_eq!(s.to_vec(), vec![3, 1]);
    }
}
