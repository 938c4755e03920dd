-- Several nodes mail survey links (issue 15): a sender claims invitations before mailing them, and
-- the claim lapses after ten minutes. The claimant (the node's name) lets a node that restarts free
-- what it held when it died at once, so that its invitations and reminders are not ten minutes late.
alter table survey_invitation add column mail_claimed_by varchar(300);
