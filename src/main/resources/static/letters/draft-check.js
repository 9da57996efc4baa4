// Refreshes the reading-age panel beside a letter's form (templates/updates/letter-aside.html) as
// the case manager types: the server writes the letter from the form as it stands and measures it
// (POST letter-check, with the form's CSRF token). Without JavaScript the panel shows the reading
// age of the form as the page was made.
(function () {
  'use strict';

  var WAIT_MS = 700;

  function list(items, className) {
    var ul = document.createElement('ul');
    ul.className = 'nhsuk-list nhsuk-list--bullet nhsuk-body-s ' + className;
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item;
      ul.appendChild(li);
    });
    return ul;
  }

  function paragraph(text) {
    var p = document.createElement('p');
    p.className = 'nhsuk-body-s';
    p.textContent = text;
    return p;
  }

  function show(panel, check) {
    panel.querySelector('.lotus-reading-age-value').textContent = check.readingAge;
    var verdict = panel.querySelector('.lotus-reading-age-verdict');
    verdict.textContent = check.onTarget ? 'On target' : 'Too hard';
    verdict.classList.toggle('nhsuk-tag--green', check.onTarget);
    verdict.classList.toggle('nhsuk-tag--red', !check.onTarget);
    var raisers = panel.querySelector('.lotus-reading-age-raisers');
    raisers.textContent = '';
    if (check.longSentences.length) {
      raisers.appendChild(paragraph('These sentences have more than 20 words. Split them:'));
      raisers.appendChild(list(check.longSentences, 'lotus-long-sentences'));
    }
    if (check.longWords.length) {
      raisers.appendChild(paragraph('Long words raise the reading age. Use a shorter one where you can: '
        + check.longWords.join(', ')));
    }
    if (check.thirdPerson.length) {
      raisers.appendChild(paragraph('Speak to the practitioner as "you". These parts speak about them:'));
      raisers.appendChild(list(check.thirdPerson.map(function (t) {
        return t.field + ': ' + t.words.join(', ');
      }), 'lotus-third-person'));
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var section = document.querySelector('[data-check-url]');
    var form = document.getElementById('task-form');
    if (!section || !form || !window.fetch) {
      return;
    }
    var panel = section.querySelector('.lotus-reading-age');
    var timer = null;
    var asked = 0;
    form.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var mine = ++asked;
        fetch(section.getAttribute('data-check-url'), {
          method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
          headers: { 'Accept': 'application/json' }
        }).then(function (response) {
          return response.ok ? response.json() : null;
        }).then(function (check) {
          if (check && mine === asked) {
            show(panel, check);
          }
        }).catch(function () { /* the panel keeps its last answer */ });
      }, WAIT_MS);
    });
  });
}());
