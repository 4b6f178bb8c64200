//! recall: a terminal spaced-repetition tool. The binary is a thin shell over this library;
//! everything here is testable without a terminal or a clock.

pub mod alloc;
pub mod answer;
pub mod backups;
pub mod batch;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod decks;
pub mod export;
pub mod generate;
pub mod import;
pub mod model;
pub mod scheduler;
pub mod session;
pub mod stats;
pub mod store;
pub mod ui;
