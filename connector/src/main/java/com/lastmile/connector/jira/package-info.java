/**
 * Last Mile over Jira's REST API, for sites that cannot install the plugin (Jira Cloud, locked-down Data Center):
 * {@code http} sends requests (auth, timeouts, retries, Jira's error messages), {@code api} speaks Jira Cloud
 * REST v3 and Data Center REST v2 behind one port, and the importer and tree loader translate between Jira
 * issues and core's model.
 */
package com.lastmile.connector.jira;
