"""Hostile-but-real requests to an axon, built with Bittensor 10.5's own Dendrite signing: a valid request sent
twice (the replay must be refused), one without its signature header, and one correctly signed with a nonce a
minute old. Prints {"first": status, "replay": status, "unsigned": status, "stale": status}.

Usage: replay_probe.py PORT AXON_SS58   (wallets under $BT_HARNESS_WALLETS, as the harness makes them)
"""
import json
import sys
import time

import aiohttp
import asyncio

from bt_common import DENDRITE_MNEMONIC, Dummy, axon_info, bt, make_wallet

port, axon_hotkey = int(sys.argv[1]), sys.argv[2]
wallet = make_wallet("harness-dendrite", DENDRITE_MNEMONIC)
dendrite = bt.Dendrite(wallet=wallet)
target = axon_info(port, axon_hotkey)
url = f"http://127.0.0.1:{port}/Dummy"


def prepared(nonce=None):
    synapse = dendrite.preprocess_synapse_for_request(target, Dummy(input=5), timeout=12.0)
    if nonce is not None:
        synapse.dendrite.nonce = nonce
        message = f"{nonce}.{synapse.dendrite.hotkey}.{axon_hotkey}.{synapse.dendrite.uuid}.{synapse.body_hash}"
        synapse.dendrite.signature = "0x" + wallet.hotkey.sign(message.encode()).hex()
    return synapse.to_headers(), synapse.model_dump()


async def post(session, headers, body):
    async with session.post(url, headers=headers, json=body) as response:
        return response.status


async def main():
    async with aiohttp.ClientSession() as session:
        headers, body = prepared()
        first = await post(session, headers, body)
        replay = await post(session, headers, body)
        headers, body = prepared()
        headers.pop("bt_header_dendrite_signature")
        unsigned = await post(session, headers, body)
        headers, body = prepared(nonce=time.time_ns() - 60_000_000_000)
        stale = await post(session, headers, body)
    print(json.dumps({"first": first, "replay": replay, "unsigned": unsigned, "stale": stale}))


asyncio.run(main())
