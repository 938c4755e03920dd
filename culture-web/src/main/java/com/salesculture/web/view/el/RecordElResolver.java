package com.salesculture.web.view.el;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read record components ({@code #{task.name}} calls {@code task.name()}): the views of
 * the application services are records, and Jakarta EL 5 (EE 10) knows only getters. Read-only.
 */
public class RecordElResolver extends ELResolver {

    private final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> accessor = accessor(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.get().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("Cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of " + base.getClass().getSimpleName() + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private Optional<Method> accessor(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        Map<String, Method> byName = accessors.computeIfAbsent(base.getClass(), type -> Arrays
                .stream(type.getRecordComponents())
                .collect(java.util.stream.Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor)));
        return Optional.ofNullable(byName.get(property.toString()));
    }
}
