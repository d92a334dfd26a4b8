/**
 * How Last Mile's data sits in Jira, shared by the plugin (which creates the fields on enable) and the REST
 * connector (which finds or provisions them): the custom fields, the link type, the import marker.
 */
package com.lastmile.core.tracker;
