package fr.pasapas.it;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test only: keeps the server's sessions by id, so that an in-container test can look inside a browser's session. */
@WebListener
public class SessionRecorder implements HttpSessionListener, HttpSessionIdListener {

    private static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SESSIONS.remove(event.getSession().getId());
    }

    /** A login gives the session a new id (against session fixation). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        SESSIONS.remove(oldSessionId);
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    static HttpSession byId(String id) {
        HttpSession session = SESSIONS.get(id);
        if (session == null) {
            throw new AssertionError("no session " + id + " among " + SESSIONS.keySet());
        }
        return session;
    }
}
