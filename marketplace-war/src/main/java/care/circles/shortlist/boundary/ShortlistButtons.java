package care.circles.shortlist.boundary;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.InvalidInputException;
import care.circles.shortlist.control.Shortlist;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Add to shortlist" and "Remove from shortlist" beside each PA, on any page. The visible buttons
 * are plain submit buttons of the page's one shortlist form (WEB-INF/includes/shortlist-form.xhtml)
 * whose value is the profile id: a list of search results is not rebuilt on a post, so a Faces
 * button inside each result could not be told apart. The post carries the form's view state, so
 * it is protected from cross-site forgery like every Faces form.
 */
@Named
@RequestScoped
public class ShortlistButtons {

    static final String ADD = "shortlistAdd";
    static final String REMOVE = "shortlistRemove";
    static final String UNDO = "shortlistUndo";
    static final String PROBLEM = "shortlistProblem";

    @Inject
    Shortlist shortlist;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    private Set<Long> onShortlist;

    public boolean isShown() {
        return current.get().map(shortlist::isKeptBy).orElse(false);
    }

    public boolean has(long profileId) {
        if (onShortlist == null) {
            onShortlist = shortlist.profileIds(current.require());
        }
        return onShortlist.contains(profileId);
    }

    /** Back to the same page, at the same PA. */
    public String add() throws IOException {
        Optional<Long> id = chosen(ADD);
        try {
            id.ifPresent(profileId -> shortlist.add(current.require(), profileId));
        } catch (InvalidInputException e) {
            return toShortlistWith(e);
        }
        backToSamePage(id);
        return null;
    }

    /** From the shortlist page: back there with an "Undo"; from anywhere else: back to the same page. */
    public String remove() throws IOException {
        Optional<Long> id = chosen(REMOVE);
        boolean removed = id.map(profileId -> shortlist.remove(current.require(), profileId)).orElse(false);
        if ("/shortlist/index.xhtml".equals(faces.getViewRoot().getViewId())) {
            return removed ? "/shortlist/index.xhtml?faces-redirect=true&removed=" + id.get()
                    : "/shortlist/index.xhtml?faces-redirect=true";
        }
        backToSamePage(id);
        return null;
    }

    public String undo() {
        Optional<Long> id = chosen(UNDO);
        try {
            id.ifPresent(profileId -> shortlist.undoRemove(current.require(), profileId));
        } catch (InvalidInputException e) {
            return toShortlistWith(e);
        }
        return "/shortlist/index.xhtml?faces-redirect=true";
    }

    private String toShortlistWith(InvalidInputException problem) {
        faces.getExternalContext().getFlash().put(PROBLEM, problem.problems().get(0).message());
        return "/shortlist/index.xhtml?faces-redirect=true";
    }

    private Optional<Long> chosen(String button) {
        try {
            return Optional.of(Long.parseLong(faces.getExternalContext().getRequestParameterMap().get(button)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The page's own address with the query it was shown with (search words and filters, profile
     * id), scrolled to the PA's buttons. The query comes back from the form; only characters a
     * query string needs are accepted, and the path is always this page's own.
     */
    private void backToSamePage(Optional<Long> profileId) throws IOException {
        String page = faces.getApplication().getViewHandler()
                .getRedirectURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
        String query = faces.getExternalContext().getRequestParameterMap().get("returnQuery");
        if (query != null && SAFE_QUERY.matcher(query).matches() && !query.isEmpty()) {
            page = page.replaceFirst("\\?.*$", "") + "?" + query;
        }
        faces.getExternalContext().redirect(page + profileId.map(id -> "#shortlist-" + id).orElse(""));
        faces.responseComplete();
    }

    private static final java.util.regex.Pattern SAFE_QUERY = java.util.regex.Pattern.compile("[A-Za-z0-9%=&._+,~*-]{0,2000}");
}
