/** The Chrome/Edge extension id fixed by assets/extension-key.pub (policies and forcelists name it). */
export const EXTENSION_ID = 'imccbhcmkiegghlidjjghconjcdjbgno';

/** Firefox's add-on id (browser_specific_settings.gecko.id); Firefox policies name this one. */
export const FIREFOX_ID = 'theracode@theracode.example';
