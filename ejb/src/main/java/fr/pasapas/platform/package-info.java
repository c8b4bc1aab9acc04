/** Platform: settings from the environment, database migrations, start-up checks and demo data. */
package fr.pasapas.platform;
