// The console's page: plain browser JavaScript, no build step. Every action is one call to the console's JSON API,
// which is one SDK call; every refusal comes back as an RFC 9457 problem response whose "detail" is the SDK's message
// for the user, and is shown next to what caused it.
'use strict';

const $ = (selector, root = document) => root.querySelector(selector);

/** An error the API answered: the problem response's fields, kept for whoever shows it. */
class Problem extends Error {
  constructor(status, body) {
    super(body.detail || body.title || ('HTTP ' + status));
    this.status = status;
    this.code = body.code || '';
    this.body = body;
  }
}

async function api(method, path, body) {
  const response = await fetch('/api' + path, {
    method,
    headers: body === undefined ? {} : {'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (response.status === 204) {
    return null;
  }
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Problem(response.status, data);
  }
  return data;
}

function show(element, text) {
  element.textContent = text;
  element.hidden = !text;
}

function showPageError(error) {
  if (error instanceof Problem && error.status === 401) {
    location.hash = '#/sign-in';
    return;
  }
  show($('#page-error'), error.message);
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  row.appendChild(td);
  return td;
}

function button(text, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (className) {
    b.className = className;
  }
  b.addEventListener('click', onClick);
  return b;
}

function render(templateId) {
  const view = $('#view');
  view.replaceChildren($('#' + templateId).content.cloneNode(true));
  return view;
}

function utc(instant) {
  return instant ? instant.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : 'still linked';
}

/** Cursor paging: the SDK hands out a cursor for the next page; the pager keeps the ones behind for "Previous". */
class Pager {
  constructor(root, load) {
    this.behind = [];
    this.current = '';
    this.load = load;
    this.prev = $('#prev-page', root);
    this.next = $('#next-page', root);
    this.prev.addEventListener('click', () => this.go(this.behind.pop(), false));
    this.next.addEventListener('click', () => this.go(this.nextCursor, true));
  }

  async go(cursor, forward) {
    if (forward) {
      this.behind.push(this.current);
    }
    this.current = cursor || '';
    const page = await this.load(this.current);
    this.nextCursor = page.next;
    this.next.disabled = !page.next;
    this.prev.disabled = this.behind.length === 0;
  }

  reload() {
    return this.go(this.current, false);
  }
}

function query(cursor) {
  return cursor ? '?cursor=' + encodeURIComponent(cursor) : '';
}

function fillTable(root, tableId, items, addRow) {
  const body = $('#' + tableId + ' tbody', root);
  body.replaceChildren();
  items.forEach(item => {
    const row = document.createElement('tr');
    addRow(row, item);
    body.appendChild(row);
  });
  $('.empty', root).hidden = items.length > 0;
}

// ---- who you are -------------------------------------------------------------------------------------------------

let session = {signedIn: false};

async function refreshSession() {
  session = await api('GET', '/session');
  $('#nav').hidden = !session.signedIn;
  $('#sign-out').hidden = !session.signedIn;
  show($('#who'), session.signedIn
      ? session.user + (session.provider ? ' · ' + (session.providerName || session.provider) : ' · no provider')
      : '');
}

function signInView() {
  const view = render('sign-in-view');
  $('#sign-in', view).addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api('POST', '/session', {provider: $('#provider').value, user: $('#user').value});
      await refreshSession();
      location.hash = '#/organizations';
    } catch (error) {
      show($('#sign-in-error'), error.message);
    }
  });
  $('#provider', view).focus();
}

function registerView() {
  const view = render('register-view');
  $('[data-field=provider]', view).textContent = session.provider;
  $('#register-provider', view).addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api('POST', '/provider', {name: $('#provider-name').value});
      await refreshSession();
      route();
    } catch (error) {
      show($('#register-error'), error.message);
    }
  });
}

// ---- Manage → Consumer organizations ----------------------------------------------------------------------------

function organizationsView() {
  const view = render('organizations-view');
  const rows = (row, org) => {
    row.dataset.id = org.id;
    cell(row, org.name, 'name');
    cell(row, org.id, 'id');
    cell(row, String(org.version), 'version');
    rowMenu(cell(row, ''), org, () => pager.reload());
  };
  const pager = new Pager(view, async cursor => {
    const page = await api('GET', '/organizations' + query(cursor));
    fillTable(view, 'orgs', page.items, rows);
    return page;
  });
  const search = $('#org-search', view);
  let typed = 0;
  search.addEventListener('input', async () => {
    const mine = ++typed;
    const text = search.value;
    if (!text.trim()) {
      pager.behind = [];
      return pager.go('', false);
    }
    try {
      const hits = await api('GET', '/organizations/search?q=' + encodeURIComponent(text));
      if (mine === typed) {  // an older answer arriving late must not replace a newer one
        fillTable(view, 'orgs', hits.map(h => h.organization), rows);
        pager.next.disabled = true;
        pager.prev.disabled = true;
      }
    } catch (error) {
      showPageError(error);
    }
  });
  $('#create-org', view).addEventListener('click', () => openOrgDialog(null, () => pager.reload()));
  pager.go('', false).catch(showPageError);
}

