import { z } from "zod";
import { URL_SLUG } from "@/lib/validations/ids";

export { isRecordId, isSlug, RECORD_ID, URL_SLUG } from "@/lib/validations/ids";

export const urlSlugSchema = z.string().regex(URL_SLUG);
