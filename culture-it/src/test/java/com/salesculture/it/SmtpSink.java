package com.salesculture.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SMTP server on loopback that accepts every mail and keeps only the survey links in it:
 * the benchmark's mail server, so that what is measured is the application's hand-off, not a mail
 * store (GreenMail keeps every message, too heavy for 200,000). It can also fail once: read one mail
 * to its end and drop the connection without answering, so the sender cannot know whether it left.
 */
final class SmtpSink implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong surveyMails = new AtomicLong();
    private final Queue<String> tokens = new ConcurrentLinkedQueue<>();
    private final long dropAt;
    private final java.util.function.Predicate<String> counted;
    private final Map<String, List<String>> linksTo = new ConcurrentHashMap<>();
    private final Map<String, Integer> messageIds = new ConcurrentHashMap<>();

    SmtpSink(int port) throws IOException {
        this(port, 0, recipient -> true);
    }

    /**
     * A server that drops the connection once, after reading the {@code dropAt}-th survey mail to a
     * {@code counted} recipient (0: never); other tests' cycles may be mailing meanwhile.
     */
    SmtpSink(int port, long dropAt, java.util.function.Predicate<String> counted) throws IOException {
        this.dropAt = dropAt;
        this.counted = counted;
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        connections.submit(this::accept);
    }

    /** The survey tokens mailed to an address, in order (also the one of the dropped mail). */
    List<String> linksTo(String address) {
        return linksTo.getOrDefault(address, List.of());
    }

    Map<String, List<String>> links() {
        return linksTo;
    }

    /** How often each Message-ID arrived (a mail resent after a crash arrives twice with the same one). */
    Map<String, Integer> messageIds() {
        return messageIds;
    }

    long received() {
        return received.get();
    }

    /** A survey token from a mail received, or null when none is left. */
    String nextToken() {
        return tokens.poll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ready");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        reply(out, "250 ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String data;
                        boolean survey = false;
                        String messageId = null;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (messageId == null && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                messageId = data.substring(11).strip();
                            }
                            Matcher link = LINK.matcher(data);
                            if (link.find()) {
                                survey = true;
                                tokens.add(link.group(1));
                                linksTo.computeIfAbsent(recipient, r -> new CopyOnWriteArrayList<>()).add(link.group(1));
                            }
                        }
                        received.incrementAndGet();
                        if (survey && counted.test(recipient) && surveyMails.incrementAndGet() == dropAt) {
                            return; // read, never answered: the sender cannot know it left
                        }
                        if (messageId != null) {
                            messageIds.merge(messageId, 1, Integer::sum);
                        }
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok"); // MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
