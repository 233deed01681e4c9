/*
 * A Java 17 client of `ggzy serve`, using only java.net.http.HttpClient and Jackson (Debian: default-jdk-headless,
 * libjackson2-databind-java). It checks an award, reads the findings, draws an evaluation committee and verifies it,
 * and exits 1 when any assertion fails.
 *
 *   javac -cp /usr/share/java/jackson-databind.jar:/usr/share/java/jackson-core.jar:/usr/share/java/jackson-annotations.jar \
 *         -d build examples/java/GgzyClient.java
 *   java -cp build:/usr/share/java/jackson-databind.jar:/usr/share/java/jackson-core.jar:/usr/share/java/jackson-annotations.jar \
 *         GgzyClient http://127.0.0.1:8080 examples
 *
 * Environment: GGZY_API_KEY (sent as Authorization: Bearer) when the service runs with --keys.
 */
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

public final class GgzyClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String apiKey;

  GgzyClient(String base, String apiKey) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.apiKey = apiKey;
  }

  /** A response: status, the rule set's content hash header, and the parsed body. */
  record Answer(int status, String contentType, String contentHash, JsonNode body) {}

  Answer post(String path, JsonNode body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    if (apiKey != null && !apiKey.isEmpty()) b.header("Authorization", "Bearer " + apiKey);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(
        r.statusCode(),
        r.headers().firstValue("content-type").orElse(""),
        r.headers().firstValue("ggzy-ruleset-hash").orElse(""),
        JSON.readTree(r.body()));
  }

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
      System.err.println("GgzyClient: cannot reach " + base + ": " + e);
      System.exit(1);
    }
  }
}
