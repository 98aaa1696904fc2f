//! Certificates as such: reading them ([`certificate`], and CA answers in
//! [`response`]), the host names they carry ([`names`]), their signatures
//! ([`signature`]), and chains checked against the trust stores ([`trust`]).
//!
//! A new check of a certificate or of a chain goes here; nothing in this
//! folder knows about requests or usages' assignments.

pub mod certificate;
pub mod names;
pub mod response;
pub mod signature;
pub mod trust;
