package care.circles.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

/**
 * Calls the methods pages name with arguments, like {@code #{searchPage.isChosen('skills', o.value())}},
 * finding each method once per class instead of on every call.
 *
 * <p>The standard bean resolver looks a method up on every evaluation: it copies every public
 * method of the class ({@code Class.getMethods()}; a CDI proxy has hundreds) to pick one by name.
 * A results page makes over a thousand such calls, and that copying was the largest single cost
 * of rendering it. Here the method is remembered per class, name and number of arguments, and
 * the arguments are converted exactly as the standard resolver converts them
 * ({@link ELContext#convertToType}). Only the plain case is taken: a public class with exactly
 * one public, non-varargs method of that name and number of arguments. Anything else (overloads,
 * varargs, explicit parameter types, static calls) is left to the standard resolvers unchanged.
 */
public class PageMethodCalls extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || base instanceof ELClass) {
            return null;
        }
        int arguments = params == null ? 0 : params.length;
        Optional<Method> found = onlyMethod(base.getClass(), method.toString(), arguments);
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] converted = new Object[arguments];
        for (int i = 0; i < arguments; i++) {
            converted[i] = context.convertToType(params[i], types[i]);
        }
        try {
            Object result = target.invoke(base, converted);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /** The one public method of a public class with this name and number of parameters, if there is exactly one. */
    static Optional<Method> onlyMethod(Class<?> type, String name, int arguments) {
        return METHODS.get(type).computeIfAbsent(name + '/' + arguments, key -> {
            if (!Modifier.isPublic(type.getModifiers())) {
                return Optional.empty();
            }
            Method only = null;
            for (Method candidate : type.getMethods()) {
                if (candidate.getName().equals(name) && candidate.getParameterCount() == arguments) {
                    if (only != null || candidate.isVarArgs()) {
                        return Optional.empty();
                    }
                    only = candidate;
                }
            }
            return Optional.ofNullable(only).filter(m -> !Modifier.isStatic(m.getModifiers()));
        });
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are for the other resolvers.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
