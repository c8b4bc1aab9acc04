package fr.pasapas.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JSON API for other tools and the offline app, under /api. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
