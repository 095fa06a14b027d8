// Connect opens the identity platform in a popup; the Redirect URI page tells us when it is done.
document.querySelectorAll('button.connect-microsoft').forEach(function (button) {
  button.addEventListener('click', function () {
    window.open(button.dataset.url, 'tandem-connect-microsoft', 'width=520,height=680');
  });
});
window.addEventListener('message', function (event) {
  if (event.origin === window.location.origin && event.data === 'tandem:microsoft-account-changed') {
    window.location.reload();
  }
});
