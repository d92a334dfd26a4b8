/*
 * Last Mile dashboard gadget "Goal tree" (AMD module "lastmile/gadget/goal-tree").
 *
 * The goal hierarchy of GET /tree as an ARIA tree: progress bars (role=progressbar), trend, and
 * the explanation of every number (explainText, contributions, excluded children) in a tooltip
 * shown on hover and on keyboard focus (aria-describedby). Keyboard: Tab / arrow keys move between
 * rows, Enter or Space expands and collapses, Right/Left open and close, Escape hides the tooltip.
 */
define('lastmile/gadget/goal-tree', ['lastmile/gadget/common'], function (common) {
    'use strict';

    var el = common.el;
    var TITLE = 'gadget.tree.title';
    var OPEN_DEPTH = 2;

    function Gadget(API) {
        this.api = common.api(API);
        this.expanded = {};
    }

    Gadget.prototype.render = function (context, preferences) {
        return common.render(this, context, preferences, {
            view: 'tree',
            titleKey: TITLE,
            load: function (prefs) {
                return common.getJSON('/tree', Object.assign({ limit: 1000 }, prefs.root ? { root: prefs.root } : {}));
            }
        });
    };

    Gadget.prototype.renderEdit = function (context, preferences) {
        return common.renderEdit(this, context, preferences, TITLE);
    };

    /** Items as a forest: parents before children, as the API orders them. */
    function forest(items) {
        var byKey = {};
        var roots = [];
        items.forEach(function (item) {
            byKey[item.key] = { item: item, children: [] };
        });
        items.forEach(function (item) {
            var node = byKey[item.key];
            var parent = item.parent && byKey[item.parent] && item.parent !== item.key ? byKey[item.parent] : null;
            if (parent) {
                parent.children.push(node);
            } else {
                roots.push(node);
            }
        });
        return { roots: roots, byKey: byKey };
    }

    Gadget.prototype.draw = function (root, labels, data) {
        var self = this;
        var items = data.items || [];
        var tree = forest(items);

        var head = el('div', { className: 'lm-head' }, el('p', { className: 'lm-meta', text: labels.t('gadget.asOf', data.asOf) }));
        root.appendChild(head);

        if (!items.length) {
            root.appendChild(el('p', { className: 'lm-empty', text: labels.t('gadget.tree.none') }));
        } else {
            var treeEl = el('ul', { className: 'lm-tree', role: 'tree', 'aria-label': labels.t('gadget.tree.label') });
            var toolbar = el('div', { className: 'lm-toolbar' }, [
                el('button', { type: 'button', className: 'lm-button lm-button--subtle lm-button--small',
                    text: labels.t('gadget.tree.expandAll'),
                    on: { click: function () { self.setAll(treeEl, true); } } }),
                el('button', { type: 'button', className: 'lm-button lm-button--subtle lm-button--small',
                    text: labels.t('gadget.tree.collapseAll'),
                    on: { click: function () { self.setAll(treeEl, false); } } })
            ]);
            head.appendChild(toolbar);
            tree.roots.forEach(function (node, index) {
                treeEl.appendChild(self.node(labels, tree, node, 0, index + 1, tree.roots.length));
            });
            root.appendChild(treeEl);
        }

        if (common.isNumber(data.total) && data.total > items.length) {
            root.appendChild(el('p', { className: 'lm-meta', text: labels.t('gadget.tree.paged', items.length, data.total) }));
        }
        var note = common.hiddenNote(data.hidden, labels);
        if (note) {
            root.appendChild(note);
        }
    };

    Gadget.prototype.isOpen = function (key, depth) {
        return Object.prototype.hasOwnProperty.call(this.expanded, key) ? this.expanded[key] : depth < OPEN_DEPTH;
    };

    function summaryOf(tree, key) {
        var node = tree.byKey[key];
        return node ? node.item.summary || '' : '';
    }

    function explanation(labels, tree, item) {
        var parts = [];
        var explain = item.explain || {};
        parts.push(el('p', { className: 'lm-tooltip__title' }, [
            el('strong', { text: item.key }), ' ', item.summary || ''
        ]));
        parts.push(el('p', { className: 'lm-tooltip__text', 'data-field': 'explainText',
            text: item.explainText || labels.t('gadget.tree.noExplanation') }));
        if (common.isNumber(item.achievement) && item.achievement !== item.progress) {
            parts.push(el('p', { className: 'lm-tooltip__text' },
                labels.t('gadget.tree.achievement', common.percent(item.achievement, labels))));
        }
        var contributions = explain.contributions || [];
        if (contributions.length) {
            parts.push(el('p', { className: 'lm-tooltip__heading', text: labels.t('gadget.tree.contributions') }));
            parts.push(el('ul', { className: 'lm-tooltip__list' }, contributions.map(function (c) {
                var weight = c.basis === 'STORY_POINTS'
                    ? labels.t('gadget.tree.basis.STORY_POINTS', common.number(c.weight, labels))
                    : c.basis === 'EQUAL'
                        ? labels.t('gadget.tree.basis.EQUAL')
                        : labels.t('gadget.tree.basis.WEIGHT', common.number(c.weight, labels));
                return el('li', { 'data-key': c.key }, [
                    el('strong', { text: c.key }), ' ', summaryOf(tree, c.key), ': ',
                    labels.t('gadget.tree.contribution', common.percent(c.progress, labels), weight)
                ]);
            })));
        }
        var excluded = explain.excluded || [];
        if (excluded.length) {
            parts.push(el('p', { className: 'lm-tooltip__heading', text: labels.t('gadget.tree.excluded') }));
            parts.push(el('ul', { className: 'lm-tooltip__list' }, excluded.map(function (x) {
                return el('li', { 'data-key': x.key }, [
                    el('strong', { text: x.key }), ' ', summaryOf(tree, x.key), ': ',
                    labels.has('gadget.tree.excluded.' + x.reason) ? labels.t('gadget.tree.excluded.' + x.reason) : String(x.reason)
                ]);
            })));
        }
        return parts;
    }

    Gadget.prototype.node = function (labels, tree, node, depth, position, size) {
        var self = this;
        var item = node.item;
        var hasChildren = node.children.length > 0;
        var open = hasChildren && self.isOpen(item.key, depth);
        var labelId = common.uid(self.api.gadgetId() + '-tree-label');

        var toggle = el('span', {
            className: 'lm-tree__toggle' + (hasChildren ? '' : ' lm-tree__toggle--leaf'),
            'aria-hidden': 'true'
        });
        var achievementNote = common.isNumber(item.achievement) && item.achievement > 1
            ? el('span', { className: 'lm-subtle lm-tree__over', text: labels.t('gadget.tree.achievement', common.percent(item.achievement, labels)) })
            : null;
        var row = el('div', { className: 'lm-tree__row', style: { '--lm-depth': String(depth) } }, [
            toggle,
            el('span', { className: 'lm-tree__label', id: labelId }, [
                common.issueKey(item.key), ' ',
                el('span', { className: 'lm-summary', 'data-field': 'summary', text: item.summary || '' }), ' ',
                el('span', { className: 'lm-lozenge lm-lozenge--subtle lm-tree__type', text: item.typeName || item.type || '' })
            ]),
            el('span', { className: 'lm-tree__progress' }, [
                common.progressBar(item.progress, labels, labels.t('gadget.tree.progressOf', item.key)),
                achievementNote
            ]),
            el('span', { className: 'lm-tree__trend' }, item.trend ? common.trendIndicator(item.trend, labels) : null)
        ]);

        var li = el('li', {
            className: 'lm-tree__item', role: 'treeitem', tabindex: '0', 'data-key': item.key,
            'aria-level': String(depth + 1), 'aria-setsize': String(size), 'aria-posinset': String(position),
            'aria-labelledby': labelId, 'aria-expanded': hasChildren ? String(open) : null
        }, row);
        row.appendChild(common.tooltip(li, explanation(labels, tree, item), self.api.gadgetId() + '-explain', row));

        var group = null;
        if (hasChildren) {
            group = el('ul', { className: 'lm-tree__group', role: 'group', hidden: !open });
            node.children.forEach(function (child, index) {
                group.appendChild(self.node(labels, tree, child, depth + 1, index + 1, node.children.length));
            });
            li.appendChild(group);
            toggle.textContent = open ? '\u25BE' : '\u25B8';
            toggle.addEventListener('click', function (event) {
                event.stopPropagation();
                self.toggle(li, !group.hidden ? false : true);
                li.focus();
            });
        }
        li.addEventListener('keydown', function (event) {
            if (event.target !== li) {
                return;
            }
            self.onKey(event, li);
        });
        return li;
    };

    Gadget.prototype.toggle = function (li, open) {
        var group = li.querySelector(':scope > .lm-tree__group');
        if (!group) {
            return;
        }
        group.hidden = !open;
        li.setAttribute('aria-expanded', String(open));
        var toggle = li.querySelector(':scope > .lm-tree__row > .lm-tree__toggle');
        toggle.textContent = open ? '\u25BE' : '\u25B8';
        this.expanded[li.getAttribute('data-key')] = open;
        this.api.resize();
    };

    Gadget.prototype.setAll = function (treeEl, open) {
        var self = this;
        treeEl.querySelectorAll('.lm-tree__item[aria-expanded]').forEach(function (li) {
            self.toggle(li, open);
        });
    };

    function visibleItems(li) {
        var tree = li.closest('.lm-tree');
        return Array.prototype.filter.call(tree.querySelectorAll('.lm-tree__item'), function (item) {
            return !item.closest('.lm-tree__group[hidden]');
        });
    }

    Gadget.prototype.onKey = function (event, li) {
        var expanded = li.getAttribute('aria-expanded');
        var items;
        var index;
        switch (event.key) {
        case 'Enter':
        case ' ':
            if (expanded !== null) {
                this.toggle(li, expanded !== 'true');
            }
            break;
        case 'ArrowRight':
            if (expanded === 'false') {
                this.toggle(li, true);
            } else if (expanded === 'true') {
                li.querySelector(':scope > .lm-tree__group > .lm-tree__item').focus();
            }
            break;
        case 'ArrowLeft':
            if (expanded === 'true') {
                this.toggle(li, false);
            } else {
                var parent = li.parentElement.closest('.lm-tree__item');
                if (parent) {
                    parent.focus();
                }
            }
            break;
        case 'ArrowDown':
        case 'ArrowUp':
        case 'Home':
        case 'End':
            items = visibleItems(li);
            index = items.indexOf(li);
            if (event.key === 'ArrowDown') {
                index = Math.min(items.length - 1, index + 1);
            } else if (event.key === 'ArrowUp') {
                index = Math.max(0, index - 1);
            } else {
                index = event.key === 'Home' ? 0 : items.length - 1;
            }
            items[index].focus();
            break;
        default:
            return;
        }
        event.preventDefault();
    };

    return Gadget;
});
