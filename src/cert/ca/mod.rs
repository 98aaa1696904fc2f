//! The certificate authorities a request can go to: the embedded local CA
//! ([`local`]), an ACME CA ([`acme`]) and a cfssl CA ([`cfssl`]).
//!
//! A new CA goes here, in a file of its own.

pub mod acme;
pub mod cfssl;
pub mod local;
