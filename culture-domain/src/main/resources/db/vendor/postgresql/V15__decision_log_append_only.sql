-- The decision log is append-only for the application: its database role (the one that runs these
-- migrations and owns the tables) may insert and read entries, never change or remove them. Only the
-- head row moves. A superuser is not bound by grants; run the application as an ordinary role.
revoke update, delete, truncate on decision_log from current_user;
