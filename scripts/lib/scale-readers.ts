// seed:scale's readers, whom the load benchmark signs in. Kept apart from the generator so the
// benchmark can name them without loading the database client.
export const SCALE_PASSWORD = "correct horse battery staple";
export const scaleReaderEmail = (i: number) => `reader-${i}@scale.example`;
