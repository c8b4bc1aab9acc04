package fr.pasapas.certificates.badges.application;

import fr.pasapas.certificates.badges.domain.SigningKeyRecord;
import fr.pasapas.certificates.badges.infrastructure.CompactJws;
import fr.pasapas.certificates.badges.infrastructure.EcKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;

/**
 * Reads the platform's Open Badges signing key from the database, generating it the first time. The row is
 * created empty by the migration and read under its write lock: when two nodes start at once, the first
 * generates and stores the key, the second waits for the lock and then reads that key (one key, no retry).
 * Never cached here: {@link BadgeKeys} keeps the key in memory.
 */
@Stateless
@PermitAll
public class BadgeKeyStore {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** The Open Badges key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PlatformKey loadOrCreate() {
        return loadOrCreate(SigningKeyRecord.OPEN_BADGES);
    }

    /** The key of one purpose, whose row exists (the Open Badges one since V23; tests use rows of their own). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PlatformKey loadOrCreate(String purpose) {
        SigningKeyRecord row = em.find(SigningKeyRecord.class, purpose, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("The badge_signing_key row " + purpose + " is missing: the V23 migration did not run");
        }
        if (row.isEmpty()) {
            KeyPair pair = EcKeys.generate();
            ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
            row.fill(CompactJws.ES256, EcKeys.thumbprint(publicKey), EcKeys.encodePublic(publicKey),
                    EcKeys.encodePrivate(pair.getPrivate()), clock.instant());
        }
        if (!CompactJws.ES256.equals(row.getAlgorithm())) {
            throw new IllegalStateException("Unsupported signing algorithm " + row.getAlgorithm());
        }
        return new PlatformKey(row.getKeyId(), EcKeys.decodePublic(row.getPublicKey()), EcKeys.decodePrivate(row.getPrivateKey()));
    }
}
