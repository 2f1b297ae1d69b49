// Drives the official Node.js VPC SDK against the benchmark's fixed-reply server on loopback.
//
// Prints one JSON line with the fields of the Rust bench's RunResult: requests per second, p50
// and p99 latency, CPU seconds of this process per 1,000 requests (process.cpuUsage) and peak
// RSS (process.resourceUsage().maxRSS). The client gets an explicit project id and endpoint, so
// no IAM lookup happens. --concurrency async loops each await one request at a time.
//
// Usage: node e2e.js --endpoint http://127.0.0.1:PORT --operation ListVpcs|CreateVpc
//        [--concurrency N] [--requests N] [--warmup N] [--max-seconds S]
'use strict';

const fs = require('fs');
const path = require('path');
const core = require('@huaweicloud/huaweicloud-sdk-core');
const vpc = require('@huaweicloud/huaweicloud-sdk-vpc');

const ACCESS_KEY = 'BENCHAKEXAMPLE000000';
const SECRET_KEY = 'benchsecretkeyexample0000000000000000000';
const PROJECT_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = {
    endpoint: null,
    operation: null,
    concurrency: 1,
    requests: 5000,
    warmup: 200,
    maxSeconds: 20,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) fail(`${flag} needs a value`);
    switch (flag) {
      case '--endpoint': args.endpoint = value; break;
      case '--operation': args.operation = value; break;
      case '--concurrency': args.concurrency = Number(value); break;
      case '--requests': args.requests = Number(value); break;
      case '--warmup': args.warmup = Number(value); break;
      case '--max-seconds': args.maxSeconds = Number(value); break;
      default: fail(`unknown option ${flag}`);
    }
  }
  if (!args.endpoint) fail('--endpoint is required, such as http://127.0.0.1:8080');
  const host = new URL(args.endpoint).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    fail(`endpoint ${args.endpoint} is not on loopback: use http://127.0.0.1:PORT`);
  }
  if (!['ListVpcs', 'CreateVpc'].includes(args.operation)) {
    fail(`--operation ${args.operation} is invalid: use ListVpcs or CreateVpc`);
  }
  for (const name of ['concurrency', 'requests', 'maxSeconds']) {
    if (!(args[name] > 0)) fail(`--${name} ${args[name]} is invalid: use a positive number`);
  }
  return args;
}

function buildCall(client, operation) {
  if (operation === 'ListVpcs') {
    return () => client.listVpcs(new vpc.ListVpcsRequest());
  }
  const payloadPath = path.join(__dirname, '..', 'payload.json');
  const option = JSON.parse(fs.readFileSync(payloadPath, 'utf8')).create_vpc_request.vpc;
  return () => {
    const body = new vpc.CreateVpcOption()
      .withName(option.name)
      .withCidr(option.cidr)
      .withDescription(option.description)
      .withEnterpriseProjectId(option.enterprise_project_id)
      .withTags(option.tags);
    const request = new vpc.CreateVpcRequest()
      .withBody(new vpc.CreateVpcRequestBody().withVpc(body));
    return client.createVpc(request);
  };
}

// Runs up to `requests` calls with `concurrency` loops until the count or the deadline is used up.
async function run(call, concurrency, requests, deadline) {
  const state = { remaining: requests, latencies: [], errors: 0, firstError: null };
  const loop = async () => {
    while (state.remaining > 0 && Date.now() < deadline) {
      state.remaining -= 1;
      const started = process.hrtime.bigint();
      try {
        await call();
        state.latencies.push(Number(process.hrtime.bigint() - started) / 1000);
      } catch (error) {
        state.errors += 1;
        if (state.firstError === null) {
          state.firstError = String(error && (error.errorMsg || error.message) || error);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return state;
}

function nearestRank(sorted, percentile) {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((percentile / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const credentials = new core.BasicCredentials()
    .withAk(ACCESS_KEY)
    .withSk(SECRET_KEY)
    .withProjectId(PROJECT_ID);
  const client = vpc.VpcClient.newBuilder()
    .withCredential(credentials)
    .withEndpoint(args.endpoint)
    .build();
  const call = buildCall(client, args.operation);

  const warmup = await run(call, args.concurrency, args.warmup, Date.now() + args.maxSeconds * 1000);
  if (warmup.errors > 0) fail(`warm-up request failed: ${warmup.firstError}`);

  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const state = await run(call, args.concurrency, args.requests, Date.now() + args.maxSeconds * 1000);
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const latencies = state.latencies.sort((a, b) => a - b);
  const requests = latencies.length + state.errors;
  process.stdout.write(JSON.stringify({
    client: 'node',
    operation: args.operation,
    concurrency: args.concurrency,
    requests,
    errors: state.errors,
    first_error: state.firstError,
    wall_seconds: wallSeconds,
    requests_per_second: wallSeconds > 0 ? requests / wallSeconds : 0,
    p50_us: nearestRank(latencies, 50),
    p99_us: nearestRank(latencies, 99),
    cpu_seconds_per_1000: requests > 0 ? (cpuSeconds * 1000) / requests : 0,
    peak_rss_kib: process.resourceUsage().maxRSS,
  }) + '\n');
}

main().catch((error) => fail(error && error.stack || String(error)));
