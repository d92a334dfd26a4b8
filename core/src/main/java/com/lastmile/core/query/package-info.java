/**
 * Selecting and bounding what a request shows: the subtree of a root item, checkpoint filters, the order of
 * issue keys and pages of long lists. Pure functions over the domain model, shared by every host.
 */
package com.lastmile.core.query;
