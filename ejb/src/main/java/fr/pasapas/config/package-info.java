/** Settings every context may use, depending on none of them: the platform's time zone. */
package fr.pasapas.config;
