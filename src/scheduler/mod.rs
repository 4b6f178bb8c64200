//! SM-2, exactly as `shared/design/sm2.md` specifies it: pure functions from (state, grade,
//! today) to the next state. No clock, no storage; the caller persists the result.

mod preview;
mod sm2;

pub use preview::{Outcome, next_states};
pub use sm2::answer;

/// The knobs beyond the published algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Intervals are capped here; the capped value feeds the next interval.
    pub max_interval: u32,
}

pub const MAX_INTERVAL: u32 = 36_500;

impl Default for Config {
    fn default() -> Self {
        Config {
            max_interval: MAX_INTERVAL,
        }
    }
}

#[cfg(test)]
mod tests;
