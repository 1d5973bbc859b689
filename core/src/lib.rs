//! Relief Guide's functional core: the clinic's content compiled in ([`content`]) and the
//! decisions over it ([`engine`]). Plain Rust with no browser dependency, so every decision is
//! tested natively; the app crate adds the views and the browser layer around it.

pub mod content;
pub mod engine;
