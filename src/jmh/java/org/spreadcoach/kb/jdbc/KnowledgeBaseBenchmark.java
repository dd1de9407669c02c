package org.spreadcoach.kb.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.spreadcoach.kb.AdviceCandidate;
import org.spreadcoach.kb.Exchange;
import org.spreadcoach.kb.KnowledgeBase;
import org.spreadcoach.kb.NewAdvice;
import org.spreadcoach.kb.SearchHit;

/**
 * The knowledge base's two speed targets: peer-advice search with 100,000 advice rows (p95 under 10
 * ms) and logging handled messages on SQLite (at least 2,000 per second).
 *
 * <pre>
 * mvn -B -Pbench package -DskipTests &amp;&amp; java -jar target/benchmarks.jar KnowledgeBaseBenchmark
 * </pre>
 *
 * PostgreSQL: add {@code -p backend=postgresql} with {@code SPREADCOACH_BENCH_PG_URL} set to a
 * database the benchmark may fill (it creates and drops its own schema).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class KnowledgeBaseBenchmark {
  private static final String[] WORDS =
      ("network champions matrons commissioners pathway falls framework trust ward ics pcn evidence"
           + " story value adopt spread scale pilot learning reflect convene partners social care"
           + " community practice connectors brokers energy launch leadership enable purpose"
           + " resistance staff patients carers routine disruption data board priority outcomes bed"
           + " days discharge frailty clinic model adaptation core flex local context site visit"
           + " showcase webinar newsletter whatsapp twitter forum")
          .split(" ");
  private static final String[] PRINCIPLES = {
    "complexity", "leadership", "individual", "benefit", "networks", "learning", "convening"
  };
  private static final String[] QUERIES = {
    "which networks could carry our falls pathway",
    "what evidence would convince the commissioners",
    "how do we keep the champions going",
    "the matrons on other wards are resisting",
    "who should convene the partners",
    "how do we learn from each site that adapted it"
  };

  @Param({"sqlite"})
  public String backend;

  @Param({"100000"})
  public int adviceRows;

  private Path dir;
  private String pgUrl;
  private KnowledgeBase kb;
  private final AtomicLong next = new AtomicLong();

  @Setup(Level.Trial)
  public void fill() throws IOException {
    dir = Files.createTempDirectory("kb-bench");
    if (backend.equals("postgresql")) {
      String base = System.getenv("SPREADCOACH_BENCH_PG_URL");
      if (base == null) {
        throw new IllegalStateException("set SPREADCOACH_BENCH_PG_URL for -p backend=postgresql");
      }
      pgUrl = base + (base.contains("?") ? "&" : "?") + "currentSchema=kb_bench";
      try (var c = DriverManager.getConnection(base);
          var s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS kb_bench CASCADE");
        s.execute("CREATE SCHEMA kb_bench");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      kb = KnowledgeBases.open(pgUrl, null, null, 4);
    } else {
      kb = KnowledgeBases.open("jdbc:sqlite:" + dir.resolve("kb.db"), null, null, 4);
    }
    Random random = new Random(42);
    Instant at = Instant.parse("2026-01-05T09:00:00Z");
    for (int done = 0; done < adviceRows; ) {
      List<NewAdvice> batch = new ArrayList<>();
      for (int i = 0; i < 1_000 && done < adviceRows; i++, done++) {
        batch.add(
            new NewAdvice(
                at,
                PRINCIPLES[random.nextInt(PRINCIPLES.length)],
                sentence(random),
                "p_" + random.nextInt(5_000),
                "round",
                null));
      }
      kb.addAdvice(batch);
    }
    if (pgUrl != null) {
      // A live database has been analysed by autovacuum; a freshly filled one has not.
      try (var c = DriverManager.getConnection(pgUrl);
          var s = c.createStatement()) {
        s.execute("ANALYZE");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static String sentence(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 8 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    kb.close();
    if (pgUrl != null) {
      try (var c = DriverManager.getConnection(System.getenv("SPREADCOACH_BENCH_PG_URL"));
          var s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS kb_bench CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** Peer advice for a question, as every recognised question asks: read p95 from the output. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<AdviceCandidate> adviceCandidates() {
    int i = (int) (next.getAndIncrement() % QUERIES.length);
    return kb.adviceCandidates(QUERIES[i], PRINCIPLES[i % PRINCIPLES.length], "p_asker", 30);
  }

  /** Maintainer search across messages and advice. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<SearchHit> search() {
    return kb.search(QUERIES[(int) (next.getAndIncrement() % QUERIES.length)], null, 10);
  }

  /** One handled message and its reply, in one transaction: messages per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public long logExchange() {
    long n = next.getAndIncrement();
    return kb.recordExchange(
        new Exchange(
            Instant.ofEpochSecond(1_767_600_000L + n),
            "team",
            "p_" + (n % 500),
            "how do we spread our falls pathway to trust " + n,
            "networks.connect",
            "networks",
            null,
            0.9,
            true,
            false,
            List.of(
                new Exchange.StoredReply(
                    "Principle at stake: Networks. Which networks already exist?",
                    "networks.connect",
                    "networks"))));
  }
}
