/** The look shared by every tab the add-on writes. */
export const HEADER_STYLE = { background: "#d9e2f3", fontWeight: "bold" as const };
export const PROTECTION_DESCRIPTION = "Netwerkplan: dit tabblad wordt door de add-on opnieuw gemaakt.";
