import { defineConfig } from "vite";

// `vite build web` builds the analyst's app into web/dist, which `chronicle serve` serves.
// `vite web` runs a dev server that proxies the API to a `chronicle serve` on port 8080.
export default defineConfig({
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
