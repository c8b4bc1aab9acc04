package fr.pasapas.certificates.badges.application;

import fr.pasapas.certificates.badges.domain.PublicJwk;
import fr.pasapas.certificates.badges.infrastructure.CompactJws;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The platform's Open Badges key, loaded (or generated, the very first time) at start-up and then kept in
 * memory: it signs credentials and gives its public half; the private key never leaves this bean.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class BadgeKeys {

    @EJB
    private BadgeKeyStore store;

    private volatile PlatformKey key;

    @PostConstruct
    void load() {
        key();
    }

    public PublicJwk publicJwk() {
        return key().publicJwk();
    }

    /** A compact JWS (ES256) of this header and payload, both JSON text. */
    public String signEs256(String headerJson, String payloadJson) {
        return CompactJws.signEs256(headerJson, payloadJson, key().privateKey());
    }

    private PlatformKey key() {
        PlatformKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = store.loadOrCreate();
                }
                loaded = key;
            }
        }
        return loaded;
    }
}
