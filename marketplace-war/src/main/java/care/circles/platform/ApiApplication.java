package care.circles.platform;

import java.util.Map;

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

    /**
     * No resource method has Bean Validation constraints (parameters are checked by the entities
     * they build, which name each field at fault), so JAX-RS need not look for any on every request.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.beanValidation.disable.server", true);
    }
}
