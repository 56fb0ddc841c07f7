#!/usr/bin/env python3
"""The Python side of the wallet interop tests: bittensor-wallet (from bittensor 10.5 on PyPI) opens,
creates, signs and verifies so the Swift tests can check our keys against the real SDK.

Every command prints one JSON object on stdout.

  open    PATH NAME HOTKEY PASSWORD        load coldkey (decrypting), coldkeypub and hotkey
  create  PATH NAME HOTKEY PASSWORD CRYPTO create an encrypted coldkey and a plain hotkey (CRYPTO: 0 or 1)
  sign    PATH NAME HOTKEY PASSWORD WHICH MESSAGE_HEX   sign with "coldkey" or "hotkey"
  verify  SS58 CRYPTO MESSAGE_HEX SIGNATURE_HEX         verify a signature
"""
import json
import sys

from bittensor_wallet import Keypair, Wallet


def open_wallet(path, name, hotkey, password):
    wallet = Wallet(name=name, hotkey=hotkey, path=path)
    coldkey = wallet.coldkey_file.get_keypair(password=password)
    return {
        "coldkey_ss58": coldkey.ss58_address,
        "coldkey_crypto": coldkey.crypto_type,
        "coldkey_encrypted": wallet.coldkey_file.is_encrypted(),
        "coldkeypub_ss58": wallet.coldkeypub_file.get_keypair().ss58_address,
        "hotkey_ss58": wallet.hotkey_file.get_keypair().ss58_address,
    }


def create_wallet(path, name, hotkey, password, crypto):
    wallet = Wallet(name=name, hotkey=hotkey, path=path)
    coldkey = Keypair.create_from_mnemonic(Keypair.generate_mnemonic(12), crypto_type=int(crypto))
    hot = Keypair.create_from_mnemonic(Keypair.generate_mnemonic(12), crypto_type=int(crypto))
    wallet.set_coldkey(coldkey, encrypt=True, overwrite=False, coldkey_password=password)
    wallet.set_coldkeypub(coldkey, overwrite=False)
    wallet.set_hotkey(hot, encrypt=False, overwrite=False)
    wallet.set_hotkeypub(hot, overwrite=False)
    return {"coldkey_ss58": coldkey.ss58_address, "hotkey_ss58": hot.ss58_address}


def sign(path, name, hotkey, password, which, message_hex):
    wallet = Wallet(name=name, hotkey=hotkey, path=path)
    keyfile = wallet.coldkey_file if which == "coldkey" else wallet.hotkey_file
    keypair = keyfile.get_keypair(password=password if which == "coldkey" else None)
    signature = keypair.sign(bytes.fromhex(message_hex))
    return {"signature": "0x" + signature.hex(), "ss58": keypair.ss58_address, "crypto": keypair.crypto_type}


def verify(ss58, crypto, message_hex, signature_hex):
    keypair = Keypair(ss58_address=ss58, crypto_type=int(crypto))
    return {"valid": bool(keypair.verify(bytes.fromhex(message_hex), bytes.fromhex(signature_hex.removeprefix("0x"))))}


COMMANDS = {"open": open_wallet, "create": create_wallet, "sign": sign, "verify": verify}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    print(json.dumps(COMMANDS[sys.argv[1]](*sys.argv[2:])))
