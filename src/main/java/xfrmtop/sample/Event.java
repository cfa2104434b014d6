package xfrmtop.sample;

import java.util.Locale;

/**
 * One XFRM event (SA added or deleted, expire, acquire, policy change) read in a tick. Immutable; part of the
 * {@link Sample} it was read in, recorded and replayed with it. The text names the SA or policy (addresses, SPI,
 * selector) and never holds key material.
 *
 * @param wallMillis when it was read (ms since 1970; the kernel does not stamp XFRM events, so this is the tick's drain)
 * @param netns      network namespace name ("" = the one xfrmtop started in)
 * @param text       one short line, e.g. "esp 192.0.2.1 -> 192.0.2.2 spi 0x00000101 reqid 1 tunnel"
 */
public record Event(long wallMillis, String netns, Type type, String text) {

    /** What happened; {@link #json()} is the spelling in batch JSON and recordings. */
    public enum Type {
        ACQUIRE("the kernel asks the IKE daemon for an SA (a policy matched and no SA exists)"),
        EXPIRE("an SA reached its soft (rekey) or hard (delete) lifetime"),
        POLEXPIRE("a policy reached its lifetime"),
        NEWSA("an SA was added"),
        UPDSA("an SA was updated (e.g. a larval SA completed by the IKE daemon)"),
        DELSA("an SA was deleted"),
        FLUSHSA("all SAs (of a protocol) were flushed"),
        NEWPOLICY("a policy was added"),
        UPDPOLICY("a policy was updated"),
        DELPOLICY("a policy was deleted"),
        FLUSHPOLICY("all policies were flushed"),
        LOST("events were lost: the receive buffer overran, or more arrived in one tick than are kept");

        private final String json = name().toLowerCase(Locale.ROOT);
        private final String help;

        Type(String help) { this.help = help; }

        public String json() { return json; }

        public String help() { return help; }

        /** The type of a JSON or recording spelling, or null (a newer version's type). */
        public static Type of(String json) {
            for (Type t : values()) if (t.json.equals(json)) return t;
            return null;
        }
    }

    public Event {
        if (netns == null || type == null || text == null) throw new NullPointerException("event part");
    }
}
