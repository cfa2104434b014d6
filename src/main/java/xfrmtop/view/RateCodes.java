package xfrmtop.view;

/**
 * Rates stored compactly for history: a logarithmic code, so per-second rates from 0.01 to billions keep the same
 * relative precision. 16-bit codes (0.034 % steps) for the session plot, 8-bit codes (9 % steps, plenty for an
 * eight-level sparkline) for the recent ring. 0 is a rate of 0; the top code is "no rate" (NaN).
 */
final class RateCodes {
    static final short NAN16 = (short) 0xffff;
    static final byte NAN8 = (byte) 0xff;
    private static final double STEPS16 = 2040, STEPS8 = 7.9;     // codes per doubling; 32 doublings fit either

    private RateCodes() {}

    static short encode16(double rate) {
        if (Double.isNaN(rate) || rate < 0) return NAN16;
        if (rate == 0) return 0;
        return (short) Math.min(0xfffe, 1 + Math.round(log2p1(rate) * STEPS16));
    }

    static double decode16(short code) {
        int c = code & 0xffff;
        if (c == 0xffff) return Double.NaN;
        return c == 0 ? 0 : Math.pow(2, (c - 1) / STEPS16) - 1;
    }

    static byte encode8(double rate) {
        if (Double.isNaN(rate) || rate < 0) return NAN8;
        if (rate == 0) return 0;
        return (byte) Math.min(0xfe, 1 + Math.round(log2p1(rate) * STEPS8));
    }

    static double decode8(byte code) {
        int c = code & 0xff;
        if (c == 0xff) return Double.NaN;
        return c == 0 ? 0 : Math.pow(2, (c - 1) / STEPS8) - 1;
    }

    /** log2(1 + x): 0 at 0, so the smallest rates get small codes. */
    private static double log2p1(double x) { return Math.log1p(x) / Math.log(2); }
}
