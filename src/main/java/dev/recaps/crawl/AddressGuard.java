package dev.recaps.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells whether a host resolves into a private, loopback, link-local or otherwise internal range,
 * so a crawl of the public web can never be steered (by a link or a redirect) into the local
 * network or a cloud metadata endpoint.
 */
final class AddressGuard {
  private final Map<String, Boolean> cache = new HashMap<>();

  /**
   * True when any address of {@code host} is internal. An unresolvable host is not internal: the
   * fetch itself then fails with a clear "unknown host" error.
   */
  boolean isInternal(String host) {
    return cache.computeIfAbsent(host.toLowerCase(java.util.Locale.ROOT), h -> {
      try {
        for (InetAddress address : InetAddress.getAllByName(stripBrackets(h))) {
          if (isInternal(address)) {
            return true;
          }
        }
        return false;
      } catch (UnknownHostException e) {
        return false;
      }
    });
  }

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
        || a.isAnyLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0
        || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT 100.64/10
        || (first == 198 && (second == 18 || second == 19)); // benchmarking 198.18/15
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
