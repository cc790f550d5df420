package care.circles.vetting.entity;

import java.util.List;

/** One page of a longer list, numbered from 1, and where it sits in the whole. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public ResultPage {
        items = List.copyOf(items);
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("Pages are numbered from 1 and hold at least one item");
        }
    }

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    /** The position of the first item on this page in the whole list, from 0. */
    public static int offset(int page, int size) {
        return (page - 1) * size;
    }
}
