/** Figures of the selected zone (or of all Colombia). (Being built.) */
export function ZoneStats() {
  return null;
}
