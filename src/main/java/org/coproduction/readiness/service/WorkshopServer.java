package org.coproduction.readiness.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.coproduction.readiness.json.JsonFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workshop's HTTP server (PRODUCT.md section 9, docs/workshop.md) on the JDK's own server,
 * with its own small pool of threads; the session does the database work on its one thread.
 * Prints nothing.
 */
public final class WorkshopServer {
    /** The largest request body taken. */
    public static final int MAX_BODY = 16 * 1024;
    /** How many requests are served at once. */
    static final int THREADS = 8;
    /** The phone page, read once; each response gets its own nonce in it. */
    private static final String PHONE_PAGE = readPhonePage();
    private static final SecureRandom NONCES = new SecureRandom();

    private final WorkshopSession session;
    private final byte[] codeBytes;
    private HttpServer server;
    private ThreadPoolExecutor pool;
    private volatile List<InterfaceAddress> localNetworks = List.of();

    public WorkshopServer(WorkshopSession session) {
        this.session = session;
        this.codeBytes = session.code().getBytes(StandardCharsets.US_ASCII);
    }

    /** Listens on every interface, so phones on the local network reach it; port 0 takes any free port. */
    public void start(int port) throws IOException {
        start(new InetSocketAddress(port));
    }

    /** Listens on one address only (tests listen on loopback). */
    public void start(InetAddress address, int port) throws IOException {
        start(new InetSocketAddress(address, port));
    }

    private synchronized void start(InetSocketAddress address) throws IOException {
        if (server != null) {
            throw new IllegalStateException("The workshop server is already running");
        }
        localNetworks = readLocalNetworks();
        // Bound first: a port already taken fails here, before any thread is made.
        HttpServer created = HttpServer.create(address, 100);
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), r -> {
            Thread thread = new Thread(r, "workshop-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        created.createContext("/", this::handle);
        created.setExecutor(pool);
        created.start();
        server = created;
    }

    /** The port listened on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The workshop server is not running");
        }
        return server.getAddress().getPort();
    }

    /** Stops listening, lets requests under way finish (a second at most) and stops the pool. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(1);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        server = null;
        pool = null;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (RuntimeException e) {
            // Nothing is printed: the phone is told, in plain words, that its request was not kept.
            try {
                sendError(exchange, 500, "Something went wrong and nothing was saved. Try again or ask the facilitator.");
            } catch (IOException | RuntimeException ignored) {
                // The answer had already begun; the connection is closed.
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        if (!allowed(exchange.getRemoteAddress().getAddress())) {
            sendError(exchange, 403, "Only phones on this room's network can take part.");
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String rest = afterCode(path);
        if (rest == null) {
            notFound(exchange);
            return;
        }
        if (rest.isEmpty() && method.equals("GET")) {
            sendHtml(exchange);
        } else if (rest.equals("join") && method.equals("POST")) {
            join(exchange);
        } else if (rest.equals("questions") && method.equals("GET")) {
            questions(exchange);
        } else if (rest.startsWith("answers/") && rest.indexOf('/', "answers/".length()) < 0
                && rest.length() > "answers/".length() && method.equals("PUT")) {
            answer(exchange, rest.substring("answers/".length()));
        } else {
            notFound(exchange);
        }
    }

    /** What follows "/w/CODE/" when the code is this session's, else null. */
    private String afterCode(String path) {
        if (path == null || !path.startsWith("/w/")) {
            return null;
        }
        int slash = path.indexOf('/', 3);
        if (slash < 0) {
            return null;
        }
        byte[] given = path.substring(3, slash).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, codeBytes) ? path.substring(slash + 1) : null;
    }

    private void join(HttpExchange exchange) throws IOException {
        JsonNode body = readJson(exchange);
        if (body == null) {
            return;
        }
        try {
            WorkshopSession.Joined joined = session.join(text(body, "side"), text(body, "role"), text(body, "label"));
            ObjectNode answer = JsonFiles.mapper().createObjectNode();
            answer.put("token", joined.token());
            answer.put("respondent", joined.respondent());
            sendJson(exchange, 201, answer);
        } catch (WorkshopSession.Refused refused) {
            sendRefused(exchange, refused);
        }
    }

    private void questions(HttpExchange exchange) throws IOException {
        try {
            List<WorkshopSession.PhoneQuestion> questions = session.questions(token(exchange));
            ObjectNode answer = JsonFiles.mapper().createObjectNode();
            ArrayNode list = answer.putArray("questions");
            for (WorkshopSession.PhoneQuestion q : questions) {
                ObjectNode item = list.addObject();
                item.put("id", q.id());
                item.put("dimension", q.dimension());
                item.put("text", q.text());
                ArrayNode levels = item.putArray("levels");
                q.levels().forEach(levels::add);
                item.put("allowNotApplicable", q.allowNotApplicable());
            }
            sendJson(exchange, 200, answer);
        } catch (WorkshopSession.Refused refused) {
            sendRefused(exchange, refused);
        }
    }

