/** The time zones the sidebar offers: every zone the runtime knows (Intl), the network's own first. */
import { DEFAULT_TIME_ZONE } from "../dates";

/** A short list for a runtime without Intl.supportedValuesOf. */
const FALLBACK = [DEFAULT_TIME_ZONE, "Europe/Brussels", "Europe/London", "Europe/Berlin", "UTC"];

export function timeZoneList(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  let zones: string[] = [];
  try {
    zones = intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : [];
  } catch {
    zones = [];
  }
  const all = zones.length > 0 ? zones : FALLBACK;
  return [DEFAULT_TIME_ZONE, ...all.filter((z) => z !== DEFAULT_TIME_ZONE)];
}
