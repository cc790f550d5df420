package care.circles.market.entity;

import static care.circles.market.entity.SvgText.escape;
import static care.circles.market.entity.SvgText.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;

/**
 * The market map as SVG drawn on the server: the council area's outline, each village joined
 * by a faint line to the town whose locality it is in, and a circle at each town sized and
 * coloured by the chosen measure, with the figure written beside the name where it fits without
 * covering another label or town ({@link MapLabels}; the table gives every figure). Each circle is a
 * link to the locality's row in the table (which is the map's accessible alternative), with a
 * {@code <title>} for a tooltip and an accessible name for screen readers.
 */
public final class MarketMap {

    private static final double WIDTH = 880;
    private static final double MARGIN = 40;
    /** Towns' names and figures are written to the right of their circles: room for those in the east. */
    private static final double LABEL_ROOM = 110;
    private static final double LEGEND_HEIGHT = 70;
    private static final double SMALLEST = 5;
    private static final double LARGEST = 22;

    private MarketMap() {
    }

    /**
     * @param rowAnchor how a locality's row in the table is linked, e.g. "#locality-" (the town's id follows)
     */
    public static String render(MarketMeasure measure, List<LocalityFigures> figures, Localities geography,
                                List<GeoPoint> outline, String rowAnchor) {
        List<GeoPoint> frame = new ArrayList<>(outline);
        geography.towns().forEach(town -> geography.placesOf(town).forEach(place -> frame.add(place.point())));
        if (frame.isEmpty()) {
            return "";
        }
        MapProjection map = new MapProjection(frame, WIDTH, MARGIN);
        ColourSteps colours = new ColourSteps(figures.stream().map(f -> f.value(measure)).toList());
        double height = map.height() + LEGEND_HEIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"market-map\" role=\"group\" viewBox=\"0 0 ")
                .append(number(WIDTH + LABEL_ROOM)).append(' ').append(number(height))
                .append("\" aria-labelledby=\"market-map-title\" aria-describedby=\"market-map-desc\">");
        svg.append("<title id=\"market-map-title\">Map: ").append(escape(measure.label())).append(" by locality</title>");
        svg.append("<desc id=\"market-map-desc\">Each town is a circle: the larger and darker, the higher its figure. ")
                .append("Each circle links to the town's row in the table below, which gives every figure.</desc>");
        if (!outline.isEmpty()) {
            svg.append("<path class=\"market-map-area\" aria-hidden=\"true\" fill=\"#f3f2f1\" stroke=\"#6f777b\" stroke-width=\"1.5\" d=\"");
            for (int i = 0; i < outline.size(); i++) {
                svg.append(i == 0 ? 'M' : 'L').append(number(map.x(outline.get(i)))).append(',')
                        .append(number(map.y(outline.get(i)))).append(' ');
            }
            svg.append("Z\"/>");
        }
        svg.append("<g aria-hidden=\"true\" stroke=\"#b1b4b6\" stroke-width=\"1\" fill=\"#6f777b\">");
        for (Place town : geography.towns()) {
            for (Place village : geography.placesOf(town)) {
                if (village.id() != town.id()) {
                    svg.append("<line x1=\"").append(number(map.x(town.point()))).append("\" y1=\"")
                            .append(number(map.y(town.point()))).append("\" x2=\"").append(number(map.x(village.point())))
                            .append("\" y2=\"").append(number(map.y(village.point()))).append("\"/>")
                            .append("<circle r=\"2\" cx=\"").append(number(map.x(village.point()))).append("\" cy=\"")
                            .append(number(map.y(village.point()))).append("\"/>");
                }
            }
        }
        svg.append("</g>");
        List<LocalityFigures> towns = figures.stream().filter(l -> l.town() != null).toList();
        List<MapLabels.Wanted> wanted = towns.stream().map(l -> new MapLabels.Wanted(map.x(l.town().point()),
                map.y(l.town().point()), radius(colours, l.value(measure)), l.name(), l.formatted(measure))).toList();
        List<MapLabels.Placed> labels = MapLabels.place(wanted, new MapLabels.Box(0, 0, WIDTH + LABEL_ROOM, map.height()));
        for (int i = 0; i < towns.size(); i++) {
            MapLabels.Wanted circle = wanted.get(i);
            town(svg, circle, labels.stream().filter(l -> l.wanted() == circle).findFirst(), colours, measure,
                    towns.get(i), rowAnchor);
        }
        legend(svg, colours, measure, map.height());
        return svg.append("</svg>").toString();
    }

    private static double radius(ColourSteps colours, Long value) {
        return value == null ? SMALLEST : SMALLEST + (LARGEST - SMALLEST) * Math.sqrt(colours.share(value));
    }

    private static void town(StringBuilder svg, MapLabels.Wanted circle, Optional<MapLabels.Placed> label,
                             ColourSteps colours, MarketMeasure measure, LocalityFigures locality, String rowAnchor) {
        Long value = locality.value(measure);
        String says = locality.name() + ": " + measure.label() + " " + locality.formatted(measure);
        svg.append("<a href=\"").append(escape(rowAnchor + locality.key())).append("\" aria-label=\"").append(escape(says))
                .append("\"><title>").append(escape(says)).append("</title>");
        svg.append("<circle cx=\"").append(number(circle.x())).append("\" cy=\"").append(number(circle.y()))
                .append("\" r=\"").append(number(circle.radius())).append('"');
        if (value == null) {
            svg.append(" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
        } else {
            svg.append(" fill=\"").append(colours.colour(value)).append("\" stroke=\"#0b0c0c\" stroke-width=\"1.5\"/>");
        }
        label.ifPresent(placed -> {
            if (placed.leader()) {
                svg.append("<line x1=\"").append(number(circle.x())).append("\" y1=\"").append(number(circle.y()))
                        .append("\" x2=\"").append(number(placed.leaderX())).append("\" y2=\"")
                        .append(number(placed.leaderY())).append("\" stroke=\"#505a5f\" stroke-width=\"1\"/>");
            }
            svg.append("<text x=\"").append(number(placed.textX())).append("\" y=\"").append(number(placed.baseline()))
                    .append("\" font-size=\"14\" fill=\"#0b0c0c\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(escape(locality.name())).append(" <tspan font-weight=\"700\">")
                    .append(escape(locality.formatted(measure))).append("</tspan></text>");
        });
        svg.append("</a>");
    }

    private static void legend(StringBuilder svg, ColourSteps colours, MarketMeasure measure, double top) {
        svg.append("<g class=\"market-map-legend\" aria-hidden=\"true\" font-size=\"14\" fill=\"#0b0c0c\">");
        svg.append("<text x=\"").append(number(MARGIN)).append("\" y=\"").append(number(top + 16)).append("\">")
                .append(escape(measure.label())).append(measure.isMoreBetter() ? "" : " (more means more unmet need)")
                .append(". Dashed circle: nothing to measure.</text>");
        double x = MARGIN;
        for (ColourSteps.Step step : colours.steps()) {
            String range = step.from() == step.to() ? measure.format(step.from())
                    : measure.format(step.from()) + " to " + measure.format(step.to());
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(top + 30))
                    .append("\" width=\"24\" height=\"18\" stroke=\"#0b0c0c\" fill=\"").append(step.colour()).append("\"/>")
                    .append("<text x=\"").append(number(x + 30)).append("\" y=\"").append(number(top + 44)).append("\">")
                    .append(escape(range)).append("</text>");
            x += 40 + 8.5 * range.length();
        }
        svg.append("</g>");
    }
}
