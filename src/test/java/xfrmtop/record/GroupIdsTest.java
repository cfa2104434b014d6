package xfrmtop.record;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@Tag("fast")
class GroupIdsTest {
    @Test
    void idsAsTheWriterNumbersThemAndHugeOnesFromADamagedFile() {
        GroupIds<String> ids = new GroupIds<>();
        ids.put(5000, "early");                              // far beyond 1 id declared: kept aside
        for (int i = 1; i <= 10_000; i++) if (i != 5000) ids.put(i, "g" + i);   // the array grows past it
        assertEquals("early", ids.get(5000));
        ids.put(Integer.MAX_VALUE, "huge");                  // one line cannot make an array of 2^31 entries
        ids.put(12_000, "beyond");
        for (int i = 10_001; i <= 11_000; i++) ids.put(i, "g" + i);
        ids.put(20_000, "dense");
        assertEquals("g1", ids.get(1));
        assertEquals("g11000", ids.get(11_000));
        assertEquals("huge", ids.get(Integer.MAX_VALUE));
        assertEquals("beyond", ids.get(12_000));
        assertEquals("dense", ids.get(20_000));
        assertNull(ids.get(0));
        assertNull(ids.get(11_001));
        assertNull(ids.get(1_000_000));
        ids.clear();
        assertNull(ids.get(1));
        assertNull(ids.get(Integer.MAX_VALUE));
        assertNull(ids.get(12_000));
    }
}
