// @ts-check
/*
 * A TypeDoc plugin for the API site of one module per domain (typedoc.json). A TSDoc comment names
 * any export of the library, `{@link PlanningError}`, whatever domain it lives in; TypeDoc resolves
 * such a name only inside the module of the comment (or through an import of the file). This
 * resolver finds the name in the other modules, so that the links keep working across domains
 * (`--validation.invalidLink` still reports a name that no module exports).
 */

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((reference, reflection) => {
    if (reference.moduleSource !== undefined) return undefined;
    const path = reference.symbolReference?.path?.map((part) => part.path);
    if (path === undefined || path.length === 0) return undefined;
    for (const module of reflection.project.children ?? []) {
      const target = module.getChildByName(path);
      // TypeDoc renders a Reflection target as a link to its page, like a link it resolved itself.
      if (target !== undefined) return /** @type {any} */ ({ target });
    }
    return undefined;
  });
}
