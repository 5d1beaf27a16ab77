// Auth.js's conventional entry point; the configuration lives in lib/auth.
export { auth, handlers, signIn, signOut } from "@/lib/auth";
