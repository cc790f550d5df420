package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.circles.market.control.AreaOutline;
import care.circles.market.entity.MapLabels.Box;
import care.circles.market.entity.MapLabels.Placed;
import care.circles.market.entity.MapLabels.Wanted;
import care.circles.place.entity.GeoPoint;

class MapLabelsTest {

    /** The Dorset gazetteer's towns (the places with a postcode district): the map's circles. */
    private static final List<Object[]> TOWNS = List.of(
            new Object[] {"Dorchester", 50.7154, -2.4367}, new Object[] {"Weymouth", 50.6136, -2.4577},
            new Object[] {"Portland", 50.5480, -2.4410}, new Object[] {"Bridport", 50.7336, -2.7584},
            new Object[] {"Lyme Regis", 50.7252, -2.9363}, new Object[] {"Beaminster", 50.8089, -2.7397},
            new Object[] {"Sherborne", 50.9469, -2.5168}, new Object[] {"Sturminster Newton", 50.9262, -2.3054},
            new Object[] {"Blandford Forum", 50.8560, -2.1648}, new Object[] {"Swanage", 50.6083, -1.9601},
            new Object[] {"Wareham", 50.6862, -2.1100}, new Object[] {"Wimborne Minster", 50.8000, -1.9866},
            new Object[] {"Ferndown", 50.8071, -1.8994}, new Object[] {"Verwood", 50.8815, -1.8735},
            new Object[] {"Upton", 50.7340, -2.0320}, new Object[] {"Shaftesbury", 51.0059, -2.1969},
            new Object[] {"Gillingham", 51.0375, -2.2748}, new Object[] {"Sixpenny Handley", 50.9553, -2.0090},
            new Object[] {"Alderholt", 50.9125, -1.8320});
    private static final double WIDTH = 880;
    private static final double MARGIN = 40;
    private static final double LABEL_ROOM = 110;

    @ParameterizedTest(name = "every circle {0} pixels across")
    @ValueSource(doubles = {5, 13.5, 22})
    void noTwoPlacedLabelsOfTheDorsetTownsOverlapNorCoverAnotherTown(double radius) {
        List<Wanted> wanted = dorset(radius);

        List<Placed> placed = MapLabels.place(wanted, frame());

        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        placed.get(i).wanted().name() + " and " + placed.get(j).wanted().name() + " overlap");
            }
            for (Wanted town : wanted) {
                if (town != placed.get(i).wanted()) {
                    assertFalse(placed.get(i).box().intersects(circle(town)),
                            placed.get(i).wanted().name() + " covers the circle of " + town.name());
                }
            }
        }
    }

    @ParameterizedTest(name = "every circle {0} pixels across")
    @ValueSource(doubles = {5, 13.5, 22})
    void everyDorsetTownKeepsItsLabelOnTheMap(double radius) {
        List<Placed> placed = MapLabels.place(dorset(radius), frame());
        assertEquals(TOWNS.size(), placed.size(), "Wimborne Minster, Ferndown and Verwood all find room");
        placed.forEach(p -> assertTrue(p.box().left() >= 0 && p.box().right() <= WIDTH + LABEL_ROOM
                && p.box().top() >= 0, p.wanted().name() + " is off the map"));
    }

    @Test
    void aLoneTownsLabelIsWrittenRightOfItsCircleWithoutALeader() {
        Wanted town = new Wanted(100, 100, 10, "Wool", "3");
        Placed placed = MapLabels.place(List.of(town), new Box(0, 0, 500, 500)).get(0);
        assertEquals(100 + 10 + MapLabels.GAP, placed.textX());
        assertFalse(placed.leader());
    }

    @Test
    void aLabelWithNoRoomLeftIsLeftOffForTheTable() {
        Wanted first = new Wanted(50, 20, 15, "Ferndown", "12");
        Wanted second = new Wanted(50, 20, 5, "West Moors", "3");
        List<Placed> placed = MapLabels.place(List.of(second, first), new Box(0, 0, 200, 40));
        assertEquals(List.of(first), placed.stream().map(Placed::wanted).toList(), "the bigger circle is labelled first");
    }

    @Test
    void aLabelPushedAwayFromItsCircleGetsALeaderLine() {
        Wanted crowded = new Wanted(100, 100, 5, "Colehill", "1");
        List<Wanted> blockers = new ArrayList<>(List.of(crowded));
        for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}}) {
            blockers.add(new Wanted(100 + d[0] * 24, 100 + d[1] * 16, 6, "", ""));
        }
        Placed placed = MapLabels.place(blockers, new Box(0, 0, 400, 400)).stream()
                .filter(p -> p.wanted() == crowded).findFirst().orElseThrow();
        assertTrue(placed.leader(), "moved out past its neighbours");
    }

    private static List<Wanted> dorset(double radius) {
        MapProjection map = projection();
        return TOWNS.stream().map(t -> {
            GeoPoint at = new GeoPoint((double) t[1], (double) t[2]);
            return new Wanted(map.x(at), map.y(at), radius, (String) t[0], "£14.50");
        }).toList();
    }

    /** Framed as the market page frames it: the council's outline, which every place is inside, and the towns. */
    private static MapProjection projection() {
        List<GeoPoint> frame = new ArrayList<>(AreaOutline.points());
        TOWNS.forEach(t -> frame.add(new GeoPoint((double) t[1], (double) t[2])));
        return new MapProjection(frame, WIDTH, MARGIN);
    }

    private static Box frame() {
        return new Box(0, 0, WIDTH + LABEL_ROOM, projection().height());
    }

    private static Box circle(Wanted town) {
        return new Box(town.x() - town.radius(), town.y() - town.radius(), town.x() + town.radius(), town.y() + town.radius());
    }
}
