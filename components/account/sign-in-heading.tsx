import type { SignInPurpose } from "@/lib/auth/sign-in-purpose";
import { getPageTranslator } from "@/lib/i18n/request-locale";

/** The sign-in and sign-up pages' heading: what the reader was doing, when they were sent here. */
export function SignInHeading({ purpose, action }: { purpose: SignInPurpose; action: "signIn" | "signUp" }) {
  const t = getPageTranslator();
  if (!purpose) {
    return (
      <>
        <h1 className="font-serif text-3xl font-semibold">{t(action === "signIn" ? "auth.signIn" : "auth.signUp")}</h1>
        <p className="mt-2 text-muted">{t(action === "signIn" ? "auth.genericSignIn" : "auth.genericSignUp")}</p>
      </>
    );
  }
  const download = purpose.kind === "download";
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">
        {t(download ? "auth.purposeDownload" : "auth.purposeSave", { action })} <cite className="not-italic">{t("auth.quoted", { title: purpose.title })}</cite>
      </h1>
      <p className="mt-2 text-muted">{t(download ? "auth.purposeDownloadText" : "auth.purposeSaveText")}</p>
    </>
  );
}
