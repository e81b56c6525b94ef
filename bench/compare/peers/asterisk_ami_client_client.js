// SPDX-License-Identifier: GPL-3.0-or-later
// bench/compare peer: npm asterisk-ami-client, counting every event per type.
//   node asterisk_ami_client_client.js PORT EVENTS   (NODE_PATH: the npm folder)
'use strict';
const AmiClient = require('asterisk-ami-client');
const port = Number(process.argv[2]);
const expected = Number(process.argv[3]);
const counts = new Map();
let total = 0;
let start = null;
const client = new AmiClient({ reconnect: false, keepAlive: false, emitEventsByTypes: false });
client.on('event', (evt) => {
    counts.set(evt.Event, (counts.get(evt.Event) || 0) + 1);
    if (++total === expected)
        report(0);
});
// The server closes after the corpus: whatever was counted by then is the result.
client.on('disconnect', () => report(1));

function report(code) {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const types = [...counts].map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`EVENTS ${total} SECONDS ${seconds.toFixed(6)} TYPES ${types}`);
    process.exit(code);
}
client.connect('bench', 'bench', { host: '127.0.0.1', port })
    .catch((e) => { console.error(String(e)); process.exit(1); });
start = process.hrtime.bigint();
