//! How renderers ask for colour without knowing the terminal: they name a [`Role`], and the
//! caller's [`Paint`] decides. [`Plain`] returns the text as it is (tests, `NO_COLOR`, pipes);
//! the terminal implementation lives in `ui::style`.

/// What a piece of text is, for colouring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Section titles.
    Title,
    /// Figures worth seeing first.
    Figure,
    /// Axes, labels and other scaffolding.
    Dim,
    /// Bars of a chart.
    Bar,
    /// A heatmap cell of activity level 1 (least) to 4 (most).
    Heat(u8),
    /// Something to worry about (a leech).
    Warn,
}

pub trait Paint {
    fn paint(&self, role: Role, text: &str) -> String;
}

/// No colour: text exactly as given.
#[derive(Debug, Clone, Copy, Default)]
pub struct Plain;

impl Paint for Plain {
    fn paint(&self, _role: Role, text: &str) -> String {
        text.to_string()
    }
}
