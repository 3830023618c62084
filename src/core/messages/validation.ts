/** Messages of validation (PRODUCT.md §2.7), Dutch and English. Placeholders: `{name}`. */
export const validationNl = {
  "severity.error": "Fout",
  "severity.warning": "Waarschuwing",
} as const;

export const validationEn: Record<keyof typeof validationNl, string> = {
  "severity.error": "Error",
  "severity.warning": "Warning",
};
