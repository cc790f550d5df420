package care.circles.isf.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.isf.control.Isfs;
import care.circles.isf.entity.IsfSummary;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The lists of ISFs: the person's own (/isf/index.xhtml), the holder's (/provider/isfs.xhtml) and
 * every one for council staff with its flags (/council/isfs.xhtml).
 */
@Named
@RequestScoped
public class IsfLists {

    static final int PAGE_SIZE = 25;

    @Inject
    Isfs isfs;

    @Inject
    CurrentAccount current;

    private String page;
    private ListPage<IsfSummary> all;

    public List<IsfSummary> getMine() {
        return isfs.ofPerson(current.require());
    }

    public List<IsfSummary> getHeld() {
        return isfs.ofHolder(current.require());
    }

    public ListPage<IsfSummary> getAll() {
        if (all == null) {
            all = isfs.all(current.require(), ListPage.number(page), PAGE_SIZE);
        }
        return all;
    }

    public String late(IsfSummary summary) {
        return summary.lateStatements().size() == 1 ? "1 statement late"
                : summary.lateStatements().size() + " statements late";
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
