package care.circles.timesheet.boundary;

import java.time.Clock;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.ListPage;
import care.circles.timesheet.control.OverdueTimesheets;
import care.circles.timesheet.entity.OverdueTimesheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Timesheets waiting more than 7 days for the DP holder (/council/timesheets-overdue.xhtml). */
@Named
@RequestScoped
public class OverdueTimesheetsPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    OverdueTimesheets overdue;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    private String page;
    private ListPage<OverdueTimesheet> list;

    public ListPage<OverdueTimesheet> getList() {
        if (list == null) {
            list = overdue.list(current.require(), clock, ListPage.number(page), PAGE_SIZE);
        }
        return list;
    }

    public String pageLink(int number) {
        return "?page=" + number;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
