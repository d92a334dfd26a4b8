/*
 * Last Mile dashboard gadget "Checkpoints" (AMD module "lastmile/gadget/checkpoints").
 *
 * Overdue checkpoints and those due in the next 14 days, with planned/actual, deviation band and
 * verification state, and a form per checkpoint to record the actual value ("data check") and an
 * optional spot check ("on-site check"): POST /checkpoints/{key}/actual.
 */
define('lastmile/gadget/checkpoints', ['lastmile/gadget/common'], function (common) {
    'use strict';

    var el = common.el;
    var WINDOW_DAYS = 14;
    var TITLE = 'gadget.checkpoints.title';

    function Gadget(API) {
        this.api = common.api(API);
        this.status = null;
        this.focusAfterRender = null;
    }

    Gadget.prototype.render = function (context, preferences) {
        return common.render(this, context, preferences, {
            view: 'checkpoints',
            titleKey: TITLE,
            load: function (prefs) {
                var scope = prefs.root ? { root: prefs.root } : {};
                return common.getJSON('/checkpoints', Object.assign({ state: 'OVERDUE', limit: 1000 }, scope))
                    .then(function (overdue) {
                        var asOf = overdue.asOf;
                        var range = { from: asOf, to: common.addDays(asOf, WINDOW_DAYS), asOf: asOf, limit: 1000 };
                        return common.getJSON('/checkpoints', Object.assign(range, scope)).then(function (upcoming) {
                            return { asOf: asOf, overdue: overdue, upcoming: upcoming };
                        });
                    });
            }
        });
    };

    Gadget.prototype.renderEdit = function (context, preferences) {
        return common.renderEdit(this, context, preferences, TITLE);
    };

    Gadget.prototype.draw = function (root, labels, data) {
        var self = this;
        var statusBox = el('div', { className: 'lm-status-area', tabindex: '-1' });
        if (self.status) {
            statusBox.appendChild(common.message(self.status.kind, self.status.text));
        }
        root.appendChild(statusBox);

        root.appendChild(el('p', { className: 'lm-meta', text: labels.t('gadget.asOf', data.asOf) }));

        var hidden = Math.max(data.overdue.hidden || 0, data.upcoming.hidden || 0);
        var overdue = data.overdue.checkpoints || [];
        var upcoming = data.upcoming.checkpoints || [];

        root.appendChild(self.section(labels, data.asOf, 'overdue',
            labels.t('gadget.checkpoints.overdue', overdue.length), overdue,
            labels.t('gadget.checkpoints.overdue.none')));
        root.appendChild(self.section(labels, data.asOf, 'upcoming',
            labels.t('gadget.checkpoints.upcoming', WINDOW_DAYS, upcoming.length), upcoming,
            labels.t('gadget.checkpoints.upcoming.none', WINDOW_DAYS)));

        var note = common.hiddenNote(hidden, labels);
        if (note) {
            root.appendChild(note);
        }

        if (self.focusAfterRender === 'status' && self.status) {
            statusBox.focus();
        }
        self.focusAfterRender = null;
        self.status = null;
    };

    Gadget.prototype.section = function (labels, asOf, kind, title, checkpoints, emptyText) {
        var self = this;
        var headingId = common.uid(self.api.gadgetId() + '-' + kind);
        var section = el('section', { className: 'lm-section lm-section--' + kind, 'aria-labelledby': headingId }, [
            el('h3', { id: headingId, className: 'lm-section__title', text: title })
        ]);
        if (!checkpoints.length) {
            section.appendChild(el('p', { className: 'lm-empty', text: emptyText }));
            return section;
        }
        section.appendChild(el('ul', { className: 'lm-cp-list' }, checkpoints.map(function (cp) {
            return self.row(labels, asOf, cp);
        })));
        return section;
    };

    function whenText(labels, asOf, due) {
        var days = common.daysBetween(asOf, due);
        if (days === 0) {
            return labels.t('gadget.checkpoints.dueToday');
        }
        if (days > 0) {
            return days === 1 ? labels.t('gadget.checkpoints.dueIn.one') : labels.t('gadget.checkpoints.dueIn.many', days);
        }
        return days === -1 ? labels.t('gadget.checkpoints.late.one') : labels.t('gadget.checkpoints.late.many', -days);
    }

    Gadget.prototype.row = function (labels, asOf, cp) {
        var self = this;
        var overdue = cp.state === 'OVERDUE';
        var figures = el('dl', { className: 'lm-figures' }, [
            el('div', { className: 'lm-figure' }, [
                el('dt', { text: labels.t('gadget.checkpoints.planned') }),
                el('dd', { 'data-field': 'planned', text: common.number(cp.planned, labels) })
            ]),
            el('div', { className: 'lm-figure' }, [
                el('dt', { text: labels.t('gadget.checkpoints.actual') }),
                el('dd', { 'data-field': 'actual', text: common.number(cp.actual, labels) })
            ]),
            el('div', { className: 'lm-figure' }, [
                el('dt', { text: labels.t('gadget.checkpoints.deviation') }),
                el('dd', { 'data-field': 'deviation', text: common.signedPercent(common.checkpointDeviation(cp), labels) })
            ])
        ]);
        var details = [];
        if (cp.verification && common.isNumber(cp.verification.sampled) && cp.verification.sampled > 0) {
            details.push(el('span', { className: 'lm-detail', 'data-field': 'verification' },
                labels.t('gadget.checkpoints.verification', cp.verification.passed, cp.verification.sampled)));
        }
        if (cp.rebaselined && cp.originalBand) {
            details.push(el('span', { className: 'lm-detail', 'data-field': 'original' }, [
                labels.t('gadget.checkpoints.rebaselined', common.signedPercent(cp.originalDeviation, labels)),
                ' ',
                common.bandBadge(cp.originalBand, labels)
            ]));
        } else if (cp.rebaselined) {
            details.push(el('span', { className: 'lm-detail', 'data-field': 'original',
                text: labels.t('gadget.checkpoints.replanned') }));
        }

        var li = el('li', { className: 'lm-cp' + (overdue ? ' lm-cp--overdue' : ''), 'data-key': cp.key }, [
            el('div', { className: 'lm-cp__when' }, [
                el('time', { className: 'lm-cp__due', datetime: cp.due, text: cp.due }),
                el('span', { className: 'lm-cp__relative', text: whenText(labels, asOf, cp.due) })
            ]),
            el('div', { className: 'lm-cp__main' }, [
                el('div', { className: 'lm-cp__title' }, [
                    common.issueKey(cp.key), ' ',
                    el('span', { className: 'lm-summary', 'data-field': 'summary', text: cp.summary || '' })
                ]),
                el('div', { className: 'lm-cp__goal' }, [
                    el('span', { className: 'lm-label', text: labels.t('gadget.checkpoints.goal') }), ' ',
                    cp.goal ? common.issueKey(cp.goal) : null, ' ',
                    el('span', { className: 'lm-summary', 'data-field': 'goalSummary', text: cp.goalSummary || '' })
                ]),
                figures,
                details.length ? el('div', { className: 'lm-cp__details' }, details) : null
            ]),
            el('div', { className: 'lm-cp__status' }, [
                common.bandBadge(cp.band, labels),
                common.stateLozenge(cp.state, labels)
            ])
        ]);

        if (cp.canRecord) {
            var formId = common.uid(self.api.gadgetId() + '-record');
            var toggle = el('button', {
                type: 'button', className: 'lm-button lm-button--small lm-cp__record',
                'aria-expanded': 'false', 'aria-controls': formId,
                text: labels.t('gadget.record.open')
            });
            toggle.appendChild(common.srOnly(' ' + cp.key));
            var form = self.recordForm(labels, cp, formId, toggle);
            toggle.addEventListener('click', function () {
                var open = form.hidden;
                form.hidden = !open;
                toggle.setAttribute('aria-expanded', String(open));
                if (open) {
                    form.querySelector('input').focus();
                }
                self.api.resize();
            });
            li.querySelector('.lm-cp__status').appendChild(toggle);
            li.appendChild(form);
        }
        return li;
    };

    function parseNumber(text) {
        var t = String(text).trim().replace(/\u2212/g, '-').replace(/,/g, '');
        if (!t || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
            return null;
        }
        return Number(t);
    }

    Gadget.prototype.recordForm = function (labels, cp, formId, toggle) {
        var self = this;
        var prefix = formId;
        function field(name, labelKey, attrs) {
            var id = prefix + '-' + name;
            var input = el('input', Object.assign({ id: id, name: name, className: 'lm-input', autocomplete: 'off' }, attrs));
            return {
                input: input,
                node: el('div', { className: 'lm-field lm-field--' + name }, [
                    el('label', { for: id, text: labels.t(labelKey) }), input
                ])
            };
        }
        var actual = field('actual', 'gadget.record.actual', {
            type: 'text', inputmode: 'decimal', required: true, 'aria-required': 'true',
            value: common.isNumber(cp.actual) ? String(cp.actual) : ''
        });
        var sampled = field('sampled', 'gadget.record.sampled', { type: 'number', min: '0', step: '1', inputmode: 'numeric' });
        var passed = field('passed', 'gadget.record.passed', { type: 'number', min: '0', step: '1', inputmode: 'numeric' });
        var errorBox = el('div', { className: 'lm-form__error' });
        var submit = el('button', { type: 'submit', className: 'lm-button lm-button--primary', text: labels.t('gadget.record.save') });
        var cancel = el('button', { type: 'button', className: 'lm-button', text: labels.t('gadget.record.cancel') });

        var form = el('form', {
            id: formId, className: 'lm-form lm-record', hidden: true, novalidate: true,
            'aria-label': labels.t('gadget.record.title', cp.key)
        }, [
            el('div', { className: 'lm-form__row' }, [
                actual.node,
                el('fieldset', { className: 'lm-fieldset' }, [
                    el('legend', { text: labels.t('gadget.record.verification') }),
                    el('div', { className: 'lm-form__row' }, [sampled.node, passed.node])
                ])
            ]),
            el('p', { className: 'lm-field__help', text: labels.t('gadget.record.help', common.number(cp.planned, labels)) }),
            errorBox,
            el('div', { className: 'lm-form__buttons' }, [submit, cancel])
        ]);

        function fail(text, input) {
            common.clear(errorBox);
            errorBox.appendChild(common.message('error', text));
            [actual.input, sampled.input, passed.input].forEach(function (i) {
                i.removeAttribute('aria-invalid');
            });
            if (input) {
                input.setAttribute('aria-invalid', 'true');
                input.focus();
            }
            self.api.resize();
        }

        cancel.addEventListener('click', function () {
            form.hidden = true;
            toggle.setAttribute('aria-expanded', 'false');
            toggle.focus();
            self.api.resize();
        });

        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                cancel.click();
            }
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var value = parseNumber(actual.input.value);
            if (value === null) {
                fail(labels.t('gadget.record.error.actual'), actual.input);
                return;
            }
            var body = { actual: value };
            var s = sampled.input.value.trim();
            var p = passed.input.value.trim();
            if (s !== '' || p !== '') {
                var sn = parseNumber(s);
                var pn = parseNumber(p);
                if (sn === null || sn < 0 || Math.floor(sn) !== sn) {
                    fail(labels.t('gadget.record.error.sampled'), sampled.input);
                    return;
                }
                if (pn === null || pn < 0 || Math.floor(pn) !== pn || pn > sn) {
                    fail(labels.t('gadget.record.error.passed'), passed.input);
                    return;
                }
                body.verification = { sampled: sn, passed: pn };
            }
            submit.disabled = true;
            form.setAttribute('aria-busy', 'true');
            common.postJSON('/checkpoints/' + encodeURIComponent(cp.key) + '/actual', body).then(function (updated) {
                self.status = {
                    kind: 'success',
                    text: labels.t('gadget.record.saved', cp.key, common.number(updated.actual, labels),
                        updated.band ? labels.t('gadget.band.' + updated.band) : labels.t('gadget.band.none'))
                };
                self.focusAfterRender = 'status';
                common.notifyDataChanged(self, { key: cp.key });
                return self.render(self.context, self.preferences);
            }, function (error) {
                submit.disabled = false;
                form.removeAttribute('aria-busy');
                fail(common.errorText(error), error && error.parameter === 'actual' ? actual.input : null);
            });
        });
        return form;
    };

    return Gadget;
});
