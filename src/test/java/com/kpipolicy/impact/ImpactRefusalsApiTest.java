package com.kpipolicy.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipolicy.support.Caller;
import com.kpipolicy.support.Http;
import com.kpipolicy.support.Multipart;
import com.kpipolicy.support.RulesFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What POST /api/v1/rulesets/impact refuses, as problems: a candidate that does not load (422, every error located),
 * an upload that is not what it claims or reaches outside the rules folder (400), one that is too large (413).
 * Same service as {@link ImpactApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:impact-api;DB_CLOSE_DELAY=-1")
class ImpactRefusalsApiTest {
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port, Caller.ANALYST);
    }

    private Http.Response upload(Multipart form, String accept) {
        return http.post("/api/v1/rulesets/impact", form.contentType(), form.bytes(), accept);
    }

    @Test
    void aCandidateThatDoesNotLoadIsRefusedListingItsErrors(@TempDir Path broken) {
        RulesFolder.copyOfShipped(broken).setCell("weights.drl.xlsx", "Plans", "F16", 30);

        Http.Response response = upload(new Multipart().file("files", broken.resolve("weights.drl.xlsx")), "text/markdown");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(error.get("file").asString()).isEqualTo("weights.drl.xlsx");
        assertThat(error.get("sheet").asString()).isEqualTo("Plans");
        assertThat(error.get("location").asString()).isEqualTo("row 16");
        assertThat(error.get("message").asString()).isEqualTo("The weights of plan SAAS_FUSION sum to 95, not 100.");
    }

    @Test
    void aFileNameThatLeavesTheRulesFolderIsRefused() {
        Multipart form = new Multipart().file("files", "../weights.drl.xlsx", "application/octet-stream", new byte[] {1});

        Http.Response response = upload(form, JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:bad-upload");
        assertThat(response.json().get("detail").asString()).contains("'../weights.drl.xlsx' is not allowed");
    }

    @Test
    void aZipEntryThatLeavesTheRulesFolderIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("rules/../../etc/weights.drl.xlsx"));
            zip.write(1);
        }

        Http.Response response = upload(new Multipart().file("rules", "rules.zip", "application/zip", bytes.toByteArray()), JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("is not allowed");
    }

    @Test
    void aRulesPartThatIsNotAZipIsRefused() {
        Multipart form = new Multipart().file("rules", "rules.zip", "application/zip", "not a zip".getBytes());

        Http.Response response = upload(form, JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("The part named 'rules' is not a zip file (or an empty one).");
    }

    @Test
    void anUploadOverTenMegabytesIsRefusedAsTooLarge() {
        Multipart form = new Multipart().file("files", "weights.drl.xlsx", "application/octet-stream",
                new byte[10 * 1024 * 1024 + 1]);

        Http.Response response = upload(form, JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:bad-upload");
        assertThat(response.json().get("detail").asString())
                .startsWith("The upload is too large: at most 10 MB per file and 11 MB in all.");
    }

    @Test
    void aZipOfMoreEntriesThanARulesFolderCouldNeedIsRefusedAsTooLarge() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= com.kpipolicy.policy.CandidateRuleset.MAX_ZIP_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("note-" + i + ".txt"));
            }
        }

        Http.Response response = upload(new Multipart().file("rules", "rules.zip", "application/zip", bytes.toByteArray()), JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).isEqualTo("The zip has more than 200 entries.");
    }

    @Test
    void aPeriodThatIsNotAPeriodIsRefusedNamingIt() {
        Http.Response response = upload(new Multipart().file("files", RulesFolder.SHIPPED.resolve("weights.drl.xlsx")).field("period", "Q3-2025"), JSON);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.kpipolicy.support.Multipart#malformed")
    void aBodyThatIsNotReadableMultipartIsABadUploadProblem(Multipart.Malformed body) {
        Http.Response response = http.post("/api/v1/rulesets/impact", body.contentType(), body.body(), "application/json");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:kpi-policy:bad-upload");
        assertThat(response.json().get("detail").asString()).startsWith("The upload cannot be read as"
                + " multipart/form-data");
    }
}
