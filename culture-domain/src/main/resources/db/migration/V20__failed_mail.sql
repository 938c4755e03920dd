-- A mail whose attempts ran out (MAIL_MAX_ATTEMPTS) is failed: no more tries until an admin retries it.
alter table mail_outbox add column failed_at timestamp with time zone;
