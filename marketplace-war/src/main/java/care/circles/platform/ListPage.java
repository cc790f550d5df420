package care.circles.platform;

import java.util.List;

/**
 * One page of a longer list and where it sits in it, for "Page 2 of 5" and the previous and
 * next links. Pages count from 1.
 */
public record ListPage<T>(List<T> items, long total, int number, int size) {

    public ListPage {
        items = List.copyOf(items);
    }

    /** Reads a page number from a link; anything that is not a page number means the first page. */
    public static int number(String typed) {
        try {
            int page = typed == null ? 1 : Integer.parseInt(typed.strip());
            return Math.max(page, 1);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static int offset(int number, int size) {
        return Math.multiplyExact(number - 1, size);
    }

    public int last() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < last();
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
