// One linter for the whole repository: typescript-eslint's recommended rules.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "client/dist/**",
      "neo4j-launcher/target/**",
      "data/**",
      "bench/results/**",
      "bench/tmp/**",
      "test-results/**",
      // Written by GraphQL Code Generator (npm run codegen).
      "server/generated/**",
      "client/src/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
