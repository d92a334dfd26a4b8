/*
 * Last Mile dashboard gadgets: shared helpers (AMD module "lastmile/gadget/common").
 *
 * Plain ES2017, no framework, no build step. The same file runs inside Jira (delivered as a
 * web-resource, AMD through WRM) and in the preview dashboard of `lastmile serve`.
 *
 * - REST: every call goes to <context path>/rest/lastmile/1.0 with the session cookie; the
 *   preview's locale cookie `lastmile-locale` and the host parameters (setHostParams, e.g. asOf)
 *   are appended as query parameters.
 * - Labels: GET /i18n (every gadget.* key in the caller's locale), cached per locale, with
 *   MessageFormat-style {0} substitution.
 * - DOM: built with createElement/textContent only. Data is never parsed as HTML.
 */
define('lastmile/gadget/common', [], function () {
    'use strict';

    var REST_PATH = '/rest/lastmile/1.0';
    var LOCALE_COOKIE = 'lastmile-locale';
    var CHANGED_EVENT = 'lastmile:changed';

    var hostParams = {};
    var labelCache = {};
    var idCounter = 0;

    // ------------------------------------------------------------------ REST

    function restBase() {
        return (window.AJS && AJS.contextPath ? AJS.contextPath() : '') + REST_PATH;
    }

    function readCookie(name) {
        var parts = (document.cookie || '').split(';');
        for (var i = 0; i < parts.length; i++) {
            var part = parts[i].trim();
            var eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq) === name) {
                try {
                    return decodeURIComponent(part.substring(eq + 1));
                } catch (e) {
                    return part.substring(eq + 1);
                }
            }
        }
        return null;
    }

    /** The locale chosen in the preview's locale switch, or null (Jira: the user's profile decides). */
    function chosenLocale() {
        var value = readCookie(LOCALE_COOKIE);
        return value ? value : null;
    }

    /** Parameters the host adds to every REST call (the preview passes its asOf date). */
    function setHostParams(params) {
        hostParams = {};
        Object.keys(params || {}).forEach(function (name) {
            if (params[name] !== null && params[name] !== undefined && params[name] !== '') {
                hostParams[name] = String(params[name]);
            }
        });
    }

    function restUrl(path, params) {
        var query = [];
        function add(name, value) {
            if (value !== null && value !== undefined && value !== '') {
                query.push(encodeURIComponent(name) + '=' + encodeURIComponent(String(value)));
            }
        }
        var own = params || {};
        Object.keys(own).forEach(function (name) {
            add(name, own[name]);
        });
        Object.keys(hostParams).forEach(function (name) {
            if (!Object.prototype.hasOwnProperty.call(own, name)) {
                add(name, hostParams[name]);
            }
        });
        var locale = chosenLocale();
        if (locale && !Object.prototype.hasOwnProperty.call(own, 'locale')) {
            add('locale', locale);
        }
        return restBase() + path + (query.length ? '?' + query.join('&') : '');
    }

    /** An error from the server or the network; `message` is always displayable text. */
    function RestError(status, message, parameter) {
        this.name = 'RestError';
        this.status = status;
        this.message = message;
        this.parameter = parameter || null;
    }
    RestError.prototype = Object.create(Error.prototype);
    RestError.prototype.constructor = RestError;

    function request(method, path, params, body) {
        var headers = { 'Accept': 'application/json' };
        var init = { method: method, credentials: 'same-origin', headers: headers };
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return fetch(restUrl(path, params), init).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                if (text) {
                    try {
                        json = JSON.parse(text);
                    } catch (e) {
                        json = null;
                    }
                }
                if (!response.ok) {
                    var message = json && typeof json.message === 'string' && json.message
                        ? json.message
                        : 'HTTP ' + response.status + (response.statusText ? ' ' + response.statusText : '');
                    throw new RestError(response.status, message, json && json.parameter);
                }
                if (json === null) {
                    throw new RestError(response.status, 'The server did not answer with JSON (' + path + ').');
                }
                return json;
            });
        }, function (networkError) {
            throw new RestError(0, 'Network error: ' + (networkError && networkError.message ? networkError.message : 'no answer'));
        });
    }

    function getJSON(path, params) {
        return request('GET', path, params);
    }

    function postJSON(path, body, params) {
        return request('POST', path, params, body);
    }

    // ------------------------------------------------------------------ labels

    /** Formats a MessageFormat pattern: {n} placeholders, '' for an apostrophe, '...' quoted text. */
    function format(pattern, args) {
        var out = '';
        var i = 0;
        while (i < pattern.length) {
            var c = pattern.charAt(i);
            if (c === '\'') {
                if (pattern.charAt(i + 1) === '\'') {
                    out += '\'';
                    i += 2;
                    continue;
                }
                var end = pattern.indexOf('\'', i + 1);
                if (end < 0) {
                    end = pattern.length;
                }
                out += pattern.substring(i + 1, end);
                i = end + 1;
                continue;
            }
            if (c === '{') {
                var close = pattern.indexOf('}', i);
                var index = close > 0 ? pattern.substring(i + 1, close).split(',')[0].trim() : '';
                if (/^\d+$/.test(index)) {
                    var value = args[Number(index)];
                    out += value === undefined || value === null ? '' : String(value);
                    i = close + 1;
                    continue;
                }
            }
            out += c;
            i++;
        }
        return out;
    }

    function Labels(locale, messages) {
        this.locale = locale || 'en';
        this.messages = messages || {};
        this.tag = this.locale.replace('_', '-');
    }

    /** The label for `key` with {0}, {1}… replaced by the further arguments; the key itself when missing. */
    Labels.prototype.t = function (key) {
        var pattern = this.messages[key];
        if (typeof pattern !== 'string') {
            return key;
        }
        return format(pattern, Array.prototype.slice.call(arguments, 1));
    };

    Labels.prototype.has = function (key) {
        return typeof this.messages[key] === 'string';
    };

    /** The labels in the current locale (GET /i18n), loaded once per locale. */
    function labels() {
        var cacheKey = chosenLocale() || '';
        if (!labelCache[cacheKey]) {
            labelCache[cacheKey] = getJSON('/i18n').then(function (json) {
                return new Labels(json.locale, json.messages);
            }, function (error) {
                delete labelCache[cacheKey];
                throw error;
            });
        }
        return labelCache[cacheKey];
    }

    // ------------------------------------------------------------------ numbers

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    function number(value, labels, maxDigits) {
        if (!isNumber(value)) {
            return '—';
        }
        return new Intl.NumberFormat(labels ? labels.tag : undefined, {
            maximumFractionDigits: maxDigits === undefined ? 4 : maxDigits
        }).format(value);
    }

    /** "0439" → "0440", "999" → "1000": adds one to a string of decimal digits. */
    function incrementDigits(digits) {
        var out = '';
        var carry = 1;
        for (var i = digits.length - 1; i >= 0; i--) {
            var d = Number(digits.charAt(i)) + carry;
            carry = d > 9 ? 1 : 0;
            out = String(d % 10) + out;
        }
        return carry ? '1' + out : out;
    }

    /**
     * Rounds half-even to `places` decimals on the number's decimal digits (as BigDecimal does), so a
     * displayed value never differs from the command line's by a binary-floating-point tie: 0.43645 → 0.4364.
     */
    function roundHalfEven(value, places) {
        var text = Math.abs(value) < 1e-6 && value !== 0 ? Math.abs(value).toFixed(20) : String(Math.abs(value));
        if (/e/i.test(text)) {
            return value;
        }
        var dot = text.indexOf('.');
        var whole = dot < 0 ? text : text.substring(0, dot);
        var digits = dot < 0 ? '' : text.substring(dot + 1);
        if (digits.length <= places) {
            return value;
        }
        var kept = whole + digits.substring(0, places);
        var next = digits.charAt(places);
        var rest = digits.substring(places + 1).replace(/0+$/, '');
        var last = Number(kept.charAt(kept.length - 1));
        var up = next > '5' || (next === '5' && (rest.length > 0 || last % 2 === 1));
        var str = up ? incrementDigits(kept) : kept;
        while (str.length < places + 1) {
            str = '0' + str;
        }
        var result = Number(str.substring(0, str.length - places) + '.' + str.substring(str.length - places));
        return value < 0 ? -result : result;
    }

    /** A fraction as a percentage with one decimal at most, half-even: 0.4614 → "46.1%", 0.4375 → "43.8%". */
    function percent(fraction, labels) {
        if (!isNumber(fraction)) {
            return '—';
        }
        return new Intl.NumberFormat(labels ? labels.tag : undefined, {
            style: 'percent', maximumFractionDigits: 1
        }).format(roundHalfEven(fraction, 3));
    }

    /**
     * A checkpoint's deviation for display. The API rounds it to 4 decimals (−1/23 → −0.0435), which
     * rounded again to one decimal of a percent would read −4.4 % where the documents say −4.3 %; when the
     * planned value is the denominator (planned ≠ 0) the unrounded |actual − planned| / |planned| with
     * the API's sign is used instead, provided it agrees with the API's value.
     */
    function checkpointDeviation(cp) {
        var deviation = cp ? cp.deviation : null;
        if (!isNumber(deviation) || !isNumber(cp.planned) || !isNumber(cp.actual) || cp.planned === 0) {
            return deviation;
        }
        var magnitude = Math.abs(cp.actual - cp.planned) / Math.abs(cp.planned);
        var candidate = deviation < 0 ? -magnitude : magnitude;
        return Math.abs(candidate - deviation) <= 0.0000501 ? candidate : deviation;
    }

    /** A deviation with its sign: 0.08 → "+8%", -0.25 → "−25%", 0 → "0%". */
    function signedPercent(fraction, labels) {
        if (!isNumber(fraction)) {
            return '—';
        }
        var text = percent(Math.abs(fraction), labels);
        if (fraction > 0) {
            return '+' + text;
        }
        if (fraction < 0) {
            return '\u2212' + text;
        }
        return text;
    }

    /** A fraction in percent for aria-valuenow, two decimals at most: 0.4614 → 46.14. */
    function percentValue(fraction) {
        return Math.round(fraction * 10000) / 100;
    }

    /** Whole days from ISO date a to ISO date b (b − a). */
    function daysBetween(a, b) {
        var da = Date.UTC(+a.substring(0, 4), +a.substring(5, 7) - 1, +a.substring(8, 10));
        var db = Date.UTC(+b.substring(0, 4), +b.substring(5, 7) - 1, +b.substring(8, 10));
        return Math.round((db - da) / 86400000);
    }

    function addDays(isoDate, days) {
        var d = new Date(Date.UTC(+isoDate.substring(0, 4), +isoDate.substring(5, 7) - 1, +isoDate.substring(8, 10)));
        d.setUTCDate(d.getUTCDate() + days);
        return d.toISOString().substring(0, 10);
    }

    // ------------------------------------------------------------------ DOM

    /**
     * Creates an element. `props`: className, text (textContent), on ({event: handler}), style
     * ({prop: value}); any other key becomes an attribute (null/undefined/false skipped, true = "").
     * `children`: nodes, strings (text nodes), arrays, null (skipped).
     */
    function el(tag, props, children) {
        var node = document.createElement(tag);
        var p = props || {};
        Object.keys(p).forEach(function (name) {
            var value = p[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'className') {
                node.className = value;
            } else if (name === 'text') {
                node.textContent = String(value);
            } else if (name === 'on') {
                Object.keys(value).forEach(function (event) {
                    node.addEventListener(event, value[event]);
                });
            } else if (name === 'style') {
                Object.keys(value).forEach(function (prop) {
                    node.style.setProperty(prop, value[prop]);
                });
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        append(node, children);
        return node;
    }

    function append(parent, children) {
        if (children === null || children === undefined || children === false) {
            return parent;
        }
        if (Array.isArray(children)) {
            children.forEach(function (child) {
                append(parent, child);
            });
        } else if (typeof children === 'object' && children.nodeType) {
            parent.appendChild(children);
        } else {
            parent.appendChild(document.createTextNode(String(children)));
        }
        return parent;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    /** A unique element id (prefixed with the gadget id in Jira, so two gadgets never collide). */
    function uid(prefix) {
        idCounter += 1;
        return (prefix || 'lm') + '-' + idCounter;
    }

    /** The DOM element of a dashboard item's context: a jQuery object, a {0: element} wrapper or an element. */
    function element(context) {
        if (!context) {
            return null;
        }
        if (context.nodeType === 1) {
            return context;
        }
        if (typeof context.get === 'function') {
            var got = context.get(0);
            if (got) {
                return got;
            }
        }
        return context[0] || null;
    }

    /** Text only visible to screen readers. */
    function srOnly(text) {
        return el('span', { className: 'lm-sr-only', text: text });
    }

    // ------------------------------------------------------------------ shared widgets

    var BAND_ICON = { EXCEEDED: '\u2605', NORMAL: '\u2713', CONTROLLABLE: '!', MAJOR: '\u2715' };
    var TREND_ICON = { IMPROVING: '\u2197', WORSENING: '\u2198', FLAT: '\u2192' };
    var STATE_TONE = {
        PENDING: 'default', OVERDUE: 'error', CHECKED: 'current', VERIFIED: 'success', VERIFICATION_FAILED: 'moved'
    };

    /** A deviation band: colour + icon + text (never colour alone). */
    function bandBadge(band, labels) {
        if (!band) {
            return el('span', { className: 'lm-band lm-band--none', 'data-band': '' }, [
                el('span', { className: 'lm-band__icon', 'aria-hidden': 'true', text: '\u2013' }),
                el('span', { className: 'lm-band__text', text: labels.t('gadget.band.none') })
            ]);
        }
        return el('span', { className: 'lm-band lm-band--' + band.toLowerCase(), 'data-band': band }, [
            el('span', { className: 'lm-band__icon', 'aria-hidden': 'true', text: BAND_ICON[band] || '?' }),
            el('span', { className: 'lm-band__text', text: labels.t('gadget.band.' + band) })
        ]);
    }

    /** A compact band mark for dense lists: colour + icon, the band name as title and for screen readers. */
    function bandMark(band, labels) {
        var name = band ? labels.t('gadget.band.' + band) : labels.t('gadget.band.none');
        return el('span', {
            className: 'lm-band lm-band--compact lm-band--' + (band ? band.toLowerCase() : 'none'),
            'data-band': band || '', title: name
        }, [
            el('span', { className: 'lm-band__icon', 'aria-hidden': 'true', text: band ? BAND_ICON[band] : '\u2013' }),
            srOnly(name)
        ]);
    }

    /** A checkpoint state as a lozenge. */
    function stateLozenge(state, labels) {
        return el('span', {
            className: 'lm-lozenge lm-lozenge--' + (STATE_TONE[state] || 'default'),
            'data-state': state || ''
        }, labels.t('gadget.state.' + state));
    }

    /** A trend: arrow + text. */
    function trendIndicator(trend, labels) {
        if (!trend) {
            return el('span', { className: 'lm-trend lm-trend--none', 'data-trend': '', title: labels.t('gadget.trend.none') }, [
                el('span', { className: 'lm-trend__icon', 'aria-hidden': 'true', text: '\u2014' }),
                srOnly(labels.t('gadget.trend.none'))
            ]);
        }
        return el('span', { className: 'lm-trend lm-trend--' + trend.toLowerCase(), 'data-trend': trend }, [
            el('span', { className: 'lm-trend__icon', 'aria-hidden': 'true', text: TREND_ICON[trend] || '' }),
            el('span', { className: 'lm-trend__text', text: labels.t('gadget.trend.' + trend) })
        ]);
    }

    /** A progress bar (role=progressbar, aria-valuenow in percent) with its percentage as text. */
    function progressBar(fraction, labels, name) {
        if (!isNumber(fraction)) {
            return el('span', { className: 'lm-progress lm-progress--none' },
                el('span', { className: 'lm-progress__text', text: labels.t('gadget.progress.none') }));
        }
        var shown = Math.max(0, Math.min(1, fraction));
        var text = percent(fraction, labels);
        return el('span', { className: 'lm-progress' }, [
            el('span', {
                className: 'lm-progress__bar',
                role: 'progressbar',
                'aria-valuemin': '0',
                'aria-valuemax': '100',
                'aria-valuenow': String(percentValue(shown)),
                'aria-valuetext': text,
                'aria-label': name || labels.t('gadget.progress')
            }, el('span', {
                className: 'lm-progress__fill' + (shown >= 1 ? ' lm-progress__fill--done' : ''),
                style: { width: (shown * 100).toFixed(2) + '%' }
            })),
            el('span', { className: 'lm-progress__text', 'aria-hidden': 'true', text: text })
        ]);
    }

    /** "N items hidden" when the caller may not browse some items (nothing else about them is shown). */
    function hiddenNote(hidden, labels) {
        if (!hidden) {
            return null;
        }
        return el('p', { className: 'lm-hidden-note', 'data-hidden': String(hidden) }, [
            el('span', { className: 'lm-hidden-note__icon', 'aria-hidden': 'true', text: '\u2298' }),
            ' ',
            hidden === 1 ? labels.t('gadget.hidden.one') : labels.t('gadget.hidden.many', hidden)
        ]);
    }

    function message(kind, text, title) {
        return el('div', {
            className: 'lm-message lm-message--' + kind,
            role: kind === 'error' ? 'alert' : 'status'
        }, [
            el('span', { className: 'lm-message__icon', 'aria-hidden': 'true', text: kind === 'error' ? '!' : kind === 'success' ? '\u2713' : 'i' }),
            el('span', { className: 'lm-message__body' }, [
                title ? el('strong', { className: 'lm-message__title', text: title }) : null,
                title ? ' ' : null,
                el('span', { className: 'lm-message__text', text: text })
            ])
        ]);
    }

    function errorText(error) {
        if (error && typeof error.message === 'string' && error.message) {
            return error.message;
        }
        return String(error);
    }

    /**
     * A tooltip bound to `target`: shown on hover and on keyboard focus, hidden on leave, blur and
     * Escape, referenced by aria-describedby so screen readers read it with the target.
     */
    function tooltip(target, content, idPrefix, hoverTarget) {
        var hover = hoverTarget || target;
        var tip = el('div', { className: 'lm-tooltip', role: 'tooltip', id: uid(idPrefix || 'lm-tip'), hidden: true }, content);
        target.setAttribute('aria-describedby', tip.id);
        target.classList.add('lm-has-tooltip');
        function show() {
            tip.hidden = false;
            tip.classList.remove('lm-tooltip--above');
            var scroller = target.closest('.lm-gadget');
            if (scroller) {
                var box = scroller.getBoundingClientRect();
                var tipBox = tip.getBoundingClientRect();
                if (tipBox.bottom > box.bottom && tipBox.height < target.getBoundingClientRect().top - box.top) {
                    tip.classList.add('lm-tooltip--above');
                }
            }
        }
        function hide() {
            tip.hidden = true;
        }
        hover.addEventListener('mouseenter', show);
        hover.addEventListener('mouseleave', function () {
            if (document.activeElement !== target) {
                hide();
            }
        });
        target.addEventListener('focus', show);
        target.addEventListener('blur', hide);
        target.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && event.target === target && !tip.hidden) {
                hide();
                event.stopPropagation();
            }
        });
        return tip;
    }

    /** Adds Enter and Space activation to a non-button element with role=button. */
    function onActivate(node, handler) {
        node.addEventListener('click', handler);
        node.addEventListener('keydown', function (event) {
            if (event.target === node && (event.key === 'Enter' || event.key === ' ')) {
                event.preventDefault();
                handler(event);
            }
        });
    }

    /** A link to the issue in Jira; plain text in the preview (which has no issue pages). */
    function issueKey(key) {
        if (window.AJS && AJS.contextPath) {
            return el('a', {
                className: 'lm-key', href: AJS.contextPath() + '/browse/' + encodeURIComponent(key),
                'data-key': key, text: key
            });
        }
        return el('span', { className: 'lm-key', 'data-key': key, text: key });
    }

    // ------------------------------------------------------------------ gadget plumbing

    function noop() {
    }

    /** The dashboard-item API with every member the gadgets use (no-ops where the host lacks one). */
    function api(API) {
        var a = API || {};
        function call(name) {
            return function () {
                return typeof a[name] === 'function' ? a[name].apply(a, arguments) : undefined;
            };
        }
        return {
            raw: a,
            showLoadingBar: call('showLoadingBar'),
            hideLoadingBar: call('hideLoadingBar'),
            resize: call('resize'),
            setTitle: call('setTitle'),
            savePreferences: call('savePreferences'),
            closeEdit: call('closeEdit'),
            initRefresh: call('initRefresh'),
            gadgetId: function () {
                var id = typeof a.getGadgetId === 'function' ? a.getGadgetId() : null;
                return id ? 'lm-g' + String(id).replace(/[^A-Za-z0-9_-]/g, '') : 'lm';
            },
            isEditable: function () {
                return typeof a.isEditable === 'function' ? a.isEditable() !== false : true;
            }
        };
    }

    /** Reads the preferences the gadgets share: root goal key and refresh minutes ("false" = off). */
    function preferences(prefs) {
        var p = prefs || {};
        var root = typeof p.root === 'string' ? p.root.trim() : '';
        var refresh = p.refresh === undefined || p.refresh === null ? 'false' : String(p.refresh);
        if (!/^\d+$/.test(refresh) || Number(refresh) <= 0) {
            refresh = 'false';
        }
        return { root: root, refresh: refresh };
    }

    /**
     * Prepares the item's element: one `.lm-gadget` container, emptied unless `keep` (a view keeps showing
     * the previous data until the new data is drawn, so a refresh does not make the item jump).
     */
    function mount(context, modifier, keep) {
        var host = element(context);
        if (!host) {
            throw new Error('Last Mile gadget: no element to render into');
        }
        var root = host.querySelector(':scope > .lm-gadget');
        if (!root) {
            clear(host);
            root = el('div', { className: 'lm-gadget' });
            host.appendChild(root);
        }
        root.className = 'lm-gadget lm-gadget--' + modifier;
        return keep && root.getAttribute('data-view') === modifier ? root : setView(clear(root), modifier);
    }

    function setView(root, modifier) {
        root.setAttribute('data-view', modifier);
        return root;
    }

    /**
     * Renders a gadget: labels + data, then draw(labels, data); loading bar around it, errors shown
     * as text, resize afterwards, refresh wired. Returns a promise that settles when drawn.
     */
    function run(gadget, options) {
        var a = gadget.api;
        var root = options.root;
        // only the latest render draws: an older answer arriving late (a refresh racing a viewer switch) is dropped
        gadget.renderSeq = (gadget.renderSeq || 0) + 1;
        var seq = gadget.renderSeq;
        function current() {
            return seq === gadget.renderSeq;
        }
        root.setAttribute('aria-busy', 'true');
        a.showLoadingBar();
        return labels().then(function (l) {
            if (current()) {
                a.setTitle(l.t(options.titleKey));
            }
            return Promise.resolve(options.load(l)).then(function (data) {
                if (current()) {
                    clear(root);
                    options.draw(l, data);
                }
            }, function (error) {
                if (current()) {
                    clear(root);
                    root.appendChild(message('error', errorText(error), l.t('gadget.error.load')));
                }
            });
        }, function (error) {
            if (current()) {
                clear(root);
                root.appendChild(message('error', errorText(error), 'Last Mile'));
            }
        }).then(function () {
            if (current()) {
                root.removeAttribute('aria-busy');
                a.hideLoadingBar();
                a.resize();
            }
        });
    }

    /**
     * The render lifecycle every gadget shares: mount its root, wire refresh and cross-gadget updates, then
     * run `spec.load(prefs)` and hand the data to `gadget.draw(root, labels, data)`.
     */
    function render(gadget, context, saved, spec) {
        var prefs = preferences(saved);
        var root = mount(context, spec.view, true);
        gadget.context = context;
        gadget.preferences = saved;
        initRefresh(gadget, prefs, function () {
            gadget.render(gadget.context, gadget.preferences);
        });
        onDataChanged(gadget, root, function () {
            gadget.render(context, saved);
        });
        return run(gadget, {
            root: root,
            titleKey: spec.titleKey,
            load: function () {
                return spec.load(prefs);
            },
            draw: function (labels, data) {
                gadget.draw(root, labels, data);
            }
        });
    }

    /** Re-renders `fn` whenever another gadget on the page changed data (e.g. recorded an actual). */
    function onDataChanged(gadget, root, fn) {
        if (gadget.changeListener) {
            window.removeEventListener(CHANGED_EVENT, gadget.changeListener);
        }
        gadget.changeListener = function (event) {
            if (!document.documentElement.contains(root)) {
                window.removeEventListener(CHANGED_EVENT, gadget.changeListener);
                gadget.changeListener = null;
                return;
            }
            if (!event.detail || event.detail.source !== gadget) {
                fn();
            }
        };
        window.addEventListener(CHANGED_EVENT, gadget.changeListener);
    }

    function notifyDataChanged(source, detail) {
        var d = detail || {};
        d.source = source;
        var event;
        try {
            event = new CustomEvent(CHANGED_EVENT, { detail: d });
        } catch (e) {
            event = document.createEvent('CustomEvent');
            event.initCustomEvent(CHANGED_EVENT, false, false, d);
        }
        window.dispatchEvent(event);
    }

    /**
     * Wires the host's auto-refresh to the `refresh` preference (minutes), once per gadget instance and
     * value (render runs again on every refresh; the host's timer must not be set up twice).
     */
    function initRefresh(gadget, prefs, fn) {
        if (gadget.refreshWiredFor === prefs.refresh) {
            return;
        }
        gadget.refreshWiredFor = prefs.refresh;
        gadget.api.initRefresh({ refresh: prefs.refresh === 'false' ? false : prefs.refresh }, fn);
    }

    /**
     * The configuration form shared by all gadgets: scope (root goal key) and refresh interval.
     * The root key is checked with GET /tree before saving, so a typo or a hidden key is reported.
     */
    function renderEdit(gadget, context, prefs, titleKey) {
        var a = gadget.api;
        var root = mount(context, 'edit');
        var p = preferences(prefs);
        return labels().then(function (l) {
            a.setTitle(l.t(titleKey));
            var rootId = uid(a.gadgetId() + '-root');
            var refreshId = uid(a.gadgetId() + '-refresh');
            var helpId = uid(a.gadgetId() + '-roothelp');
            var errorBox = el('div', { className: 'lm-form__error' });
            var rootInput = el('input', {
                id: rootId, className: 'lm-input', type: 'text', name: 'root', value: p.root,
                autocomplete: 'off', spellcheck: 'false', 'aria-describedby': helpId, placeholder: 'LM-1'
            });
            var refreshSelect = el('select', { id: refreshId, className: 'lm-select', name: 'refresh' },
                ['false', '15', '30', '60', '120'].map(function (value) {
                    return el('option', {
                        value: value, selected: value === p.refresh,
                        text: value === 'false' ? l.t('gadget.config.refresh.never') : l.t('gadget.config.refresh.minutes', value)
                    });
                }));
            var save = el('button', { type: 'submit', className: 'lm-button lm-button--primary', text: l.t('gadget.config.save') });
            var cancel = el('button', {
                type: 'button', className: 'lm-button', text: l.t('gadget.config.cancel'),
                on: { click: function () { a.closeEdit(); } }
            });
            var form = el('form', { className: 'lm-form', novalidate: true }, [
                el('div', { className: 'lm-field' }, [
                    el('label', { for: rootId, text: l.t('gadget.config.root') }),
                    rootInput,
                    el('div', { id: helpId, className: 'lm-field__help', text: l.t('gadget.config.root.help') })
                ]),
                el('div', { className: 'lm-field' }, [
                    el('label', { for: refreshId, text: l.t('gadget.config.refresh') }),
                    refreshSelect
                ]),
                errorBox,
                el('div', { className: 'lm-form__buttons' }, [save, cancel])
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                clear(errorBox);
                var key = rootInput.value.trim().toUpperCase();
                var check = key
                    ? getJSON('/tree', { root: key, limit: 1 })
                    : Promise.resolve(null);
                save.disabled = true;
                check.then(function () {
                    a.savePreferences({ root: key, refresh: refreshSelect.value });
                }, function (error) {
                    errorBox.appendChild(message('error', errorText(error)));
                    rootInput.setAttribute('aria-invalid', 'true');
                    rootInput.focus();
                    a.resize();
                }).then(function () {
                    save.disabled = false;
                });
            });
            root.appendChild(form);
            a.resize();
        }, function (error) {
            root.appendChild(message('error', errorText(error), 'Last Mile'));
            a.resize();
        });
    }

    return {
        REST_PATH: REST_PATH,
        LOCALE_COOKIE: LOCALE_COOKIE,
        CHANGED_EVENT: CHANGED_EVENT,
        restBase: restBase,
        restUrl: restUrl,
        setHostParams: setHostParams,
        chosenLocale: chosenLocale,
        readCookie: readCookie,
        getJSON: getJSON,
        postJSON: postJSON,
        RestError: RestError,
        labels: labels,
        format: format,
        Labels: Labels,
        isNumber: isNumber,
        number: number,
        percent: percent,
        roundHalfEven: roundHalfEven,
        checkpointDeviation: checkpointDeviation,
        signedPercent: signedPercent,
        percentValue: percentValue,
        daysBetween: daysBetween,
        addDays: addDays,
        el: el,
        append: append,
        clear: clear,
        uid: uid,
        element: element,
        srOnly: srOnly,
        bandBadge: bandBadge,
        bandMark: bandMark,
        stateLozenge: stateLozenge,
        trendIndicator: trendIndicator,
        progressBar: progressBar,
        hiddenNote: hiddenNote,
        message: message,
        errorText: errorText,
        tooltip: tooltip,
        onActivate: onActivate,
        issueKey: issueKey,
        api: api,
        preferences: preferences,
        mount: mount,
        run: run,
        render: render,
        onDataChanged: onDataChanged,
        notifyDataChanged: notifyDataChanged,
        initRefresh: initRefresh,
        renderEdit: renderEdit,
        noop: noop
    };
});
