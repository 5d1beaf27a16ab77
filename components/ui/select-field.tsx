type Option = { value: string; label: string };

/** A labelled <select> whose first option means "no filter". */
export function SelectField({ id, name, label, options, value }: { id: string; name: string; label: string; options: Option[]; value?: string }) {
  return (
    <div className="text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded border border-line bg-white px-2 py-2">
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
