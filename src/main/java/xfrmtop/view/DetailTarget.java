package xfrmtop.view;

import xfrmtop.sample.GroupKey;

/**
 * What the detail view shows: a group (a namespace's xfrm_stat, a NIC, an SA, a policy) and, for a counter pane, one
 * counter of it by name. Found again in every frame, so the view stays live (and says so when the group is gone).
 *
 * @param counter the counter's name; "" for an SA or policy (the whole group)
 */
public record DetailTarget(Pane pane, GroupKey key, String counter) {}
