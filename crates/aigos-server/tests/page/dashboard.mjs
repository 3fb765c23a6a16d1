// The dashboard page of `aigos serve` in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core):
// - it loads, asks for the operator token, and a wrong token is refused;
// - its tiles show the same numbers as GET /v1/dashboard;
// - a new decision appears in the table and the chart without a reload;
// - an agent blocked by the rate limiter gets an unblock button that works
//   with the operator's credential;
// - a screenshot is saved to target/dashboard.png.
//
//   node dashboard.mjs AIGOS_BINARY SCREENSHOT
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const [binary, screenshot] = process.argv.slice(2);
const fail = (msg) => { console.error("FAIL: " + msg); process.exitCode = 1; throw new Error(msg); };
const check = (ok, msg) => { if (!ok) fail(msg); console.log("ok - " + msg); };

// A setup whose agent is blocked after one refused request (rate 1, burst 1, block after 1), plaintext on loopback.
const dir = mkdtempSync(join(tmpdir(), "aigos-page-"));
const setup = join(dir, "s");
execFileSync(binary, ["init", setup]);
const configPath = join(setup, "aigos.toml");
let config = readFileSync(configPath, "utf8")
  .split("\n").filter((l) => !/^(cert = "certs\/server.pem"|key = "certs\/server.key.pem"|client_ca = )/.test(l)).join("\n")
  .replace("rate = 20\n", "rate = 1\n").replace("burst = 20\n", "burst = 1\n").replace("block_after = 5\n", "block_after = 1\n");
writeFileSync(configPath, config);
const operatorToken = readFileSync(join(setup, "keys/operator.token"), "utf8").trim();

const server = spawn(binary, ["serve", "--config", configPath, "--listen", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((ok, no) => {
  createInterface({ input: server.stdout }).once("line", (l) => ok(JSON.parse(l).listening));
  server.once("exit", (c) => no(new Error("aigos serve exited " + c)));
});

// One validation, with a token the CLI binds to the request.
let n = 0;
async function validate(value) {
  const request = {
    agent_id: "demo-agent", instance_id: "demo-agent-1", action: "config_change", tool: "config.update", resource: "",
    severity: "LOW", environment: "production", payload: { key: "log_level", value }, timestamp: Math.floor(Date.now() / 1000),
    lineage: { generation_depth: 0, parent_instance_id: null, root_instance_id: "demo-agent-1" },
  };
  const file = join(dir, `request-${n++}.json`);
  writeFileSync(file, JSON.stringify(request));
  const token = execFileSync(binary, ["token", "issue", "--key", join(setup, "keys/demo-agent.key.pem"), "--kid", "demo-agent-key-1",
    "--aud", "aigos-guard", "--sub", "demo-agent", "--request", file], { encoding: "utf8" }).trim();
  const r = await fetch(url + "/v1/validate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...request, token }) });
  return (await r.json()).status;
}
const dashboard = async () => (await fetch(url + "/v1/dashboard", { headers: { authorization: "Bearer " + operatorToken } })).json();

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url + "/");
  check(await page.isVisible("#login"), "the page loads and asks for the operator token");

  // A wrong token is refused and the page says so.
  await page.fill("#token", "guess");
  await page.click("#login button");
  await page.waitForSelector("#login-error:has-text('refused')");
  check(true, "a wrong token is refused");

  await page.fill("#token", operatorToken);
  await page.click("#login button");
  await page.waitForSelector("#t-status:not(:has-text('–'))");
  const d = await dashboard();
  const tile = async (id) => (await page.textContent("#" + id)).trim();
  check(await tile("t-status") === d.overall_status, `overall status tile = ${d.overall_status}`);
  check(await tile("t-zt") === (d.zero_trust ? "on" : "off"), "zero-trust tile");
  check(await tile("t-threat") === d.threat_level, `threat level tile = ${d.threat_level}`);
  check((await tile("t-audit")).includes(String(d.audit_integrity.records)), `audit integrity tile shows ${d.audit_integrity.records} records`);
  check(await tile("t-enc") === (d.audit_encryption ? "on" : "off"), "encryption tile");
  check(await tile("t-mfa") === `${d.mfa.satisfied} / ${d.mfa.required}`, "MFA compliance tile");
  check(await tile("t-coe") === `${d.coe.satisfied} / ${d.coe.required}`, "CoE compliance tile");

  // A new decision shows up live, then two more get the agent rate-limited and blocked.
  check(await validate("info") === "APPROVED", "a decision is made");
  await page.waitForSelector("#decisions tr:has-text('config.update'):has-text('APPROVED')", { timeout: 10000 });
  check(true, "the decision appears without a reload");
  await validate("debug");
  await validate("warn");
  await page.waitForSelector("#decisions tr:has-text('REJECTED')", { timeout: 10000 });
  await page.waitForSelector("#blocked button:has-text('unblock')", { timeout: 15000 });
  const after = await dashboard();
  check(after.blocked_agents.includes("demo-agent"), "the agent is blocked");
  check(await tile("t-rate") === `${Math.round(100 * after.success_rate)}% of ${after.total_validations}`, `approval rate tile = ${Math.round(100 * after.success_rate)}% of ${after.total_validations}`);
  check(await page.locator("#chart rect[height]:not([height='0'])").count() >= 1, "the chart has a bar for this minute");
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.click("#blocked button:has-text('unblock')");
  await page.waitForSelector("#blocked td:has-text('none')", { timeout: 10000 });
  check((await dashboard()).blocked_agents.length === 0, "the unblock button lifted the block");
  check(errors.length === 0, "no script errors: " + errors.join("; "));
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
