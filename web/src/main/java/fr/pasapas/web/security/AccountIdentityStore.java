package fr.pasapas.web.security;

import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuthenticatedAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks a username with its PIN or password against the accounts in the database. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<AuthenticatedAccount> account = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        return account
                .map(a -> new CredentialValidationResult(a.username(),
                        a.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
