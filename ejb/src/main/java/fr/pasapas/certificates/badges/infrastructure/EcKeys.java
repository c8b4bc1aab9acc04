package fr.pasapas.certificates.badges.infrastructure;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * EC P-256 keys with the JDK's own providers: generation, storage encodings (X.509 and PKCS#8 in base64) and the
 * public JWK members (RFC 7517/7518) with its RFC 7638 thumbprint.
 */
public final class EcKeys {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    /** The size in bytes of a P-256 coordinate. */
    private static final int COORDINATE = 32;

    private EcKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot make a P-256 key", e);
        }
    }

    public static String encodePublic(ECPublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static ECPublicKey decodePublic(String base64) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored public key cannot be read", e);
        }
    }

    public static PrivateKey decodePrivate(String base64) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // never say more: the message could end in a log
            throw new IllegalStateException("The stored private key cannot be read");
        }
    }

    /** The x coordinate, base64url, 32 bytes as RFC 7518 6.2.1.2 requires. */
    public static String x(ECPublicKey key) {
        return BASE64URL.encodeToString(coordinate(key.getW().getAffineX()));
    }

    /** The y coordinate, base64url, 32 bytes. */
    public static String y(ECPublicKey key) {
        return BASE64URL.encodeToString(coordinate(key.getW().getAffineY()));
    }

    /** The RFC 7638 JWK thumbprint (SHA-256 of the required members in lexicographic order), base64url. */
    public static String thumbprint(ECPublicKey key) {
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x(key) + "\",\"y\":\"" + y(key) + "\"}";
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == COORDINATE) {
            return bytes;
        }
        byte[] fixed = new byte[COORDINATE];
        if (bytes.length > COORDINATE) { // a leading sign byte
            System.arraycopy(bytes, bytes.length - COORDINATE, fixed, 0, COORDINATE);
        } else {
            System.arraycopy(bytes, 0, fixed, COORDINATE - bytes.length, bytes.length);
        }
        return Arrays.copyOf(fixed, COORDINATE);
    }
}
