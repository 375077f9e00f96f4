//! Fuzzes loading: any bytes give a canvas or an error, never a panic; what loads, saves and loads the same.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = std::path::Path::new("fuzz.ron");
    if let Ok(canvas) = cvc::store::parse_bytes(file, data) {
        let text = cvc::store::to_ron(&canvas);
        let again = cvc::store::parse_str(file, &text).expect("what cvc writes, cvc reads");
        assert_eq!(again, canvas);
    }
});
