import { NotFoundContent } from "@/components/not-found-content";
import { getRequestLocale } from "@/lib/i18n/request-locale";

// An item a page of this locale does not have (an unknown slug), in the locale's layout.
export default function NotFound() {
  return <NotFoundContent locale={getRequestLocale()} />;
}
