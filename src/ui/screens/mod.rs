//! One function per screen, each a plain function of a [`super::widgets::Page`]: what the
//! patient sees, and the messages its controls send. The page frame (`super::guide`) picks one.

pub mod article;
pub mod card;
pub mod check_answers;
pub mod problem;
pub mod question;
pub mod results;
pub mod start;
