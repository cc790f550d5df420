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

    /** Where people phone about an adult at risk in office hours; set per council with SAFEGUARDING_PHONE. */
    @Inject
    @ConfigProperty(name = "safeguarding.phone", defaultValue = "01305 221016")
    String safeguardingPhone;

    /** The emergency duty service for evenings, weekends and bank holidays (SAFEGUARDING_OUT_OF_HOURS_PHONE). */
    @Inject
    @ConfigProperty(name = "safeguarding.out-of-hours-phone", defaultValue = "01305 858250")
    String outOfHoursPhone;

    public String getSafeguardingPhone() {
        return safeguardingPhone;
    }

    public String getOutOfHoursPhone() {
        return outOfHoursPhone;
    }

    public String getName() {
        return name;
    }

    public String getArea() {
        return area;
    }
}
