package care.circles.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as `mvn package` built it, plus the test helpers that run inside it. */
public final class MarketplaceDeployment {

    private MarketplaceDeployment() {
    }

    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/marketplace.war"))
                .addClasses(MarketplaceDeployment.class, HttpProbe.class, CommittedRows.class);
    }
}
