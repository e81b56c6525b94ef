// SPDX-License-Identifier: GPL-3.0-or-later
// bench/compare peer: npm asterisk-manager, counting every event per type.
//   node asterisk_manager_client.js PORT EVENTS   (NODE_PATH: the npm folder)
'use strict';
const AsteriskManager = require('asterisk-manager');
const port = Number(process.argv[2]);
const expected = Number(process.argv[3]);
const counts = new Map();
let total = 0;
let start = null;
const ami = new AsteriskManager(port, '127.0.0.1', 'bench', 'bench', true);
ami.on('connect', () => { start = process.hrtime.bigint(); });
ami.on('managerevent', (evt) => {
    counts.set(evt.event, (counts.get(evt.event) || 0) + 1);
    if (++total === expected)
        report(0);
});
// The server closes after the corpus: whatever was counted by then is the result.
ami.on('close', () => report(1));

function report(code) {
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const types = [...counts].map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`EVENTS ${total} SECONDS ${seconds.toFixed(6)} TYPES ${types}`);
    process.exit(code);
}
ami.on('error', (e) => { console.error(String(e)); process.exit(1); });
