// What tests/themes/test_theme_pages.py checks on a page, measured in the browser from the boxes it
// draws (getBoundingClientRect, the SVG's screen matrix), never from the stylesheet's text.
// Argument: the CSS selector of the element holding a post's text, for a post page.
(postColumn) => {
  const ROOTS = '.spotlight-directory, .spotlight-profile, .spotlight-report, .spotlight-roundups, .spotlight-roundup';
  const round = (v) => Math.round(v * 10) / 10;
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: round(r.left), right: round(r.right), top: round(r.top), bottom: round(r.bottom),
            width: round(r.width), height: round(r.height)};
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
  const px = (v) => parseFloat(v) || 0;
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width * r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  // the content box of an element: what its children may fill
  const inner = (el) => {
    const b = box(el), s = getComputedStyle(el);
    return {left: round(b.left + px(s.borderLeftWidth) + px(s.paddingLeft)),
            right: round(b.right - px(s.borderRightWidth) - px(s.paddingRight))};
  };

  const root = document.querySelector(ROOTS);
  const column = root ? root.parentElement : document.querySelector(postColumn);
  if (!column) return {error: 'neither a plugin page body nor the post column (' + postColumn + ')'};
  const scope = root || column;
  const col = inner(column);
  const within = (b, area) => b.left >= area.left - 0.5 && b.right <= area.right + 0.5;

  // tables, charts, cards, figures and pictures wider than the column
  const wide = [];
  for (const el of scope.querySelectorAll('table, svg, figure, .spotlight-card, .spotlight-network, img')) {
    if (!shown(el) || el.closest('svg') !== null && el.tagName.toLowerCase() !== 'svg') continue;
    const b = box(el);
    if (!within(b, col)) wide.push(`${name(el)} ${b.left}-${b.right} in ${col.left}-${col.right}`);
  }

  // table cells out of sight: outside the column or the viewport, or scrolled away inside the table
  const hidden = [];
  const tables = [];
  for (const table of scope.querySelectorAll('table')) {
    if (!shown(table)) continue;
    const t = box(table);
    tables.push({table: name(table), width: t.width, rowsAsBlocks: getComputedStyle(table.querySelector('tr')).display !== 'table-row'});
    if (table.scrollWidth > table.clientWidth + 1) hidden.push(`${name(table)} scrolls: ${table.scrollWidth} px of data in ${table.clientWidth} px`);
    for (const cell of table.querySelectorAll('tbody th, tbody td, tfoot th, tfoot td')) {
      const c = box(cell);
      if (!within(c, col) || c.right > innerWidth + 0.5 || !within(c, t))
        hidden.push(`${name(table)} "${cell.textContent.trim().slice(0, 30)}" ${c.left}-${c.right} in ${col.left}-${col.right}`);
    }
  }
  // anything else that scrolls sideways inside the page's body (not what is visually hidden: 1 px, clipped)
  for (const el of scope.querySelectorAll('*')) {
    const ox = getComputedStyle(el).overflowX;
    if (el.clientWidth <= 1) continue;
    if ((ox === 'auto' || ox === 'scroll' || ox === 'hidden') && el.scrollWidth > el.clientWidth + 1
        && el.tagName.toLowerCase() !== 'table')
      hidden.push(`${name(el)} scrolls or clips: ${el.scrollWidth} px in ${el.clientWidth} px`);
  }

  // chart text as rendered: its font size in the SVG's units times the SVG's scale on screen
  const chartText = [];
  for (const svg of scope.querySelectorAll('svg')) {
    if (!shown(svg)) continue;
    for (const text of svg.querySelectorAll('text')) {
      const m = text.getScreenCTM();
      const size = px(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
      chartText.push({chart: name(svg), text: text.textContent.slice(0, 20), px: round(size)});
    }
  }

  // every card: its picture inside it and round, at the card's padding corner; its text beside or
  // below the picture; as wide as what holds it
  const cards = [];
  for (const card of scope.querySelectorAll('.spotlight-card')) {
    const c = box(card), s = getComputedStyle(card);
    const holder = card.parentElement;
    const h = inner(holder);
    const got = {card: card.getAttribute('aria-label'), problems: []};
    const problem = (text) => got.problems.push(text);
    if (Math.abs(c.left - h.left) > 1 || Math.abs(c.right - h.right) > 1)
      problem(`card ${c.left}-${c.right}, its ${name(holder)} ${h.left}-${h.right}`);
    const img = card.querySelector('img');
    const body = card.querySelector('.spotlight-card__body');
    if (img) {
      const i = box(img), is = getComputedStyle(img);
      if (!(i.left >= c.left && i.right <= c.right && i.top >= c.top && i.bottom <= c.bottom))
        problem(`picture ${JSON.stringify(i)} outside the card ${JSON.stringify(c)}`);
      const padLeft = c.left + px(s.borderLeftWidth) + px(s.paddingLeft);
      const padTop = c.top + px(s.borderTopWidth) + px(s.paddingTop);
      if (Math.abs(i.left - padLeft) > 1 || Math.abs(i.top - padTop) > 1)
        problem(`picture at ${i.left},${i.top}, the card's padding corner at ${round(padLeft)},${round(padTop)}`);
      const radius = is.borderTopLeftRadius;
      const roundEnough = radius.endsWith('%') ? px(radius) >= 50 : px(radius) >= i.width / 2 - 0.5;
      if (Math.abs(i.width - i.height) > 0.5 || !roundEnough)
        problem(`picture ${i.width}x${i.height}, corner radius ${radius}: not a circle`);
      if (body) {
        const b = box(body);
        const beside = b.left >= i.right + 8 && b.top < i.bottom;
        const below = b.top >= i.bottom && Math.abs(b.left - i.left) <= 1;
        if (!beside && !below) problem(`text ${JSON.stringify(b)} neither beside nor below the picture ${JSON.stringify(i)}`);
      }
    }
    if (body) {
      const b = box(body);
      if (b.right > c.right - px(s.paddingRight) + 1) problem(`text reaches ${b.right}, the card's padding ${c.right - px(s.paddingRight)}`);
    }
    cards.push(got);
  }
  // a network list spans what holds it: a float beside it (a theme's post info) would narrow its cards
  for (const list of scope.querySelectorAll('.spotlight-network')) {
    const l = box(list), h = inner(list.parentElement);
    if (Math.abs(l.left - h.left) > 1 || Math.abs(l.right - h.right) > 1)
      cards.push({card: 'network list', problems: [`${l.left}-${l.right}, its ${name(list.parentElement)} ${h.left}-${h.right}`]});
  }

  // roundup entries: a name, its badge and its posts sit a space (or " in ") apart on a line, whatever the
  // theme's text-align: justified text widens those gaps. Each gap is compared with the width of the text
  // between the two elements in the entry's own font, as the browser measures it.
  const entries = [];
  const canvas = document.createElement('canvas').getContext('2d');
  for (const li of scope.querySelectorAll('.spotlight-roundup__spotlights li')) {
    const parts = [...li.children].filter(shown);
    canvas.font = getComputedStyle(li).font;
    const first = (el) => el.getClientRects()[0], last = (el) => [...el.getClientRects()].pop();
    for (let k = 1; k < parts.length; k++) {  // a link may break across lines: its last and first pieces
      const a = last(parts[k - 1]), b = first(parts[k]);
      if (Math.abs(a.top - b.top) > 4) continue;  // on the next line
      let between = '';
      for (let n = parts[k - 1].nextSibling; n && n !== parts[k]; n = n.nextSibling) between += n.textContent;
      between = between.replace(/\s+/g, ' ');
      const natural = canvas.measureText(between).width;
      const gap = round(b.left - a.right);
      if (gap > natural + 2 || gap < 0)
        entries.push(`${li.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}: ${gap} px between ${name(parts[k - 1])} and ${name(parts[k])}, "${between}" is ${round(natural)} px`);
    }
  }
  return {column: col, page: !!root, wide, hidden, tables, chartText, cards, entries,
          roundupEntries: scope.querySelectorAll('.spotlight-roundup__spotlights li').length};
}
