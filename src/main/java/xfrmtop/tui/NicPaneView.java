package xfrmtop.tui;

import xfrmtop.rate.Frame;
import xfrmtop.rate.GroupRates;
import xfrmtop.sample.Health;
import xfrmtop.sample.Kind;
import xfrmtop.view.CounterColumns;
import xfrmtop.view.CounterSelector;
import xfrmtop.view.NicSelection;
import xfrmtop.view.Pane;
import xfrmtop.view.ViewState;

/**
 * The NIC pane: ethtool -S counters of the watched interfaces, the IPsec ones unless key a shows all. Hidden while no
 * interface is watched. The title says per interface what is wrong (gone, no statistics) or that the rule shows
 * none of its counters.
 */
final class NicPaneView extends CounterPaneView {
    private NicSelection selection;

    NicPaneView() { super(Pane.NIC, Kind.NIC, CounterColumns.nicPane(false)); }

    @Override
    public boolean visible(Frame f) {
        return !f.groups(Kind.NIC).isEmpty();
    }

    @Override
    CounterSelector selector(ViewState vs) {
        selection = vs.nicSelection();
        return selection;
    }

    @Override
    String note(Frame f) {
        StringBuilder sb = new StringBuilder(super.note(f));
        if (selection == null || selection.all()) return sb.toString();
        for (GroupRates g : f.groups(Kind.NIC)) {
            if (g.health() != Health.OK || g.size() == 0 || selection.shownByRule(g) > 0) continue;
            sb.append("  ").append(g.key().instance()).append(": no IPsec counters among ").append(g.size())
                    .append(" (a shows all)");
        }
        return sb.toString();
    }
}
