import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { Window } from 'happy-dom';

/**
 * DOMPurify reads `nodeName` through `Node.prototype`'s getter (so a clobbered element
 * cannot lie); happy-dom defines the real getters on the subclasses and leaves '' on
 * `Node.prototype`, which makes DOMPurify see every tag as "" — it then removes allowed
 * elements and keeps `<script>`. The patch makes the base getter dispatch to the subclass
 * getter, as browsers do. Idempotent.
 */
type Getter = (this: object) => unknown;

const getterOf = (object: object): Getter | undefined => {
  const descriptor = Object.getOwnPropertyDescriptor(object, 'nodeName');
  // Read as data: the getter is only ever called with an explicit receiver.
  const get: unknown = descriptor ? Reflect.get(descriptor, 'get') : undefined;
  return typeof get === 'function' ? (get as Getter) : undefined;
};

const patchNodeName = (window: Window): void => {
  const proto = (window.Node as unknown as { prototype: object }).prototype;
  const base = getterOf(proto);
  if (!base || (base as { dispatches?: boolean }).dispatches) return;
  const get = function (this: object): unknown {
    for (let p = Object.getPrototypeOf(this) as object | null; p && p !== proto;) {
      const getter = getterOf(p);
      if (getter) return getter.call(this);
      p = Object.getPrototypeOf(p) as object | null;
    }
    return base.call(this);
  };
  Object.assign(get, { dispatches: true });
  Object.defineProperty(proto, 'nodeName', { configurable: true, enumerable: true, get });
};

const PROBE = '<p>ok</p><img src="x" onerror="alert(1)"><script>alert(1)</script>';

/**
 * A DOMPurify bound to a happy-dom window, checked on a probe before use: should a future
 * happy-dom or DOMPurify break sanitizing again, this throws instead of letting markup
 * through unsanitized (fail closed).
 */
export const createHappyDomPurifier = (window: Window): DOMPurify => {
  patchNodeName(window);
  const purify = createDOMPurify(window);
  const probe = purify.isSupported ? purify.sanitize(PROBE) : '';
  if (!probe.includes('<p>ok</p>') || /onerror|<script/i.test(probe)) {
    throw new Error('DOMPurify does not sanitize on this happy-dom window');
  }
  return purify;
};
