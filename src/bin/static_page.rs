//! Prints the markup of the page before the app starts: the frame of the guide and the whole
//! article ([`fallback::static_page`]). `cargo xtask dist` writes it into the mount root of the
//! built page, so that a copy of the page that cannot run the app still shows the article.

use relief_guide::content::english;
use relief_guide::ui::fallback;

fn main() {
    print!("{}", fallback::static_page(english()));
}
