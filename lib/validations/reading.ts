import { z } from "zod";

// The viewer's "I am on page N" post; the server checks N against the publication's page count.
export const readingPositionSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000),
});
