//! Reading the files an administrator gives docwiz (certificates, keys,
//! PKCS#12, password files, CA answers, trust imports): a regular file only,
//! and no more than [`MAX_INPUT`] bytes of it.
//!
//! Opening is done with `O_NONBLOCK`, so that a FIFO with no writer does not
//! stop docwiz in `open(2)`; the opened file is then checked with `fstat(2)`
//! (the file read is the file checked: no race between a check and the
//! read). A FIFO, a device (`/dev/zero` never ends), a socket or a directory
//! is refused with what it is, and a file larger than the cap is refused
//! before it is read; reading stops at the cap in any case (files under
//! `/proc` report a size of 0).

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use crate::error::{Error, Location, Message};

/// The most docwiz reads of an input file: 1 MiB. A certificate or key is a
/// few KiB, a PKCS#12 file with its chain some 10 KiB, and the largest
/// bundles administrators bring (a full public root store as PEM, some 150
/// certificates) about 250 KiB; each is held in memory and parsed whole.
pub const MAX_INPUT: u64 = 1 << 20;

fn refuse(path: &Path, reason: Message) -> Error {
    Error::Input {
        location: Location::file(&path.display().to_string()),
        reason,
    }
}

/// What a file that is not a regular file is, for the message.
fn kind(file_type: std::fs::FileType) -> &'static str {
    if file_type.is_dir() {
        "directory"
    } else if file_type.is_fifo() {
        "fifo"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "device"
    } else if file_type.is_socket() {
        "socket"
    } else {
        "other"
    }
}

/// The bytes of `path` (links followed), which must be a regular file of at
/// most [`MAX_INPUT`] bytes. Errors: [`Error::Read`] when it cannot be
/// opened or read, [`Error::Input`] (exit 2) when it is not a regular file or
/// too large.
pub fn read(path: &Path) -> Result<Vec<u8>, Error> {
    let read_error = |e: std::io::Error| Error::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let file: File = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            // A socket cannot be opened as a file.
            Some(libc::ENXIO) => refuse(
                path,
                Message::new("input-not-regular").arg("kind", "socket"),
            ),
            _ => read_error(e),
        })?;
    let meta = file.metadata().map_err(read_error)?;
    if !meta.file_type().is_file() {
        return Err(refuse(
            path,
            Message::new("input-not-regular").arg("kind", kind(meta.file_type())),
        ));
    }
    let too_large = || {
        refuse(
            path,
            Message::new("input-too-large").arg("max", (MAX_INPUT >> 20) as usize),
        )
    };
    if meta.len() > MAX_INPUT {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_INPUT + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_INPUT {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The first line of a password file (a BOM and the line end dropped), read
/// as [`read`] reads.
pub fn password(path: &Path) -> Result<String, Error> {
    let bytes = read(path)?;
    let text =
        String::from_utf8(bytes).map_err(|_| refuse(path, Message::new("error-not-utf8")))?;
    Ok(text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or_default()
        .to_string())
}
