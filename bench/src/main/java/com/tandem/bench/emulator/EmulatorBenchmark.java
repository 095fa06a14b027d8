package com.tandem.bench.emulator;

import com.tandem.emulator.GraphEmulator;
import com.tandem.emulator.Seed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the graph-emulator alone over loopback HTTP: 10,000 small event creates (one client,
 * then four concurrent clients, the mailbox concurrency limit) and reading a 10,000-event calendar
 * through {@code calendarView/delta} pages, against a baseline of {@code GET /me} round trips
 * measured in the same run.
 */
public final class EmulatorBenchmark {
  private static final Pattern NEXT =
      Pattern.compile("\"@odata\\.(nextLink|deltaLink)\":\"([^\"]+)\"");
  private static final int EVENTS = 10_000;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final String token;

  private EmulatorBenchmark(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** Runs the benchmark and prints requests per second. */
  public static void main(String[] args) throws Exception {
    try (GraphEmulator emulator = GraphEmulator.start(Seed.demo())) {
      emulator.control().limits(4, Integer.MAX_VALUE);
      String token =
          emulator
              .control()
              .delegatedToken(
                  "contoso",
                  "adele@contoso.test",
                  Seed.DEMO_CLIENT_ID,
                  "User.Read",
                  "Calendars.ReadWrite");
      EmulatorBenchmark bench = new EmulatorBenchmark(emulator.baseUrl(), token);
      bench.warmUp();
      double baseline = bench.rate("GET /v1.0/me (baseline)", 5_000, 1, i -> bench.get("/v1.0/me"));
      double single = bench.rate("POST /events, 1 client", EVENTS, 1, bench::create);
      emulator.control().reset();
      emulator.control().limits(4, Integer.MAX_VALUE);
      String token2 =
          emulator
              .control()
              .delegatedToken(
                  "contoso",
                  "adele@contoso.test",
                  Seed.DEMO_CLIENT_ID,
                  "User.Read",
                  "Calendars.ReadWrite");
      EmulatorBenchmark fresh = new EmulatorBenchmark(emulator.baseUrl(), token2);
      double four = fresh.rate("POST /events, 4 clients", EVENTS, 4, fresh::create);
      for (int pageSize : new int[] {100, 1000}) {
        fresh.delta(pageSize);
      }
      System.out.printf(
          Locale.ROOT,
          "ratio creates(1 client)/baseline: %.2f, creates(4 clients)/baseline: %.2f%n",
          single / baseline,
          four / baseline);
    }
  }

  private interface Call {
    void run(int i) throws Exception;
  }

  private void warmUp() throws Exception {
    for (int i = 0; i < 2_000; i++) {
      get("/v1.0/me");
    }
  }

  private double rate(String name, int count, int threads, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = offset; i < count; i += threads) {
                  call.run(i);
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = count / seconds;
    System.out.printf(
        Locale.ROOT,
        "%-32s %6d requests in %6.2f s = %8.0f requests/s%n",
        name,
        count,
        seconds,
        perSecond);
    return perSecond;
  }

  private void create(int i) throws IOException, InterruptedException {
    int day = 1 + (i % 28);
    String body =
        "{\"subject\":\"Event "
            + i
            + "\",\"start\":{\"dateTime\":\"2026-03-"
            + String.format(Locale.ROOT, "%02d", day)
            + "T10:00:00\",\"timeZone\":\"UTC\"},"
            + "\"end\":{\"dateTime\":\"2026-03-"
            + String.format(Locale.ROOT, "%02d", day)
            + "T11:00:00\",\"timeZone\":\"UTC\"}}";
    HttpResponse<String> r =
        client.send(
            request("/v1.0/me/events")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(r, 201);
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    check(r, 200);
    return r.body();
  }

  private void delta(int pageSize) throws Exception {
    long start = System.nanoTime();
    String next =
        base
            + "/v1.0/me/calendarView/delta?startDateTime=2026-03-01T00:00:00Z"
            + "&endDateTime=2026-04-01T00:00:00Z";
    int pages = 0;
    int items = 0;
    while (next != null) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(next))
                  .header("Authorization", "Bearer " + token)
                  .header("Prefer", "odata.maxpagesize=" + pageSize)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      check(r, 200);
      pages++;
      items += count(r.body());
      Matcher m = NEXT.matcher(r.body());
      next = m.find() && m.group(1).equals("nextLink") ? m.group(2) : null;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "calendarView/delta, %4d per page  %6d events in %3d pages in %6.2f s = %8.0f events/s, %6.1f pages/s%n",
        pageSize,
        items,
        pages,
        seconds,
        items / seconds,
        pages / seconds);
    if (items != EVENTS) {
      throw new IllegalStateException("expected " + EVENTS + " events but read " + items);
    }
  }

  private static int count(String body) {
    int n = 0;
    for (int i = body.indexOf("\"changeKey\""); i >= 0; i = body.indexOf("\"changeKey\"", i + 1)) {
      n++;
    }
    return n;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token);
  }

  private static void check(HttpResponse<String> r, int expected) {
    if (r.statusCode() != expected) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
  }
}
