/*
 * A Java 17 client of `ggzy serve`, using only java.net.http.HttpClient and Jackson (Debian: default-jdk-headless,
 * libjackson2-databind-java). It checks an award, reads the findings, draws an evaluation committee and verifies it,
 * checks a batch of a few thousand records (one of them a bad line) in chunks, and exits 1 when any assertion fails.
 *
 *   javac -cp /usr/share/java/jackson-databind.jar:/usr/share/java/jackson-core.jar:/usr/share/java/jackson-annotations.jar \
 *         -d build examples/java/GgzyClient.java
 *   java -cp build:/usr/share/java/jackson-databind.jar:/usr/share/java/jackson-core.jar:/usr/share/java/jackson-annotations.jar \
 *         GgzyClient http://127.0.0.1:8080 examples
 *
 * Environment: GGZY_API_KEY (sent as Authorization: Bearer) when the service runs with --keys.
 */
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

public final class GgzyClient {
  /** Refuses content after the JSON value: a JSON Lines answer read as one JSON value must fail, not lose its lines. */
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The most bytes of JSON Lines sent in one batch request. java.net.http (HTTP/1.1) reads no byte of the answer until
   * it has sent the whole body, while the service answers each line as it reads it: the answers pile up in the socket
   * buffers, the service stops reading the body, and once the body's buffers are full too nothing moves; after
   * --timeout-ms the service drops the connection (CLIENT_NOT_READING) and Java sees "Connection reset by peer". A
   * chunk of 128 KiB is less than those buffers hold even at their starting sizes (Linux starts a receive buffer at
   * 128 KiB each way), so the client always finishes sending before it has to read, however large the answers. The
   * cost: a request per chunk (389 for 50 MB: 18-41% more of the service's CPU than one streamed request, in 3 pairs).
   * Pass a larger size to the constructor only when the path is known. See docs/service.md, "Batches from Java".
   */
  static final int BATCH_CHUNK_BYTES = 128 * 1024;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String apiKey;
  private final int batchChunkBytes;

  GgzyClient(String base, String apiKey) {
    this(base, apiKey, BATCH_CHUNK_BYTES);
  }

  GgzyClient(String base, String apiKey, int batchChunkBytes) {
    if (batchChunkBytes < 1) throw new IllegalArgumentException("batchChunkBytes must be positive");
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.apiKey = apiKey;
    this.batchChunkBytes = batchChunkBytes;
  }

  /** A response: status, the rule set's content hash header, and the parsed body. */
  record Answer(int status, String contentType, String contentHash, JsonNode body) {}

  /**
   * The service answered something that is not its JSON answer (a proxy's error page, an empty body, JSON Lines where
   * one JSON value was expected): what came, so the caller can tell a proxy from the service.
   */
  static final class UnexpectedAnswer extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String contentType;
    final String bodyStart;

    UnexpectedAnswer(String request, int status, String contentType, String body, String why) {
      super(request + ": HTTP " + status + ", content-type " + (contentType.isEmpty() ? "(none)" : contentType) + ": " + why
          + "; the body begins: " + start(body));
      this.status = status;
      this.contentType = contentType;
      this.bodyStart = start(body);
    }

    /** The first 200 characters of a body, quoted, control characters escaped (an HTML page stays on one line). */
    static String start(String body) {
      if (body.isEmpty()) return "(empty)";
      String s = body.length() > 200 ? body.substring(0, 200) + "..." : body;
      StringBuilder b = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        if (c == '\n') b.append("\\n");
        else if (c == '\r') b.append("\\r");
        else if (c == '"') b.append("\\\"");
        else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
        else b.append(c);
      }
      return b.append('"').toString();
    }
  }

  /** Sends one JSON value and reads one JSON object back: the answer, or a problem+json refusal (4xx, 5xx). */
  Answer post(String path, JsonNode body) throws IOException, InterruptedException {
    HttpRequest.Builder b = request(path, Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String contentType = r.headers().firstValue("content-type").orElse("");
    String what = "POST " + path;
    // The service answers application/json or application/problem+json; anything else came from someone else (a
    // proxy's "502 Bad Gateway" page), or is a streamed answer that needs checkBatch.
    if (mediaType(contentType).equals("application/x-ndjson"))
      throw new UnexpectedAnswer(what, r.statusCode(), contentType, r.body(), "a JSON Lines answer (one line per record): use checkBatch");
    if (!mediaType(contentType).equals("application/json") && !mediaType(contentType).equals("application/problem+json"))
      throw new UnexpectedAnswer(what, r.statusCode(), contentType, r.body(), "not a JSON answer of the service");
    JsonNode parsed;
    try {
      parsed = JSON.readTree(r.body());
    } catch (JsonProcessingException e) {
      throw new UnexpectedAnswer(what, r.statusCode(), contentType, r.body(), "not one JSON value (" + e.getOriginalMessage() + ")");
    }
    if (parsed == null || !parsed.isObject()) throw new UnexpectedAnswer(what, r.statusCode(), contentType, r.body(), "not a JSON object");
    return new Answer(r.statusCode(), contentType, r.headers().firstValue("ggzy-ruleset-hash").orElse(""), parsed);
  }

  private HttpRequest.Builder request(String pathAndQuery, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(timeout);
    if (apiKey != null && !apiKey.isEmpty()) b.header("Authorization", "Bearer " + apiKey);
    return b;
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
  }

  // ---- Batches ----------------------------------------------------------------------------------------------------

  /**
   * One record's answer: its index in the caller's whole list, and either its report (the result line: ok, subject,
   * findings, decisionId, contentHash, …) or its problem (problem+json: status, code, message.zh/en, issues). The
   * service numbers lines within one request: the report's `line` and the "Line N" of a problem's message count from
   * the start of the record's chunk; `index` is the one to use.
   */
  record Result(int index, JsonNode report, JsonNode problem) {
    boolean ok() {
      return report != null && report.path("ok").asBoolean(false);
    }
  }

  /** The counts of a batch, summed over the summary lines of its requests (one per chunk). */
  record Summary(int records, int checked, int ok, int withFindings, int rejected, int errors, int warnings, int infos,
                 int requests, Set<String> contentHashes) {}

  /** Every record's answer, in the caller's order, and the counts. */
  record BatchResult(List<Result> results, Summary summary) {}

  /** The service refused a batch request as a whole (a bad query, a missing key, shutting down): its problem. */
  static final class BatchRefused extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;
    final JsonNode problem;

    BatchRefused(String message, int status, JsonNode problem) {
      super(message);
      this.status = status;
      this.problem = problem;
    }
  }

  /**
   * A batch stopped before every record was answered: the service stopped a request (shutdown, idle limit) or the
   * connection was lost. The records before {@link #resumeFromIndex} were answered (in {@link #answered}); send the
   * rest again from there.
   */
  static final class BatchStopped extends IOException {
    private static final long serialVersionUID = 1L;
    final List<Result> answered;
    final int resumeFromIndex;

    BatchStopped(String message, List<Result> answered, int resumeFromIndex, Throwable cause) {
      super(message, cause);
      this.answered = List.copyOf(answered);
      this.resumeFromIndex = resumeFromIndex;
    }
  }

  /** Checks records (JSON objects) in batch; see {@link #checkBatchLines}. */
  BatchResult checkBatch(List<? extends JsonNode> records, Map<String, String> query) throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>(records.size());
    for (JsonNode r : records) lines.add(JSON.writeValueAsString(r)); // compact: one line, no raw newline
    return checkBatchLines(lines, query);
  }

  /**
   * Checks JSON Lines (one JSON text per element, as read from a .jsonl file) with POST /v1/check/batch, in chunks of
   * at most {@link #BATCH_CHUNK_BYTES}, one request each, reading every answer line by line. Returns one result per
   * line, in order, indexed in the whole list; a bad line gets its problem and the others are still checked.
   *
   * @param query the batch's options (asOf, subject, explain, locale), URL-encoded here; may be empty
   * @throws BatchRefused when the service refuses a request as a whole (problem+json)
   * @throws BatchStopped when a request was stopped or its answer cut: what was answered, and where to resume
   * @throws UnexpectedAnswer when something other than the service's answer came back (a proxy's page)
   */
  BatchResult checkBatchLines(List<String> lines, Map<String, String> query) throws IOException, InterruptedException {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      // The service numbers the body's lines and skips blank ones: a blank element or one with a newline inside
      // would shift every index after it.
      if (l.isBlank()) throw new IllegalArgumentException("batch line at index " + i + " is blank");
      if (l.indexOf('\n') >= 0) throw new IllegalArgumentException("batch line at index " + i + " contains a newline: send compact JSON, one record per line");
    }
    String q = query.isEmpty() ? "" : "?" + query.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    List<Result> results = new ArrayList<>(lines.size());
    int[] totals = new int[8]; // records, checked, ok, withFindings, rejected, error, warning, info
    Set<String> hashes = new LinkedHashSet<>();
    int requests = 0;
    int from = 0;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (from < lines.size()) {
      body.reset();
      int to = from;
      while (to < lines.size()) {
        byte[] line = (lines.get(to) + "\n").getBytes(StandardCharsets.UTF_8);
        if (to > from && body.size() + line.length > batchChunkBytes) break; // a line longer than a chunk goes alone
        body.write(line, 0, line.length);
        to++;
      }
      JsonNode summary = sendChunk(q, body.toByteArray(), from, to, results);
      requests++;
      totals[0] += summary.path("records").asInt();
      totals[1] += summary.path("checked").asInt();
      totals[2] += summary.path("ok").asInt();
      totals[3] += summary.path("withFindings").asInt();
      totals[4] += summary.path("rejected").asInt();
      totals[5] += summary.path("findings").path("error").asInt();
      totals[6] += summary.path("findings").path("warning").asInt();
      totals[7] += summary.path("findings").path("info").asInt();
      hashes.add(summary.path("contentHash").asText());
      from = to;
    }
    return new BatchResult(results, new Summary(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6], totals[7], requests, hashes));
  }

  /** One request: lines [from, to) of the caller's list. Adds their results to `results`; returns the summary line. */
  private JsonNode sendChunk(String query, byte[] body, int from, int to, List<Result> results) throws IOException, InterruptedException {
    String what = "POST /v1/check/batch (records " + from + ".." + (to - 1) + ")";
    HttpRequest req = request("/v1/check/batch" + query, Duration.ofSeconds(60))
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<InputStream> r;
    try {
      r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw lost(what, from, to, from, results, e);
    }
    String contentType = r.headers().firstValue("content-type").orElse("");
    if (r.statusCode() != 200 || !mediaType(contentType).equals("application/x-ndjson")) {
      String text;
      try (InputStream in = r.body()) {
        text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      }
      if (mediaType(contentType).equals("application/problem+json")) {
        try {
          JsonNode p = JSON.readTree(text);
          throw new BatchRefused(what + ": HTTP " + r.statusCode() + " " + p.path("code").asText() + ": " + p.path("message").path("en").asText(p.path("detail").asText()), r.statusCode(), p);
        } catch (JsonProcessingException e) {
          // not the service's problem after all: reported below with the body's first bytes
        }
      }
      throw new UnexpectedAnswer(what, r.statusCode(), contentType, text, "not the batch's JSON Lines answer");
    }
    int before = results.size();
    int expected = 1; // the next line number the answer must carry: every line, in order
    JsonNode summary = null;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      String text;
      while ((text = in.readLine()) != null) {
        if (summary != null) throw new UnexpectedAnswer(what, 200, contentType, text, "a line after the summary line");
        JsonNode line;
        try {
          line = JSON.readTree(text);
        } catch (JsonProcessingException e) {
          throw new UnexpectedAnswer(what, 200, contentType, text, "an answer line that is not one JSON value");
        }
        if (line.has("summary")) {
          summary = line.get("summary");
          continue;
        }
        int n = line.path("line").asInt(0);
        if (n != expected) throw new UnexpectedAnswer(what, 200, contentType, text, "line " + n + " answered where line " + expected + " was due");
        expected++;
        int index = from + n - 1;
        results.add(line.has("problem") ? new Result(index, null, line.get("problem")) : new Result(index, line, null));
      }
    } catch (IOException e) {
      if (e instanceof UnexpectedAnswer) throw e;
      throw lost(what, from, to, from + results.size() - before, results, e);
    }
    int answered = results.size() - before;
    if (summary == null) {
      throw new BatchStopped(what + ": the answer was cut (no summary line) after " + answered + " of " + (to - from)
          + " records; send again from index " + (from + answered), results, from + answered, null);
    }
    if (!summary.path("complete").asBoolean(false)) {
      JsonNode stopped = summary.path("stopped");
      int resume = from + summary.path("resumeFromLine").asInt(answered + 1) - 1;
      throw new BatchStopped(what + ": stopped by the service, " + stopped.path("status").asInt() + " " + stopped.path("code").asText() + ": "
          + stopped.path("message").path("en").asText() + " (send again from index " + resume + ")", results, resume, null);
    }
    if (answered != to - from || summary.path("records").asInt() != answered)
      throw new UnexpectedAnswer(what, 200, contentType, summary.toString(), answered + " result lines for " + (to - from) + " records");
    return summary;
  }

  /** The connection failed during a chunk: what was answered, why (the innermost cause says most), where to resume. */
  private static BatchStopped lost(String what, int from, int to, int resume, List<Result> results, IOException e) {
    Throwable root = root(e);
    String why = root == e ? e.toString() : e + ", caused by " + root;
    return new BatchStopped(what + ": the connection failed after " + (resume - from) + " of " + (to - from) + " records were answered ("
        + why + "); send again from index " + resume, results, resume, e);
  }

  static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t;
  }

  /** True when no connection could be made (refused, or no answer to the connect within its timeout). */
  static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) return true;
    return false;
  }

  // ---- The example run ----------------------------------------------------------------------------------------------

  static void check(boolean condition, String what) {
    if (!condition) throw new AssertionError(what);
    System.out.println("  ok: " + what);
  }

  static JsonNode read(Path p) throws IOException {
    return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
  }

  void run(Path examples) throws IOException, InterruptedException {
    // 1. Check an award; read the findings (bilingual messages, evidence) and the rule set's hash.
    System.out.println("POST /v1/check/award");
    Answer award = post("/v1/check/award", read(examples.resolve("records/award.json")));
    check(award.status() == 200, "award checked (HTTP 200)");
    check(award.contentHash().matches("[0-9a-f]{64}"), "response names the rule set by its content hash");
    check(award.contentHash().equals(award.body().path("contentHash").asText()), "header and body agree on the hash");
    check(!award.body().path("ok").asBoolean(true), "the example award is not ok (its contract was signed late)");
    boolean late = false;
    for (JsonNode f : award.body().path("findings")) {
      System.out.printf("  finding %s [%s] %s%n    %s%n    %s%n", f.path("ruleId").asText(), f.path("clause").asText(), f.path("severity").asText(),
          f.path("message").path("zh").asText(), f.path("message").path("en").asText());
      if (f.path("ruleId").asText().equals("CONTRACT_SIGNED_IN_TIME")) late = true;
    }
    check(late, "finding CONTRACT_SIGNED_IN_TIME is reported");
    check(award.body().path("decisionId").asText().length() == 36, "the decision has an id in the decision log");

    // 2. A bad record: problem+json with the field's path.
    ObjectNode bad = JSON.createObjectNode();
    bad.putObject("award").put("id", 42);
    Answer refused = post("/v1/check/award", bad);
    check(refused.status() == 422, "an invalid award is refused with 422");
    check(refused.contentType().startsWith("application/problem+json"), "the refusal is application/problem+json");
    check(refused.body().path("issues").path(0).path("path").toString().equals("[\"award\",\"id\"]"), "the refusal names the field award.id");
    System.out.println("  " + refused.body().path("message").path("zh").asText());

    // 3. Draw an evaluation committee (sealed), with the salt committed in advance.
    System.out.println("POST /v1/draws/commit-salt, /v1/draws/committee, /v1/draws/verify");
    ObjectNode request = (ObjectNode) read(examples.resolve("draws/committee-request.json"));
    JsonNode seedMaterial = read(examples.resolve("draws/seed-material.txt"));
    String salt = Files.readString(examples.resolve("draws/salt.hex"), StandardCharsets.UTF_8).trim();
    ObjectNode saltBody = JSON.createObjectNode().put("salt", salt);
    Answer commitment = post("/v1/draws/commit-salt", saltBody);
    check(commitment.body().path("saltCommitment").asText().equals(request.path("saltCommitment").asText()), "the salt matches the commitment published in advance");
    request.set("seedMaterial", seedMaterial);
    request.put("salt", salt);
    Answer drawn = post("/v1/draws/committee", request);
    check(drawn.status() == 200, "committee drawn (HTTP 200)");
    JsonNode record = drawn.body().path("record");
    check(record.path("sealed").asBoolean(false), "the committee record is sealed");
    int seats = 0;
    for (JsonNode stratum : drawn.body().path("result").path("strata")) seats += stratum.path("members").size();
    System.out.println("  members drawn: " + seats + ", resultHash " + record.path("resultHash").asText());
    check(seats > 0, "members were drawn");

    // 4. Verify: re-run from the public record, the inputs, the seed material and the revealed salt.
    ObjectNode verify = JSON.createObjectNode();
    verify.set("record", record);
    verify.set("inputs", request.path("inputs"));
    verify.set("seedMaterial", seedMaterial);
    verify.put("salt", salt);
    Answer verified = post("/v1/draws/verify", verify);
    check(verified.status() == 200 && verified.body().path("reproduced").asBoolean(false), "the draw is reproduced from its record");
    verify.put("salt", "00000000000000000000000000000000");
    Answer wrong = post("/v1/draws/verify", verify);
    check(!wrong.body().path("reproduced").asBoolean(true), "with a wrong salt it is not: " + wrong.body().path("firstDifference").path("path").asText());

    // 5. A batch of a few thousand awards with one bad line in the middle, in chunks, every answer line read.
    System.out.println("POST /v1/check/batch");
    JsonNode example = read(examples.resolve("records/award.json"));
    LocalDate notice = LocalDate.parse(example.path("award").path("noticeOn").asText());
    int n = 3000;
    int badIndex = n / 2;
    List<String> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i == badIndex) {
        lines.add("{\"award\": {\"id\": \"AW-BAD\", \"projectId\": "); // cut short: not JSON
        continue;
      }
      ObjectNode rec = example.deepCopy();
      String id = String.format("B%04d", i);
      ((ObjectNode) rec.get("award")).put("id", "AW-" + id);
      // signed 20 to 40 days after the award notice: some in time, some late
      ((ObjectNode) rec.get("contract")).put("id", "CT-" + id).put("awardId", "AW-" + id).put("signedOn", notice.plusDays(20 + i % 21).toString());
      lines.add(JSON.writeValueAsString(rec));
    }
    long t0 = System.nanoTime();
    BatchResult batch = checkBatchLines(lines, Map.of("asOf", "2024-07-31"));
    Summary s = batch.summary();
    System.out.printf("  %d records in %d requests, %.2f s: %d checked, %d ok, %d with findings, %d rejected%n", s.records(), s.requests(),
        (System.nanoTime() - t0) / 1e9, s.checked(), s.ok(), s.withFindings(), s.rejected());
    check(batch.results().size() == n, "every line answered (" + batch.results().size() + " of " + n + ")");
    boolean inOrder = true;
    for (int i = 0; i < n; i++) inOrder &= batch.results().get(i).index() == i;
    check(inOrder, "each result carries its record's index in the whole list");
    check(s.requests() > 1, "sent in chunks of at most " + BATCH_CHUNK_BYTES + " bytes");
    JsonNode problem = batch.results().get(badIndex).problem();
    check(problem != null && problem.path("status").asInt() == 400 && problem.path("code").asText().equals("MALFORMED_JSON"),
        "the bad line, index " + badIndex + ", has its problem: " + (problem == null ? "none" : problem.path("code").asText() + " " + problem.path("message").path("en").asText()));
    check(batch.results().get(0).ok(), "a contract signed 20 days after the notice is in time");
    check(ruleIds(batch.results().get(20).report()).contains("CONTRACT_SIGNED_IN_TIME"), "one signed 40 days after it is late");
    int ok = 0;
    int withFindings = 0;
    int errors = 0;
    for (Result r : batch.results()) {
      if (r.ok()) ok++;
      if (r.report() != null && r.report().path("findings").size() > 0) withFindings++;
      if (r.report() != null) for (JsonNode f : r.report().path("findings")) if (f.path("severity").asText().equals("error")) errors++;
    }
    check(s.records() == n && s.checked() == n - 1 && s.rejected() == 1, "the summary counts " + n + " records, " + (n - 1) + " checked, 1 rejected");
    check(s.ok() == ok && s.withFindings() == withFindings && s.errors() == errors && ok > 0 && ok < n - 1,
        "the summary's ok, with-findings and error counts are those of the result lines (" + ok + ", " + withFindings + ", " + errors + ")");
    check(s.contentHashes().equals(Set.of(award.contentHash())), "one rule set judged every record");

    // 6. Records as JSON objects: one that is not a valid award gets its problem, with the field's path.
    BatchResult objects = checkBatch(List.of(example, invalidAward(), example), Map.of());
    JsonNode invalid = objects.results().get(1).problem();
    check(invalid != null && invalid.path("status").asInt() == 422 && invalid.path("issues").path(0).path("path").toString().equals("[\"award\",\"id\"]"),
        "checkBatch: the invalid record, index 1, is refused with 422 naming award.id; indexes 0 and 2 are checked");

    // 7. post() reads one JSON value: a JSON Lines answer, trailing content or a proxy's page is an error that says what came.
    try {
      post("/v1/check/batch", JSON.createArrayNode().add(example).add(example));
      check(false, "post() refuses a JSON Lines answer");
    } catch (UnexpectedAnswer e) {
      check(e.getMessage().contains("checkBatch"), "post() refuses a JSON Lines answer: " + e.getMessage());
    }
    try {
      JSON.readTree("{\"line\":1}\n{\"line\":2}");
      check(false, "the parser refuses content after the first JSON value");
    } catch (JsonProcessingException e) {
      check(true, "the parser refuses content after the first JSON value");
    }
    try (FakeProxy proxy = new FakeProxy()) {
      new GgzyClient(proxy.base(), null).post("/v1/check/award", example);
      check(false, "a proxy's error page is reported as such");
    } catch (UnexpectedAnswer e) {
      check(e.status == 502 && e.getMessage().contains("text/html") && e.getMessage().contains("<html>"),
          "a proxy's error page is reported with its status, content type and first bytes: " + e.getMessage());
    }
  }

  private static ObjectNode invalidAward() {
    ObjectNode bad = JSON.createObjectNode();
    bad.putObject("award").put("id", 42);
    return bad;
  }

  private static List<String> ruleIds(JsonNode report) {
    List<String> ids = new ArrayList<>();
    if (report != null) for (JsonNode f : report.path("findings")) ids.add(f.path("ruleId").asText());
    return ids;
  }

  /** A stand-in for a reverse proxy whose upstream is down: 502 and an HTML page (the JDK's own HTTP server). */
  private static final class FakeProxy implements AutoCloseable {
    private final com.sun.net.httpserver.HttpServer server;

    FakeProxy() throws IOException {
      server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", ex -> {
        ex.getRequestBody().readAllBytes();
        byte[] page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>\r\n".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(502, page.length);
        ex.getResponseBody().write(page);
        ex.close();
      });
      server.start();
    }

    String base() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  public static void main(String[] args) {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    Path examples = Path.of(args.length > 1 ? args[1] : "examples");
    try {
      new GgzyClient(base, System.getenv("GGZY_API_KEY")).run(examples);
      System.out.println("GgzyClient: all checks passed");
    } catch (AssertionError e) {
      System.err.println("GgzyClient: FAILED: " + e.getMessage());
      System.exit(1);
    } catch (IOException | InterruptedException e) {
      // "Cannot reach" only when no connection could be made; UnexpectedAnswer, BatchRefused and BatchStopped say
      // what came back instead.
      if (unreachable(e)) System.err.println("GgzyClient: cannot reach " + base + ": " + e);
      else System.err.println("GgzyClient: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      System.exit(1);
    }
  }
}
