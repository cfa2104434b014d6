package xfrmtop.sys;

/**
 * What ETHTOOL_GDRVINFO says about an interface.
 *
 * @param driver  driver name ("mlx5_core", "ixgbe", "veth", ...); chooses the counter table
 * @param version driver version string ("" when the driver leaves it empty)
 * @param firmware firmware version ("" when none)
 * @param busInfo bus address, e.g. a PCI BDF ("" for virtual devices)
 * @param nStats  the statistics count at the time of the call (it can change at any time after)
 */
public record DriverInfo(String driver, String version, String firmware, String busInfo, int nStats) {}
