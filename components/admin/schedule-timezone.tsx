"use client";

/**
 * Sends the browser's UTC offset with the schedule form, so "18:00" means the editor's 18:00.
 * Without script the field stays empty and the time is read as UTC, as the form says.
 */
export function ScheduleTimezone() {
  return (
    <input
      type="hidden"
      name="tzOffset"
      defaultValue=""
      ref={(el) => {
        if (el) el.value = String(new Date().getTimezoneOffset());
      }}
    />
  );
}
