/** Messages of the calendar invites (PRODUCT.md §5) and the year planning of meetings, Dutch and English. */
export const invitesNl = {};

export const invitesEn: Record<keyof typeof invitesNl, string> = {};
