import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddress, ipv6Prefix } from "@/lib/security/request";

const forwarded = (address: string) => clientAddress(new Headers({ "x-forwarded-for": address }));

describe("clientAddress", () => {
  it("counts an IPv4 client by its address", () => {
    expect(forwarded("203.0.113.7")).toBe("203.0.113.7");
    expect(forwarded("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(forwarded("not an address")).toBe("unknown");
  });

  // Issue 30, finding 6: 40 sign-ins from 2001:db8:1:2::1 to ::28 were 40 clients.
  it("counts every address of one /64 as one client", () => {
    const keys = new Set(Array.from({ length: 40 }, (_, i) => forwarded(`2001:db8:1:2::${(i + 1).toString(16)}`)));
    expect([...keys]).toEqual(["2001:db8:1:2::/64"]);
    expect(forwarded("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(forwarded("2001:0DB8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
  });
});

describe("ipv6Prefix", () => {
  it.each([
    ["::1", 64, "0:0:0:0::/64"],
    ["2001:db8::1", 48, "2001:db8:0::/48"],
    ["2001:db8:abcd:12ff::1", 56, "2001:db8:abcd:1200::/56"],
    ["64:ff9b::192.0.2.1", 128, "64:ff9b:0:0:0:0:c000:201/128"],
    ["fe80::1%eth0", 64, "fe80:0:0:0::/64"],
  ])("%s /%d is %s", (address, bits, expected) => {
    expect(ipv6Prefix(address, bits)).toBe(expected);
  });

  const hextet = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
  it("gives two addresses the same key exactly when their first 64 bits agree", () => {
    fc.assert(
      fc.property(fc.array(hextet, { minLength: 8, maxLength: 8 }), fc.array(hextet, { minLength: 8, maxLength: 8 }), (a, b) => {
        const same = a.slice(0, 4).every((g, i) => parseInt(g, 16) === parseInt(b[i], 16));
        expect(ipv6Prefix(a.join(":"), 64) === ipv6Prefix(b.join(":"), 64)).toBe(same);
        // The compressed spelling of the same address is the same key.
        expect(ipv6Prefix(`${a.slice(0, 4).join(":")}::${a[7]}`, 64)).toBe(ipv6Prefix(a.join(":"), 64));
      }),
    );
  });
});
