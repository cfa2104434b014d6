package xfrmtop.sys;

import java.util.List;

/**
 * The result of one XFRM dump.
 *
 * @param interrupted the kernel flagged NLM_F_DUMP_INTR: the table changed during the dump, entries may be missing
 *                    or repeated (dump again)
 * @param skipped     messages that were dropped as malformed (too short, broken attributes)
 */
public record XfrmDump<T>(List<T> items, boolean interrupted, int skipped) {}
