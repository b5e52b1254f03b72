import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A small HTTP/1.1 load driver for bench/load.sh, run as a source file (java bench/LoadDriver.java …),
 * so it needs nothing but the JDK. Loopback only, bounded in requests and in time.
 *
 *   --mode closed   N connections send back to back: the most the server can answer (throughput)
 *   --mode rate     requests scheduled at a constant rate (wrk2-style); latency is measured from
 *                   the scheduled send time, so a stalled server is not hidden (coordinated omission)
 *   --mode first    polls until the first 2xx answer; prints the milliseconds since --since-millis
 *   --mode batch    posts --batches batches of --items copies of the body (each with its own employeeId) to
 *                   the URL (the batch endpoint) one after another; prints evaluations stored per second
 *
 * Options: --url http://127.0.0.1:PORT/path --body FILE --connections N --seconds S --rate R
 *          --max-requests N --warmup-seconds S --label TEXT --since-millis EPOCH_MS --timeout-seconds S
 */
public class LoadDriver {
    private static final int MAX_REQUESTS_CEILING = 5_000_000;
    private static final int MAX_SECONDS_CEILING = 600;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        URI url = URI.create(o.getOrDefault("url", "http://127.0.0.1:8080/api/v1/evaluations"));
        InetAddress host = InetAddress.getByName(url.getHost());
        if (!host.isLoopbackAddress()) {
            throw new IllegalArgumentException("LoadDriver only sends to loopback addresses, not " + host);
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        byte[] body = o.containsKey("body") ? Files.readAllBytes(Path.of(o.get("body"))) : new byte[0];
        byte[] request = request(url, body);
        String mode = o.getOrDefault("mode", "closed");
        String label = o.getOrDefault("label", mode);
        if (mode.equals("first")) {
            first(host, port, request, Long.parseLong(o.get("since-millis")),
                    Integer.parseInt(o.getOrDefault("timeout-seconds", "60")), label);
            return;
        }
        if (mode.equals("batch")) {
            batch(url, new String(body, StandardCharsets.UTF_8), Math.min(10_000, Integer.parseInt(o.getOrDefault("items", "10000"))),
                    Math.min(100, Integer.parseInt(o.getOrDefault("batches", "3"))), label);
            return;
        }
        int connections = Integer.parseInt(o.getOrDefault("connections", "8"));
        int seconds = Math.min(MAX_SECONDS_CEILING, Integer.parseInt(o.getOrDefault("seconds", "20")));
        int maxRequests = Math.min(MAX_REQUESTS_CEILING, Integer.parseInt(o.getOrDefault("max-requests", "1000000")));
        int warmup = Integer.parseInt(o.getOrDefault("warmup-seconds", "0"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        if (warmup > 0) {
            run(host, port, request, connections, Math.min(warmup, MAX_SECONDS_CEILING), maxRequests, mode.equals("rate") ? rate : 0);
        }
        Result r = run(host, port, request, connections, seconds, maxRequests, mode.equals("rate") ? rate : 0);
        r.print(label);
    }

    /** One connection per worker; in rate mode, worker threads take the next scheduled slot. */
    static Result run(InetAddress host, int port, byte[] request, int connections, int seconds, int maxRequests,
                      double rate) throws Exception {
        long[] latencies = new long[maxRequests];
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        double periodNanos = rate > 0 ? 1e9 / rate : 0;
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                Connection conn = null;
                try {
                    while (true) {
                        long i = next.getAndIncrement();
                        if (i >= maxRequests) {
                            return;
                        }
                        long intended = rate > 0 ? start + (long) (i * periodNanos) : System.nanoTime();
                        if (intended >= deadline || System.nanoTime() >= deadline) {
                            latencies[(int) i] = -1;
                            return;
                        }
                        long wait;
                        while ((wait = intended - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        try {
                            if (conn == null) {
                                conn = new Connection(host, port);
                            }
                            int status = conn.exchange(request);
                            if (status < 200 || status > 299) {
                                errors.incrementAndGet();
                            }
                            if (conn.closedByServer) {
                                conn.close();
                                conn = null;
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            if (conn != null) {
                                conn.close();
                            }
                            conn = null;
                        }
                        latencies[(int) i] = System.nanoTime() - intended;
                    }
                } finally {
                    if (conn != null) {
                        conn.close();
                    }
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long elapsed = System.nanoTime() - start;
        long issued = Math.min(next.get(), maxRequests);
        long[] measured = Arrays.stream(latencies, 0, (int) issued).filter(l -> l > 0).sorted().toArray();
        return new Result(measured, errors.get(), elapsed, rate);
    }

    static void first(InetAddress host, int port, byte[] request, long sinceMillis, int timeoutSeconds, String label)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            try (Connection conn = new Connection(host, port)) {
                int status = conn.exchange(request);
                if (status >= 200 && status <= 299) {
                    System.out.printf(Locale.ROOT, "%s first_answer_ms=%d%n", label, System.currentTimeMillis() - sinceMillis);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        System.out.printf(Locale.ROOT, "%s first_answer_ms=timeout%n", label);
        System.exit(1);
    }

    record Result(long[] sorted, long errors, long elapsedNanos, double rate) {
        void print(String label) {
            double secs = elapsedNanos / 1e9;
            System.out.printf(Locale.ROOT, "%s requests=%d errors=%d seconds=%.1f throughput=%.0f/s%s p50=%.2fms p90=%.2fms"
                            + " p99=%.2fms p999=%.2fms max=%.2fms%n", label, sorted.length, errors, secs, sorted.length / secs,
                    rate > 0 ? String.format(Locale.ROOT, " target_rate=%.0f/s", rate) : "",
                    pct(0.50), pct(0.90), pct(0.99), pct(0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        double pct(double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    /** A keep-alive HTTP/1.1 connection that reads Content-Length and chunked bodies. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int limit;
        /** The server answered with "Connection: close" (Tomcat does after 100 requests on one connection). */
        boolean closedByServer;

        Connection(InetAddress host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            closedByServer = close;
            return status;
        }

        private int read() throws IOException {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    throw new IOException("connection closed");
                }
            }
            return buffer[pos++];
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            for (int b = read(); b != '\n'; b = read()) {
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                if (pos == limit) {
                    read();
                    pos--;
                }
                int step = (int) Math.min(n, limit - pos);
                pos += step;
                n -= step;
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Whole batches, timed from send to the last byte of the answer; the answer's summary must count them all. */
    static void batch(URI url, String single, int items, int batches, String label) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = url.getRawUserInfo() == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString(url.getRawUserInfo().getBytes(StandardCharsets.UTF_8));
        URI target = new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null);
        StringBuilder line = new StringBuilder();
        double allSeconds = 0;
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder(items * (single.length() + 16)).append("{\"items\":[");
            for (int i = 0; i < items; i++) {
                body.append(i == 0 ? "" : ",").append(single.replaceFirst("\"employeeId\"\\s*:\\s*\"[^\"]*\"",
                        "\"employeeId\":\"B" + b + "-" + i + "\""));
            }
            body.append("]}");
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(300))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            allSeconds += seconds;
            String summary = response.body().replaceAll("(?s).*\"summary\"\\s*:\\s*(\\{[^}]*}).*", "$1");
            line.append(String.format(Locale.ROOT, " batch%d=%.0f/s(%d items in %.2fs, HTTP %d, %s)", b + 1,
                    items / seconds, items, seconds, response.statusCode(), summary));
        }
        // The batches' own time: building the next body between them is the driver's, not the server's.
        if (batches > 1) {
            line.append(String.format(Locale.ROOT, " all=%.0f/s(%d items in %.1fs)", items * batches / allSeconds,
                    items * batches, allSeconds));
        }
        System.out.println(label + line);
    }

    private static byte[] request(URI url, byte[] body) {
        // user:key in the URL becomes HTTP Basic, as curl does.
        String auth = url.getRawUserInfo() == null ? "" : "\r\nAuthorization: Basic " + Base64.getEncoder()
                .encodeToString(url.getRawUserInfo().getBytes(StandardCharsets.UTF_8));
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort() + auth
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
