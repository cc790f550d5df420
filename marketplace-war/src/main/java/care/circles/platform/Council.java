package care.circles.platform;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council this installation serves; set per council with COUNCIL_NAME and COUNCIL_AREA. */
@Named("council")
@ApplicationScoped
public class Council {

    @Inject
    @ConfigProperty(name = "council.name", defaultValue = "Dorset Council")
    String name;

    @Inject
    @ConfigProperty(name = "council.area", defaultValue = "Dorset")
    String area;

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }
}
