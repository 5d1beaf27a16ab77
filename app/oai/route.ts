// OAI-PMH 2.0 (lib/oai). Harvesters may ask with GET or with a urlencoded POST; both carry the
// same arguments and get the same answer. Protocol errors are 200s with <error> elements.
import { answerOaiRequest } from "@/lib/oai/respond";
import { htmlMessage, readSmallForm } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

// The longest legal request is a verb and a resumption token; 8 KB leaves room and no more.
const MAX_BODY = 8 * 1024;

function xml(body: string) {
  return new Response(body, { headers: { "content-type": "text/xml; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" } });
}

export async function GET(request: Request) {
  return xml(await answerOaiRequest({ pairs: [...new URL(request.url).searchParams] }));
}

export async function POST(request: Request) {
  const form = await readSmallForm(request, { maxBytes: MAX_BODY });
  if (!form) return htmlMessage({ status: 413, title: "Request too large", message: "An OAI-PMH request is a few arguments; this body is too large or unreadable.", backHref: "/oai?verb=Identify" });
  const pairs = [...form.entries()].map(([name, value]): [string, string] => [name, typeof value === "string" ? value : ""]);
  return xml(await answerOaiRequest({ pairs }));
}
