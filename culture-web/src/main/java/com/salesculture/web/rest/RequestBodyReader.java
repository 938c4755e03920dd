package com.salesculture.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON body into the resource method's request record (ours, or a domain input taken as it is), so that
 * the record is both what the method reads and what the OpenAPI description shows. Field by field
 * through {@link JsonRequest}: a wrong type is a 400 naming its field, not one message for the body.
 * Roles are checked before this runs (RESTEasy's role filter), so a refused caller's body is never read.
 */
@Provider
public class RequestBodyReader implements MessageBodyReader<Record> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("com.salesculture.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return JsonRequest.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8), type);
    }
}
