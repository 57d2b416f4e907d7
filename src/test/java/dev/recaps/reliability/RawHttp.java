package dev.recaps.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Speaks HTTP/1.1 over a plain socket, so a test can send what no HTTP client library would:
 * invalid bytes in the request line, broken percent-encoding, oversized headers, odd methods.
 */
final class RawHttp {
  /** The status of an answer, or {@link #NO_ANSWER} when the server closed without one. */
  record Answer(int status, String head, String body) {}

  static final int NO_ANSWER = -1;

  private final int port;
  private final InetAddress from;

  RawHttp(int port, InetAddress from) {
    this.port = port;
    this.from = from;
  }

  /** GET target with the usual headers and Connection: close. */
  static byte[] get(String target) {
    return request("GET", target, "");
  }

  static byte[] request(String method, String target, String extraHeaders) {
    return request(method, target, extraHeaders, "");
  }

  /** A request with a body; {@code extraHeaders} must give its Content-Length. */
  static byte[] request(String method, String target, String extraHeaders, String body) {
    return (method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: recaps-abuse-test\r\n"
        + extraHeaders + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  Answer send(byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException serverClosedEarly) {
        // The server may refuse an oversized request before reading it all; its answer still counts.
      }
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      for (int n; !complete(buffer) && (n = in.read(chunk)) > 0 && buffer.size() < 1_000_000; ) {
        buffer.write(chunk, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // A reset after the answer (the server discarding an unread body) still leaves the answer.
    }
    String text = buffer.toString(StandardCharsets.UTF_8);
    if (!text.startsWith("HTTP/1.")) {
      return new Answer(NO_ANSWER, text, "");
    }
    int blank = text.indexOf("\r\n\r\n");
    String head = blank < 0 ? text : text.substring(0, blank);
    String body = blank < 0 ? "" : text.substring(blank + 4);
    return new Answer(Integer.parseInt(text.substring(9, 12)), head, body);
  }

  /** Whether a whole answer is in (keep-alive answers never end with the connection). */
  private static boolean complete(ByteArrayOutputStream buffer) {
    byte[] bytes = buffer.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int blank = text.indexOf("\r\n\r\n");
    if (blank < 0) {
      return false;
    }
    String head = text.substring(0, blank).toLowerCase(java.util.Locale.ROOT);
    int bodyBytes = bytes.length - blank - 4;
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
    if (length.find()) {
      return bodyBytes >= Long.parseLong(length.group(1));
    }
    if (head.contains("transfer-encoding: chunked")) {
      return text.endsWith("\r\n0\r\n\r\n");
    }
    return head.startsWith("http/1.1 304") || head.startsWith("http/1.1 204");
  }
}
