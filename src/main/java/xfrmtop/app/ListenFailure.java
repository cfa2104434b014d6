package xfrmtop.app;

import java.net.BindException;
import java.util.Locale;

/** Why the --listen endpoint could not be bound, in words a user can act on. */
final class ListenFailure {
    private ListenFailure() {}

    static String describe(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("already in use")) return "address already in use (another xfrmtop or exporter listens there)";
        if (lower.contains("cannot assign requested address")) return "no such address on this host";
        if (lower.contains("permission denied")) {
            return "permission denied (ports below 1024 need root or CAP_NET_BIND_SERVICE)";
        }
        if (e instanceof BindException) return "cannot bind: " + m;
        return e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }
}
