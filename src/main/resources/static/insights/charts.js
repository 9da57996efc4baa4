// Draws the insights charts as SVG from the numbers the server computes (/insights/{chart}.json).
// No library: bars (stacked or grouped) and lines, with axes and a legend. The same numbers are in
// the table beside each chart, so the page says everything without JavaScript.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var COLOURS = ['#005eb8', '#ffb81c', '#d5281b', '#768692', '#007f3b', '#330072',
    '#41b6e6', '#ae2573', '#ed8b00', '#00a499', '#425563', '#78be20'];
  var WIDTH = 640;
  var PLOT_HEIGHT = 220;
  var MARGIN = { top: 32, right: 16, left: 64 };
  var LONGEST_LABEL = 24;
  var CHARACTER_WIDTH = 7;

  function element(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(content, attributes, parent) {
    var node = element('text', attributes, parent);
    node.textContent = content;
    return node;
  }

  // A long category name is cut short on the axis; the whole name shows on hover and is in the table.
  function label(content, attributes, parent) {
    var shown = content.length > LONGEST_LABEL ? content.slice(0, LONGEST_LABEL - 1) + '\u2026' : content;
    var node = text(shown, attributes, parent);
    element('title', {}, node).textContent = content;
    return node;
  }

  // 0 up to a round number above the largest value, in about five steps. A chart of counts (every
  // value a whole number: cases, check-ins) steps in whole numbers, so no axis reads "0.2 cases".
  function scale(largest, whole) {
    if (!(largest > 0)) { return { max: 1, step: 1 }; }
    var rough = largest / 5;
    var magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    var step = [1, 2, 2.5, 5, 10].map(function (m) { return m * magnitude; })
      .filter(function (s) { return s >= rough; })[0];
    if (whole && step % 1 !== 0) {
      step = step < 1 ? 1 : Math.ceil(step);
    }
    return { max: Math.ceil(largest / step) * step, step: step };
  }

  function counts(chart) {
    return chart.series.every(function (s) {
      return s.values.every(function (v) { return v === null || Number.isInteger(v); });
    }) && (typeof chart.guide !== 'number' || Number.isInteger(chart.guide));
  }

  function largest(chart, series) {
    var values = [];
    chart.categories.forEach(function (_, i) {
      if (chart.kind === 'stacked') {
        values.push(series.reduce(function (sum, s) { return sum + (s.values[i] || 0); }, 0));
      } else {
        series.forEach(function (s) { if (s.values[i] !== null) { values.push(s.values[i]); } });
      }
    });
    return Math.max.apply(null, values.concat([0]));
  }

  function draw(figure, chart) {
    var series = chart.series.filter(function (s) { return s.drawn; });
    var plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    var plotHeight = PLOT_HEIGHT;
    var band = plotWidth / Math.max(chart.categories.length, 1);
    var longest = Math.min(LONGEST_LABEL, Math.max.apply(null, chart.categories.map(function (c) { return c.length; }).concat([0])));
    // Category names that do not fit under their bar are slanted, and the chart grows to hold them.
    var slanted = longest * CHARACTER_WIDTH > band;
    var bottom = slanted ? Math.round(longest * CHARACTER_WIDTH * 0.72) + 24 : 32;
    var y = scale(Math.max(largest(chart, series), typeof chart.guide === 'number' ? chart.guide : 0), counts(chart));
    var svg = element('svg', {
      viewBox: '0 0 ' + WIDTH + ' ' + (MARGIN.top + plotHeight + bottom), width: '100%', role: 'img', 'class': 'lotus-chart__svg', overflow: 'visible',
      'aria-label': chart.title + '. The numbers are in the table beside the chart.'
    });
    var plot = element('g', { transform: 'translate(' + MARGIN.left + ',' + MARGIN.top + ')' }, svg);
    var toY = function (value) { return plotHeight - (value / y.max) * plotHeight; };

    for (var tick = 0; tick <= y.max + y.step / 2; tick += y.step) {
      element('line', { x1: 0, x2: plotWidth, y1: toY(tick), y2: toY(tick), 'class': 'lotus-chart__grid' }, plot);
      text(String(Math.round(tick * 10) / 10), { x: -8, y: toY(tick) + 4, 'text-anchor': 'end', 'class': 'lotus-chart__label' }, plot);
    }
    text(chart.unit, { x: -MARGIN.left + 4, y: -18, 'class': 'lotus-chart__label' }, plot);

    chart.categories.forEach(function (category, i) {
      var x = band * i + band / 2;
      label(category, slanted
        ? { x: x, y: plotHeight + 14, 'text-anchor': 'end', transform: 'rotate(-45 ' + x + ' ' + (plotHeight + 14) + ')', 'class': 'lotus-chart__label' }
        : { x: x, y: plotHeight + 18, 'text-anchor': 'middle', 'class': 'lotus-chart__label' }, plot);
    });

    if (chart.kind === 'lines') {
      series.forEach(function (s, k) {
        var colour = COLOURS[k % COLOURS.length];
        // A missing value lifts the pen: the line resumes at the next month that has one.
        var path = [];
        var penDown = false;
        s.values.forEach(function (value, i) {
          if (value === null) { penDown = false; return; }
          var x = band * i + band / 2;
          path.push((penDown ? 'L' : 'M') + x + ',' + toY(value));
          penDown = true;
          element('title', {}, element('circle', { cx: x, cy: toY(value), r: 3.5, fill: colour }, plot))
            .textContent = s.name + ', ' + chart.categories[i] + ': ' + value;
        });
        if (path.length > 0) {
          element('path', { d: path.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }, plot);
        }
      });
    } else {
      var inner = band * 0.7;
      chart.categories.forEach(function (_, i) {
        var left = band * i + (band - inner) / 2;
        var stacked = 0;
        series.forEach(function (s, k) {
          var value = s.values[i];
          if (value === null || value === 0) { return; }
          var attributes = { fill: COLOURS[k % COLOURS.length] };
          if (chart.kind === 'stacked') {
            attributes.x = left; attributes.width = inner;
            attributes.y = toY(stacked + value); attributes.height = toY(stacked) - toY(stacked + value);
            stacked += value;
          } else {
            var width = inner / series.length;
            attributes.x = left + width * k; attributes.width = Math.max(width - 1, 1);
            attributes.y = toY(value); attributes.height = plotHeight - toY(value);
          }
          var bar = element('rect', attributes, plot);
          element('title', {}, bar).textContent = s.name + ', ' + chart.categories[i] + ': ' + value;
        });
      });
    }
    element('line', { x1: 0, x2: plotWidth, y1: plotHeight, y2: plotHeight, 'class': 'lotus-chart__axis' }, plot);
    if (typeof chart.guide === 'number') {
      element('line', { x1: 0, x2: plotWidth, y1: toY(chart.guide), y2: toY(chart.guide), 'class': 'lotus-chart__guide' }, plot);
    }

    var legend = document.createElement('ul');
    legend.className = 'lotus-chart__legend';
    series.forEach(function (s, k) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'lotus-chart__swatch';
      swatch.style.backgroundColor = COLOURS[k % COLOURS.length];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(s.name));
      legend.appendChild(item);
    });
    figure.textContent = '';
    figure.appendChild(svg);
    figure.appendChild(legend);
  }

  document.querySelectorAll('[data-chart-url]').forEach(function (figure) {
    // The page carries each chart's numbers; the JSON address is there for anything else.
    var numbers = figure.getAttribute('data-chart');
    if (numbers) {
      draw(figure, JSON.parse(numbers));
      return;
    }
    fetch(figure.getAttribute('data-chart-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (chart) { draw(figure, chart); })
      .catch(function () { figure.textContent = 'The chart could not be drawn; its numbers are in the table.'; });
  });
}());
