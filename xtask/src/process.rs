//! Running other programs: echoed, at the repository root, with the tools on `PATH`.

use crate::Result;
use crate::project;
use std::io::{ErrorKind, Write};
use std::process::{Command, Stdio};

/// A command that runs at the repository root with `node_modules/.bin` and `~/.cargo/bin` at
/// the front of `PATH` (the program itself is looked up in that `PATH` too).
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(project::root())
        .env("PATH", project::tools_path());
    command
}

/// Echoes `$ program args…`, runs it with the terminal as its input and output, and fails
/// unless it exits successfully.
pub fn run(command: &mut Command) -> Result {
    let shown = describe(command);
    println!("$ {shown}");
    let status = command.status().map_err(|err| cannot_start(&shown, &err))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Echoes `$ program args…`, runs it like [`run`] but captures its standard output, and
/// returns that (its errors still go to the terminal).
pub fn output(command: &mut Command) -> Result<String> {
    let shown = describe(command);
    println!("$ {shown}");
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .map_err(|err| cannot_start(&shown, &err))?;
    if !output.status.success() {
        return Err(format!("`{shown}` failed ({})", output.status));
    }
    String::from_utf8(output.stdout)
        .map_err(|err| format!("`{shown}` printed something that is not UTF-8: {err}"))
}

/// Echoes `$ program args… < (N bytes)`, runs it with `input` as its standard input, and returns
/// its standard output like [`output`]. For filters such as a minifier.
pub fn filter(command: &mut Command, input: &str) -> Result<String> {
    let shown = describe(command);
    println!("$ {shown} < ({} bytes)", input.len());
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|err| cannot_start(&shown, &err))?;
    // Written from another thread: a filter may fill its output pipe before it reads all its
    // input, and would wait for us forever.
    let mut stdin = child.stdin.take().ok_or("no standard input to write to")?;
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|err| format!("`{shown}` failed: {err}"))?;
    let written = writer
        .join()
        .map_err(|_| format!("`{shown}`: writing its input panicked"))?;
    if !output.status.success() {
        return Err(format!("`{shown}` failed ({})", output.status));
    }
    written.map_err(|err| format!("`{shown}` did not read all its input: {err}"))?;
    String::from_utf8(output.stdout)
        .map_err(|err| format!("`{shown}` printed something that is not UTF-8: {err}"))
}

/// Runs `program args…` quietly and returns its trimmed standard output, or `None` if it is not
/// installed or fails. For version checks.
pub fn stdout_of(program: &str, args: &[&str]) -> Option<String> {
    let output = command(program, args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The command line as a person would type it, with the environment variables we set (other
/// than `PATH`) in front: `CHROMIUM_PATH=/usr/bin/chromium npx playwright test`.
pub fn describe(command: &Command) -> String {
    let envs = command
        .get_envs()
        .filter(|(name, _)| *name != "PATH")
        .filter_map(|(name, value)| Some(format!("{}={}", name.display(), value?.display())));
    let program = std::iter::once(command.get_program().display().to_string());
    let args = command.get_args().map(|arg| arg.display().to_string());
    envs.chain(program)
        .chain(args)
        .map(|word| quote_if_needed(&word))
        .collect::<Vec<_>>()
        .join(" ")
}

fn quote_if_needed(word: &str) -> String {
    if word.is_empty() || word.contains(|c: char| c.is_whitespace() || c == '\'' || c == '"') {
        format!("'{}'", word.replace('\'', r"'\''"))
    } else {
        word.to_owned()
    }
}

fn cannot_start(shown: &str, err: &std::io::Error) -> String {
    if err.kind() == ErrorKind::NotFound {
        format!(
            "could not run `{shown}`: the program is not installed or not on PATH (run `cargo xtask setup`)"
        )
    } else {
        format!("could not run `{shown}`: {err}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_shows_env_program_and_quoted_args() {
        let mut command = command("npx", &["playwright", "test", "--grep", "two words"]);
        command.env("CHROMIUM_PATH", "/usr/bin/chromium");
        assert_eq!(
            describe(&command),
            "CHROMIUM_PATH=/usr/bin/chromium npx playwright test --grep 'two words'"
        );
    }
}
