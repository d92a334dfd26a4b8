/*
 * Last Mile dashboard gadget "Weekly review board" (AMD module "lastmile/gadget/review-board").
 *
 * One row per goal metric of GET /review `board`: target, actual and achievement, the last recorded
 * checkpoints (actual vs planned), trend and the band of the latest recorded checkpoint, plus the
 * counts of the weekly review (needs attention, overdue, due soon). Bands and trends are shown as
 * colour + icon + text.
 */
define('lastmile/gadget/review-board', ['lastmile/gadget/common'], function (common) {
    'use strict';

    var el = common.el;
    var TITLE = 'gadget.board.title';
    var RECENT = 3;

    function Gadget(API) {
        this.api = common.api(API);
    }

    Gadget.prototype.render = function (context, preferences) {
        return common.render(this, context, preferences, {
            view: 'board',
            titleKey: TITLE,
            load: function (prefs) {
                var scope = prefs.root ? { root: prefs.root } : {};
                return common.getJSON('/review', scope).then(function (review) {
                    var params = Object.assign({ limit: 1000, asOf: review.asOf }, scope);
                    return common.getJSON('/checkpoints', params).then(function (checkpoints) {
                        return { review: review, checkpoints: checkpoints };
                    });
                });
            }
        });
    };

    Gadget.prototype.renderEdit = function (context, preferences) {
        return common.renderEdit(this, context, preferences, TITLE);
    };

    /** Recorded checkpoints per goal key, oldest first (the API sorts by due date, then key). */
    function recordedByGoal(checkpoints) {
        var byGoal = {};
        (checkpoints || []).forEach(function (cp) {
            if (common.isNumber(cp.actual) && cp.goal) {
                (byGoal[cp.goal] = byGoal[cp.goal] || []).push(cp);
            }
        });
        return byGoal;
    }

    function count(kind, icon, value, label) {
        return el('li', { className: 'lm-count lm-count--' + kind + (value > 0 ? ' lm-count--active' : ''), 'data-count': kind }, [
            el('span', { className: 'lm-count__icon', 'aria-hidden': 'true', text: icon }),
            el('span', { className: 'lm-count__value', text: String(value) }),
            el('span', { className: 'lm-count__label', text: label })
        ]);
    }

    Gadget.prototype.draw = function (root, labels, data) {
        var review = data.review;
        var board = review.board || [];
        var recorded = recordedByGoal(data.checkpoints.checkpoints);

        root.appendChild(el('p', { className: 'lm-meta', text: labels.t('gadget.asOf', review.asOf) }));

        root.appendChild(el('ul', { className: 'lm-counts', 'aria-label': labels.t('gadget.board.counts') }, [
            count('attention', '\u26A0', (review.attention || []).length, labels.t('gadget.board.attention')),
            count('overdue', '\u2691', (review.overdue || []).length, labels.t('gadget.board.overdue')),
            count('dueSoon', '\u25F7', (review.dueSoon || []).length, labels.t('gadget.board.dueSoon'))
        ]));

        if (!board.length) {
            root.appendChild(el('p', { className: 'lm-empty', text: labels.t('gadget.board.none') }));
        } else {
            var head = el('tr', null, [
                el('th', { scope: 'col', text: labels.t('gadget.board.col.goal') }),
                el('th', { scope: 'col', className: 'lm-num', text: labels.t('gadget.board.col.target') }),
                el('th', { scope: 'col', text: labels.t('gadget.board.col.actual') }),
                el('th', { scope: 'col', text: labels.t('gadget.board.col.recent') }),
                el('th', { scope: 'col', text: labels.t('gadget.board.col.trend') }),
                el('th', { scope: 'col', text: labels.t('gadget.board.col.band') })
            ]);
            var rows = board.map(function (goal) {
                return row(labels, goal, recorded[goal.key] || []);
            });
            var captionId = common.uid('lm-board');
            root.appendChild(el('div', {
                className: 'lm-scroll', tabindex: '0', role: 'region', 'aria-labelledby': captionId
            }, el('table', { className: 'lm-table lm-board' }, [
                el('caption', { id: captionId, className: 'lm-sr-only', text: labels.t('gadget.board.caption') }),
                el('thead', null, head),
                el('tbody', null, rows)
            ])));
        }

        var note = common.hiddenNote(review.hidden, labels);
        if (note) {
            root.appendChild(note);
        }
    };

    function withUnit(value, unit, labels) {
        if (!common.isNumber(value)) {
            return '—';
        }
        return common.number(value, labels) + (unit ? (unit === '%' ? '' : ' ') + unit : '');
    }

    function row(labels, goal, recorded) {
        var recent = recorded.slice(-RECENT);
        var latest = recorded.length ? recorded[recorded.length - 1] : null;
        var accountable = (goal.accountable || []).map(function (p) {
            return p.name || p.id;
        }).join(', ');

        var goalCell = el('th', { scope: 'row', className: 'lm-board__goal' }, [
            el('div', null, [
                common.issueKey(goal.key), ' ',
                el('span', { className: 'lm-summary', 'data-field': 'summary', text: goal.summary || '' })
            ]),
            el('div', { className: 'lm-subtle' }, [
                goal.metricName ? el('span', { 'data-field': 'metric', text: goal.metricName }) : null,
                goal.metricName && accountable ? ' · ' : null,
                accountable ? el('span', { 'data-field': 'accountable', text: labels.t('gadget.board.accountable', accountable) }) : null
            ])
        ]);

        var targetCell = el('td', { className: 'lm-num', 'data-field': 'target' }, [
            el('div', { className: 'lm-nowrap', text: withUnit(goal.target, goal.unit, labels) }),
            common.isNumber(goal.baseline)
                ? el('div', { className: 'lm-subtle', text: labels.t('gadget.board.baseline', common.number(goal.baseline, labels)) })
                : null
        ]);

        var actualCell = el('td', { className: 'lm-board__actual', 'data-field': 'actual' }, [
            el('div', { className: 'lm-board__actual-value', text: withUnit(goal.actual, goal.unit, labels) }),
            common.progressBar(goal.progress, labels, labels.t('gadget.board.progressOf', goal.key)),
            common.isNumber(goal.achievement)
                ? el('div', { className: 'lm-subtle', 'data-field': 'achievement',
                    text: labels.t('gadget.board.achievement', common.percent(goal.achievement, labels)) })
                : null
        ]);

        var recentCell = el('td', { className: 'lm-board__recent', 'data-field': 'recent' });
        if (!recent.length) {
            recentCell.appendChild(el('span', { className: 'lm-subtle', text: labels.t('gadget.board.recent.none') }));
        } else {
            recentCell.appendChild(el('ol', { className: 'lm-recent' }, recent.map(function (cp) {
                var band = cp.band ? cp.band.toLowerCase() : 'none';
                return el('li', { className: 'lm-recent__item lm-recent__item--' + band, 'data-key': cp.key, 'data-band': cp.band || '' }, [
                    el('time', { className: 'lm-recent__due', datetime: cp.due, text: cp.due.substring(5) }),
                    ' ',
                    el('span', { className: 'lm-recent__values',
                        text: labels.t('gadget.board.recent.values', common.number(cp.actual, labels), common.number(cp.planned, labels)) }),
                    ' ',
                    common.bandMark(cp.band, labels)
                ]);
            })));
        }

        return el('tr', { 'data-key': goal.key }, [
            goalCell,
            targetCell,
            actualCell,
            recentCell,
            el('td', { 'data-field': 'trend' }, common.trendIndicator(goal.trend, labels)),
            el('td', { 'data-field': 'band' }, common.bandBadge(latest ? latest.band : null, labels))
        ]);
    }

    return Gadget;
});
