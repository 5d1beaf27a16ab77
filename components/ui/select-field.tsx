import { Label, Select } from "@/components/ui/field";

type Option = { value: string; label: string };

/** A labelled <select> whose first option means "no filter". */
export function SelectField({ id, name, label, options, value }: { id: string; name: string; label: string; options: Option[]; value?: string }) {
  return (
    <div className="text-sm">
      <Label htmlFor={id} className="inline">
        {label}
      </Label>
      <Select id={id} name={name} defaultValue={value ?? ""} className="px-2">
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
