/** The filtered interventions as a table linked to the map. (Being built: see the table issue.) */
export function InterventionsTable() {
  return null;
}
