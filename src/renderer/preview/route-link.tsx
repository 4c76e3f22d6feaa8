import { type ComponentPropsWithoutRef, useContext } from 'react';
import { NavigateContext } from './navigate-context';
import { type PreviewRoute, routeHash } from './preview-route';

/**
 * A link to another page of the site: a real `href` (a new tab, a copied address work), but a
 * plain click moves without navigating, which a sandboxed frame may refuse.
 */
export const RouteLink = ({
  to,
  ...props
}: { to: PreviewRoute } & Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'onClick'>) => {
  const navigate = useContext(NavigateContext);
  return (
    <a
      {...props}
      href={routeHash(to)}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
};
