import { Label, Select } from "@/components/ui/field";

/** `lang`: the label's language, where it is not the page's. */
type Option = { value: string; label: string; group?: string; lang?: string };

/** A labelled <select> whose first option means "no filter"; options with a group sit under its heading. */
export function SelectField({ id, name, label, options, value, allLabel = "All" }: { id: string; name: string; label: string; options: Option[]; value?: string; allLabel?: string }) {
  const groups = [...new Set(options.map((o) => o.group))];
  const list = (items: Option[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value} lang={o.lang}>
        {o.label}
      </option>
    ));
  return (
    <div className="text-sm">
      <Label htmlFor={id} className="inline">
        {label}
      </Label>
      <Select id={id} name={name} defaultValue={value ?? ""} className="px-2">
        <option value="">{allLabel}</option>
        {groups.length > 1 || groups[0] !== undefined
          ? groups.map((g) =>
              g === undefined ? (
                list(options.filter((o) => o.group === undefined))
              ) : (
                <optgroup key={g} label={g}>
                  {list(options.filter((o) => o.group === g))}
                </optgroup>
              ),
            )
          : list(options)}
      </Select>
    </div>
  );
}
