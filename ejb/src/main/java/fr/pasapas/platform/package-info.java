/** Platform: database migrations, start-up checks and demo data; the top of the order, it may use every context. */
package fr.pasapas.platform;
