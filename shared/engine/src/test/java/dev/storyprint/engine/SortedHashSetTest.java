package dev.storyprint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedHashSetTest {
    private static long[] reference(long[] a) {
        return Arrays.stream(a).sorted().distinct().toArray();
    }

    private static long[] inputs(Random r, int n, int kind) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (kind) {
                case 0 -> r.nextLong(); // uniform
                case 1 -> Long.MIN_VALUE + r.nextInt(50); // crowded at one home slot: spills
                case 2 -> i % 2 == 0 ? Long.MAX_VALUE : Long.MAX_VALUE - r.nextInt(3); // the empty marker's value and its neighbours
                default -> a[r.nextInt(i + 1)] == 0 ? r.nextLong() : a[r.nextInt(i + 1)]; // duplicates
            };
        }
        return a;
    }

    @Test
    void holdsTheSortedDistinctValuesOfAnyInput() {
        Random r = new Random(11);
        for (int round = 0; round < 400; round++) {
            int n = r.nextInt(700);
            long[] a = inputs(r, n, round % 4);
            SortedHashSet all = SortedHashSet.ofAll(Math.max(1, n / (1 + round % 3)));
            SortedHashSet minima = SortedHashSet.ofMinima(Math.max(1, n));
            all.addAll(a, 0, n);
            minima.addAll(a, 0, n);
            long[] expected = reference(a);
            assertArrayEquals(expected, all.toArray(), "round " + round);
            assertArrayEquals(expected, minima.toArray(), "round " + round);
            int k = r.nextInt(60);
            assertArrayEquals(Arrays.copyOf(expected, Math.min(k, expected.length)), all.smallest(k), "round " + round);
        }
    }

    @Test
    void aNarrowRangeMapsOntoTheWholeTable() {
        Random r = new Random(5);
        long range = 1L << 40;
        long[] a = new long[300];
        for (int i = 0; i < a.length; i++) {
            a[i] = Long.MIN_VALUE + (r.nextLong() & (range - 1));
        }
        SortedHashSet set = new SortedHashSet(a.length, Long.MIN_VALUE, 40);
        set.addAll(a, 0, a.length);
        assertArrayEquals(reference(a), set.toArray());
    }
}
