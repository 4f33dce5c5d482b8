// Fails with an install hint when Debian's Chromium is missing: the browser journeys never skip.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}.\n` +
      "The end-to-end tests need Debian's chromium package (no browser is downloaded):\n" +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to another Chromium binary.',
  );
  process.exit(1);
}
