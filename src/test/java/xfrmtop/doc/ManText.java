package xfrmtop.doc;

/** The prose parts of the man page (everything that is not generated from a table). */
final class ManText {
    private ManText() {}

    static final String DESCRIPTION = """
            .SH DESCRIPTION
            .B xfrmtop
            is a top\\-style, full\\-screen monitor for Linux IPsec.
            It reads the XFRM counters of
            .I /proc/net/xfrm_stat
            every interval and shows each as a per\\-second rate,
            sorted so that the drop reason that is climbing is on top,
            with colour on what moves.
            The header shows host, kernel, network namespace, interval, clock
            and the sum of all drop rates.
            .PP
            On gateways that offload IPsec to the NIC, the drops that matter may never reach
            .IR /proc/net/xfrm_stat :
            the NIC pane below shows the driver's IPsec counters of
            .B ethtool \\-S
            (read with the SIOCETHTOOL ioctl, no process started)
            with the same rates, status and colours.
            Without
            .BR \\-i ,
            it watches the interfaces whose driver has an IPsec table (see COUNTERS)
            or whose counter names mention ipsec, xfrm or esp;
            the pane is hidden when there are none.
            An interface that disappears keeps its rows, marked
            .IR gone ,
            until it comes back (rates restart from
            .IR "no data" );
            one without statistics (lo, bridges) gets a one\\-line note.
            .PP
            A rate has a status apart from its value: the first sample has
            .I no data
            (not 0); a counter that goes backwards (namespace recreated, module reload) is a
            .I reset
            for that tick, never a negative rate; a read that fails leaves the values
            .I stale
            and the pane says why; an object that disappeared is
            .IR gone .
            .PP
            By default it watches the network namespace it runs in.
            .B \\-N
            (repeatable) and
            .B \\-\\-netns\\-path
            watch other namespaces instead, and
            .B \\-A
            watches its own namespace plus every named one,
            picking up namespaces created while it runs.
            Each watched namespace is read by a thread of its own
            that entered it with setns(2), which needs CAP_SYS_ADMIN;
            a namespace that cannot be entered is shown as stale with the reason.
            With more than one namespace every pane gains a
            .B NETNS
            column, the header sums the drop rates per namespace, and
            .B n
            shows one namespace at a time.
            A deleted namespace goes stale, then gone;
            one recreated under the same name starts again from
            .IR "no data" .
            .PP
            With
            .B \\-b
            it prints a table (or, with
            .BR "\\-\\-format json" ,
            one JSON object per line) per tick instead, for scripts.
            """;

    static final String JSON = """
            .SH JSON OUTPUT
            With
            .BR "\\-b \\-\\-format json" ,
            each tick is one JSON object on one line with the fields
            .B time
            (ISO\\-8601 UTC wall clock of the sample),
            .B interval_s
            (measured seconds since the previous sample on the monotonic clock;
            null on the first tick),
            .BR host ,
            .B kernel
            and
            .BR xfrm_stat :
            a list of objects, in the kernel's file order, with
            .B name
            (counter),
            .B dir
            (in, out, fwd or \\-),
            .B netns
            (namespace name, "" for the namespace xfrmtop started in),
            .B total
            (current value, unsigned 64\\-bit),
            .B rate
            (per second, null when there is none),
            .B delta
            (increase since the first sample) and
            .B status
            (no_data, ok, reset, stale or gone).
            .B nics
            lists the NIC counters the NIC pane shows by default,
            per interface in the driver's order, with
            .BR iface ,
            .B driver
            (from ETHTOOL_GDRVINFO),
            .BR netns ,
            .BR name ,
            .BR dir ,
            .B role
            (traffic, drop, error or gauge),
            .BR total ,
            .BR rate ,
            .B delta
            and
            .BR status ;
            a gauge has null rate and delta.
            .B sas
            lists one object per SA (from XFRM netlink dumps; needs CAP_NET_ADMIN) with
            .BR src ", " dst ", " spi " (hex), " proto ", " mode ", " reqid ", " dir ,
            the totals
            .BR bytes ", " packets ", " replay_window ", " replay " and " integrity_failed ,
            each with a
            .B _rate
            field (per second, null when there is none), sequence numbers, times and
            .BR status ;
            an SA that went away (a rekey brings a new SPI) stays a few ticks
            with status gone.
            .B policies
            lists the XFRM policies: selector, direction, action, priority,
            templates, last use.
            Key material is never printed: only algorithm names and key sizes.
            When a source could not be read, an
            .B errors
            list names it and says why.
            With
            .BR \\-\\-alert ,
            an
            .B alerts
            list holds the counters that meet an alert condition in that tick
            .RB ( alert ,
            .BR kind ,
            .BR netns ,
            .BR instance ,
            .BR name ,
            .BR value ).
            .B funnel
            lists, per namespace and direction (in, out), the layers in packets
            per second:
            .B nic_packets_rate
            and
            .B nic_drops_rate
            (the NIC counters nic/funnel.tsv names; null without such a NIC),
            .B sa_packets_rate
            (the SAs of that direction; null without an SA dump),
            .B xfrm_drops_rate
            (the xfrm_stat drops of that direction, fwd counted as in),
            .B top_drop
            and
            .BR top_drop_rate ,
            .B sas
            and
            .BR sas_unknown_dir .
            .B events
            lists the XFRM events read in that tick (usually none), each with
            .BR time ,
            .BR netns ,
            .B type
            (see EVENTS) and
            .BR text .
            Fields are only ever added, never renamed or removed.
            """;

