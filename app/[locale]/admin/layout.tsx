import { Container } from "@/components/ui/container";
import { requireEditorPage } from "@/lib/editorial/access";
import { TextLink } from "@/components/ui/link";

export const metadata = { title: { default: "Back office", template: "%s | Back office" }, robots: { index: false } };

// Not a public page: it reads the session, so it is rendered per request.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const editor = await requireEditorPage();
  const links: Array<[string, string]> = [
    ["/admin", "Dashboard"],
    ["/admin/publications", "Publications"],
    ["/admin/authors", "Authors"],
    ["/admin/centers", "Centres"],
    ["/admin/programs", "Programmes"],
    ["/admin/topics", "Topics"],
    ["/admin/regions", "Regions"],
    ...(editor.role === "ADMIN" ? ([["/admin/pages", "Pages"], ["/admin/users", "Users"], ["/admin/audit", "Audit log"]] as Array<[string, string]>) : []),
  ];
  return (
    <Container>
      <nav aria-label="Back office" className="mb-8 border-b border-line pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {links.map(([href, label]) => (
            <li key={href}>
              <TextLink tone="accent" href={href}>{label}</TextLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Container>
  );
}
