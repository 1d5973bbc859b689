//! The words of the language the guide speaks: a handle to one compiled locale, cheap to copy
//! and compare. A leaf of the UI: the state holds it, the screens read it.

use crate::content::Locale;

/// A locale passed to components; equal when it is the same locale.
#[derive(Clone, Copy, Debug)]
pub struct Words(pub &'static Locale);

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Words {}

impl std::ops::Deref for Words {
    type Target = Locale;
    fn deref(&self) -> &Locale {
        self.0
    }
}
