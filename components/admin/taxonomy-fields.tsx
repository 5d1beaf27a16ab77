import { SelectInput, TextArea, TextInput } from "@/components/admin/editor-form";
import type { TaxonomyKind } from "@/lib/validations/editorial";

type Values = Record<string, unknown> | null;
const str = (v: Values, k: string) => (v && typeof v[k] === "string" ? (v[k] as string) : "");

/** The fields of one kind of catalogue item; the same set creates and edits. */
export function TaxonomyFields({ kind, values, centers }: { kind: TaxonomyKind; values: Values; centers: Array<{ id: string; name: string }> }) {
  const centerOptions = centers.map((c) => ({ value: c.id, label: c.name }));
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label="Name" name="name" defaultValue={str(values, "name")} maxLength={200} required />
        <TextInput label="Slug" name="slug" defaultValue={str(values, "slug")} maxLength={100} hint="Lowercase letters, digits and hyphens." required />
      </div>
      {kind === "authors" ? (
        <>
          <TextInput label="Role" name="role" defaultValue={str(values, "role")} maxLength={300} />
          <TextArea label="Biography" name="bio" defaultValue={str(values, "bio")} maxLength={5000} rows={5} />
          <SelectInput label="Centre" name="centerId" defaultValue={str(values, "centerId")} placeholder="None" options={centerOptions} />
        </>
      ) : null}
      {kind === "centers" || kind === "programs" ? <TextArea label="Description" name="description" defaultValue={str(values, "description")} maxLength={5000} rows={5} /> : null}
      {kind === "programs" ? <SelectInput label="Centre" name="centerId" defaultValue={str(values, "centerId")} placeholder="Choose a centre…" options={centerOptions} /> : null}
    </div>
  );
}