    private void answer(HttpExchange exchange, String rawQuestionId) throws IOException {
        String token = token(exchange);
        if (!session.knows(token)) {
            // The token is checked first, so a phone that has not joined learns nothing about the questions.
            sendError(exchange, 401, "This phone has not joined the session; open the address again.");
            return;
        }
        JsonNode body = readJson(exchange);
        if (body == null) {
            return;
        }
        try {
            String questionId = java.net.URLDecoder.decode(rawQuestionId.replace("+", "%2B"), StandardCharsets.UTF_8);
            Integer level = null;
            JsonNode levelNode = body.get("level");
            if (levelNode != null && !levelNode.isNull()) {
                if (!levelNode.isInt()) {
                    throw new WorkshopSession.Refused(WorkshopSession.Refused.Kind.INVALID,
                            "A level is a whole number from 0 to 4.");
                }
                level = levelNode.intValue();
            }
            session.answer(token, questionId, level, text(body, "response"), text(body, "note"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(204, -1);
        } catch (IllegalArgumentException e) {
            sendError(exchange, 400, "The question's name in the address is not readable.");
        } catch (WorkshopSession.Refused refused) {
            sendRefused(exchange, refused);
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new WorkshopSession.Refused(WorkshopSession.Refused.Kind.INVALID, "\"" + field + "\" must be text.");
        }
        return node.textValue();
    }

    private static String token(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    /** The body as a JSON object, or null once a 400 or 413 has been sent. */
    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > MAX_BODY) {
                    sendError(exchange, 413, "That is too much to send at once (at most 16 KB).");
                    return null;
                }
            } catch (NumberFormatException e) {
                sendError(exchange, 400, "The request's length is not a number.");
                return null;
            }
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            sendError(exchange, 413, "That is too much to send at once (at most 16 KB).");
            return null;
        }
        JsonNode body;
        try {
            body = JsonFiles.mapper().readTree(bytes);
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            sendError(exchange, 400, "What was sent is not readable: it must be a JSON object.");
            return null;
        }
        return body;
    }

    private static void sendRefused(HttpExchange exchange, WorkshopSession.Refused refused) throws IOException {
        int status = switch (refused.kind()) {
            case INVALID -> 400;
            case NOT_JOINED -> 401;
            case FULL -> 409;
        };
        if (status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        sendError(exchange, status, refused.getMessage());
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        sendError(exchange, 404, "There is nothing here. Check the address the facilitator shows.");
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode error = JsonFiles.mapper().createObjectNode();
        error.put("error", message);
        sendJson(exchange, status, error);
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode node) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JsonFiles.mapper().writeValueAsBytes(node));
    }

    /**
     * The phone page (workshop-phone.html beside this class) with a fresh nonce: its policy lets
     * only the page's own inline script and style run, lets it talk only to this server, and
     * loads nothing from anywhere else.
     */
    private static void sendHtml(HttpExchange exchange) throws IOException {
        byte[] random = new byte[16];
        NONCES.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce
                + "'; style-src 'nonce-" + nonce + "'; connect-src 'self'; img-src data:; base-uri 'none';"
                + " form-action 'none'; frame-ancestors 'none'");
        // The session's code is in the address: no other site should learn it.
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        send(exchange, 200, "text/html; charset=utf-8", PHONE_PAGE.replace("{{nonce}}", nonce).getBytes(StandardCharsets.UTF_8));
    }

    private static String readPhonePage() {
        try (InputStream in = WorkshopServer.class.getResourceAsStream("workshop-phone.html")) {
            if (in == null) {
                throw new IllegalStateException("The workshop's phone page is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Loopback, or an address on the local network of one of this machine's interfaces (its subnet
     * as the interface reports it). The interfaces are read again when an address is not on them,
     * in case the machine joined another network since.
     */
    private boolean allowed(InetAddress remote) {
        if (remote.isLoopbackAddress() || onLocalNetwork(remote, localNetworks)) {
            return true;
        }
        localNetworks = readLocalNetworks();
        return onLocalNetwork(remote, localNetworks);
    }

    static boolean onLocalNetwork(InetAddress remote, List<InterfaceAddress> networks) {
        for (InterfaceAddress network : networks) {
            InetAddress own = network.getAddress();
            if (own != null && sameNetwork(remote.getAddress(), own.getAddress(), network.getNetworkPrefixLength())) {
                return true;
            }
        }
        return false;
    }

    /** Whether two addresses of one family share their first {@code prefix} bits (a prefix of 0 shares nothing). */
    static boolean sameNetwork(byte[] a, byte[] b, int prefix) {
        if (a.length != b.length || prefix <= 0 || prefix > a.length * 8) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        int bits = prefix % 8;
        if (bits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - bits)) & 0xFF;
        return (a[whole] & mask) == (b[whole] & mask);
    }

    private static List<InterfaceAddress> readLocalNetworks() {
        List<InterfaceAddress> networks = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    networks.addAll(nic.getInterfaceAddresses());
                }
            }
        } catch (SocketException e) {
            // No interfaces readable: only loopback is let in.
        }
        return List.copyOf(networks);
    }

    /** The addresses a phone can use: loopback first, then each local network address of this machine. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        int port = port();
        addresses.add("http://127.0.0.1:" + port + "/w/" + session.code() + "/");
        // IPv4 first: shorter to type, and the kind every phone on a room's Wi-Fi uses.
        List<InterfaceAddress> networks = new ArrayList<>(readLocalNetworks());
        networks.sort(java.util.Comparator.comparing(n -> n.getAddress() instanceof java.net.Inet6Address));
        for (InterfaceAddress network : networks) {
            InetAddress own = network.getAddress();
            if (own == null || own.isLinkLocalAddress()) {
                continue;
            }
            // A browser takes no "%eth0" zone in an address; only link-local addresses (left out above) need one.
            String bare = own.getHostAddress().replaceFirst("%.*$", "");
            String host = own instanceof java.net.Inet6Address ? "[" + bare + "]" : bare;
            addresses.add("http://" + host + ":" + port + "/w/" + session.code() + "/");
        }
        return addresses;
    }
}
