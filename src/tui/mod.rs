//! The interactive terminal: the help view (F1 and the `help` pager) and the
//! full-screen pager.

pub mod help_view;
pub mod pager;
