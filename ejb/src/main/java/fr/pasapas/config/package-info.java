/** Settings every context may use, depending on none of them: environment settings and the platform's time zone. */
package fr.pasapas.config;
