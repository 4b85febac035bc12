/**
 * Preloaded (`node --require`) into the CLI under test: every way Node opens a socket or resolves a
 * name is replaced by a function that records the attempt on stderr and throws, so the CLI fails
 * loudly if it ever reaches the network.
 */
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const tls = require('node:tls');
const dgram = require('node:dgram');

function deny(what) {
  return function denied() {
    const message = `NETWORK ACCESS: ${what} was called`;
    process.stderr.write(message + '\n');
    process.exitCode = 99;
    throw new Error(message);
  };
}

net.Socket.prototype.connect = deny('net.Socket.connect');
net.connect = net.createConnection = deny('net.connect');
tls.connect = deny('tls.connect');
dgram.createSocket = deny('dgram.createSocket');
dns.lookup = deny('dns.lookup');
dns.resolve = deny('dns.resolve');
dns.promises.lookup = deny('dns.promises.lookup');
http.request = http.get = deny('http.request');
https.request = https.get = deny('https.request');
globalThis.fetch = deny('fetch');
