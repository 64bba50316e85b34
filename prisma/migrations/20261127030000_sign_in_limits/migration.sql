-- Sign-in limits (issue 12): attempts refused by a limit are recorded but never counted as
-- failures (so refusals cannot extend a lock-out), and an admin's unlock clears an account's
-- failures without deleting the audit trail.
ALTER TABLE "login_attempts" ADD COLUMN "blocked" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "login_attempts" ADD COLUMN "cleared_at" TIMESTAMP(3);

-- The per account-and-address back-off reads one pair's recent failures.
CREATE INDEX "login_attempts_email_ip_at_idx" ON "login_attempts"("email", "ip", "at");
