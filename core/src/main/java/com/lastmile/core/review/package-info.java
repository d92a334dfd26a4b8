/**
 * The weekly review (周例会): what needs attention, what is due, what is overdue, the wins and the data
 * hygiene of an evaluation, as data ({@link com.lastmile.core.review.WeeklyReview}) and as a localised
 * document ({@link com.lastmile.core.review.WeeklyReviewDocument}).
 */
package com.lastmile.core.review;
