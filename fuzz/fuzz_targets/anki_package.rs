//! Anki packages: the zip, the collection inside and its notes never make recall panic, write
//! outside its temporary folder, or blow up in memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::import::{Options, Source};

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!("recall-fuzz-{}.apkg", std::process::id()));
    std::fs::write(&path, data).expect("temp file");
    let options = Options::default();
    if let Ok(source) = Source::open(&path, &options) {
        let _ = source.stream(&options, &mut |batch| {
            let mut room = batch.notes;
            room.clear();
            Ok(room)
        });
    }
});
