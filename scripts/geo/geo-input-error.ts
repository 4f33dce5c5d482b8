/** An input the build cannot use; the message names the file and the problem. */
export class GeoInputError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'GeoInputError';
  }
}
