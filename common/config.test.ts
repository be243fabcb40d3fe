import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_CONTENT_SECURITY_POLICY, readConfig } from "./config.ts";

describe("readConfig: HTTP server", () => {
  it("listens on loopback only unless HOST opens it up", () => {
    expect(readConfig({}).http).toEqual({ port: 4000, host: "127.0.0.1" });
    expect(readConfig({ HOST: "0.0.0.0", PORT: "8080" }).http).toEqual({ port: 8080, host: "0.0.0.0" });
  });
});

describe("readConfig: API settings", () => {
  it("has safe defaults: open reads, writes disabled, same-origin only, CSP on", () => {
    const { api } = readConfig({});
    expect(api).toEqual({
      tokens: [],
      readAccess: "open",
      corsOrigins: [],
      securityHeaders: true,
      contentSecurityPolicy: DEFAULT_CONTENT_SECURITY_POLICY,
      maxRequestBytes: 1_000_000,
      transactionTimeoutMs: 15_000,
      overload: { maxInFlight: 32, maxQueue: 64, queueTimeoutMs: 2_000, maxEventLoopLagMs: 500 },
    });
  });

  it("reads the load-shedding limits, and refuses nonsense", () => {
    const { api } = readConfig({
      MAX_CONCURRENT_REQUESTS: "4",
      MAX_QUEUED_REQUESTS: "0",
      QUEUE_TIMEOUT_MS: "750",
      MAX_EVENT_LOOP_LAG_MS: "0",
    });
    expect(api.overload).toEqual({ maxInFlight: 4, maxQueue: 0, queueTimeoutMs: 750, maxEventLoopLagMs: 0 });
    expect(() => readConfig({ MAX_CONCURRENT_REQUESTS: "0" })).toThrow(/MAX_CONCURRENT_REQUESTS/);
  });

  it("reads named write and read tokens, origins and limits", () => {
    const { api } = readConfig({
      API_TOKENS: "anna:0123456789abcdef0123, bob:fedcba9876543210fedc",
      API_READ_TOKENS: "dashboard:read-only-token-123456",
      READ_ACCESS: "token",
      CORS_ORIGINS: "https://a.example.org, http://localhost:5173/",
      MAX_REQUEST_BYTES: "2000000",
      DB_TRANSACTION_TIMEOUT_MS: "5000",
      CONTENT_SECURITY_POLICY: "",
    });
    expect(api.tokens).toEqual([
      { name: "anna", token: "0123456789abcdef0123", scope: "write" },
      { name: "bob", token: "fedcba9876543210fedc", scope: "write" },
      { name: "dashboard", token: "read-only-token-123456", scope: "read" },
    ]);
    expect(api).toMatchObject({
      readAccess: "token",
      corsOrigins: ["https://a.example.org", "http://localhost:5173"],
      maxRequestBytes: 2_000_000,
      transactionTimeoutMs: 5_000,
      contentSecurityPolicy: null,
    });
  });

  it("reports every problem at once", () => {
    let error: unknown;
    try {
      readConfig({
        API_TOKENS: "short:abc,noname,anna:0123456789abcdef0123,anna:0123456789abcdef9999",
        CORS_ORIGINS: "example.org",
        DB_TRANSACTION_TIMEOUT_MS: "5",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining("DB_TRANSACTION_TIMEOUT_MS"),
      expect.stringContaining('the token of "short"'),
      expect.stringContaining("entry 2 must be name:token"),
      expect.stringContaining('"anna" is used twice'),
      expect.stringContaining('"example.org" is not an origin'),
    ]);
  });

  it("refuses closed reads without any token", () => {
    expect(() => readConfig({ READ_ACCESS: "token" })).toThrow(/READ_ACCESS=token needs/);
  });
});