/** The row's ellipsis menu: Edit and Delete. */
function rowMenu(td, org, afterChange) {
  const menu = document.createElement('div');
  menu.className = 'menu';
  const toggle = button('⋯', 'ellipsis', () => {
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
    if (!list.hidden) {
      list.querySelector('button').focus();
    }
  });
  toggle.setAttribute('aria-label', 'Actions for ' + org.name);
  toggle.setAttribute('aria-haspopup', 'menu');
  toggle.setAttribute('aria-expanded', 'false');
  const list = document.createElement('div');
  list.setAttribute('role', 'menu');
  list.hidden = true;
  const edit = button('Edit', 'edit', () => { list.hidden = true; openOrgDialog(org, afterChange); });
  const remove = button('Delete', 'delete', () => { list.hidden = true; openDeleteDialog(org, afterChange); });
  [edit, remove].forEach(b => { b.setAttribute('role', 'menuitem'); list.appendChild(b); });
  list.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      list.hidden = true;
      toggle.focus();
    }
  });
  menu.append(toggle, list);
  td.appendChild(menu);
}

/** Create (org is null) or Edit: the rename carries the version the form was loaded with. */
function openOrgDialog(org, afterSave) {
  const dialog = $('#org-dialog');
  const name = $('#org-name');
  const error = $('#org-error');
  let version = org ? org.version : 0;
  $('#org-dialog-title').textContent = org ? 'Edit consumer organization' : 'Create consumer organization';
  name.value = org ? org.name : '';
  show(error, '');
  $('#org-form').onsubmit = async event => {
    event.preventDefault();
    try {
      if (org) {
        await api('PUT', '/organizations/' + encodeURIComponent(org.id), {version, name: name.value});
      } else {
        await api('POST', '/organizations', {name: name.value});
      }
      dialog.close();
      afterSave();
    } catch (problem) {
      if (problem.code === 'STALE_VERSION' && org) {
        // Someone changed it meanwhile: say so, and reload the form with what is there now.
        const current = await api('GET', '/organizations/' + encodeURIComponent(org.id));
        version = current.version;
        name.value = current.name;
        show(error, problem.message + ' The form now shows the current name, “' + current.name
            + '”; edit it again and save.');
        afterSave();
      } else {
        show(error, problem.message);
      }
    }
  };
  $('#org-cancel').onclick = () => dialog.close();
  dialog.showModal();
  name.focus();
}

async function openDeleteDialog(org, afterDelete) {
  const dialog = $('#delete-dialog');
  const impact = $('#impact');
  show($('#delete-error'), '');
  impact.replaceChildren();
  try {
    showImpact(impact, await api('GET', '/organizations/' + encodeURIComponent(org.id) + '/deletion-impact'));
  } catch (error) {
    showPageError(error);
    return;
  }
  $('#delete-confirm').onclick = async () => {
    try {
      await api('DELETE', '/organizations/' + encodeURIComponent(org.id));
      dialog.close();
      afterDelete();
    } catch (error) {
      show($('#delete-error'), error.message);
    }
  };
  $('#delete-cancel').onclick = () => dialog.close();
  dialog.showModal();
  $('#delete-cancel').focus();
}

function showImpact(root, impact) {
  const summary = document.createElement('p');
  summary.id = 'impact-summary';
  summary.textContent = impact.summary;
  root.appendChild(summary);
  if (impact.sharesLosingAccess.length > 0) {
    const heading = document.createElement('h3');
    heading.textContent = 'Shares losing it';
    const list = document.createElement('ul');
    list.id = 'impact-shares';
    impact.sharesLosingAccess.forEach(s => {
      const item = document.createElement('li');
      item.textContent = s.name + ' (' + s.id + ')';
      list.appendChild(item);
    });
    root.append(heading, list);
  }
  const table = document.createElement('table');
  table.id = 'impact-mac';
  table.className = 'list';
  table.innerHTML = '<thead><tr><th scope="col">Month</th><th scope="col">Counts if kept</th>'
      + '<th scope="col">Counts if deleted</th><th scope="col">Change to Monthly Active Consumers</th></tr></thead>';
  const body = document.createElement('tbody');
  impact.macEffects.forEach(e => {
    const row = document.createElement('tr');
    cell(row, e.month);
    cell(row, e.countsIfKept ? 'yes' : 'no');
    cell(row, e.countsAfterDeletion ? 'yes' : 'no');
    cell(row, e.change === 0 ? 'none' : String(e.change));
    body.appendChild(row);
  });
  table.appendChild(body);
  root.appendChild(table);
}

