/** The look shared by every tab the add-on writes. */
export const HEADER_BG = "#d9e2f3";
export const TITLE_BG = "#1f4e79";
export const TITLE_COLOR = "#ffffff";
export const SEVERITY_BG = { error: "#f4c7c3", warning: "#fce8b2" } as const;
