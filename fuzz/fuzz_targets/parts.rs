//! Fuzzes the two-core reading of a large canvas against the whole parse: for any text, reading
//! it in parts either gives it up or gives exactly what the whole parse gives.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(parts) = cvc::store::parse_in_parts(text) {
        let options =
            ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let whole: cvc::model::Canvas = options.from_str(text).expect("what reads in parts reads whole");
        assert_eq!(parts, whole);
    }
});
