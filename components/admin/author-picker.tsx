"use client";

import { useState } from "react";
import { FieldError } from "@/components/admin/editor-form";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { useClientTranslations } from "@/components/use-client-translations";

type Option = { id: string; name: string };

/** Chosen authors in byline order; the order travels as the order of the hidden inputs. */
export function AuthorPicker({ options, initial }: { options: Option[]; initial: string[] }) {
  const [chosen, setChosen] = useState<string[]>(initial);
  const [next, setNext] = useState("");
  const t = useClientTranslations();
  const byId = new Map(options.map((o) => [o.id, o.name]));
  const move = (i: number, by: number) =>
    setChosen((xs) => {
      const out = [...xs];
      const [x] = out.splice(i, 1);
      out.splice(i + by, 0, x);
      return out;
    });
  return (
    <fieldset>
      <legend className="font-medium">{t("admin.authorPicker.legend")}</legend>
      <ol className="mt-1 space-y-1" aria-label={t("admin.authorPicker.chosen")}>
        {chosen.map((id, i) => (
          <li key={id} className="flex items-center gap-2 rounded border border-line bg-white px-3 py-1.5">
            <input type="hidden" name="authorIds" value={id} />
            <span className="grow">
              {i + 1}. {byId.get(id) ?? t("admin.authorPicker.unknown")}
            </span>
            <Button type="button" variant="outline" size="xs" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t("admin.authorPicker.moveUp", { name: byId.get(id) ?? "" })}>
              ↑
            </Button>
            <Button type="button" variant="outline" size="xs" onClick={() => move(i, 1)} disabled={i === chosen.length - 1} aria-label={t("admin.authorPicker.moveDown", { name: byId.get(id) ?? "" })}>
              ↓
            </Button>
            <Button type="button" variant="outline" size="xs" onClick={() => setChosen((xs) => xs.filter((x) => x !== id))} aria-label={t("admin.authorPicker.remove", { name: byId.get(id) ?? "" })}>
              {t("admin.authorPicker.removeButton")}
            </Button>
          </li>
        ))}
      </ol>
      <div className="mt-2 flex gap-2">
        <Label htmlFor="add-author" className="sr-only">
          {t("admin.authorPicker.add")}
        </Label>
        <Select id="add-author" value={next} onChange={(e) => setNext(e.target.value)} width="inline">
          <option value="">{t("admin.authorPicker.addPlaceholder")}</option>
          {options
            .filter((o) => !chosen.includes(o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </Select>
        <Button
          type="button"
          variant="secondary"
          className="px-3 py-2 font-normal"
          onClick={() => {
            if (next) setChosen((xs) => [...xs, next]);
            setNext("");
          }}
        >
          {t("admin.authorPicker.addButton")}
        </Button>
      </div>
      <FieldError name="authorIds" />
    </fieldset>
  );
}
