/** The look shared by every tab the add-on writes (the colours live in core/style.ts). */
import { HEADER_BG } from "../core/style";

export const HEADER_STYLE = { background: HEADER_BG, fontWeight: "bold" as const };
