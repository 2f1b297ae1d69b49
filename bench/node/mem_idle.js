// Measures the memory of one idle official Node.js VPC client.
//
// Prints one JSON line: RSS and V8 heap after the requires, after building the client, and the
// differences, in KiB. Run with --expose-gc so that garbage is collected before each reading.
// The client is built with an explicit project id and a loopback endpoint and sends nothing.
'use strict';

const core = require('@huaweicloud/huaweicloud-sdk-core');
const vpc = require('@huaweicloud/huaweicloud-sdk-vpc');

function reading() {
  if (typeof global.gc === 'function') global.gc();
  const usage = process.memoryUsage();
  return { rss: Math.round(usage.rss / 1024), heap: Math.round(usage.heapUsed / 1024) };
}

const before = reading();
const client = vpc.VpcClient.newBuilder()
  .withCredential(new core.BasicCredentials()
    .withAk('BENCHAKEXAMPLE000000')
    .withSk('benchsecretkeyexample0000000000000000000')
    .withProjectId('0a1b2c3d4e5f60718293a4b5c6d7e8f9'))
  .withEndpoint('http://127.0.0.1:9')
  .build();
const after = reading();

process.stdout.write(JSON.stringify({
  client: 'node',
  rss_before_client_kib: before.rss,
  rss_with_client_kib: after.rss,
  client_rss_kib: after.rss - before.rss,
  client_heap_kib: after.heap - before.heap,
  client_type: client.constructor.name,
}) + '\n');
