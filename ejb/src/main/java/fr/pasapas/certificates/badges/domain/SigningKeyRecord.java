package fr.pasapas.certificates.badges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The platform's stored signing key for one purpose. The row exists from the migration on, empty: the first use
 * fills it under the row's lock, once. {@link #toString()} never shows the private key.
 */
@Entity
@Table(name = "badge_signing_key")
public class SigningKeyRecord {

    public static final String OPEN_BADGES = "open-badges";

    @Id
    @Column(length = 20)
    private String purpose;

    @Column(length = 10)
    private String algorithm;

    @Column(name = "key_id", length = 64)
    private String keyId;

    /** X.509 SubjectPublicKeyInfo, base64. */
    @Column(name = "public_key", length = 400)
    private String publicKey;

    /** PKCS#8, base64. */
    @Column(name = "private_key", length = 400)
    private String privateKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SigningKeyRecord() {
    }

    public boolean isEmpty() {
        return privateKey == null;
    }

    /** Stores a newly generated key; a filled row is never overwritten. */
    public void fill(String algorithm, String keyId, String publicKey, String privateKey, Instant createdAt) {
        if (!isEmpty()) {
            throw new IllegalStateException("The " + purpose + " key exists already");
        }
        this.algorithm = algorithm;
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = createdAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "SigningKeyRecord[" + purpose + ", " + algorithm + ", " + keyId + "]";
    }
}