    static final String RECORDINGS = """
            .SH RECORDINGS
            .B \\-w
            .I FILE
            appends every sample (all panes and namespaces, raw values,
            monotonic and wall\\-clock times, host, kernel, interval, XFRM events) to
            .IR FILE ,
            a versioned, line\\-oriented text format in gzip segments
            .RB ( zcat
            shows it; the README documents it), flushed each tick: a crash or
            .B kill \\-9
            loses at most the tick being written.
            .B \\-r
            .I FILE
            shows a recording in the same display,
            with the keys above to pause, step and seek;
            with
            .B \\-b
            it prints the recording exactly as the live batch run printed it.
            A recording cut short replays everything before the cut;
            a file that is not a usable recording is an error naming the line
            or byte offset.
            """;

    static final String DIAGNOSIS = """
            .SH DIAGNOSIS
            The third header line names the likely cause: of the drop and error
            counters the knowledge tables describe (every xfrm_stat counter, the
            NIC counters of the driver tables), the one climbing fastest, its rate,
            the first of its usual causes (the tables list them most likely first)
            and the first command to run.
            .B Enter
            opens the detail view of the selected row,
            .B f
            the funnel,
            .B e
            the event log;
            .B Esc
            (or the same key) closes them.
            .B t
            adds a HISTORY column to each pane.
            History is kept per counter from the first time it moves, in constant
            memory (the last 60 samples, and the whole session in at most 128
            points), so a long run costs no more than a short one.
            """;

    static final String ALERTS = """
            .SH ALERTS
            .B \\-\\-alert
            .I EXPR
            trips when a counter meets a condition:
            .PP
            .RS
            .nf
            alert   = [ measure "(" counter ")" | counter ] op number
            counter = [ kind [ "[" instance "]" ] ":" ] name [ "@" netns ]
            .fi
            .RE
            .PP
            where
            .I measure
            is
            .B value
            (the default),
            .B rate
            (per second) or
            .B delta
            (since the start),
            .I kind
            is
            .BR xfrm_stat ,
            .B nic
            or
            .BR sa ,
            and
            .I op
            is one of
            .BR ">  >=  <  <=  ==  !=" .
            No rate (first sample, reset) and a failed read never trip.
            Examples:
            .BR XfrmInNoStates>0 ,
            .BR rate(XfrmInStateProtoError)>=10 ,
            .BR nic:ipsec_rx_drop_pkts>100 ,
            .BR sa:integrity_failed>0 .
            A tripped alert shows in the header and marks its row.
            In batch mode xfrmtop runs to its last tick (or SIGINT/SIGTERM),
            prints each tripped alert and when on standard error, and exits 3;
            .B \\-\\-alert\\-exit\\-first
            ends the run at the first trip.
            """;

