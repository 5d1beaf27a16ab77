import { z } from "zod";
import { signOutUser } from "@/lib/auth/sign-in";
import { handlePost } from "@/lib/http/gateway";

export const POST = handlePost({
  access: "anyone",
  presentation: "page",
  back: "/",
  schema: z.object({}),
  run: (_, { user }) => signOutUser({ current: user }),
});
