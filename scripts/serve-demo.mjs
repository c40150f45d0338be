/** Serves the project folder as plain static files, as a host site would: no dev-server script is injected. */
import { serveStatic } from './static-server.mjs';

const port = Number(process.env.PORT ?? 5173);
const { url } = await serveStatic(process.cwd(), port);
console.log(
  `Demo: ${url}/demo/ (from JSON), ${url}/demo/slotted.html (from plain HTML) and ${url}/demo/feeds.html (from URLs). Ctrl+C stops.`,
);
