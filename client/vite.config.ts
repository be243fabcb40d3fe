/**
 * Vite build for the browser client: the explorer (index.html) and GraphiQL (graphiql.html).
 * Everything, including Monaco's web workers, is bundled: the app loads nothing from the network.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs, so the build works wherever the server mounts it ("/", "/graphiql").
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // GraphiQL + Monaco are large by nature; the warning would only be noise.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      // React libraries mark modules "use client" for server components; meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      input: {
        index: fileURLToPath(new URL("./index.html", import.meta.url)),
        graphiql: fileURLToPath(new URL("./graphiql.html", import.meta.url)),
      },
    },
  },
  // Monaco's workers import other modules, so they must be ES module workers.
  worker: { format: "es" },
  server: {
    // `npm run dev:client` talks to a server started with `npm run serve`.
    proxy: { "/graphql": "http://127.0.0.1:4000" },
  },
});
