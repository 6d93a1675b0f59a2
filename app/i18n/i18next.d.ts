// Types i18next's `t` with the English resources, so a misspelt key fails typecheck.
import "i18next";
import type { Resources } from "./en";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Resources };
  }
}
