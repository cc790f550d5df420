package care.circles.platform;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "Circles marketplace API",
        version = "1",
        description = "Find personal assistants and local care and support. Public endpoints need no sign-in."))
public class ApiApplication extends Application {
}