// ---- Shares ------------------------------------------------------------------------------------------------------

function sharesView() {
  const view = render('shares-view');
  const pager = new Pager(view, async cursor => {
    const page = await api('GET', '/shares' + query(cursor));
    fillTable(view, 'shares', page.items, (row, share) => {
      row.dataset.id = share.id;
      const link = document.createElement('a');
      link.href = '#/shares/' + encodeURIComponent(share.id);
      link.textContent = share.name;
      cell(row, '').appendChild(link);
      cell(row, share.id, 'id');
      cell(row, utc(share.registeredAt));
    });
    return page;
  });
  $('#register-share', view).addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api('POST', '/shares', {id: $('#share-id').value, name: $('#share-name').value});
      $('#share-id').value = '';
      $('#share-name').value = '';
      show($('#share-error'), '');
      await pager.reload();
    } catch (error) {
      show($('#share-error'), error.message);
    }
  });
  pager.go('', false).catch(showPageError);
}

async function shareView(shareId) {
  const view = render('share-view');
  let share;
  try {
    share = await api('GET', '/shares/' + encodeURIComponent(shareId));
  } catch (error) {
    showPageError(error);
    return;
  }
  $('[data-field=name]', view).textContent = share.name;
  const pager = new Pager(view, async cursor => {
    const page = await api('GET', '/shares/' + encodeURIComponent(shareId) + '/consumers' + query(cursor));
    fillTable(view, 'consumers', page.items, (row, org) => {
      row.dataset.id = org.id;
      cell(row, org.name, 'name');
      cell(row, org.id, 'id');
      cell(row, '').appendChild(button('Remove', 'remove', async () => {
        try {
          await api('DELETE', '/shares/' + encodeURIComponent(shareId) + '/consumers/' + encodeURIComponent(org.id));
          await pager.reload();
        } catch (error) {
          showPageError(error);
        }
      }));
    });
    return page;
  });
  $('#add-consumer', view).addEventListener('click', () => new AddDialog(shareId, () => pager.reload()).open());
  pager.go('', false).catch(showPageError);
}

/**
 * "Add a consumer organization": a combobox over the provider's organizations. Typing searches as you type (the SDK's
 * ranking, the share's consumers left out); arrows move, Enter picks, Escape closes the list. A name that no
 * organization has offers "Create new". Picks and new names are gathered, and "Done" sends them as one atomic batch:
 * a refused batch adds nothing and shows each wrong entry's reason beside it.
 */
class AddDialog {
  constructor(shareId, afterDone) {
    this.shareId = shareId;
    this.afterDone = afterDone;
    this.entries = [];
    this.options = [];
    this.active = -1;
    this.asked = 0;
    this.dialog = $('#add-dialog');
    this.input = $('#consumer-search');
    this.list = $('#candidates');
  }

  open() {
    this.input.value = '';
    show($('#add-error'), '');
    this.renderEntries();
    this.input.oninput = () => this.search();
    this.input.onkeydown = event => this.key(event);
    this.input.onfocus = () => this.search();
    $('#done').onclick = () => this.done();
    $('#add-cancel').onclick = () => this.dialog.close();
    this.dialog.oncancel = event => {  // Escape with the list open closes the list, not the dialog
      if (!this.list.hidden) {
        event.preventDefault();
        this.closeList();
      }
    };
    this.dialog.showModal();
    this.input.focus();
  }

  async search() {
    const mine = ++this.asked;
    const text = this.input.value;
    let hits;
    try {
      hits = await api('GET', '/shares/' + encodeURIComponent(this.shareId) + '/candidates?q='
          + encodeURIComponent(text));
    } catch (error) {
      show($('#add-error'), error.message);
      return;
    }
    if (mine !== this.asked) {
      return;  // a newer keystroke asked again
    }
    const picked = new Set(this.entries.filter(e => e.existing).map(e => e.existing));
    this.options = hits.filter(h => !picked.has(h.organization.id))
        .map(h => ({kind: 'existing', org: h.organization, match: h.match, disabled: h.consumer}));
    const exact = hits.some(h => h.match === 'EXACT');
    const typedNew = text.trim() && !exact && !this.entries.some(e => !e.existing && e.name === text.trim());
    if (typedNew) {
      this.options.push({kind: 'new', name: text.trim()});
    }
    this.active = this.options.findIndex(o => !o.disabled);
    this.renderList();
  }

