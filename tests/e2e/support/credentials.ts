/**
 * The e2e server's first admin. Test-only: start-server.ts hands this to the app through
 * SLIPWATCH_BOOTSTRAP_ADMIN_PASSWORD on a throw-away database; real installs get a random one.
 */
export const E2E_ADMIN = { email: "admin@slipwatch.local", password: "e2e-only-Admin-password-7c1f" } as const;
