// The root is a pass-through: each locale's layout (app/[locale]/layout.tsx) renders <html> with
// its own lang. It exists for app/not-found.tsx, the 404 of addresses no route matches.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
