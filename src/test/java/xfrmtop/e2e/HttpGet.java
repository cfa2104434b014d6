package xfrmtop.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal HTTP client run inside a test's network namespace (ip netns exec), where the test JVM cannot connect:
 * prints the body of a 200 answer and exits 0; exits 1 on another status, 2 when it cannot connect. With -w SECONDS
 * it retries (every 200 ms) until a 200 answer or the deadline; with -c TEXT also until the body contains TEXT.
 * Usage: HttpGet [-w SECONDS [-c TEXT]] URL [ACCEPT]
 */
public final class HttpGet {
    private HttpGet() {}

    public static void main(String[] args) throws InterruptedException {
        int a = 0;
        double wait = 0;
        String text = "";
        if (args[0].equals("-w")) {
            wait = Double.parseDouble(args[1]);
            a = 2;
        }
        if (args[a].equals("-c")) {
            text = args[a + 1];
            a += 2;
        }
        String url = args[a], accept = args.length > a + 1 ? args[a + 1] : null;
        long deadline = System.nanoTime() + (long) (wait * 1e9);
        int exit;
        do {
            exit = get(url, accept, text, System.nanoTime() >= deadline);
            if (exit == 0) break;
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        System.exit(exit);
    }

    /** @param last print the body even when it lacks the text (the caller shows what was there) */
    private static int get(String url, String accept, String text, boolean last) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(5000);
            if (accept != null) c.setRequestProperty("Accept", accept);
            int status = c.getResponseCode();
            if (status != 200) {
                System.err.println("HTTP " + status + " from " + url);
                return 1;
            }
            byte[] body;
            try (InputStream in = c.getInputStream()) {
                body = in.readAllBytes();
            }
            boolean found = new String(body, java.nio.charset.StandardCharsets.UTF_8).contains(text);
            if (found || last) {
                System.out.write(body);
                System.out.flush();
                System.err.println("Content-Type: " + c.getContentType());
            }
            return found ? 0 : 1;
        } catch (IOException e) {
            System.err.println("cannot get " + url + ": " + e);
            return 2;
        }
    }

    /** The argument vector that runs this client inside a namespace, with the test classpath. */
    public static List<String> command(Netns ns, String... args) {
        List<String> argv = new ArrayList<>(ns.exec(UdpSender.javaBin(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"), HttpGet.class.getName()));
        argv.addAll(List.of(args));
        return argv;
    }
}
