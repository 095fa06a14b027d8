// Microsoft Settings pages: "Use System" / "Use Organization" switch a field between inherited and
// overridden, and Conflict Resolution only applies (and is only submitted) when the direction is
// Bidirectional. Disabled inputs are not submitted, so the server keeps what it has.
(function () {
  'use strict';
  var form = document.querySelector('form.settings-form');
  if (!form) {
    return;
  }

  function inheritBox(fieldId) {
    return document.getElementById('inherit-' + fieldId);
  }

  function updateConflicts() {
    form.querySelectorAll('[data-conflict-of]').forEach(function (row) {
      var direction = document.getElementById(row.getAttribute('data-conflict-of'));
      var locked = !direction || direction.value !== 'BIDIRECTIONAL';
      var field = row.querySelector('[data-field]');
      var marker = row.querySelector('[data-marker]');
      var inherit = field ? inheritBox(field.id) : null;
      if (marker) {
        marker.disabled = locked;
      }
      if (inherit) {
        inherit.disabled = locked;
      }
      if (field) {
        field.disabled = locked || (inherit !== null && inherit.checked);
      }
    });
  }

  form.querySelectorAll('[data-inherit]').forEach(function (box) {
    box.addEventListener('change', function () {
      var field = document.getElementById(box.getAttribute('data-target'));
      if (!field) {
        return;
      }
      field.disabled = box.checked;
      if (box.checked) {
        var inherited = field.getAttribute('data-inherited');
        if (field.type === 'checkbox') {
          field.checked = inherited === 'true';
        } else if (inherited !== null) {
          field.value = inherited;
        }
      }
      updateConflicts();
    });
  });

  form.querySelectorAll('select[data-field]').forEach(function (select) {
    select.addEventListener('change', updateConflicts);
  });

  updateConflicts();
})();
