package com.salesculture.web.view;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address in the mails, {@code /survey/<token>}, shows the public survey page for that token. */
@WebServlet("/survey/*")
public class SurveyLinks extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        request.getRequestDispatcher("/survey.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
