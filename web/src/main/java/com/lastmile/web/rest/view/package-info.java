/**
 * The JSON bodies of the REST API (docs/rest-api.md): records serialised by {@code LastMileJson}, built from
 * the domain's results with localised names beside the stable codes.
 */
package com.lastmile.web.rest.view;
