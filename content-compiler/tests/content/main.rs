//! Compiles the real content, and copies of it with one mistake each.

mod copy;
mod errors;
mod real_content;
mod safety;
