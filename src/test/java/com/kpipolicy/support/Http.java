package com.kpipolicy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against the service on its real port: what an HR system would send, with its
 * HTTP Basic credentials ({@link Caller#HR_SYSTEM} unless told otherwise).
 */
public final class Http {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;

    public Http(int port) {
        this(port, Caller.HR_SYSTEM);
    }

    public Http(int port, Caller caller) {
        this("http://localhost:" + port, caller == null ? null : basic(caller.user(), caller.key()));
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public Http as(Caller caller) {
        return new Http(base, basic(caller.user(), caller.key()));
    }

    public Http as(String user, String key) {
        return new Http(base, basic(user, key));
    }

    public Http anonymous() {
        return new Http(base, null);
    }

    private static String basic(String user, String key) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public record Response(int status, String contentType, String location, String body, HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A body of any type (e.g. a multipart upload), asking for the answer as {@code accept}. */
    public Response post(String path, String contentType, byte[] body, String accept, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Response send(String method, String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
