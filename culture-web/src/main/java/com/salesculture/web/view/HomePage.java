package com.salesculture.web.view;

import com.salesculture.workflow.application.home.HomeService;
import com.salesculture.workflow.application.home.HomeViews;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The home page: what needs the signed-in person now, one card per role, with charts where a glance beats a table. */
@Named("homePage")
@RequestScoped
public class HomePage {

    @EJB
    private HomeService homes;

    private HomeViews.Home home;

    public HomeViews.Home getHome() {
        if (home == null) {
            home = homes.home();
        }
        return home;
    }


    /** "in 3 days", "today", "3 days overdue": how urgent a due date is, in words. */
    public String urgency(Instant due) {
        if (due == null) {
            return "";
        }
        long days = Duration.between(Instant.now(), due).toDays();
        if (due.isBefore(Instant.now())) {
            return Texts.text("home.overdueBy", Math.max(1, -days));
        }
        return days == 0 ? Texts.text("home.dueToday") : Texts.text("home.dueIn", days);
    }

    public boolean overdue(Instant due) {
        return due != null && due.isBefore(Instant.now());
    }

    public List<Map.Entry<String, Long>> stages() {
        return getHome().exits() == null ? List.of() : List.copyOf(getHome().exits().byStage().entrySet());
    }
}
