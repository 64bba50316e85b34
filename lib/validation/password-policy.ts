/** Shared by the browser and the server, so it lives outside lib/auth (which uses node:crypto). */
export const MIN_PASSWORD_LENGTH_FOR_FORMS = 12;
