/*
 * Last Mile dashboard gadget "RACI matrix" (AMD module "lastmile/gadget/raci-matrix").
 *
 * Items × people from GET /raci, each cell R, A, R+A, C or I (or a combination the hygiene
 * findings report), with row and column headers (scope attributes), a legend, and a warning on
 * rows that break the rule "exactly one Accountable".
 */
define('lastmile/gadget/raci-matrix', ['lastmile/gadget/common'], function (common) {
    'use strict';

    var el = common.el;
    var TITLE = 'gadget.raci.title';
    var LETTERS = ['R', 'A', 'C', 'I'];

    function Gadget(API) {
        this.api = common.api(API);
    }

    Gadget.prototype.render = function (context, preferences) {
        return common.render(this, context, preferences, {
            view: 'raci',
            titleKey: TITLE,
            load: function (prefs) {
                return common.getJSON('/raci', Object.assign({ limit: 1000 }, prefs.root ? { root: prefs.root } : {}));
            }
        });
    };

    Gadget.prototype.renderEdit = function (context, preferences) {
        return common.renderEdit(this, context, preferences, TITLE);
    };

    /** The letters of a cell value such as "R+A" → ["R", "A"]. */
    function letters(value) {
        return String(value || '').split('+').map(function (s) {
            return s.trim();
        }).filter(function (s) {
            return s;
        });
    }

    function cellClass(value) {
        var ls = letters(value);
        if (ls.length === 2 && ls.indexOf('R') >= 0 && ls.indexOf('A') >= 0) {
            return 'lm-raci--ra';
        }
        if (ls.length > 1) {
            return 'lm-raci--combo';
        }
        return ls.length ? 'lm-raci--' + ls[0].toLowerCase() : '';
    }

    function roleNames(labels, value) {
        return letters(value).map(function (letter) {
            return labels.has('gadget.raci.role.' + letter) ? labels.t('gadget.raci.role.' + letter) : letter;
        }).join(' + ');
    }

    function chip(value, labels) {
        return el('span', { className: 'lm-raci ' + cellClass(value), 'data-role': value }, [
            el('span', { className: 'lm-raci__letters', 'aria-hidden': 'true', text: value }),
            common.srOnly(roleNames(labels, value))
        ]);
    }

    Gadget.prototype.draw = function (root, labels, data) {
        var people = data.people || [];
        var items = data.items || [];

        if (!items.length) {
            root.appendChild(el('p', { className: 'lm-empty', text: labels.t('gadget.raci.none') }));
        } else {
            var captionId = common.uid(this.api.gadgetId() + '-raci');
            var head = el('tr', null, [el('th', { scope: 'col', className: 'lm-raci-table__corner', text: labels.t('gadget.raci.col.item') })]
                .concat(people.map(function (person) {
                    return el('th', { scope: 'col', className: 'lm-raci-table__person', 'data-person': person.id, title: person.id }, [
                        el('span', { text: person.name || person.id })
                    ]);
                })));
            var rows = items.map(function (item) {
                var cells = item.cells || {};
                var accountable = 0;
                Object.keys(cells).forEach(function (id) {
                    if (letters(cells[id]).indexOf('A') >= 0) {
                        accountable++;
                    }
                });
                var warning = null;
                if (accountable !== 1) {
                    warning = el('span', { className: 'lm-raci-warn', 'data-field': 'warning' }, [
                        el('span', { 'aria-hidden': 'true', text: '\u26A0 ' }),
                        accountable === 0 ? labels.t('gadget.raci.warn.noA') : labels.t('gadget.raci.warn.manyA', accountable)
                    ]);
                }
                return el('tr', { 'data-key': item.key }, [
                    el('th', { scope: 'row', className: 'lm-raci-table__item' }, [
                        el('div', null, [
                            common.issueKey(item.key), ' ',
                            el('span', { className: 'lm-summary', 'data-field': 'summary', text: item.summary || '' })
                        ]),
                        el('div', { className: 'lm-subtle' }, [
                            el('span', { text: item.typeName || item.type || '' }),
                            warning ? ' ' : null,
                            warning
                        ])
                    ])
                ].concat(people.map(function (person) {
                    var value = cells[person.id];
                    return el('td', { className: 'lm-raci-table__cell', 'data-person': person.id },
                        value ? chip(value, labels) : common.srOnly(labels.t('gadget.raci.cell.none')));
                })));
            });
            root.appendChild(el('div', {
                className: 'lm-scroll', tabindex: '0', role: 'region', 'aria-labelledby': captionId
            }, el('table', { className: 'lm-table lm-raci-table' }, [
                el('caption', { id: captionId, className: 'lm-sr-only', text: labels.t('gadget.raci.caption') }),
                el('thead', null, head),
                el('tbody', null, rows)
            ])));
        }

        var legendId = common.uid(this.api.gadgetId() + '-legend');
        root.appendChild(el('div', { className: 'lm-legend', role: 'group', 'aria-labelledby': legendId }, [
            el('span', { id: legendId, className: 'lm-legend__title', text: labels.t('gadget.raci.legend') }),
            el('dl', { className: 'lm-legend__list' }, ['R', 'A', 'R+A', 'C', 'I'].map(function (value) {
                var key = value === 'R+A' ? 'RA' : value;
                return el('div', { className: 'lm-legend__entry' }, [
                    el('dt', null, el('span', { className: 'lm-raci ' + cellClass(value), 'aria-hidden': 'true' },
                        el('span', { className: 'lm-raci__letters', text: value }))),
                    el('dd', null, [
                        el('strong', { text: labels.t('gadget.raci.legend.' + key) }), ' ',
                        el('span', { className: 'lm-subtle', text: labels.t('gadget.raci.legend.' + key + '.help') })
                    ])
                ]);
            }))
        ]));

        var note = common.hiddenNote(data.hidden, labels);
        if (note) {
            root.appendChild(note);
        }
        if (common.isNumber(data.total) && data.total > items.length) {
            root.appendChild(el('p', { className: 'lm-meta', text: labels.t('gadget.raci.paged', items.length, data.total) }));
        }
    };

    Gadget.LETTERS = LETTERS;
    return Gadget;
});
