#!/usr/bin/env python3
"""Independent big-integer transcription of substrate-fixed's exp (I32F32) and log2 (I96F32) from
specs/chain.md section 0.2, used to produce the expected raw bits hard-coded in
Tests/FixedPointTests/TranscendentalTests.swift. Run: python3 fixed_point_reference.py"""

def mul(a, b, frac):            # full product, arithmetic shift right (floor)
    return (a * b) >> frac

def div(a, b, frac):            # (a << frac) / b truncating toward zero
    n = a << frac
    q = abs(n) // abs(b)
    return q if (n >= 0) == (b > 0) else -q

def fits(v, bits):
    return -(1 << (bits - 1)) <= v < (1 << (bits - 1))

E_I9F23 = 0xADF85458A2BB4A9AAFDC5620273D3CF1 >> 103

def exp_i32f32(x):
    F, W = 32, 64
    one = 1 << F
    if x == 0: return one
    if x == one: return E_I9F23 << (F - 23)
    neg = x < 0
    x = -x if neg else x
    result = x + one
    term = x
    for i in range(2, F):
        term = mul(term, x, F)
        if not fits(term, W): return None
        term = div(term, i << F, F)
        if not fits(term, W): return None
        result += term
        if not fits(result, W): return None
    if neg:
        r = div(one, result, F)
        return r if fits(r, W) else None
    return result

def rs(x):
    return (x >> 1) + (x & 1)

def log2_inner(x, F):
    two = 2 << F
    result = 0
    while x >= two:
        result += 1
        x = rs(x)
    if x == 1 << F:
        return result << F
    for _ in range(F):
        x = mul(x, x, F)
        result <<= 1
        if x >= two:
            result |= 1
            x = rs(x)
    return result

def log2_i96f32(x):
    F = 32
    if x <= 0: return None
    if x < 1 << F:
        return -log2_inner(div(1 << F, x, F), F)
    return log2_inner(x, F)

if __name__ == "__main__":
    for name, raw in [("0.5", 1 << 31), ("-0.5", -(1 << 31)), ("2", 2 << 32), ("-2", -(2 << 32)),
                      ("10", 10 << 32), ("-10", -(10 << 32)), ("20", 20 << 32), ("-20", -(20 << 32)),
                      ("21", 21 << 32), ("ulp", 1), ("-ulp", -1), ("1+ulp", (1 << 32) + 1), ("-1", -(1 << 32)),
                      ("0.1", 429496730), ("3.25", 13 << 30)]:
        print("exp", name, raw, exp_i32f32(raw))
    for name, raw in [("3", 3 << 32), ("10", 10 << 32), ("0.75", 3 << 30), ("1.5", 3 << 31),
                      ("1e9", 10**9 << 32), ("ulp", 1), ("0.1", 429496730), ("e", E_I9F23 << 9)]:
        print("log2", name, raw, log2_i96f32(raw))