    static final String METRICS = """
            .SH METRICS
            With
            .BI \\-\\-listen " [ADDR:]PORT"
            xfrmtop serves what it samples at
            .BI http:// ADDR : PORT /metrics
            in the Prometheus text format, or OpenMetrics when the scraper
            asks for it (Accept header), beside the full\\-screen display, beside
            .BR \\-b ,
            or alone with
            .BR \\-\\-quiet .
            ADDR is 127.0.0.1 unless given: any other address, the wildcard
            included, has to be written out.
            A scrape formats the newest sample; it never reads the kernel
            itself, however often and by however many servers it is scraped.
            Counters are raw totals (Prometheus computes rates), gauges are
            values.
            A source that could not be read this tick, an SA that is gone and a
            namespace that is gone are left out of the scrape (their series end)
            rather than served stale.
            The label netns is the namespace name, "" for the namespace xfrmtop
            runs in (Prometheus treats an empty label as none).
            Per\\-SA series are limited by
            .BR \\-\\-max\\-sa\\-series :
            SAs exported once stay while they exist, new SAs take the free
            places in the kernel's order, and the series left out are counted.
            The families:
            """;

    static final String ENVIRONMENT = """
            .SH ENVIRONMENT
            .TP
            .B XFRMTOP_HEAP
            The Java heap cap of the launcher's JVM, as a size such as
            .B 256m
            (default 64m, enough for a gateway of about 10,000 SAs and 8
            interfaces of 2,500 statistics).
            A gateway whose SAs and counters do not fit stops sampling with a
            message naming the value to use, restores the terminal and exits 1;
            the screen never goes on showing an old frame as live.
            A recording too big for the heap says the same when it is opened
            or replayed.
            """;

    static final String FILES = """
            .SH FILES
            .TP
            .I /proc/net/xfrm_stat
            XFRM statistics of the current network namespace (needs CONFIG_XFRM_STATISTICS).
            .TP
            .I /run/netns/NAME
            Named network namespaces, as created by
            .BR "ip netns add" ;
            read through
            .I /proc/thread\\-self/net/xfrm_stat
            from the thread that entered the namespace.
            .TP
            .I /proc/net/dev
            The interfaces of the current network namespace (NIC discovery and the check of
            .BR \\-i ).
            .TP
            .I /lib/systemd/system/xfrmtop\\-exporter.service
            The Debian package's unit for fleet mode
            .RB ( "xfrmtop \\-\\-listen 127.0.0.1:9109 \\-\\-quiet" ),
            installed disabled.
            .TP
            .I /usr/share/doc/xfrmtop/examples/
            An example Prometheus scrape configuration and alerting rules.
            .TP
            .I /var/lib/xfrmtop/
            The Debian package's class\\-data\\-sharing archive and its copy of
            JNA's native library
            .RI ( libjnidispatch\\-CRC.so ),
            made at install time so that a start neither loads every class
            nor unpacks the library into
            .IR ~/.cache/JNA .
            A checkout's launcher keeps both in
            .IR target/ .
            """;

    static final String EXAMPLES = """
            .SH EXAMPLES
            .TP
            .B xfrmtop
            Watch the drop counters, refreshed every second.
            .TP
            .B xfrmtop \\-d 0.5
            Refresh twice a second.
            .TP
            .B xfrmtop \\-i eth2
            Watch all ethtool \\-S counters of eth2 beside the XFRM counters (press
            .B a
            to switch between all of them and the IPsec ones).
            .TP
            .B xfrmtop \\-i eth2 \\-\\-nic\\-filter 'ipsec|discard'
            Only the counters of eth2 whose names match the regular expression.
            .TP
            .B xfrmtop \\-b \\-n 10 \\-\\-format json > drops.jsonl
            Ten ticks of JSON lines for a script.
            .TP
            .B xfrmtop \\-w test1.xtr
            Watch a traffic test and record it; later,
            .B xfrmtop \\-r test1.xtr
            to look at it again.
            .TP
            .B xfrmtop \\-b \\-n 60 \\-\\-alert 'rate(XfrmInNoStates)>0'
            A minute of a CI check: exit status 3 if any SA lookup failed.
            .TP
            .B xfrmtop \\-N vpn1 \\-N vpn2
            Watch two named namespaces (as root) without
            .BR "ip netns exec" .
            .TP
            .B xfrmtop \\-A \\-b \\-\\-format json
            Every namespace, one JSON line per tick; each row carries its
            .BR netns .
            .TP
            .B xfrmtop \\-\\-listen 9109
            Watch the counters and serve them to a Prometheus server on this host at
            http://127.0.0.1:9109/metrics.
            .TP
            .B systemctl enable \\-\\-now xfrmtop\\-exporter
            Run the exporter as a service (no terminal, no output).
            """;

    static final String SEE_ALSO = """
            .SH SEE ALSO
            .BR ip\\-xfrm (8),
            .BR ethtool (8),
            .BR nstat (8),
            .BR top (1)
            """;
}