  renderList() {
    this.list.replaceChildren();
    this.options.forEach((option, index) => {
      const item = document.createElement('li');
      item.id = 'candidate-' + index;
      item.setAttribute('role', 'option');
      if (option.kind === 'new') {
        item.className = 'create-new';
        item.innerHTML = '<span class="plus" aria-hidden="true">+</span> ';
        item.append('Create new “' + option.name + '”');
      } else {
        item.textContent = option.org.name;
        item.dataset.id = option.org.id;
        if (option.disabled) {
          item.setAttribute('aria-disabled', 'true');
          item.title = 'Already a consumer of this share';
          const note = document.createElement('span');
          note.className = 'hint';
          note.textContent = ' already a consumer';
          item.appendChild(note);
        }
      }
      item.setAttribute('aria-selected', String(index === this.active));
      item.addEventListener('mousedown', event => event.preventDefault());  // keep the focus in the box
      item.addEventListener('click', () => this.pick(index));
      this.list.appendChild(item);
    });
    this.list.hidden = this.options.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? 'candidate-' + this.active : '');
  }

  key(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.list.hidden) {
        this.search();
        return;
      }
      this.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!this.list.hidden && this.active >= 0) {
        this.pick(this.active);
      }
    } else if (event.key === 'Escape' && !this.list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      this.closeList();
    }
  }

  move(step) {
    const count = this.options.length;
    for (let i = 1; i <= count; i++) {
      const next = (this.active + step * i + count * count) % count;
      if (!this.options[next].disabled) {
        this.active = next;
        break;
      }
    }
    this.renderList();
    const item = $('#candidate-' + this.active);
    if (item) {
      item.scrollIntoView({block: 'nearest'});
    }
  }

  pick(index) {
    const option = this.options[index];
    if (!option || option.disabled) {
      return;
    }
    this.entries.push(option.kind === 'new' ? {name: option.name} : {existing: option.org.id, name: option.org.name});
    this.input.value = '';
    this.closeList();
    this.renderEntries();
    this.input.focus();
  }

  closeList() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-activedescendant', '');
  }

  renderEntries(rejections = []) {
    const list = $('#gathered');
    list.replaceChildren();
    this.entries.forEach((entry, index) => {
      const item = document.createElement('li');
      item.className = entry.existing ? 'existing' : 'new';
      const label = document.createElement('span');
      label.className = 'entry-name';
      label.textContent = entry.existing ? entry.name : entry.name + ' (new)';
      const remove = button('×', 'unpick', () => {
        this.entries.splice(index, 1);
        this.renderEntries();
      });
      remove.setAttribute('aria-label', 'Do not add ' + entry.name);
      item.append(label, remove);
      const rejection = rejections.find(r => r.index === index);
      if (rejection) {
        const reason = document.createElement('span');
        reason.className = 'entry-error error';
        reason.textContent = rejection.detail;
        item.appendChild(reason);
      }
      list.appendChild(item);
    });
    $('#done').disabled = this.entries.length === 0;
  }

  async done() {
    const body = {entries: this.entries.map(e => e.existing ? {existing: e.existing} : {name: e.name})};
    try {
      await api('POST', '/shares/' + encodeURIComponent(this.shareId) + '/consumers', body);
      this.dialog.close();
      this.afterDone();
    } catch (problem) {
      if (problem.code === 'BATCH_REJECTED') {
        show($('#add-error'), problem.message);  // the SDK's words: "Nothing was added: entry 3: …"
        this.renderEntries(problem.body.rejections || []);
      } else {
        show($('#add-error'), problem.message);
      }
    }
  }
}

// ---- Monthly Active Consumers ------------------------------------------------------------------------------------

function macView() {
  const view = render('mac-view');
  const month = $('#month', view);
  const load = async () => {
    try {
      const suffix = month.value ? '?month=' + month.value : '';
      const [report, history] = await Promise.all([api('GET', '/mac' + suffix), api('GET', '/mac/history' + suffix)]);
      month.value = report.month;
      $('#mac-count').textContent = String(report.count);
      $('#mac-definition').textContent = 'Counted: ' + report.definition + ', from ' + utc(report.from) + ' to '
          + utc(report.until) + ' (' + (report.zone === 'Z' ? 'UTC' : report.zone) + ').';
      fillMacTable(report);
      drawChart($('#mac-chart'), history, report.month);
    } catch (error) {
      showPageError(error);
    }
  };
  month.addEventListener('change', load);
  load();
}

