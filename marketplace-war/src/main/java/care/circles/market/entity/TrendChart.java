package care.circles.market.entity;

import static care.circles.market.entity.SvgText.escape;
import static care.circles.market.entity.SvgText.number;

import java.util.List;
import java.util.Objects;

/**
 * A line chart of one measure month by month, as SVG drawn on the server. It is a picture
 * ({@code role="img"}) with a title and a summary; the table beside it gives every figure.
 */
public final class TrendChart {

    private static final double WIDTH = 880;
    private static final double HEIGHT = 320;
    private static final double LEFT = 80;
    private static final double RIGHT = 48;
    private static final double TOP = 20;
    private static final double BOTTOM = 50;

    private TrendChart() {
    }

    /** @param where "Whole county" or a town's name, for the title */
    public static String render(MarketMeasure measure, String where, List<MonthFigure> months) {
        List<Long> known = months.stream().map(MonthFigure::value).filter(Objects::nonNull).toList();
        ChartScale scale = ChartScale.covering(known.stream().mapToLong(Long::longValue).min().orElse(0),
                known.stream().mapToLong(Long::longValue).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"market-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(number(WIDTH)).append(' ').append(number(HEIGHT))
                .append("\" aria-labelledby=\"market-chart-title market-chart-desc\">");
        svg.append("<title id=\"market-chart-title\">").append(escape(measure.label() + ", " + where + ", month by month"))
                .append("</title><desc id=\"market-chart-desc\">").append(escape(summary(measure, months)))
                .append("</desc>");
        svg.append("<g font-size=\"13\" fill=\"#0b0c0c\">");
        for (long tick : scale.ticks()) {
            double y = TOP + plotHeight * (1 - scale.position(tick));
            svg.append("<line x1=\"").append(number(LEFT)).append("\" x2=\"").append(number(LEFT + plotWidth))
                    .append("\" y1=\"").append(number(y)).append("\" y2=\"").append(number(y))
                    .append("\" stroke=\"").append(tick == 0 ? "#0b0c0c" : "#b1b4b6").append("\"/>")
                    .append("<text x=\"").append(number(LEFT - 8)).append("\" y=\"").append(number(y + 4))
                    .append("\" text-anchor=\"end\">").append(escape(measure.format(tick))).append("</text>");
        }
        double gap = months.size() > 1 ? plotWidth / (months.size() - 1) : 0;
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            MonthFigure month = months.get(i);
            double x = LEFT + (months.size() > 1 ? gap * i : plotWidth / 2);
            if (months.size() <= 12 || i % 2 == 0) {
                svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(HEIGHT - BOTTOM + 20))
                        .append("\" text-anchor=\"middle\">").append(escape(month.shortName())).append("</text>");
            }
            if (month.value() == null) {
                continue;
            }
            double y = TOP + plotHeight * (1 - scale.position(month.value()));
            line.append(line.isEmpty() ? "M" : " L").append(number(x)).append(',').append(number(y));
            dots.append("<circle r=\"4\" cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\"/>");
        }
        svg.append("</g>");
        if (!line.isEmpty()) {
            svg.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"3\"/>");
            svg.append("<g fill=\"#1d4f91\">").append(dots).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** "From 12 in April 2025 to 18 in March 2026; highest 19 in January 2026." */
    static String summary(MarketMeasure measure, List<MonthFigure> months) {
        List<MonthFigure> known = months.stream().filter(m -> m.value() != null).toList();
        if (known.isEmpty()) {
            return "No figures recorded yet.";
        }
        MonthFigure first = known.get(0);
        MonthFigure last = known.get(known.size() - 1);
        MonthFigure highest = known.stream().max(java.util.Comparator.comparing(MonthFigure::value)).orElseThrow();
        return "From " + measure.format(first.value()) + " in " + first.name() + " to " + measure.format(last.value())
                + " in " + last.name() + "; highest " + measure.format(highest.value()) + " in " + highest.name() + ".";
    }
}
