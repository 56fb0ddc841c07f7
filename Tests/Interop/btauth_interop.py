#!/usr/bin/env python3
"""The Python side of the btauth/1 interop tests: Bittensor 11's `bittensor.http_auth` (bittensor 11.3.0 on
PyPI, in its own venv) signs and verifies requests so the Swift tests can cross signatures with it.

Each command reads a JSON array of requests on stdin and prints a JSON array of results on stdout.

  sign    [{"uri", "crypto" (0 ed25519, 1 sr25519), "method", "path", "body_hex", "receiver" (or null),
            "nonce" (optional)}]
          -> [{"ss58", "headers"}]
  verify  [{"headers", "method", "path", "body_hex", "self_hotkey", "require_receiver" (optional, default true),
            "now_ns" (optional)}]
          -> [{"ok": true, "hotkey", "nonce", "crypto_type"}] or [{"ok": false, "error": class name, "message"}]

Keys come from secret URIs (`//Alice`, a mnemonic, `0x` seeds) through bittensor_core. Each verify request gets a
fresh nonce store, so replays are the Swift side's to test.
"""
import json
import sys

import bittensor.http_auth as http_auth
import bittensor_core


def sign(request):
    keypair = bittensor_core.Keypair.create_from_uri(request["uri"], int(request["crypto"]))
    headers = http_auth.sign(
        keypair,
        method=request["method"],
        path=request["path"],
        body=bytes.fromhex(request["body_hex"]),
        receiver_ss58=request.get("receiver"),
        nonce_ns=request.get("nonce"),
    )
    return {"ss58": keypair.ss58_address, "headers": headers}


def verify(request):
    try:
        caller = http_auth.verify(
            request["headers"],
            bytes.fromhex(request["body_hex"]),
            method=request["method"],
            path=request["path"],
            self_hotkey_ss58=request["self_hotkey"],
            require_receiver=request.get("require_receiver", True),
            nonce_store=http_auth.InMemoryNonceStore(),
            now_ns=request.get("now_ns"),
        )
    except http_auth.AuthError as error:
        return {"ok": False, "error": type(error).__name__, "message": str(error)}
    return {"ok": True, "hotkey": caller.hotkey_ss58, "nonce": caller.nonce_ns, "crypto_type": caller.crypto_type}


def main():
    commands = {"sign": sign, "verify": verify}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    requests = json.load(sys.stdin)
    print(json.dumps([commands[sys.argv[1]](request) for request in requests]))


if __name__ == "__main__":
    main()
