"use client";

// Last resort when the root layout itself fails: no site chrome is available here.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <h1>The site is temporarily unavailable</h1>
        <p>An unexpected error occurred. Please try again in a few minutes.</p>
        {error.digest ? <p>Reference: <code>{error.digest}</code></p> : null}
        {/* A full page load on purpose: the client router is part of what failed. */}
        <p><a href="/">Return to the home page</a></p>
      </body>
    </html>
  );
}
