const styles = {
  primary: "bg-accent text-white hover:bg-accent-dark",
  secondary: "border border-accent text-accent hover:bg-accent-soft",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export function Button({ children, variant = "primary", type = "submit", className = "" }: { children: React.ReactNode; variant?: keyof typeof styles; type?: "submit" | "button"; className?: string }) {
  return (
    <button type={type} className={`inline-flex items-center justify-center rounded px-4 py-2.5 font-medium transition-colors ${styles[variant]} ${className}`}>
      {children}
    </button>
  );
}
