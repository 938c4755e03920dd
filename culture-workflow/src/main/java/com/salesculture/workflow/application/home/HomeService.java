package com.salesculture.workflow.application.home;

/** What needs the signed-in person now: the home page after sign-in, one part per role they hold. */
public interface HomeService {

    HomeViews.Home home();
}
