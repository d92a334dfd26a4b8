/*
 * Last Mile preview dashboard (`lastmile serve`): a tiny AMD loader for the lastmile/* modules, a
 * Jira-like dashboard-item API per gadget, the viewer / language / theme switches, and the grid
 * of the four gadgets. The gadget files are the very ones Jira serves (/static/lastmile/...).
 *
 * Page URL parameters: `asOf=yyyy-MM-dd` (passed to every REST call), `locale=en|zh_CN` (stored in
 * the `lastmile-locale` cookie), `viewer=<person id>` (stored in the `lastmile-viewer` cookie).
 */
(function () {
    'use strict';

    // ------------------------------------------------------------------ AMD loader

    var defined = {};
    var defineWaiters = {};
    var fetching = {};
    var instances = {};

    function define(name, deps, factory) {
        if (typeof name !== 'string') {
            throw new Error('The preview loader supports named modules only: define("name", [deps], factory)');
        }
        if (!Array.isArray(deps)) {
            factory = deps;
            deps = [];
        }
        defined[name] = { deps: deps, factory: factory };
        if (defineWaiters[name]) {
            defineWaiters[name]();
            delete defineWaiters[name];
        }
    }
    define.amd = {};

    function scriptUrl(name) {
        var match = /^lastmile\/([A-Za-z0-9_\/-]+)$/.exec(name);
        if (!match) {
            throw new Error('Unknown module ' + name);
        }
        return '/static/lastmile/' + match[1] + '.js';
    }

    function fetchModule(name) {
        if (!fetching[name]) {
            fetching[name] = defined[name] ? Promise.resolve() : new Promise(function (resolve, reject) {
                var url = scriptUrl(name);
                defineWaiters[name] = resolve;
                var script = document.createElement('script');
                script.src = url;
                script.async = true;
                script.onload = function () {
                    if (!defined[name]) {
                        reject(new Error(url + ' did not define ' + name));
                    }
                };
                script.onerror = function () {
                    reject(new Error('Cannot load ' + url));
                };
                document.head.appendChild(script);
            });
        }
        return fetching[name];
    }

    function requireOne(name) {
        if (!instances[name]) {
            instances[name] = fetchModule(name).then(function () {
                var module = defined[name];
                return Promise.all(module.deps.map(requireOne)).then(function (args) {
                    return typeof module.factory === 'function' ? module.factory.apply(null, args) : module.factory;
                });
            });
        }
        return instances[name];
    }

    function require(deps, callback, errback) {
        var list = typeof deps === 'string' ? [deps] : deps;
        var all = Promise.all(list.map(requireOne));
        if (callback) {
            all.then(function (modules) {
                callback.apply(null, modules);
            }, errback || function (error) {
                window.console && console.error(error);
            });
        }
        return all;
    }

    window.define = define;
    window.require = require;

    // ------------------------------------------------------------------ page state

    var VIEWER_COOKIE = 'lastmile-viewer';
    var LOCALE_COOKIE = 'lastmile-locale';
    var THEME_KEY = 'lastmile-theme';

    var GADGETS = [
        { id: 'checkpoints', module: 'lastmile/gadget/checkpoints', titleKey: 'gadget.checkpoints.title', wide: false },
        { id: 'goal-tree', module: 'lastmile/gadget/goal-tree', titleKey: 'gadget.tree.title', wide: false },
        { id: 'review-board', module: 'lastmile/gadget/review-board', titleKey: 'gadget.board.title', wide: true },
        { id: 'raci-matrix', module: 'lastmile/gadget/raci-matrix', titleKey: 'gadget.raci.title', wide: true }
    ];

    var frames = [];

    function setCookie(name, value) {
        if (value) {
            document.cookie = name + '=' + encodeURIComponent(value) + '; path=/; SameSite=Lax';
        } else {
            document.cookie = name + '=; path=/; max-age=0; SameSite=Lax';
        }
    }

    function readPrefs(id) {
        try {
            var stored = window.localStorage.getItem('lastmile-prefs-' + id);
            return stored ? JSON.parse(stored) : {};
        } catch (e) {
            return {};
        }
    }

    function writePrefs(id, prefs) {
        var strings = {};
        Object.keys(prefs || {}).forEach(function (key) {
            strings[key] = prefs[key] === null || prefs[key] === undefined ? '' : String(prefs[key]);
        });
        try {
            window.localStorage.setItem('lastmile-prefs-' + id, JSON.stringify(strings));
        } catch (e) {
            // private mode: preferences last for this page only
        }
        return strings;
    }

    // ------------------------------------------------------------------ gadget frames

    function Frame(spec, common) {
        var self = this;
        self.spec = spec;
        self.common = common;
        self.prefs = readPrefs(spec.id);
        self.editing = false;
        self.timer = null;
        var el = common.el;
        var titleId = 'frame-title-' + spec.id;
        self.title = el('h2', { id: titleId, className: 'frame__title', text: '' });
        self.configure = el('button', { type: 'button', className: 'frame__action', 'data-action': 'configure' }, [
            el('span', { 'aria-hidden': 'true', text: '\u2699' })
        ]);
        self.reload = el('button', { type: 'button', className: 'frame__action', 'data-action': 'reload' }, [
            el('span', { 'aria-hidden': 'true', text: '\u21BB' })
        ]);
        self.content = el('div', { className: 'frame__content' });
        self.node = el('section', {
            className: 'frame' + (spec.wide ? ' frame--wide' : ''), id: 'gadget-' + spec.id,
            'data-gadget': spec.id, 'aria-labelledby': titleId
        }, [
            el('div', { className: 'frame__loading', 'aria-hidden': 'true' }),
            el('header', { className: 'frame__header' }, [self.title, el('div', { className: 'frame__actions' }, [self.reload, self.configure])]),
            self.content
        ]);
        self.configure.addEventListener('click', function () {
            self.editing = !self.editing;
            self.show();
        });
        self.reload.addEventListener('click', function () {
            self.editing = false;
            self.show();
        });
        self.api = {
            showLoadingBar: function () {
                self.node.classList.add('is-loading');
            },
            hideLoadingBar: function () {
                self.node.classList.remove('is-loading');
            },
            resize: function () {
                // the preview's frames grow with their content
            },
            setTitle: function (text) {
                self.title.textContent = text;
            },
            savePreferences: function (prefs) {
                self.prefs = writePrefs(spec.id, Object.assign({}, self.prefs, prefs));
                self.editing = false;
                self.show();
            },
            closeEdit: function () {
                self.editing = false;
                self.show();
            },
            initRefresh: function (prefs, callback) {
                if (self.timer) {
                    clearInterval(self.timer);
                    self.timer = null;
                }
                var minutes = prefs && Number(prefs.refresh);
                if (minutes > 0) {
                    self.timer = setInterval(callback, minutes * 60000);
                }
            },
            getRefreshFieldValue: function (name) {
                return self.prefs[name || 'refresh'] || 'false';
            },
            isEditable: function () {
                return true;
            },
            getContext: function () {
                return self.context;
            },
            getGadgetId: function () {
                return spec.id;
            },
            once: function (event, callback) {
                if (event === 'afterRender') {
                    setTimeout(callback, 0);
                }
            },
            on: function () {
            },
            off: function () {
            },
            trigger: function () {
            }
        };
        // what Jira passes is a jQuery object; the gadgets also accept this plain wrapper
        self.context = { 0: self.content, length: 1 };
    }

    Frame.prototype.labelButtons = function (labels) {
        var title = labels.t(this.spec.titleKey);
        this.configure.setAttribute('aria-label', labels.t('gadget.preview.configure', title));
        this.configure.setAttribute('title', labels.t('gadget.preview.configure', title));
        this.configure.setAttribute('aria-pressed', String(this.editing));
        this.reload.setAttribute('aria-label', labels.t('gadget.preview.reload', title));
        this.reload.setAttribute('title', labels.t('gadget.preview.reload', title));
        if (!this.title.textContent) {
            this.title.textContent = title;
        }
    };

    Frame.prototype.show = function () {
        var self = this;
        if (!self.gadget) {
            return Promise.resolve();
        }
        self.node.setAttribute('data-mode', self.editing ? 'edit' : 'view');
        self.node.setAttribute('data-rendered', 'false');
        self.configure.setAttribute('aria-pressed', String(self.editing));
        var done = self.editing
            ? self.gadget.renderEdit(self.context, Object.assign({}, self.prefs))
            : self.gadget.render(self.context, Object.assign({}, self.prefs));
        return Promise.resolve(done).then(function () {
            self.node.setAttribute('data-rendered', 'true');
        }, function (error) {
            self.node.setAttribute('data-rendered', 'error');
            throw error;
        });
    };

    // ------------------------------------------------------------------ header

    function option(el, value, text, selected) {
        return el('option', { value: value, selected: selected, text: text });
    }

    function boot(common) {
        var el = common.el;
        var params = new URLSearchParams(window.location.search);
        if (params.has('asOf')) {
            common.setHostParams({ asOf: params.get('asOf') });
        }
        if (params.has('locale')) {
            setCookie(LOCALE_COOKIE, params.get('locale') === 'en' ? 'en' : params.get('locale'));
        }
        if (params.has('viewer')) {
            setCookie(VIEWER_COOKIE, params.get('viewer'));
        }
        var theme = null;
        try {
            theme = params.get('theme') || window.localStorage.getItem(THEME_KEY);
        } catch (e) {
            theme = params.get('theme');
        }
        document.documentElement.setAttribute('data-color-mode', theme === 'dark' ? 'dark' : 'light');

        var viewerSelect = document.getElementById('viewer');
        var localeSelect = document.getElementById('locale');
        var themeSelect = document.getElementById('theme');
        var grid = document.getElementById('grid');
        var status = document.getElementById('page-status');

        GADGETS.forEach(function (spec) {
            var frame = new Frame(spec, common);
            frames.push(frame);
            grid.appendChild(frame.node);
        });

        var renders = 0;

        /** Renders every gadget; body[data-renders] counts completed rounds (the browser tests wait on it). */
        function renderAll() {
            document.body.setAttribute('data-ready', 'false');
            return Promise.all(frames.map(function (frame) {
                return frame.show().catch(function () {
                    return null;
                });
            })).then(function () {
                renders += 1;
                document.body.setAttribute('data-renders', String(renders));
                document.body.setAttribute('data-ready', 'true');
            });
        }

        function chrome(labels) {
            var locale = common.chosenLocale() || labels.locale || 'en';
            document.documentElement.setAttribute('lang', locale === 'zh_CN' ? 'zh-CN' : 'en');
            document.title = labels.t('gadget.preview.title');
            document.getElementById('page-title').textContent = labels.t('gadget.preview.title');
            document.getElementById('page-subtitle').textContent = labels.t('gadget.preview.subtitle');
            document.getElementById('viewer-label').textContent = labels.t('gadget.preview.viewer');
            document.getElementById('locale-label').textContent = labels.t('gadget.preview.locale');
            document.getElementById('theme-label').textContent = labels.t('gadget.preview.theme');
            document.getElementById('grid-title').textContent = labels.t('gadget.preview.gadgets');
            common.clear(localeSelect);
            localeSelect.appendChild(option(el, 'en', 'English', locale !== 'zh_CN'));
            localeSelect.appendChild(option(el, 'zh_CN', '\u4E2D\u6587', locale === 'zh_CN'));
            var mode = document.documentElement.getAttribute('data-color-mode');
            common.clear(themeSelect);
            themeSelect.appendChild(option(el, 'light', labels.t('gadget.preview.theme.light'), mode !== 'dark'));
            themeSelect.appendChild(option(el, 'dark', labels.t('gadget.preview.theme.dark'), mode === 'dark'));
            var everyone = viewerSelect.querySelector('option[value=""]');
            if (everyone) {
                everyone.textContent = labels.t('gadget.preview.viewer.everyone');
            }
            frames.forEach(function (frame) {
                frame.labelButtons(labels);
            });
        }

        function loadPeople(labels) {
            return common.getJSON('/people').then(function (people) {
                var current = common.readCookie(VIEWER_COOKIE) || '';
                var list = Array.isArray(people) ? people : (people.people || []);
                if (current && !list.some(function (p) { return p.id === current; })) {
                    setCookie(VIEWER_COOKIE, '');
                    current = '';
                }
                common.clear(viewerSelect);
                viewerSelect.appendChild(option(el, '', labels.t('gadget.preview.viewer.everyone'), current === ''));
                list.forEach(function (person) {
                    var text = person.name && person.name !== person.id ? person.name + ' (' + person.id + ')' : person.id;
                    viewerSelect.appendChild(option(el, person.id, text, person.id === current));
                });
            });
        }

        function showError(error) {
            common.clear(status);
            status.appendChild(common.message('error', common.errorText(error)));
        }

        viewerSelect.addEventListener('change', function () {
            setCookie(VIEWER_COOKIE, viewerSelect.value);
            renderAll();
        });
        localeSelect.addEventListener('change', function () {
            setCookie(LOCALE_COOKIE, localeSelect.value);
            common.labels().then(function (labels) {
                chrome(labels);
                return loadPeople(labels);
            }).then(renderAll, showError);
        });
        themeSelect.addEventListener('change', function () {
            document.documentElement.setAttribute('data-color-mode', themeSelect.value);
            try {
                window.localStorage.setItem(THEME_KEY, themeSelect.value);
            } catch (e) {
                // not kept
            }
        });

        common.labels().then(function (labels) {
            chrome(labels);
            return Promise.all([
                loadPeople(labels).catch(showError),
                Promise.all(GADGETS.map(function (spec, index) {
                    return require(spec.module).then(function (modules) {
                        var Gadget = modules[0];
                        frames[index].gadget = new Gadget(frames[index].api);
                    });
                }))
            ]);
        }).then(renderAll, function (error) {
            showError(error);
            document.body.setAttribute('data-ready', 'error');
        });
    }

    function start() {
        require(['lastmile/gadget/common'], boot, function (error) {
            var status = document.getElementById('page-status');
            status.textContent = error && error.message ? error.message : String(error);
            document.body.setAttribute('data-ready', 'error');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
