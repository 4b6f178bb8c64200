//! CSV/TSV/Anki text files: reading and streaming never panic, whatever the bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recall::import::{Options, Source};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the extension, so every format's detection and reader is reached.
    let Some((&pick, body)) = data.split_first() else { return };
    let ext = ["csv", "tsv", "txt"][usize::from(pick) % 3];
    let path = std::env::temp_dir().join(format!("recall-fuzz-{}.{ext}", std::process::id()));
    std::fs::write(&path, body).expect("temp file");
    let options = Options { strict: pick & 0x80 != 0, ..Options::default() };
    if let Ok(source) = Source::open(&path, &options) {
        let _ = source.stream(&options, &mut |batch| {
            assert!(batch.notes.iter().all(|n| !n.guid.is_empty()));
            // the sink hands its emptied vector back for the next batch
            let mut room = batch.notes;
            room.clear();
            Ok(room)
        });
    }
});
