// Pure constants, for the password fields in the browser: the schema (auth.ts) brings zod and the
// list of common passwords, which the browser never needs.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
