import type { ReactNode } from "react";
import { EditorForm, FieldError } from "@/components/admin/editor-form";
import { Button } from "@/components/ui/button";
import { IMAGE_UPLOAD_MAX_MB } from "@/lib/validations/editorial";
import { getPageTranslator } from "@/lib/i18n/request-locale";

/**
 * The back office's image forms (a publication's cover, an author's photo): the current image, an
 * upload, and, when there is something to undo, a second form that removes it.
 */
export function ImageUpload({ action, version, label, preview, removeLabel }: { action: string; version?: number; label: string; preview: ReactNode; removeLabel?: string }) {
  const t = getPageTranslator();
  const fieldId = `f-image-${action.replace(/\W+/g, "-")}`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-5">
      <div className="shrink-0">{preview}</div>
      <div className="space-y-3">
        <EditorForm action={action} encType="multipart/form-data" className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="upload" />
          {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
          <div>
            <label htmlFor={fieldId} className="block font-medium">{label}</label>
            <input id={fieldId} type="file" name="image" accept="image/jpeg,image/png,image/webp" aria-describedby={`${fieldId}-hint`} className="mt-1 block" />
            <p id={`${fieldId}-hint`} className="mt-1 text-sm text-muted">{t("admin.image.hint", { mb: IMAGE_UPLOAD_MAX_MB })}</p>
            <FieldError name="image" />
          </div>
          <Button variant="secondary">{t("admin.image.upload")}</Button>
        </EditorForm>
        {removeLabel ? (
          <EditorForm action={action}>
            <input type="hidden" name="intent" value="remove" />
            {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
            <Button variant="secondary">{removeLabel}</Button>
          </EditorForm>
        ) : null}
      </div>
    </div>
  );
}
