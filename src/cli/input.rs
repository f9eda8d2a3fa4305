//! Every read of what a person or a file gives the command line is bounded, so an endless
//! input (`--answers /dev/zero`, a passphrase piped from `/dev/zero`, a `--plain` answer
//! with no line break) is refused after a few kilobytes instead of filling memory.

use std::io::{BufRead, Read};
use std::path::Path;

/// The most an answer file may hold.
pub const MAX_ANSWER_FILE: u64 = crate::domain::answer_file::MAX_BYTES;
/// The most one typed `--plain` answer line may hold.
pub const MAX_PLAIN_LINE: usize = 1024;
/// The most a passphrase or PIN line read from stdin may hold.
pub const MAX_SECRET_LINE: usize = 4096;

/// A file read whole, or `None` when it holds more than `max` bytes (only `max + 1` bytes
/// are ever read, whatever the file is: a device, a pipe, a growing file).
pub fn read_file(path: &Path, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let f = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    f.take(max + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// One line read from `input`.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The line, without its line break (it may be the last one, with none).
    Text(String),
    /// Nothing more to read.
    End,
    /// More than the limit without a line break: not read further.
    TooLong,
}

/// Reads one line of at most `max` bytes (not counting its line break); bytes that are not
/// UTF-8 are replaced.
pub fn read_line(input: &mut dyn BufRead, max: usize) -> std::io::Result<Line> {
    let mut buf = Vec::new();
    input.take(max as u64 + 2).read_until(b'\n', &mut buf)?;
    if buf.is_empty() {
        return Ok(Line::End);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if buf.len() > max {
        return Ok(Line::TooLong);
    }
    Ok(Line::Text(String::from_utf8_lossy(&buf).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endless_inputs_stop_at_the_limit() {
        let started = std::time::Instant::now();
        let zero = Path::new("/dev/zero");
        if zero.exists() {
            assert_eq!(read_file(zero, 1000).unwrap(), None);
            let mut r = std::io::BufReader::new(std::fs::File::open(zero).unwrap());
            assert_eq!(read_line(&mut r, 4096).unwrap(), Line::TooLong);
        }
        let mut endless = std::io::BufReader::new(std::io::repeat(b'x'));
        assert_eq!(read_line(&mut endless, 1024).unwrap(), Line::TooLong);
        assert!(started.elapsed().as_secs() < 5);
    }

    #[test]
    fn lines_are_read_one_at_a_time() {
        let mut r = std::io::Cursor::new(b"one\r\ntwo\nthree".to_vec());
        assert_eq!(read_line(&mut r, 10).unwrap(), Line::Text("one".into()));
        assert_eq!(read_line(&mut r, 10).unwrap(), Line::Text("two".into()));
        assert_eq!(read_line(&mut r, 10).unwrap(), Line::Text("three".into()));
        assert_eq!(read_line(&mut r, 10).unwrap(), Line::End);
        let mut r = std::io::Cursor::new(b"0123456789\n".to_vec());
        assert_eq!(
            read_line(&mut r, 10).unwrap(),
            Line::Text("0123456789".into())
        );
        let mut r = std::io::Cursor::new(b"0123456789a\n".to_vec());
        assert_eq!(read_line(&mut r, 10).unwrap(), Line::TooLong);
    }
}
