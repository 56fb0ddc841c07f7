"""The real Bittensor 10.5 SDK (PyPI) against our `subtensor --dev`: connect through the V15 metadata, read
balances, subnets and metagraphs, and submit transfers, subnet registration, start_call, burned_register,
add_stake, a sudo call composed by name, and set_weights. Prints one JSON object on the last line.

Usage: sdk_chain_interop.py WS_URL WALLET_DIR
"""
import json
import sys
import time

import bittensor as bt
from bittensor_wallet import Wallet
from scalecodec.base import RuntimeConfiguration, ScaleBytes
from scalecodec.type_registry import load_type_registry_preset

url, wallet_dir = sys.argv[1], sys.argv[2]
BOB = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
result = {}


def wallet(name, coldkey_uri, hotkey_uri):
    w = Wallet(name=name, hotkey="default", path=wallet_dir)
    w.create_coldkey_from_uri(coldkey_uri, use_password=False, overwrite=True, suppress=True)
    w.create_hotkey_from_uri(hotkey_uri, use_password=False, overwrite=True, suppress=True)
    return w


def wait_until(condition, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


owner = wallet("owner", "//Alice", "//Alice//sdk-owner-hotkey")
miner = wallet("miner", "//Bob", "//Bob//sdk-miner-hotkey")
st = bt.Subtensor(network=url)
result["block"] = st.get_current_block()
result["alice_balance_rao"] = st.get_balance(owner.coldkeypub.ss58_address).rao
result["existential_deposit_rao"] = st.get_existential_deposit().rao

raw = st.substrate.rpc_request("state_getMetadata", [])["result"]
config = RuntimeConfiguration()
config.update_type_registry(load_type_registry_preset("core"))
v14 = config.create_scale_object("MetadataVersioned", data=ScaleBytes(raw))
v14.decode()
result["v14_pallets"] = [p["name"] for p in v14.value[1]["V14"]["pallets"]]

before = st.get_balance(BOB).rao
r = st.transfer(wallet=owner, destination_ss58=BOB, amount=bt.Balance.from_tao(1.5), wait_for_inclusion=True)
result["transfer"] = {
    "success": r.success, "message": r.message, "received_rao": st.get_balance(BOB).rao - before,
    "fee_rao": r.extrinsic_fee.rao if r.extrinsic_fee else None,
    "events": [e["event"]["module_id"] + "." + e["event"]["event_id"] for e in r.extrinsic_receipt.triggered_events],
}

netuids_before = set(st.get_all_subnets_netuid())
r = st.register_subnet(wallet=owner, wait_for_inclusion=True)
netuid = max(set(st.get_all_subnets_netuid()) - netuids_before, default=None)
result["register_subnet"] = {"success": r.success, "message": r.message, "netuid": netuid}
r = st.start_call(wallet=owner, netuid=netuid, wait_for_inclusion=True)
result["start_call"] = {"success": r.success, "message": r.message}
r = st.burned_register(wallet=miner, netuid=netuid, wait_for_inclusion=True)
result["burned_register"] = {
    "success": r.success, "message": r.message,
    "uid": st.get_uid_for_hotkey_on_subnet(miner.hotkey.ss58_address, netuid),
}
r = st.add_stake(wallet=owner, netuid=netuid, hotkey_ss58=owner.hotkey.ss58_address,
                 amount=bt.Balance.from_tao(100), wait_for_inclusion=True)
stake = st.get_stake(coldkey_ss58=owner.coldkeypub.ss58_address, hotkey_ss58=owner.hotkey.ss58_address, netuid=netuid)
result["add_stake"] = {"success": r.success, "message": r.message, "stake_rao": stake.rao}

inner = st.substrate.compose_call("AdminUtils", "sudo_set_weights_set_rate_limit",
                                  {"netuid": netuid, "weights_set_rate_limit": 0})
call = st.substrate.compose_call("Sudo", "sudo", {"call": inner})
extrinsic = st.substrate.create_signed_extrinsic(call=call, keypair=owner.coldkey)
receipt = st.substrate.submit_extrinsic(extrinsic, wait_for_inclusion=True)
result["sudo"] = {"success": receipt.is_success,
                  "rate_limit": st.get_subnet_hyperparameters(netuid).weights_rate_limit}

wait_until(lambda: st.metagraph(netuid).validator_permit[0])
miner_uid = result["burned_register"]["uid"]
r = st.set_weights(wallet=owner, netuid=netuid, uids=[miner_uid], weights=[1.0], wait_for_inclusion=True)
result["set_weights"] = {"success": r.success, "message": r.message}

wait_until(lambda: st.metagraph(netuid).incentive[miner_uid] > 0)
mg = st.metagraph(netuid)
result["metagraph"] = {
    "n": int(mg.n), "hotkeys": list(mg.hotkeys), "incentive": [float(x) for x in mg.incentive],
    "dividends": [float(x) for x in mg.dividends], "validator_permit": [bool(x) for x in mg.validator_permit],
}
print(json.dumps(result))
