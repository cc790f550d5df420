package care.circles.privacy.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.privacy.control.PersonalData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Asking for one's data to be erased (/account/erase.xhtml). It cannot be undone, so the page
 * says what goes and what the law makes us keep, and asks for the password and a tick first.
 */
@Named
@RequestScoped
public class ErasurePage {

    @Inject
    PersonalData personalData;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String password;

    public List<String> getKept() {
        return personalData.keptOnErasure();
    }

    public String erase() throws ServletException {
        boolean understood = "yes".equals(faces.getExternalContext().getRequestParameterMap().get("understood"));
        try {
            personalData.erase(current.require(), password == null ? new char[0] : password.toCharArray(), understood);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/erased.xhtml?faces-redirect=true";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