function fillMacTable(report) {
  const body = $('#mac-consumers tbody');
  body.replaceChildren();
  report.consumers.forEach(consumer => {
    consumer.evidence.forEach((link, index) => {
      const row = document.createElement('tr');
      row.dataset.id = consumer.id;
      cell(row, index > 0 ? '' : consumer.name + (consumer.deletedAt ? ' (deleted ' + utc(consumer.deletedAt) + ')'
          : ''), 'name');
      cell(row, link.share);
      cell(row, utc(link.openedAt));
      cell(row, utc(link.closedAt));
      body.appendChild(row);
    });
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bar chart drawn by the page itself as SVG: one bar per month, the chosen month highlighted. */
function drawChart(svg, history, chosen) {
  const ns = 'http://www.w3.org/2000/svg';
  [...svg.querySelectorAll('g')].forEach(g => g.remove());
  const g = document.createElementNS(ns, 'g');
  const max = Math.max(1, ...history.map(h => h.count));
  const width = 720 / history.length;
  history.forEach((h, i) => {
    const height = Math.round(160 * h.count / max);
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', String(i * width + 8));
    bar.setAttribute('y', String(180 - height));
    bar.setAttribute('width', String(width - 16));
    bar.setAttribute('height', String(height));
    bar.setAttribute('class', h.month === chosen ? 'bar chosen' : 'bar');
    bar.dataset.month = h.month;
    bar.dataset.count = String(h.count);
    const tip = document.createElementNS(ns, 'title');
    tip.textContent = h.month + ': ' + h.count;
    bar.appendChild(tip);
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', String(i * width + width / 2));
    value.setAttribute('y', String(175 - height));
    value.setAttribute('text-anchor', 'middle');
    value.textContent = String(h.count);
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', String(i * width + width / 2));
    label.setAttribute('y', '200');
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('class', 'axis');
    label.textContent = MONTHS[Number(h.month.substring(5)) - 1] + ' ' + h.month.substring(2, 4);
    g.append(bar, value, label);
  });
  svg.appendChild(g);
}

// ---- Activity ----------------------------------------------------------------------------------------------------

function activityView() {
  const view = render('activity-view');
  const newer = [];
  let current = null;
  const load = async before => {
    const page = await api('GET', '/events' + (before ? '?before=' + before : ''));
    fillTable(view, 'events', page.items, (row, e) => {
      cell(row, String(e.sequence));
      cell(row, utc(e.at));
      cell(row, e.actor);
      cell(row, e.type.toLowerCase().replaceAll('_', ' '));
      cell(row, describeChange(e));
    });
    current = before;
    $('#older', view).disabled = !page.older;
    $('#older', view).onclick = () => { newer.push(current); load(page.older).catch(showPageError); };
    $('#newer', view).disabled = newer.length === 0;
  };
  $('#newer', view).onclick = () => load(newer.pop()).catch(showPageError);
  load(null).catch(showPageError);
}

function describeChange(e) {
  const parts = [];
  const keys = new Set([...Object.keys(e.before), ...Object.keys(e.after)]);
  keys.forEach(key => {
    const before = e.before[key];
    const after = e.after[key];
    if (before !== undefined && after !== undefined && before !== after) {
      parts.push(key + ': ' + before + ' → ' + after);
    } else if (after !== undefined && before === undefined) {
      parts.push(key + ': ' + after);
    } else if (before !== undefined && after === undefined) {
      parts.push(key + ' was ' + before);
    }
  });
  if (e.share) {
    parts.push('share ' + e.share);
  }
  return parts.join('; ');
}

// ---- routing -----------------------------------------------------------------------------------------------------

async function route() {
  show($('#page-error'), '');
  try {
    await refreshSession();
  } catch (error) {
    showPageError(error);
    return;
  }
  const hash = location.hash || '#/organizations';
  if (!session.signedIn || hash === '#/sign-in') {
    signInView();
    return;
  }
  if (session.provider && !session.registered) {
    registerView();
    return;
  }
  const share = hash.match(/^#\/shares\/(.+)$/);
  if (share) {
    shareView(decodeURIComponent(share[1]));
  } else if (hash === '#/shares') {
    sharesView();
  } else if (hash === '#/mac') {
    macView();
  } else if (hash === '#/activity') {
    activityView();
  } else {
    organizationsView();
  }
  document.querySelectorAll('#nav a').forEach(a => {
    if (hash.startsWith(a.getAttribute('href'))) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  $('#sign-out').addEventListener('click', async () => {
    await api('DELETE', '/session');
    location.hash = '#/sign-in';
    route();
  });
  route();
});
