//! How long a certificate can still be used, as the pages say it: days left,
//! the time from which `wizard renew` renews it, and, for a certificate a
//! usage holds, a warning once it is due and the failure of its last
//! renewal; and whether its CA revoked it, which ends its use at once. The
//! main page, the status page, `certs list` and the help pages' live panels
//! show the same facts through [`Expiry::notes`].

use serde::Serialize;

use crate::cert::pages::status::Commands;
use crate::cert::renew;
use crate::cert::store::Store;
use crate::cert::store::renewal::{self, Failure};
use crate::cert::store::revocation::{self, Revoked};
use crate::cert::x509::certificate::CertInfo;
use crate::cert::{now, rfc3339};
use crate::error::Message;

/// A certificate's expiry and renewal, as `--json` carries them.
#[derive(Debug, Clone, Serialize)]
pub struct Expiry {
    /// Whole days until expiry; negative once expired.
    pub days_left: i64,
    /// From when `wizard renew` renews it (RFC 3339): by its lifetime, or the
    /// window its ACME CA suggested at the last `wizard renew`.
    pub renew_after: String,
    /// A usage holds it and it is due: `wizard renew` would renew it now.
    pub renewal_due: bool,
    /// Why its last renewal failed (a code with its arguments), while the
    /// certificate is still the one renewed.
    pub renewal_failure: Option<Failure>,
    /// The command that renews it, when a usage holds it.
    #[serde(skip)]
    pub renew_command: Option<String>,
    /// `wizard check` as the page spells commands, for a failure's reason
    /// that suggests it.
    #[serde(skip)]
    pub check_command: String,
    /// Its CA revoked it (`wizard revoke`): when, why, which CA; `null` otherwise.
    pub revoked: Option<Revoked>,
}

impl Expiry {
    /// The expiry of `leaf`; `held`: a usage holds it (only such
    /// certificates are renewed, and warned about).
    pub fn of(store: &Store, leaf: &CertInfo, held: bool, commands: &Commands) -> Expiry {
        let after = renew::renew_after_stored(store, leaf);
        let revoked = revocation::read(store, &leaf.thumbprint);
        // A revoked certificate is never renewed: no warning that it is due.
        let held = held && revoked.is_none();
        let failure = if held {
            renewal::read(store, &leaf.thumbprint).failure
        } else {
            None
        };
        Expiry {
            days_left: (leaf.not_after - now()).whole_days(),
            renew_after: rfc3339(after),
            renewal_due: held && now() >= after,
            renewal_failure: failure,
            renew_command: held.then(|| {
                commands.command(&format!("wizard renew --thumbprint {}", leaf.thumbprint))
            }),
            revoked,
            check_command: commands.command("wizard check"),
        }
    }

    /// The warnings to show under the certificate: due (with the command),
    /// and the last renewal's failure (with its reason). `command` renders
    /// the command as the page shows one (a code span in Markdown).
    pub fn notes(&self, command: &dyn Fn(&str) -> String) -> Vec<Message> {
        let mut out = Vec::new();
        if let Some(revoked) = &self.revoked {
            out.push(revoked_note(revoked));
        }
        if let Some(failure) = &self.renewal_failure {
            out.push(
                Message::new("renew-failed-note")
                    .arg("date", crate::error::Arg::date_of(&failure.time))
                    .arg(
                        "reason",
                        failure
                            .reason
                            .message()
                            .set("check", self.check_command.as_str()),
                    ),
            );
        }
        if self.renewal_due
            && let Some(c) = &self.renew_command
        {
            out.push(
                Message::new("renew-due-note")
                    .arg("date", crate::error::Arg::date_of(&self.renew_after))
                    .arg("command", command(c)),
            );
        }
        out
    }
}

/// That the certificate was revoked, when and why, as every page says it.
pub fn revoked_note(revoked: &Revoked) -> Message {
    Message::new("revoked-note")
        .arg("date", crate::error::Arg::date_of(&revoked.time))
        .arg("reason", Message::new(revoked.reason.label_id()))
}
