package com.salesculture.web.view.exceptionhandler;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RefusalExceptionHandler} (faces-config.xml). */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
