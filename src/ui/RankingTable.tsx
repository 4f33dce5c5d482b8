/** Zones of a layer ranked by a metric. (Being built.) */
export function RankingTable() {
  return null;
}
