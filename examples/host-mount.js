// A host that renders its own container uses the JS API instead of the element.
window.Skillgap.mount(document.getElementById('host-rendered'), { storageKey: 'host-rendered', theme: 'light' });
