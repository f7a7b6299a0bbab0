// The PouchDB side of `server_bench --table` (rows 2 and 3), run with the machine's Node.js and the
// pouchdb package server_bench installs under <build>/bench-peer (NODE_PATH points there).
//
//   node pouch_peer.js run SERVER_PORT DOCS_FILE WORK_DIR [BATCH]
//       Against pouchdb-server on 127.0.0.1:SERVER_PORT, through a byte-counting TCP proxy of its
//       own: loads DOCS_FILE (one JSON document a line) into a fresh local PouchDB on disk (not
//       timed: these are the offline changes), times replicate.to(remote, {batch_size}) (the push),
//       then times replicate.from(remote, {batch_size}) into another fresh local PouchDB (the cold
//       pull). Prints one JSON line: seconds, documents and bytes each way for both phases.
//   node pouch_peer.js proxy TARGET_PORT
//       The same counting proxy alone, for Muster's side: prints "listening PORT", then one JSON
//       line {"up":N,"down":M} (client->server, server->client bytes) as each connection closes.
'use strict';
const net = require('net');
const fs = require('fs');
const path = require('path');

function countingProxy(targetPort, onClose) {
  const totals = { up: 0, down: 0 };
  const server = net.createServer((client) => {
    const counts = { up: 0, down: 0 };
    const upstream = net.connect(targetPort, '127.0.0.1');
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.on('data', (d) => { counts.up += d.length; totals.up += d.length; });
    upstream.on('data', (d) => { counts.down += d.length; totals.down += d.length; });
    client.pipe(upstream);
    upstream.pipe(client);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      client.destroy();
      upstream.destroy();
      if (onClose) onClose(counts);
    };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, totals })));
}

async function waitForServer(port, seconds) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`pouchdb-server on port ${port} did not answer: ${e.message}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function run(serverPort, docsFile, workDir, batch) {
  const PouchDB = require('pouchdb');
  await waitForServer(serverPort, 60);
  const { server, totals } = await countingProxy(serverPort);
  const remoteUrl = `http://127.0.0.1:${server.address().port}/bench`;
  const docs = fs.readFileSync(docsFile, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));

  const device = new PouchDB(path.join(workDir, 'device-push'));
  for (let i = 0; i < docs.length; i += 5000) await device.bulkDocs(docs.slice(i, i + 5000));

  const remote = new PouchDB(remoteUrl);
  await remote.info();  // creates the database before the clock starts
  const reset = () => { totals.up = 0; totals.down = 0; };
  reset();
  let t0 = process.hrtime.bigint();
  const pushed = await device.replicate.to(remote, { batch_size: batch });
  const push = { seconds: Number(process.hrtime.bigint() - t0) / 1e9, docs: pushed.docs_written, up: totals.up, down: totals.down };

  const fresh = new PouchDB(path.join(workDir, 'device-pull'));
  reset();
  t0 = process.hrtime.bigint();
  const pulled = await fresh.replicate.from(remote, { batch_size: batch });
  const pull = { seconds: Number(process.hrtime.bigint() - t0) / 1e9, docs: pulled.docs_written, up: totals.up, down: totals.down };
  const info = await fresh.info();
  process.stdout.write(JSON.stringify({ push, pull, local_doc_count: info.doc_count, batch_size: batch,
    node: process.version, pouchdb: PouchDB.version }) + '\n');
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'proxy') {
    const { server } = await countingProxy(Number(args[0]), (c) => process.stdout.write(JSON.stringify(c) + '\n'));
    process.stdout.write(`listening ${server.address().port}\n`);
    return;
  }
  if (mode === 'run') {
    await run(Number(args[0]), args[1], args[2], Number(args[3] || 500));
    process.exit(0);
  }
  process.stderr.write('usage: pouch_peer.js run SERVER_PORT DOCS_FILE WORK_DIR [BATCH] | proxy TARGET_PORT\n');
  process.exit(2);
}
main().catch((e) => { process.stderr.write(`pouch_peer: ${e.stack || e}\n`); process.exit(1); });
