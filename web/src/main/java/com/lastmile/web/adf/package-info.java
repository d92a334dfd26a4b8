/** Atlassian Document Format (Jira Cloud's rich text) rendering of core's format-neutral documents. */
package com.lastmile.web.adf;
