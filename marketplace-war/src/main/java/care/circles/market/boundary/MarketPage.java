package care.circles.market.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

import care.circles.account.control.CurrentAccount;
import care.circles.market.control.AreaOutline;
import care.circles.market.control.MarketFigures;
import care.circles.market.control.MarketSnapshots;
import care.circles.market.entity.LocalityFigures;
import care.circles.market.entity.MarketMap;
import care.circles.market.entity.MarketMeasure;
import care.circles.market.entity.MarketPicture;
import care.circles.market.entity.MonthFigure;
import care.circles.market.entity.TrendChart;
import care.circles.platform.Platform;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The council's market view (/council/market.xhtml): a map coloured by a chosen measure, a
 * sortable table of every locality, and the chosen measure's trend month by month. Everything
 * is chosen in the address (GET), so every view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class MarketPage {

    static final MarketMeasure DEFAULT_MEASURE = MarketMeasure.VERIFIED_PAS;
    static final String BY_NAME = "NAME";
    private static final int TREND_MONTHS = 12;

    @Inject
    MarketFigures figures;

    @Inject
    MarketSnapshots snapshots;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    private String measure;
    private String sort;
    private String dir;
    private String trend;
    private MarketPicture picture;
    private List<MonthFigure> months;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    public MarketPicture getPicture() {
        if (picture == null) {
            picture = figures.forCouncilUser(current.require(), today(), clock.instant());
        }
        return picture;
    }

    public MarketMeasure getChosen() {
        return MarketMeasure.parse(measure).orElse(DEFAULT_MEASURE);
    }

    public List<MarketMeasure> getMeasures() {
        return Arrays.asList(MarketMeasure.values());
    }

    /** The column the table is sorted by: a measure, or null for the locality's name. */
    private MarketMeasure sortedBy() {
        return MarketMeasure.parse(sort).orElse(null);
    }

    private boolean descending() {
        return "desc".equals(dir);
    }

    public List<LocalityFigures> getRows() {
        return getPicture().sorted(sortedBy(), descending());
    }

    /** "ascending", "descending" or "none", for the column header's aria-sort. */
    public String ariaSort(String column) {
        String sortedColumn = sortedBy() == null ? BY_NAME : sortedBy().code();
        if (!sortedColumn.equals(column)) {
            return "none";
        }
        return descending() ? "descending" : "ascending";
    }

    /**
     * The link on a column header: sorts by it, or turns the order round if it is sorted by it
     * already. Figures sort highest first at the first click, names A to Z.
     */
    public String sortLink(String column) {
        String order;
        if (!"none".equals(ariaSort(column))) {
            order = descending() ? "asc" : "desc";
        } else {
            order = BY_NAME.equals(column) ? "asc" : "desc";
        }
        return link(getChosen().code(), column, order, trend) + "#localities";
    }

    /** The same view with another locality's trend. */
    public String trendLink(LocalityFigures locality) {
        return link(getChosen().code(), sort, dir, String.valueOf(locality.key())) + "#trend";
    }

    private static String link(String measure, String sort, String dir, String trend) {
        StringJoiner link = new StringJoiner("&", "?", "");
        String[][] chosen = {{"measure", measure}, {"sort", sort}, {"dir", dir}, {"trend", trend}};
        for (String[] parameter : chosen) {
            if (parameter[1] != null && !parameter[1].isBlank()) {
                link.add(parameter[0] + "=" + URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            }
        }
        return link.toString();
    }

    public String getCsvLink() {
        return "market.csv";
    }

    public String getMapSvg() {
        return MarketMap.render(getChosen(), getPicture().localities(), getPicture().geography(), AreaOutline.points(),
                "#locality-");
    }

    /** The locality whose trend is shown: the one chosen in the address, or the whole county. */
    public LocalityFigures getTrendLocality() {
        return getPicture().localities().stream().filter(l -> String.valueOf(l.key()).equals(trend)).findFirst()
                .orElse(getPicture().county());
    }

    public List<MonthFigure> getMonths() {
        if (months == null) {
            months = snapshots.trend(getChosen(), getTrendLocality(), today(), TREND_MONTHS);
        }
        return months;
    }

    public String getChartSvg() {
        return TrendChart.render(getChosen(), getTrendLocality().name(), getMonths());
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }

    public String getTrend() {
        return trend;
    }

    public void setTrend(String trend) {
        this.trend = trend;
    }
}
