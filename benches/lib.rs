//! The benchmarks live in `benches/`: run `cargo bench -p cvc-benches` from the repository root.
