-- Checkpoints, like the decision log itself, are only ever added by the application.
revoke update, delete, truncate on decision_log_checkpoint from current_user;
