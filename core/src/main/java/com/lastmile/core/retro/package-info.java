/**
 * The retrospective (复盘) of one goal as a document prefilled from the goal's own data, in the five steps
 * review the goal → compare results → analyse causes → extract methods → plan the next round (PDCA's "Act").
 */
package com.lastmile.core.retro;
