/** Messages of the documents (PRODUCT.md §4: the voortgangsrapportage and the jaaractieplan), Dutch and English. */
export const documentsNl = {};

export const documentsEn: Record<keyof typeof documentsNl, string> = {};
