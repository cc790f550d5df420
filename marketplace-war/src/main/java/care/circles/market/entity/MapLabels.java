package care.circles.market.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places the towns' labels on the market map so that none covers another label or another
 * town's circle, greedily, biggest circle first: each label tries the places beside its circle
 * (right, left, above, below, then the corners), then the same places further out, joined to
 * its circle by a leader line. A label with no room anywhere is left off the map; its town
 * still has its circle with an accessible name, and the table below gives every figure.
 */
public final class MapLabels {

    /** Text is 14 pixels: a line of it with the white halo around the letters. */
    static final double LINE_HEIGHT = 17;
    /** Above the baseline, within {@link #LINE_HEIGHT}. */
    static final double ASCENT = 13;
    static final double GAP = 4;
    /** How much further out each ring of tries is, up to {@link #RINGS} of them. */
    private static final double RING_STEP = 14;
    private static final int RINGS = 4;
    /** Average advance of a 14-pixel sans-serif letter, generous so estimates err on the wide side. */
    private static final double LETTER = 8.0;
    private static final double BOLD_LETTER = 9.0;

    /** Right, left, above, below, then the four corners: as x and y directions. */
    private static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}};

    private MapLabels() {
    }

    /** A town's circle and the label it wants: its name, then its figure in bold. */
    public record Wanted(double x, double y, double radius, String name, String figure) {

        double width() {
            return LETTER * (name.length() + 1) + BOLD_LETTER * figure.length();
        }

        Box circle() {
            return new Box(x - radius, y - radius, x + radius, y + radius);
        }
    }

    /** A rectangle on the map, left, top, right and bottom in pixels. */
    public record Box(double left, double top, double right, double bottom) {

        public boolean intersects(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean isInside(Box frame) {
            return left >= frame.left && top >= frame.top && right <= frame.right && bottom <= frame.bottom;
        }
    }

    /**
     * Where a label goes: its box, the baseline its text starts on, and whether it is far enough
     * from its circle to need a leader line.
     */
    public record Placed(Wanted wanted, Box box, boolean leader) {

        public double textX() {
            return box.left();
        }

        public double baseline() {
            return box.top() + ASCENT;
        }

        /** Where the leader line meets the label: the nearest point of its box to the circle's centre. */
        public double leaderX() {
            return Math.max(box.left(), Math.min(wanted.x(), box.right()));
        }

        public double leaderY() {
            return Math.max(box.top(), Math.min(wanted.y(), box.bottom()));
        }
    }

    /**
     * @param frame the part of the map labels may use
     * @return one placement for each label that found room, in the order given
     */
    public static List<Placed> place(List<Wanted> labels, Box frame) {
        List<Wanted> biggestFirst = new ArrayList<>(labels);
        biggestFirst.sort((a, b) -> Double.compare(b.radius(), a.radius()));
        List<Box> taken = new ArrayList<>(labels.stream().map(Wanted::circle).toList());
        List<Placed> placed = new ArrayList<>();
        for (Wanted label : biggestFirst) {
            firstFree(label, frame, taken).ifPresent(spot -> {
                taken.add(spot.box());
                placed.add(spot);
            });
        }
        placed.sort((a, b) -> Integer.compare(labels.indexOf(a.wanted()), labels.indexOf(b.wanted())));
        return placed;
    }

    private static Optional<Placed> firstFree(Wanted label, Box frame, List<Box> taken) {
        Box own = label.circle();
        for (int ring = 0; ring <= RINGS; ring++) {
            double distance = label.radius() + GAP + ring * RING_STEP;
            for (int[] direction : DIRECTIONS) {
                Box box = beside(label, direction, distance);
                if (box.isInside(frame) && taken.stream().filter(t -> !t.equals(own)).noneMatch(box::intersects)) {
                    return Optional.of(new Placed(label, box, ring > 0));
                }
            }
        }
        return Optional.empty();
    }

    /** The label's box at this distance from the circle's centre, in this direction. */
    private static Box beside(Wanted label, int[] direction, double distance) {
        double width = label.width();
        double left = switch (direction[0]) {
            case 1 -> label.x() + distance;
            case -1 -> label.x() - distance - width;
            default -> label.x() - width / 2;
        };
        double top = switch (direction[1]) {
            case 1 -> label.y() + distance;
            case -1 -> label.y() - distance - LINE_HEIGHT;
            default -> label.y() - LINE_HEIGHT / 2;
        };
        if (direction[0] != 0 && direction[1] != 0) {
            // A corner: the box touches the circle's diagonal rather than its bounding square.
            double pull = distance * (1 - Math.sqrt(0.5));
            left -= direction[0] * pull;
            top -= direction[1] * pull;
        }
        return new Box(left, top, left + width, top + LINE_HEIGHT);
    }
}
